/** Paging across pages, long-running operations (success, failure, timeout, abort), response validation. */
import { describe, expect, it } from 'vitest';
import {
  createClient, listConnections, OperationFailedError, registerSchema, ResponseValidationError, type ClientOptions,
} from '../../../generated/graph-connectors/dist/client.js';
import * as validators from '../../../generated/graph-connectors/dist/validators.js';
import { graphError, TOKEN, useTestServer, type TestServer } from './server.ts';

let server: TestServer;
useTestServer((s) => (server = s));

const options = (extra: Partial<ClientOptions> = {}): ClientOptions => ({ baseUrl: `${server.origin}/v1.0`, getAccessToken: () => TOKEN, ...extra });
const conn = (id: string) => ({ id, name: `Connection ${id}`, description: 'd', state: 'ready' });

function threePages() {
  const base = `${server.origin}/v1.0/external/connections`;
  let p2 = 0;
  server.on('GET /v1.0/external/connections', (r) => {
    const page = r.query.get('$skiptoken') ?? '1';
    if (page === '1') return { status: 200, body: { value: [conn('a'), conn('b')], '@odata.nextLink': `${base}?$skiptoken=2` } };
    if (page === '2') {
      // one throttled answer first: next links are retried like any GET
      if (p2++ === 0) return { status: 429, headers: { 'retry-after': '0' }, body: graphError('TooManyRequests', 'slow') };
      return { status: 200, body: { value: [conn('c'), conn('d')], '@odata.nextLink': `${base}?$skiptoken=3` } };
    }
    return { status: 200, body: { value: [conn('e')] } };
  });
}

