import { type MockCredential } from './options.js';
import type { MockSecurityScheme } from './spec.js';
/** A scheme's credential as the request carries it: usable, or why not (`present`: something was sent but is malformed). */
export type CredentialRead = {
    ok: true;
    credential?: MockCredential;
} | {
    ok: false;
    present: boolean;
    problem: string;
};
/** A header's value, or null (also for a spec-given name that is no valid header name). */
export declare function headerOf(request: Request, name: string): string | null;
/** Bearer tokens: `http` `bearer`, `oauth2`, `openIdConnect`. */
export declare function isBearer(scheme: MockSecurityScheme | undefined): boolean;
/** The credential `name` (a key of securitySchemes) as `request` carries it. */
export declare function readCredential(name: string, scheme: MockSecurityScheme | undefined, request: Request, url: URL): CredentialRead;
/**
 * The `WWW-Authenticate` challenge asking for a scheme: `Bearer` (http bearer, oauth2,
 * openIdConnect), `Basic realm="mock"`, `<Scheme> realm="mock"` for other http schemes, and for
 * API keys (which HTTP has no challenge for) `ApiKey in="header", name="X-Key"`; none for mutualTLS.
 */
export declare function challenge(scheme: MockSecurityScheme | undefined): string | undefined;
/** The caller id a non-bearer credential stands for: the API key, the Basic user name, the raw value. */
export declare function credentialId(credential: MockCredential): string;
