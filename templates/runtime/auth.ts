/**
 * Credentials: what `ClientOptions.auth` (and `getAccessToken`) supply, sent the way each OpenAPI
 * security scheme says. Callbacks are called per attempt, lazily (an alternative already satisfied
 * leaves the later ones uncalled), at most once per scheme, and never for another origin (send()
 * decides that). Nothing here logs or keeps a credential.
 */
import { formatCookie, formatQuery } from './params.js';

/** HTTP basic credentials, sent as `Authorization: Basic base64(username:password)` (UTF-8). */
export interface BasicCredentials {
  username: string;
  password: string;
}

/** An API key, a token or a raw `Authorization` value; or a user name and password (HTTP basic). */
export type Credential = string | BasicCredentials;

/** Supplies one scheme's credential; called before every attempt. `undefined` (or `''`): none available. */
export type CredentialSource<C extends Credential = Credential> = () => C | undefined | Promise<C | undefined>;

/** Credentials by security scheme name (the keys of the spec's `components.securitySchemes`). */
export type AuthOptions = { [scheme: string]: CredentialSource | undefined };

/** A security scheme as the client sends it: OpenAPI's Security Scheme Object, reduced; `key` is its name in the spec. */
export type SecurityScheme =
  | { key: string; type: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string }
  | { key: string; type: 'http'; scheme: string }
  | { key: string; type: 'oauth2' | 'openIdConnect' | 'mutualTLS' };

/** Where credentials go: headers (lower-case names), `name=value` query pairs and cookie pairs, encoded. */
export interface Credentials {
  headers: Record<string, string>;
  query: string[];
  cookies: string[];
}

type Token = (() => string | undefined | Promise<string | undefined>) | undefined;

/** Bearer-like schemes take `getAccessToken`'s token when `auth` has no entry for them. */
const bearer = (s: SecurityScheme) => s.type === 'oauth2' || s.type === 'openIdConnect' || (s.type === 'http' && s.scheme === 'bearer');

const usable = (c: Credential | undefined): c is Credential => (typeof c === 'string' ? c !== '' : !!c && typeof c.username === 'string');

/** UTF-8 then base64, without Node's Buffer. */
const base64 = (text: string) => btoa(Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join(''));

/**
 * The credentials of one request. `security` is the operation's alternatives (each a list of schemes
 * that must all be sent); `undefined` for a spec without security schemes, where `getAccessToken`'s
 * token is sent as a bearer token. The first non-empty alternative whose credentials are all
 * available wins; if none is and an empty alternative (`{}`) exists, nothing is sent; otherwise the
 * first alternative with some credentials sends those (the server will say 401).
 */
export async function authorize(
  security: readonly (readonly SecurityScheme[])[] | undefined, auth: AuthOptions | undefined, getAccessToken: Token,
): Promise<Credentials> {
  const out: Credentials = { headers: Object.create(null), query: [], cookies: [] };
  let token: Promise<string | undefined> | undefined;
  const accessToken = () => (token ??= Promise.resolve(getAccessToken?.()));
  if (!security) {
    const t = await accessToken();
    if (t) out.headers.authorization = `Bearer ${t}`;
    return out;
  }
  const got = new Map<string, Promise<Credential | undefined>>();
  const credential = (s: SecurityScheme) => {
    let c = got.get(s.key);
    if (!c) {
      const own = auth && Object.hasOwn(auth, s.key) ? auth[s.key] : undefined;
      c = Promise.resolve(own ? own() : bearer(s) ? accessToken() : undefined);
      got.set(s.key, c);
    }
    return c;
  };
  let chosen: [SecurityScheme, Credential][] | undefined;
  let partial: [SecurityScheme, Credential][] | undefined;
  let optional = false;
  for (const alternative of security) {
    if (!alternative.length) {
      optional = true;
      continue;
    }
    const have: [SecurityScheme, Credential][] = [];
    for (const s of alternative) {
      // mutualTLS is the TLS layer's (a custom `fetch`): nothing to send, never "available" here.
      const c = s.type === 'mutualTLS' ? undefined : await credential(s);
      if (usable(c)) have.push([s, c]);
    }
    if (have.length === alternative.length) {
      chosen = have;
      break;
    }
    if (have.length) partial ??= have;
  }
  for (const [s, c] of chosen ?? (optional ? [] : partial ?? [])) {
    const text = typeof c === 'string' ? c : `${c.username}:${c.password}`;
    if (s.type === 'apiKey') {
      const p = { name: s.name, in: s.in, type: 'string' } as const;
      if (s.in === 'query') out.query.push(...formatQuery(p, text));
      else if (s.in === 'cookie') out.cookies.push(...formatCookie(p, text));
      else out.headers[s.name.toLowerCase()] = text;
    } else if (s.type === 'http' && s.scheme !== 'bearer') {
      // basic: base64 of `username:password` (a string is taken as already encoded); others: `<Scheme> <value>`.
      const value = s.scheme === 'basic' && typeof c !== 'string' ? base64(text) : text;
      out.headers.authorization = `${s.scheme.charAt(0).toUpperCase()}${s.scheme.slice(1)} ${value}`;
    } else {
      out.headers.authorization = `Bearer ${text}`;
    }
  }
  return out;
}
