/**
 * `createMockRuntime(spec, validators, options)`: a `(request: Request) => Promise<Response>` built
 * on web standards only, with test controls attached.
 */
import { ACTIONS, checkAncestors, checkRequirements, type ActionContext } from './actions.js';
import { MockEngine } from './engine.js';
import { MockError } from './errors.js';
import { drawFault, sleep } from './faults.js';
import type { MockFaults, MockOptions } from './options.js';
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
  async function process(request: Request, matched: (op: MockOperation) => void): Promise<{ answer: MockAnswer; op: MockOperation; fault: boolean }> {
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
    const fault = drawFault(engine, op, request);
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    const retryAfter = { 'retry-after': String(engine.faults?.retryAfterSeconds ?? 1) };
    if (fault.kind === 'throttle') throw new FaultError(429, codeFor(engine, op, 429), 'Too many requests. Retry after the interval in the Retry-After header.', retryAfter);
    if (fault.kind === 'unavailable') throw new FaultError(503, codeFor(engine, op, 503), 'The service is temporarily unavailable. Try again later.', retryAfter);
    checkParameters(engine, op, params, url, request, raw);
    const body = await readBody(engine, op, request);
    // Everything from here on is synchronous: no other request interleaves with this one's changes.
    const ctx: ActionContext = { op, params, url, basePath, caller, body };
    checkAncestors(engine, ctx);
    checkRequirements(engine, ctx);
    const outcome = ACTIONS[op.action](engine, ctx);
    if (fault.kind === 'created-but-unavailable') {
      throw new FaultError(503, codeFor(engine, op, 503), 'The service is temporarily unavailable. Try again later.', retryAfter);
    }
    return { answer: successAnswer(engine, op, url, outcome), op, fault: false };
  }

  async function answer(request: Request): Promise<MockAnswer> {
    const requestId = engine.requestIds.uuid();
    const clientRequestId = request.headers.get('client-request-id') ?? requestId;
    const base = engine.profile.headers?.(request, requestId) ?? {};
    let op: MockOperation | undefined;
    let result: { answer: MockAnswer; op: MockOperation | undefined; fault: boolean };
    try {
      result = await process(request, (matched) => (op = matched));
    } catch (e) {
      const error = e instanceof MockError ? e : new MockError(500, codeFor(engine, op, 500), e instanceof Error ? e.message : String(e));
      // Faults the user asked for, and errors of a status the operation declares nothing for (the
      // documented last resort: that status, no body), are not the mock breaking its spec.
      const unchecked = e instanceof FaultError || (!engine.profile.error && pickError(op, error.status).response === undefined);
      result = { answer: errorAnswer(engine, op, error, { requestId, clientRequestId }), op, fault: unchecked };
    }
    if (options.strict && result.op && !result.fault) checkAnswer(engine, result.op, result.answer);
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
  };
  return Object.assign(async (request: Request) => toResponse(await answer(request)), controls, { answer });
}
