const LEDGER_GRACE_MS = 5;
const WRITES = /* @__PURE__ */ new Set(["POST", "PUT", "PATCH", "DELETE"]);
function parsePer(per) {
  if (per === "app") return { app: true };
  return { segments: per.split("/").map((s) => s.startsWith("{") && s.endsWith("}") ? null : s) };
}
function memberIn(want, have) {
  if (have.length < want.length) return void 0;
  let out = "";
  for (let i = 0; i < want.length; i++) {
    const w = want[i];
    const h = have[i];
    if (w === null ? h === "" : w !== h) return void 0;
    if (i > 0) out += `/${h}`;
  }
  return out;
}
class Limiter {
  budgets;
  buckets = /* @__PURE__ */ new Map();
  inFlight = /* @__PURE__ */ new Map();
  constructor(spec, option) {
    const changes = option === true ? {} : option.budgets ?? {};
    this.budgets = Object.entries(spec ?? {}).flatMap(([name, budget]) => {
      const change = Object.prototype.hasOwnProperty.call(changes, name) ? changes[name] : void 0;
      return change === false ? [] : [[name, { ...budget, ...change }, budget.per.map(parsePer)]];
    });
  }
  /** Keys of the budgets this request counts against (undefined entries: the budget does not apply). */
  keys(op, caller, path) {
    const out = [];
    if (!op.budgets) return out;
    let segments;
    for (const [name, budget, pers] of this.budgets) {
      if (!op.budgets.includes(name)) continue;
      let key = name;
      let applies = true;
      for (const per of pers) {
        const part = "app" in per ? caller : memberIn(per.segments, segments ??= path.split("/"));
        if (part === void 0) {
          applies = false;
          break;
        }
        key += `\0${part}`;
      }
      if (applies) out.push({ name, budget, key });
    }
    return out;
  }
  /**
   * Admits the request (spending its tokens, counting it in flight) or says how long to wait.
   * `release` must be called once the request is answered when it was admitted.
   */
  admit(op, caller, method, path, now) {
    const keys = this.keys(op, caller, path);
    const write = WRITES.has(method);
    for (const { name, budget, key } of keys) {
      if (budget.concurrency !== void 0 && (this.inFlight.get(key) ?? 0) >= budget.concurrency) return { retryAfterSeconds: 1, budget: name };
      if (budget.rate === void 0) continue;
      const b = this.bucket(key, budget.rate, now);
      const floor = write ? 1 : 1 - budget.rate * budget.readHeadroom;
      if (b.tokens < floor) return { retryAfterSeconds: Math.max(1, Math.ceil((floor - b.tokens) / budget.rate)), budget: name };
    }
    for (const { budget, key } of keys) {
      if (budget.rate !== void 0) this.bucket(key, budget.rate, now).tokens -= 1;
      if (budget.concurrency !== void 0) this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    }
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        for (const { budget, key } of keys) {
          if (budget.concurrency === void 0) continue;
          const n = (this.inFlight.get(key) ?? 1) - 1;
          if (n > 0) this.inFlight.set(key, n);
          else this.inFlight.delete(key);
        }
      }
    };
  }
  bucket(key, rate, now) {
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, b = { tokens: rate, at: now });
    b.tokens = Math.min(rate, b.tokens + (now - b.at) / 1e3 * rate);
    b.at = now;
    return b;
  }
}
class Ledger {
  notBefore = /* @__PURE__ */ new Map();
  retryAfterGiven = 0;
  throttled = 0;
  violations = [];
  static key(caller, method, url) {
    return `${caller}\0${method}\0${url}`;
  }
  /** Records an arrival; an early one is a violation, answered with the seconds still to wait. */
  arrive(caller, method, url, now) {
    const key = Ledger.key(caller, method, url);
    const allowedAt = this.notBefore.get(key);
    if (allowedAt === void 0) return void 0;
    if (now + LEDGER_GRACE_MS >= allowedAt) {
      this.notBefore.delete(key);
      return void 0;
    }
    this.violations.push({ caller, method, url, at: now, allowedAt, earlyMs: allowedAt - now });
    return Math.max(1, Math.ceil((allowedAt - now) / 1e3));
  }
  /** Records a `Retry-After` given to this request. */
  gave(caller, method, url, seconds, now) {
    this.retryAfterGiven++;
    const key = Ledger.key(caller, method, url);
    this.notBefore.set(key, Math.max(this.notBefore.get(key) ?? 0, now + seconds * 1e3));
  }
  report() {
    return { retryAfterGiven: this.retryAfterGiven, throttled: this.throttled, violations: this.violations.map((v) => ({ ...v })) };
  }
  clear() {
    this.notBefore.clear();
    this.retryAfterGiven = 0;
    this.throttled = 0;
    this.violations = [];
  }
}
export {
  LEDGER_GRACE_MS,
  Ledger,
  Limiter
};
