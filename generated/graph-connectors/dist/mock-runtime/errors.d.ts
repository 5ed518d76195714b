/** Why the mock refuses a request: status, an error code for profiles that carry one, the message. */
export interface MockErrorDetail {
    code: string;
    message: string;
    target?: string;
}
export declare class MockError extends Error {
    readonly status: number;
    readonly code: string;
    readonly details: MockErrorDetail[];
    readonly headers: Record<string, string>;
    constructor(status: number, code: string, message: string, details?: MockErrorDetail[], headers?: Record<string, string>);
}
/**
 * Strict mode (`MockOptions.strict`): the mock was about to answer something its own spec does not
 * allow. Thrown out of the handler (the node adapter answers 500 with this message) so tests fail
 * loudly, naming the operation, the status and the JSON pointer of the problem.
 */
export declare class MockStrictError extends Error {
    readonly operationId: string;
    readonly status: number;
    readonly pointer: string;
    name: string;
    constructor(operationId: string, status: number, pointer: string, problem: string);
}
/** Error codes by status where the spec's examples name none (profiles with error codes use them). */
export declare const DEFAULT_ERROR_CODES: Record<string, string>;
