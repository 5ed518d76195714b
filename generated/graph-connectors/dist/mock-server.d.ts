/// <reference types="node" preserve="true" />
import { type MockServer, type MockServerOptions } from './mock-runtime/server.js';
export type { MockServer, MockServerOptions } from './mock-runtime/server.js';
export type { MockAnswer, MockFaults, MockHandler, MockOptions, MockState } from './mocks.js';
/** Starts the mock on `host:port` (default 127.0.0.1, any free port); `close()` stops it. */
export declare function startMockServer(options?: MockServerOptions): Promise<MockServer>;
