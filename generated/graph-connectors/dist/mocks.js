import * as validators from "./validators.js";
function setOwn(target2, key, value) {
  Object.defineProperty(target2, key, { value, enumerable: true, writable: true, configurable: true });
}
function getOwn(target2, key) {
  return Object.prototype.hasOwnProperty.call(target2, key) ? target2[key] : void 0;
}
function hashSeed(seed) {
  const text = String(seed);
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
function randomStream(seed, stream) {
  let state = hashSeed(`${seed}/${stream}`);
  const next = () => {
    state = state + 1831565813 | 0;
    let t = Math.imul(state ^ state >>> 15, 1 | state);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
  const hex = (n) => n > 6 ? hex(6) + hex(n - 6) : Math.floor(next() * 16 ** n).toString(16).padStart(n, "0");
  return {
    next,
    uuid: () => {
      const variant = (8 + Math.floor(next() * 4)).toString(16);
      return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
    }
  };
}
class MockError extends Error {
  constructor(status, code, message, details = [], headers = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.headers = headers;
  }
  status;
  code;
  details;
  headers;
}
const DEFAULT_ERROR_CODES = {
  "400": "BadRequest",
  "401": "InvalidAuthenticationToken",
  "403": "accessDenied",
  "404": "itemNotFound",
  "405": "MethodNotAllowed",
  "409": "Conflict",
  "413": "RequestEntityTooLarge",
  "429": "TooManyRequests",
  "500": "generalException",
  "503": "serviceNotAvailable"
};
function errorDate(ms) {
  return new Date(ms).toISOString().slice(0, 19) + "Z";
}
function errorBody(error, requestId, clientRequestId, now) {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...error.details.length ? { details: error.details } : {},
      innerError: { date: errorDate(now), "request-id": requestId, "client-request-id": clientRequestId }
    }
  };
}
function memberPath(collection, id) {
  return `${collection}/${encodeURIComponent(id)}`;
}
function splitPath(path) {
  const cut = path.lastIndexOf("/");
  return { collection: path.slice(0, cut), id: decodeURIComponent(path.slice(cut + 1)) };
}
class MockStore {
  collections = /* @__PURE__ */ new Map();
  get(collection, id) {
    return this.collections.get(collection)?.get(id);
  }
  getPath(path) {
    const { collection, id } = splitPath(path);
    return this.get(collection, id);
  }
  set(collection, id, entry) {
    let members = this.collections.get(collection);
    if (!members) this.collections.set(collection, members = /* @__PURE__ */ new Map());
    members.set(id, entry);
  }
  /** Removes a member and everything contained in it (sub-collections and singletons below its path). */
  delete(collection, id) {
    const members = this.collections.get(collection);
    if (!members?.delete(id)) return false;
    const path = memberPath(collection, id);
    for (const key of [...this.collections.keys()]) {
      if (key === path || key.startsWith(path + "/")) this.collections.delete(key);
    }
    return true;
  }
  members(collection) {
    return (this.collections.get(collection) ?? /* @__PURE__ */ new Map()).entries();
  }
  count(collection) {
    return this.collections.get(collection)?.size ?? 0;
  }
  clear() {
    this.collections.clear();
  }
  /** Every stored resource by path (values are copies). */
  dump() {
    const out = {};
    for (const [collection, members] of this.collections) {
      for (const [id, entry] of members) setOwn(out, memberPath(collection, id), structuredClone(entry.value));
    }
    return out;
  }
}
function compile(template) {
  const params = [];
  let literals = 0;
  const source = template.split("/").map((segment) => {
    const param = /^\{([^}]+)\}$/.exec(segment);
    if (param) {
      params.push(param[1]);
      return "([^/]+)";
    }
    literals++;
    return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }).join("/");
  return { regex: new RegExp(`^${source}/?$`), params, literals };
}
class MockRouter {
  routes = [];
  basePaths;
  constructor(spec) {
    const byTemplate = /* @__PURE__ */ new Map();
    for (const op of spec.operations) {
      let route = byTemplate.get(op.template);
      if (!route) {
        route = { ...compile(op.template), byMethod: /* @__PURE__ */ new Map() };
        byTemplate.set(op.template, route);
        this.routes.push(route);
      }
      route.byMethod.set(op.method, op);
    }
    this.routes.sort((a, b) => b.literals - a.literals);
    this.basePaths = [...spec.basePaths].sort((a, b) => b.length - a.length);
  }
  match(method, pathname) {
    let sawMethods;
    for (const basePath of this.basePaths) {
      if (basePath && pathname !== basePath && !pathname.startsWith(basePath + "/")) continue;
      const rest = pathname.slice(basePath.length) || "/";
      for (const route of this.routes) {
        const m = route.regex.exec(rest);
        if (!m) continue;
        const served = [...route.byMethod.values()].filter((op) => op.basePaths.includes(basePath));
        if (!served.length) continue;
        const operation = served.find((op) => op.method === method);
        if (!operation) {
          sawMethods ??= served.map((op) => op.method);
          continue;
        }
        const params = {};
        let bad = false;
        route.params.forEach((name, i) => {
          try {
            setOwn(params, name, decodeURIComponent(m[i + 1]));
          } catch {
            bad = true;
          }
        });
        if (bad) continue;
        return { kind: "operation", operation, params, basePath };
      }
    }
    return sawMethods ? { kind: "method", allow: sawMethods } : { kind: "unknown" };
  }
}
function fillTemplate(template, params) {
  return template.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(getOwn(params, name) ?? ""));
}
function claimsOf(token) {
  const parts = token.split(".");
  if (parts.length !== 3) return void 0;
  try {
    const text = atob(parts[1].replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(parts[1].length / 4) * 4, "="));
    const claims = JSON.parse(text);
    return claims !== null && typeof claims === "object" && !Array.isArray(claims) ? claims : void 0;
  } catch {
    return void 0;
  }
}
function callerFromToken(token) {
  const claims = token ? claimsOf(token) : void 0;
  if (!claims) return { id: "mock-caller", scopes: [] };
  const id = [claims.appid, claims.azp, claims.oid, claims.sub].find((v) => typeof v === "string") ?? "mock-caller";
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r) => typeof r === "string") : [];
  const scp = typeof claims.scp === "string" ? claims.scp.split(" ").filter(Boolean) : [];
  return { id, scopes: [...roles, ...scp] };
}
const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i;
const isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const connectorSchema = (value) => {
  const problems = [];
  const properties = isRecord(value) && Array.isArray(value.properties) ? value.properties.filter(isRecord) : [];
  const names = /* @__PURE__ */ new Map();
  const labels = /* @__PURE__ */ new Map();
  for (const p of properties) {
    const name = String(p.name);
    for (const n of [name, ...Array.isArray(p.aliases) ? p.aliases.map(String) : []]) {
      const key = n.toLowerCase();
      if (names.has(key)) problems.push(`The name '${n}' of property '${name}' is already used by property '${names.get(key)}'.`);
      else names.set(key, name);
    }
    for (const label of Array.isArray(p.labels) ? p.labels.map(String) : []) {
      if (labels.has(label)) problems.push(`The label '${label}' is used by both '${labels.get(label)}' and '${name}'.`);
      else labels.set(label, name);
    }
    if (p.isRefinable === true && p.isSearchable === true) problems.push(`Property '${name}' cannot be both refinable and searchable.`);
  }
  return problems;
};
const PRINCIPAL_KEYS = ["email", "entraDisplayName", "entraId", "externalId", "externalName", "tenantId", "upn"];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
function matchesType(type, v) {
  switch (type) {
    case "string":
      return typeof v === "string";
    case "int64":
      return typeof v === "number" && Number.isInteger(v);
    case "double":
      return typeof v === "number";
    case "boolean":
      return typeof v === "boolean";
    case "dateTime":
      return typeof v === "string" && ISO_DATE.test(v);
    case "principal":
      return isRecord(v) && Object.keys(v).every((k) => PRINCIPAL_KEYS.includes(k) || k.startsWith("@odata."));
    default: {
      const base = /^(.*)Collection$/.exec(type)?.[1];
      return base ? Array.isArray(v) && v.every((x) => matchesType(base, x)) : true;
    }
  }
}
const connectorItem = (value, registered) => {
  if (!isRecord(registered) || !Array.isArray(registered.properties)) return [];
  const byName = /* @__PURE__ */ new Map();
  for (const p of registered.properties.filter(isRecord)) {
    for (const n of [p.name, ...Array.isArray(p.aliases) ? p.aliases : []]) byName.set(String(n).toLowerCase(), p);
  }
  const bag = isRecord(value) && isRecord(value.properties) ? value.properties : {};
  const problems = [];
  for (const [key, v] of Object.entries(bag)) {
    if (key.includes("@")) continue;
    const p = byName.get(key.toLowerCase());
    if (!p) problems.push(`Property '${key}' is not in the connection's schema.`);
    else if (!matchesType(String(p.type), v)) problems.push(`Property '${key}' must be of type '${String(p.type)}'.`);
  }
  return problems;
};
const BUILTIN_BEHAVIOURS = {
  "graph-connector-schema": connectorSchema,
  "graph-connector-item": connectorItem
};
class MockEngine {
  constructor(spec, validators2, options) {
    this.spec = spec;
    this.validators = validators2;
    this.options = options;
    this.clock = options.clock ?? Date.now;
    this.behaviours = { ...BUILTIN_BEHAVIOURS, ...options.behaviours };
    this.reset();
  }
  spec;
  validators;
  options;
  store = new MockStore();
  clock;
  behaviours;
  ids;
  requestIds;
  draws;
  faults;
  faultBudget = Infinity;
  timers = [];
  reset() {
    const seed = this.options.seed ?? 1;
    this.ids = randomStream(seed, "ids");
    this.requestIds = randomStream(seed, "requests");
    this.draws = randomStream(seed, "faults");
    this.store.clear();
    this.timers = [];
    this.setFaults(this.options.faults);
    if (this.options.initialState) this.load(this.options.initialState);
  }
  setFaults(faults) {
    this.faults = faults;
    this.faultBudget = faults?.count ?? Infinity;
  }
  load(resources, owner) {
    for (const [path, value] of Object.entries(resources)) {
      const { collection, id } = splitPath(path);
      this.store.set(collection, id, { value: structuredClone(value), ...owner !== void 0 ? { owner } : {} });
    }
  }
  validator(name) {
    const v = name === void 0 ? void 0 : getOwn(this.validators, name);
    return typeof v === "function" ? v : void 0;
  }
  /** A behaviour by name (own entries only: a spec cannot name `toString` or `__proto__` into one). */
  behaviour(name) {
    return getOwn(this.behaviours, name);
  }
  resource(template) {
    const res = template === void 0 ? void 0 : getOwn(this.spec.resources, template);
    if (!res) throw new Error(`no resource '${String(template)}' in the mock spec`);
    return res;
  }
  /** Work due later (long-running operations); runs lazily, on the next request or `advance()`. */
  schedule(due, run) {
    this.timers.push({ due, run });
    this.timers.sort((a, b) => a.due - b.due);
  }
  advance() {
    const now = this.clock();
    while (this.timers.length && this.timers[0].due <= now) this.timers.shift().run();
  }
  timestamp() {
    return new Date(this.clock()).toISOString();
  }
  /**
   * OwnedBy rule: a caller whose token grants this operation only through the resource's "owned"
   * scopes sees the members it created or is listed in `sharedWith` of; everybody else sees all.
   */
  visible(res, entry, caller, op) {
    const own = res.ownership;
    if (!own || entry.owner === void 0 || entry.owner === caller.id || caller.scopes.length === 0) return true;
    const broad = caller.scopes.some((s) => !own.ownedScopes.includes(s) && (op.scopes.length === 0 || op.scopes.includes(s)));
    if (broad) return true;
    return own.sharedWith !== void 0 && listAt(entry.value, own.sharedWith).includes(caller.id);
  }
  /** Server-set properties of a new (or replaced) member; values already set are kept. */
  serverSet(res, value, existing2) {
    for (const [name, rule] of Object.entries(res.serverSet)) {
      if (name === res.key) continue;
      if (existing2 && Object.prototype.hasOwnProperty.call(existing2, name)) setOwn(value, name, existing2[name]);
      else if (rule.initial !== void 0) setOwn(value, name, structuredClone(rule.initial));
      else if (rule.mint === "uuid") setOwn(value, name, this.ids.uuid());
      else if (rule.mint === "timestamp") setOwn(value, name, this.timestamp());
    }
  }
}
function listAt(value, path) {
  let node = value;
  for (const key of path.split(".")) node = node !== null && typeof node === "object" ? getOwn(node, key) : void 0;
  return Array.isArray(node) ? node.map(String) : [];
}
const DEFAULT_MAX_BODY = 4 * 1024 * 1024;
function codeFor(engine, op, status) {
  return op?.errorCodes[status] ?? engine.spec.defaultErrorCodes[status] ?? "error";
}
async function authenticate(engine, op, request) {
  const header = request.headers.get("authorization");
  const token = header ? BEARER.exec(header.trim())?.[1] : void 0;
  let caller;
  const auth = engine.options.auth;
  if (op.secured && auth !== false) {
    const unauthorized = (message) => new MockError(401, codeFor(engine, op, 401), message, [], { "www-authenticate": "Bearer" });
    if (!header) throw unauthorized("Access token is empty.");
    if (!token) throw unauthorized("Access token is malformed: expected `Authorization: Bearer <token>`.");
    if (auth) {
      const verdict = await auth(token, request);
      if (verdict === false) throw unauthorized("Access token validation failure.");
      if (typeof verdict === "object") caller = verdict;
    }
  }
  const configured = engine.options.caller;
  caller ??= (typeof configured === "function" ? configured(request, token) : configured) ?? callerFromToken(token);
  if (op.secured && op.scopes.length && caller.scopes.length && !caller.scopes.some((s) => op.scopes.includes(s))) {
    throw new MockError(403, codeFor(engine, op, 403), `The token grants none of: ${op.scopes.join(", ")}.`);
  }
  return caller;
}
function scalar(type, text) {
  if ((type === "integer" || type === "number") && text.trim() !== "" && !Number.isNaN(Number(text))) return Number(text);
  if (type === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text;
}
function coerce(p, raw) {
  if (p.type === "array") return raw.flatMap((r) => r.split(",")).map((x) => scalar(p.items ?? "string", x));
  if (p.type === "object") {
    try {
      return JSON.parse(raw[raw.length - 1]);
    } catch {
      return raw[raw.length - 1];
    }
  }
  return scalar(p.type, raw[raw.length - 1]);
}
function issuesError(engine, op, where, issues) {
  const first = issues[0];
  const message = `Invalid ${where}${first ? `: ${first.path || "/"} ${first.message}` : ""}.`;
  return new MockError(
    400,
    codeFor(engine, op, 400),
    message,
    issues.slice(0, 20).map((i) => ({ code: i.keyword, message: i.message, target: `${where}${i.path}` }))
  );
}
function check(engine, op, where, validator, data) {
  if (!validator) return;
  const result = validator(data);
  if (!result.ok) throw issuesError(engine, op, where, result.issues);
}
function checkParameters(engine, op, params, url, request) {
  const parts = { path: {}, query: {}, header: {} };
  for (const p of op.params) {
    if (p.in === "path") {
      const raw = getOwn(params, p.name);
      if (raw !== void 0) setOwn(parts.path, p.name, scalar(p.type, raw));
    } else if (p.in === "query") {
      const raw = url.searchParams.getAll(p.name);
      if (raw.length) setOwn(parts.query, p.name, coerce(p, raw));
    } else {
      const raw = request.headers.get(p.name);
      if (raw !== null) setOwn(parts.header, p.name, coerce(p, [raw]));
    }
  }
  check(engine, op, "path", engine.validator(op.validators.path), parts.path);
  check(engine, op, "query", engine.validator(op.validators.query), parts.query);
  check(engine, op, "header", engine.validator(op.validators.header), parts.header);
}
async function readBody(engine, op, request) {
  if (!op.body) return void 0;
  const limit = op.maxBodyBytes ?? engine.options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const tooLarge = () => new MockError(413, codeFor(engine, op, 413), `The request body exceeds the limit of ${limit} bytes.`);
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > limit) throw tooLarge();
  if (bytes.byteLength === 0) {
    if (op.body.required) throw new MockError(400, codeFor(engine, op, 400), "A request body is required.");
    return void 0;
  }
  let value;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new MockError(400, codeFor(engine, op, 400), `The request body is not valid JSON: ${e.message}`);
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const name of op.body.readOnly) delete value[name];
  }
  check(engine, op, "body", engine.validator(op.validators.body), value);
  return value;
}
const FAULT_HEADER = "x-specgen-mock-fault";
function drawFault(engine, op, request) {
  const asked = request.headers.get(FAULT_HEADER);
  if (asked) {
    let latencyMs2 = 0;
    let kind2;
    for (const part of asked.split(",").map((s) => s.trim())) {
      const latency2 = /^latency=(\d+)$/.exec(part);
      if (latency2) latencyMs2 = Number(latency2[1]);
      else if (part === "throttle" || part === "unavailable" || part === "created-but-unavailable") kind2 = part;
    }
    return kind2 ? { latencyMs: latencyMs2, kind: kind2 } : { latencyMs: latencyMs2 };
  }
  const f = engine.faults;
  if (!f || f.operations && !f.operations.includes(op.operationId)) return { latencyMs: 0 };
  const latency = f.latencyMs;
  const latencyMs = latency === void 0 ? 0 : typeof latency === "number" ? latency : latency.min + engine.draws.next() * (latency.max - latency.min);
  if (engine.faultBudget <= 0) return { latencyMs };
  let kind;
  if (f.throttleRate && engine.draws.next() < f.throttleRate) kind = "throttle";
  else if (f.unavailableRate && engine.draws.next() < f.unavailableRate) kind = "unavailable";
  else if (op.idempotentCreate && f.createdButUnavailable && (f.createdButUnavailable === true || engine.draws.next() < f.createdButUnavailable)) kind = "created-but-unavailable";
  if (kind) engine.faultBudget--;
  return kind ? { latencyMs, kind } : { latencyMs };
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function target(engine, ctx) {
  const res = engine.resource(ctx.op.resource);
  if (res.kind === "singleton") return { res, ...splitPath(fillTemplate(res.template, ctx.params)) };
  return { res, collection: fillTemplate(res.template, ctx.params), id: ctx.op.keyParam ? getOwn(ctx.params, ctx.op.keyParam) ?? "" : "" };
}
function notFound(engine, op, label, id) {
  return new MockError(404, codeFor(engine, op, 404), `The ${label} '${id}' was not found.`);
}
function checkAncestors(engine, ctx) {
  for (const a of ctx.op.ancestors) {
    const res = engine.resource(a.collection);
    const id = getOwn(ctx.params, a.param) ?? "";
    const entry = engine.store.get(fillTemplate(a.collection, ctx.params), id);
    if (!entry || !engine.visible(res, entry, ctx.caller, ctx.op)) throw notFound(engine, ctx.op, res.label, id);
  }
}
function checkRequirements(engine, ctx) {
  for (const r of ctx.op.requires) {
    const entry = engine.store.getPath(fillTemplate(r.target, ctx.params));
    if (!entry) continue;
    const actual = getOwn(entry.value, r.property);
    if (!r.in.includes(actual)) {
      const label = engine.spec.resources[r.target.slice(0, r.target.lastIndexOf("/"))]?.label ?? "resource";
      throw new MockError(
        r.status,
        r.code,
        `The ${label}'s ${r.property} is '${String(actual)}'; this request needs ${r.in.map((v) => `'${String(v)}'`).join(" or ")}.`
      );
    }
  }
}
function runBehaviour(engine, ctx, value) {
  const v = ctx.op.validate;
  if (!v) return;
  const behaviour = engine.behaviour(v.behaviour);
  if (!behaviour) throw new Error(`unknown mock behaviour '${v.behaviour}'`);
  const registered = engine.store.getPath(fillTemplate(v.against, ctx.params))?.value;
  const problems = behaviour(value, registered);
  if (problems.length) {
    throw new MockError(400, codeFor(engine, ctx.op, 400), problems[0], problems.map((message) => ({ code: v.behaviour, message })));
  }
}
function select(ctx, value) {
  const wanted = ctx.op.select ? ctx.url.searchParams.get("$select") : null;
  if (!wanted) return value;
  const keys = new Set(wanted.split(",").map((s) => s.trim()));
  return Object.fromEntries(Object.entries(value).filter(([k]) => keys.has(k) || k.startsWith("@odata.")));
}
function answer(ctx, status, value) {
  return { status, ...ctx.op.hasBody && value ? { body: select(ctx, value) } : {}, headers: ctx.op.headers };
}
function create(engine, ctx) {
  const { res, collection } = target(engine, ctx);
  const body = isObj(ctx.body) ? ctx.body : {};
  const given = getOwn(body, res.key);
  const id = typeof given === "string" && given !== "" ? given : typeof given === "number" ? String(given) : engine.ids.uuid();
  if (engine.store.get(collection, id)) {
    throw new MockError(409, codeFor(engine, ctx.op, 409), `A ${res.label} with the id '${id}' already exists.`);
  }
  runBehaviour(engine, ctx, body);
  const value = { [res.key]: id, ...body };
  setOwn(value, res.key, id);
  engine.serverSet(res, value, void 0);
  engine.store.set(collection, id, { value, owner: ctx.caller.id });
  return answer(ctx, ctx.op.status, value);
}
function list(engine, ctx) {
  const { res, collection } = target(engine, ctx);
  const all = [];
  for (const [, entry] of engine.store.members(collection)) if (engine.visible(res, entry, ctx.caller, ctx.op)) all.push(entry.value);
  const top = Number(ctx.url.searchParams.get("$top"));
  const size = Math.max(1, Math.min(engine.options.pageSize ?? 100, top > 0 ? top : Infinity));
  const skip = Math.max(0, Number(ctx.url.searchParams.get("$skiptoken") ?? 0) || 0);
  const page = all.slice(skip, skip + size).map((v) => select(ctx, v));
  const paging = ctx.op.pagination ?? { items: "value", nextLink: "@odata.nextLink" };
  const body = { [paging.items]: page };
  if (skip + size < all.length) {
    const next = new URL(ctx.url.href);
    next.searchParams.set("$skiptoken", String(skip + size));
    setOwn(body, paging.nextLink, next.href);
  }
  return { status: ctx.op.status, body, headers: ctx.op.headers };
}
function existing(engine, ctx, res, collection, id) {
  const entry = engine.store.get(collection, id);
  return entry && engine.visible(res, entry, ctx.caller, ctx.op) ? entry : void 0;
}
function read(engine, ctx) {
  const { res, collection, id } = target(engine, ctx);
  const entry = existing(engine, ctx, res, collection, id);
  if (!entry) throw notFound(engine, ctx.op, res.label, id);
  return answer(ctx, ctx.op.status, entry.value);
}
function upsert(engine, ctx) {
  const { res, collection, id } = target(engine, ctx);
  const before = engine.store.get(collection, id);
  if (before && !engine.visible(res, before, ctx.caller, ctx.op)) throw notFound(engine, ctx.op, res.label, id);
  const body = isObj(ctx.body) ? ctx.body : {};
  runBehaviour(engine, ctx, body);
  const value = res.kind === "collection" ? { [res.key]: id, ...body } : { ...body };
  if (res.kind === "collection") setOwn(value, res.key, id);
  engine.serverSet(res, value, before?.value);
  engine.store.set(collection, id, { value, owner: before?.owner ?? ctx.caller.id });
  return answer(ctx, before ? ctx.op.status : ctx.op.createdStatus ?? ctx.op.status, value);
}
function update(engine, ctx) {
  const { res, collection, id } = target(engine, ctx);
  const before = existing(engine, ctx, res, collection, id);
  if (!before && res.kind === "collection") throw notFound(engine, ctx.op, res.label, id);
  const body = isObj(ctx.body) ? ctx.body : {};
  if (ctx.op.longRunning) return startLongRunning(engine, ctx, collection, id, body);
  const value = { ...before?.value, ...body };
  if (res.kind === "collection") setOwn(value, res.key, id);
  runBehaviour(engine, ctx, value);
  engine.serverSet(res, value, before?.value);
  engine.store.set(collection, id, { value, owner: before?.owner ?? ctx.caller.id });
  return answer(ctx, ctx.op.status, value);
}
function remove(engine, ctx) {
  const { res, collection, id } = target(engine, ctx);
  if (!existing(engine, ctx, res, collection, id)) throw notFound(engine, ctx.op, res.label, id);
  engine.store.delete(collection, id);
  return { status: ctx.op.status, headers: ctx.op.headers };
}
function startLongRunning(engine, ctx, collection, id, body) {
  const lr = ctx.op.longRunning;
  const statusCollection = fillTemplate(lr.statusCollection, ctx.params);
  const statusId = engine.ids.uuid();
  engine.store.set(statusCollection, statusId, { value: { id: statusId, [lr.statusProperty]: lr.pending }, owner: ctx.caller.id });
  const behaviour = lr.behaviour === void 0 ? void 0 : engine.behaviour(lr.behaviour);
  const problems = behaviour ? behaviour(body, engine.store.get(collection, id)?.value) : [];
  const params = { ...ctx.params };
  const owner = ctx.caller.id;
  engine.schedule(engine.clock() + (engine.options.longRunningDelayMs ?? lr.delayMs), () => {
    const status = engine.store.get(statusCollection, statusId);
    if (!status) return;
    if (problems.length) {
      setOwn(status.value, lr.statusProperty, lr.failed);
      if (lr.errorProperty) {
        setOwn(status.value, lr.errorProperty, { code: codeFor(engine, ctx.op, 400), message: problems.join(" "), details: problems.map((message) => ({ code: "invalidSchema", message })) });
      }
      return;
    }
    const before = engine.store.get(collection, id);
    engine.store.set(collection, id, { value: { ...before?.value, ...body }, owner: before?.owner ?? owner });
    setOwn(status.value, lr.statusProperty, lr.succeeded);
    for (const set of lr.onSucceeded) {
      const entry = engine.store.getPath(fillTemplate(set.target, params));
      if (entry) setOwn(entry.value, set.property, structuredClone(set.value));
    }
  });
  const location = `${ctx.url.origin}${ctx.basePath}${memberPath(statusCollection, statusId)}`;
  return { status: ctx.op.status, headers: { ...ctx.op.headers, [lr.locationHeader]: location } };
}
function example(engine, ctx) {
  const json = ctx.op.example === void 0 ? void 0 : engine.spec.examples[ctx.op.example];
  return { status: ctx.op.status, ...ctx.op.hasBody ? { json: json ?? "null" } : {}, headers: ctx.op.headers };
}
const ACTIONS = {
  create,
  list,
  read,
  upsert,
  update,
  delete: remove,
  example
};
function serialise(outcome, base) {
  const headers = { ...base, ...outcome.headers };
  const body = outcome.json ?? (outcome.body === void 0 ? void 0 : JSON.stringify(outcome.body));
  if (body === void 0) return { status: outcome.status, headers };
  return { status: outcome.status, headers: { ...headers, "content-type": "application/json" }, body };
}
function toResponse(answer2) {
  return new Response(answer2.body ?? null, { status: answer2.status, headers: answer2.headers });
}
function createMockRuntime(spec, validators2, options = {}) {
  const engine = new MockEngine(spec, validators2, options);
  const router = new MockRouter(spec);
  async function process(request) {
    const url = new URL(request.url);
    engine.advance();
    const match = router.match(request.method.toUpperCase(), url.pathname);
    if (match.kind === "unknown") throw new MockError(404, codeFor(engine, void 0, 404), `No resource at '${url.pathname}'.`);
    if (match.kind === "method") {
      throw new MockError(405, "MethodNotAllowed", `${request.method} is not allowed on '${url.pathname}'.`, [], { allow: match.allow.join(", ") });
    }
    const { operation: op, params, basePath } = match;
    const caller = await authenticate(engine, op, request);
    const fault = drawFault(engine, op, request);
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    const retryAfter = { "retry-after": String(engine.faults?.retryAfterSeconds ?? 1) };
    if (fault.kind === "throttle") throw new MockError(429, codeFor(engine, op, 429), "Too many requests. Retry after the interval in the Retry-After header.", [], retryAfter);
    if (fault.kind === "unavailable") throw new MockError(503, codeFor(engine, op, 503), "The service is temporarily unavailable. Try again later.", [], retryAfter);
    checkParameters(engine, op, params, url, request);
    const body = await readBody(engine, op, request);
    const ctx = { op, params, url, basePath, caller, body };
    checkAncestors(engine, ctx);
    checkRequirements(engine, ctx);
    const outcome = ACTIONS[op.action](engine, ctx);
    if (fault.kind === "created-but-unavailable") {
      throw new MockError(503, codeFor(engine, op, 503), "The service is temporarily unavailable. Try again later.", [], retryAfter);
    }
    return outcome;
  }
  async function answer2(request) {
    const requestId = engine.requestIds.uuid();
    const clientRequestId = request.headers.get("client-request-id") ?? requestId;
    const base = { "request-id": requestId, "client-request-id": clientRequestId };
    try {
      return serialise(await process(request), base);
    } catch (e) {
      const error = e instanceof MockError ? e : new MockError(500, "generalException", e instanceof Error ? e.message : String(e));
      return serialise({ status: error.status, body: errorBody(error, requestId, clientRequestId, engine.clock()), headers: error.headers }, base);
    }
  }
  const state = {
    dump: () => (engine.advance(), engine.store.dump()),
    load: (resources, o) => engine.load(resources, o?.owner),
    get: (path) => {
      engine.advance();
      const value = engine.store.getPath(path)?.value;
      return value && structuredClone(value);
    },
    put: (path, value, o) => engine.load({ [path]: value }, o?.owner),
    delete: (path) => {
      const { collection, id } = splitPath(path);
      return engine.store.delete(collection, id);
    },
    list: (collectionPath) => (engine.advance(), [...engine.store.members(collectionPath)].map(([, e]) => structuredClone(e.value)))
  };
  const controls = {
    spec,
    state,
    reset: () => engine.reset(),
    setFaults: (faults) => engine.setFaults(faults),
    advance: () => engine.advance()
  };
  return Object.assign(async (request) => toResponse(await answer2(request)), controls, { answer: answer2 });
}
const MOCK_RESOURCES = {
  "/external/connections": {
    "template": "/external/connections",
    "kind": "collection",
    "key": "id",
    "label": "connection",
    "serverSet": {
      "ingestedItemsCount": {
        "initial": null
      },
      "state": {
        "initial": "draft"
      }
    },
    "ownership": {
      "ownedScopes": [
        "ExternalConnection.ReadWrite.OwnedBy",
        "ExternalItem.ReadWrite.OwnedBy"
      ],
      "sharedWith": "configuration.authorizedAppIds"
    }
  },
  "/external/connections/{connectionId}/schema": {
    "template": "/external/connections/{connectionId}/schema",
    "kind": "singleton",
    "key": "id",
    "label": "schema",
    "serverSet": {
      "id": {
        "mint": "uuid"
      }
    }
  },
  "/external/connections/{connectionId}/operations": {
    "template": "/external/connections/{connectionId}/operations",
    "kind": "collection",
    "key": "id",
    "label": "operation",
    "serverSet": {
      "id": {
        "mint": "uuid"
      }
    }
  },
  "/external/connections/{connectionId}/items": {
    "template": "/external/connections/{connectionId}/items",
    "kind": "collection",
    "key": "id",
    "label": "item",
    "serverSet": {
      "id": {
        "mint": "uuid"
      }
    }
  },
  "/external/connections/{connectionId}/groups": {
    "template": "/external/connections/{connectionId}/groups",
    "kind": "collection",
    "key": "id",
    "label": "group",
    "serverSet": {}
  },
  "/external/connections/{connectionId}/groups/{groupId}/members": {
    "template": "/external/connections/{connectionId}/groups/{groupId}/members",
    "kind": "collection",
    "key": "id",
    "label": "member",
    "serverSet": {}
  },
  "/connections": {
    "template": "/connections",
    "kind": "collection",
    "key": "id",
    "label": "connection",
    "serverSet": {}
  },
  "/connectors": {
    "template": "/connectors",
    "kind": "collection",
    "key": "id",
    "label": "connector",
    "serverSet": {
      "id": {
        "mint": "uuid"
      }
    }
  }
};
const MOCK_EXAMPLES = [
  '{"value":[{"@odata.type":"#microsoft.graph.externalConnectors.externalActivityResult","type":"created","startDateTime":"2024-05-06T10:00:00Z","performedBy":{"type":"user","id":"e811976d-83df-4cbd-8b9b-5215b18aa874"},"error":null},{"@odata.type":"#microsoft.graph.externalConnectors.externalActivityResult","type":"viewed","startDateTime":"2024-05-06T10:05:00Z","performedBy":{"type":"user","id":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"},"error":null}]}',
  '{"itemsRemaining":7000}'
];
const MOCK_OPERATION_0 = {
  "operationId": "listConnections",
  "method": "GET",
  "template": "/external/connections",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.Read.All",
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "$select",
      "in": "query",
      "type": "array",
      "items": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "query": "validateListConnectionsQueryParameters",
    "header": "validateListConnectionsHeaderParameters"
  },
  "action": "list",
  "resource": "/external/connections",
  "ancestors": [],
  "status": 200,
  "hasBody": true,
  "headers": {},
  "pagination": {
    "items": "value",
    "nextLink": "@odata.nextLink"
  },
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": true
};
const MOCK_OPERATION_1 = {
  "operationId": "createConnection",
  "method": "POST",
  "template": "/external/connections",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "header": "validateCreateConnectionHeaderParameters",
    "body": "validateCreateConnectionRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": [
      "ingestedItemsCount",
      "state"
    ]
  },
  "action": "create",
  "resource": "/external/connections",
  "ancestors": [],
  "status": 201,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": true,
  "select": false
};
const MOCK_OPERATION_2 = {
  "operationId": "getConnection",
  "method": "GET",
  "template": "/external/connections/{connectionId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.Read.All",
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "$select",
      "in": "query",
      "type": "array",
      "items": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateGetConnectionPathParameters",
    "query": "validateGetConnectionQueryParameters",
    "header": "validateGetConnectionHeaderParameters"
  },
  "action": "read",
  "resource": "/external/connections",
  "keyParam": "connectionId",
  "ancestors": [],
  "status": 200,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": true
};
const MOCK_OPERATION_3 = {
  "operationId": "deleteConnection",
  "method": "DELETE",
  "template": "/external/connections/{connectionId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateDeleteConnectionPathParameters",
    "header": "validateDeleteConnectionHeaderParameters"
  },
  "action": "delete",
  "resource": "/external/connections",
  "keyParam": "connectionId",
  "ancestors": [],
  "status": 202,
  "hasBody": false,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_4 = {
  "operationId": "updateConnection",
  "method": "PATCH",
  "template": "/external/connections/{connectionId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateUpdateConnectionPathParameters",
    "header": "validateUpdateConnectionHeaderParameters",
    "body": "validateUpdateConnectionRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": []
  },
  "action": "update",
  "resource": "/external/connections",
  "keyParam": "connectionId",
  "ancestors": [],
  "status": 204,
  "hasBody": false,
  "headers": {},
  "requires": [
    {
      "target": "/external/connections/{connectionId}",
      "property": "state",
      "in": [
        "draft",
        "ready",
        "limitExceeded"
      ],
      "status": 400,
      "code": "invalidRequest"
    }
  ],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_5 = {
  "operationId": "getSchema",
  "method": "GET",
  "template": "/external/connections/{connectionId}/schema",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.Read.All",
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    },
    {
      "name": "Prefer",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateGetSchemaPathParameters",
    "header": "validateGetSchemaHeaderParameters"
  },
  "action": "read",
  "resource": "/external/connections/{connectionId}/schema",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 200,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_6 = {
  "operationId": "registerSchema",
  "method": "PATCH",
  "template": "/external/connections/{connectionId}/schema",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    },
    {
      "name": "Prefer",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateRegisterSchemaPathParameters",
    "header": "validateRegisterSchemaHeaderParameters",
    "body": "validateRegisterSchemaRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": [
      "id"
    ]
  },
  "action": "update",
  "resource": "/external/connections/{connectionId}/schema",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 202,
  "hasBody": false,
  "headers": {},
  "requires": [
    {
      "target": "/external/connections/{connectionId}",
      "property": "state",
      "in": [
        "draft",
        "ready"
      ],
      "status": 409,
      "code": "invalidRequest"
    }
  ],
  "longRunning": {
    "statusCollection": "/external/connections/{connectionId}/operations",
    "statusProperty": "status",
    "pending": "inprogress",
    "succeeded": "completed",
    "failed": "failed",
    "errorProperty": "error",
    "locationHeader": "Location",
    "delayMs": 1e3,
    "behaviour": "graph-connector-schema",
    "onSucceeded": [
      {
        "target": "/external/connections/{connectionId}",
        "property": "state",
        "value": "ready"
      }
    ]
  },
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_7 = {
  "operationId": "createConnectionOperation",
  "method": "POST",
  "template": "/external/connections/{connectionId}/operations",
  "basePaths": [
    "/beta"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateCreateConnectionOperationPathParameters",
    "header": "validateCreateConnectionOperationHeaderParameters",
    "body": "validateCreateConnectionOperationRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": [
      "id"
    ]
  },
  "action": "create",
  "resource": "/external/connections/{connectionId}/operations",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 201,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_8 = {
  "operationId": "getConnectionOperation",
  "method": "GET",
  "template": "/external/connections/{connectionId}/operations/{operationId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.Read.All",
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "operationId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "$select",
      "in": "query",
      "type": "array",
      "items": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateGetConnectionOperationPathParameters",
    "query": "validateGetConnectionOperationQueryParameters",
    "header": "validateGetConnectionOperationHeaderParameters"
  },
  "action": "read",
  "resource": "/external/connections/{connectionId}/operations",
  "keyParam": "operationId",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 200,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": true
};
const MOCK_OPERATION_9 = {
  "operationId": "getItem",
  "method": "GET",
  "template": "/external/connections/{connectionId}/items/{itemId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.Read.All",
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "itemId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateGetItemPathParameters",
    "header": "validateGetItemHeaderParameters"
  },
  "action": "read",
  "resource": "/external/connections/{connectionId}/items",
  "keyParam": "itemId",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 200,
  "hasBody": true,
  "headers": {},
  "requires": [
    {
      "target": "/external/connections/{connectionId}",
      "property": "state",
      "in": [
        "ready",
        "obsolete",
        "limitExceeded"
      ],
      "status": 400,
      "code": "invalidRequest"
    }
  ],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_10 = {
  "operationId": "putItem",
  "method": "PUT",
  "template": "/external/connections/{connectionId}/items/{itemId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "itemId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validatePutItemPathParameters",
    "header": "validatePutItemHeaderParameters",
    "body": "validatePutItemRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": [
      "id"
    ]
  },
  "maxBodyBytes": 4194304,
  "action": "upsert",
  "resource": "/external/connections/{connectionId}/items",
  "keyParam": "itemId",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 200,
  "hasBody": false,
  "headers": {},
  "requires": [
    {
      "target": "/external/connections/{connectionId}",
      "property": "state",
      "in": [
        "ready",
        "limitExceeded"
      ],
      "status": 409,
      "code": "invalidRequest"
    }
  ],
  "validate": {
    "behaviour": "graph-connector-item",
    "against": "/external/connections/{connectionId}/schema"
  },
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "409": "nameAlreadyExists",
    "413": "RequestEntityTooLarge",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_11 = {
  "operationId": "deleteItem",
  "method": "DELETE",
  "template": "/external/connections/{connectionId}/items/{itemId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "itemId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateDeleteItemPathParameters",
    "header": "validateDeleteItemHeaderParameters"
  },
  "action": "delete",
  "resource": "/external/connections/{connectionId}/items",
  "keyParam": "itemId",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 204,
  "hasBody": false,
  "headers": {},
  "requires": [
    {
      "target": "/external/connections/{connectionId}",
      "property": "state",
      "in": [
        "ready",
        "limitExceeded"
      ],
      "status": 400,
      "code": "invalidRequest"
    }
  ],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_12 = {
  "operationId": "addActivities",
  "method": "POST",
  "template": "/external/connections/{connectionId}/items/{itemId}/addActivities",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "itemId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateAddActivitiesPathParameters",
    "header": "validateAddActivitiesHeaderParameters",
    "body": "validateAddActivitiesRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": []
  },
  "action": "example",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    },
    {
      "collection": "/external/connections/{connectionId}/items",
      "param": "itemId"
    }
  ],
  "status": 200,
  "hasBody": true,
  "example": 0,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_13 = {
  "operationId": "createGroup",
  "method": "POST",
  "template": "/external/connections/{connectionId}/groups",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateCreateGroupPathParameters",
    "header": "validateCreateGroupHeaderParameters",
    "body": "validateCreateGroupRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": []
  },
  "action": "create",
  "resource": "/external/connections/{connectionId}/groups",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 201,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_14 = {
  "operationId": "getGroup",
  "method": "GET",
  "template": "/external/connections/{connectionId}/groups/{groupId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.Read.All",
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "groupId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateGetGroupPathParameters",
    "header": "validateGetGroupHeaderParameters"
  },
  "action": "read",
  "resource": "/external/connections/{connectionId}/groups",
  "keyParam": "groupId",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 200,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_15 = {
  "operationId": "deleteGroup",
  "method": "DELETE",
  "template": "/external/connections/{connectionId}/groups/{groupId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "groupId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateDeleteGroupPathParameters",
    "header": "validateDeleteGroupHeaderParameters"
  },
  "action": "delete",
  "resource": "/external/connections/{connectionId}/groups",
  "keyParam": "groupId",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 204,
  "hasBody": false,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_16 = {
  "operationId": "updateGroup",
  "method": "PATCH",
  "template": "/external/connections/{connectionId}/groups/{groupId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "groupId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateUpdateGroupPathParameters",
    "header": "validateUpdateGroupHeaderParameters",
    "body": "validateUpdateGroupRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": []
  },
  "action": "update",
  "resource": "/external/connections/{connectionId}/groups",
  "keyParam": "groupId",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 204,
  "hasBody": false,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_17 = {
  "operationId": "addGroupMember",
  "method": "POST",
  "template": "/external/connections/{connectionId}/groups/{groupId}/members",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "groupId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateAddGroupMemberPathParameters",
    "header": "validateAddGroupMemberHeaderParameters",
    "body": "validateAddGroupMemberRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": []
  },
  "action": "create",
  "resource": "/external/connections/{connectionId}/groups/{groupId}/members",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    },
    {
      "collection": "/external/connections/{connectionId}/groups",
      "param": "groupId"
    }
  ],
  "status": 201,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_18 = {
  "operationId": "removeGroupMember",
  "method": "DELETE",
  "template": "/external/connections/{connectionId}/groups/{groupId}/members/{memberId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "groupId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "memberId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateRemoveGroupMemberPathParameters",
    "header": "validateRemoveGroupMemberHeaderParameters"
  },
  "action": "delete",
  "resource": "/external/connections/{connectionId}/groups/{groupId}/members",
  "keyParam": "memberId",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    },
    {
      "collection": "/external/connections/{connectionId}/groups",
      "param": "groupId"
    }
  ],
  "status": 204,
  "hasBody": false,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_19 = {
  "operationId": "getQuota",
  "method": "GET",
  "template": "/external/connections/{connectionId}/quota",
  "basePaths": [
    "/beta"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "$select",
      "in": "query",
      "type": "array",
      "items": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateGetQuotaPathParameters",
    "query": "validateGetQuotaQueryParameters",
    "header": "validateGetQuotaHeaderParameters"
  },
  "action": "example",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 200,
  "hasBody": true,
  "example": 1,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": true
};
const MOCK_OPERATION_20 = {
  "operationId": "createConnectionLegacy",
  "method": "POST",
  "template": "/connections",
  "basePaths": [
    "/beta"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "header": "validateCreateConnectionLegacyHeaderParameters",
    "body": "validateCreateConnectionLegacyRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": []
  },
  "action": "create",
  "resource": "/connections",
  "ancestors": [],
  "status": 201,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_21 = {
  "operationId": "createConnector",
  "method": "POST",
  "template": "/connectors",
  "basePaths": [
    "/beta"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "header": "validateCreateConnectorHeaderParameters",
    "body": "validateCreateConnectorRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": [
      "id"
    ]
  },
  "action": "create",
  "resource": "/connectors",
  "ancestors": [],
  "status": 201,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_SPEC = {
  title: "Microsoft Graph external connectors",
  basePaths: ["/beta", "/v1.0"],
  origins: ["https://dod-graph.microsoft.us", "https://graph.microsoft.com", "https://graph.microsoft.us", "https://microsoftgraph.chinacloudapi.cn"],
  resources: MOCK_RESOURCES,
  operations: [
    MOCK_OPERATION_0,
    MOCK_OPERATION_1,
    MOCK_OPERATION_2,
    MOCK_OPERATION_3,
    MOCK_OPERATION_4,
    MOCK_OPERATION_5,
    MOCK_OPERATION_6,
    MOCK_OPERATION_7,
    MOCK_OPERATION_8,
    MOCK_OPERATION_9,
    MOCK_OPERATION_10,
    MOCK_OPERATION_11,
    MOCK_OPERATION_12,
    MOCK_OPERATION_13,
    MOCK_OPERATION_14,
    MOCK_OPERATION_15,
    MOCK_OPERATION_16,
    MOCK_OPERATION_17,
    MOCK_OPERATION_18,
    MOCK_OPERATION_19,
    MOCK_OPERATION_20,
    MOCK_OPERATION_21
  ],
  defaultErrorCodes: { "400": "invalidRequest", "401": "InvalidAuthenticationToken", "403": "accessDenied", "404": "itemNotFound", "409": "nameAlreadyExists", "413": "RequestEntityTooLarge", "429": "TooManyRequests", "503": "serviceNotAvailable" },
  examples: MOCK_EXAMPLES
};
function createMockHandler(options = {}) {
  return createMockRuntime(MOCK_SPEC, validators, options);
}
export {
  FAULT_HEADER,
  MOCK_SPEC,
  createMockHandler,
  createMockRuntime
};
