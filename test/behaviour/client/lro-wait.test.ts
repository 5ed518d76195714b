/**
 * Long-running operations' `wait()` against the failure cases of the public connector samples, over
 * real HTTP on 127.0.0.1: `Retry-After` on the 202 and on in-progress polls (the gaps between polls
 * measured where they arrive), 401 then 403 while consent propagates, a stuck `inprogress` bounded by
 * `maxPolls` and by `timeoutMs`, and a `failed` operation's publicError as a typed error; then the
 * same client against the generated mock; and the generated .d.ts under --strict.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ApiError, createClient, isOperationFailed, OperationFailedError, OperationTimeoutError, registerSchema, TransportError, type ClientOptions,
} from '../../../generated/graph-connectors/dist/client.js';
import { ROOT, tempDir } from '../../helpers/cli.ts';
import { SCHEMA, TOKEN as MOCK_TOKEN, withServer, type MockServer } from '../mocks/helpers.ts';
import { graphError, TOKEN, useTestServer, type Reply, type TestServer } from './server.ts';

let server: TestServer;
useTestServer((s) => (server = s));

const options = (extra: Partial<ClientOptions> = {}): ClientOptions => ({ baseUrl: `${server.origin}/v1.0`, getAccessToken: () => TOKEN, ...extra });
const schema = { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'title', type: 'string' }] } as const;
const opPath = '/v1.0/external/connections/contosohr/operations/op1';
const inprogress = (headers: Record<string, string> = {}): Reply => ({ status: 200, headers, body: { id: 'op1', status: 'inprogress' } });
const completed: Reply = { status: 200, body: { id: 'op1', status: 'completed' } };

/** PATCH .../schema answers 202 + Location (and these headers); the polls answer `polls` in turn (the last repeats). */
function script(polls: Reply[], accepted: Record<string, string> = {}) {
  server.on('PATCH /v1.0/external/connections/contosohr/schema', { status: 202, headers: { location: `${server.origin}${opPath}`, ...accepted } });
  server.on(`GET ${opPath}`, polls);
}
const start = (extra: Partial<ClientOptions> = {}) => registerSchema({ connectionId: 'contosohr', body: schema as never }, { client: options(extra) });
/** The PATCH, then each poll, in arrival order (ms since the server started). */
const arrivals = () => server.received.map((r) => r.at);
const gaps = () => arrivals().slice(1).map((at, i) => at - arrivals()[i]!);
const polls = () => server.received.filter((r) => r.method === 'GET');

