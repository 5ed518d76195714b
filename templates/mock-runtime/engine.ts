/** The state a mock instance carries between requests: store, seeded streams, clock, timers, faults. */
import { BUILTIN_BEHAVIOURS } from './behaviours.js';
import { mintId } from './ids.js';
import { Ledger, Limiter } from './limiter.js';
import { profileOf, type MockProfile } from './profiles.js';
import type { MockBehaviour, MockCaller, MockFaults, MockOptions } from './options.js';
import { randomStream, type RandomStream } from './random.js';
import { getOwn, setOwn, type JsonObject, type MockLongRunning, type MockOperation, type MockResource, type MockSpec } from './spec.js';
import { MockStore, splitPath, type StoredEntry } from './store.js';

export type MockValidator = (data: unknown) => { ok: true; value: unknown } | { ok: false; issues: { path: string; keyword: string; message: string }[] };

export class MockEngine {
  readonly store: MockStore = new MockStore();
  readonly clock: () => number;
  readonly behaviours: Record<string, MockBehaviour>;
  /** The spec's conventions profile (`{}`: the spec's own rules). */
  readonly profile: MockProfile;
  /** Ids minted so far per collection template (the next id's counter). */
  private minted: Map<string, number> = new Map();
  ids!: RandomStream;
  requestIds!: RandomStream;
  draws!: RandomStream;
  faults: MockFaults | undefined;
  faultBudget: number = Infinity;
  /** The limiter, when the `throttling` option turns it on. */
  limiter: Limiter | undefined;
  /** Every `Retry-After` given and every request that came back before it elapsed. */
  readonly ledger: Ledger = new Ledger();
  /** Long-running operations by the collection template of their status resources (pending polls get `Retry-After`). */
  private readonly polled: Map<string, MockLongRunning> = new Map();
  private timers: { due: number; run: () => void }[] = [];

  constructor(readonly spec: MockSpec, private readonly validators: Record<string, unknown>, readonly options: MockOptions) {
    this.clock = options.clock ?? Date.now;
    this.behaviours = { ...BUILTIN_BEHAVIOURS, ...options.behaviours };
    this.profile = profileOf(spec.profile);
    for (const op of spec.operations) {
      if (op.longRunning?.retryAfterSeconds !== undefined) this.polled.set(op.longRunning.statusCollection, op.longRunning);
    }
    this.reset();
  }

  reset(): void {
    const seed = this.options.seed ?? 1;
    this.ids = randomStream(seed, 'ids');
    this.requestIds = randomStream(seed, 'requests');
    this.draws = randomStream(seed, 'faults');
    this.store.clear();
    this.minted.clear();
    this.timers = [];
    this.ledger.clear();
    this.limiter = this.options.throttling ? new Limiter(this.spec.throttling, this.options.throttling) : undefined;
    this.setFaults(this.options.faults);
    if (this.options.initialState) this.load(this.options.initialState);
  }

  setFaults(faults: MockFaults | undefined): void {
    this.faults = faults;
    this.faultBudget = faults?.count ?? Infinity;
  }

  load(resources: Record<string, JsonObject>, owner?: string): void {
    for (const [path, value] of Object.entries(resources)) {
      const { collection, id } = splitPath(path);
      this.store.set(collection, id, { value: structuredClone(value), ...(owner !== undefined ? { owner } : {}) });
    }
  }

  validator(name: string | undefined): MockValidator | undefined {
    const v = name === undefined ? undefined : getOwn(this.validators, name);
    return typeof v === 'function' ? (v as MockValidator) : undefined;
  }

  /**
   * A behaviour by name (own entries only: a spec cannot name `toString` or `__proto__` into one),
   * ready to call: it gets the mock's clock as `context.now`.
   */
  behaviour(name: string): ((value: unknown, registered: unknown) => string[]) | undefined {
    const b = getOwn(this.behaviours, name);
    return b && ((value, registered) => b(value, registered, { now: this.clock() }));
  }

  resource(template: string | undefined): MockResource {
    const res = template === undefined ? undefined : getOwn(this.spec.resources, template);
    if (!res) throw new Error(`no resource '${String(template)}' in the mock spec`);
    return res;
  }

  /** Work due later (long-running operations); runs lazily, on the next request or `advance()`. */
  schedule(due: number, run: () => void): void {
    this.timers.push({ due, run });
    this.timers.sort((a, b) => a.due - b.due);
  }

