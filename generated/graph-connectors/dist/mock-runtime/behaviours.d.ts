/**
 * Named behaviours an `x-specgen-mock` extension selects by name. Each checks a value, optionally
 * against a registered resource, and returns its problems.
 */
import type { MockBehaviour } from './options.js';
export declare const BUILTIN_BEHAVIOURS: Record<string, MockBehaviour>;
