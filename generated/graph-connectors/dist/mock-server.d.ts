/// <reference types="node" preserve="true" />
import { type MockFaults, type MockHandler, type MockOptions, type MockState } from './mocks.js';
/** Node adapter: the mock handler behind `node:http`, on 127.0.0.1 by default. */
export interface MockServerOptions extends MockOptions {
    /** 0 (default) = any free port. */
    port?: number;
    /** Default 127.0.0.1. */
    host?: string;
}
export interface MockServer {
    /** Origin of the server (`http://127.0.0.1:PORT`); clients add the base path (`/v1.0`). */
    url: string;
    port: number;
    handler: MockHandler;
    state: MockState;
    reset(): void;
    setFaults(faults: MockFaults | undefined): void;
    close(): Promise<void>;
}
/** Starts the mock on `host:port`; `close()` stops it. */
export declare function startMockServer(options?: MockServerOptions): Promise<MockServer>;
