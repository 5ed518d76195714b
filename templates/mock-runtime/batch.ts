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
import { MockError } from './errors.js';
import { codeFor } from './request.js';
import { errorAnswer, type MockAnswer } from './response.js';
import type { JsonObject, MockOperation } from './spec.js';

interface Step {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  dependsOn: string[];
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const isObj = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The batch's steps, checked as a whole (400 for the batch on the first mistake). */
function stepsOf(engine: MockEngine, op: MockOperation, body: unknown, batchPath: string): Step[] {
  const bad = (message: string) => new MockError(400, codeFor(engine, op, 400), message);
  const requests = isObj(body) ? body.requests : undefined;
  if (!Array.isArray(requests) || requests.length === 0) throw bad('The batch needs a non-empty `requests` array.');
  const max = op.batch?.maxRequests ?? 20;
  if (requests.length > max) throw bad(`A batch holds at most ${max} requests; this one has ${requests.length}.`);
  const steps: Step[] = [];
  const ids = new Set<string>();
  for (const [i, r] of requests.entries()) {
    if (!isObj(r)) throw bad(`requests[${i}] must be an object.`);
    const id = r.id;
    if (typeof id !== 'string' || id === '') throw bad(`requests[${i}] needs an \`id\`.`);
    if (ids.has(id)) throw bad(`The request id '${id}' is used more than once.`);
    ids.add(id);
    const method = typeof r.method === 'string' ? r.method.toUpperCase() : '';
    if (!METHODS.has(method)) throw bad(`Request '${id}': method must be one of ${[...METHODS].join(', ')}.`);
    if (typeof r.url !== 'string' || r.url === '') throw bad(`Request '${id}' needs a \`url\`.`);
    if (/^[a-z][a-z\d+.-]*:/i.test(r.url) || r.url.startsWith('//')) throw bad(`Request '${id}': the url must be relative to the API root, not absolute.`);
    const url = r.url.startsWith('/') ? r.url : `/${r.url}`;
    const path = url.split(/[?#]/)[0]!;
    if (path === batchPath || path.endsWith('/$batch')) throw bad(`Request '${id}': batches cannot be nested.`);
    const headers: Record<string, string> = {};
    if (r.headers !== undefined) {
      if (!isObj(r.headers)) throw bad(`Request '${id}': headers must be an object of strings.`);
      for (const [name, value] of Object.entries(r.headers)) {
        if (typeof value !== 'string') throw bad(`Request '${id}': header '${name}' must be a string.`);
        headers[name.toLowerCase()] = value;
      }
    }
    const dependsOn = r.dependsOn === undefined ? [] : r.dependsOn;
    if (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === 'string')) throw bad(`Request '${id}': dependsOn must be a list of request ids.`);
    steps.push({ id, method, url, headers, ...(r.body !== undefined ? { body: r.body } : {}), dependsOn: dependsOn as string[] });
  }
  for (const s of steps) {
    for (const d of s.dependsOn) {
      if (!ids.has(d)) throw bad(`Request '${s.id}' depends on '${d}', which is not in the batch.`);
      if (d === s.id) throw bad(`Request '${s.id}' depends on itself.`);
    }
  }
  return inDependencyOrder(steps, bad);
}

/** Dependencies first, otherwise the batch's own order; a cycle is a mistake. */
function inDependencyOrder(steps: Step[], bad: (message: string) => MockError): Step[] {
  const done = new Set<string>();
  const out: Step[] = [];
  while (out.length < steps.length) {
    const next = steps.find((s) => !done.has(s.id) && s.dependsOn.every((d) => done.has(d)));
    if (!next) throw bad(`The dependsOn of requests ${steps.filter((s) => !done.has(s.id)).map((s) => `'${s.id}'`).join(', ')} form a cycle.`);
    done.add(next.id);
    out.push(next);
  }
  return out;
}

/** Graph's own header names keep their case (`request-id`); the others are written as on the wire (`Content-Type`, `Retry-After`). */
const AS_IS = new Set(['request-id', 'client-request-id']);

/**
 * Header names as Graph writes them in batch responses. Clients read them as plain JSON keys, some
 * case-sensitively (the classic Graph client looks for `Content-Type`).
 */
function wireCase(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[AS_IS.has(name) ? name : name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase())] = value;
  }
  return out;
}

