import { parseCookie, parseHeader, parsePath, parseQuery } from "../runtime/params.js";
import { MockError } from "./errors.js";
import { decodeForm, decodeMultipart, decodeText, essence, pickMedia } from "./media.js";
import { BEARER, callerFromToken } from "./options.js";
import { challenge, credentialId, headerOf, isBearer, readCredential } from "./security.js";
import { getOwn, setOwn } from "./spec.js";
const DEFAULT_MAX_BODY = 4 * 1024 * 1024;
function codeFor(engine, op, status) {
  return op?.errorCodes[status] ?? engine.spec.defaultErrorCodes[status] ?? "error";
}
const isOAuth = (scheme) => scheme?.type === "oauth2" || scheme?.type === "openIdConnect";
async function authenticate(engine, op, request, url = new URL(request.url)) {
  const schemes = engine.spec.securitySchemes;
  const reads = /* @__PURE__ */ new Map();
  const read = (name) => {
    let r = reads.get(name);
    if (!r) reads.set(name, r = readCredential(name, getOwn(schemes, name), request, url));
    return r;
  };
  const credentialsOf = (alt) => alt.flatMap((r) => {
    const c = read(r.scheme);
    return c.ok && c.credential ? [c.credential] : [];
  });
  const alternatives = op.security;
  const satisfied = alternatives.filter((alt) => alt.length > 0 && alt.every((r) => read(r.scheme).ok));
  const anonymous = alternatives.length === 0 || alternatives.some((alt) => alt.length === 0);
  const identify = (credentials) => {
    const bearer = credentials ? credentials.find((c) => isBearer(getOwn(schemes, c.scheme)))?.value : BEARER.exec(headerOf(request, "authorization")?.trim() ?? "")?.[1];
    const token = bearer ?? credentials?.[0]?.value;
    const configured = engine.options.caller;
    const given = typeof configured === "function" ? configured(request, token) : configured;
    if (given) return given;
    if (bearer !== void 0 || !credentials?.length) return callerFromToken(bearer);
    return { id: credentialId(credentials[0]), scopes: [] };
  };
  const granted = (alt, caller) => alt.every((r) => !isOAuth(getOwn(schemes, r.scheme)) || !r.scopes.length || !caller.scopes.length || caller.scopes.some((s) => r.scopes.includes(s)));
  const forbidden = (alts) => {
    const scopes = [...new Set(alts.flatMap((alt) => alt.filter((r) => isOAuth(getOwn(schemes, r.scheme))).flatMap((r) => r.scopes)))].sort();
    return new MockError(403, codeFor(engine, op, 403), `The token grants none of: ${scopes.join(", ")}.`);
  };
  const unauthorized = (message, alt) => {
    const challenges = [...new Set((alt ?? []).map((r) => challenge(getOwn(schemes, r.scheme))).filter((c) => !!c))];
    return new MockError(401, codeFor(engine, op, 401), message, [], challenges.length ? { "www-authenticate": challenges.join(", ") } : {});
  };
  const auth = engine.options.auth;
  if (auth === false) {
    const caller = identify(satisfied[0] && credentialsOf(satisfied[0]));
    const candidates = satisfied.length ? satisfied : alternatives;
    if (!candidates.length || candidates.some((alt) => granted(alt, caller))) return caller;
    throw forbidden(candidates);
  }
  const verdicts = /* @__PURE__ */ new Map();
  let refused;
  const insufficient = [];
  for (const alt of satisfied) {
    const credentials = credentialsOf(alt);
    let named;
    let refusedBy;
    if (auth) {
      for (const credential of credentials) {
        let verdict = verdicts.get(credential.scheme);
        if (verdict === void 0) verdicts.set(credential.scheme, verdict = await auth(credential.value, request, credential));
        if (verdict === false) {
          refusedBy = credential;
          break;
        }
        if (typeof verdict === "object" && verdict !== null) named ??= verdict;
      }
    }
    if (refusedBy) {
      refused ??= { alt, credential: refusedBy };
      continue;
    }
    const caller = named ?? identify(credentials);
    if (granted(alt, caller)) return caller;
    insufficient.push(alt);
  }
  if (insufficient.length) throw forbidden(insufficient);
  if (refused) {
    const { type } = refused.credential;
    const what = isBearer(getOwn(schemes, refused.credential.scheme)) ? "Access token" : type === "apiKey" ? "API key" : "Credentials";
    throw unauthorized(`${what} validation failure.`, refused.alt);
  }
  if (anonymous) return identify(void 0);
  const problems = alternatives.map((alt) => {
    const failed = alt.map((r) => read(r.scheme)).filter((c) => !c.ok);
    return { present: failed.some((c) => c.present), text: [...new Set(failed.map((c) => c.problem))].join(" ") };
  });
  const ordered = [...problems.filter((p) => p.present), ...problems.filter((p) => !p.present)];
  throw unauthorized([...new Set(ordered.map((p) => p.text))].join(" Or: "), alternatives[0]);
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
function withoutOthers(op, p, value) {
  const exploded = p.type === "object" && p.style !== "deepObject" && (p.explode ?? !(p.style === "spaceDelimited" || p.style === "pipeDelimited"));
  if (!exploded || p.properties || value === null || typeof value !== "object") return value;
  const rest = {};
  for (const [key, v] of Object.entries(value)) {
    const other = op.params.some((q) => q !== p && q.in === "query" && (q.name === key || key.startsWith(`${q.name}[`)));
    if (!other) setOwn(rest, key, v);
  }
  return Object.keys(rest).length ? rest : void 0;
}
function checkParameters(engine, op, params, url, request, rawPath) {
  const parts = { path: {}, query: {}, header: {}, cookie: {} };
  const raw = rawPath;
  for (const p of op.params) {
    let value;
    if (p.in === "path") {
      const text = raw ? getOwn(raw, p.name) : getOwn(params, p.name)?.replace(/%/g, "%25");
      value = text === void 0 ? void 0 : parsePath(p, text);
    } else if (p.in === "query") value = withoutOthers(op, p, parseQuery(p, url.search));
    else if (p.in === "header") value = parseHeader(p, headerOf(request, p.name));
    else value = parseCookie(p, headerOf(request, "cookie"));
    if (value !== void 0) setOwn(parts[p.in], p.name, value);
  }
  check(engine, op, "path", engine.validator(op.validators.path), parts.path);
  check(engine, op, "query", engine.validator(op.validators.query), parts.query);
  check(engine, op, "header", engine.validator(op.validators.header), parts.header);
  check(engine, op, "cookie", engine.validator(op.validators.cookie), parts.cookie);
}
async function readBody(engine, op, request) {
  const body = op.body;
  if (!body) return void 0;
  const limit = op.maxBodyBytes ?? engine.options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const tooLarge = () => new MockError(413, codeFor(engine, op, 413), `The request body exceeds the limit of ${limit} bytes.`);
  const bad = (message) => new MockError(400, codeFor(engine, op, 400), message);
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > limit) throw tooLarge();
  if (bytes.byteLength === 0) {
    if (body.required) throw bad("A request body is required.");
    return void 0;
  }
  if (!body.media.length) return void 0;
  const contentType = request.headers.get("content-type");
  const media = pickMedia(body.media, contentType);
  if (!media) {
    const declared = [...new Set(body.media.map((m) => essence(m.type)))].join(", ");
    throw new MockError(415, codeFor(engine, op, 415), `Unsupported media type '${essence(contentType ?? "")}': expected ${declared}.`);
  }
  let value;
  switch (media.kind) {
    case "json":
      try {
        value = JSON.parse(new TextDecoder().decode(bytes));
      } catch (e) {
        throw bad(`The request body is not valid JSON: ${e.message}`);
      }
      break;
    case "form":
      value = decodeForm(decodeText(bytes, contentType), media.fields);
      break;
    case "multipart":
      try {
        value = await decodeMultipart(bytes, contentType ?? media.type, media.fields);
      } catch (e) {
        throw bad(`The request body is not valid multipart/form-data: ${e.message}`);
      }
      break;
    case "text":
      value = decodeText(bytes, contentType);
      break;
    case "binary":
      return new Uint8Array(bytes);
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const name of body.readOnly) if (Object.prototype.hasOwnProperty.call(value, name)) delete value[name];
  }
  check(engine, op, "body", engine.validator(media.validator), value);
  return value;
}
export {
  authenticate,
  checkParameters,
  codeFor,
  readBody
};
