import { ACTIONS, checkAncestors, checkRequirements } from "./actions.js";
import { MockEngine } from "./engine.js";
import { errorBody, MockError } from "./errors.js";
import { drawFault, sleep } from "./faults.js";
import { authenticate, checkParameters, codeFor, readBody } from "./request.js";
import { MockRouter } from "./router.js";
import { splitPath } from "./store.js";
function serialise(outcome, base) {
  const headers = { ...base, ...outcome.headers };
  const body = outcome.json ?? (outcome.body === void 0 ? void 0 : JSON.stringify(outcome.body));
  if (body === void 0) return { status: outcome.status, headers };
  return { status: outcome.status, headers: { ...headers, "content-type": "application/json" }, body };
}
function toResponse(answer) {
  return new Response(answer.body ?? null, { status: answer.status, headers: answer.headers });
}
function createMockRuntime(spec, validators, options = {}) {
  const engine = new MockEngine(spec, validators, options);
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
  async function answer(request) {
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
  return Object.assign(async (request) => toResponse(await answer(request)), controls, { answer });
}
export {
  createMockRuntime
};
