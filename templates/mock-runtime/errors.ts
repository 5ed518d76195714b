/** Graph-style error bodies (`error.code`, `message`, `innerError` with `request-id` and `date`). */
export interface MockErrorDetail {
  code: string;
  message: string;
  target?: string;
}

export class MockError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: MockErrorDetail[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const DEFAULT_ERROR_CODES: Record<string, string> = {
  '400': 'BadRequest',
  '401': 'InvalidAuthenticationToken',
  '403': 'accessDenied',
  '404': 'itemNotFound',
  '405': 'MethodNotAllowed',
  '409': 'Conflict',
  '413': 'RequestEntityTooLarge',
  '429': 'TooManyRequests',
  '500': 'generalException',
  '503': 'serviceNotAvailable',
};

/** Graph writes `innerError.date` in UTC to the second. */
export function errorDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

export function errorBody(error: MockError, requestId: string, clientRequestId: string, now: number): unknown {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details.length ? { details: error.details } : {}),
      innerError: { date: errorDate(now), 'request-id': requestId, 'client-request-id': clientRequestId },
    },
  };
}
