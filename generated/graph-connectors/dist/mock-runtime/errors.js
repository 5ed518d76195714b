class MockError extends Error {
  constructor(status, code, message, details = [], headers = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.headers = headers;
  }
  status;
  code;
  details;
  headers;
}
const DEFAULT_ERROR_CODES = {
  "400": "BadRequest",
  "401": "InvalidAuthenticationToken",
  "403": "accessDenied",
  "404": "itemNotFound",
  "405": "MethodNotAllowed",
  "409": "Conflict",
  "413": "RequestEntityTooLarge",
  "429": "TooManyRequests",
  "500": "generalException",
  "503": "serviceNotAvailable"
};
function errorDate(ms) {
  return new Date(ms).toISOString().slice(0, 19) + "Z";
}
function errorBody(error, requestId, clientRequestId, now) {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...error.details.length ? { details: error.details } : {},
      innerError: { date: errorDate(now), "request-id": requestId, "client-request-id": clientRequestId }
    }
  };
}
export {
  DEFAULT_ERROR_CODES,
  MockError,
  errorBody,
  errorDate
};
