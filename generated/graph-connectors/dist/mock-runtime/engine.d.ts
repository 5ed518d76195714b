import { Ledger, Limiter } from './limiter.js';
import { type MockProfile } from './profiles.js';
import type { MockBehaviour, MockCaller, MockFaults, MockOptions } from './options.js';
import { type RandomStream } from './random.js';
import { type JsonObject, type MockOperation, type MockResource, type MockSpec } from './spec.js';
import { MockStore, type StoredEntry } from './store.js';
export type MockValidator = (data: unknown) => {
    ok: true;
    value: unknown;
} | {
    ok: false;
    issues: {
        path: string;
        keyword: string;
        message: string;
    }[];
};
export declare class MockEngine {
    readonly spec: MockSpec;
    private readonly validators;
    readonly options: MockOptions;
    readonly store: MockStore;
    readonly clock: () => number;
    readonly behaviours: Record<string, MockBehaviour>;
    /** The spec's conventions profile (`{}`: the spec's own rules). */
    readonly profile: MockProfile;
    /** Ids minted so far per collection template (the next id's counter). */
    private minted;
    ids: RandomStream;
    requestIds: RandomStream;
    draws: RandomStream;
    faults: MockFaults | undefined;
    faultBudget: number;
    /** The limiter, when the `throttling` option turns it on. */
    limiter: Limiter | undefined;
    /** Every `Retry-After` given and every request that came back before it elapsed. */
    readonly ledger: Ledger;
    /** Long-running operations by the collection template of their status resources (pending polls get `Retry-After`). */
    private readonly polled;
    private timers;
    constructor(spec: MockSpec, validators: Record<string, unknown>, options: MockOptions);
    reset(): void;
    setFaults(faults: MockFaults | undefined): void;
    load(resources: Record<string, JsonObject>, owner?: string): void;
    validator(name: string | undefined): MockValidator | undefined;
    /**
     * A behaviour by name (own entries only: a spec cannot name `toString` or `__proto__` into one),
     * ready to call: it gets the mock's clock as `context.now`.
     */
    behaviour(name: string): ((value: unknown, registered: unknown) => string[]) | undefined;
    resource(template: string | undefined): MockResource;
    /** Work due later (long-running operations); runs lazily, on the next request or `advance()`. */
    schedule(due: number, run: () => void): void;
    advance(): void;
    /** `Retry-After` seconds for a read of a long-running operation's status that is still pending. */
    pollRetryAfter(op: MockOperation, value: unknown): number | undefined;
    timestamp(): string;
    /**
     * OwnedBy rule: a caller whose token grants this operation only through the resource's "owned"
     * scopes sees the members it created or is listed in `sharedWith` of; everybody else sees all.
     */
    visible(res: MockResource, entry: StoredEntry, caller: MockCaller, op: MockOperation): boolean;
    /**
     * A new member's id, minted from the id property's schema (MockResource.id), skipping ids the
     * collection already holds: the value as the schema types it (number or string).
     */
    mint(res: MockResource, collection: string): string | number;
    /** An id from a path (text) as the id property's schema types it. */
    keyValue(res: MockResource, id: string): string | number;
    /** Required properties the request left out, filled with valid values (MockResource.fill). */
    fill(res: MockResource, value: JsonObject): void;
    /** Server-set properties of a new (or replaced) member; values already set are kept. */
    serverSet(res: MockResource, value: JsonObject, existing: JsonObject | undefined): void;
}
/** Scopes any one of which grants the operation (those of its oauth2 / openIdConnect requirements). */
export declare function scopesOf(op: MockOperation, schemes: MockSpec['securitySchemes']): string[];
