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
class MockStrictError extends Error {
  constructor(operationId, status, pointer, problem) {
    super(`mock answer breaks the spec: ${operationId} ${status}${pointer ? ` at ${pointer}` : ""}: ${problem}`);
    this.operationId = operationId;
    this.status = status;
    this.pointer = pointer;
  }
  operationId;
  status;
  pointer;
  name = "MockStrictError";
}
const DEFAULT_ERROR_CODES = {
  "400": "BadRequest",
  "401": "InvalidAuthenticationToken",
  "403": "accessDenied",
  "404": "itemNotFound",
  "405": "MethodNotAllowed",
  "409": "Conflict",
  "413": "RequestEntityTooLarge",
  "415": "UnsupportedMediaType",
  "429": "TooManyRequests",
  "500": "generalException",
  "503": "serviceNotAvailable"
};
export {
  DEFAULT_ERROR_CODES,
  MockError,
  MockStrictError
};
