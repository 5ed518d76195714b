/**
 * The client runtime: fetch, retries, errors, paging and long-running operations. It knows nothing of
 * any one API (client.ts binds it to one) and uses no Node built-ins, so it runs in Node >= 20 and in
 * browsers. Paging (`pageable`), long-running operations (`longRunning`) and idempotent creates
 * (`recoverCreate`) are separate functions, so a bundle only carries the ones its operations use.
 * Parameters are written by the parameter codec (params.ts, shared with the mock), credentials by
 * auth.ts.
 */
import { authorize, type AuthOptions, type SecurityScheme } from './auth.js';
import type { PageNext } from './paging.js';
import { formatCookie, formatHeader, formatPath, formatPathLiteral, formatQuery, type ParamSpec } from './params.js';

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
    const b: Any = body && typeof body === 'object' ? body : {};
    const e: Any = b.error && typeof b.error === 'object' ? b.error : b;
    const inner = e.innerError ?? e.innererror;
    const first: Any = Array.isArray(b.errors) && b.errors[0] && typeof b.errors[0] === 'object' ? b.errors[0] : {};
    const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
    const code = text(e.code) ?? text(b.error) ?? text(first.code) ?? (b.type !== 'about:blank' ? text(b.type) : undefined);
    const message = text(e.message) ?? text(b.error_description) ?? text(b.detail) ?? text(b.title) ??
      (Array.isArray(b.errors) ? b.errors.map((x: Any) => text(x?.message)).filter(Boolean).join('; ') || undefined : undefined);
    super(`${operation} ${status}: ${message ?? code ?? ''}`);
    this.operation = operation;
    this.status = status;
    this.code = code;
    this.requestId = text(inner?.['request-id']) ?? headers.get('request-id') ?? headers.get('x-request-id') ?? undefined;
    this.date = text(inner?.date);
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

/**
 * A long-running operation that ended in a failed state. `error` is the status resource's error
 * property (`errorProperty`; `undefined` when the service sent none, or null), typed by the spec in
 * the generated client (`isOperationFailed`, `LongRunningOperation.isFailed`); `body` is the whole
 * status resource.
 */
export class OperationFailedError<Failure = unknown> extends Error {
  override name = 'OperationFailedError';
  declare readonly operation: string;
  declare readonly error: Failure | undefined;
  declare readonly body: unknown;
  constructor(operation: string, error: Failure | undefined, body: unknown) {
    const message = (error as Any)?.message;
    super(`${operation}: the operation failed${typeof message === 'string' ? `: ${message}` : ''}`);
    this.operation = operation;
    this.error = error ?? undefined;
    this.body = body;
  }
}

/**
 * A long-running operation still not done when `wait()` gave up: after `maxPolls` polls (`reason:
 * 'maxPolls'`) or at its deadline (`'timeoutMs'`). A TransportError of kind `timeout`; `body` is the
 * last status resource read (undefined if none was), `polls` the status requests sent, `cause` the
 * last poll's error if it failed (a 401/403 still being retried, or the poll cut off by the deadline).
 */
export class OperationTimeoutError<Status = unknown> extends TransportError {
  override name = 'OperationTimeoutError';
  declare readonly kind: 'timeout';
  declare readonly reason: 'maxPolls' | 'timeoutMs';
  declare readonly polls: number;
  declare readonly elapsedMs: number;
  declare readonly body: Status | undefined;
  constructor(operation: string, reason: 'maxPolls' | 'timeoutMs', polls: number, elapsedMs: number, body: Status | undefined, status: unknown, cause?: unknown) {
    super('timeout', operation, cause);
    this.message = `${operation}: not done after ${polls} poll${polls === 1 ? '' : 's'} in ${Math.round(elapsedMs / 100) / 10} s ` +
      `(${reason} reached${typeof status === 'string' ? `; last status: ${status}` : ''})`;
    this.reason = reason;
    this.polls = polls;
    this.elapsedMs = elapsedMs;
    this.body = body;
  }
}

