/** Why the mock refuses a request: status, an error code for profiles that carry one, the message. */
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

/**
 * Strict mode (`MockOptions.strict`): the mock was about to answer something its own spec does not
 * allow. Thrown out of the handler (the node adapter answers 500 with this message) so tests fail
 * loudly, naming the operation, the status and the JSON pointer of the problem.
 */
export class MockStrictError extends Error {
  override name = 'MockStrictError';
  constructor(readonly operationId: string, readonly status: number, readonly pointer: string, problem: string) {
    super(`mock answer breaks the spec: ${operationId} ${status}${pointer ? ` at ${pointer}` : ''}: ${problem}`);
  }
}

/** Error codes by status where the spec's examples name none (profiles with error codes use them). */
export const DEFAULT_ERROR_CODES: Record<string, string> = {
  '400': 'BadRequest',
  '401': 'InvalidAuthenticationToken',
  '403': 'accessDenied',
  '404': 'itemNotFound',
  '405': 'MethodNotAllowed',
  '409': 'Conflict',
  '413': 'RequestEntityTooLarge',
  '415': 'UnsupportedMediaType',
  '429': 'TooManyRequests',
  '500': 'generalException',
  '503': 'serviceNotAvailable',
};
