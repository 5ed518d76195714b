/** Reading a request: token, caller, parameters and body, each validated with the generated validators. */
import type { MockEngine } from './engine.js';
import { type MockCaller } from './options.js';
import { type MockOperation } from './spec.js';
export declare function codeFor(engine: MockEngine, op: MockOperation | undefined, status: number): string;
export declare function authenticate(engine: MockEngine, op: MockOperation, request: Request): Promise<MockCaller>;
export declare function checkParameters(engine: MockEngine, op: MockOperation, params: Record<string, string>, url: URL, request: Request): void;
/** The JSON body: size limit (413), well-formed (400), server-set properties dropped, validated (400). */
export declare function readBody(engine: MockEngine, op: MockOperation, request: Request): Promise<unknown>;
