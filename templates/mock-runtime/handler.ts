/**
 * `createMockRuntime(spec, validators, options)`: a `(request: Request) => Promise<Response>` built
 * on web standards only, with test controls attached.
 */
import { ACTIONS, checkAncestors, checkRequirements, type ActionContext } from './actions.js';
import { runBatch } from './batch.js';
import { MockEngine } from './engine.js';
import { MockError } from './errors.js';
import { drawFault, sleep } from './faults.js';
import type { MockCompliance } from './limiter.js';
import type { MockCaller, MockFaults, MockOptions } from './options.js';
import { authenticate, checkParameters, codeFor, readBody } from './request.js';
import { checkAnswer, errorAnswer, pickError, successAnswer, type MockAnswer } from './response.js';
import { MockRouter } from './router.js';
import type { JsonObject, MockOperation, MockSpec } from './spec.js';
import { splitPath } from './store.js';

export type { MockAnswer } from './response.js';

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
  /**
   * The compliance ledger since the last `reset()`: how many `Retry-After`s the mock gave, how many
   * requests its budgets throttled, and every request that came back before its `Retry-After` had
   * elapsed (same caller, method and URL).
   */
  compliance(): MockCompliance;
}

export type MockHandler = ((request: Request) => Promise<Response>) & MockControls & {
  /** The same as calling the handler, without building a `Response`. */
  answer(request: Request): Promise<MockAnswer>;
};

function toResponse(answer: MockAnswer): Response {
  const body = answer.body === undefined ? null : typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body);
  return new Response(body, { status: answer.status, headers: answer.headers });
}

/** An error the configured faults asked for (strict mode does not hold it to the spec). */
class FaultError extends MockError {
  constructor(status: number, code: string, message: string, headers: Record<string, string>) {
    super(status, code, message, [], headers);
  }
}

export function createMockRuntime(spec: MockSpec, validators: Record<string, unknown>, options: MockOptions = {}): MockHandler {
  const engine = new MockEngine(spec, validators, options);
  const router = new MockRouter(spec);

  /** The operation's answer; `fault` marks answers the user's faults asked for (strict mode lets them through). */
  async function process(request: Request, matched: (op: MockOperation) => void, identified: (caller: MockCaller) => void): Promise<{ answer: MockAnswer; op: MockOperation; fault: boolean }> {
    const url = new URL(request.url);
    engine.advance();
    const match = router.match(request.method.toUpperCase(), url.pathname);
    if (match.kind === 'unknown') throw new MockError(404, codeFor(engine, undefined, 404), `No resource at '${url.pathname}'.`);
    if (match.kind === 'method') {
      throw new MockError(405, codeFor(engine, undefined, 405), `${request.method} is not allowed on '${url.pathname}'.`, [], { allow: match.allow.join(', ') });
    }
    const { operation: op, params, raw, basePath } = match;
    matched(op);
    const caller = await authenticate(engine, op, request, url);
    identified(caller);
    const method = request.method.toUpperCase();
    const early = engine.ledger.arrive(caller.id, method, url.pathname + url.search, engine.clock());
    if (early !== undefined && engine.limiter) {
      throw new MockError(429, codeFor(engine, op, 429), `Too many requests: retry after the ${early} s the last Retry-After still asks for.`, [], { 'retry-after': String(early) });
    }
    const admitted = engine.limiter?.admit(op, caller.id, method, url.pathname.slice(basePath.length), engine.clock());
    if (admitted && 'retryAfterSeconds' in admitted) {
      engine.ledger.throttled++;
      throw new MockError(429, codeFor(engine, op, 429), `Too many requests for the '${admitted.budget}' budget. Retry after the interval in the Retry-After header.`, [], { 'retry-after': String(admitted.retryAfterSeconds) });
    }
    try {
      const fault = drawFault(engine, op, request);
      if (fault.latencyMs > 0) await sleep(fault.latencyMs);
      const retryAfter = { 'retry-after': String(engine.faults?.retryAfterSeconds ?? 1) };
      if (fault.kind === 'throttle') throw new FaultError(429, codeFor(engine, op, 429), 'Too many requests. Retry after the interval in the Retry-After header.', retryAfter);
      if (fault.kind === 'unavailable') throw new FaultError(503, codeFor(engine, op, 503), 'The service is temporarily unavailable. Try again later.', retryAfter);
      checkParameters(engine, op, params, url, request, raw);
      const body = await readBody(engine, op, request);
      if (op.action === 'batch') {
        const result = await runBatch(engine, op, request, url, basePath, body, answer);
        const declared = op.responses.find((r) => r.code >= 200 && r.code < 300);
        const type = declared?.body?.type ?? 'application/json';
        return { answer: { status: declared?.code ?? 200, headers: { ...declared?.headers, 'content-type': type }, body: JSON.stringify(result) }, op, fault: false };
      }
      // Everything from here on is synchronous: no other request interleaves with this one's changes.
      const ctx: ActionContext = { op, params, url, basePath, caller, body, ...(fault.kind === 'failed-operation' ? { failOperation: true } : {}) };
      checkAncestors(engine, ctx);
      checkRequirements(engine, ctx);
      const outcome = ACTIONS[op.action](engine, ctx);
      if (ctx.headers) outcome.headers = { ...ctx.headers, ...outcome.headers };
      if (fault.kind === 'created-but-unavailable') {
        throw new FaultError(503, codeFor(engine, op, 503), 'The service is temporarily unavailable. Try again later.', retryAfter);
      }
      const poll = engine.pollRetryAfter(op, outcome.value);
      if (poll !== undefined) outcome.headers = { ...outcome.headers, 'retry-after': String(poll) };
      return { answer: successAnswer(engine, op, url, outcome), op, fault: false };
    } finally {
      if (admitted && 'release' in admitted) admitted.release();
    }
  }

  async function answer(request: Request): Promise<MockAnswer> {
    const requestId = engine.requestIds.uuid();
    const clientRequestId = request.headers.get('client-request-id') ?? requestId;
    const base = engine.profile.headers?.(request, requestId) ?? {};
    let op: MockOperation | undefined;
    let caller: MockCaller | undefined;
    let result: { answer: MockAnswer; op: MockOperation | undefined; fault: boolean };
    try {
      result = await process(request, (matched) => (op = matched), (who) => (caller = who));
    } catch (e) {
      const error = e instanceof MockError ? e : new MockError(500, codeFor(engine, op, 500), e instanceof Error ? e.message : String(e));
      // Faults the user asked for, and errors of a status the operation declares nothing for (the
      // documented last resort: that status, no body), are not the mock breaking its spec.
      const unchecked = e instanceof FaultError || (!engine.profile.error && pickError(op, error.status).response === undefined);
      result = { answer: errorAnswer(engine, op, error, { requestId, clientRequestId }), op, fault: unchecked };
    }
    if (options.strict && result.op && !result.fault) checkAnswer(engine, result.op, result.answer);
    const wait = Number(result.answer.headers['retry-after']);
    if (caller && wait > 0) {
      const url = new URL(request.url);
      engine.ledger.gave(caller.id, request.method.toUpperCase(), url.pathname + url.search, wait, engine.clock());
    }
    return { ...result.answer, headers: { ...base, ...result.answer.headers } };
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
    compliance: () => engine.ledger.report(),
  };
  return Object.assign(async (request: Request) => toResponse(await answer(request)), controls, { answer });
}
