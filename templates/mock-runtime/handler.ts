/**
 * `createMockRuntime(spec, validators, options)`: a `(request: Request) => Promise<Response>` built
 * on web standards only, with test controls attached.
 */
import { ACTIONS, checkAncestors, checkRequirements, type ActionContext, type Outcome } from './actions.js';
import { MockEngine } from './engine.js';
import { errorBody, MockError } from './errors.js';
import { drawFault, sleep } from './faults.js';
import type { MockFaults, MockOptions } from './options.js';
import { authenticate, checkParameters, codeFor, readBody } from './request.js';
import { MockRouter } from './router.js';
import type { JsonObject, MockSpec } from './spec.js';
import { splitPath } from './store.js';

/** Reading and preloading state; paths are resource paths without base path (`/external/connections/abc`). */
export interface MockState {
  dump(): Record<string, JsonObject>;
  load(resources: Record<string, JsonObject>, options?: { owner?: string }): void;
  get(path: string): JsonObject | undefined;
  put(path: string, value: JsonObject, options?: { owner?: string }): void;
  delete(path: string): boolean;
  /** Members of a collection path, in insertion order. */
  list(collectionPath: string): JsonObject[];
}

export interface MockControls {
  readonly spec: MockSpec;
  readonly state: MockState;
  /** Empty the store, re-seed ids, restore `initialState` and the configured faults. */
  reset(): void;
  /** Replace the faults (undefined = none). */
  setFaults(faults: MockFaults | undefined): void;
  /** Run long-running transitions that are due by the clock (requests do this by themselves). */
  advance(): void;
}

/** An answer before it becomes a `Response` (adapters that write to their own transport use it directly). */
export interface MockAnswer {
  status: number;
  headers: Record<string, string>;
  /** JSON text, when the answer has a body. */
  body?: string;
}

export type MockHandler = ((request: Request) => Promise<Response>) & MockControls & {
  /** The same as calling the handler, without building a `Response`. */
  answer(request: Request): Promise<MockAnswer>;
};

function serialise(outcome: Outcome, base: Record<string, string>): MockAnswer {
  const headers = { ...base, ...outcome.headers };
  const body = outcome.json ?? (outcome.body === undefined ? undefined : JSON.stringify(outcome.body));
  if (body === undefined) return { status: outcome.status, headers };
  return { status: outcome.status, headers: { ...headers, 'content-type': 'application/json' }, body };
}

function toResponse(answer: MockAnswer): Response {
  return new Response(answer.body ?? null, { status: answer.status, headers: answer.headers });
}

export function createMockRuntime(spec: MockSpec, validators: Record<string, unknown>, options: MockOptions = {}): MockHandler {
  const engine = new MockEngine(spec, validators, options);
  const router = new MockRouter(spec);

  async function process(request: Request): Promise<Outcome> {
    const url = new URL(request.url);
    engine.advance();
    const match = router.match(request.method.toUpperCase(), url.pathname);
    if (match.kind === 'unknown') throw new MockError(404, codeFor(engine, undefined, 404), `No resource at '${url.pathname}'.`);
    if (match.kind === 'method') {
      throw new MockError(405, 'MethodNotAllowed', `${request.method} is not allowed on '${url.pathname}'.`, [], { allow: match.allow.join(', ') });
    }
    const { operation: op, params, basePath } = match;
    const caller = await authenticate(engine, op, request);
    const fault = drawFault(engine, op, request);
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    const retryAfter = { 'retry-after': String(engine.faults?.retryAfterSeconds ?? 1) };
    if (fault.kind === 'throttle') throw new MockError(429, codeFor(engine, op, 429), 'Too many requests. Retry after the interval in the Retry-After header.', [], retryAfter);
    if (fault.kind === 'unavailable') throw new MockError(503, codeFor(engine, op, 503), 'The service is temporarily unavailable. Try again later.', [], retryAfter);
    checkParameters(engine, op, params, url, request);
    const body = await readBody(engine, op, request);
    // Everything from here on is synchronous: no other request interleaves with this one's changes.
    const ctx: ActionContext = { op, params, url, basePath, caller, body };
    checkAncestors(engine, ctx);
    checkRequirements(engine, ctx);
    const outcome = ACTIONS[op.action](engine, ctx);
    if (fault.kind === 'created-but-unavailable') {
      throw new MockError(503, codeFor(engine, op, 503), 'The service is temporarily unavailable. Try again later.', [], retryAfter);
    }
    return outcome;
  }

  async function answer(request: Request): Promise<MockAnswer> {
    const requestId = engine.requestIds.uuid();
    const clientRequestId = request.headers.get('client-request-id') ?? requestId;
    const base = { 'request-id': requestId, 'client-request-id': clientRequestId };
    try {
      return serialise(await process(request), base);
    } catch (e) {
      const error = e instanceof MockError ? e : new MockError(500, 'generalException', e instanceof Error ? e.message : String(e));
      return serialise({ status: error.status, body: errorBody(error, requestId, clientRequestId, engine.clock()), headers: error.headers }, base);
    }
  }

  const state: MockState = {
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
    list: (collectionPath) => (engine.advance(), [...engine.store.members(collectionPath)].map(([, e]) => structuredClone(e.value))),
  };
  const controls: MockControls = {
    spec,
    state,
    reset: () => engine.reset(),
    setFaults: (faults) => engine.setFaults(faults),
    advance: () => engine.advance(),
  };
  return Object.assign(async (request: Request) => toResponse(await answer(request)), controls, { answer });
}
