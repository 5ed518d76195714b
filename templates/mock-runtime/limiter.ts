/**
 * Throttling as the spec's budgets say (`x-specgen-throttling`, MockSpec.throttling), and the
 * compliance ledger: every request that arrives before the `Retry-After` the mock gave it elapsed.
 *
 * A budget with a `rate` is a token bucket per key (the caller's id and/or the members its `per`
 * templates name in the request path), holding one second's worth and refilled continuously. A
 * write needs a whole token; a read may take the bucket down to `-rate * readHeadroom`, so when a
 * budget runs out writes are throttled first and reads keep passing a while longer. A budget with a
 * `concurrency` counts requests in flight per key. Either answers 429 with `Retry-After`.
 */
import type { MockBudget, MockOperation } from './spec.js';

/** What the limiter option accepts: on with the spec's budgets, or with some of them changed. */
export interface MockThrottling {
  /** Per budget name: a different rate or concurrency, or `false` to switch that budget off. */
  budgets?: Record<string, Partial<Pick<MockBudget, 'rate' | 'concurrency' | 'readHeadroom'>> | false>;
}

/** A request that came back before its `Retry-After` had elapsed. */
export interface MockViolation {
  /** Caller id (the app), method and URL path with query of the early request. */
  caller: string;
  method: string;
  url: string;
  /** When it arrived and when it was allowed back (ms since the epoch, the mock's clock). */
  at: number;
  allowedAt: number;
  /** How early it was (ms). */
  earlyMs: number;
}

/** What the ledger has seen: every `Retry-After` the mock gave, and every request that did not wait for it. */
export interface MockCompliance {
  /** Answers that carried a `Retry-After` (429, 503, pending long-running status). */
  retryAfterGiven: number;
  /** Requests answered 429 by the limiter's budgets (the faults' 429s are not counted here). */
  throttled: number;
  violations: MockViolation[];
}

/**
 * Timer slack: a client that sleeps exactly `Retry-After` seconds may wake a millisecond or two early
 * by the wall clock (timers and the clock are rounded differently); that is not an early request.
 */
export const LEDGER_GRACE_MS = 5;

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface Bucket {
  tokens: number;
  at: number;
}

/** A `per` entry, parsed once: the caller (`app`), or a member template's segments (`null` = a parameter). */
type Per = { app: true } | { segments: (string | null)[] };

function parsePer(per: string): Per {
  if (per === 'app') return { app: true };
  return { segments: per.split('/').map((s) => (s.startsWith('{') && s.endsWith('}') ? null : s)) };
}

/** The member path a template names in a request path's segments (`/a/{aId}` in `/a/1/b/2` -> `/a/1`), else undefined. */
function memberIn(want: (string | null)[], have: string[]): string | undefined {
  if (have.length < want.length) return undefined;
  let out = '';
  for (let i = 0; i < want.length; i++) {
    const w = want[i];
    const h = have[i]!;
    if (w === null ? h === '' : w !== h) return undefined;
    if (i > 0) out += `/${h}`;
  }
  return out;
}

export class Limiter {
  private readonly budgets: [string, MockBudget, Per[]][];
  private readonly buckets: Map<string, Bucket> = new Map();
  private readonly inFlight: Map<string, number> = new Map();

  constructor(spec: Record<string, MockBudget> | undefined, option: MockThrottling | true) {
    const changes = option === true ? {} : option.budgets ?? {};
    this.budgets = Object.entries(spec ?? {}).flatMap(([name, budget]): [string, MockBudget, Per[]][] => {
      const change = Object.prototype.hasOwnProperty.call(changes, name) ? changes[name] : undefined;
      return change === false ? [] : [[name, { ...budget, ...change }, budget.per.map(parsePer)]];
    });
  }