/** `e` is an OperationFailedError (of `operation`, when given); the generated client exports a guard typed per operation. */
export function isOperationFailed<Failure = unknown>(e: unknown, operation?: string): e is OperationFailedError<Failure> {
  return e instanceof OperationFailedError && (operation === undefined || e.operation === operation);
}

/** `e` is an ApiError, with this status or error code (codes compare case-insensitively) when one is given. */
export function isApiError(e: unknown, statusOrCode?: number | string): e is ApiError {
  return e instanceof ApiError && (statusOrCode === undefined || e.status === statusOrCode ||
    (typeof statusOrCode === 'string' && e.code?.toLowerCase() === statusOrCode.toLowerCase()));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
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

const JSON_TYPE = /[/+]json\b/i;
/** Media types read as text: text/*, XML (`image/svg+xml` too), scripts, YAML, form data, newline-delimited JSON, or any with a charset. */
const TEXT_TYPE = /^text\/|[/+]xml\b|^application\/(?:x-)?(?:javascript|ecmascript|yaml|graphql|sql|www-form-urlencoded|ndjson|jsonl)\b|;\s*charset=/i;

/** A body: JSON parsed, text-like types as a string, anything else a Blob; none (empty) is `undefined`. */
async function read(res: Response): Promise<unknown> {
  const type = res.headers.get('content-type') ?? '';
  const json = JSON_TYPE.test(type);
  const body = json || TEXT_TYPE.test(type) ? await res.text() : await res.blob();
  return typeof body === 'string' ? (json && body ? JSON.parse(body) : body || undefined) : body.size ? body : undefined;
}

const scalar = (v: unknown) => v === null || typeof v !== 'object' || v instanceof Date;
const binary = (v: unknown): v is Blob | ArrayBuffer | ArrayBufferView => v instanceof Blob || v instanceof ArrayBuffer || ArrayBuffer.isView(v);

/**
 * A body in its media type, and the Content-Type to send (none: fetch sets it, as FormData's boundary).
 * JSON as JSON; form-urlencoded and multipart/form-data from an object (or given as URLSearchParams,
 * FormData or text), each property by its `encoding`, else OpenAPI's defaults: scalars as text,
 * arrays as repeated fields (parts), objects as JSON text; text/* as a string; anything else as given.
 */
export function encodeBody(body: unknown, media: string, encoding: Record<string, PartEncoding> = {}): [BodyInit, string | undefined] {
  if (JSON_TYPE.test(media)) return [JSON.stringify(body), media];
  const fields = body && typeof body === 'object' && !binary(body) && !(body instanceof URLSearchParams) && !(body instanceof FormData)
    ? Object.entries(body).filter(([, v]) => v != null) : undefined;
  if (/^application\/x-www-form-urlencoded\b/i.test(media) && fields) {
    const json = (x: unknown) => (scalar(x) ? x : JSON.stringify(x));
    const pairs = fields.flatMap(([name, v]) => {
      const { contentType, ...wire } = (Object.hasOwn(encoding, name) && encoding[name]) || {};
      // style/explode/allowReserved: RFC 6570 as for a query parameter; else contentType (objects: JSON).
      const rfc6570 = !contentType && Object.keys(wire).length > 0;
      const value = rfc6570 ? v : contentType && JSON_TYPE.test(contentType) ? JSON.stringify(v) : Array.isArray(v) ? v.map(json) : json(v);
      return formatQuery({ name, in: 'query', type: 'string', ...wire }, value);
    });
    return [pairs.join('&'), media];
  }
  if (/^multipart\/form-data\b/i.test(media) && fields) {
    const form = new FormData();
    for (const [name, v] of fields) {
      const type = Object.hasOwn(encoding, name) ? encoding[name]?.contentType : undefined;
      for (const item of Array.isArray(v) ? v : [v]) {
        if (item == null) continue;
        if (binary(item)) form.append(name, item instanceof Blob ? item : new Blob([item as BlobPart], type ? { type } : {}));
        else if (scalar(item)) form.append(name, item instanceof Date ? item.toISOString() : String(item));
        else if (type && !/^text\/plain\b/i.test(type)) form.append(name, new Blob([JSON.stringify(item)], { type }));
        else form.append(name, JSON.stringify(item));
      }
    }
    return [form, undefined];
  }
  if (body instanceof FormData || body instanceof URLSearchParams) return [body, undefined];
  if (/^text\//i.test(media)) return [String(body), media];
  // A wildcard (`image/*`, `*/*`) is no Content-Type: the Blob's own type, else octet-stream.
  const type = media.includes('*') ? (body instanceof Blob && body.type) || 'application/octet-stream' : media;
  return [body as BodyInit, type];
}

/** Internal options pageable() passes through an operation to send(): a next-link URL to request, and a look at the answer. */
const PAGE = Symbol('page');
interface PageHooks {
  url?: string;
  seen?: (response: Response, url: string) => void;
}

/** The URL without the query parameters named `names` (API keys a next link may echo: the client adds its own). */
function without(url: string, names: string[]): string {
  if (!names.length) return url;
  const [head, query, hash] = /^([^?#]*)(?:\?([^#]*))?(#.*)?$/.exec(url)!.slice(1);
  const name = (pair: string) => {
    const raw = pair.split('=')[0]!.replace(/\+/g, ' ');
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  };
  const keep = (query ?? '').split('&').filter((pair) => pair && !names.includes(name(pair)));
  return head + (keep.length ? `?${keep.join('&')}` : '') + (hash ?? '');
}

/** Sends one call: parameters, credentials, hooks, deadline and abort, retries, error mapping, validation. */
export async function send(defaults: ClientOptions, options: RequestOptions | undefined = {}, call: Call): Promise<Any> {
  const cfg = options.client ?? defaults;
  const hooks: PageHooks | undefined = (options as Any)[PAGE];
  // Every call may retry a 429 (the request was refused, not run); only retry-safe ones retry anything else.
  const policy = options.retry ?? cfg.retry ?? {};
  const { attempts = 4, baseDelayMs = 500, maxDelayMs = 30_000, budgetMs = 60_000 } = policy || { attempts: 1 };
  // Null-prototype records: any name (even `__proto__`) is a plain key.
  const headers: Record<string, string> = Object.create(null);
  headers.accept = call.accept ?? 'application/json';
  const set = (from: Record<string, unknown> | undefined) => {
    for (const name in from) if (from[name] != null) headers[name.toLowerCase()] = String(from[name]);
  };
  set(cfg.headers);
  const query: string[] = [];
  const cookies: string[] = headers.cookie ? [headers.cookie] : [];
  const path = new Map<string, string>();
  for (const [p, v] of call.params ?? []) {
    if (p.in === 'path') path.set(p.name, formatPath(p, v));
    else if (p.in === 'query') query.push(...formatQuery(p, v));
    else if (p.in === 'cookie') cookies.push(...formatCookie(p, v));
    else set({ [p.name]: formatHeader(p, v) });
  }
  if (cookies.length) headers.cookie = cookies.join('; ');
  set(options.headers);
  if (call.requestId) headers[call.requestId] ??= crypto.randomUUID();
  let target = hooks?.url ?? call.path;
  if (!origin(target) && !hooks?.url) {
    const base = (cfg.baseUrl ?? '').replace(/\/+$/, '');
    // Literal text as a URL path carries it (`#`, `?`, spaces encoded); parameters as the codec wrote them.
    const filled = target.split(/(\{[^}]+\})/).map((part, i) => (i % 2 ? path.get(part.slice(1, -1)) ?? part : formatPathLiteral(part))).join('');
    target = (call.base ? call.base(base) : base) + filled +
      (query.length ? `?${query.join('&')}` : '');
  }
  // API keys sent in the query are added after onRequest, and never shown in the URLs hooks see.
  const keys = (call.security ?? []).flat().flatMap((s) => (s.type === 'apiKey' && s.in === 'query' ? [s.name] : []));
  target = without(target, keys);
  // Credentials go to the API's own roots; absolute URLs from responses (next links, monitors) only on the same origin.
  const absolute = hooks?.url ?? (origin(call.path) ? call.path : undefined);
  const trusted = absolute === undefined || origin(absolute) === origin(cfg.baseUrl ?? '');
  let body: BodyInit | undefined;
  if (call.body !== undefined) {
    const media = call.media ?? 'application/json';
    const [encoded, type] = call.encode ? call.encode(call.body, media, call.encoding?.[media]) : [JSON.stringify(call.body), media];
    body = encoded;
    if (type) headers['content-type'] ??= type;
  }

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
      let url = target;
      let sent = { ...event.headers };
      if (trusted) {
        const c = await authorize(call.security, cfg.auth, cfg.getAccessToken);
        if (c.query.length) url += (url.includes('?') ? '&' : '?') + c.query.join('&');
        sent = { ...sent, ...c.headers, ...(c.cookies.length ? { cookie: [sent.cookie, ...c.cookies].filter(Boolean).join('; ') } : {}) };
      }
      if (controller.signal.aborted) throw stopped();
      const at = Date.now();
      let res: Response | undefined;
      let error: ApiError | TransportError;
      try {
        res = await (cfg.fetch ?? fetch)(url, {
          method: call.method,
          headers: sent,
          body: body ?? null,
          signal: abortable ? controller.signal : null,
        });
        await cfg.onResponse?.({ operation: call.op, method: call.method, url: target, status: res.status, headers: res.headers, attempt, durationMs: Date.now() - at });
        if (res.ok) {
          let data = await read(res);
          const validate = (cfg.validators as Any)?.[`validate${call.type}Response${res.status}`];
          if (validate) {
            const result = validate(data);
            if (!result.ok) throw new ResponseValidationError(call.op, res.status, result.issues, data);
            data = result.value;
          }
          hooks?.seen?.(res, target);
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
      if (attempt >= attempts || (status && !RETRIED.includes(status)) || (!call.retry && status !== 429) || Date.now() + delay - started > budgetMs) throw error;
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

/** The items of a page: the array under `Key`, or the page itself when `Key` is `''` (the body is the array). */
type ItemOf<Page, Key extends string> = Key extends ''
  ? Page extends readonly (infer Item)[] ? Item : unknown
  : Page extends { [K in Key]?: readonly (infer Item)[] | null } ? Item : unknown;

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

const dig = (value: unknown, path: readonly string[]): Any => path.reduce((v: Any, k) => (v != null && typeof v === 'object' ? v[k] : undefined), value);

/** `link` relative to the URL it came from (kept as is where that is relative too). */
function resolve(link: string, from: string): string {
  try {
    return new URL(link, from).href;
  } catch {
    return link;
  }
}

/** The `rel="next"` target of an RFC 8288 Link header. */
function linkNext(header: string | null): string | undefined {
  for (const m of (header ?? '').matchAll(/<([^>]*)>((?:\s*;\s*[^;,=\s]+\s*(?:=\s*(?:"[^"]*"|[^;,]*))?)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]*))/i.exec(m[2]!);
    if (rel && (rel[1] ?? rel[2] ?? '').toLowerCase().split(/\s+/).includes('next')) return m[1];
  }
  return undefined;
}

/**
 * A list operation plus `.pages()` (page by page) and `.all()` (item by item). Each next page is
 * the same operation again: for links, its URL replaced by the link (header and cookie parameters,
 * credentials, retries and validation kept); otherwise the same arguments with the paging one
 * changed. Paging stops at the end the style defines (no link, no token, `hasMore` false, an empty
 * page, or for `offset`/`page` a page shorter than the first), and when the server repeats a link,
 * token, last id or page instead of moving on.
 */
export function pageable<Args, Page, Key extends string>(
  first: (args: Args, options?: RequestOptions) => Promise<Page>,
  paging: Paging<Key>,
): Paged<Args, Page, Key> {
  const itemsOf = (page: unknown): unknown[] => {
    const items = paging.items ? dig(page, [paging.items]) : page;
    return Array.isArray(items) ? items : [];
  };
  async function* pages(args: Args, options?: RequestOptions) {
    const next = paging.next;
    let current: Any = { ...args };
    let url: string | undefined;
    const seen = new Set<string>();
    let size = 0;
    let previous: string | undefined;
    for (let n = 0; ; n++) {
      let response: Response | undefined;
      let from = '';
      const page: Any = await first(current, { ...options, [PAGE]: { url, seen: (r, u) => ((response = r), (from = u)) } as PageHooks } as RequestOptions);
      const items = itemsOf(page);
      if (next.kind !== 'link' && next.kind !== 'link-header') {
        // An empty page only says "no more" for counted styles: it is not yielded (unless it is the first);
        // and a server that ignores the paging parameter would answer the same page forever.
        const text = JSON.stringify(items);
        if (n && (items.length ? text === previous : next.kind === 'offset' || next.kind === 'page')) return;
        previous = text;
      }
      yield page as Page;
      let key: string;
      if (next.kind === 'link' || next.kind === 'link-header') {
        const link = next.kind === 'link' ? dig(page, next.property) : linkNext(response?.headers.get('link') ?? null);
        if (typeof link !== 'string' || !link) return;
        key = url = resolve(link, from);
      } else if (next.kind === 'cursor') {
        const token = dig(page, next.property);
        if (token == null || token === '') return;
        key = String(token);
        current = { ...current, [paging.args[next.param]!]: token };
      } else if (next.kind === 'after') {
        const last: Any = items[items.length - 1];
        if (dig(page, next.hasMore) !== true || last?.[next.idProperty] == null) return;
        key = String(last[next.idProperty]);
        current = { ...current, [paging.args[next.param]!]: last[next.idProperty] };
      } else {
        if (!items.length || items.length < size) return;
        size ||= items.length;
        const name = paging.args[next.param]!;
        const at = Number(current[name] ?? (next.kind === 'page' ? next.first : 0));
        current = { ...current, [name]: next.kind === 'page' ? at + 1 : at + items.length };
        continue;
      }
      // A link, token or last id seen before would start the same pages over.
      if (seen.has(key)) return;
      seen.add(key);
    }
  }
  async function* all(args: Args, options?: RequestOptions) {
    for await (const page of pages(args, options)) yield* itemsOf(page) as ItemOf<Page, Key>[];
  }
  return Object.assign(first, { pages, all });
}

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
export type FailureOf<Result, Key extends string> = Result extends { readonly [P in Key]?: infer E } ? Exclude<E, null | undefined> : unknown;

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

/**
 * Sleeps until `ms` from now have passed by the clock (timers may fire a little early), or rejects on
 * abort; its abort listener goes with it (a wait may pause a hundred times on one signal).
 */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  const until = Date.now() + ms;
  return new Promise<void>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => (clearTimeout(timer), reject(signal.reason));
    const tick = () => {
      const left = until - Date.now();
      if (left > 0) timer = setTimeout(tick, left);
      else (signal.removeEventListener('abort', stop), resolve());
    };
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    tick();
  });
}

/** `x-specgen-long-running`: turns a 202 + Location answer into a LongRunningOperation. */
export function longRunning<Result, Failure = FailureOf<Result, 'error'>>(defaults: ClientOptions, lro: {
  op: string; statusOp: string; statusType: string; header: string; status: string; succeeded: string[]; failed: string[]; error?: string;
  /** The status operation's security alternatives and request-id header, for the polls. */
  security?: Call['security']; requestId?: string;
}): (data: unknown, response: Response, options: RequestOptions) => LongRunningOperation<Result, Failure> {
  return (data, response, options) => {
    const location = response.headers.get(lro.header) ?? undefined;
    const accepted = response.headers.get('retry-after');
    return {
      location,
      body: data,
      isFailed: (e): e is OperationFailedError<Failure> => isOperationFailed(e, lro.op),
      async wait({ signal, timeoutMs = 30 * 60_000, maxPolls = 120, intervalMs = 1000, maxIntervalMs = 30_000, authRetryMs = 60_000 } = {}) {
        const started = Date.now();
        const deadline = started + timeoutMs;
        const cfg = options.client ?? defaults;
        const callTimeout = options.timeoutMs ?? cfg.timeoutMs ?? Infinity;
        const controller = new AbortController();
        const abort = () => controller.abort();
        const signals = [cfg.signal, options.signal, signal].filter((s): s is AbortSignal => !!s);
        for (const s of signals) s.aborted ? abort() : s.addEventListener('abort', abort);
        let body: Any = data;
        let polled: Any;
        let polls = 0;
        // A 401/403 run being retried: when it started, and its last error.
        let denied: { since: number; error: ApiError } | undefined;
        const giveUp = (reason: 'maxPolls' | 'timeoutMs', cause?: unknown) =>
          new OperationTimeoutError<Result>(lro.op, reason, polls, Date.now() - started, polled, polled?.[lro.status], cause ?? denied?.error);
        try {
          // The first poll waits only for the 202's Retry-After; each later one for the interval or a longer Retry-After.
          let delay = retryAfter(accepted) ?? 0;
          for (let interval = intervalMs; ; interval = Math.min(interval * 1.5, Math.max(maxIntervalMs, intervalMs))) {
            const state = body?.[lro.status];
            if (lro.succeeded.includes(state)) return body as Result;
            if (lro.failed.includes(state)) throw new OperationFailedError<Failure>(lro.op, lro.error ? body?.[lro.error] : undefined, body);
            if (location === undefined) throw new Error(`${lro.op}: no ${lro.header} header to poll`);
            if (polls >= maxPolls) throw giveUp('maxPolls');
            if (Date.now() + delay > deadline) throw giveUp('timeoutMs');
            await pause(delay, controller.signal).catch(() => {
              throw new TransportError('abort', lro.op, signals.find((s) => s.aborted)?.reason);
            });
            polls++;
            const left = Math.max(0, deadline - Date.now());
            const limit = Math.min(left, callTimeout);
            let headers: Headers | undefined;
            try {
              body = polled = await send(defaults, {
                ...options,
                signal: controller.signal,
                ...(limit === Infinity ? {} : { timeoutMs: limit }),
              }, { op: lro.statusOp, type: lro.statusType, method: 'GET', path: location, retry: true,
                ...(lro.security ? { security: lro.security } : {}), ...(lro.requestId ? { requestId: lro.requestId } : {}),
                done: (d, res) => ((headers = res.headers), d) });
              denied = undefined;
            } catch (e) {
              // The poll cut off by the wait's own deadline (not the call's timeoutMs, nor an abort).
              if (e instanceof TransportError && e.kind === 'timeout' && left <= callTimeout) throw giveUp('timeoutMs', e);
              if (!(e instanceof ApiError && (e.status === 401 || e.status === 403) && authRetryMs > 0)) throw e;
              denied = { since: denied?.since ?? Date.now(), error: e };
              headers = e.headers;
            }
            delay = Math.max(interval, retryAfter(headers?.get('retry-after')) ?? 0);
            if (denied && Date.now() + delay - denied.since > authRetryMs) throw denied.error;
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
