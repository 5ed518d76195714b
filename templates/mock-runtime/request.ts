/**
 * Reading a request: credentials and caller, parameters and body, each checked against the spec.
 *
 * Security (`authenticate`): the operation's `security` lists alternatives; one is satisfied when
 * every scheme in it is present and well-formed (see security.ts: API keys in their header, query
 * parameter or cookie, non-empty; `Basic` base64 of `user:password`; RFC 6750 bearer tokens for
 * http bearer, oauth2 and openIdConnect; `<Scheme> <credentials>` for other http schemes, the name
 * case-insensitive; mutualTLS is the TLS layer's business and always counts as present).
 * - No alternatives: the operation is open. An empty alternative (`{}`) lets anonymous calls
 *   through, but credentials that are sent and satisfy another alternative are still checked (a
 *   refused token is a 401, not an anonymous call).
 * - The satisfied alternatives are tried in order; the `auth` option is called once per scheme
 *   (cached per request) with `(value, request, credential)`: `false` refuses (401 "validation
 *   failure"), a caller object names the caller. The first alternative whose credentials pass and
 *   whose scopes are granted wins.
 * - Scopes only apply to oauth2/openIdConnect requirements: when the caller lists scopes (JWT
 *   `roles`/`scp`, or a configured caller), it must hold one of the requirement's scopes; a caller
 *   without any scope list (an opaque token) is not checked. Credentials that pass but lack scopes
 *   in every satisfied alternative: 403 naming the scopes.
 * - Nothing satisfied: 401 with `WWW-Authenticate` challenging the schemes of the first alternative
 *   (`Bearer`, `Basic realm="mock"`, `ApiKey in="header", name="X-Key"`...) and a message naming
 *   what is missing or malformed in each alternative (those where something was sent first).
 * - `auth: false`: no credential is required or checked; the caller is still read from the
 *   credentials sent, and an OAuth2 caller's scopes still checked (as before).
 * - The caller: the `auth` verdict's, else the `caller` option, else from the credentials: bearer
 *   token claims (`callerFromToken`), the API key or the Basic user name as the id (no scopes).
 *
 * Parameters (`checkParameters`): read with the shared codec (../runtime/params.ts) per their
 * `ParamSpec`, path ones from the raw (still percent-encoded) segments of the URL, then validated per
 * location with the generated validators; 400 `Invalid <location>: /<name> <issue>.`
 *
 * Bodies (`readBody`): size limit first (413; `maxBodyBytes` of the operation, then the option, then
 * 4 MiB), an empty body is no body (400 when required), then the declared media the `content-type`
 * selects (media.ts: exact, `+json` -> `application/json`, `type/*`, `*\/*`; no `content-type`: the
 * first declared), else 415 listing the declared types. By kind:
 * - json: parsed (400 when it is not JSON), readOnly properties dropped, validated.
 * - form: fields read by the codec per `media.fields` (arrays, numbers, booleans, deepObject...),
 *   undeclared ones as strings; readOnly dropped; validated.
 * - multipart: parsed with `Response.formData()`; text parts like form fields (JSON text for object
 *   and array fields); a file part is represented by its text when its type is textual, else by its
 *   file name (the validators see `format: binary` as a string, and what is stored stays JSON);
 *   readOnly dropped; validated.
 * - text: the decoded text (charset honoured), validated when there is a validator.
 * - binary: the bytes as a `Uint8Array`, not validated.
 * The value returned is what the action stores.
 */
import { parseCookie, parseHeader, parsePath, parseQuery } from '../runtime/params.js';
import type { MockEngine, MockValidator } from './engine.js';
import { MockError } from './errors.js';
import { decodeForm, decodeMultipart, decodeText, essence, pickMedia } from './media.js';
import { BEARER, callerFromToken, type MockCaller, type MockCredential } from './options.js';
import { challenge, credentialId, headerOf, isBearer, readCredential, type CredentialRead } from './security.js';
import { getOwn, setOwn, type JsonObject, type MockOperation, type MockSecurity, type MockSecurityScheme } from './spec.js';

const DEFAULT_MAX_BODY = 4 * 1024 * 1024;

type Alternative = MockSecurity[number];

export function codeFor(engine: MockEngine, op: MockOperation | undefined, status: number): string {
  return op?.errorCodes[status] ?? engine.spec.defaultErrorCodes[status] ?? 'error';
}

// ---- security ----

const isOAuth = (scheme: MockSecurityScheme | undefined) => scheme?.type === 'oauth2' || scheme?.type === 'openIdConnect';

