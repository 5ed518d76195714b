import { MockStrictError } from "./errors.js";
import { childAt, deleteAt, getAt, setAt } from "./paths.js";
import { setOwn } from "./spec.js";
const inRange = (declared, code) => /^[1-5]XX$/i.test(declared) && declared[0] === String(code)[0];
function declaredFor(op, code) {
  return op.responses.find((r) => r.status === String(code)) ?? op.responses.find((r) => inRange(r.status, code)) ?? op.responses.find((r) => r.status === "default");
}
const isSuccess = (r) => /^[123]/.test(r.status);
const isError = (r) => /^[45]/.test(r.status) || r.status === "default";
function pickSuccess(op, wanted) {
  const exact = wanted === void 0 ? void 0 : declaredFor(op, wanted);
  if (exact && isSuccess(exact)) return { response: exact, status: exact.code || wanted };
  const first = op.responses.find(isSuccess);
  if (first) return { response: first, status: first.code };
  const fallback = op.responses.find((r) => r.status === "default");
  if (fallback) return { response: fallback, status: wanted ?? 200 };
  const declared = op.responses.find((r) => r.code > 0);
  return declared ? { response: declared, status: declared.code } : { response: void 0, status: wanted ?? 200 };
}
function pickError(op, status) {
  if (!op) return { response: void 0, status };
  const fits = declaredFor(op, status);
  if (fits && isError(fits)) return { response: fits, status: fits.code || status };
  const errors = op.responses.filter((r) => /^[45]\d\d$/.test(r.status));
  const nearest = errors.sort((a, b) => {
    const sameA = a.status[0] === String(status)[0] ? 0 : 1;
    const sameB = b.status[0] === String(status)[0] ? 0 : 1;
    return sameA - sameB || Math.abs(a.code - status) - Math.abs(b.code - status) || a.code - b.code;
  })[0];
  if (nearest) return { response: nearest, status: nearest.code };
  return { response: void 0, status };
}
function decodeBase64(text) {
  const bin = atob(text);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}
