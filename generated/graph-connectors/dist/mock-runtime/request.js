import { MockError } from "./errors.js";
import { BEARER, callerFromToken } from "./options.js";
import { getOwn, setOwn } from "./spec.js";
const DEFAULT_MAX_BODY = 4 * 1024 * 1024;
function codeFor(engine, op, status) {
  return op?.errorCodes[status] ?? engine.spec.defaultErrorCodes[status] ?? "error";
}
async function authenticate(engine, op, request) {
  const header = request.headers.get("authorization");
  const token = header ? BEARER.exec(header.trim())?.[1] : void 0;
  let caller;
  const auth = engine.options.auth;
  if (op.secured && auth !== false) {
    const unauthorized = (message) => new MockError(401, codeFor(engine, op, 401), message, [], { "www-authenticate": "Bearer" });
    if (!header) throw unauthorized("Access token is empty.");
    if (!token) throw unauthorized("Access token is malformed: expected `Authorization: Bearer <token>`.");
    if (auth) {
      const verdict = await auth(token, request);
      if (verdict === false) throw unauthorized("Access token validation failure.");
      if (typeof verdict === "object") caller = verdict;
    }
  }
  const configured = engine.options.caller;
  caller ??= (typeof configured === "function" ? configured(request, token) : configured) ?? callerFromToken(token);
  if (op.secured && op.scopes.length && caller.scopes.length && !caller.scopes.some((s) => op.scopes.includes(s))) {
    throw new MockError(403, codeFor(engine, op, 403), `The token grants none of: ${op.scopes.join(", ")}.`);
  }
  return caller;
}
function scalar(type, text) {
  if ((type === "integer" || type === "number") && text.trim() !== "" && !Number.isNaN(Number(text))) return Number(text);
  if (type === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text;
}
function coerce(p, raw) {
  if (p.type === "array") return raw.flatMap((r) => r.split(",")).map((x) => scalar(p.items ?? "string", x));
  if (p.type === "object") {
    try {
      return JSON.parse(raw[raw.length - 1]);
    } catch {
      return raw[raw.length - 1];
    }
  }
  return scalar(p.type, raw[raw.length - 1]);
}
function issuesError(engine, op, where, issues) {
  const first = issues[0];
  const message = `Invalid ${where}${first ? `: ${first.path || "/"} ${first.message}` : ""}.`;
  return new MockError(
    400,
    codeFor(engine, op, 400),
    message,
    issues.slice(0, 20).map((i) => ({ code: i.keyword, message: i.message, target: `${where}${i.path}` }))
  );
}
function check(engine, op, where, validator, data) {
  if (!validator) return;
  const result = validator(data);
  if (!result.ok) throw issuesError(engine, op, where, result.issues);
}
function checkParameters(engine, op, params, url, request) {
  const parts = { path: {}, query: {}, header: {} };
  for (const p of op.params) {
    if (p.in === "path") {
      const raw = getOwn(params, p.name);
      if (raw !== void 0) setOwn(parts.path, p.name, scalar(p.type, raw));
    } else if (p.in === "query") {
      const raw = url.searchParams.getAll(p.name);
      if (raw.length) setOwn(parts.query, p.name, coerce(p, raw));
    } else {
      const raw = request.headers.get(p.name);
      if (raw !== null) setOwn(parts.header, p.name, coerce(p, [raw]));
    }
  }
  check(engine, op, "path", engine.validator(op.validators.path), parts.path);
  check(engine, op, "query", engine.validator(op.validators.query), parts.query);
  check(engine, op, "header", engine.validator(op.validators.header), parts.header);
}
async function readBody(engine, op, request) {
  if (!op.body) return void 0;
  const limit = op.maxBodyBytes ?? engine.options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const tooLarge = () => new MockError(413, codeFor(engine, op, 413), `The request body exceeds the limit of ${limit} bytes.`);
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > limit) throw tooLarge();
  if (bytes.byteLength === 0) {
    if (op.body.required) throw new MockError(400, codeFor(engine, op, 400), "A request body is required.");
    return void 0;
  }
  let value;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new MockError(400, codeFor(engine, op, 400), `The request body is not valid JSON: ${e.message}`);
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const name of op.body.readOnly) delete value[name];
  }
  check(engine, op, "body", engine.validator(op.validators.body), value);
  return value;
}
export {
  authenticate,
  checkParameters,
  codeFor,
  readBody
};
