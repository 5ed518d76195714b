/**
 * The client runtime: fetch, retries, errors, paging and long-running operations. It knows nothing of
 * any one API (client.ts binds it to one) and uses no Node built-ins, so it runs in Node >= 20 and in
 * browsers. Paging (`pageable`), long-running operations (`longRunning`) and idempotent creates
 * (`recoverCreate`) are separate functions, so a bundle only carries the ones its operations use.
 * Parameters are written by the parameter codec (params.ts, shared with the mock), credentials by
 * auth.ts.
 */
import { type AuthOptions, type SecurityScheme } from './auth.js';
import type { PageNext } from './paging.js';
import { type ParamSpec } from './params.js';
export type { AuthOptions, BasicCredentials, Credential, CredentialSource, SecurityScheme } from './auth.js';
export type { ParamSpec } from './params.js';
/** Automatic retries of 429 / 503 / 504 and network failures, for operations safe to repeat (idempotent methods, or declared so). */
export interface RetryPolicy {
    /** Attempts in all, the first one included (default 4). */
    attempts?: number;
    /** Backoff before the first retry, doubled each retry, with jitter (default 500 ms). */
    baseDelayMs?: number;
    /** Largest backoff between two attempts (default 30 s). `Retry-After` is honoured beyond it, within the budget. */
    maxDelayMs?: number;
    /** Total time a call may spend, waits included: no retry is started that would end past it (default 60 s). */
    budgetMs?: number;
}
/**
 * What `onRequest` sees. `headers` may be changed (tracing). It never holds a credential: they are
 * added after it, and `url` does not show API keys sent in the query.
 */
export interface RequestEvent {
    operation: string;
    method: string;
    url: string;
    headers: Record<string, string>;
    attempt: number;
}
/** What `onResponse` sees, for every attempt that got an answer. */
export interface ResponseEvent {
    operation: string;
    method: string;
    url: string;
    status: number;
    headers: Headers;
    attempt: number;
    durationMs: number;
}
export interface ClientOptions<Url extends string = string, Auth extends AuthOptions = AuthOptions> {
    /** Root URL of the API; operations append their path to it. */
    baseUrl?: Url | (string & {});
    /** A `fetch` to use instead of the global one (tests, proxies, instrumentation, mutual TLS). */
    fetch?: (input: string, init: RequestInit) => Promise<Response>;
    /**
     * Credentials per security scheme of the spec, by scheme name: each a callback called before every
     * attempt that needs it, whose result is sent the way the scheme says (API key in a header, the
     * query or a cookie; HTTP basic from `{ username, password }`; bearer and OAuth 2 / OpenID Connect
     * tokens as `Authorization: Bearer`), to the API's origin only. Per operation, the first of its
     * security alternatives whose credentials are all available is sent.
     */
    auth?: Auth;
    /**
     * Called before every attempt that needs it; its token is sent as `Authorization: Bearer <token>` to
     * the API's origin only: for bearer, OAuth 2 and OpenID Connect schemes without an `auth` entry, and
     * for every operation of a spec that declares no security schemes.
     */
    getAccessToken?: () => string | undefined | Promise<string | undefined>;
    /** Headers sent with every request. */
    headers?: Record<string, string>;
    /** Aborts every call made with these options. */
    signal?: AbortSignal;
    /** Deadline of one call, retries and waits included. */
    timeoutMs?: number;
    /** `false` turns retries off. */
    retry?: RetryPolicy | false;
    onRequest?: (event: RequestEvent) => void | Promise<void>;
    onResponse?: (event: ResponseEvent) => void | Promise<void>;
    /**
     * The generated validators module (`await import('<package>/validators')`), or any object with
     * `validate<Operation>Response<status>` functions: 2xx bodies are checked with them and a failure
     * throws ResponseValidationError. Passed in, not imported, so bundles without it stay small.
     */
    validators?: object;
}
/** Options of one call. */
export interface RequestOptions {
    /** Options to use instead of the module defaults (see `configure`). */
    client?: ClientOptions;
    signal?: AbortSignal;
    timeoutMs?: number;
    /** Headers of this call, over the client's. */
    headers?: Record<string, string>;
    retry?: RetryPolicy | false;
}
/**
 * Any non-2xx answer (message: `getConnection 404: <the error's message>`). `code`, `requestId`, `date`
 * come from the error body, read in its common shapes: Graph/OData `{ error: { code, message,
 * innerError } }`, a flat `{ code, message }`, RFC 7807 problem details `{ type, title, detail }`,
 * OAuth `{ error: "invalid_token", error_description }`, `{ errors: [{ code, message }] }` and
 * `{ message }`; `requestId` else from the `request-id` or `x-request-id` header.
 */