function exampleOf(engine, body) {
  const text = engine.spec.examples[body.example] ?? "null";
  if (body.kind === "json") return JSON.parse(text);
  if (body.kind === "binary") return decodeBase64(text);
  return text;
}
function encode(body, value) {
  if (value instanceof Uint8Array) return value;
  if (body.kind === "json") return JSON.stringify(value) ?? "null";
  return typeof value === "string" ? value : JSON.stringify(value) ?? "";
}
function successAnswer(engine, op, url, outcome) {
  const { response, status } = pickSuccess(op, outcome.status);
  const headers = { ...response?.headers, ...outcome.headers };
  const body = response?.body;
  if (!body || status === 204 || status === 304) return { status, headers };
  let value = exampleOf(engine, body);
  const shape = response.shape;
  const select = engine.profile.select;
  const member = (v) => select && v !== null && typeof v === "object" && !Array.isArray(v) ? select(op, url, v) : v;
  const example = value;
  let stateful = true;
  if (shape?.kind === "member" && outcome.value !== void 0) value = member(outcome.value);
  else if (shape?.kind === "wrapper" && outcome.value !== void 0) value = setAt(structuredClone(value), shape.at, member(outcome.value));
  else if (shape?.kind === "items" && outcome.page) {
    value = setAt(structuredClone(value), shape.at, outcome.page.items.map(member));
    value = withPaging(op, value, outcome.page.next, headers);
  } else if (outcome.results) value = setAt(structuredClone(value), outcome.results.at, outcome.results.items);
  else stateful = false;
  if (stateful) value = withContext(engine, op, url, outcome, shape, value);
  const selected = !!select && url.searchParams.has("$select");
  if (stateful && body.kind === "json" && !selected) value = conform(engine, response, value, example);
  headers["content-type"] = body.type;
  return { status, headers, body: encode(body, value) };
}
function withContext(engine, op, url, outcome, shape, value) {
  const annotate = engine.profile.context;
  const where = outcome.context;
  if (!annotate || !where || op.resource === void 0 || value === null || typeof value !== "object" || Array.isArray(value)) return value;
  if (!(where.kind === "entity" ? shape?.kind === "member" : shape?.kind === "items")) return value;
  const annotation = annotate({ origin: url.origin, basePath: where.basePath, template: op.resource, params: where.params, entity: where.kind === "entity" });
  if (annotation === void 0) return value;
  const out = {};
  setOwn(out, annotation.name, annotation.value);
  for (const [k, v] of Object.entries(value)) if (k !== annotation.name) setOwn(out, k, v);
  return out;
}
function segments(pointer) {
  return pointer === "" || pointer === "/" ? [] : pointer.replace(/^\//, "").split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function analogue(example, path) {
  let node = example;
  for (const seg of path) node = childAt(node, Array.isArray(node) && /^\d+$/.test(seg) ? "0" : seg);
  return node;
}
function conform(engine, response, value, example) {
  const validate = response.validator ? engine.validator(response.validator) : void 0;
  if (!validate) return value;
  let body = structuredClone(value);
  for (let round = 0; round < 4; round++) {
    const result = validate(body);
    if (result.ok) return body;
    let changed = false;
    for (const issue of result.issues.slice(0, 64)) {
      const path = segments(issue.path);
      for (let n = path.length; n >= 0; n--) {
        const prefix = path.slice(0, n);
        const sample = analogue(example, prefix);
        if (sample !== void 0) {
          body = setAt(body, prefix, structuredClone(sample));
          changed = true;
          break;
        }
        if (n === path.length && n > 0 && getAt(body, prefix) !== void 0) {
          deleteAt(body, prefix);
          changed = true;
          break;
        }
      }
    }
    if (!changed) break;
  }
  return body;
}
function withPaging(op, value, next, headers) {
  const paging = op.paging;
  if (!paging) return value;
  switch (paging.kind) {
    case "link":
    case "cursor": {
      const v = next ? paging.kind === "link" ? next.url : next.token : paging.end === "null" ? null : paging.end === "empty" ? "" : void 0;
      if (v === void 0) {
        deleteAt(value, paging.property);
        return value;
      }
      return setAt(value, paging.property, v);
    }
    case "after":
      return setAt(value, paging.hasMore, !!next);
    case "link-header":
      if (next) headers.link = `<${next.url}>; rel="next"`;
      return value;
    default:
      return value;
  }
}
function errorAnswer(engine, op, error, ids) {
  const profile = engine.profile.error;
  if (profile) {
    const a = profile(error, op, { ...ids, now: engine.clock() });
    return { status: a.status, headers: { ...a.headers, "content-type": "application/json" }, body: JSON.stringify(a.body) };
  }
  const { response, status } = pickError(op, error.status);
  const headers = { ...response?.headers, ...error.headers };
  const body = response?.body;
  if (!body) return { status, headers };
  let value = exampleOf(engine, body);
  if (!body.given && response.message) value = setAt(value, response.message, error.message);
  if (!body.given && response.statusAt) value = setAt(value, response.statusAt, status);
  headers["content-type"] = body.type;
  return { status, headers, body: encode(body, value) };
}
function checkAnswer(engine, op, answer) {
  const fail = (pointer, problem) => {
    throw new MockStrictError(op.operationId, answer.status, pointer, problem);
  };
  const response = declaredFor(op, answer.status);
  if (!response) return fail("", `status ${answer.status} is not declared (declared: ${op.responses.map((r) => r.status).join(", ") || "none"})`);
  if (!response.body) {
    if (answer.body !== void 0 && answer.body.length) fail("", "a body where the spec declares none");
    return;
  }
  if (answer.body === void 0) return fail("", `no body where the spec declares ${response.body.type}`);
  if (answer.headers["content-type"] !== response.body.type) fail("", `content-type ${answer.headers["content-type"] ?? "none"}, declared ${response.body.type}`);
  if (response.body.kind !== "json" || !response.validator || typeof answer.body !== "string") return;
  const validate = engine.validator(response.validator);
  if (!validate) return;
  const result = validate(JSON.parse(answer.body));
  if (!result.ok) {
    const first = result.issues[0];
    fail(first?.path ?? "", `${first?.message ?? "invalid"} (${result.issues.length} issue${result.issues.length === 1 ? "" : "s"}; ${response.validator})`);
  }
}
export {
  checkAnswer,
  declaredFor,
  errorAnswer,
  pickError,
  successAnswer
};
