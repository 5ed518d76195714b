/** msw 2 adapter: request handlers that answer from the mock (msw is an optional peer dependency). */
import { type HttpHandler } from 'msw';
import type { MockHandler } from './handler.js';
import type { MockOptions } from './options.js';
export interface MswMockOptions extends MockOptions {
    /** Origins to intercept (default: the origins of the spec's servers). */
    origins?: string[];
}
/** msw handlers for an existing mock handler. */
export declare function mswHandlersFor(mock: MockHandler, origins?: string[]): HttpHandler[];
/** A new mock made by `create` and its msw handlers (the generated `createMswHandlers` binds `create`). */
export declare function mswMock(create: (options: MockOptions) => MockHandler, options?: MswMockOptions): {
    handlers: HttpHandler[];
    mock: MockHandler;
};