describe('Retry-After', () => {
  it('on the 202 and on in-progress polls: the next poll waits at least that long, and it is not sticky', async () => {
    script([inprogress({ 'retry-after': '1' }), inprogress(), completed], { 'retry-after': '1' });
    const done = await (await start()).wait({ intervalMs: 20 });
    expect(done).toEqual({ id: 'op1', status: 'completed' });
    const g = gaps();
    expect(g).toHaveLength(3);
    // PATCH -> poll 1: the 202's Retry-After; poll 1 -> poll 2: the in-progress answer's; poll 2 -> 3: the interval again.
    expect(g[0]).toBeGreaterThanOrEqual(1000);
    expect(g[1]).toBeGreaterThanOrEqual(1000);
    expect(g[2]).toBeGreaterThanOrEqual(18);
    expect(g[2]).toBeLessThan(900);
  });

  it('never shortens the pause: Retry-After 0 still waits the interval', async () => {
    script([inprogress({ 'retry-after': '0' }), inprogress({ 'retry-after': '0' }), completed]);
    await (await start()).wait({ intervalMs: 150 });
    const g = gaps().slice(1);
    expect(g).toHaveLength(2);
    expect(g[0]).toBeGreaterThanOrEqual(148);
    expect(g[1]).toBeGreaterThanOrEqual(148 * 1.5);
  });

  it('a 429 on a poll is retried by send after its Retry-After, and counts as one poll', async () => {
    script([inprogress(), { status: 429, headers: { 'retry-after': '1' }, body: graphError('TooManyRequests', 'slow down') }, completed]);
    await expect((await start({ retry: { baseDelayMs: 1 } })).wait({ intervalMs: 10, maxPolls: 2 })).resolves.toMatchObject({ status: 'completed' });
    const g = gaps();
    expect(polls()).toHaveLength(3);
    expect(g[2]).toBeGreaterThanOrEqual(1000);
  });

  it('abort during a Retry-After pause ends the wait at once', async () => {
    script([inprogress({ 'retry-after': '20' })]);
    const lro = await start();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const began = Date.now();
    const e = await lro.wait({ intervalMs: 10, signal: controller.signal }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TransportError);
    expect(e).toMatchObject({ kind: 'abort' });
    expect(Date.now() - began).toBeLessThan(1000);
    expect(polls()).toHaveLength(1);
  });

  it('a Retry-After past the deadline gives up now instead of polling early or sleeping past it', async () => {
    script([inprogress({ 'retry-after': '30' })]);
    const began = Date.now();
    const e = await (await start()).wait({ intervalMs: 10, timeoutMs: 2000 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OperationTimeoutError);
    expect(e).toMatchObject({ reason: 'timeoutMs', polls: 1 });
    expect(Date.now() - began).toBeLessThan(1000);
  });
});

describe('401/403 while consent propagates', () => {
  it('401, then 403, then 200: retried with backoff, a fresh token each time, and resolves', async () => {
    let tokens = 0;
    script([
      { status: 401, body: graphError('InvalidAuthenticationToken', 'Access token validation failure.') },
      { status: 403, body: graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.') },
      inprogress(),
      completed,
    ]);
    const lro = await start({ getAccessToken: () => `${TOKEN}-${++tokens}` });
    await expect(lro.wait({ intervalMs: 40, authRetryMs: 5000 })).resolves.toEqual({ id: 'op1', status: 'completed' });
    expect(polls()).toHaveLength(4);
    // one token for the PATCH, then one per poll: each retry asks again
    expect(polls().map((r) => r.headers.authorization)).toEqual([2, 3, 4, 5].map((n) => `Bearer ${TOKEN}-${n}`));
    const g = gaps().slice(1);
    expect(g[0]).toBeGreaterThanOrEqual(38);
    expect(g[1]).toBeGreaterThanOrEqual(58);
  });

  it('a 403 that outlasts authRetryMs throws the ApiError, having retried within the window', async () => {
    script([{ status: 403, body: graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.') }]);
    const began = Date.now();
    const e = await (await start()).wait({ intervalMs: 20, authRetryMs: 300 }).catch((x: unknown) => x);
    const elapsed = Date.now() - began;
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ status: 403, code: 'Authorization_RequestDenied', operation: 'getConnectionOperation' });
    expect(polls().length).toBeGreaterThan(3);
    expect(elapsed).toBeLessThan(800);
    // the last retry started within the window
    expect(polls().at(-1)!.at - polls()[0]!.at).toBeLessThanOrEqual(300);
  });

  it('authRetryMs: 0 throws the first 401; other errors (404) are never retried', async () => {
    script([{ status: 401, body: graphError('InvalidAuthenticationToken', 'expired') }]);
    await expect((await start()).wait({ intervalMs: 10, authRetryMs: 0 })).rejects.toMatchObject({ name: 'ApiError', status: 401 });
    expect(polls()).toHaveLength(1);
    server.reset();
    script([{ status: 404, body: graphError('itemNotFound', 'no such operation') }]);
    await expect((await start()).wait({ intervalMs: 10 })).rejects.toMatchObject({ name: 'ApiError', status: 404 });
    expect(polls()).toHaveLength(1);
  });

  it('a 401 run that meets maxPolls ends in OperationTimeoutError with the 401 as its cause', async () => {
    script([{ status: 401, body: graphError('InvalidAuthenticationToken', 'not yet') }]);
    const e = await (await start()).wait({ intervalMs: 5, maxPolls: 3 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OperationTimeoutError);
    expect(e).toMatchObject({ reason: 'maxPolls', polls: 3, body: undefined });
    expect((e as OperationTimeoutError).cause).toBeInstanceOf(ApiError);
    expect(polls()).toHaveLength(3);
  });
});

describe('a stuck inprogress is bounded', () => {
  it('maxPolls: exactly that many polls, then OperationTimeoutError with the last status body', async () => {
    script([inprogress()]);
    const lro = await start();
    const e = await lro.wait({ intervalMs: 5, maxPolls: 5 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OperationTimeoutError);
    expect(e).toBeInstanceOf(TransportError);
    expect(e).toMatchObject({ name: 'OperationTimeoutError', kind: 'timeout', reason: 'maxPolls', polls: 5, operation: 'registerSchema',
      body: { id: 'op1', status: 'inprogress' } });
    expect((e as Error).message).toMatch(/^registerSchema: not done after 5 polls in [\d.]+ s \(maxPolls reached; last status: inprogress\)$/);
    expect(polls()).toHaveLength(5);
  });

  it('maxPolls defaults to 120', async () => {
    script([inprogress()]);
    const e = await (await start()).wait({ intervalMs: 1, maxIntervalMs: 1 }).catch((x: unknown) => x);
    expect(e).toMatchObject({ name: 'OperationTimeoutError', reason: 'maxPolls', polls: 120 });
    expect(polls()).toHaveLength(120);
  });

  it('timeoutMs: gives up by the deadline', async () => {
    script([inprogress()]);
    const began = Date.now();
    const e = await (await start()).wait({ intervalMs: 20, timeoutMs: 400 }).catch((x: unknown) => x);
    const elapsed = Date.now() - began;
    expect(e).toMatchObject({ name: 'OperationTimeoutError', reason: 'timeoutMs', body: { status: 'inprogress' } });
    expect((e as OperationTimeoutError).polls).toBe(polls().length);
    expect(polls().length).toBeGreaterThan(3);
    expect(elapsed).toBeLessThanOrEqual(450);
  });

  it('timeoutMs also cuts off a poll that hangs', async () => {
    script([inprogress()]);
    const lro = await start();
    server.on(`GET ${opPath}`, (_r, n) => (n === 0 ? inprogress() : 'hang'));
    const began = Date.now();
    const e = await lro.wait({ intervalMs: 10, timeoutMs: 300 }).catch((x: unknown) => x);
    expect(e).toMatchObject({ name: 'OperationTimeoutError', reason: 'timeoutMs', polls: 2 });
    expect((e as OperationTimeoutError).cause).toMatchObject({ name: 'TransportError', kind: 'timeout' });
    expect(Date.now() - began).toBeLessThan(800);
  });
});

describe('a failed operation', () => {
  const publicError = {
    code: 'InvalidSchema', message: 'Property title cannot be refinable and searchable.', target: 'properties/title',
    details: [{ code: 'PropertyConflict', message: 'isRefinable and isSearchable', target: 'title' }],
  };

  it('throws OperationFailedError carrying the publicError, recognised by isOperationFailed and the handle', async () => {
    script([inprogress(), { status: 200, body: { id: 'op1', status: 'failed', error: publicError } }]);
    const lro = await start();
    let caught: unknown;
    try {
      await lro.wait({ intervalMs: 10 });
    } catch (e) {
      caught = e;
      if (!isOperationFailed(e)) throw e;
      expect(e.error?.code).toBe('InvalidSchema');
      expect(e.error?.details?.[0]?.target).toBe('title');
    }
    expect(caught).toBeInstanceOf(OperationFailedError);
    expect(caught).toMatchObject({ operation: 'registerSchema', error: publicError, body: { status: 'failed' },
      message: 'registerSchema: the operation failed: Property title cannot be refinable and searchable.' });
    expect(isOperationFailed(caught, 'registerSchema')).toBe(true);
    expect(lro.isFailed(caught)).toBe(true);
    expect(lro.isFailed(new OperationFailedError('otherOperation', publicError, {}))).toBe(false);
    expect(isOperationFailed(new Error('x'))).toBe(false);
    expect(polls()).toHaveLength(2);
  });

  it('failed with error: null: error is undefined, never done', async () => {
    script([{ status: 200, body: { id: 'op1', status: 'failed', error: null } }]);
    const e = await (await start()).wait({ intervalMs: 10 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OperationFailedError);
    expect((e as OperationFailedError).error).toBeUndefined();
    expect((e as Error).message).toBe('registerSchema: the operation failed');
  });
});

describe('against the generated mock', () => {
  let mock: MockServer | undefined;
  afterEach(async () => {
    await mock?.close();
    mock = undefined;
  });
  const clientFor = (s: MockServer) => createClient({ baseUrl: `${s.url}/v1.0`, getAccessToken: () => MOCK_TOKEN, retry: { baseDelayMs: 1, maxDelayMs: 50 } });

  it('a schema operation completes: wait() resolves, never polling before the mock\'s Retry-After (compliance ledger)', async () => {
    mock = await withServer({ longRunningDelayMs: 1200 });
    const client = clientFor(mock);
    await client.createConnection({ body: { id: 'lro1', name: 'LRO', description: 'wait' } });
    const lro = await client.registerSchema({ connectionId: 'lro1', body: SCHEMA as never });
    await expect(lro.wait({ intervalMs: 20, maxPolls: 50, timeoutMs: 10_000 })).resolves.toMatchObject({ status: 'completed' });
    const ledger = mock.handler.compliance();
    // the pending answers carried Retry-After (the spec's retryAfterSeconds), and every poll waited for it
    expect(ledger.retryAfterGiven).toBeGreaterThanOrEqual(1);
    expect(ledger.violations).toEqual([]);
    await expect(client.getConnection({ connectionId: 'lro1' })).resolves.toMatchObject({ state: 'ready' });
  });

  it('x-specgen-mock-fault: failed-operation: wait() throws OperationFailedError with the publicError', async () => {
    const m = (mock = await withServer({ longRunningDelayMs: 50 }));
    const client = clientFor(m);
    await client.createConnection({ body: { id: 'lro2', name: 'LRO', description: 'fails' } });
    const lro = await client.registerSchema({ connectionId: 'lro2', body: SCHEMA as never }, { headers: { 'x-specgen-mock-fault': 'failed-operation' } });
    const e = await lro.wait({ intervalMs: 20, maxPolls: 50, timeoutMs: 10_000 }).catch((x: unknown) => x);
    expect(isOperationFailed(e, 'registerSchema')).toBe(true);
    const failed = e as OperationFailedError<{ code?: string | null; message?: string | null }>;
    expect(typeof failed.error?.code).toBe('string');
    expect(failed.error?.message).toMatch(/failed-operation fault/);
    expect(failed.message).toMatch(/^registerSchema: the operation failed: /);
    expect(failed.body).toMatchObject({ status: 'failed' });
    expect(m.handler.compliance().violations).toEqual([]);
    // the write did not land: the connection is still a draft
    await expect(client.getConnection({ connectionId: 'lro2' })).resolves.toMatchObject({ state: 'draft' });
  });
});

const SNIPPET = `
import { isOperationFailed, OperationTimeoutError, registerSchema, type OperationFailures } from '${path.join(ROOT, 'generated/graph-connectors/dist/client.js').split(path.sep).join('/')}';
import type { PublicError, GetConnectionOperationResponse200 } from '${path.join(ROOT, 'generated/graph-connectors/dist/types.js').split(path.sep).join('/')}';

export async function ok(): Promise<string | undefined> {
  const lro = await registerSchema({ connectionId: 'a', body: { baseType: 'microsoft.graph.externalItem', properties: [] } });
  try {
    const done = await lro.wait({ timeoutMs: 60_000, maxPolls: 10, intervalMs: 500, maxIntervalMs: 5000, authRetryMs: 30_000 });
    return done.status;
  } catch (e) {
    if (isOperationFailed(e)) {
      const code: string | null | undefined = e.error?.code;
      const error: PublicError | undefined = e.error;
      // @ts-expect-error a publicError has no such property
      e.error?.nope;
      return code ?? error?.message ?? undefined;
    }
    if (isOperationFailed(e, 'registerSchema')) return e.error?.target ?? undefined;
    if (lro.isFailed(e)) return e.error?.message ?? undefined;
    if (e instanceof OperationTimeoutError) {
      const polls: number = e.polls;
      const reason: 'maxPolls' | 'timeoutMs' = e.reason;
      const kind: 'timeout' = e.kind;
      return \`\${polls} \${reason} \${kind}\`;
    }
    throw e;
  }
}

export type Check = OperationFailures['registerSchema'] extends PublicError ? (PublicError extends OperationFailures['registerSchema'] ? true : false) : false;
export const check: Check = true;
export type Status = GetConnectionOperationResponse200;

export async function wrong() {
  const lro = await registerSchema({ connectionId: 'a', body: { baseType: 'microsoft.graph.externalItem', properties: [] } });
  // @ts-expect-error maxPolls is a number
  await lro.wait({ maxPolls: 'many' });
  // @ts-expect-error no such operation among the long-running ones
  isOperationFailed(new Error('x'), 'getConnection');
}
`;

describe('types (generated .d.ts under --strict)', () => {
  it('isOperationFailed narrows to the spec\'s publicError; wait options and OperationTimeoutError are typed', async () => {
    const file = path.join(await tempDir('specgen-lro-types-'), 'snippet.ts');
    await writeFile(file, SNIPPET);
    const program = ts.createProgram([file], {
      strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [],
      noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => {
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
      return `${line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
    expect(diagnostics).toEqual([]);
  }, 30_000);
});
