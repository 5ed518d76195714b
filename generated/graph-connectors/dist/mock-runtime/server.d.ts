/// <reference types="node" preserve="true" />
import type { MockHandler, MockState } from './handler.js';
import type { MockFaults, MockOptions } from './options.js';
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
/** Starts a mock made by `create` on `host:port`; `close()` stops it. The generated `startMockServer` binds `create`. */
export declare function serveMock(create: (options: MockOptions) => MockHandler, options?: MockServerOptions): Promise<MockServer>;
