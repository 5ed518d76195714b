import { ACTIONS, checkAncestors, checkRequirements } from "./actions.js";
import { runBatch } from "./batch.js";
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
  async function process(request, matched, identified) {
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
    identified(caller);
    const method = request.method.toUpperCase();
    const early = engine.ledger.arrive(caller.id, method, url.pathname + url.search, engine.clock());
    if (early !== void 0 && engine.limiter) {
      throw new MockError(429, codeFor(engine, op, 429), `Too many requests: retry after the ${early} s the last Retry-After still asks for.`, [], { "retry-after": String(early) });
    }
    const admitted = engine.limiter?.admit(op, caller.id, method, url.pathname.slice(basePath.length), engine.clock());
    if (admitted && "retryAfterSeconds" in admitted) {
      engine.ledger.throttled++;
      throw new MockError(429, codeFor(engine, op, 429), `Too many requests for the '${admitted.budget}' budget. Retry after the interval in the Retry-After header.`, [], { "retry-after": String(admitted.retryAfterSeconds) });
    }
    try {
      const fault = drawFault(engine, op, request);
      if (fault.latencyMs > 0) await sleep(fault.latencyMs);
      const retryAfter = { "retry-after": String(engine.faults?.retryAfterSeconds ?? 1) };
      if (fault.kind === "throttle") throw new FaultError(429, codeFor(engine, op, 429), "Too many requests. Retry after the interval in the Retry-After header.", retryAfter);
      if (fault.kind === "unavailable") throw new FaultError(503, codeFor(engine, op, 503), "The service is temporarily unavailable. Try again later.", retryAfter);
      checkParameters(engine, op, params, url, request, raw);
      const body = await readBody(engine, op, request);
      if (op.action === "batch") {
        const result = await runBatch(engine, op, request, url, basePath, body, answer);
        const declared = op.responses.find((r) => r.code >= 200 && r.code < 300);
        const type = declared?.body?.type ?? "application/json";
        return { answer: { status: declared?.code ?? 200, headers: { ...declared?.headers, "content-type": type }, body: JSON.stringify(result) }, op, fault: false };
      }
      const ctx = { op, params, url, basePath, caller, body, ...fault.kind === "failed-operation" ? { failOperation: true } : {} };
      checkAncestors(engine, ctx);
      checkRequirements(engine, ctx);
      const outcome = ACTIONS[op.action](engine, ctx);
      if (ctx.headers) outcome.headers = { ...ctx.headers, ...outcome.headers };
      if (fault.kind === "created-but-unavailable") {
        throw new FaultError(503, codeFor(engine, op, 503), "The service is temporarily unavailable. Try again later.", retryAfter);
      }
      const poll = engine.pollRetryAfter(op, outcome.value);
      if (poll !== void 0) outcome.headers = { ...outcome.headers, "retry-after": String(poll) };
      return { answer: successAnswer(engine, op, url, outcome), op, fault: false };
    } finally {
      if (admitted && "release" in admitted) admitted.release();
    }
  }
  async function answer(request) {
    const requestId = engine.requestIds.uuid();
    const clientRequestId = request.headers.get("client-request-id") ?? requestId;
    const base = engine.profile.headers?.(request, requestId) ?? {};
    let op;
    let caller;
    let result;
    try {
      result = await process(request, (matched) => op = matched, (who) => caller = who);
    } catch (e) {
      const error = e instanceof MockError ? e : new MockError(500, codeFor(engine, op, 500), e instanceof Error ? e.message : String(e));
      const unchecked = e instanceof FaultError || !engine.profile.error && pickError(op, error.status).response === void 0;
      result = { answer: errorAnswer(engine, op, error, { requestId, clientRequestId }), op, fault: unchecked };
    }
    if (options.strict && result.op && !result.fault) checkAnswer(engine, result.op, result.answer);
    const wait = Number(result.answer.headers["retry-after"]);
    if (caller && wait > 0) {
      const url = new URL(request.url);
      engine.ledger.gave(caller.id, request.method.toUpperCase(), url.pathname + url.search, wait, engine.clock());
    }
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
    advance: () => engine.advance(),
    compliance: () => engine.ledger.report()
  };
  return Object.assign(async (request) => toResponse(await answer(request)), controls, { answer });
}
export {
  createMockRuntime
};
