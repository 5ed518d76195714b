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
import { MockError, MockStrictError } from './errors.js';
import { childAt, deleteAt, getAt, setAt } from './paths.js';
import { setOwn, type MockBody, type MockOperation, type MockResponse, type MockShape } from './spec.js';

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
  page?: { items: unknown[]; next?: { url: string; token: string; hasMore: boolean } };
  headers?: Record<string, string>;
  /** Per-element results (MockResults): the array put at `at` of the declared example. */
  results?: { at: string[]; items: unknown[] };
  /**
   * A read, create or list: where its entity (or collection) lives, for the profile's context
   * annotation (`@odata.context`): the request's base path and path parameters.
   */
  context?: { kind: 'entity' | 'collection'; basePath: string; params: Record<string, string> };
}

const inRange = (declared: string, code: number) => /^[1-5]XX$/i.test(declared) && declared[0] === String(code)[0];

/** The declared response for a status: exact, range, `default` (undefined: none fits). */
export function declaredFor(op: MockOperation, code: number): MockResponse | undefined {
  return op.responses.find((r) => r.status === String(code))
    ?? op.responses.find((r) => inRange(r.status, code))
    ?? op.responses.find((r) => r.status === 'default');
}

const isSuccess = (r: MockResponse) => /^[123]/.test(r.status);
const isError = (r: MockResponse) => /^[45]/.test(r.status) || r.status === 'default';

function pickSuccess(op: MockOperation, wanted: number | undefined): { response: MockResponse | undefined; status: number } {
  const exact = wanted === undefined ? undefined : declaredFor(op, wanted);
  if (exact && isSuccess(exact)) return { response: exact, status: exact.code || wanted! };
  const first = op.responses.find(isSuccess);
  if (first) return { response: first, status: first.code };
  const fallback = op.responses.find((r) => r.status === 'default');
  if (fallback) return { response: fallback, status: wanted ?? 200 };
  // The operation declares no success at all: the status it does declare (as the spec says it answers).
  const declared = op.responses.find((r) => r.code > 0);
  return declared ? { response: declared, status: declared.code } : { response: undefined, status: wanted ?? 200 };
}

/** The error response for a status, per the rule at the top of this file. */
export function pickError(op: MockOperation | undefined, status: number): { response: MockResponse | undefined; status: number } {
  if (!op) return { response: undefined, status };
  const fits = declaredFor(op, status);
  if (fits && isError(fits)) return { response: fits, status: fits.code || status };
  const errors = op.responses.filter((r) => /^[45]\d\d$/.test(r.status));
  const nearest = errors.sort((a, b) => {
    const sameA = a.status[0] === String(status)[0] ? 0 : 1;
    const sameB = b.status[0] === String(status)[0] ? 0 : 1;
    return sameA - sameB || Math.abs(a.code - status) - Math.abs(b.code - status) || a.code - b.code;
  })[0];
  if (nearest) return { response: nearest, status: nearest.code };
  return { response: undefined, status };
}

function decodeBase64(text: string): Uint8Array {
  const bin = atob(text);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** The body of a declared media: JSON value, text, or bytes. */
function exampleOf(engine: MockEngine, body: MockBody): unknown {
  const text = engine.spec.examples[body.example] ?? 'null';
  if (body.kind === 'json') return JSON.parse(text) as unknown;
  if (body.kind === 'binary') return decodeBase64(text);
  return text;
}

function encode(body: MockBody, value: unknown): string | Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (body.kind === 'json') return JSON.stringify(value) ?? 'null';
  return typeof value === 'string' ? value : JSON.stringify(value) ?? '';
}

/** The success answer of an operation for an action's outcome. */
export function successAnswer(engine: MockEngine, op: MockOperation, url: URL, outcome: Outcome): MockAnswer {
  const { response, status } = pickSuccess(op, outcome.status);
  const headers: Record<string, string> = { ...response?.headers, ...outcome.headers };
  const body = response?.body;
  if (!body || status === 204 || status === 304) return { status, headers };
  let value = exampleOf(engine, body);
  const shape = response.shape;
  const select = engine.profile.select;
  const member = (v: unknown) => (select && v !== null && typeof v === 'object' && !Array.isArray(v) ? select(op, url, v as Record<string, unknown>) : v);
  const example = value;
  let stateful = true;
  if (shape?.kind === 'member' && outcome.value !== undefined) value = member(outcome.value);
  else if (shape?.kind === 'wrapper' && outcome.value !== undefined) value = setAt(structuredClone(value), shape.at, member(outcome.value));
  else if (shape?.kind === 'items' && outcome.page) {
    value = setAt(structuredClone(value), shape.at, outcome.page.items.map(member));
    value = withPaging(op, value, outcome.page.next, headers);
  } else if (outcome.results) value = setAt(structuredClone(value), outcome.results.at, outcome.results.items);
  else stateful = false;
  if (stateful) value = withContext(engine, op, url, outcome, shape, value);
  // What was stored came from requests (and their schemas): where it breaks the answer's schema, the
  // answer takes the example's value at that place, so it still says what the spec says it does.
  // A profile's `$select` answer leaves properties out on purpose: it is not repaired.
  const selected = !!select && url.searchParams.has('$select');
  if (stateful && body.kind === 'json' && !selected) value = conform(engine, response, value, example);
  headers['content-type'] = body.type;
  return { status, headers, body: encode(body, value) };
}

/**
 * The profile's context annotation (`@odata.context`), first in the body: on the JSON object answer
 * of a read or create (the member itself) and of a list (the object holding the items).
 */