describe('paging (x-ms-pageable)', () => {
  it('all() yields every item across 3 pages, following the absolute nextLink', async () => {
    threePages();
    const ids: string[] = [];
    for await (const c of listConnections.all({ select: ['id'] }, { client: options() })) ids.push(c.id!);
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(server.received.map((r) => r.url)).toEqual([
      '/v1.0/external/connections?$select=id',
      '/v1.0/external/connections?$skiptoken=2',
      '/v1.0/external/connections?$skiptoken=2',
      '/v1.0/external/connections?$skiptoken=3',
    ]);
    expect(server.received.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('pages() yields each page; the bound client does the same; stopping early stops fetching', async () => {
    threePages();
    const client = createClient(options());
    const sizes: number[] = [];
    for await (const page of client.listConnections.pages({})) sizes.push(page.value?.length ?? 0);
    expect(sizes).toEqual([2, 2, 1]);
    server.received.length = 0;
    for await (const c of client.listConnections.all({})) {
      expect(c.id).toBe('a');
      break;
    }
    expect(server.received).toHaveLength(1);
  });

  it('the plain call still answers the first page', async () => {
    threePages();
    const page = await listConnections({}, { client: options() });
    expect(page.value?.map((c) => c.id)).toEqual(['a', 'b']);
  });
});

describe('long-running operations (x-specgen-long-running)', () => {
  const schema = { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'title', type: 'string' }] } as const;
  const opPath = '/v1.0/external/connections/contosohr/operations/op1';
  const accepted = () => server.on('PATCH /v1.0/external/connections/contosohr/schema', {
    status: 202, headers: { location: `${server.origin}${opPath}` },
  });

  it('202 + Location: wait() polls until completed and resolves to the status resource', async () => {
    accepted();
    server.on(`GET ${opPath}`, [
      { status: 200, body: { id: 'op1', status: 'inprogress' } },
      { status: 503, headers: { 'retry-after': '0' }, body: graphError('serviceNotAvailable', 'busy') },
      { status: 200, body: { id: 'op1', status: 'inprogress' } },
      { status: 200, body: { id: 'op1', status: 'completed' } },
    ]);
    const lro = await registerSchema({ connectionId: 'contosohr', body: schema as never }, { client: options() });
    expect(lro.location).toBe(`${server.origin}${opPath}`);
    const done = await lro.wait({ intervalMs: 20 });
    expect(done).toEqual({ id: 'op1', status: 'completed' });
    expect(done.status).toBe('completed');
    const polls = server.received.filter((r) => r.method === 'GET');
    expect(polls).toHaveLength(4);
    expect(polls.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    // backoff: the pauses between polls grow
    const gaps = polls.slice(1).map((r, i) => r.at - polls[i]!.at);
    expect(gaps[0]).toBeGreaterThanOrEqual(18);
  });

  it('a failed operation throws OperationFailedError carrying its error', async () => {
    accepted();
    const error = { code: 'schemaInvalid', message: 'Property title is not searchable' };
    server.on(`GET ${opPath}`, [{ status: 200, body: { id: 'op1', status: 'inprogress' } }, { status: 200, body: { id: 'op1', status: 'failed', error } }]);
    const lro = await createClient(options()).registerSchema({ connectionId: 'contosohr', body: schema as never });
    const e = await lro.wait({ intervalMs: 10 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OperationFailedError);
    expect(e).toMatchObject({ operation: 'registerSchema', error, message: 'registerSchema: the operation failed: Property title is not searchable' });
  });

  it('wait() times out and aborts', async () => {
    accepted();
    server.on(`GET ${opPath}`, { status: 200, body: { id: 'op1', status: 'inprogress' } });
    const lro = await registerSchema({ connectionId: 'contosohr', body: schema as never }, { client: options() });
    const started = Date.now();
    await expect(lro.wait({ intervalMs: 50, timeoutMs: 300 })).rejects.toMatchObject({ name: 'OperationTimeoutError', kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(800);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(lro.wait({ intervalMs: 1000, signal: controller.signal })).rejects.toMatchObject({ kind: 'abort' });
  });

  it('a poll that errors (404) throws the ApiError', async () => {
    accepted();
    server.on(`GET ${opPath}`, { status: 404, body: graphError('itemNotFound', 'no such operation') });
    const lro = await registerSchema({ connectionId: 'contosohr', body: schema as never }, { client: options() });
    await expect(lro.wait({ intervalMs: 10 })).rejects.toMatchObject({ name: 'ApiError', status: 404, operation: 'getConnectionOperation' });
  });
});

describe('response validation (validators passed in)', () => {
  it('with the generated validators: a valid body passes, an invalid one throws ResponseValidationError', async () => {
    server.on('GET /v1.0/external/connections/good', { status: 200, body: conn('good') });
    server.on('GET /v1.0/external/connections/bad', { status: 200, body: { id: 'bad', state: 'no-such-state' } });
    const client = createClient(options({ validators }));
    await expect(client.getConnection({ connectionId: 'good' })).resolves.toMatchObject({ id: 'good' });
    const e = await client.getConnection({ connectionId: 'bad' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ResponseValidationError);
    expect((e as ResponseValidationError).status).toBe(200);
    expect((e as ResponseValidationError).issues.length).toBeGreaterThan(0);
  });

  it('looks validators up by name; without validators nothing is checked', async () => {
    server.on('GET /v1.0/external/connections/bad', { status: 200, body: { id: 'bad', state: 'no-such-state' } });
    const seen: unknown[] = [];
    const hand = {
      validateGetConnectionResponse200: (data: unknown) => (seen.push(data), { ok: false as const, issues: [{ message: 'nope' }] }),
    };
    const e = await createClient(options({ validators: hand })).getConnection({ connectionId: 'bad' }).catch((x: unknown) => x);
    expect(e).toMatchObject({ name: 'ResponseValidationError', operation: 'getConnection', issues: [{ message: 'nope' }] });
    expect(seen).toHaveLength(1);
    await expect(createClient(options()).getConnection({ connectionId: 'bad' })).resolves.toMatchObject({ state: 'no-such-state' });
  });

  it('paged pages are validated too', async () => {
    server.on('GET /v1.0/external/connections', { status: 200, body: { value: [{ id: 1 }] } });
    const client = createClient(options({ validators }));
    await expect(client.listConnections({})).rejects.toBeInstanceOf(ResponseValidationError);
  });
});