export declare class ApiError extends Error {
    name: string;
    readonly operation: string;
    readonly status: number;
    readonly code: string | undefined;
    readonly requestId: string | undefined;
    readonly date: string | undefined;
    readonly body: unknown;
    readonly headers: Headers;
    constructor(operation: string, status: number, body: unknown, headers: Headers);
}
/** No HTTP answer: the network failed, the deadline passed, or the caller aborted. */
export declare class TransportError extends Error {
    name: string;
    readonly kind: 'network' | 'timeout' | 'abort';
    readonly operation: string;
    constructor(kind: TransportError['kind'], operation: string, cause?: unknown);
}
/** A 2xx body that the validators passed in `validators` rejected. */
export declare class ResponseValidationError extends Error {
    name: string;
    readonly operation: string;
    readonly status: number;
    readonly issues: unknown[];
    readonly body: unknown;
    constructor(operation: string, status: number, issues: unknown[], body: unknown);
}
/**
 * A long-running operation that ended in a failed state. `error` is the status resource's error
 * property (`errorProperty`; `undefined` when the service sent none, or null), typed by the spec in
 * the generated client (`isOperationFailed`, `LongRunningOperation.isFailed`); `body` is the whole
 * status resource.
 */
export declare class OperationFailedError<Failure = unknown> extends Error {
    name: string;
    readonly operation: string;
    readonly error: Failure | undefined;
    readonly body: unknown;
    constructor(operation: string, error: Failure | undefined, body: unknown);
}
/**
 * A long-running operation still not done when `wait()` gave up: after `maxPolls` polls (`reason:
 * 'maxPolls'`) or at its deadline (`'timeoutMs'`). A TransportError of kind `timeout`; `body` is the
 * last status resource read (undefined if none was), `polls` the status requests sent, `cause` the
 * last poll's error if it failed (a 401/403 still being retried, or the poll cut off by the deadline).
 */
