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

interface Queued {
  step: BatchStep;
  resolve: (response: Response) => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal | null | undefined;
}

/** Headers that stay on the batch request itself: credentials go once, on the outer request. */
const OUTER_ONLY = new Set(['authorization', 'cookie', 'content-length', 'host']);
const JSON_TYPE = /^application\/([\w.+-]+\+)?json\b/i;
const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * `root`: the batch endpoint's root URL (requests under it are batched); `send`: posts one batch
 * body through the generated batch operation and returns its answers; `direct`: the fetch for
 * requests that cannot be batched.
 */
export function odataBatching(
  root: string,
  send: (body: { requests: BatchStep[] }) => Promise<{ responses?: BatchStepAnswer[] }>,
  limit: number,
  direct: (input: string, init: RequestInit) => Promise<Response>,
  options: BatchOptions = {},
): Batching {
  const max = Math.max(1, Math.min(limit, options.maxRequests ?? limit));
  const base = root.replace(/\/+$/, '');
  let queue: Queued[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let nextId = 1;
  const inFlight = new Set<Promise<void>>();

  async function dispatch(batch: Queued[]): Promise<void> {
    const live = batch.filter((q) => !q.signal?.aborted);
    for (const q of batch) if (q.signal?.aborted) q.reject(q.signal.reason);
    if (!live.length) return;
    let answers: BatchStepAnswer[];
    try {
      answers = (await send({ requests: live.map((q) => q.step) })).responses ?? [];
    } catch (e) {
      for (const q of live) q.reject(e);
      return;
    }
    const byId = new Map(answers.map((a) => [a.id, a]));
    for (const q of live) {
      const a = byId.get(q.step.id);
      if (!a) {
        q.reject(new Error(`the batch answered no response for request '${q.step.id}'`));
        continue;
      }
      const headers = new Headers(a.headers ?? {});
      let body: string | null = null;
      if (!NO_BODY.has(a.status) && a.body !== undefined && a.body !== null) {
        const json = JSON_TYPE.test(headers.get('content-type') ?? '') || typeof a.body !== 'string';
        body = json ? JSON.stringify(a.body) : (a.body as string);
        if (json && !headers.has('content-type')) headers.set('content-type', 'application/json');
      }
      q.resolve(new Response(body, { status: a.status, headers }));
    }
  }

  function send_(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    while (queue.length) {
      const batch = queue.slice(0, max);
      queue = queue.slice(max);
      const p = dispatch(batch).finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
  }

  function fetchBatched(input: string, init: RequestInit): Promise<Response> {
    const url = String(input);
    const headers = new Headers(init.headers);
    const type = headers.get('content-type') ?? '';
    const under = url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`);
    const bodyText = typeof init.body === 'string' ? init.body : init.body == null ? undefined : null;
    if (!under || bodyText === null || (bodyText !== undefined && !JSON_TYPE.test(type))) return direct(input, init);
    const step: BatchStep = { id: String(nextId++), method: (init.method ?? 'GET').toUpperCase(), url: url.slice(base.length) || '/' };
    const inner: Record<string, string> = {};
    headers.forEach((value, name) => {
      if (!OUTER_ONLY.has(name)) inner[name] = value;
    });
    if (Object.keys(inner).length) step.headers = inner;
    if (bodyText !== undefined) step.body = JSON.parse(bodyText) as unknown;
    return new Promise<Response>((resolve, reject) => {
      const signal = init.signal;
      if (signal?.aborted) return reject(signal.reason);
      const queued: Queued = { step, resolve, reject, signal };
      // Aborted before its batch left: out of the queue. After: the answer is dropped, the call ends now.
      signal?.addEventListener('abort', () => {
        queue = queue.filter((q) => q !== queued);
        reject(signal.reason);
      }, { once: true });
      queue.push(queued);
      if (queue.length >= max) send_();
      else timer ??= setTimeout(send_, options.delayMs ?? 0);
    });
  }

  return {
    fetch: fetchBatched,
    async flush() {
      send_();
      while (inFlight.size) await Promise.all([...inFlight]);
    },
  };
}
