/**
 * Credentials as the spec's security schemes declare them (components.securitySchemes): where each
 * is read from, what makes it well-formed, and the `WWW-Authenticate` challenge that asks for it.
 * Pure reading: the decisions (alternatives, the `auth` option, scopes, 401/403) are in request.ts.
 */
import { parseCookie, parseQuery } from '../runtime/params.js';
import { BEARER, type MockCredential } from './options.js';
import type { MockSecurityScheme } from './spec.js';

/** A scheme's credential as the request carries it: usable, or why not (`present`: something was sent but is malformed). */
export type CredentialRead =
  | { ok: true; credential?: MockCredential }
  | { ok: false; present: boolean; problem: string };

/** `Authorization: Basic <token68>`. */
const BASIC = /^Basic ([A-Za-z0-9+/]+=*)$/i;
/** `Authorization: <scheme> <credentials>`. */
const SCHEME_AND_VALUE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) +(\S.*)$/s;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** A header's value, or null (also for a spec-given name that is no valid header name). */
export function headerOf(request: Request, name: string): string | null {
  try {
    return request.headers.get(name);
  } catch {
    return null;
  }
}

/** Bearer tokens: `http` `bearer`, `oauth2`, `openIdConnect`. */
export function isBearer(scheme: MockSecurityScheme | undefined): boolean {
  return !!scheme && (scheme.type === 'oauth2' || scheme.type === 'openIdConnect' || (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer'));
}

/** The user:password of a Basic token68, or undefined when it does not decode or has no colon. */
function decodeBasic(token: string): { username: string; password: string } | undefined {
  let text: string;
  try {
    const binary = atob(token);
    text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
  const colon = text.indexOf(':');
  return colon < 0 ? undefined : { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

const WHERE = { header: 'the header', query: 'the query parameter', cookie: 'the cookie' } as const;

/** The credential `name` (a key of securitySchemes) as `request` carries it. */
export function readCredential(name: string, scheme: MockSecurityScheme | undefined, request: Request, url: URL): CredentialRead {
  if (!scheme) return { ok: false, present: false, problem: `The security scheme '${name}' is not declared.` };
  if (scheme.type === 'mutualTLS') return { ok: true }; // the TLS layer's business; the mock cannot see it
  if (scheme.type === 'apiKey') {
    if (!scheme.name || !scheme.in) return { ok: false, present: false, problem: `The API key scheme '${name}' declares no name or location.` };
    const where = `${WHERE[scheme.in]} '${scheme.name}'`;
    const value = scheme.in === 'header' ? headerOf(request, scheme.name)?.trim()
      : scheme.in === 'query' ? parseQuery({ name: scheme.name, in: 'query', type: 'string' }, url.search)
      : parseCookie({ name: scheme.name, in: 'cookie', type: 'string' }, headerOf(request, 'cookie'));
    if (value === undefined || value === null) return { ok: false, present: false, problem: `The API key is missing: expected ${where}.` };
    if (typeof value !== 'string' || value === '') return { ok: false, present: true, problem: `The API key in ${where} is empty.` };
    return { ok: true, credential: { scheme: name, type: 'apiKey', value } };
  }
  const header = headerOf(request, 'authorization')?.trim() ?? '';
  const sent = SCHEME_AND_VALUE.exec(header)?.[1]?.toLowerCase() ?? header.toLowerCase();
  if (isBearer(scheme)) {
    if (!header) return { ok: false, present: false, problem: 'Access token is empty.' };
    const token = BEARER.exec(header)?.[1];
    if (!token) return { ok: false, present: sent === 'bearer', problem: 'Access token is malformed: expected `Authorization: Bearer <token>`.' };
    return { ok: true, credential: { scheme: name, type: scheme.type, value: token } };
  }
  const httpScheme = (scheme.scheme ?? '').toLowerCase();
  if (httpScheme === 'basic') {
    const expected = 'expected `Authorization: Basic <base64 of user:password>`.';
    if (!header) return { ok: false, present: false, problem: `Basic credentials are missing: ${expected}` };
    const token = BASIC.exec(header)?.[1];
    const decoded = token === undefined ? undefined : decodeBasic(token);
    if (token === undefined || !decoded) return { ok: false, present: sent === 'basic', problem: `Basic credentials are malformed: ${expected}` };
    return { ok: true, credential: { scheme: name, type: 'http', value: token, ...decoded } };
  }
  const expected = `expected \`Authorization: ${httpScheme || '<scheme>'} <credentials>\`.`;
  if (!header) return { ok: false, present: false, problem: `Credentials are missing: ${expected}` };
  const m = SCHEME_AND_VALUE.exec(header);
  if (!m || !httpScheme || m[1]!.toLowerCase() !== httpScheme) return { ok: false, present: sent === httpScheme, problem: `Credentials are malformed: ${expected}` };
  return { ok: true, credential: { scheme: name, type: 'http', value: m[2]!.trim() } };
}

/** A quoted-string of visible ASCII (anything else percent-encoded: a header value holds no CR/LF). */
function quoted(text: string): string {
  return `"${text.replace(/[^\x20-\x7e]/g, (c) => encodeURIComponent(c)).replace(/["\\]/g, '\\$&')}"`;
}

/**
 * The `WWW-Authenticate` challenge asking for a scheme: `Bearer` (http bearer, oauth2,
 * openIdConnect), `Basic realm="mock"`, `<Scheme> realm="mock"` for other http schemes, and for
 * API keys (which HTTP has no challenge for) `ApiKey in="header", name="X-Key"`; none for mutualTLS.
 */
export function challenge(scheme: MockSecurityScheme | undefined): string | undefined {
  if (!scheme || scheme.type === 'mutualTLS') return undefined;
  if (isBearer(scheme)) return 'Bearer';
  if (scheme.type === 'apiKey') return scheme.in && scheme.name ? `ApiKey in=${quoted(scheme.in)}, name=${quoted(scheme.name)}` : 'ApiKey';
  const name = scheme.scheme ?? '';
  if (!TOKEN.test(name)) return undefined;
  return `${name.charAt(0).toUpperCase()}${name.slice(1).toLowerCase()} realm="mock"`;
}

/** The caller id a non-bearer credential stands for: the API key, the Basic user name, the raw value. */
export function credentialId(credential: MockCredential): string {
  return credential.username ?? credential.value;
}