  /** Keys of the budgets this request counts against (undefined entries: the budget does not apply). */
  private keys(op: MockOperation, caller: string, path: string): { name: string; budget: MockBudget; key: string }[] {
    const out: { name: string; budget: MockBudget; key: string }[] = [];
    if (!op.budgets) return out;
    let segments: string[] | undefined;
    for (const [name, budget, pers] of this.budgets) {
      if (!op.budgets.includes(name)) continue;
      let key = name;
      let applies = true;
      for (const per of pers) {
        const part = 'app' in per ? caller : memberIn(per.segments, (segments ??= path.split('/')));
        if (part === undefined) {
          applies = false;
          break;
        }
        key += `\u0000${part}`;
      }
      if (applies) out.push({ name, budget, key });
    }
    return out;
  }

  /**
   * Admits the request (spending its tokens, counting it in flight) or says how long to wait.
   * `release` must be called once the request is answered when it was admitted.
   */
  admit(op: MockOperation, caller: string, method: string, path: string, now: number): { retryAfterSeconds: number; budget: string } | { release: () => void } {
    const keys = this.keys(op, caller, path);
    const write = WRITES.has(method);
    for (const { name, budget, key } of keys) {
      if (budget.concurrency !== undefined && (this.inFlight.get(key) ?? 0) >= budget.concurrency) return { retryAfterSeconds: 1, budget: name };
      if (budget.rate === undefined) continue;
      const b = this.bucket(key, budget.rate, now);
      const floor = write ? 1 : 1 - budget.rate * budget.readHeadroom;
      if (b.tokens < floor) return { retryAfterSeconds: Math.max(1, Math.ceil((floor - b.tokens) / budget.rate)), budget: name };
    }
    for (const { budget, key } of keys) {
      if (budget.rate !== undefined) this.bucket(key, budget.rate, now).tokens -= 1;
      if (budget.concurrency !== undefined) this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    }
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        for (const { budget, key } of keys) {
          if (budget.concurrency === undefined) continue;
          const n = (this.inFlight.get(key) ?? 1) - 1;
          if (n > 0) this.inFlight.set(key, n);
          else this.inFlight.delete(key);
        }
      },
    };
  }

  private bucket(key: string, rate: number, now: number): Bucket {
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, (b = { tokens: rate, at: now }));
    b.tokens = Math.min(rate, b.tokens + ((now - b.at) / 1000) * rate);
    b.at = now;
    return b;
  }
}

/** The compliance ledger: when each (caller, method, URL) may come back, and who did not wait. */
export class Ledger {
  private readonly notBefore: Map<string, number> = new Map();
  retryAfterGiven = 0;
  throttled = 0;
  violations: MockViolation[] = [];

  private static key(caller: string, method: string, url: string): string {
    return `${caller}\u0000${method}\u0000${url}`;
  }

  /** Records an arrival; an early one is a violation, answered with the seconds still to wait. */
  arrive(caller: string, method: string, url: string, now: number): number | undefined {
    const key = Ledger.key(caller, method, url);
    const allowedAt = this.notBefore.get(key);
    if (allowedAt === undefined) return undefined;
    if (now + LEDGER_GRACE_MS >= allowedAt) {
      this.notBefore.delete(key);
      return undefined;
    }
    this.violations.push({ caller, method, url, at: now, allowedAt, earlyMs: allowedAt - now });
    return Math.max(1, Math.ceil((allowedAt - now) / 1000));
  }

  /** Records a `Retry-After` given to this request. */
  gave(caller: string, method: string, url: string, seconds: number, now: number): void {
    this.retryAfterGiven++;
    const key = Ledger.key(caller, method, url);
    this.notBefore.set(key, Math.max(this.notBefore.get(key) ?? 0, now + seconds * 1000));
  }

  report(): MockCompliance {
    return { retryAfterGiven: this.retryAfterGiven, throttled: this.throttled, violations: this.violations.map((v) => ({ ...v })) };
  }

  clear(): void {
    this.notBefore.clear();
    this.retryAfterGiven = 0;
    this.throttled = 0;
    this.violations = [];
  }
}
