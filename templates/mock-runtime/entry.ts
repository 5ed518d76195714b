/**
 * Type-checking stand-in for what the emitter writes into the generated `mocks.ts` (the spec data
 * and `createMockHandler`). Not copied into generated code.
 */
import type { MockHandler } from './handler.ts';
import type { MockOptions } from './options.ts';

export declare function createMockHandler(options?: MockOptions): MockHandler;