  advance(): void {
    const now = this.clock();
    while (this.timers.length && this.timers[0]!.due <= now) this.timers.shift()!.run();
  }

  /** `Retry-After` seconds for a read of a long-running operation's status that is still pending. */
  pollRetryAfter(op: MockOperation, value: unknown): number | undefined {
    const lr = op.action === 'read' && op.resource !== undefined ? this.polled.get(op.resource) : undefined;
    if (!lr || value === null || typeof value !== 'object') return undefined;
    return getOwn(value as JsonObject, lr.statusProperty) === lr.pending ? lr.retryAfterSeconds : undefined;
  }

  timestamp(): string {
    return new Date(this.clock()).toISOString();
  }

  /**
   * OwnedBy rule: a caller whose token grants this operation only through the resource's "owned"
   * scopes sees the members it created or is listed in `sharedWith` of; everybody else sees all.
   */
  visible(res: MockResource, entry: StoredEntry, caller: MockCaller, op: MockOperation): boolean {
    const own = res.ownership;
    if (!own || entry.owner === undefined || entry.owner === caller.id || caller.scopes.length === 0) return true;
    const scopes = scopesOf(op, this.spec.securitySchemes);
    const broad = caller.scopes.some((s) => !own.ownedScopes.includes(s) && (scopes.length === 0 || scopes.includes(s)));
    if (broad) return true;
    return own.sharedWith !== undefined && listAt(entry.value, own.sharedWith).includes(caller.id);
  }

  /**
   * A new member's id, minted from the id property's schema (MockResource.id), skipping ids the
   * collection already holds: the value as the schema types it (number or string).
   */
  mint(res: MockResource, collection: string): string | number {
    for (let tries = 0; tries < 10_000; tries++) {
      const n = this.minted.get(res.template) ?? 0;
      this.minted.set(res.template, n + 1);
      const id = mintId(res.id, n, () => this.ids.uuid());
      if (!this.store.get(collection, String(id))) return id;
    }
    throw new Error(`no free id left for ${res.label}`);
  }

  /** An id from a path (text) as the id property's schema types it. */
  keyValue(res: MockResource, id: string): string | number {
    return res.id.kind === 'integer' && /^-?\d+$/.test(id) ? Number(id) : id;
  }

  /** Required properties the request left out, filled with valid values (MockResource.fill). */
  fill(res: MockResource, value: JsonObject): void {
    if (res.fill === undefined) return;
    const defaults = JSON.parse(this.spec.examples[res.fill] ?? '{}') as JsonObject;
    for (const [name, v] of Object.entries(defaults)) if (!Object.prototype.hasOwnProperty.call(value, name)) setOwn(value, name, v);
  }

  /** Server-set properties of a new (or replaced) member; values already set are kept. */
  serverSet(res: MockResource, value: JsonObject, existing: JsonObject | undefined): void {
    for (const [name, rule] of Object.entries(res.serverSet)) {
      if (name === res.key) continue;
      if (existing && Object.prototype.hasOwnProperty.call(existing, name)) setOwn(value, name, existing[name]);
      else if (rule.initial !== undefined) setOwn(value, name, structuredClone(rule.initial));
      else if (rule.mint === 'uuid') setOwn(value, name, this.ids.uuid());
      else if (rule.mint === 'timestamp') setOwn(value, name, this.timestamp());
    }
  }
}

/** Scopes any one of which grants the operation (those of its oauth2 / openIdConnect requirements). */
export function scopesOf(op: MockOperation, schemes: MockSpec['securitySchemes']): string[] {
  const scoped = (name: string) => {
    const type = getOwn(schemes, name)?.type;
    return type === 'oauth2' || type === 'openIdConnect';
  };
  return [...new Set(op.security.flatMap((alt) => alt.filter((r) => scoped(r.scheme)).flatMap((r) => r.scopes)))];
}

/** The array at a dotted property path (`configuration.authorizedAppIds`), as strings. */
function listAt(value: unknown, path: string): string[] {
  let node = value;
  for (const key of path.split('.')) node = node !== null && typeof node === 'object' ? getOwn(node as JsonObject, key) : undefined;
  return Array.isArray(node) ? node.map(String) : [];
}
