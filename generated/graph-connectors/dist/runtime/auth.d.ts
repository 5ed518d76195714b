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
export type AuthOptions = {
    [scheme: string]: CredentialSource | undefined;
};
/** A security scheme as the client sends it: OpenAPI's Security Scheme Object, reduced; `key` is its name in the spec. */
export type SecurityScheme = {
    key: string;
    type: 'apiKey';
    in: 'header' | 'query' | 'cookie';
    name: string;
} | {
    key: string;
    type: 'http';
    scheme: string;
} | {
    key: string;
    type: 'oauth2' | 'openIdConnect' | 'mutualTLS';
};
/** Where credentials go: headers (lower-case names), `name=value` query pairs and cookie pairs, encoded. */
export interface Credentials {
    headers: Record<string, string>;
    query: string[];
    cookies: string[];
}
type Token = (() => string | undefined | Promise<string | undefined>) | undefined;
/**
 * The credentials of one request. `security` is the operation's alternatives (each a list of schemes
 * that must all be sent); `undefined` for a spec without security schemes, where `getAccessToken`'s
 * token is sent as a bearer token. The first non-empty alternative whose credentials are all
 * available wins; if none is and an empty alternative (`{}`) exists, nothing is sent; otherwise the
 * first alternative with some credentials sends those (the server will say 401).
 */
export declare function authorize(security: readonly (readonly SecurityScheme[])[] | undefined, auth: AuthOptions | undefined, getAccessToken: Token): Promise<Credentials>;
export {};
