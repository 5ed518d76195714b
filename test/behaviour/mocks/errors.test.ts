/** Every error path: 400, 401, 403 (scopes, ownership), 404, 405, 409, 413, state gates; all as Graph error bodies. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, item, jwt, readyConnection, SCHEMA, withServer, type Answer, type MockServer } from './helpers.ts';

let server: MockServer;
let v1: string;
beforeAll(async () => {
  server = await withServer();
  v1 = `${server.url}/v1.0`;
  await readyConnection(v1, 'ready1');
  await call(v1, 'POST', '/external/connections', { id: 'draft1', name: 'Draft', description: 'd' });
});
afterAll(() => server.close());

function expectGraphError(a: Answer, status: number, code?: string): void {
  expect(a.status).toBe(status);
  expect(a.headers.get('content-type')).toBe('application/json');
  expect(a.body.error.code).toEqual(code ?? expect.any(String));
  expect(a.body.error.message).toEqual(expect.any(String));
  expect(a.body.error.innerError['request-id']).toBe(a.headers.get('request-id'));
  expect(a.body.error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  expect(a.headers.get('client-request-id')).toEqual(expect.any(String));
}

describe('400 Bad Request', () => {
  it('malformed JSON', async () => {
    expectGraphError(await call(v1, 'POST', '/external/connections', '{"id": "x",'), 400, 'invalidRequest');
  });
  it('a body that breaks the schema (connection id rules, missing required, wrong enum)', async () => {
    const bad = await call(v1, 'POST', '/external/connections', { id: 'MicrosoftHR', name: 'x', description: 'd' });
    expectGraphError(bad, 400);
    expect(bad.body.error.details.length).toBeGreaterThan(0);
    expectGraphError(await call(v1, 'POST', '/external/connections', { id: 'valid1' }), 400);
    expectGraphError(await call(v1, 'PUT', '/external/connections/ready1/items/x', { ...item('x'), acl: [{ type: 'everybody', value: 'v', accessType: 'grant' }] }), 400);
  });
  it('an empty body where one is required', async () => {
    expectGraphError(await call(v1, 'POST', '/external/connections', ''), 400);
  });
  it('invalid parameters (path and header)', async () => {
    expectGraphError(await call(v1, 'GET', '/external/connections/ab'), 400);
    expectGraphError(await call(v1, 'GET', '/external/connections/ready1', undefined, { 'client-request-id': 'not-a-uuid' }), 400);
  });
  it('item properties that do not match the registered schema (graph-connector-item)', async () => {
    const unknown = await call(v1, 'PUT', '/external/connections/ready1/items/x', { ...item('x'), properties: { nope: 'v' } });
    expectGraphError(unknown, 400);
    expect(unknown.body.error.message).toContain("'nope'");
    expectGraphError(await call(v1, 'PUT', '/external/connections/ready1/items/x', { ...item('x'), properties: { priority: 'high' } }), 400);
  });
});

describe('401 Unauthorized', () => {
  it('no token, a malformed token, another scheme', async () => {
    for (const authorization of [undefined, 'Bearer', 'Bearer two words', 'Basic dXNlcjpwYXNz']) {
      const response = await fetch(`${v1}/external/connections`, { headers: authorization ? { authorization } : {} });
      const a = { status: response.status, headers: response.headers, body: await response.json(), text: '' };
      expectGraphError(a, 401, 'InvalidAuthenticationToken');
      expect(a.headers.get('www-authenticate')).toBe('Bearer');
    }
  });
  it('a configurable token check', async () => {
    const strict = await withServer({ auth: (token) => token === 'good' });
    try {
      expect((await fetch(`${strict.url}/v1.0/external/connections`, { headers: { authorization: 'Bearer good' } })).status).toBe(200);
      expect((await fetch(`${strict.url}/v1.0/external/connections`, { headers: { authorization: 'Bearer bad' } })).status).toBe(401);
    } finally {
      await strict.close();
    }
    const open = await withServer({ auth: false });
    try {
      expect((await fetch(`${open.url}/v1.0/external/connections`)).status).toBe(200);
    } finally {
      await open.close();
    }
  });
});

describe('404, 405, 409, 413', () => {
  it('404 for an unknown route and an unknown id', async () => {
    expectGraphError(await call(v1, 'GET', '/external/nothing'), 404);
    expectGraphError(await call(v1, 'GET', '/external/connections/unknown1'), 404, 'itemNotFound');
    expectGraphError(await call(v1, 'GET', '/external/connections/ready1/items/nope'), 404, 'itemNotFound');
    expectGraphError(await call(v1, 'PUT', '/external/connections/unknown1/items/x', item('x')), 404);
  });
  it('405 for a method the path does not have, with Allow', async () => {
    const a = await call(v1, 'PUT', '/external/connections', {});
    expectGraphError(a, 405, 'MethodNotAllowed');
    expect(a.headers.get('allow')).toBe('GET, POST');
  });
  it('409 for a duplicate id', async () => {
    expectGraphError(await call(v1, 'POST', '/external/connections', { id: 'ready1', name: 'again', description: 'd' }), 409, 'nameAlreadyExists');
  });
  it('413 for an item over 4 MB', async () => {
    const big = { ...item('big'), content: { type: 'text', value: 'x'.repeat(4 * 1024 * 1024) } };
    expectGraphError(await call(v1, 'PUT', '/external/connections/ready1/items/big', big), 413, 'RequestEntityTooLarge');
    expect(server.state.get('/external/connections/ready1/items/big')).toBeUndefined();
  });
  it('echoes client-request-id', async () => {
    const id = '7e6d5c4b-3a29-4180-b7c6-d5e4f3a2b1c0';
    const a = await call(v1, 'GET', '/external/connections/unknown1', undefined, { 'client-request-id': id });
    expect(a.headers.get('client-request-id')).toBe(id);
    expect(a.body.error.innerError['client-request-id']).toBe(id);
  });
});

describe('Graph state machine', () => {
  it('refuses item writes while the connection is not ready', async () => {
    const a = await call(v1, 'PUT', '/external/connections/draft1/items/x', item('x'));
    expectGraphError(a, 409, 'invalidRequest');
    expect(a.body.error.message).toContain("'draft'");
    expectGraphError(await call(v1, 'GET', '/external/connections/draft1/items/x'), 400);
    expectGraphError(await call(v1, 'GET', '/external/connections/draft1/schema'), 404); // no schema in draft
  });
  it('an invalid schema is refused at once with 400 (graph-connector-schema); the connection stays draft', async () => {
    const bad = { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'a', type: 'string' }, { name: 'A', type: 'string' }] };
    const refused = await call(v1, 'PATCH', '/external/connections/draft1/schema', bad);
    expectGraphError(refused, 400);
    expect(refused.body.error.message).toContain("'A'");
    expect((await call(v1, 'GET', '/external/connections/draft1')).body.state).toBe('draft');
  });
  it('a schema operation that fails (the failed-operation fault) ends failed with an error; the connection stays draft', async () => {
    const good = { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'title', type: 'string', isRetrievable: true, labels: ['title'] }] };
    const registered = await call(v1, 'PATCH', '/external/connections/draft1/schema', good, { 'x-specgen-mock-fault': 'failed-operation' });
    expect(registered.status).toBe(202);
    const op = await call('', 'GET', registered.headers.get('location')!);
    expect(op.body).toMatchObject({ status: 'failed', error: { code: expect.any(String), message: expect.stringContaining('failed') } });
    expect((await call(v1, 'GET', '/external/connections/draft1')).body.state).toBe('draft');
    expect(server.state.get('/external/connections/draft1/schema')).toBeUndefined();
  });
  it('an obsolete connection refuses updates', async () => {
    server.state.put('/external/connections/old1', { id: 'old1', name: 'Old', description: 'd', state: 'obsolete' });
    expectGraphError(await call(v1, 'PATCH', '/external/connections/old1', { name: 'n' }), 400);
    expect((await call(v1, 'DELETE', '/external/connections/old1')).status).toBe(202);
  });
  it('readOnly properties are set by the server, not the request', async () => {
    const a = await call(v1, 'POST', '/external/connections', { id: 'ro1', name: 'n', description: 'd', state: 'ready', ingestedItemsCount: 5 });
    expect(a.body).toMatchObject({ state: 'draft', ingestedItemsCount: null });
    await call(v1, 'PATCH', '/external/connections/ro1', { name: 'renamed', state: 'ready' } as never);
    expect((await call(v1, 'GET', '/external/connections/ro1')).body).toMatchObject({ name: 'renamed', state: 'draft' });
  });
});

describe('OwnedBy callers see only their own connections', () => {
  const app = (id: string, role: string) => ({ authorization: `Bearer ${jwt({ appid: id, roles: [role] })}` });
  it('filters lists and refuses other apps\' connections (403 accessDenied), unless shared via authorizedAppIds or the caller holds .All', async () => {
    const a = app('11111111-1111-4111-8111-111111111111', 'ExternalConnection.ReadWrite.OwnedBy');
    const b = app('22222222-2222-4222-8222-222222222222', 'ExternalConnection.ReadWrite.OwnedBy');
    const all = app('33333333-3333-4333-8333-333333333333', 'ExternalConnection.ReadWrite.All');
    expect((await call(v1, 'POST', '/external/connections', { id: 'ownedA', name: 'A', description: 'd' }, a)).status).toBe(201);
    expect((await call(v1, 'POST', '/external/connections', {
      id: 'sharedA', name: 'S', description: 'd', configuration: { authorizedAppIds: ['22222222-2222-4222-8222-222222222222'] },
    }, a)).status).toBe(201);
    const listB = (await call(v1, 'GET', '/external/connections', undefined, b)).body.value.map((c: { id: string }) => c.id);
    expect(listB).toContain('sharedA');
    expect(listB).not.toContain('ownedA');
    expectGraphError(await call(v1, 'GET', '/external/connections/ownedA', undefined, b), 403, 'accessDenied');
    expectGraphError(await call(v1, 'DELETE', '/external/connections/ownedA', undefined, b), 403, 'accessDenied');
    expect((await call(v1, 'GET', '/external/connections/sharedA', undefined, b)).status).toBe(200);
    expect((await call(v1, 'GET', '/external/connections/ownedA', undefined, a)).status).toBe(200);
    expect((await call(v1, 'GET', '/external/connections/ownedA', undefined, all)).status).toBe(200);
    expect((await call(v1, 'GET', '/external/connections/ownedA')).status).toBe(200); // opaque token: no claims, no filter
  });
  it('a token without any granting scope is refused with 403; the caller identity is configurable', async () => {
    const none = { authorization: `Bearer ${jwt({ appid: 'x', roles: ['User.Read.All'] })}` };
    expectGraphError(await call(v1, 'GET', '/external/connections', undefined, none), 403, 'accessDenied');
    const fixed = await withServer({ caller: { id: 'app-1', scopes: ['ExternalConnection.ReadWrite.OwnedBy'] } });
    try {
      fixed.state.put('/external/connections/theirs', { id: 'theirs', name: 'n', description: 'd', state: 'ready' }, { owner: 'app-2' });
      fixed.state.put('/external/connections/mine', { id: 'mine', name: 'n', description: 'd', state: 'ready' }, { owner: 'app-1' });
      expect((await call(`${fixed.url}/v1.0`, 'GET', '/external/connections')).body.value.map((c: { id: string }) => c.id)).toEqual(['mine']);
    } finally {
      await fixed.close();
    }
  });
});

it('group membership: create group, add member, 409 on duplicates, delete member, cascade with the connection', async () => {
  expect((await call(v1, 'POST', '/external/connections/ready1/groups', { id: 'g1', displayName: 'G' })).status).toBe(201);
  expect((await call(v1, 'POST', '/external/connections/ready1/groups', { id: 'g1' })).status).toBe(409);
  expect((await call(v1, 'POST', '/external/connections/ready1/groups/g1/members', { id: 'u1', type: 'user' })).status).toBe(201);
  expect((await call(v1, 'POST', '/external/connections/ready1/groups/nope/members', { id: 'u1', type: 'user' })).status).toBe(404);
  expect((await call(v1, 'PATCH', '/external/connections/ready1/groups/g1', { displayName: 'G2' })).status).toBe(204);
  expect((await call(v1, 'GET', '/external/connections/ready1/groups/g1')).body.displayName).toBe('G2');
  expect((await call(v1, 'DELETE', '/external/connections/ready1/groups/g1/members/u1')).status).toBe(204);
  expect((await call(v1, 'DELETE', '/external/connections/ready1/groups/g1/members/u1')).status).toBe(404);
  expect(SCHEMA.properties.length).toBe(3);
});
