/** Errors, retries (Retry-After, backoff, budget), abort, timeout, and the 503-then-409 idempotent create. */
import { describe, expect, it } from 'vitest';
import {
  ApiError, createClient, isApiError, TransportError, type ClientOptions,
} from '../../../generated/graph-connectors/dist/client.js';
import { graphError, TOKEN, useTestServer, type TestServer } from './server.ts';

let server: TestServer;
useTestServer((s) => (server = s));

const client = (extra: Partial<ClientOptions> = {}) =>
  createClient({ baseUrl: `${server.origin}/v1.0`, getAccessToken: () => TOKEN, ...extra });
const GET = 'GET /v1.0/external/connections/contosohr';
const POST = 'POST /v1.0/external/connections';
const connection = { id: 'contosohr', name: 'Contoso HR', description: 'Contoso HR system', state: 'draft' };
const create = { id: 'contosohr', name: 'Contoso HR', description: 'Contoso HR system' };

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('errors', () => {
  it.each([
    [400, 'invalidRequest'], [401, 'InvalidAuthenticationToken'], [403, 'accessDenied'], [404, 'itemNotFound'],
    [409, 'nameAlreadyExists'], [413, 'itemTooLarge'], [429, 'TooManyRequests'], [503, 'serviceNotAvailable'],
  ])('%i becomes an ApiError with the Graph error body', async (status, code) => {
    server.on('PUT /v1.0/external/connections/contosohr/items/i1', {
      status, headers: { 'request-id': 'hdr-id', 'retry-after': '0' }, body: graphError(code, `it failed: ${code}`, 'body-id'),
    });
    const e = await caught(client({ retry: false }).putItem({ connectionId: 'contosohr', itemId: 'i1', body: { acl: [], properties: {} } as never }));
    expect(e).toBeInstanceOf(ApiError);
    const err = e as ApiError;
    expect(err).toMatchObject({ name: 'ApiError', status, code, operation: 'putItem', requestId: 'body-id', date: '2024-05-06T10:12:31' });
    expect(err.message).toBe(`putItem ${status}: it failed: ${code}`);
    expect(err.body).toEqual(graphError(code, `it failed: ${code}`, 'body-id'));
    expect(err.headers.get('request-id')).toBe('hdr-id');
    expect(isApiError(e)).toBe(true);
    expect(isApiError(e, status)).toBe(true);
    expect(isApiError(e, code.toLowerCase())).toBe(true);
    expect(isApiError(e, status === 404 ? 409 : 404)).toBe(false);
    for (const text of [err.message, String(err.stack), JSON.stringify(err)]) expect(text).not.toContain(TOKEN);
  });

  it('isApiError narrows', async () => {
    server.on(GET, { status: 409, body: graphError('Conflict', 'exists') });
    const e: unknown = await caught(client().getConnection({ connectionId: 'contosohr' }));
    if (isApiError(e, 'conflict')) expect(e.status).toBe(409);
    else throw new Error('not narrowed');
  });

  it('a non-JSON error body is kept as text; requestId falls back to the header', async () => {
    server.on(GET, { status: 400, headers: { 'content-type': 'text/plain', 'request-id': 'hdr' }, body: 'bad' });
    const e = (await caught(client().getConnection({ connectionId: 'contosohr' }))) as ApiError;
    expect(e).toMatchObject({ status: 400, body: 'bad', code: undefined, requestId: 'hdr' });
  });

  it('network failure, timeout and abort are distinct TransportErrors', async () => {
    const network = await caught(createClient({ baseUrl: 'http://127.0.0.1:1/v1.0', getAccessToken: () => TOKEN, retry: false })
      .getConnection({ connectionId: 'x' }));
    expect(network).toBeInstanceOf(TransportError);
    expect((network as TransportError).kind).toBe('network');

    server.on(GET, () => 'hang');
    const started = Date.now();
    const timeout = await caught(client().getConnection({ connectionId: 'contosohr' }, { timeoutMs: 150 }));
    expect(timeout).toMatchObject({ name: 'TransportError', kind: 'timeout', operation: 'getConnection' });
    expect(Date.now() - started).toBeLessThan(1000);

    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const abort = await caught(client().getConnection({ connectionId: 'contosohr' }, { signal: controller.signal }));
    expect(abort).toMatchObject({ kind: 'abort' });

    const clientController = new AbortController();
    clientController.abort();
    expect(await caught(client({ signal: clientController.signal }).getConnection({ connectionId: 'contosohr' }))).toMatchObject({ kind: 'abort' });
    for (const e of [network, timeout, abort]) expect(`${(e as Error).stack} ${JSON.stringify(e)}`).not.toContain(TOKEN);
  });

  it('abort during a retry wait stops at once', async () => {
    server.on(GET, { status: 503, headers: { 'retry-after': '5' }, body: graphError('serviceNotAvailable', 'busy') });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    expect(await caught(client().getConnection({ connectionId: 'contosohr' }, { signal: controller.signal }))).toMatchObject({ kind: 'abort' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.received).toHaveLength(1);
  });
});

describe('retries', () => {
  it.each([429, 503, 504])('%i is retried, then succeeds', async (status) => {
    server.on(GET, [{ status, headers: { 'retry-after': '0' }, body: graphError('x', 'y') }, { status: 200, body: connection }]);
    await expect(client().getConnection({ connectionId: 'contosohr' })).resolves.toEqual(connection);
    expect(server.received).toHaveLength(2);
  });

  it('Retry-After in seconds is honoured', async () => {
    server.on(GET, [{ status: 429, headers: { 'retry-after': '1' }, body: graphError('TooManyRequests', 'slow down') }, { status: 200, body: connection }]);
    await client().getConnection({ connectionId: 'contosohr' });
    const gap = server.received[1]!.at - server.received[0]!.at;
    expect(gap).toBeGreaterThanOrEqual(950);
    expect(gap).toBeLessThan(1600);
  });

  it('Retry-After as an HTTP date is honoured', async () => {
    let target = 0;
    server.on(GET, (_r, n) => {
      if (n > 0) return { status: 200, body: connection };
      target = (Math.floor(Date.now() / 1000) + 2) * 1000; // a whole second, as HTTP dates are
      return { status: 503, headers: { 'retry-after': new Date(target).toUTCString() }, body: graphError('serviceNotAvailable', 'busy') };
    });
    await client().getConnection({ connectionId: 'contosohr' });
    // The retry waits until the date (1 to 2 s away, HTTP dates having whole seconds), not less.
    const gap = server.received[1]!.at - server.received[0]!.at;
    expect(gap).toBeGreaterThanOrEqual(900);
    expect(gap).toBeLessThan(2600);
  });

  it('without Retry-After: exponential backoff with jitter, bounded by attempts', async () => {
    server.on(GET, { status: 503, body: graphError('serviceNotAvailable', 'busy') });
    const e = await caught(client({ retry: { attempts: 4, baseDelayMs: 40 } }).getConnection({ connectionId: 'contosohr' }));
    expect(e).toMatchObject({ status: 503 });
    expect(server.received).toHaveLength(4);
    const gaps = server.received.slice(1).map((r, i) => r.at - server.received[i]!.at);
    // waits of [20,40), [40,80), [80,160) ms (half fixed, half random), plus the round trip
    expect(gaps[0]).toBeGreaterThanOrEqual(18);
    expect(gaps[1]).toBeGreaterThanOrEqual(38);
    expect(gaps[2]).toBeGreaterThanOrEqual(78);
    expect(gaps[2]).toBeLessThan(400);
  });

  it('the total budget bounds retries: a Retry-After past it is not waited for', async () => {
    server.on(GET, { status: 429, headers: { 'retry-after': '30' }, body: graphError('TooManyRequests', 'later') });
    const started = Date.now();
    const e = await caught(client({ retry: { budgetMs: 2000 } }).getConnection({ connectionId: 'contosohr' }));
    expect(e).toMatchObject({ status: 429 });
    expect(Date.now() - started).toBeLessThan(500);
    expect(server.received).toHaveLength(1);
  });

  it('the budget cuts a retry sequence short', async () => {
    server.on(GET, { status: 503, headers: { 'retry-after': '0.2' }, body: graphError('serviceNotAvailable', 'busy') });
    const started = Date.now();
    await caught(client({ retry: { attempts: 100, budgetMs: 700 } }).getConnection({ connectionId: 'contosohr' }));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.received.length).toBeGreaterThanOrEqual(3);
    expect(server.received.length).toBeLessThanOrEqual(4);
  });

  it('other statuses are not retried; retry: false turns retries off', async () => {
    server.on(GET, { status: 500, body: graphError('generalException', 'boom') });
    await caught(client().getConnection({ connectionId: 'contosohr' }));
    expect(server.received).toHaveLength(1);
    server.reset();
    server.on(GET, { status: 503, headers: { 'retry-after': '0' }, body: graphError('x', 'y') });
    await caught(client({ retry: false }).getConnection({ connectionId: 'contosohr' }));
    expect(server.received).toHaveLength(1);
  });

  it('POST is not retried unless the operation is retry-safe', async () => {
    server.on('POST /v1.0/external/connections/c/groups', { status: 503, headers: { 'retry-after': '0' }, body: graphError('x', 'y') });
    await caught(client().createGroup({ connectionId: 'c', body: { id: 'g', displayName: 'G' } }));
    expect(server.received).toHaveLength(1);
  });

  it('a 429 is retried even for a POST that is not retry-safe (the request was refused, not run), after its Retry-After', async () => {
    server.on('POST /v1.0/external/connections/c/groups', [
      { status: 429, headers: { 'retry-after': '1' }, body: graphError('TooManyRequests', 'slow down') },
      { status: 201, body: { id: 'g', displayName: 'G' } },
    ]);
    const started = Date.now();
    await expect(client().createGroup({ connectionId: 'c', body: { id: 'g', displayName: 'G' } })).resolves.toEqual({ id: 'g', displayName: 'G' });
    expect(server.received).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    server.reset();
    server.on('POST /v1.0/external/connections/c/groups', { status: 429, headers: { 'retry-after': '0' }, body: graphError('TooManyRequests', 'x') });
    await caught(client({ retry: false }).createGroup({ connectionId: 'c', body: { id: 'g', displayName: 'G' } }));
    expect(server.received).toHaveLength(1);
  });

  it('network failures of idempotent operations are retried', async () => {
    server.on(GET, (_r, n) => (n === 0 ? 'destroy' : { status: 200, body: connection }));
    await expect(client({ retry: { baseDelayMs: 10 } }).getConnection({ connectionId: 'contosohr' })).resolves.toEqual(connection);
    expect(server.received).toHaveLength(2);
  });
});

