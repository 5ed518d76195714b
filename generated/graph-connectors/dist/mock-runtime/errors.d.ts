/** Graph-style error bodies (`error.code`, `message`, `innerError` with `request-id` and `date`). */
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
export declare const DEFAULT_ERROR_CODES: Record<string, string>;
/** Graph writes `innerError.date` in UTC to the second. */
export declare function errorDate(ms: number): string;
export declare function errorBody(error: MockError, requestId: string, clientRequestId: string, now: number): unknown;
