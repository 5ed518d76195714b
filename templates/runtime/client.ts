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
export class ApiError extends Error {
  override name = 'ApiError';
  declare readonly operation: string;
  declare readonly status: number;
  declare readonly code: string | undefined;
  declare readonly requestId: string | undefined;
  declare readonly date: string | undefined;
  declare readonly body: unknown;
  declare readonly headers: Headers;
  constructor(operation: string, status: number, body: unknown, headers: Headers) {
    const b = body as Any;
    const e = b?.error ?? b;
    const inner = e?.innerError ?? e?.innererror;
    super(`${operation} ${status}: ${e?.message ?? e?.code ?? ''}`);
    this.operation = operation;
    this.status = status;
    this.code = e?.code;
    this.requestId = inner?.['request-id'] ?? headers.get('request-id') ?? undefined;
    this.date = inner?.date;
    this.body = body;
    this.headers = headers;
  }
}

/** No HTTP answer: the network failed, the deadline passed, or the caller aborted. */
export class TransportError extends Error {
  override name = 'TransportError';
  declare readonly kind: 'network' | 'timeout' | 'abort';
  declare readonly operation: string;
  constructor(kind: TransportError['kind'], operation: string, cause?: unknown) {
    super(`${operation}: ${kind}`, { cause });
    this.kind = kind;
    this.operation = operation;
  }
}

/** A 2xx body that the validators passed in `validators` rejected. */
export class ResponseValidationError extends Error {
  override name = 'ResponseValidationError';
  declare readonly operation: string;
  declare readonly status: number;
  declare readonly issues: unknown[];
  declare readonly body: unknown;
  constructor(operation: string, status: number, issues: unknown[], body: unknown) {
    super(`${operation}: invalid ${status} response`);
    this.operation = operation;
    this.status = status;
    this.issues = issues;
    this.body = body;
  }
}

/** A long-running operation that ended in a failed state; `error` is the status resource's error. */
export class OperationFailedError extends Error {
  override name = 'OperationFailedError';
  declare readonly operation: string;
  declare readonly error: unknown;
  declare readonly body: unknown;
  constructor(operation: string, error: unknown, body: unknown) {
    const message = (error as Any)?.message;
    super(`${operation}: the operation failed${typeof message === 'string' ? `: ${message}` : ''}`);
    this.operation = operation;
    this.error = error;
    this.body = body;
  }
}

/** `e` is an ApiError, with this status or error code (codes compare case-insensitively) when one is given. */
export function isApiError(e: unknown, statusOrCode?: number | string): e is ApiError {
  return e instanceof ApiError && (statusOrCode === undefined || e.status === statusOrCode ||
    (typeof statusOrCode === 'string' && e.code?.toLowerCase() === statusOrCode.toLowerCase()));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
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
export const enc = (value: unknown): string => encodeURIComponent(String(value));

/** A `deepObject` query parameter as `name[key]` entries, spread into `query`. */
export const deep = (name: string, value: unknown): Record<string, unknown> =>
  Object.fromEntries(Object.entries(value ?? {}).map(([k, v]) => [`${name}[${k}]`, v]));

/** A body property (idempotent creates read the resource back by it). */
export const prop = (body: unknown, name: string): Any => (body as Any)?.[name];

/** Throttled, unavailable, gateway timeout: worth another attempt (as are network failures). */
const RETRIED = [429, 503, 504];

const origin = (url: string) => /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i.exec(url)?.[0].toLowerCase();
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    // Fires at most once: the controller is aborted once (its listeners go with it after the call).
    signal.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)));
  });

/** Seconds or an HTTP date, in ms from now. */
function retryAfter(value: string | null | undefined): number | undefined {
  // `0` seconds falls through to Date.parse, which dates it in the past: 0 ms all the same.
  const ms = value ? Number(value) * 1000 || Date.parse(value) - Date.now() : NaN;
  return ms === ms ? Math.max(0, ms) : undefined;
}

/**
 * The root of an operation with its own servers, given the configured one: a known root maps to its
 * counterpart (`routes`); a root the spec doesn't list keeps its host and has its path swapped
 * (`http://localhost:8080/v1.0` -> `http://localhost:8080/beta`); anything else is kept.
 */
export const route = (routes: Record<string, string>) => (base: string): string => {
  if (routes[base]) return routes[base];
  for (const from in routes) {
    const path = from.slice(origin(from)?.length ?? 0);
    if (path && base.endsWith(path)) return base.slice(0, -path.length) + routes[from]!.slice(origin(routes[from]!)?.length ?? 0);
  }
  return base;
};