describe('idempotent create (x-specgen-idempotent-create): 503 then 409', () => {
  it('recovers: reads the connection back and returns it when it matches what was sent', async () => {
    server.on(POST, [
      { status: 503, headers: { 'retry-after': '0' }, body: graphError('serviceNotAvailable', 'busy') },
      { status: 409, body: graphError('nameAlreadyExists', 'A connection with the same name already exists') },
    ]);
    server.on(GET, { status: 200, body: connection });
    await expect(client().createConnection({ body: create })).resolves.toEqual(connection);
    expect(server.received.map((r) => `${r.method} ${r.path}`)).toEqual([POST, POST, GET]);
  });

  it('after a network failure too', async () => {
    server.on(POST, (_r, n) => (n === 0 ? 'destroy' : { status: 409, body: graphError('nameAlreadyExists', 'exists') }));
    server.on(GET, { status: 200, body: connection });
    await expect(client({ retry: { baseDelayMs: 10 } }).createConnection({ body: create })).resolves.toEqual(connection);
  });

  it('does not recover when the existing connection differs', async () => {
    server.on(POST, [
      { status: 503, headers: { 'retry-after': '0' }, body: graphError('serviceNotAvailable', 'busy') },
      { status: 409, body: graphError('nameAlreadyExists', 'exists') },
    ]);
    server.on(GET, { status: 200, body: { ...connection, description: 'someone else' } });
    const e = await caught(client().createConnection({ body: create }));
    expect(e).toMatchObject({ name: 'ApiError', status: 409, code: 'nameAlreadyExists' });
  });

  it('does not recover a 409 on the first attempt (a real conflict)', async () => {
    server.on(POST, { status: 409, body: graphError('nameAlreadyExists', 'exists') });
    server.on(GET, { status: 200, body: connection });
    expect(await caught(client().createConnection({ body: create }))).toMatchObject({ status: 409 });
    expect(server.received).toHaveLength(1);
  });

  it('does not recover when the read fails', async () => {
    server.on(POST, [{ status: 503, headers: { 'retry-after': '0' } }, { status: 409, body: graphError('nameAlreadyExists', 'exists') }]);
    server.on(GET, { status: 404, body: graphError('itemNotFound', 'gone') });
    expect(await caught(client().createConnection({ body: create }))).toMatchObject({ status: 409 });
  });

  it('an operation without the extension neither retries its POST nor recovers', async () => {
    server.on('POST /v1.0/external/connections/c/groups', [
      { status: 503, headers: { 'retry-after': '0' } }, { status: 409, body: graphError('nameAlreadyExists', 'exists') },
    ]);
    server.on('GET /v1.0/external/connections/c/groups/g', { status: 200, body: { id: 'g', displayName: 'G' } });
    expect(await caught(client().createGroup({ connectionId: 'c', body: { id: 'g', displayName: 'G' } }))).toMatchObject({ status: 503 });
    expect(server.received.map((r) => r.method)).toEqual(['POST']);
  });
});
