import { type MockHandler } from './mock-runtime/handler.js';
import type { MockOptions } from './mock-runtime/options.js';
import type { MockSpec } from './mock-runtime/spec.js';
export type { MockAnswer, MockControls, MockHandler, MockState } from './mock-runtime/handler.js';
export type { MockBehaviour, MockBehaviourContext, MockCaller, MockFaults, MockOptions } from './mock-runtime/options.js';
export type { JsonObject, MockOperation, MockResource, MockSpec } from './mock-runtime/spec.js';
export { FAULT_HEADER } from './mock-runtime/faults.js';
export { MockStrictError } from './mock-runtime/errors.js';
/** What the mock knows about the API, planned from the spec by specgen (data only). */
export declare const MOCK_SPEC: MockSpec;
/** A mock of Microsoft Graph external connectors as a fetch-style handler: `(request: Request) => Promise<Response>`, plus test controls. */
export declare function createMockHandler(options?: MockOptions): MockHandler;
