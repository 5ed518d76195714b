/**
 * JSON batching (`POST /$batch`, `x-specgen-batch`) over real HTTP on 127.0.0.1: the mock as Graph
 * serves it, the generated client's `createBatchClient`, and Microsoft's own batch support (the
 * classic client's BatchRequestContent, Kiota's BatchRequestContent in @microsoft/msgraph-sdk-core).
 */
import { BatchRequestContent as ClassicBatch, BatchResponseContent as ClassicBatchResponse, Client, HTTPMessageHandler, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { AllowedHostsValidator, BaseBearerTokenAuthenticationProvider, HttpMethod, RequestInformation, type AccessTokenProvider } from '@microsoft/kiota-abstractions';
import { BatchRequestContent as KiotaBatch } from '@microsoft/msgraph-sdk-core';
import { GraphRequestAdapter } from '@microsoft/msgraph-sdk';
import { createODataErrorFromDiscriminatorValue } from '@microsoft/msgraph-sdk/models/oDataErrors/index.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createBatchClient, isApiError } from '../../../generated/graph-connectors/dist/client.js';
import { call, item, readyConnection, TOKEN, withServer, type MockServer } from './helpers.ts';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const json = { 'content-type': 'application/json' };
const put = (id: string, conn: string, n: number | string) => ({ id, method: 'PUT', url: `/external/connections/${conn}/items/i${n}`, headers: json, body: item(n) });

async function ready(conn: string, options: Parameters<typeof withServer>[0] = {}): Promise<string> {
  server = await withServer(options);
  const base = `${server.url}/v1.0`;
  await readyConnection(base, conn);
  return base;
}

describe('POST /$batch on the mock', () => {
  it('runs each request as a request of its own and answers 200 with one response per id', async () => {
    const base = await ready('batch1');
    const answer = await call(base, 'POST', '/$batch', {
      requests: [
        put('1', 'batch1', 1),
        put('2', 'batch1', 2),
        { id: '3', method: 'GET', url: '/external/connections/batch1/items/i1', dependsOn: ['1'] },
        { id: '4', method: 'GET', url: '/external/connections/batch1/items/nothere' },
        { id: '5', method: 'GET', url: 'external/connections/batch1?$select=id,state' },
      ],
    });
    expect(answer.status).toBe(200);
    const byId = Object.fromEntries(answer.body.responses.map((r: { id: string }) => [r.id, r]));
    expect(answer.body.responses.map((r: { id: string }) => r.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(byId['1']).toMatchObject({ status: 200 });
    expect(byId['3']).toMatchObject({ status: 200, body: { properties: { title: 'Ticket 1' } } });
    expect(byId['3'].headers['Content-Type']).toBe('application/json');
    expect(byId['4']).toMatchObject({ status: 404, body: { error: { code: 'itemNotFound' } } });
    expect(byId['5'].body).toMatchObject({ id: 'batch1', state: 'ready' });
    expect(server!.state.get('/external/connections/batch1/items/i2')).toMatchObject({ properties: { title: 'Ticket 2' } });
  });

  it('dependsOn orders the requests; a request whose dependency failed answers 424 and does not run', async () => {
    const base = await ready('batch2');
    const answer = await call(base, 'POST', '/$batch', {
      requests: [
        { id: 'read', method: 'GET', url: '/external/connections/batch2/items/late', dependsOn: ['write'] },
        { id: 'write', method: 'PUT', url: '/external/connections/batch2/items/late', headers: json, body: item('late') },
        { id: 'bad', method: 'PUT', url: '/external/connections/batch2/items/bad', headers: json, body: { acl: [] } },
        { id: 'after-bad', method: 'DELETE', url: '/external/connections/batch2/items/late', dependsOn: ['bad'] },
        { id: 'chain', method: 'GET', url: '/external/connections/batch2/items/late', dependsOn: ['after-bad'] },
      ],
    });
    const byId = Object.fromEntries(answer.body.responses.map((r: { id: string }) => [r.id, r]));
    // `read` depends on `write`, listed after it: it still ran after it.
    expect(byId.read.status).toBe(200);
    expect(byId.bad.status).toBe(400);
    expect(byId['after-bad']).toMatchObject({ status: 424, body: { error: { code: 'failedDependency' } } });
    expect(byId.chain.status).toBe(424);
    // The DELETE did not run.
    expect(server!.state.get('/external/connections/batch2/items/late')).toBeDefined();
  });

  it.each([
    ['more than 20 requests', { requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/external/connections' })) }],
    ['no requests', { requests: [] }],
    ['a duplicate id', { requests: [{ id: '1', method: 'GET', url: '/external/connections' }, { id: '1', method: 'GET', url: '/external/connections' }] }],
    ['a dependsOn outside the batch', { requests: [{ id: '1', method: 'GET', url: '/external/connections', dependsOn: ['9'] }] }],
    ['a dependsOn cycle', { requests: [{ id: '1', method: 'GET', url: '/external/connections', dependsOn: ['2'] }, { id: '2', method: 'GET', url: '/external/connections', dependsOn: ['1'] }] }],
    ['a nested batch', { requests: [{ id: '1', method: 'POST', url: '/$batch', headers: json, body: { requests: [] } }] }],
    ['an absolute url', { requests: [{ id: '1', method: 'GET', url: 'https://graph.microsoft.com/v1.0/external/connections' }] }],
    ['an unknown method', { requests: [{ id: '1', method: 'TRACE', url: '/external/connections' }] }],
  ])('refuses %s with 400 and Graph error body, running nothing', async (_what, body) => {
    server = await withServer();
    const base = `${server.url}/v1.0`;
    const answer = await call(base, 'POST', '/$batch', body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    expect(server.state.list('/external/connections')).toEqual([]);
  });

  it('answers a request with a body but no Content-Type 400 on its own, as Graph does, and runs the others', async () => {
    server = await withServer();
    const base = `${server.url}/v1.0`;
    const answer = await call(base, 'POST', '/$batch', { requests: [
      { id: '1', method: 'POST', url: '/external/connections', body: { id: 'untyped', name: 'U', description: 'u' } },
      { id: '2', method: 'POST', url: '/external/connections', headers: json, body: { id: 'typed', name: 'T', description: 't' } },
    ] });
    expect(answer.status).toBe(200);
    expect(answer.body.responses[0]).toMatchObject({ status: 400, body: { error: { message: 'Write request id : 1 does not contain Content-Type header or body.' } } });
    expect(answer.body.responses[1].status).toBe(201);
    expect(server.state.list('/external/connections').map((c) => c.id)).toEqual(['typed']);
  });

  it('needs the credentials of the batch, which the inner requests inherit', async () => {
    server = await withServer();
    const base = `${server.url}/v1.0`;
    const anonymous = await fetch(`${base}/$batch`, { method: 'POST', headers: json, body: JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/external/connections' }] }) });
    expect(anonymous.status).toBe(401);
    const answer = await call(base, 'POST', '/$batch', { requests: [{ id: '1', method: 'POST', url: '/external/connections', headers: json, body: { id: 'inherited', name: 'I', description: 'i' } }] });
    expect(answer.body.responses[0].status).toBe(201);
  });

  it('throttles each inner request on its own: 429 with Retry-After in its headers, the batch still 200', async () => {
    let now = Date.UTC(2026, 11, 2);
    const base = await ready('batch3', { throttling: { budgets: { items: { rate: 3 } } }, clock: () => now });
    const answer = await call(base, 'POST', '/$batch', { requests: [1, 2, 3, 4, 5].map((n) => put(String(n), 'batch3', n)) });
    expect(answer.status).toBe(200);
    const statuses = answer.body.responses.map((r: { status: number }) => r.status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(answer.body.responses[3].headers['Retry-After']).toBe('1');
    expect(answer.body.responses[3].body.error.code).toEqual(expect.any(String));
    // The throttled ones come back in a later batch, after their Retry-After: compliant.
    now += 1000;
    const retry = await call(base, 'POST', '/$batch', { requests: [put('4', 'batch3', 4), put('5', 'batch3', 5)] });
    expect(retry.body.responses.map((r: { status: number }) => r.status)).toEqual([200, 200]);
    expect(server!.handler.compliance().violations).toEqual([]);
    // Coming back too early is recorded, per inner request.
    const early = await call(base, 'POST', '/$batch', [6, 7, 8, 9].map((n) => put(String(n), 'batch3', n)).reduce((b, r) => ({ requests: [...b.requests, r] }), { requests: [] as unknown[] }));
    expect(early.body.responses.map((r: { status: number }) => r.status)).toEqual([200, 429, 429, 429]);
    const again = await call(base, 'POST', '/$batch', { requests: [put('7', 'batch3', 7)] });
    expect(again.body.responses[0].status).toBe(429);
    expect(server!.handler.compliance().violations.map((v) => v.url)).toEqual(['/v1.0/external/connections/batch3/items/i7']);
  });
});

describe('the generated client: createBatchClient', () => {
  it('sends concurrent calls in batches of at most 20, each call resolving to its own result or error', async () => {
    const base = await ready('client1');
    const posts: number[] = [];
    const client = createBatchClient({
      baseUrl: base,
      getAccessToken: () => TOKEN,
      onRequest: (e) => void (e.operation === 'batch' && posts.push(1)),
    });
    const writes = Array.from({ length: 45 }, (_, i) => client.putItem({ connectionId: 'client1', itemId: `c${i}`, body: item(i) }));
    const missing = client.getItem({ connectionId: 'client1', itemId: 'nothere' }).catch((e: unknown) => e);
    await Promise.all(writes);
    expect(posts).toHaveLength(3);
    const error = await missing;
    expect(isApiError(error, 404)).toBe(true);
    expect(isApiError(error) && error.code).toBe('itemNotFound');
    expect(server!.state.list('/external/connections/client1/items')).toHaveLength(45);
    const read = await client.getItem({ connectionId: 'client1', itemId: 'c7' });
    expect(read.properties).toMatchObject({ title: 'Ticket 7' });
  });

  it('retries throttled inner requests after their Retry-After, in later batches, with no early retry', async () => {
    const base = await ready('client2', { throttling: { budgets: { items: { rate: 10 } } } });
    const client = createBatchClient({ baseUrl: base, getAccessToken: () => TOKEN });
    const started = Date.now();
    await Promise.all(Array.from({ length: 25 }, (_, i) => client.putItem({ connectionId: 'client2', itemId: `t${i}`, body: item(i) })));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(server!.state.list('/external/connections/client2/items')).toHaveLength(25);
    const report = server!.handler.compliance();
    expect(report.throttled).toBeGreaterThan(0);
    expect(report.violations).toEqual([]);
  });

  it('sends what the batch cannot carry on its own, and flush() sends a partial batch now', async () => {
    const base = await ready('client3');
    const seen: string[] = [];
    const client = createBatchClient({ baseUrl: base, getAccessToken: () => TOKEN, batch: { delayMs: 60_000 }, onRequest: (e) => void seen.push(e.operation) });
    const pending = client.putItem({ connectionId: 'client3', itemId: 'f1', body: item(1) });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual(['putItem']);
    await client.flush();
    await pending;
    expect(seen).toEqual(['putItem', 'batch']);
    // A beta-only operation lives under another root: it goes out directly.
    await expect(client.getQuota({ connectionId: 'client3' })).resolves.toBeDefined();
    expect(seen.at(-1)).toBe('getQuota');
  });
});

describe("Microsoft's clients", () => {
  function bearer(next: Middleware): Middleware {
    return {
      async execute(context: Context) {
        const options = (context.options ??= {});
        options.headers = { ...(options.headers as Record<string, string> | undefined), Authorization: `Bearer ${TOKEN}` };
        await next.execute(context);
      },
      setNext() {},
    };
  }

  it('the classic client: BatchRequestContent with dependsOn, BatchResponseContent reads every answer', async () => {
    await ready('classic');
    const client = Client.initWithMiddleware({ baseUrl: server!.url, defaultVersion: 'v1.0', middleware: bearer(new HTTPMessageHandler()) });
    // Node's Request needs absolute URLs; 3.0.7 strips only the origin, so they are written without the
    // version, the workaround Microsoft gives (msgraph-sdk-javascript#1451).
    const at = (path: string) => `${server!.url}${path}`;
    const content = new ClassicBatch([
      { id: '1', request: new Request(at('/external/connections/classic/items/k1'), { method: 'PUT', headers: json, body: JSON.stringify(item('k1')) }) },
      { id: '2', request: new Request(at('/external/connections/classic/items/k1'), { method: 'GET' }), dependsOn: ['1'] },
      { id: '3', request: new Request(at('/external/connections/classic/items/zz'), { method: 'DELETE' }), dependsOn: ['2'] },
    ]);
    const raw = await client.api('/$batch').post(await content.getContent());
    const answers = new ClassicBatchResponse(raw);
    expect(answers.getResponseById('1')!.status).toBe(200);
    const got = answers.getResponseById('2')!;
    expect(got.status).toBe(200);
    expect((await got.json()).properties).toMatchObject({ title: 'Ticket k1' });
    expect(answers.getResponseById('3')!.status).toBe(404);
    expect(server!.state.get('/external/connections/classic/items/k1')).toBeDefined();
    // With the version in the URL, the step answers 400 the way Graph does (msgraph-sdk-javascript#1178).
    const versioned = new ClassicBatch([{ id: '1', request: new Request(at('/v1.0/external/connections/classic'), { method: 'GET' }) }]);
    const refused = new ClassicBatchResponse(await client.api('/$batch').post(await versioned.getContent()));
    expect(refused.getResponseById('1')!.status).toBe(400);
    expect((await refused.getResponseById('1')!.json()).error.message).toBe("Resource not found for the segment 'v1.0'.");
  });

  it('Kiota: BatchRequestContent.postAsync through the Graph request adapter', async () => {
    await ready('kiota');
    await call(`${server!.url}/v1.0`, 'PUT', '/external/connections/kiota/items/k0', item('k0'));
    const tokens: AccessTokenProvider = {
      getAuthorizationToken: async () => 'kiota-token',
      getAllowedHostsValidator: () => new AllowedHostsValidator(new Set(['127.0.0.1'])),
    };
    const adapter = new GraphRequestAdapter(new BaseBearerTokenAuthenticationProvider(tokens));
    adapter.baseUrl = `${server!.url}/v1.0`;
    const errors = { XXX: createODataErrorFromDiscriminatorValue };
    const request = (method: HttpMethod, path: string) => {
      const r = new RequestInformation(method, `{+baseurl}${path}`);
      r.pathParameters.baseurl = adapter.baseUrl;
      return r;
    };
    const reads = new KiotaBatch(adapter, errors);
    const first = reads.addBatchRequest(request(HttpMethod.GET, '/external/connections/kiota/items/k0'));
    const second = reads.addBatchRequest(request(HttpMethod.GET, '/external/connections/kiota'));
    const missing = reads.addBatchRequest(request(HttpMethod.GET, '/external/connections/kiota/items/none'));
    const answers = await reads.postAsync();
    const statuses = await answers!.getResponsesStatusCodes();
    expect([statuses.get(first.id), statuses.get(second.id), statuses.get(missing.id)]).toEqual([200, 200, 404]);
    // msgraph-sdk-core 1.0.0-preview.17 drops every header of a step (convertRequestInformationToBatchItem),
    // Content-Type included, and sends the body as base64: Graph answers such a write 400 on its own
    // ("does not contain Content-Type header"), and so does the mock; its dependants answer 424.
    const writes = new KiotaBatch(adapter, errors);
    const put = request(HttpMethod.PUT, '/external/connections/kiota/items/k2');
    put.setContentFromScalar(adapter, 'application/json', JSON.stringify(item('k2')));
    put.headers.tryAdd('Content-Type', 'application/json');
    const write = writes.addBatchRequest(put);
    const after = writes.addBatchRequest(request(HttpMethod.GET, '/external/connections/kiota/items/k2'));
    after.dependsOn = [write.id];
    const written = await (await writes.postAsync())!.getResponsesStatusCodes();
    expect([written.get(write.id), written.get(after.id)]).toEqual([400, 424]);
    expect(server!.state.get('/external/connections/kiota/items/k2')).toBeUndefined();
  });
});