function url(base: string, call: Call): string {
  if (origin(call.path)) return call.path;
  const parts: string[] = [];
  const e = enc;
  // Names keep `$` (OData's `$select`); values are encoded, delimiters of non-exploded values are not.
  const add = (name: string, value: string) => parts.push(`${e(name).replace(/%24/g, '$')}=${value}`);
  for (const name in call.query) {
    const value = call.query[name];
    const style = call.styles?.[name];
    const join = (values: unknown[]) => add(name, values.map(e).join(style === ',' ? ',' : e(style)));
    if (value == null) continue;
    if (typeof value !== 'object') add(name, e(value));
    else if (style) join(Array.isArray(value) ? value : Object.entries(value).flat());
    else if (Array.isArray(value)) value.forEach((v) => add(name, e(v)));
    else for (const [k, v] of Object.entries(value)) add(k, e(v));
  }
  base = base.replace(/\/+$/, '');
  return (call.base ? call.base(base) : base) + call.path + (parts.length ? `?${parts.join('&')}` : '');
}

/** A body: JSON parsed, text as a string, anything else a Blob; none (empty) is `undefined`. */
async function read(res: Response): Promise<unknown> {
  const type = res.headers.get('content-type') ?? '';
  const json = /[/+]json\b/i.test(type);
  const body = json || /^text\//i.test(type) ? await res.text() : await res.blob();
  return typeof body === 'string' ? (json && body ? JSON.parse(body) : body || undefined) : body.size ? body : undefined;
}

/** Sends one call: headers, token, hooks, deadline and abort, retries, error mapping, validation. */
export async function send(defaults: ClientOptions, options: RequestOptions | undefined = {}, call: Call): Promise<Any> {
  const cfg = options.client ?? defaults;
  const policy = call.retry ? options.retry ?? cfg.retry ?? {} : false;
  const { attempts = 4, baseDelayMs = 500, maxDelayMs = 30_000, budgetMs = 60_000 } = policy || { attempts: 1 };
  const target = url(cfg.baseUrl ?? '', call);
  // The token goes to the API's own roots; absolute URLs from responses (next links, monitors) only on the same origin.
  const absolute = origin(call.path);
  const trusted = !absolute || absolute === origin(cfg.baseUrl ?? '');
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const set of [cfg.headers, call.headers, options.headers]) {
    for (const name in set) {
      const value = set[name];
      if (value != null) headers[name.toLowerCase()] = String(value); // arrays: comma-separated (`simple`)
    }
  }
  headers['client-request-id'] ??= crypto.randomUUID();
  let body = call.body as BodyInit | undefined;
  if (body !== undefined && !call.raw) (body = JSON.stringify(body)), (headers['content-type'] ??= 'application/json');
  else if (call.raw && call.raw !== true) headers['content-type'] ??= call.raw;

  const controller = new AbortController();
  const abort = () => controller.abort();
  const signals = [cfg.signal, options.signal];
  for (const s of signals) s?.aborted ? abort() : s?.addEventListener('abort', abort);
  let timedOut = false;
  const timeoutMs = options.timeoutMs ?? cfg.timeoutMs;
  const timer = timeoutMs != null && setTimeout(() => ((timedOut = true), abort()), timeoutMs);
  const abortable = timer || cfg.signal || options.signal;
  const stopped = () => new TransportError(timedOut ? 'timeout' : 'abort', call.op);
  const started = Date.now();
  let uncertain = false;
  try {
    for (let attempt = 1; ; attempt++) {
      const event = { operation: call.op, method: call.method, url: target, headers: { ...headers }, attempt };
      await cfg.onRequest?.(event);
      const token = trusted ? await cfg.getAccessToken?.() : undefined;
      if (controller.signal.aborted) throw stopped();
      const sent = Date.now();
      let res: Response | undefined;
      let error: ApiError | TransportError;
      try {
        res = await (cfg.fetch ?? fetch)(target, {
          method: call.method,
          headers: token ? { ...event.headers, authorization: `Bearer ${token}` } : event.headers,
          body: body ?? null,
          signal: abortable ? controller.signal : null,
        });
        await cfg.onResponse?.({ operation: call.op, method: call.method, url: target, status: res.status, headers: res.headers, attempt, durationMs: Date.now() - sent });
        if (res.ok) {
          let data = await read(res);
          const validate = (cfg.validators as Any)?.[`validate${call.type}Response${res.status}`];
          if (validate) {
            const result = validate(data);
            if (!result.ok) throw new ResponseValidationError(call.op, res.status, result.issues, data);
            data = result.value;
          }
          return call.done ? call.done(data, res, { ...options, client: cfg }) : data;
        }
        error = new ApiError(call.op, res.status, await read(res).catch(() => undefined), res.headers);
      } catch (e) {
        if (controller.signal.aborted) throw stopped();
        if (res) throw e;
        error = new TransportError('network', call.op, e);
      }
      if (uncertain && call.recover && error instanceof ApiError) {
        const found = await call.recover(error, { ...options, client: cfg });
        if (found !== undefined) return found;
      }
      const status = error instanceof ApiError ? error.status : 0;
      uncertain ||= status !== 429;
      const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      const delay = retryAfter(res?.headers.get('retry-after')) ?? backoff / 2 + (Math.random() * backoff) / 2;
      if (attempt >= attempts || (status && !RETRIED.includes(status)) || Date.now() + delay - started > budgetMs) throw error;
      await sleep(delay, controller.signal).catch(() => {
        throw stopped();
      });
    }
  } finally {
    clearTimeout(timer || undefined);
    for (const s of signals) s?.removeEventListener('abort', abort);
  }
}

