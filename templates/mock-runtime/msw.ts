/** msw 2 adapter: request handlers that answer from the mock (msw is an optional peer dependency). */
import { http, type HttpHandler } from 'msw';
import { createMockHandler } from './entry.ts';
import type { MockHandler } from './handler.ts';
import type { MockOptions } from './options.ts';

export interface MswMockOptions extends MockOptions {
  /** Origins to intercept (default: the origins of the spec's servers). */
  origins?: string[];
}

/** msw handlers for an existing mock handler. */
export function mswHandlersFor(mock: MockHandler, origins: string[] = mock.spec.origins): HttpHandler[] {
  return origins.map((origin) => http.all(`${origin.replace(/\/+$/, '')}/*`, ({ request }) => mock(request)));
}

/** A new mock and its msw handlers: `setupServer(...createMswHandlers().handlers)`. */
export function createMswHandlers(options: MswMockOptions = {}): { handlers: HttpHandler[]; mock: MockHandler } {
  const { origins, ...mockOptions } = options;
  const mock = createMockHandler(mockOptions);
  return { handlers: mswHandlersFor(mock, origins), mock };
}
