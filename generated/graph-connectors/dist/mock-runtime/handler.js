import { ACTIONS, checkAncestors, checkRequirements } from "./actions.js";
import { MockEngine } from "./engine.js";
import { MockError } from "./errors.js";
import { drawFault, sleep } from "./faults.js";
import { authenticate, checkParameters, codeFor, readBody } from "./request.js";
import { checkAnswer, errorAnswer, pickError, successAnswer } from "./response.js";
import { MockRouter } from "./router.js";
import { splitPath } from "./store.js";
function toResponse(answer) {
  const body = answer.body === void 0 ? null : typeof answer.body === "string" ? answer.body : new Uint8Array(answer.body);
  return new Response(body, { status: answer.status, headers: answer.headers });
}
class FaultError extends MockError {
  constructor(status, code, message, headers) {
    super(status, code, message, [], headers);
  }
}
function createMockRuntime(spec, validators, options = {}) {
  const engine = new MockEngine(spec, validators, options);
  const router = new MockRouter(spec);
  async function process(request, matched) {
    const url = new URL(request.url);
    engine.advance();
    const match = router.match(request.method.toUpperCase(), url.pathname);
    if (match.kind === "unknown") throw new MockError(404, codeFor(engine, void 0, 404), `No resource at '${url.pathname}'.`);
    if (match.kind === "method") {
      throw new MockError(405, codeFor(engine, void 0, 405), `${request.method} is not allowed on '${url.pathname}'.`, [], { allow: match.allow.join(", ") });
    }
    const { operation: op, params, raw, basePath } = match;
    matched(op);
    const caller = await authenticate(engine, op, request, url);
    const fault = drawFault(engine, op, request);
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    const retryAfter = { "retry-after": String(engine.faults?.retryAfterSeconds ?? 1) };
    if (fault.kind === "throttle") throw new FaultError(429, codeFor(engine, op, 429), "Too many requests. Retry after the interval in the Retry-After header.", retryAfter);
    if (fault.kind === "unavailable") throw new FaultError(503, codeFor(engine, op, 503), "The service is temporarily unavailable. Try again later.", retryAfter);
    checkParameters(engine, op, params, url, request, raw);
    const body = await readBody(engine, op, request);
    const ctx = { op, params, url, basePath, caller, body };
    checkAncestors(engine, ctx);
    checkRequirements(engine, ctx);
    const outcome = ACTIONS[op.action](engine, ctx);
    if (fault.kind === "created-but-unavailable") {
      throw new FaultError(503, codeFor(engine, op, 503), "The service is temporarily unavailable. Try again later.", retryAfter);
    }
    return { answer: successAnswer(engine, op, url, outcome), op, fault: false };
  }
  async function answer(request) {
    const requestId = engine.requestIds.uuid();
    const clientRequestId = request.headers.get("client-request-id") ?? requestId;
    const base = engine.profile.headers?.(request, requestId) ?? {};
    let op;
    let result;
    try {
      result = await process(request, (matched) => op = matched);
    } catch (e) {
      const error = e instanceof MockError ? e : new MockError(500, codeFor(engine, op, 500), e instanceof Error ? e.message : String(e));
      const unchecked = e instanceof FaultError || !engine.profile.error && pickError(op, error.status).response === void 0;
      result = { answer: errorAnswer(engine, op, error, { requestId, clientRequestId }), op, fault: unchecked };
    }
    if (options.strict && result.op && !result.fault) checkAnswer(engine, result.op, result.answer);
    return { ...result.answer, headers: { ...base, ...result.answer.headers } };
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
