import { authorize } from "./auth.js";
import { formatCookie, formatHeader, formatPath, formatPathLiteral, formatQuery } from "./params.js";
class ApiError extends Error {
  name = "ApiError";
  constructor(operation, status, body, headers) {
    const b = body && typeof body === "object" ? body : {};
    const e = b.error && typeof b.error === "object" ? b.error : b;
    const inner = e.innerError ?? e.innererror;
    const first = Array.isArray(b.errors) && b.errors[0] && typeof b.errors[0] === "object" ? b.errors[0] : {};
    const text = (v) => typeof v === "string" || typeof v === "number" ? String(v) : void 0;
    const code = text(e.code) ?? text(b.error) ?? text(first.code) ?? (b.type !== "about:blank" ? text(b.type) : void 0);
    const message = text(e.message) ?? text(b.error_description) ?? text(b.detail) ?? text(b.title) ?? (Array.isArray(b.errors) ? b.errors.map((x) => text(x?.message)).filter(Boolean).join("; ") || void 0 : void 0);
    super(`${operation} ${status}: ${message ?? code ?? ""}`);
    this.operation = operation;
    this.status = status;
    this.code = code;
    this.requestId = text(inner?.["request-id"]) ?? headers.get("request-id") ?? headers.get("x-request-id") ?? void 0;
    this.date = text(inner?.date);
    this.body = body;
    this.headers = headers;
  }
}
class TransportError extends Error {
  name = "TransportError";
  constructor(kind, operation, cause) {
    super(`${operation}: ${kind}`, { cause });
    this.kind = kind;
    this.operation = operation;
  }
}
class ResponseValidationError extends Error {
  name = "ResponseValidationError";
  constructor(operation, status, issues, body) {
    super(`${operation}: invalid ${status} response`);
    this.operation = operation;
    this.status = status;
    this.issues = issues;
    this.body = body;
  }
}
class OperationFailedError extends Error {
  name = "OperationFailedError";
  constructor(operation, error, body) {
    const message = error?.message;
    super(`${operation}: the operation failed${typeof message === "string" ? `: ${message}` : ""}`);
    this.operation = operation;
    this.error = error ?? void 0;
    this.body = body;
  }
}
class OperationTimeoutError extends TransportError {
  name = "OperationTimeoutError";
  constructor(operation, reason, polls, elapsedMs, body, status, cause) {
    super("timeout", operation, cause);
    this.message = `${operation}: not done after ${polls} poll${polls === 1 ? "" : "s"} in ${Math.round(elapsedMs / 100) / 10} s (${reason} reached${typeof status === "string" ? `; last status: ${status}` : ""})`;
    this.reason = reason;
    this.polls = polls;
    this.elapsedMs = elapsedMs;
    this.body = body;
  }
}
function isOperationFailed(e, operation) {
  return e instanceof OperationFailedError && (operation === void 0 || e.operation === operation);
}
function isApiError(e, statusOrCode) {
  return e instanceof ApiError && (statusOrCode === void 0 || e.status === statusOrCode || typeof statusOrCode === "string" && e.code?.toLowerCase() === statusOrCode.toLowerCase());
}
const prop = (body, name) => body?.[name];
const RETRIED = [429, 503, 504];
const origin = (url) => /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i.exec(url)?.[0].toLowerCase();
const sleep = (ms, signal) => new Promise((resolve2, reject) => {
  const t = setTimeout(resolve2, ms);
  signal.addEventListener("abort", () => (clearTimeout(t), reject(signal.reason)));
});
function retryAfter(value) {
  const ms = value ? Number(value) * 1e3 || Date.parse(value) - Date.now() : NaN;
  return ms === ms ? Math.max(0, ms) : void 0;
}
const route = (routes) => (base) => {
  if (routes[base]) return routes[base];
  for (const from in routes) {
    const path = from.slice(origin(from)?.length ?? 0);
    if (path && base.endsWith(path)) return base.slice(0, -path.length) + routes[from].slice(origin(routes[from])?.length ?? 0);
  }
  return base;
};
const JSON_TYPE = /[/+]json\b/i;
const TEXT_TYPE = /^text\/|[/+]xml\b|^application\/(?:x-)?(?:javascript|ecmascript|yaml|graphql|sql|www-form-urlencoded|ndjson|jsonl)\b|;\s*charset=/i;
async function read(res) {
  const type = res.headers.get("content-type") ?? "";
  const json = JSON_TYPE.test(type);
  const body = json || TEXT_TYPE.test(type) ? await res.text() : await res.blob();
  return typeof body === "string" ? json && body ? JSON.parse(body) : body || void 0 : body.size ? body : void 0;
}
const scalar = (v) => v === null || typeof v !== "object" || v instanceof Date;
const binary = (v) => v instanceof Blob || v instanceof ArrayBuffer || ArrayBuffer.isView(v);
function encodeBody(body, media, encoding = {}) {
  if (JSON_TYPE.test(media)) return [JSON.stringify(body), media];
  const fields = body && typeof body === "object" && !binary(body) && !(body instanceof URLSearchParams) && !(body instanceof FormData) ? Object.entries(body).filter(([, v]) => v != null) : void 0;
  if (/^application\/x-www-form-urlencoded\b/i.test(media) && fields) {
    const json = (x) => scalar(x) ? x : JSON.stringify(x);
    const pairs = fields.flatMap(([name, v]) => {
      const { contentType, ...wire } = Object.hasOwn(encoding, name) && encoding[name] || {};
      const rfc6570 = !contentType && Object.keys(wire).length > 0;
      const value = rfc6570 ? v : contentType && JSON_TYPE.test(contentType) ? JSON.stringify(v) : Array.isArray(v) ? v.map(json) : json(v);
      return formatQuery({ name, in: "query", type: "string", ...wire }, value);
    });
    return [pairs.join("&"), media];
  }
  if (/^multipart\/form-data\b/i.test(media) && fields) {
    const form = new FormData();
    for (const [name, v] of fields) {
      const type2 = Object.hasOwn(encoding, name) ? encoding[name]?.contentType : void 0;
      for (const item of Array.isArray(v) ? v : [v]) {
        if (item == null) continue;
        if (binary(item)) form.append(name, item instanceof Blob ? item : new Blob([item], type2 ? { type: type2 } : {}));
        else if (scalar(item)) form.append(name, item instanceof Date ? item.toISOString() : String(item));
        else if (type2 && !/^text\/plain\b/i.test(type2)) form.append(name, new Blob([JSON.stringify(item)], { type: type2 }));
        else form.append(name, JSON.stringify(item));
      }
    }
    return [form, void 0];
  }
  if (body instanceof FormData || body instanceof URLSearchParams) return [body, void 0];
  if (/^text\//i.test(media)) return [String(body), media];
  const type = media.includes("*") ? body instanceof Blob && body.type || "application/octet-stream" : media;
  return [body, type];
}
const PAGE = /* @__PURE__ */ Symbol("page");
function without(url, names) {
  if (!names.length) return url;
  const [head, query, hash] = /^([^?#]*)(?:\?([^#]*))?(#.*)?$/.exec(url).slice(1);
  const name = (pair) => {
    const raw = pair.split("=")[0].replace(/\+/g, " ");
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  };
  const keep = (query ?? "").split("&").filter((pair) => pair && !names.includes(name(pair)));
  return head + (keep.length ? `?${keep.join("&")}` : "") + (hash ?? "");
}
async function send(defaults, options = {}, call) {
  const cfg = options.client ?? defaults;
  const hooks = options[PAGE];
  const policy = options.retry ?? cfg.retry ?? {};
  const { attempts = 4, baseDelayMs = 500, maxDelayMs = 3e4, budgetMs = 6e4 } = policy || { attempts: 1 };
  const headers = /* @__PURE__ */ Object.create(null);
  headers.accept = call.accept ?? "application/json";
  const set = (from) => {
    for (const name in from) if (from[name] != null) headers[name.toLowerCase()] = String(from[name]);
  };
  set(cfg.headers);
  const query = [];
  const cookies = headers.cookie ? [headers.cookie] : [];
  const path = /* @__PURE__ */ new Map();
  for (const [p, v] of call.params ?? []) {
    if (p.in === "path") path.set(p.name, formatPath(p, v));
    else if (p.in === "query") query.push(...formatQuery(p, v));
    else if (p.in === "cookie") cookies.push(...formatCookie(p, v));
    else set({ [p.name]: formatHeader(p, v) });
  }
  if (cookies.length) headers.cookie = cookies.join("; ");
  set(options.headers);
  if (call.requestId) headers[call.requestId] ??= crypto.randomUUID();
  let target = hooks?.url ?? call.path;
  if (!origin(target) && !hooks?.url) {
    const base = (cfg.baseUrl ?? "").replace(/\/+$/, "");
    const filled = target.split(/(\{[^}]+\})/).map((part, i) => i % 2 ? path.get(part.slice(1, -1)) ?? part : formatPathLiteral(part)).join("");
    target = (call.base ? call.base(base) : base) + filled + (query.length ? `?${query.join("&")}` : "");
  }
  const keys = (call.security ?? []).flat().flatMap((s) => s.type === "apiKey" && s.in === "query" ? [s.name] : []);
  target = without(target, keys);
  const absolute = hooks?.url ?? (origin(call.path) ? call.path : void 0);
  const trusted = absolute === void 0 || origin(absolute) === origin(cfg.baseUrl ?? "");
  let body;
  if (call.body !== void 0) {
    const media = call.media ?? "application/json";
    const [encoded, type] = call.encode ? call.encode(call.body, media, call.encoding?.[media]) : [JSON.stringify(call.body), media];
    body = encoded;
    if (type) headers["content-type"] ??= type;
  }
  const controller = new AbortController();
  const abort = () => controller.abort();
  const signals = [cfg.signal, options.signal];
  for (const s of signals) s?.aborted ? abort() : s?.addEventListener("abort", abort);
  let timedOut = false;
  const timeoutMs = options.timeoutMs ?? cfg.timeoutMs;
  const timer = timeoutMs != null && setTimeout(() => (timedOut = true, abort()), timeoutMs);
  const abortable = timer || cfg.signal || options.signal;
  const stopped = () => new TransportError(timedOut ? "timeout" : "abort", call.op);
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
        if (c.query.length) url += (url.includes("?") ? "&" : "?") + c.query.join("&");
        sent = { ...sent, ...c.headers, ...c.cookies.length ? { cookie: [sent.cookie, ...c.cookies].filter(Boolean).join("; ") } : {} };
      }
      if (controller.signal.aborted) throw stopped();
      const at = Date.now();
      let res;
      let error;
      try {
        res = await (cfg.fetch ?? fetch)(url, {
          method: call.method,
          headers: sent,
          body: body ?? null,
          signal: abortable ? controller.signal : null
        });
        await cfg.onResponse?.({ operation: call.op, method: call.method, url: target, status: res.status, headers: res.headers, attempt, durationMs: Date.now() - at });
        if (res.ok) {
          let data = await read(res);
          const validate = cfg.validators?.[`validate${call.type}Response${res.status}`];
          if (validate) {
            const result = validate(data);
            if (!result.ok) throw new ResponseValidationError(call.op, res.status, result.issues, data);
            data = result.value;
          }
          hooks?.seen?.(res, target);
          return call.done ? call.done(data, res, { ...options, client: cfg }) : data;
        }
        error = new ApiError(call.op, res.status, await read(res).catch(() => void 0), res.headers);
      } catch (e) {
        if (controller.signal.aborted) throw stopped();
        if (res) throw e;
        error = new TransportError("network", call.op, e);
      }
      if (uncertain && call.recover && error instanceof ApiError) {
        const found = await call.recover(error, { ...options, client: cfg });
        if (found !== void 0) return found;
      }
      const status = error instanceof ApiError ? error.status : 0;
      uncertain ||= status !== 429;
      const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      const delay = retryAfter(res?.headers.get("retry-after")) ?? backoff / 2 + Math.random() * backoff / 2;
      if (attempt >= attempts || status && !RETRIED.includes(status) || !call.retry && status !== 429 || Date.now() + delay - started > budgetMs) throw error;
      await sleep(delay, controller.signal).catch(() => {
        throw stopped();
      });
    }
  } finally {
    clearTimeout(timer || void 0);
    for (const s of signals) s?.removeEventListener("abort", abort);
  }
}
function recoverCreate(status, sent, match, read2) {
  return async (error, options) => {
    if (error.status !== status) return void 0;
    const found = await read2(options).catch(() => void 0);
    return match.every((name) => same(prop(sent, name), prop(found, name))) ? found : void 0;
  };
}
function same(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || !a || !b || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => same(a[k], b[k]));
}
const dig = (value, path) => path.reduce((v, k) => v != null && typeof v === "object" ? v[k] : void 0, value);
function resolve(link, from) {
  try {
    return new URL(link, from).href;
  } catch {
    return link;
  }
}
function linkNext(header) {
  for (const m of (header ?? "").matchAll(/<([^>]*)>((?:\s*;\s*[^;,=\s]+\s*(?:=\s*(?:"[^"]*"|[^;,]*))?)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]*))/i.exec(m[2]);
    if (rel && (rel[1] ?? rel[2] ?? "").toLowerCase().split(/\s+/).includes("next")) return m[1];
  }
  return void 0;
}
function pageable(first, paging) {
  const itemsOf = (page) => {
    const items = paging.items ? dig(page, [paging.items]) : page;
    return Array.isArray(items) ? items : [];
  };
  async function* pages(args, options) {
    const next = paging.next;
    let current = { ...args };
    let url;
    const seen = /* @__PURE__ */ new Set();
    let size = 0;
    let previous;
    for (let n = 0; ; n++) {
      let response;
      let from = "";
      const page = await first(current, { ...options, [PAGE]: { url, seen: (r, u) => (response = r, from = u) } });
      const items = itemsOf(page);
      if (next.kind !== "link" && next.kind !== "link-header") {
        const text = JSON.stringify(items);
        if (n && (items.length ? text === previous : next.kind === "offset" || next.kind === "page")) return;
        previous = text;
      }
      yield page;
      let key;
      if (next.kind === "link" || next.kind === "link-header") {
        const link = next.kind === "link" ? dig(page, next.property) : linkNext(response?.headers.get("link") ?? null);
        if (typeof link !== "string" || !link) return;
        key = url = resolve(link, from);
      } else if (next.kind === "cursor") {
        const token = dig(page, next.property);
        if (token == null || token === "") return;
        key = String(token);
        current = { ...current, [paging.args[next.param]]: token };
      } else if (next.kind === "after") {
        const last = items[items.length - 1];
        if (dig(page, next.hasMore) !== true || last?.[next.idProperty] == null) return;
        key = String(last[next.idProperty]);
        current = { ...current, [paging.args[next.param]]: last[next.idProperty] };
      } else {
        if (!items.length || items.length < size) return;
        size ||= items.length;
        const name = paging.args[next.param];
        const at = Number(current[name] ?? (next.kind === "page" ? next.first : 0));
        current = { ...current, [name]: next.kind === "page" ? at + 1 : at + items.length };
        continue;
      }
      if (seen.has(key)) return;
      seen.add(key);
    }
  }
  async function* all(args, options) {
    for await (const page of pages(args, options)) yield* itemsOf(page);
  }
  return Object.assign(first, { pages, all });
}
function pause(ms, signal) {
  const until = Date.now() + ms;
  return new Promise((resolve2, reject) => {
    let timer;
    const stop = () => (clearTimeout(timer), reject(signal.reason));
    const tick = () => {
      const left = until - Date.now();
      if (left > 0) timer = setTimeout(tick, left);
      else signal.removeEventListener("abort", stop), resolve2();
    };
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener("abort", stop, { once: true });
    tick();
  });
}
function longRunning(defaults, lro) {
  return (data, response, options) => {
    const location = response.headers.get(lro.header) ?? void 0;
    const accepted = response.headers.get("retry-after");
    return {
      location,
      body: data,
      isFailed: (e) => isOperationFailed(e, lro.op),
      async wait({ signal, timeoutMs = 30 * 6e4, maxPolls = 120, intervalMs = 1e3, maxIntervalMs = 3e4, authRetryMs = 6e4 } = {}) {
        const started = Date.now();
        const deadline = started + timeoutMs;
        const cfg = options.client ?? defaults;
        const callTimeout = options.timeoutMs ?? cfg.timeoutMs ?? Infinity;
        const controller = new AbortController();
        const abort = () => controller.abort();
        const signals = [cfg.signal, options.signal, signal].filter((s) => !!s);
        for (const s of signals) s.aborted ? abort() : s.addEventListener("abort", abort);
        let body = data;
        let polled;
        let polls = 0;
        let denied;
        const giveUp = (reason, cause) => new OperationTimeoutError(lro.op, reason, polls, Date.now() - started, polled, polled?.[lro.status], cause ?? denied?.error);
        try {
          let delay = retryAfter(accepted) ?? 0;
          for (let interval = intervalMs; ; interval = Math.min(interval * 1.5, Math.max(maxIntervalMs, intervalMs))) {
            const state = body?.[lro.status];
            if (lro.succeeded.includes(state)) return body;
            if (lro.failed.includes(state)) throw new OperationFailedError(lro.op, lro.error ? body?.[lro.error] : void 0, body);
            if (location === void 0) throw new Error(`${lro.op}: no ${lro.header} header to poll`);
            if (polls >= maxPolls) throw giveUp("maxPolls");
            if (Date.now() + delay > deadline) throw giveUp("timeoutMs");
            await pause(delay, controller.signal).catch(() => {
              throw new TransportError("abort", lro.op, signals.find((s) => s.aborted)?.reason);
            });
            polls++;
            const left = Math.max(0, deadline - Date.now());
            const limit = Math.min(left, callTimeout);
            let headers;
            try {
              body = polled = await send(defaults, {
                ...options,
                signal: controller.signal,
                ...limit === Infinity ? {} : { timeoutMs: limit }
              }, {
                op: lro.statusOp,
                type: lro.statusType,
                method: "GET",
                path: location,
                retry: true,
                ...lro.security ? { security: lro.security } : {},
                ...lro.requestId ? { requestId: lro.requestId } : {},
                done: (d, res) => (headers = res.headers, d)
              });
              denied = void 0;
            } catch (e) {
              if (e instanceof TransportError && e.kind === "timeout" && left <= callTimeout) throw giveUp("timeoutMs", e);
              if (!(e instanceof ApiError && (e.status === 401 || e.status === 403) && authRetryMs > 0)) throw e;
              denied = { since: denied?.since ?? Date.now(), error: e };
              headers = e.headers;
            }
            delay = Math.max(interval, retryAfter(headers?.get("retry-after")) ?? 0);
            if (denied && Date.now() + delay - denied.since > authRetryMs) throw denied.error;
          }
        } finally {
          for (const s of signals) s.removeEventListener("abort", abort);
        }
      }
    };
  };
}
function bind(fn, client) {
  const wrap = (f) => (args, options) => f(args, { ...options, client });
  const bound = wrap(fn);
  for (const key of ["pages", "all"]) if (fn[key]) bound[key] = wrap(fn[key]);
  return bound;
}
export {
  ApiError,
  OperationFailedError,
  OperationTimeoutError,
  ResponseValidationError,
  TransportError,
  bind,
  encodeBody,
  isApiError,
  isOperationFailed,
  longRunning,
  pageable,
  prop,
  recoverCreate,
  route,
  send
};