function withContext(engine: MockEngine, op: MockOperation, url: URL, outcome: Outcome, shape: MockShape | undefined, value: unknown): unknown {
  const annotate = engine.profile.context;
  const where = outcome.context;
  if (!annotate || !where || op.resource === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  if (!(where.kind === 'entity' ? shape?.kind === 'member' : shape?.kind === 'items')) return value;
  const annotation = annotate({ origin: url.origin, basePath: where.basePath, template: op.resource, params: where.params, entity: where.kind === 'entity' });
  if (annotation === undefined) return value;
  const out: Record<string, unknown> = {};
  setOwn(out, annotation.name, annotation.value);
  for (const [k, v] of Object.entries(value)) if (k !== annotation.name) setOwn(out, k, v);
  return out;
}

/** A JSON pointer's segments (`/a~1b/0` -> `['a/b', '0']`). */
function segments(pointer: string): string[] {
  return pointer === '' || pointer === '/' ? [] : pointer.replace(/^\//, '').split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The example's value at the place of `path` (array indexes map to the example's first item). */
function analogue(example: unknown, path: string[]): unknown {
  let node = example;
  for (const seg of path) node = childAt(node, Array.isArray(node) && /^\d+$/.test(seg) ? '0' : seg);
  return node;
}

/**
 * Repairs an answer built from stored state against its response schema (the generated validator):
 * each invalid place takes the example's value there; a property the example lacks is dropped; up
 * to a few rounds (a fix may reveal the next issue). Answers that are already valid are untouched.
 */
function conform(engine: MockEngine, response: MockResponse, value: unknown, example: unknown): unknown {
  const validate = response.validator ? engine.validator(response.validator) : undefined;
  if (!validate) return value;
  let body = structuredClone(value);
  for (let round = 0; round < 4; round++) {
    const result = validate(body);
    if (result.ok) return body;
    let changed = false;
    for (const issue of result.issues.slice(0, 64)) {
      const path = segments(issue.path);
      for (let n = path.length; n >= 0; n--) {
        const prefix = path.slice(0, n);
        const sample = analogue(example, prefix);
        if (sample !== undefined) {
          body = setAt(body, prefix, structuredClone(sample));
          changed = true;
          break;
        }
        if (n === path.length && n > 0 && getAt(body, prefix) !== undefined) {
          deleteAt(body, prefix);
          changed = true;
          break;
        }
      }
    }
    if (!changed) break;
  }
  return body;
}

/** The next page, written the way the operation pages. */
function withPaging(op: MockOperation, value: unknown, next: { url: string; token: string; hasMore: boolean } | undefined, headers: Record<string, string>): unknown {
  const paging = op.paging;
  if (!paging) return value;
  switch (paging.kind) {
    case 'link':
    case 'cursor': {
      const v = next ? (paging.kind === 'link' ? next.url : next.token) : paging.end === 'null' ? null : paging.end === 'empty' ? '' : undefined;
      if (v === undefined) {
        deleteAt(value, paging.property);
        return value;
      }
      return setAt(value, paging.property, v);
    }
    case 'after':
      return setAt(value, paging.hasMore, !!next);
    case 'link-header':
      if (next) headers.link = `<${next.url}>; rel="next"`;
      return value;
    default:
      return value;
  }
}

/** The answer to a refused request: the profile's envelope, else the spec's error rule. */
export function errorAnswer(engine: MockEngine, op: MockOperation | undefined, error: MockError, ids: { requestId: string; clientRequestId: string }): MockAnswer {
  const profile = engine.profile.error;
  if (profile) {
    const a = profile(error, op, { ...ids, now: engine.clock() });
    return { status: a.status, headers: { ...a.headers, 'content-type': 'application/json' }, body: JSON.stringify(a.body) };
  }
  const { response, status } = pickError(op, error.status);
  const headers: Record<string, string> = { ...response?.headers, ...error.headers };
  const body = response?.body;
  if (!body) return { status, headers };
  let value = exampleOf(engine, body);
  if (!body.given && response.message) value = setAt(value, response.message, error.message);
  if (!body.given && response.statusAt) value = setAt(value, response.statusAt, status);
  headers['content-type'] = body.type;
  return { status, headers, body: encode(body, value) };
}

/**
 * Strict mode: the answer must be one the operation declares: a declared status, a body exactly
 * where one is declared, of the declared media type, valid for its schema.
 */
export function checkAnswer(engine: MockEngine, op: MockOperation, answer: MockAnswer): void {
  const fail = (pointer: string, problem: string) => {
    throw new MockStrictError(op.operationId, answer.status, pointer, problem);
  };
  const response = declaredFor(op, answer.status);
  if (!response) return fail('', `status ${answer.status} is not declared (declared: ${op.responses.map((r) => r.status).join(', ') || 'none'})`);
  if (!response.body) {
    if (answer.body !== undefined && answer.body.length) fail('', 'a body where the spec declares none');
    return;
  }
  if (answer.body === undefined) return fail('', `no body where the spec declares ${response.body.type}`);
  if (answer.headers['content-type'] !== response.body.type) fail('', `content-type ${answer.headers['content-type'] ?? 'none'}, declared ${response.body.type}`);
  if (response.body.kind !== 'json' || !response.validator || typeof answer.body !== 'string') return;
  const validate = engine.validator(response.validator);
  if (!validate) return;
  const result = validate(JSON.parse(answer.body) as unknown);
  if (!result.ok) {
    const first = result.issues[0];
    fail(first?.path ?? '', `${first?.message ?? 'invalid'} (${result.issues.length} issue${result.issues.length === 1 ? '' : 's'}; ${response.validator})`);
  }
}
