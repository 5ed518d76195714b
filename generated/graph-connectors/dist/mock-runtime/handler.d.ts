import type { MockCompliance } from './limiter.js';
import type { MockFaults, MockOptions } from './options.js';
import { type MockAnswer } from './response.js';
import type { JsonObject, MockSpec } from './spec.js';
export type { MockAnswer } from './response.js';
/** Reading and preloading state; paths are resource paths without base path (`/external/connections/abc`). */
export interface MockState {
    dump(): Record<string, JsonObject>;
    load(resources: Record<string, JsonObject>, options?: {
        owner?: string;
    }): void;
    get(path: string): JsonObject | undefined;
    put(path: string, value: JsonObject, options?: {
        owner?: string;
    }): void;
    delete(path: string): boolean;
    /** Members of a collection path, in insertion order. */
    list(collectionPath: string): JsonObject[];
}
export interface MockControls {
    readonly spec: MockSpec;
    readonly state: MockState;
    /** Empty the store, re-seed ids, restore `initialState` and the configured faults. */
    reset(): void;
    /** Replace the faults (undefined = none). */
    setFaults(faults: MockFaults | undefined): void;
    /** Run long-running transitions that are due by the clock (requests do this by themselves). */
    advance(): void;
    /**
     * The compliance ledger since the last `reset()`: how many `Retry-After`s the mock gave, how many
     * requests its budgets throttled, and every request that came back before its `Retry-After` had
     * elapsed (same caller, method and URL).
     */
    compliance(): MockCompliance;
}
export type MockHandler = ((request: Request) => Promise<Response>) & MockControls & {
    /** The same as calling the handler, without building a `Response`. */
    answer(request: Request): Promise<MockAnswer>;
};
export declare function createMockRuntime(spec: MockSpec, validators: Record<string, unknown>, options?: MockOptions): MockHandler;
