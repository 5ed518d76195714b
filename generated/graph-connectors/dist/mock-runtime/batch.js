import { MockError } from "./errors.js";
import { codeFor } from "./request.js";
import { errorAnswer } from "./response.js";
const METHODS = /* @__PURE__ */ new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);
const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function stepsOf(engine, op, body, batchPath) {
  const bad = (message) => new MockError(400, codeFor(engine, op, 400), message);
  const requests = isObj(body) ? body.requests : void 0;
  if (!Array.isArray(requests) || requests.length === 0) throw bad("The batch needs a non-empty `requests` array.");
  const max = op.batch?.maxRequests ?? 20;
  if (requests.length > max) throw bad(`A batch holds at most ${max} requests; this one has ${requests.length}.`);
  const steps = [];
  const ids = /* @__PURE__ */ new Set();
  for (const [i, r] of requests.entries()) {
    if (!isObj(r)) throw bad(`requests[${i}] must be an object.`);
    const id = r.id;
    if (typeof id !== "string" || id === "") throw bad(`requests[${i}] needs an \`id\`.`);
    if (ids.has(id)) throw bad(`The request id '${id}' is used more than once.`);
    ids.add(id);
    const method = typeof r.method === "string" ? r.method.toUpperCase() : "";
    if (!METHODS.has(method)) throw bad(`Request '${id}': method must be one of ${[...METHODS].join(", ")}.`);
    if (typeof r.url !== "string" || r.url === "") throw bad(`Request '${id}' needs a \`url\`.`);
    if (/^[a-z][a-z\d+.-]*:/i.test(r.url) || r.url.startsWith("//")) throw bad(`Request '${id}': the url must be relative to the API root, not absolute.`);
    const url = r.url.startsWith("/") ? r.url : `/${r.url}`;
    const path = url.split(/[?#]/)[0];
    if (path === batchPath || path.endsWith("/$batch")) throw bad(`Request '${id}': batches cannot be nested.`);
    const headers = {};
    if (r.headers !== void 0) {
      if (!isObj(r.headers)) throw bad(`Request '${id}': headers must be an object of strings.`);
      for (const [name, value] of Object.entries(r.headers)) {
        if (typeof value !== "string") throw bad(`Request '${id}': header '${name}' must be a string.`);
        headers[name.toLowerCase()] = value;
      }
    }
    const dependsOn = r.dependsOn === void 0 ? [] : r.dependsOn;
    if (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === "string")) throw bad(`Request '${id}': dependsOn must be a list of request ids.`);
    steps.push({ id, method, url, headers, ...r.body !== void 0 ? { body: r.body } : {}, dependsOn });
  }
  for (const s of steps) {
    for (const d of s.dependsOn) {
      if (!ids.has(d)) throw bad(`Request '${s.id}' depends on '${d}', which is not in the batch.`);
      if (d === s.id) throw bad(`Request '${s.id}' depends on itself.`);
    }
  }
  return inDependencyOrder(steps, bad);
}
function inDependencyOrder(steps, bad) {
  const done = /* @__PURE__ */ new Set();
  const out = [];
  while (out.length < steps.length) {
    const next = steps.find((s) => !done.has(s.id) && s.dependsOn.every((d) => done.has(d)));
    if (!next) throw bad(`The dependsOn of requests ${steps.filter((s) => !done.has(s.id)).map((s) => `'${s.id}'`).join(", ")} form a cycle.`);
    done.add(next.id);
    out.push(next);
  }
  return out;
}
const AS_IS = /* @__PURE__ */ new Set(["request-id", "client-request-id"]);
function wireCase(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    out[AS_IS.has(name) ? name : name.replace(/(^|-)([a-z])/g, (_, dash, c) => dash + c.toUpperCase())] = value;
  }
  return out;
}
function versioned(engine, url) {
  const root = engine.spec.basePaths.find((b) => b !== "" && (url === b || url.startsWith(`${b}/`) || url.startsWith(`${b}?`)));
  return root?.split("/").filter(Boolean)[0];
}
function bodyOf(answer) {
  if (answer.body === void 0 || answer.body.length === 0) return void 0;
  if (typeof answer.body !== "string") {
    let text = "";
    for (const byte of answer.body) text += String.fromCharCode(byte);
    return btoa(text);
  }
  if (/[/+]json\b/i.test(answer.headers["content-type"] ?? "")) {
    try {
      return JSON.parse(answer.body);
    } catch {
      return answer.body;
    }
  }
  return answer.body;
}
async function runBatch(engine, op, request, url, basePath, body, dispatch) {
  const steps = stepsOf(engine, op, body, url.pathname);
  const succeeded = /* @__PURE__ */ new Set();
  const answered = /* @__PURE__ */ new Map();
  const carried = ["authorization", "cookie", "x-api-key"];
  for (const step of steps) {
    const failed = step.dependsOn.filter((d) => !succeeded.has(d));
    let answer;
    const refuse = (error) => {
      const requestId = engine.requestIds.uuid();
      return errorAnswer(engine, void 0, error, { requestId, clientRequestId: step.headers["client-request-id"] ?? requestId });
    };
    if (failed.length) {
      answer = refuse(new MockError(424, "failedDependency", `The request depends on ${failed.map((d) => `'${d}'`).join(", ")}, which did not succeed.`));
    } else if (versioned(engine, step.url)) {
      answer = refuse(new MockError(400, codeFor(engine, op, 400), `Resource not found for the segment '${versioned(engine, step.url)}'.`));
    } else if (step.body !== void 0 && !step.headers["content-type"]) {
      answer = refuse(new MockError(400, codeFor(engine, op, 400), `Write request id : ${step.id} does not contain Content-Type header or body.`));
    } else {
      const headers = new Headers(step.headers);
      for (const name of carried) {
        const value2 = request.headers.get(name);
        if (value2 !== null && !headers.has(name)) headers.set(name, value2);
      }
      const init = { method: step.method, headers };
      if (step.body !== void 0) {
        init.body = typeof step.body === "string" && !/[/+]json\b/i.test(step.headers["content-type"] ?? "") ? step.body : JSON.stringify(step.body);
      }
      answer = await dispatch(new Request(`${url.origin}${basePath}${step.url}`, init));
    }
    if (answer.status >= 200 && answer.status < 300) succeeded.add(step.id);
    const value = bodyOf(answer);
    answered.set(step.id, { id: step.id, status: answer.status, headers: wireCase(answer.headers), ...value !== void 0 ? { body: value } : {} });
  }
  return { responses: body.requests.map((r) => answered.get(r.id)) };
}
export {
  runBatch
};
