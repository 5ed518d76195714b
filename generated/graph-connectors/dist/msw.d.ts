import type { HttpHandler } from 'msw';
import { type MswMockOptions } from './mock-runtime/msw.js';
import { type MockHandler } from './mocks.js';
export { mswHandlersFor, type MswMockOptions } from './mock-runtime/msw.js';
/** A new mock and its msw handlers: `setupServer(...createMswHandlers().handlers)`. */
export declare function createMswHandlers(options?: MswMockOptions): {
    handlers: HttpHandler[];
    mock: MockHandler;
};
