/** Every operation of the Graph connectors spec over real HTTP: method, URL, headers, body, result. */
import { describe, expect, it } from 'vitest';
import * as api from '../../../generated/graph-connectors/dist/client.js';
import { TOKEN, useTestServer, type TestServer } from './server.ts';

let server: TestServer;
useTestServer((s) => (server = s));

const opts = () => ({ client: { baseUrl: `${server.origin}/v1.0`, getAccessToken: async () => TOKEN } });

const connection = { id: 'contosohr', name: 'Contoso HR', description: 'Connection to index Contoso HR system', state: 'draft' };
const schema = { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'title', type: 'string', isSearchable: true }] };
const item = { acl: [{ type: 'everyone', value: 'everyone', accessType: 'grant' }], properties: { title: 'Hello' } };
const group = { id: 'g1', displayName: 'Group one' };
const member = { id: 'u1', type: 'user' };

interface Case {
  name: string;
  call: () => Promise<unknown>;
  route: string;
  reply: { status: number; body?: unknown; headers?: Record<string, string> };
  expected: unknown;
  sent?: unknown;
  url?: string;
}

const c = opts;
const CASES: Case[] = [
  { name: 'listConnections', call: () => api.listConnections({ select: ['id', 'name'] }, c()), route: 'GET /v1.0/external/connections',
    reply: { status: 200, body: { value: [connection] } }, expected: { value: [connection] }, url: '/v1.0/external/connections?$select=id,name' },
  { name: 'createConnection', call: () => api.createConnection({ body: { id: 'contosohr', name: 'Contoso HR', description: 'd' } }, c()),
    route: 'POST /v1.0/external/connections', reply: { status: 201, body: connection }, expected: connection,
    sent: { id: 'contosohr', name: 'Contoso HR', description: 'd' } },
  { name: 'getConnection', call: () => api.getConnection({ connectionId: 'contosohr' }, c()), route: 'GET /v1.0/external/connections/contosohr',
    reply: { status: 200, body: connection }, expected: connection },
  { name: 'deleteConnection (202)', call: () => api.deleteConnection({ connectionId: 'contosohr' }, c()), route: 'DELETE /v1.0/external/connections/contosohr',
    reply: { status: 202 }, expected: undefined },
  { name: 'deleteConnection (204)', call: () => api.deleteConnection({ connectionId: 'contosohr' }, c()), route: 'DELETE /v1.0/external/connections/contosohr',
    reply: { status: 204 }, expected: undefined },
  { name: 'updateConnection', call: () => api.updateConnection({ connectionId: 'contosohr', body: { name: 'New name' } }, c()),
    route: 'PATCH /v1.0/external/connections/contosohr', reply: { status: 204 }, expected: undefined, sent: { name: 'New name' } },
  { name: 'getSchema', call: () => api.getSchema({ connectionId: 'contosohr', prefer: 'include-unknown-enum-members' }, c()),
    route: 'GET /v1.0/external/connections/contosohr/schema', reply: { status: 200, body: schema }, expected: schema },
  { name: 'getConnectionOperation', call: () => api.getConnectionOperation({ connectionId: 'contosohr', operationId: 'op 1/2' }, c()),
    route: 'GET /v1.0/external/connections/contosohr/operations/op%201%2F2', reply: { status: 200, body: { id: 'op', status: 'inprogress' } },
    expected: { id: 'op', status: 'inprogress' } },
  { name: 'getItem', call: () => api.getItem({ connectionId: 'contosohr', itemId: 'i1' }, c()), route: 'GET /v1.0/external/connections/contosohr/items/i1',
    reply: { status: 200, body: { id: 'i1', ...item } }, expected: { id: 'i1', ...item } },
  { name: 'putItem (bare 200)', call: () => api.putItem({ connectionId: 'contosohr', itemId: 'i1', body: item as never }, c()),
    route: 'PUT /v1.0/external/connections/contosohr/items/i1', reply: { status: 200 }, expected: undefined, sent: item },
  { name: 'deleteItem', call: () => api.deleteItem({ connectionId: 'contosohr', itemId: 'i1' }, c()), route: 'DELETE /v1.0/external/connections/contosohr/items/i1',
    reply: { status: 204 }, expected: undefined },
  { name: 'addActivities (207)', call: () => api.addActivities({ connectionId: 'contosohr', itemId: 'i1', body: { activities: [] } as never }, c()),
    route: 'POST /v1.0/external/connections/contosohr/items/i1/addActivities', reply: { status: 207, body: { value: [] } }, expected: { value: [] } },
  { name: 'createGroup', call: () => api.createGroup({ connectionId: 'contosohr', body: group }, c()), route: 'POST /v1.0/external/connections/contosohr/groups',
    reply: { status: 201, body: group }, expected: group, sent: group },
  { name: 'getGroup', call: () => api.getGroup({ connectionId: 'contosohr', groupId: 'g1' }, c()), route: 'GET /v1.0/external/connections/contosohr/groups/g1',
    reply: { status: 200, body: group }, expected: group },
  { name: 'updateGroup', call: () => api.updateGroup({ connectionId: 'contosohr', groupId: 'g1', body: { displayName: 'x' } }, c()),
    route: 'PATCH /v1.0/external/connections/contosohr/groups/g1', reply: { status: 204 }, expected: undefined },
  { name: 'deleteGroup', call: () => api.deleteGroup({ connectionId: 'contosohr', groupId: 'g1' }, c()), route: 'DELETE /v1.0/external/connections/contosohr/groups/g1',
    reply: { status: 204 }, expected: undefined },
  { name: 'addGroupMember', call: () => api.addGroupMember({ connectionId: 'contosohr', groupId: 'g1', body: member as never }, c()),
    route: 'POST /v1.0/external/connections/contosohr/groups/g1/members', reply: { status: 201, body: member }, expected: member, sent: member },
  { name: 'removeGroupMember', call: () => api.removeGroupMember({ connectionId: 'contosohr', groupId: 'g1', memberId: 'u1' }, c()),
    route: 'DELETE /v1.0/external/connections/contosohr/groups/g1/members/u1', reply: { status: 204 }, expected: undefined },
  { name: 'batch', call: () => api.batch({ body: { requests: [{ id: '1', method: 'GET', url: '/external/connections/contosohr' }] } }, c()),
    route: 'POST /v1.0/$batch', reply: { status: 200, body: { responses: [{ id: '1', status: 200, headers: {}, body: connection }] } },
    expected: { responses: [{ id: '1', status: 200, headers: {}, body: connection }] },
    sent: { requests: [{ id: '1', method: 'GET', url: '/external/connections/contosohr' }] } },
  // Beta-only operations: configured with the v1.0 root, sent to the beta root of the same host.
  { name: 'getQuota (beta-only)', call: () => api.getQuota({ connectionId: 'contosohr' }, c()), route: 'GET /beta/external/connections/contosohr/quota',
    reply: { status: 200, body: { itemsRemaining: 5 } }, expected: { itemsRemaining: 5 } },
  { name: 'createConnectionOperation (beta-only)', call: () => api.createConnectionOperation({ connectionId: 'contosohr', body: { status: 'inprogress' } as never }, c()),
    route: 'POST /beta/external/connections/contosohr/operations', reply: { status: 201, body: { id: 'op' } }, expected: { id: 'op' } },
  { name: 'createConnectionLegacy (beta-only)', call: () => api.createConnectionLegacy({ body: { name: 'Legacy' } as never }, c()), route: 'POST /beta/connections',
    reply: { status: 201, body: { id: 'g', name: 'Legacy' } }, expected: { id: 'g', name: 'Legacy' } },
  { name: 'createConnector (beta-only)', call: () => api.createConnector({ body: { machineName: 'm' } as never }, c()), route: 'POST /beta/connectors',
    reply: { status: 201, body: { id: 'k' } }, expected: { id: 'k' } },
];