export async function authenticate(engine: MockEngine, op: MockOperation, request: Request, url: URL = new URL(request.url)): Promise<MockCaller> {
  const schemes = engine.spec.securitySchemes;
  const reads = new Map<string, CredentialRead>();
  const read = (name: string): CredentialRead => {
    let r = reads.get(name);
    if (!r) reads.set(name, (r = readCredential(name, getOwn(schemes, name), request, url)));
    return r;
  };
  const credentialsOf = (alt: Alternative): MockCredential[] =>
    alt.flatMap((r) => {
      const c = read(r.scheme);
      return c.ok && c.credential ? [c.credential] : [];
    });
  const alternatives = op.security;
  const satisfied = alternatives.filter((alt) => alt.length > 0 && alt.every((r) => read(r.scheme).ok));
  const anonymous = alternatives.length === 0 || alternatives.some((alt) => alt.length === 0);

  /** The caller of credentials (none: anonymous, or whatever bearer token is sent). */
  const identify = (credentials: MockCredential[] | undefined): MockCaller => {
    const bearer = credentials
      ? credentials.find((c) => isBearer(getOwn(schemes, c.scheme)))?.value
      : BEARER.exec(headerOf(request, 'authorization')?.trim() ?? '')?.[1];
    const token = bearer ?? credentials?.[0]?.value;
    const configured = engine.options.caller;
    const given = typeof configured === 'function' ? configured(request, token) : configured;
    if (given) return given;
    if (bearer !== undefined || !credentials?.length) return callerFromToken(bearer);
    return { id: credentialId(credentials[0]!), scopes: [] };
  };
  const granted = (alt: Alternative, caller: MockCaller): boolean =>
    alt.every((r) => !isOAuth(getOwn(schemes, r.scheme)) || !r.scopes.length || !caller.scopes.length || caller.scopes.some((s) => r.scopes.includes(s)));
  const forbidden = (alts: Alternative[]) => {
    const scopes = [...new Set(alts.flatMap((alt) => alt.filter((r) => isOAuth(getOwn(schemes, r.scheme))).flatMap((r) => r.scopes)))].sort();
    return new MockError(403, codeFor(engine, op, 403), `The token grants none of: ${scopes.join(', ')}.`);
  };
  const unauthorized = (message: string, alt: Alternative | undefined) => {
    const challenges = [...new Set((alt ?? []).map((r) => challenge(getOwn(schemes, r.scheme))).filter((c): c is string => !!c))];
    return new MockError(401, codeFor(engine, op, 401), message, [], challenges.length ? { 'www-authenticate': challenges.join(', ') } : {});
  };

  const auth = engine.options.auth;
  if (auth === false) {
    const caller = identify(satisfied[0] && credentialsOf(satisfied[0]));
    const candidates = satisfied.length ? satisfied : alternatives;
    if (!candidates.length || candidates.some((alt) => granted(alt, caller))) return caller;
    throw forbidden(candidates);
  }

  const verdicts = new Map<string, boolean | MockCaller>();
  let refused: { alt: Alternative; credential: MockCredential } | undefined;
  const insufficient: Alternative[] = [];
  for (const alt of satisfied) {
    const credentials = credentialsOf(alt);
    let named: MockCaller | undefined;
    let refusedBy: MockCredential | undefined;
    if (auth) {
      for (const credential of credentials) {
        let verdict = verdicts.get(credential.scheme);
        if (verdict === undefined) verdicts.set(credential.scheme, (verdict = await auth(credential.value, request, credential)));
        if (verdict === false) {
          refusedBy = credential;
          break;
        }
        if (typeof verdict === 'object' && verdict !== null) named ??= verdict;
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
    const what = isBearer(getOwn(schemes, refused.credential.scheme)) ? 'Access token' : type === 'apiKey' ? 'API key' : 'Credentials';
    throw unauthorized(`${what} validation failure.`, refused.alt);
  }
  if (anonymous) return identify(undefined);
  // Which credentials are missing or malformed, per alternative; alternatives where something was sent first.
  const problems = alternatives.map((alt) => {
    const failed = alt.map((r) => read(r.scheme)).filter((c): c is Extract<CredentialRead, { ok: false }> => !c.ok);
    return { present: failed.some((c) => c.present), text: [...new Set(failed.map((c) => c.problem))].join(' ') };
  });
  const ordered = [...problems.filter((p) => p.present), ...problems.filter((p) => !p.present)];
  throw unauthorized([...new Set(ordered.map((p) => p.text))].join(' Or: '), alternatives[0]);
}

// ---- parameters ----

function issuesError(engine: MockEngine, op: MockOperation, where: string, issues: { path: string; keyword: string; message: string }[]): MockError {
  const first = issues[0];
  const message = `Invalid ${where}${first ? `: ${first.path || '/'} ${first.message}` : ''}.`;
  return new MockError(400, codeFor(engine, op, 400), message,
    issues.slice(0, 20).map((i) => ({ code: i.keyword, message: i.message, target: `${where}${i.path}` })));
}

function check(engine: MockEngine, op: MockOperation, where: string, validator: MockValidator | undefined, data: unknown): void {
  if (!validator) return;
  const result = validator(data);
  if (!result.ok) throw issuesError(engine, op, where, result.issues);
}

/** A query parameter that is a form-exploded object without declared properties reads every pair: not those of the other parameters. */
function withoutOthers(op: MockOperation, p: MockOperation['params'][number], value: unknown): unknown {
  const exploded = p.type === 'object' && p.style !== 'deepObject' && (p.explode ?? !(p.style === 'spaceDelimited' || p.style === 'pipeDelimited'));
  if (!exploded || p.properties || value === null || typeof value !== 'object') return value;
  const rest: JsonObject = {};
  for (const [key, v] of Object.entries(value)) {
    const other = op.params.some((q) => q !== p && q.in === 'query' && (q.name === key || key.startsWith(`${q.name}[`)));
    if (!other) setOwn(rest, key, v);
  }
  return Object.keys(rest).length ? rest : undefined;
}

/**
 * Path, query, header and cookie parameters, read by the codec and validated per location (400).
 * `params` are the router's (decoded) path values: used only when the raw segments cannot be found
 * in the URL (then `%` is re-escaped, so delimiters in decoded values read as delimiters).
 */
export function checkParameters(engine: MockEngine, op: MockOperation, params: Record<string, string>, url: URL, request: Request, rawPath?: Record<string, string>): void {
  const parts: Record<'path' | 'query' | 'header' | 'cookie', JsonObject> = { path: {}, query: {}, header: {}, cookie: {} };
  const raw = rawPath;
  for (const p of op.params) {
    // Parameter names are spec text: each is written as an own property (`__proto__` included).
    let value: unknown;
    if (p.in === 'path') {
      const text = raw ? getOwn(raw, p.name) : getOwn(params, p.name)?.replace(/%/g, '%25');
      value = text === undefined ? undefined : parsePath(p, text);
    } else if (p.in === 'query') value = withoutOthers(op, p, parseQuery(p, url.search));
    else if (p.in === 'header') value = parseHeader(p, headerOf(request, p.name));
    else value = parseCookie(p, headerOf(request, 'cookie'));
    if (value !== undefined) setOwn(parts[p.in], p.name, value);
  }
  check(engine, op, 'path', engine.validator(op.validators.path), parts.path);
  check(engine, op, 'query', engine.validator(op.validators.query), parts.query);
  check(engine, op, 'header', engine.validator(op.validators.header), parts.header);
  check(engine, op, 'cookie', engine.validator(op.validators.cookie), parts.cookie);
}

// ---- body ----

/** The body: size limit (413), media type (415), decoded per kind (400), readOnly dropped, validated (400). */
export async function readBody(engine: MockEngine, op: MockOperation, request: Request): Promise<unknown> {
  const body = op.body;
  if (!body) return undefined;
  const limit = op.maxBodyBytes ?? engine.options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const tooLarge = () => new MockError(413, codeFor(engine, op, 413), `The request body exceeds the limit of ${limit} bytes.`);
  const bad = (message: string) => new MockError(400, codeFor(engine, op, 400), message);
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw tooLarge();
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > limit) throw tooLarge();
  if (bytes.byteLength === 0) {
    if (body.required) throw bad('A request body is required.');
    return undefined;
  }
  if (!body.media.length) return undefined;
  const contentType = request.headers.get('content-type');
  const media = pickMedia(body.media, contentType);
  if (!media) {
    const declared = [...new Set(body.media.map((m) => essence(m.type)))].join(', ');
    throw new MockError(415, codeFor(engine, op, 415), `Unsupported media type '${essence(contentType ?? '')}': expected ${declared}.`);
  }
  let value: unknown;
  switch (media.kind) {
    case 'json':
      try {
        value = JSON.parse(new TextDecoder().decode(bytes));
      } catch (e) {
        throw bad(`The request body is not valid JSON: ${(e as Error).message}`);
      }
      break;
    case 'form':
      value = decodeForm(decodeText(bytes, contentType), media.fields);
      break;
    case 'multipart':
      try {
        value = await decodeMultipart(bytes, contentType ?? media.type, media.fields);
      } catch (e) {
        throw bad(`The request body is not valid multipart/form-data: ${(e as Error).message}`);
      }
      break;
    case 'text':
      value = decodeText(bytes, contentType);
      break;
    case 'binary':
      return new Uint8Array(bytes);
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const name of body.readOnly) if (Object.prototype.hasOwnProperty.call(value, name)) delete (value as JsonObject)[name];
  }
  check(engine, op, 'body', engine.validator(media.validator), value);
  return value;
}
