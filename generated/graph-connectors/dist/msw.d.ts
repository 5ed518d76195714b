import { type HttpHandler } from 'msw';
import { type MockHandler, type MockOptions } from './mocks.js';
/** msw 2 adapter: request handlers that answer from the mock (msw is an optional peer dependency). */
export interface MswMockOptions extends MockOptions {
    /** Origins to intercept (default: the origins of the spec's servers). */
    origins?: string[];
}
/** msw handlers for an existing mock handler. */
export declare function mswHandlersFor(mock: MockHandler, origins?: string[]): HttpHandler[];
/** A new mock and its msw handlers: `setupServer(...createMswHandlers().handlers)`. */
export declare function createMswHandlers(options?: MswMockOptions): {
    handlers: HttpHandler[];
    mock: MockHandler;
};