export declare class OperationTimeoutError<Status = unknown> extends TransportError {
    name: string;
    readonly kind: 'timeout';
    readonly reason: 'maxPolls' | 'timeoutMs';
    readonly polls: number;
    readonly elapsedMs: number;
    readonly body: Status | undefined;
    constructor(operation: string, reason: 'maxPolls' | 'timeoutMs', polls: number, elapsedMs: number, body: Status | undefined, status: unknown, cause?: unknown);
}
/** `e` is an OperationFailedError (of `operation`, when given); the generated client exports a guard typed per operation. */
export declare function isOperationFailed<Failure = unknown>(e: unknown, operation?: string): e is OperationFailedError<Failure>;
/** `e` is an ApiError, with this status or error code (codes compare case-insensitively) when one is given. */
export declare function isApiError(e: unknown, statusOrCode?: number | string): e is ApiError;
type Any = any;
/** OpenAPI's Encoding Object of one form or multipart property, reduced. */
export interface PartEncoding {
    contentType?: string;
    style?: NonNullable<ParamSpec['style']>;
    explode?: boolean;
    allowReserved?: boolean;
}
/** One call, as an operation function describes it. Internal: the generated functions build these. */
export interface Call {
    /** Operation name (errors, hooks). */
    op: string;
    /** Base of the operation's type names, for the `validate<type>Response<status>` lookup. */
    type: string;
    method: string;
    /** Path template below the base URL (`/pets/{petId}`), or an absolute URL (status monitors). */
    path: string;
    /** Path, query, header and cookie parameters: each described for the parameter codec, with its value. */
    params?: [ParamSpec, unknown][];
    body?: unknown;
    /** The body's media type (default `application/json`). */
    media?: string;
    /** Per media type, the `encoding` of form and multipart properties the spec declares. */
    encoding?: Record<string, Record<string, PartEncoding>>;
    /** Encodes a body that may be other than JSON (`encodeBody`; absent: JSON only, so bundles of JSON APIs leave it out). */
    encode?: (body: unknown, media: string, encoding?: Record<string, PartEncoding>) => [BodyInit, string | undefined];
    /** The `Accept` header (default `application/json`). */
    accept?: string;
    /** A header given a fresh UUID per call unless set (a profile's request id, e.g. Graph's `client-request-id`). */
    requestId?: string;
    /**
     * The operation's security alternatives (any one is enough; `[]` inside = none needed); absent in
     * a spec without security schemes (then `getAccessToken` gives a bearer token).
     */
    security?: readonly (readonly SecurityScheme[])[];
    /** Retry-safe: idempotent method or declared so by the spec. */
    retry?: boolean;
    /** The operation's own root for the configured one, when the operation overrides `servers` (see `route`). */
    base?: (base: string) => string;
    /** After an uncertain failure and a retry's error: resolve to a result to return it instead of the error. */
    recover?: (error: ApiError, options: RequestOptions) => Promise<unknown>;
    /** Turns the parsed 2xx body into the call's result. */
    done?: (data: unknown, response: Response, options: RequestOptions) => unknown;
}
/** A body property (idempotent creates read the resource back by it). */
export declare const prop: (body: unknown, name: string) => Any;
/**
 * The root of an operation with its own servers, given the configured one: a known root maps to its
 * counterpart (`routes`); a root the spec doesn't list keeps its host and has its path swapped
 * (`http://localhost:8080/v1.0` -> `http://localhost:8080/beta`); anything else is kept.
 */
export declare const route: (routes: Record<string, string>) => (base: string) => string;
/**
 * A body in its media type, and the Content-Type to send (none: fetch sets it, as FormData's boundary).
 * JSON as JSON; form-urlencoded and multipart/form-data from an object (or given as URLSearchParams,
 * FormData or text), each property by its `encoding`, else OpenAPI's defaults: scalars as text,
 * arrays as repeated fields (parts), objects as JSON text; text/* as a string; anything else as given.
 */
export declare function encodeBody(body: unknown, media: string, encoding?: Record<string, PartEncoding>): [BodyInit, string | undefined];
/** Sends one call: parameters, credentials, hooks, deadline and abort, retries, error mapping, validation. */
export declare function send(defaults: ClientOptions, options: RequestOptions | undefined, call: Call): Promise<Any>;
/**
 * Idempotent create (`x-specgen-idempotent-create`): when a retried create answers `status` (409)
 * after an uncertain failure (5xx or network), read the resource back and return it if the
 * `match` properties equal what was sent; otherwise the conflict stands.
 */
export declare function recoverCreate(status: number, sent: unknown, match: string[], read: (options: RequestOptions) => Promise<unknown>): NonNullable<Call['recover']>;
/** The items of a page: the array under `Key`, or the page itself when `Key` is `''` (the body is the array). */
type ItemOf<Page, Key extends string> = Key extends '' ? Page extends readonly (infer Item)[] ? Item : unknown : Page extends {
    [K in Key]?: readonly (infer Item)[] | null;
} ? Item : unknown;
/** A list operation that also pages: `.pages()` yields each page, `.all()` each item, following the next page. */
export type Paged<Args, Page, Key extends string> = ((args: Args, options?: RequestOptions) => Promise<Page>) & {
    pages(args: Args, options?: RequestOptions): AsyncGenerator<Page, void, undefined>;
    all(args: Args, options?: RequestOptions): AsyncGenerator<ItemOf<Page, Key>, void, undefined>;
};
export type { PageNext } from './paging.js';
export interface Paging<Key extends string> {
    /** Body property holding the items; `''` when the body is the array. */
    items: Key;
    next: PageNext;
    /** Query parameter name -> the argument that sets it, for the parameters paging changes. */
    args: Record<string, string>;
}
/**
 * A list operation plus `.pages()` (page by page) and `.all()` (item by item). Each next page is
 * the same operation again: for links, its URL replaced by the link (header and cookie parameters,
 * credentials, retries and validation kept); otherwise the same arguments with the paging one
 * changed. Paging stops at the end the style defines (no link, no token, `hasMore` false, an empty
 * page, or for `offset`/`page` a page shorter than the first), and when the server repeats a link,
 * token, last id or page instead of moving on.
 */