/**
 * Idempotent create (`x-specgen-idempotent-create`): when a retried create answers `status` (409)
 * after an uncertain failure (5xx or network), read the resource back and return it if the
 * `match` properties equal what was sent; otherwise the conflict stands.
 */
export function recoverCreate(status: number, sent: unknown, match: string[], read: (options: RequestOptions) => Promise<unknown>): NonNullable<Call['recover']> {
  return async (error, options) => {
    if (error.status !== status) return undefined;
    const found = await read(options).catch(() => undefined);
    return match.every((name) => same(prop(sent, name), prop(found, name))) ? found : undefined;
  };
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => same((a as Any)[k], (b as Any)[k]));
}

type ItemOf<Page, Key extends string> = Page extends { [K in Key]?: readonly (infer Item)[] | null } ? Item : unknown;

/** A list operation that also pages: `.pages()` yields each page, `.all()` each item, following the next link. */
export type Paged<Args, Page, Key extends string> = ((args: Args, options?: RequestOptions) => Promise<Page>) & {
  pages(args: Args, options?: RequestOptions): AsyncGenerator<Page, void, undefined>;
  all(args: Args, options?: RequestOptions): AsyncGenerator<ItemOf<Page, Key>, void, undefined>;
};

/** A list operation plus `.pages()` (page by page) and `.all()` (item by item), following the next link. */
export function pageable<Args, Page, Key extends string>(
  defaults: ClientOptions,
  first: (args: Args, options?: RequestOptions) => Promise<Page>,
  paging: { op: string; type: string; items: Key; next: string },
): Paged<Args, Page, Key> {
  async function* pages(args: Args, options?: RequestOptions) {
    let page: Any = await first(args, options);
    for (;;) {
      yield page as Page;
      const next = page?.[paging.next];
      if (typeof next !== 'string' || !next) return;
      page = await send(defaults, options, { op: paging.op, type: paging.type, method: 'GET', path: next, retry: true });
    }
  }
  async function* all(args: Args, options?: RequestOptions) {
    for await (const page of pages(args, options)) yield* ((page as Any)?.[paging.items] ?? []) as ItemOf<Page, Key>[];
  }
  return Object.assign(first, { pages, all });
}

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
export function longRunning<Result>(defaults: ClientOptions, lro: {
  op: string; statusOp: string; statusType: string; header: string; status: string; succeeded: string[]; failed: string[]; error?: string;
}): (data: unknown, response: Response, options: RequestOptions) => LongRunningOperation<Result> {
  return (data, response, options) => {
    const location = response.headers.get(lro.header) ?? undefined;
    return {
      location,
      body: data,
      async wait({ signal, timeoutMs, intervalMs = 1000 } = {}) {
        const deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
        const controller = new AbortController();
        const abort = () => controller.abort();
        const signals = [options.signal, signal].filter((s): s is AbortSignal => !!s);
        for (const s of signals) s.aborted ? abort() : s.addEventListener('abort', abort);
        try {
          for (let body: Any = data, polls = 0; ; polls++) {
            const state = body?.[lro.status];
            if (lro.succeeded.includes(state)) return body as Result;
            if (lro.failed.includes(state)) throw new OperationFailedError(lro.op, lro.error ? body?.[lro.error] : undefined, body);
            if (location === undefined) throw new Error(`${lro.op}: no ${lro.header} header to poll`);
            if (polls) {
              if (Date.now() + intervalMs > deadline) throw new TransportError('timeout', lro.op);
              await sleep(intervalMs, controller.signal).catch(() => {
                throw new TransportError('abort', lro.op, signals.find((s) => s.aborted)?.reason);
              });
              intervalMs = Math.min(intervalMs * 1.5, 30_000);
            }
            const left = deadline - Date.now();
            body = await send(defaults, {
              ...options,
              signal: controller.signal,
              ...(left === Infinity ? {} : { timeoutMs: Math.max(0, left) }),
            }, { op: lro.statusOp, type: lro.statusType, method: 'GET', path: location, retry: true });
          }
        } finally {
          for (const s of signals) s.removeEventListener('abort', abort);
        }
      },
    };
  };
}

/** `createClient`'s binding: the same operation with `client` fixed (paging helpers included). */
export function bind<F>(fn: F, client: ClientOptions): F {
  const wrap = (f: Any) => (args: unknown, options?: RequestOptions) => f(args, { ...options, client });
  const bound: Any = wrap(fn);
  for (const key of ['pages', 'all']) if ((fn as Any)[key]) bound[key] = wrap((fn as Any)[key]);
  return bound as F;
}
