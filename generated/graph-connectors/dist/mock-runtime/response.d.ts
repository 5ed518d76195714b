/**
 * Answers shaped by the spec (docs/mock.md, "Response rules"): every answer takes a status the
 * operation declares and a body of that status's declared media type and schema.
 *
 * - Success: the declared status the action asks for (exact, then `2XX`, then `default`), else the
 *   operation's first success. Its body is the declared example (or a sample of the schema) with the
 *   stored state put where the schema says (MockShape): the member itself, the member inside a
 *   wrapper, or the list's items (at the wrapper's array property, or the body itself), plus paging.
 * - Error: the declared response for the status (exact, `4XX`, `default`); else the nearest declared
 *   error status (same class first, then the closest code); else the HTTP status with no body.
 *   The body is the spec's example for it when there is one, else a sample carrying the mock's
 *   message in its message property (`message`, `detail`, `error.message`, ...) when it has one.
 * - No body where the status declares none; non-JSON bodies (text, images, binary) in their
 *   declared media type, from the example or a placeholder of that type.
 */
import type { MockEngine } from './engine.js';
import { MockError } from './errors.js';
import { type MockOperation, type MockResponse } from './spec.js';
/** An answer before it becomes a `Response`. */
export interface MockAnswer {
    status: number;
    headers: Record<string, string>;
    /** JSON or other text, or bytes (binary media types); absent: no body. */
    body?: string | Uint8Array;
}
/** What an action produced, before it is shaped into the declared response. */
export interface Outcome {
    /**
     * The status the action means where it differs from the usual answer (201 of a create, a PUT that
     * created, 202 of a long-running write); absent: the operation's first declared success.
     */
    status?: number;
    /** The member acted on (create, read, update, upsert, delete). */
    value?: unknown;
    /** A list page: its items and how the next page is reached. */
    page?: {
        items: unknown[];
        next?: {
            url: string;
            token: string;
            hasMore: boolean;
        };
    };
    headers?: Record<string, string>;
    /** Per-element results (MockResults): the array put at `at` of the declared example. */
    results?: {
        at: string[];
        items: unknown[];
    };
    /**
     * A read, create or list: where its entity (or collection) lives, for the profile's context
     * annotation (`@odata.context`): the request's base path and path parameters.
     */
    context?: {
        kind: 'entity' | 'collection';
        basePath: string;
        params: Record<string, string>;
    };
}
/** The declared response for a status: exact, range, `default` (undefined: none fits). */
export declare function declaredFor(op: MockOperation, code: number): MockResponse | undefined;
/** The error response for a status, per the rule at the top of this file. */
export declare function pickError(op: MockOperation | undefined, status: number): {
    response: MockResponse | undefined;
    status: number;
};
/** The success answer of an operation for an action's outcome. */
export declare function successAnswer(engine: MockEngine, op: MockOperation, url: URL, outcome: Outcome): MockAnswer;
/** The answer to a refused request: the profile's envelope, else the spec's error rule. */
export declare function errorAnswer(engine: MockEngine, op: MockOperation | undefined, error: MockError, ids: {
    requestId: string;
    clientRequestId: string;
}): MockAnswer;
/**
 * Strict mode: the answer must be one the operation declares: a declared status, a body exactly
 * where one is declared, of the declared media type, valid for its schema.
 */
export declare function checkAnswer(engine: MockEngine, op: MockOperation, answer: MockAnswer): void;