export declare function pageable<Args, Page, Key extends string>(first: (args: Args, options?: RequestOptions) => Promise<Page>, paging: Paging<Key>): Paged<Args, Page, Key>;
export interface WaitOptions {
    signal?: AbortSignal;
    /**
     * Deadline of the whole wait, pauses and polls included (default 30 minutes; `Infinity`: none, then
     * `maxPolls` alone bounds it). It gives up as soon as the next poll could not start before it:
     * OperationTimeoutError (`reason: 'timeoutMs'`).
     */
    timeoutMs?: number;
    /**
     * Most status requests one `wait()` sends (default 120): then OperationTimeoutError (`reason:
     * 'maxPolls'`). A poll `send` retries itself (429/503/504, network) counts once.
     */
    maxPolls?: number;
    /**
     * First pause between polls (default 1 s), growing 1.5x per poll up to `maxIntervalMs`. A
     * `Retry-After` on the answer (202 or poll) makes the next pause at least that long, never shorter.
     */
    intervalMs?: number;
    /** Largest pause the growth reaches (default 30 s); a longer `Retry-After` is still honoured. */
    maxIntervalMs?: number;
    /**
     * How long polls answered 401 or 403 keep being retried, from the first of a run of them (default
     * 60 s; 0: never): permissions granted by a fresh admin consent take a while to reach every server.
     * Each retry asks `getAccessToken` / `auth` again. Past it, the ApiError is thrown.
     */
    authRetryMs?: number;
}
/** The failure type of a status resource: its `Key` property without `null`/`undefined` (`unknown` when it has none). */
export type FailureOf<Result, Key extends string> = Result extends {
    readonly [P in Key]?: infer E;
} ? Exclude<E, null | undefined> : unknown;
/**
 * What a long-running operation returns: where its status lives, and a way to wait for the end.
 * `Failure` is what OperationFailedError's `error` holds for it (default: `Result`'s `error` property).
 */
export interface LongRunningOperation<Result, Failure = FailureOf<Result, 'error'>> {
    /** Absolute URL of the status resource (from the `Location` header), if the service sent one. */
    readonly location: string | undefined;
    /** The immediate answer's body (often none). */
    readonly body: unknown;
    /**
     * Polls the status resource (GET, same auth, headers and retries) until it succeeds (resolves to
     * it) or fails (OperationFailedError<Failure>). Bounded by `maxPolls` and `timeoutMs`
     * (OperationTimeoutError); pauses honour `Retry-After`; 401/403 are retried for `authRetryMs`;
     * any other error answer is thrown as the ApiError; `signal` aborts (TransportError `abort`).
     */
    wait(options?: WaitOptions): Promise<Result>;
    /** `e` is this operation's OperationFailedError, its `error` typed. */
    isFailed(e: unknown): e is OperationFailedError<Failure>;
}
/** `x-specgen-long-running`: turns a 202 + Location answer into a LongRunningOperation. */
export declare function longRunning<Result, Failure = FailureOf<Result, 'error'>>(defaults: ClientOptions, lro: {
    op: string;
    statusOp: string;
    statusType: string;
    header: string;
    status: string;
    succeeded: string[];
    failed: string[];
    error?: string;
    /** The status operation's security alternatives and request-id header, for the polls. */
    security?: Call['security'];
    requestId?: string;
}): (data: unknown, response: Response, options: RequestOptions) => LongRunningOperation<Result, Failure>;
/** `createClient`'s binding: the same operation with `client` fixed (paging helpers included). */
export declare function bind<F>(fn: F, client: ClientOptions): F;
