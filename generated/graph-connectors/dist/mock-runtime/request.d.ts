import type { MockEngine } from './engine.js';
import { type MockCaller } from './options.js';
import { type MockOperation } from './spec.js';
export declare function codeFor(engine: MockEngine, op: MockOperation | undefined, status: number): string;
export declare function authenticate(engine: MockEngine, op: MockOperation, request: Request, url?: URL): Promise<MockCaller>;
/**
 * Path, query, header and cookie parameters, read by the codec and validated per location (400).
 * `params` are the router's (decoded) path values: used only when the raw segments cannot be found
 * in the URL (then `%` is re-escaped, so delimiters in decoded values read as delimiters).
 */
export declare function checkParameters(engine: MockEngine, op: MockOperation, params: Record<string, string>, url: URL, request: Request, rawPath?: Record<string, string>): void;
/** The body: size limit (413), media type (415), decoded per kind (400), readOnly dropped, validated (400). */
export declare function readBody(engine: MockEngine, op: MockOperation, request: Request): Promise<unknown>;
