/** Faults for testing clients: latency, 429 and 503 with `Retry-After`, and the created-but-503 create. */
import type { MockEngine } from './engine.js';
import type { MockOperation } from './spec.js';
/**
 * `failed-operation` (header only): the long-running operation the request starts ends `failed`,
 * with an error, whatever its body.
 */
export type FaultKind = 'throttle' | 'unavailable' | 'created-but-unavailable' | 'failed-operation';
/** Per-request override header: `throttle`, `unavailable`, `created-but-unavailable`, `failed-operation`, `latency=<ms>` (comma-separated). */
export declare const FAULT_HEADER = "x-specgen-mock-fault";
export declare function drawFault(engine: MockEngine, op: MockOperation, request: Request): {
    latencyMs: number;
    kind?: FaultKind;
};
export declare function sleep(ms: number): Promise<void>;
