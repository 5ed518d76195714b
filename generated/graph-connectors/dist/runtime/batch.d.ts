/**
 * Client-side JSON batching (`x-specgen-batch: { format: odata-json }`, OData / Microsoft Graph
 * `POST /$batch`).
 *
 * `odataBatching` gives a `fetch` that the generated operations can use in place of the network:
 * each call's request joins the next batch (at most `maxRequests` per batch; a batch leaves when it
 * is full or on the next turn of the event loop), and the call gets back its own inner answer as a
 * `Response`. Everything the client does with an answer still happens per call: typed results,
 * `ApiError`s, validation, and retries: a throttled inner request (429 with `Retry-After` in its own
 * headers) waits as long as it says and joins a later batch. Requests that cannot go in a batch (another
 * origin or root, a body that is not JSON) go to the network directly.
 */
/** One request of a batch (OData JSON batch format). */
export interface BatchStep {
    id: string;
    method: string;
    /** Relative to the batch endpoint's root (`/external/connections/c/items/1`). */
    url: string;
    headers?: Record<string, string>;
    body?: unknown;
    dependsOn?: string[];
}
/** One answer of a batch. */
export interface BatchStepAnswer {
    id: string;
    status: number;
    headers?: Record<string, string>;
    body?: unknown;
}
export interface BatchOptions {
    /** Requests per batch (default: the endpoint's limit, which is also the most allowed). */
    maxRequests?: number;
    /** How long a batch that is not full waits for more requests (default 0 ms: the next event-loop turn). */
    delayMs?: number;
}
export interface Batching {
    /** `fetch`-compatible: queues the request into the next batch and resolves with its own answer. */
    fetch: (input: string, init: RequestInit) => Promise<Response>;
    /** Sends what is queued now, and resolves when every batch sent so far has been answered. */
    flush(): Promise<void>;
}
/**
 * `root`: the batch endpoint's root URL (requests under it are batched); `send`: posts one batch
 * body through the generated batch operation and returns its answers; `direct`: the fetch for
 * requests that cannot be batched.
 */
export declare function odataBatching(root: string, send: (body: {
    requests: BatchStep[];
}) => Promise<{
    responses?: BatchStepAnswer[];
}>, limit: number, direct: (input: string, init: RequestInit) => Promise<Response>, options?: BatchOptions): Batching;