describe('every operation of the Graph spec', () => {
  it.each(CASES)('$name', async ({ call, route, reply, expected, sent, url }) => {
    server.on(route, reply);
    await expect(call()).resolves.toEqual(expected);
    expect(server.received).toHaveLength(1);
    const req = server.received[0]!;
    expect(`${req.method} ${req.path}`).toBe(route);
    if (url) expect(req.url).toBe(url);
    if (sent !== undefined) {
      expect(req.body).toEqual(sent);
      expect(req.headers['content-type']).toBe('application/json');
    }
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(req.headers['client-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('covers every generated operation', () => {
    const fns = Object.keys(api.createClient());
    const covered = new Set(CASES.map((k) => k.name.split(' ')[0]!));
    covered.add('registerSchema'); // long-running: lro.test.ts
    expect(fns.filter((f) => !covered.has(f))).toEqual([]);
  });
});

describe('requests', () => {
  it('sends header parameters, default and per-call headers; a caller-given client-request-id wins', async () => {
    server.on('GET /v1.0/external/connections/contosohr/schema', { status: 200, body: schema });
    await api.getSchema({ connectionId: 'contosohr', prefer: 'include-unknown-enum-members', clientRequestId: 'my-id' },
      { client: { ...opts().client, headers: { 'X-Default': 'd', 'X-Both': 'client' } }, headers: { 'x-both': 'call' } });
    const h = server.received[0]!.headers;
    expect(h.prefer).toBe('include-unknown-enum-members');
    expect(h['client-request-id']).toBe('my-id');
    expect(h['x-default']).toBe('d');
    expect(h['x-both']).toBe('call');
    expect(h.accept).toBe('application/json');
  });

  it('gives every call its own client-request-id', async () => {
    server.on('GET /v1.0/external/connections/contosohr', { status: 200, body: connection });
    for (let i = 0; i < 5; i++) await api.getConnection({ connectionId: 'contosohr' }, opts());
    const ids = server.received.map((r) => r.headers['client-request-id']);
    expect(new Set(ids).size).toBe(5);
  });

  it('standalone functions use configure()d defaults; createClient binds its own options', async () => {
    server.on('GET /v1.0/external/connections/contosohr', { status: 200, body: connection });
    api.configure({ baseUrl: `${server.origin}/v1.0`, getAccessToken: () => 'configured' });
    await api.getConnection({ connectionId: 'contosohr' });
    const client = api.createClient({ baseUrl: `${server.origin}/v1.0`, getAccessToken: () => 'bound' });
    await client.getConnection({ connectionId: 'contosohr' });
    expect(server.received.map((r) => r.headers.authorization)).toEqual(['Bearer configured', 'Bearer bound']);
  });

  it('a custom fetch is used', async () => {
    const seen: string[] = [];
    const client = api.createClient({
      baseUrl: 'https://graph.microsoft.com/v1.0',
      fetch: async (url) => {
        seen.push(url);
        return new Response(JSON.stringify(connection), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    await expect(client.getConnection({ connectionId: 'contosohr' })).resolves.toEqual(connection);
    expect(seen).toEqual(['https://graph.microsoft.com/v1.0/external/connections/contosohr']);
  });
});

describe('servers', () => {
  it('the typed servers const lists the eight roots with cloud and version', () => {
    expect(api.servers).toHaveLength(8);
    expect(api.servers.find((s) => s.cloud === 'usGovL4' && s.version === 'beta')?.url).toBe('https://graph.microsoft.us/beta');
  });

  it.each([
    ['https://graph.microsoft.com/v1.0', 'https://graph.microsoft.com/beta/external/connections/c/quota'],
    ['https://graph.microsoft.us/v1.0', 'https://graph.microsoft.us/beta/external/connections/c/quota'],
    ['https://dod-graph.microsoft.us/beta', 'https://dod-graph.microsoft.us/beta/external/connections/c/quota'],
    ['https://microsoftgraph.chinacloudapi.cn/v1.0', 'https://microsoftgraph.chinacloudapi.cn/beta/external/connections/c/quota'],
    ['http://localhost:8080/graph/v1.0', 'http://localhost:8080/graph/beta/external/connections/c/quota'],
  ])('a beta-only operation configured with %s goes to its beta root', async (baseUrl, expected) => {
    const seen: string[] = [];
    const fetch = async (url: string) => (seen.push(url), new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }));
    await api.getQuota({ connectionId: 'c' }, { client: { baseUrl, fetch } });
    await api.getConnection({ connectionId: 'c' }, { client: { baseUrl, fetch } });
    expect(seen).toEqual([expected, `${baseUrl}/external/connections/c`]);
  });
});

describe('hooks and the token', () => {
  it('onRequest/onResponse see every attempt, never the token; onRequest may add headers', async () => {
    server.on('GET /v1.0/external/connections/contosohr', [
      { status: 503, headers: { 'retry-after': '0' }, body: { error: { code: 'serviceNotAvailable', message: 'busy' } } },
      { status: 200, body: connection },
    ]);
    const log: string[] = [];
    const client = api.createClient({
      baseUrl: `${server.origin}/v1.0`,
      getAccessToken: () => TOKEN,
      onRequest: (e) => {
        e.headers.traceparent = '00-abc-def-01';
        log.push(JSON.stringify(e));
      },
      onResponse: (e) => void log.push(JSON.stringify({ ...e, headers: Object.fromEntries(e.headers as unknown as Iterable<[string, string]>) })),
    });
    await client.getConnection({ connectionId: 'contosohr' });
    expect(log).toHaveLength(4);
    expect(log.join('\n')).not.toContain(TOKEN);
    expect(JSON.parse(log[0]!)).toMatchObject({ operation: 'getConnection', method: 'GET', attempt: 1 });
    expect(JSON.parse(log[3]!)).toMatchObject({ operation: 'getConnection', status: 200, attempt: 2 });
    expect(server.received.every((r) => r.headers.traceparent === '00-abc-def-01')).toBe(true);
    // One call, one correlation id, across its retries.
    expect(new Set(server.received.map((r) => r.headers['client-request-id'])).size).toBe(1);
  });

  it('the token is requested per attempt and sent to the API origin only', async () => {
    let calls = 0;
    server.on('GET /v1.0/external/connections', {
      status: 200, body: { value: [connection], '@odata.nextLink': 'http://localhost:1/elsewhere' },
    });
    const client = api.createClient({ baseUrl: `${server.origin}/v1.0`, getAccessToken: () => (calls++, TOKEN),
      fetch: async (url, init) => {
        if (url.startsWith('http://localhost:1/')) {
          expect(new Headers(init.headers).get('authorization')).toBeNull();
          return new Response('{"value":[]}', { status: 200, headers: { 'content-type': 'application/json' } });
        }
        return fetch(url, init);
      } });
    const items = [];
    for await (const x of client.listConnections.all({})) items.push(x);
    expect(items).toEqual([connection]);
    expect(calls).toBe(1);
  });
});
