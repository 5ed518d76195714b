/**
 * OData JSON batching (`x-specgen-batch: { format: odata-json }`), as Microsoft Graph serves
 * `POST /$batch`: `{ requests: [{ id, method, url, headers?, body?, dependsOn? }] }` answered
 * `200 { responses: [{ id, status, headers, body }] }`.
 *
 * Each inner request goes through the same handler as a request of its own (authentication,
 * validation, state, throttling, faults, the compliance ledger), with the batch's credentials; its
 * `url` is relative to the batch endpoint's root (the API version root). A request whose dependency
 * did not succeed is answered 424 Failed Dependency without being run, and so is, 400, one with a
 * body but no `Content-Type` (as Graph does). Whole-batch mistakes (more than `maxRequests`,
 * duplicate or missing ids, unknown or circular `dependsOn`, a nested batch, an absolute URL) are a
 * 400 for the batch.
 */
import type { MockEngine } from './engine.js';
import { type MockAnswer } from './response.js';
import type { JsonObject, MockOperation } from './spec.js';
/**
 * Runs a batch: each step as a request of its own through `dispatch` (the handler's `answer`),
 * dependencies first. `request` is the batch request (its origin, credentials and client request id
 * go to the inner requests).
 */
export declare function runBatch(engine: MockEngine, op: MockOperation, request: Request, url: URL, basePath: string, body: unknown, dispatch: (request: Request) => Promise<MockAnswer>): Promise<{
    responses: JsonObject[];
}>;
