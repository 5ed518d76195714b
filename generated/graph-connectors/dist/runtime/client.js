class ApiError extends Error {
  name = "ApiError";
  constructor(operation, status, body, headers) {
    const b = body;
    const e = b?.error ?? b;
    const inner = e?.innerError ?? e?.innererror;
    super(`${operation} ${status}: ${e?.message ?? e?.code ?? ""}`);
    this.operation = operation;
    this.status = status;
    this.code = e?.code;
    this.requestId = inner?.["request-id"] ?? headers.get("request-id") ?? void 0;
    this.date = inner?.date;
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
    this.error = error;
    this.body = body;
  }
}
function isApiError(e, statusOrCode) {
  return e instanceof ApiError && (statusOrCode === void 0 || e.status === statusOrCode || typeof statusOrCode === "string" && e.code?.toLowerCase() === statusOrCode.toLowerCase());
}
const enc = (value) => encodeURIComponent(String(value));
const deep = (name, value) => Object.fromEntries(Object.entries(value ?? {}).map(([k, v]) => [`${name}[${k}]`, v]));
const prop = (body, name) => body?.[name];
const RETRIED = [429, 503, 504];
const origin = (url2) => /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i.exec(url2)?.[0].toLowerCase();
const sleep = (ms, signal) => new Promise((resolve, reject) => {
  const t = setTimeout(resolve, ms);
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
function url(base, call) {
  if (origin(call.path)) return call.path;
  const parts = [];
  const e = enc;
  const add = (name, value) => parts.push(`${e(name).replace(/%24/g, "$")}=${value}`);
  for (const name in call.query) {
    const value = call.query[name];
    const style = call.styles?.[name];
    const join = (values) => add(name, values.map(e).join(style === "," ? "," : e(style)));
    if (value == null) continue;
    if (typeof value !== "object") add(name, e(value));
    else if (style) join(Array.isArray(value) ? value : Object.entries(value).flat());
    else if (Array.isArray(value)) value.forEach((v) => add(name, e(v)));
    else for (const [k, v] of Object.entries(value)) add(k, e(v));
  }
  base = base.replace(/\/+$/, "");
  return (call.base ? call.base(base) : base) + call.path + (parts.length ? `?${parts.join("&")}` : "");
}
async function read(res) {
  const type = res.headers.get("content-type") ?? "";
  const json = /[/+]json\b/i.test(type);
  const body = json || /^text\//i.test(type) ? await res.text() : await res.blob();
  return typeof body === "string" ? json && body ? JSON.parse(body) : body || void 0 : body.size ? body : void 0;
}
async function send(defaults, options = {}, call) {
  const cfg = options.client ?? defaults;
  const policy = call.retry ? options.retry ?? cfg.retry ?? {} : false;
  const { attempts = 4, baseDelayMs = 500, maxDelayMs = 3e4, budgetMs = 6e4 } = policy || { attempts: 1 };
  const target = url(cfg.baseUrl ?? "", call);
  const absolute = origin(call.path);
  const trusted = !absolute || absolute === origin(cfg.baseUrl ?? "");
  const headers = { accept: "application/json" };
  for (const set of [cfg.headers, call.headers, options.headers]) {
    for (const name in set) {
      const value = set[name];
      if (value != null) headers[name.toLowerCase()] = String(value);
    }
  }
  headers["client-request-id"] ??= crypto.randomUUID();
  let body = call.body;
  if (body !== void 0 && !call.raw) body = JSON.stringify(body), headers["content-type"] ??= "application/json";
  else if (call.raw && call.raw !== true) headers["content-type"] ??= call.raw;
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
      const token = trusted ? await cfg.getAccessToken?.() : void 0;
      if (controller.signal.aborted) throw stopped();
      const sent = Date.now();
      let res;
      let error;
      try {
        res = await (cfg.fetch ?? fetch)(target, {
          method: call.method,
          headers: token ? { ...event.headers, authorization: `Bearer ${token}` } : event.headers,
          body: body ?? null,
          signal: abortable ? controller.signal : null
        });
        await cfg.onResponse?.({ operation: call.op, method: call.method, url: target, status: res.status, headers: res.headers, attempt, durationMs: Date.now() - sent });
        if (res.ok) {
          let data = await read(res);
          const validate = cfg.validators?.[`validate${call.type}Response${res.status}`];
          if (validate) {
            const result = validate(data);
            if (!result.ok) throw new ResponseValidationError(call.op, res.status, result.issues, data);
            data = result.value;
          }
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
      if (attempt >= attempts || status && !RETRIED.includes(status) || Date.now() + delay - started > budgetMs) throw error;
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
function pageable(defaults, first, paging) {
  async function* pages(args, options) {
    let page = await first(args, options);
    for (; ; ) {
      yield page;
      const next = page?.[paging.next];
      if (typeof next !== "string" || !next) return;
      page = await send(defaults, options, { op: paging.op, type: paging.type, method: "GET", path: next, retry: true });
    }
  }
  async function* all(args, options) {
    for await (const page of pages(args, options)) yield* page?.[paging.items] ?? [];
  }
  return Object.assign(first, { pages, all });
}
function longRunning(defaults, lro) {
  return (data, response, options) => {
    const location = response.headers.get(lro.header) ?? void 0;
    return {
      location,
      body: data,
      async wait({ signal, timeoutMs, intervalMs = 1e3 } = {}) {
        const deadline = timeoutMs === void 0 ? Infinity : Date.now() + timeoutMs;
        const controller = new AbortController();
        const abort = () => controller.abort();
        const signals = [options.signal, signal].filter((s) => !!s);
        for (const s of signals) s.aborted ? abort() : s.addEventListener("abort", abort);
        try {
          for (let body = data, polls = 0; ; polls++) {
            const state = body?.[lro.status];
            if (lro.succeeded.includes(state)) return body;
            if (lro.failed.includes(state)) throw new OperationFailedError(lro.op, lro.error ? body?.[lro.error] : void 0, body);
            if (location === void 0) throw new Error(`${lro.op}: no ${lro.header} header to poll`);
            if (polls) {
              if (Date.now() + intervalMs > deadline) throw new TransportError("timeout", lro.op);
              await sleep(intervalMs, controller.signal).catch(() => {
                throw new TransportError("abort", lro.op, signals.find((s) => s.aborted)?.reason);
              });
              intervalMs = Math.min(intervalMs * 1.5, 3e4);
            }
            const left = deadline - Date.now();
            body = await send(defaults, {
              ...options,
              signal: controller.signal,
              ...left === Infinity ? {} : { timeoutMs: Math.max(0, left) }
            }, { op: lro.statusOp, type: lro.statusType, method: "GET", path: location, retry: true });
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
  ResponseValidationError,
  TransportError,
  bind,
  deep,
  enc,
  isApiError,
  longRunning,
  pageable,
  prop,
  recoverCreate,
  route,
  send
};
