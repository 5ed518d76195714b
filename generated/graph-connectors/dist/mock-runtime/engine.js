import { BUILTIN_BEHAVIOURS } from "./behaviours.js";
import { mintId } from "./ids.js";
import { Ledger, Limiter } from "./limiter.js";
import { profileOf } from "./profiles.js";
import { randomStream } from "./random.js";
import { getOwn, setOwn } from "./spec.js";
import { MockStore, splitPath } from "./store.js";
class MockEngine {
  constructor(spec, validators, options) {
    this.spec = spec;
    this.validators = validators;
    this.options = options;
    this.clock = options.clock ?? Date.now;
    this.behaviours = { ...BUILTIN_BEHAVIOURS, ...options.behaviours };
    this.profile = profileOf(spec.profile);
    for (const op of spec.operations) {
      if (op.longRunning?.retryAfterSeconds !== void 0) this.polled.set(op.longRunning.statusCollection, op.longRunning);
    }
    this.reset();
  }
  spec;
  validators;
  options;
  store = new MockStore();
  clock;
  behaviours;
  /** The spec's conventions profile (`{}`: the spec's own rules). */
  profile;
  /** Ids minted so far per collection template (the next id's counter). */
  minted = /* @__PURE__ */ new Map();
  ids;
  requestIds;
  draws;
  faults;
  faultBudget = Infinity;
  /** The limiter, when the `throttling` option turns it on. */
  limiter;
  /** Every `Retry-After` given and every request that came back before it elapsed. */
  ledger = new Ledger();
  /** Long-running operations by the collection template of their status resources (pending polls get `Retry-After`). */
  polled = /* @__PURE__ */ new Map();
  timers = [];
  reset() {
    const seed = this.options.seed ?? 1;
    this.ids = randomStream(seed, "ids");
    this.requestIds = randomStream(seed, "requests");
    this.draws = randomStream(seed, "faults");
    this.store.clear();
    this.minted.clear();
    this.timers = [];
    this.ledger.clear();
    this.limiter = this.options.throttling ? new Limiter(this.spec.throttling, this.options.throttling) : void 0;
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
  /**
   * A behaviour by name (own entries only: a spec cannot name `toString` or `__proto__` into one),
   * ready to call: it gets the mock's clock as `context.now`.
   */
  behaviour(name) {
    const b = getOwn(this.behaviours, name);
    return b && ((value, registered) => b(value, registered, { now: this.clock() }));
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
  /** `Retry-After` seconds for a read of a long-running operation's status that is still pending. */
  pollRetryAfter(op, value) {
    const lr = op.action === "read" && op.resource !== void 0 ? this.polled.get(op.resource) : void 0;
    if (!lr || value === null || typeof value !== "object") return void 0;
    return getOwn(value, lr.statusProperty) === lr.pending ? lr.retryAfterSeconds : void 0;
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
    const scopes = scopesOf(op, this.spec.securitySchemes);
    const broad = caller.scopes.some((s) => !own.ownedScopes.includes(s) && (scopes.length === 0 || scopes.includes(s)));
    if (broad) return true;
    return own.sharedWith !== void 0 && listAt(entry.value, own.sharedWith).includes(caller.id);
  }
  /**
   * A new member's id, minted from the id property's schema (MockResource.id), skipping ids the
   * collection already holds: the value as the schema types it (number or string).
   */
  mint(res, collection) {
    for (let tries = 0; tries < 1e4; tries++) {
      const n = this.minted.get(res.template) ?? 0;
      this.minted.set(res.template, n + 1);
      const id = mintId(res.id, n, () => this.ids.uuid());
      if (!this.store.get(collection, String(id))) return id;
    }
    throw new Error(`no free id left for ${res.label}`);
  }
  /** An id from a path (text) as the id property's schema types it. */
  keyValue(res, id) {
    return res.id.kind === "integer" && /^-?\d+$/.test(id) ? Number(id) : id;
  }
  /** Required properties the request left out, filled with valid values (MockResource.fill). */
  fill(res, value) {
    if (res.fill === void 0) return;
    const defaults = JSON.parse(this.spec.examples[res.fill] ?? "{}");
    for (const [name, v] of Object.entries(defaults)) if (!Object.prototype.hasOwnProperty.call(value, name)) setOwn(value, name, v);
  }
  /** Server-set properties of a new (or replaced) member; values already set are kept. */
  serverSet(res, value, existing) {
    for (const [name, rule] of Object.entries(res.serverSet)) {
      if (name === res.key) continue;
      if (existing && Object.prototype.hasOwnProperty.call(existing, name)) setOwn(value, name, existing[name]);
      else if (rule.initial !== void 0) setOwn(value, name, structuredClone(rule.initial));
      else if (rule.mint === "uuid") setOwn(value, name, this.ids.uuid());
      else if (rule.mint === "timestamp") setOwn(value, name, this.timestamp());
    }
  }
}
function scopesOf(op, schemes) {
  const scoped = (name) => {
    const type = getOwn(schemes, name)?.type;
    return type === "oauth2" || type === "openIdConnect";
  };
  return [...new Set(op.security.flatMap((alt) => alt.filter((r) => scoped(r.scheme)).flatMap((r) => r.scopes)))];
}
function listAt(value, path) {
  let node = value;
  for (const key of path.split(".")) node = node !== null && typeof node === "object" ? getOwn(node, key) : void 0;
  return Array.isArray(node) ? node.map(String) : [];
}
export {
  MockEngine,
  scopesOf
};
