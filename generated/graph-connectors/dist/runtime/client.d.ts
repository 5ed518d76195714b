/**
 * The client runtime: fetch, retries, errors, paging and long-running operations. It knows nothing of
 * any one API (client.ts binds it to one) and uses no Node built-ins, so it runs in Node >= 20 and in
 * browsers. Paging (`pageable`), long-running operations (`longRunning`) and idempotent creates
 * (`recoverCreate`) are separate functions, so a bundle only carries the ones its operations use.
 */
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
/** What `onRequest` sees. `headers` may be changed (tracing); it never holds the access token. */
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
export interface ClientOptions<Url extends string = string> {
    /** Root URL of the API; operations append their path to it. */
    baseUrl?: Url | (string & {});
    /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
    fetch?: (input: string, init: RequestInit) => Promise<Response>;
    /** Called before every attempt; its result is sent as `Authorization: Bearer <token>` to the API's origin only. */
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
/** Any non-2xx answer (message: `getConnection 404: <the error's message>`). `code`, `requestId`, `date` come from the error body (Graph/OData `{ error: { code, message, innerError } }` or a flat `{ code, message }`). */
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
/** A long-running operation that ended in a failed state; `error` is the status resource's error. */
export declare class OperationFailedError extends Error {
    name: string;
    readonly operation: string;
    readonly error: unknown;
    readonly body: unknown;
    constructor(operation: string, error: unknown, body: unknown);
}
/** `e` is an ApiError, with this status or error code (codes compare case-insensitively) when one is given. */
export declare function isApiError(e: unknown, statusOrCode?: number | string): e is ApiError;
type Any = any;
/** One call, as an operation function describes it. Internal: the generated functions build these. */
export interface Call {
    /** Operation name (errors, hooks). */
    op: string;
    /** Base of the operation's type names, for the `validate<type>Response<status>` lookup. */
    type: string;
    method: string;
    /** Path below the base URL, or an absolute URL (next links, status monitors). */
    path: string;
    query?: Record<string, unknown>;
    /** The delimiter of query parameters that are not exploded (`form` `,`, `spaceDelimited`, `pipeDelimited`). */
    styles?: Record<string, string>;
    headers?: Record<string, unknown>;
    body?: unknown;
    /** A non-JSON body, sent as given: its media type, or `true` to let fetch set it (FormData's multipart boundary). */
    raw?: string | true;
    /** Retry-safe: idempotent method or declared so by the spec. */
    retry?: boolean;
    /** The operation's own root for the configured one, when the operation overrides `servers` (see `route`). */
    base?: (base: string) => string;
    /** After an uncertain failure and a retry's error: resolve to a result to return it instead of the error. */
    recover?: (error: ApiError, options: RequestOptions) => Promise<unknown>;
    /** Turns the parsed 2xx body into the call's result. */
    done?: (data: unknown, response: Response, options: RequestOptions) => unknown;
}
/** A path parameter, `simple` style (arrays comma-separated). */
export declare const enc: (value: unknown) => string;
/** A `deepObject` query parameter as `name[key]` entries, spread into `query`. */
export declare const deep: (name: string, value: unknown) => Record<string, unknown>;
/** A body property (idempotent creates read the resource back by it). */
export declare const prop: (body: unknown, name: string) => Any;
/**
 * The root of an operation with its own servers, given the configured one: a known root maps to its
 * counterpart (`routes`); a root the spec doesn't list keeps its host and has its path swapped
 * (`http://localhost:8080/v1.0` -> `http://localhost:8080/beta`); anything else is kept.
 */
export declare const route: (routes: Record<string, string>) => (base: string) => string;
/** Sends one call: headers, token, hooks, deadline and abort, retries, error mapping, validation. */
export declare function send(defaults: ClientOptions, options: RequestOptions | undefined, call: Call): Promise<Any>;
/**
 * Idempotent create (`x-specgen-idempotent-create`): when a retried create answers `status` (409)
 * after an uncertain failure (5xx or network), read the resource back and return it if the
 * `match` properties equal what was sent; otherwise the conflict stands.
 */
export declare function recoverCreate(status: number, sent: unknown, match: string[], read: (options: RequestOptions) => Promise<unknown>): NonNullable<Call['recover']>;
type ItemOf<Page, Key extends string> = Page extends {
    [K in Key]?: readonly (infer Item)[] | null;
} ? Item : unknown;
/** A list operation that also pages: `.pages()` yields each page, `.all()` each item, following the next link. */
export type Paged<Args, Page, Key extends string> = ((args: Args, options?: RequestOptions) => Promise<Page>) & {
    pages(args: Args, options?: RequestOptions): AsyncGenerator<Page, void, undefined>;
    all(args: Args, options?: RequestOptions): AsyncGenerator<ItemOf<Page, Key>, void, undefined>;
};
/** A list operation plus `.pages()` (page by page) and `.all()` (item by item), following the next link. */
export declare function pageable<Args, Page, Key extends string>(defaults: ClientOptions, first: (args: Args, options?: RequestOptions) => Promise<Page>, paging: {
    op: string;
    type: string;
    items: Key;
    next: string;
}): Paged<Args, Page, Key>;
export interface WaitOptions {
    signal?: AbortSignal;
    /** Give up (TransportError `timeout`) after this long. */
    timeoutMs?: number;
    /** First pause between polls (default 1 s); grows 1.5x per poll up to 30 s. */
    intervalMs?: number;
}
/** What a long-running operation returns: where its status lives, and a way to wait for the end. */
export interface LongRunningOperation<Result> {
    /** Absolute URL of the status resource (from the `Location` header), if the service sent one. */
    readonly location: string | undefined;
    /** The immediate answer's body (often none). */
    readonly body: unknown;
    /** Polls the status resource (GET, same auth and retries) until it succeeds (resolves) or fails (OperationFailedError). */
    wait(options?: WaitOptions): Promise<Result>;
}
/** `x-specgen-long-running`: turns a 202 + Location answer into a LongRunningOperation. */
export declare function longRunning<Result>(defaults: ClientOptions, lro: {
    op: string;
    statusOp: string;
    statusType: string;
    header: string;
    status: string;
    succeeded: string[];
    failed: string[];
    error?: string;
}): (data: unknown, response: Response, options: RequestOptions) => LongRunningOperation<Result>;
/** `createClient`'s binding: the same operation with `client` fixed (paging helpers included). */
export declare function bind<F>(fn: F, client: ClientOptions): F;
export {};
