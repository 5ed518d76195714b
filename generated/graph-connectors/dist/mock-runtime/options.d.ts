/** What a user of the mock can configure. */
import type { MockThrottling } from './limiter.js';
import type { JsonObject } from './spec.js';
/** Who is calling: an app or user id and the scopes/roles its token grants. */
export interface MockCaller {
    id: string;
    /** Empty: the token says nothing about scopes, every operation is allowed and nothing is owner-filtered. */
    scopes: string[];
}
/** A credential the request carries, as the `auth` option sees it. */
export interface MockCredential {
    /** The security scheme's name (its key under `components.securitySchemes`). */
    scheme: string;
    /** The scheme's type: `apiKey`, `http`, `oauth2`, `openIdConnect`. */
    type: string;
    /** The credential as sent: token, API key, or the text after the http scheme name. */
    value: string;
    /** http basic: the decoded user name and password. */
    username?: string;
    password?: string;
}
/** Faults for testing clients. Rates are probabilities (0..1) drawn from the seeded stream. */
export interface MockFaults {
    /** Delay before answering, fixed or uniformly drawn from [min, max]. */
    latencyMs?: number | {
        min: number;
        max: number;
    };
    /** Rate of 429 Too Many Requests (with `Retry-After`). */
    throttleRate?: number;
    /** Rate of 503 Service Unavailable (with `Retry-After`). */
    unavailableRate?: number;
    /** `Retry-After` seconds on 429/503 (default 1). */
    retryAfterSeconds?: number;
    /**
     * Rate at which an idempotent create (`x-specgen-idempotent-create`) stores the resource and
     * still answers 503, so the retry gets 409 (Graph known issue 19908, seed 002). `true` = always.
     */
    createdButUnavailable?: number | boolean;
    /** Limit the faults to these operationIds (default: every operation). */
    operations?: string[];
    /** Fail only the next N requests the faults apply to, then stop (default: no limit). */
    count?: number;
}
/** What a behaviour may know besides the value: the mock's clock (`clock` option), in ms since the epoch. */
export interface MockBehaviourContext {
    now: number;
}
/**
 * A named behaviour: returns problems (empty = fine). `registered` is the resource it checks against;
 * `context.now` is the mock's clock, so time rules follow the `clock` option, not the wall clock.
 */
export type MockBehaviour = (value: unknown, registered: unknown, context: MockBehaviourContext) => string[];
export interface MockOptions {
    /** Seed of ids and fault draws (default 1). */
    seed?: string | number;
    /** Milliseconds since the epoch; drives timestamps and long-running delays (default Date.now). */
    clock?: () => number;
    /**
     * Credential check, called once per security scheme of the requirement the request satisfies
     * (only for credentials that are present and well-formed: the mock itself answers 401 to missing
     * or malformed ones). `value` is the credential as sent: the bearer token (http bearer, oauth2,
     * openIdConnect), the API key, the text after `Basic ` (user name and password are decoded in
     * `credential`), or the text after the scheme name of another http scheme. Return `false` to
     * refuse it (401, "validation failure"), `true` to accept it, or the caller it stands for.
     * The first argument is a string so that a check written for bearer tokens only,
     * `auth: (token) => token === 'good'`, keeps working; `credential` says which scheme it is.
     * Default: every well-formed credential passes. `false`: no credentials needed (the caller is still
     * read from whatever credentials are sent, and an OAuth2 token's scopes are still checked).
     */
    auth?: false | ((value: string, request: Request, credential: MockCredential) => boolean | MockCaller | Promise<boolean | MockCaller>);
    /**
     * Caller identity. Default: the `appid`/`azp`/`oid`/`sub` and `roles`/`scp` claims of a JWT bearer
     * token, `{ id: 'mock-caller', scopes: [] }` for opaque tokens and anonymous calls, the API key or
     * the Basic user name as the id (no scopes) for those schemes. A function gets the request and the
     * credential value (the bearer token when there is one).
     */
    caller?: MockCaller | ((request: Request, token: string | undefined) => MockCaller | undefined);
    faults?: MockFaults;
    /**
     * The limiter: the spec's request budgets (`x-specgen-throttling`) enforced with 429 +
     * `Retry-After`, writes throttled before reads, and a request that comes back before its
     * `Retry-After` elapsed answered 429 again. Off by default; `true` turns it on with the spec's
     * budgets, an object changes or switches off some of them. The compliance ledger
     * (`compliance()`) records early requests whether the limiter is on or not.
     */
    throttling?: boolean | MockThrottling;
    /** Members per list page before `nextLink` (default 100; `$top` lowers it). */
    pageSize?: number;
    /** Request body limit in bytes where the spec sets none (default 4 MiB). */
    maxBodyBytes?: number;
    /** Overrides every long-running operation's delay. */
    longRunningDelayMs?: number;
    /** State to start from (and return to on `reset()`): resource path -> value. */
    initialState?: Record<string, JsonObject>;
    /** Extra or replacement named behaviours. */
    behaviours?: Record<string, MockBehaviour>;
    /**
     * Check every answer against the spec (declared status, media type, body valid for its schema)
     * and throw MockStrictError when the mock would break its own spec (default false; on in specgen's
     * own tests). Faults asked for with `faults` are let through.
     */
    strict?: boolean;
}
/** The caller a bearer token describes (unsigned JWT claims are trusted: this is a mock). */
export declare function callerFromToken(token: string | undefined): MockCaller;
/** RFC 6750 `b64token`. */
export declare const BEARER: RegExp;