/** The base path segment (`v1.0`) a step's URL starts with, when it repeats one of the API's roots. */
function versioned(engine: MockEngine, url: string): string | undefined {
  const root = engine.spec.basePaths.find((b) => b !== '' && (url === b || url.startsWith(`${b}/`) || url.startsWith(`${b}?`)));
  return root?.split('/').filter(Boolean)[0];
}

/** An inner answer's body as a batch response carries it: JSON as JSON, text as text, bytes as base64. */
function bodyOf(answer: MockAnswer): unknown {
  if (answer.body === undefined || answer.body.length === 0) return undefined;
  if (typeof answer.body !== 'string') {
    let text = '';
    for (const byte of answer.body) text += String.fromCharCode(byte);
    return btoa(text);
  }
  if (/[/+]json\b/i.test(answer.headers['content-type'] ?? '')) {
    try {
      return JSON.parse(answer.body);
    } catch {
      return answer.body;
    }
  }
  return answer.body;
}

/**
 * Runs a batch: each step as a request of its own through `dispatch` (the handler's `answer`),
 * dependencies first. `request` is the batch request (its origin, credentials and client request id
 * go to the inner requests).
 */
export async function runBatch(
  engine: MockEngine,
  op: MockOperation,
  request: Request,
  url: URL,
  basePath: string,
  body: unknown,
  dispatch: (request: Request) => Promise<MockAnswer>,
): Promise<{ responses: JsonObject[] }> {
  const steps = stepsOf(engine, op, body, url.pathname);
  const succeeded = new Set<string>();
  const answered = new Map<string, JsonObject>();
  const carried = ['authorization', 'cookie', 'x-api-key'];
  for (const step of steps) {
    const failed = step.dependsOn.filter((d) => !succeeded.has(d));
    let answer: MockAnswer;
    const refuse = (error: MockError) => {
      const requestId = engine.requestIds.uuid();
      return errorAnswer(engine, undefined, error, { requestId, clientRequestId: step.headers['client-request-id'] ?? requestId });
    };
    if (failed.length) {
      answer = refuse(new MockError(424, 'failedDependency', `The request depends on ${failed.map((d) => `'${d}'`).join(', ')}, which did not succeed.`));
    } else if (versioned(engine, step.url)) {
      // Relative to the version root already: Graph reads the version as the first path segment.
      answer = refuse(new MockError(400, codeFor(engine, op, 400), `Resource not found for the segment '${versioned(engine, step.url)}'.`));
    } else if (step.body !== undefined && !step.headers['content-type']) {
      // Graph answers this one request 400 (not the batch): "Write request id : 1 does not contain Content-Type header or body."
      answer = refuse(new MockError(400, codeFor(engine, op, 400), `Write request id : ${step.id} does not contain Content-Type header or body.`));
    } else {
      const headers = new Headers(step.headers);
      for (const name of carried) {
        const value = request.headers.get(name);
        if (value !== null && !headers.has(name)) headers.set(name, value);
      }
      const init: RequestInit = { method: step.method, headers };
      if (step.body !== undefined) {
        init.body = typeof step.body === 'string' && !/[/+]json\b/i.test(step.headers['content-type'] ?? '') ? step.body : JSON.stringify(step.body);
      }
      answer = await dispatch(new Request(`${url.origin}${basePath}${step.url}`, init));
    }
    if (answer.status >= 200 && answer.status < 300) succeeded.add(step.id);
    const value = bodyOf(answer);
    answered.set(step.id, { id: step.id, status: answer.status, headers: wireCase(answer.headers), ...(value !== undefined ? { body: value } : {}) });
  }
  // Answered in the batch's own order (Graph may reorder; a stable order is easier to read and test).
  return { responses: (body as { requests: { id: string }[] }).requests.map((r) => answered.get(r.id)!) };
}
