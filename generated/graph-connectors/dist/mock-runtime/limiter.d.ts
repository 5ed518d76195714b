/**
 * Throttling as the spec's budgets say (`x-specgen-throttling`, MockSpec.throttling), and the
 * compliance ledger: every request that arrives before the `Retry-After` the mock gave it elapsed.
 *
 * A budget with a `rate` is a token bucket per key (the caller's id and/or the members its `per`
 * templates name in the request path), holding one second's worth and refilled continuously. A
 * write needs a whole token; a read may take the bucket down to `-rate * readHeadroom`, so when a
 * budget runs out writes are throttled first and reads keep passing a while longer. A budget with a
 * `concurrency` counts requests in flight per key. Either answers 429 with `Retry-After`.
 */
import type { MockBudget, MockOperation } from './spec.js';
/** What the limiter option accepts: on with the spec's budgets, or with some of them changed. */
export interface MockThrottling {
    /** Per budget name: a different rate or concurrency, or `false` to switch that budget off. */
    budgets?: Record<string, Partial<Pick<MockBudget, 'rate' | 'concurrency' | 'readHeadroom'>> | false>;
}
/** A request that came back before its `Retry-After` had elapsed. */
export interface MockViolation {
    /** Caller id (the app), method and URL path with query of the early request. */
    caller: string;
    method: string;
    url: string;
    /** When it arrived and when it was allowed back (ms since the epoch, the mock's clock). */
    at: number;
    allowedAt: number;
    /** How early it was (ms). */
    earlyMs: number;
}
/** What the ledger has seen: every `Retry-After` the mock gave, and every request that did not wait for it. */
export interface MockCompliance {
    /** Answers that carried a `Retry-After` (429, 503, pending long-running status). */
    retryAfterGiven: number;
    /** Requests answered 429 by the limiter's budgets (the faults' 429s are not counted here). */
    throttled: number;
    violations: MockViolation[];
}
/**
 * Timer slack: a client that sleeps exactly `Retry-After` seconds may wake a millisecond or two early
 * by the wall clock (timers and the clock are rounded differently); that is not an early request.
 */
export declare const LEDGER_GRACE_MS = 5;
export declare class Limiter {
    private readonly budgets;
    private readonly buckets;
    private readonly inFlight;
    constructor(spec: Record<string, MockBudget> | undefined, option: MockThrottling | true);
    /** Keys of the budgets this request counts against (undefined entries: the budget does not apply). */
    private keys;
    /**
     * Admits the request (spending its tokens, counting it in flight) or says how long to wait.
     * `release` must be called once the request is answered when it was admitted.
     */
    admit(op: MockOperation, caller: string, method: string, path: string, now: number): {
        retryAfterSeconds: number;
        budget: string;
    } | {
        release: () => void;
    };
    private bucket;
}
/** The compliance ledger: when each (caller, method, URL) may come back, and who did not wait. */
export declare class Ledger {
    private readonly notBefore;
    retryAfterGiven: number;
    throttled: number;
    violations: MockViolation[];
    private static key;
    /** Records an arrival; an early one is a violation, answered with the seconds still to wait. */
    arrive(caller: string, method: string, url: string, now: number): number | undefined;
    /** Records a `Retry-After` given to this request. */
    gave(caller: string, method: string, url: string, seconds: number, now: number): void;
    report(): MockCompliance;
    clear(): void;
}
