/** A whole connector lifecycle over real HTTP on 127.0.0.1 with plain fetch (client.test.ts drives it with the generated client). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, item, SCHEMA, withServer, type MockServer } from './helpers.ts';

let server: MockServer;
beforeAll(async () => {
  server = await withServer({ longRunningDelayMs: 50 });
});
afterAll(() => server.close());

describe('connector lifecycle', () => {
  it('create connection, register schema, wait, put/get/list/delete items, delete connection (fetch)', async () => {
    const v1 = `${server.url}/v1.0`;
    expect((await call(v1, 'POST', '/external/connections', { id: 'contosohr', name: 'Contoso HR', description: 'HR' })).body.state).toBe('draft');
    const location = (await call(v1, 'PATCH', '/external/connections/contosohr/schema', SCHEMA)).headers.get('location')!;
    let status = 'inprogress';
    for (let i = 0; i < 100 && status === 'inprogress'; i++) {
      await new Promise((r) => setTimeout(r, 10));
      status = (await call('', 'GET', location)).body.status;
    }
    expect(status).toBe('completed');
    expect((await call(v1, 'GET', '/external/connections/contosohr')).body.state).toBe('ready');
    for (const id of ['t1', 't2', 't3']) expect((await call(v1, 'PUT', `/external/connections/contosohr/items/${id}`, item(id))).status).toBe(200);
    expect((await call(v1, 'GET', '/external/connections/contosohr/items/t2')).body).toEqual({
      '@odata.context': `${v1}/$metadata#external/connections('contosohr')/items/$entity`, id: 't2', ...item('t2'),
    });
    expect((await call(v1, 'GET', '/external/connections')).body.value.map((c: { id: string }) => c.id)).toContain('contosohr');
    expect((await call(v1, 'DELETE', '/external/connections/contosohr/items/t1')).status).toBe(204);
    expect((await call(v1, 'GET', '/external/connections/contosohr/items/t1')).status).toBe(404);
    expect((await call(v1, 'DELETE', '/external/connections/contosohr')).status).toBe(202);
    expect((await call(v1, 'GET', '/external/connections/contosohr')).status).toBe(404);
    expect((await call(v1, 'GET', '/external/connections/contosohr/items/t2')).status).toBe(404);
    expect(server.state.list('/external/connections/contosohr/items')).toEqual([]);
  });

  it('answers the way Graph does on the wire', async () => {
    const v1 = `${server.url}/v1.0`;
    const created = await call(v1, 'POST', '/external/connections', { id: 'wire', name: 'Wire', description: 'd', state: 'ready' });
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toBe('application/json');
    expect(created.body.state).toBe('draft'); // server-set, the request's `state` is ignored
    expect(created.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const registered = await call(v1, 'PATCH', '/external/connections/wire/schema', SCHEMA);
    expect(registered.status).toBe(202);
    expect(registered.headers.get('content-type')).toBeNull();
    expect(registered.text).toBe('');
    const location = registered.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^${server.url}/v1\\.0/external/connections/wire/operations/[0-9a-f-]{36}$`));
    expect((await call('', 'GET', location)).body).toMatchObject({ status: 'inprogress' });
    await new Promise((r) => setTimeout(r, 80));
    expect((await call('', 'GET', location)).body).toMatchObject({ status: 'completed' });

    const put = await call(v1, 'PUT', '/external/connections/wire/items/a', item('a'));
    expect(put.status).toBe(200);
    expect(put.headers.get('content-type')).toBeNull();
    const replaced = await call(v1, 'PUT', '/external/connections/wire/items/a', { ...item('a'), content: undefined });
    expect(replaced.status).toBe(200);
    expect((await call(v1, 'GET', '/external/connections/wire/items/a')).body.content).toBeUndefined(); // replaced, not merged

    const patched = await call(v1, 'PATCH', '/external/connections/wire', { description: 'changed' });
    expect(patched.status).toBe(204);
    expect((await call(v1, 'GET', '/external/connections/wire')).body).toMatchObject({ name: 'Wire', description: 'changed', state: 'ready' });

    const deleted = await call(v1, 'DELETE', '/external/connections/wire');
    expect(deleted.status).toBe(202);
    expect(server.state.get('/external/connections/wire/items/a')).toBeUndefined();
  });

  it('serves each server base path; beta-only operations only under /beta', async () => {
    expect((await call(`${server.url}/beta`, 'POST', '/external/connections', { id: 'betaconn', name: 'B', description: 'd' })).status).toBe(201);
    expect((await call(`${server.url}/v1.0`, 'GET', '/external/connections/betaconn')).status).toBe(200); // same tenant state
    expect((await call(`${server.url}/beta`, 'GET', '/external/connections/betaconn/quota')).status).toBe(200);
    expect((await call(`${server.url}/v1.0`, 'GET', '/external/connections/betaconn/quota')).status).toBe(404);
    const connector = await call(`${server.url}/beta`, 'POST', '/connectors', { machineName: 'm1', externalIp: '10.0.0.1', status: 'active' });
    expect(connector.status).toBe(201);
    expect(connector.body.id).toMatch(/^[0-9a-f-]{36}$/); // readOnly id minted by the server
    expect((await call(`${server.url}/v1.0`, 'POST', '/connectors', { machineName: 'm1', externalIp: '10.0.0.1', status: 'active' })).status).toBe(404);
    const op = await call(`${server.url}/beta`, 'POST', '/external/connections/betaconn/operations', { status: 'inprogress' });
    expect(op.status).toBe(201);
    expect((await call(`${server.url}/beta`, 'GET', `/external/connections/betaconn/operations/${op.body.id}`)).body.status).toBe('inprogress');
    expect((await call(`${server.url}`, 'GET', '/external/connections')).status).toBe(404); // no base path
  });

  it('pages lists with an absolute @odata.nextLink', async () => {
    const paged = await withServer({ pageSize: 2 });
    try {
      for (const n of [1, 2, 3, 4, 5]) await call(`${paged.url}/v1.0`, 'POST', '/external/connections', { id: `page${n}`, name: 'p', description: 'd' });
      const ids: string[] = [];
      let next: string | undefined = `${paged.url}/v1.0/external/connections`;
      let pages = 0;
      while (next) {
        const page = await call('', 'GET', next);
        ids.push(...page.body.value.map((c: { id: string }) => c.id));
        next = page.body['@odata.nextLink'];
        if (next) expect(next.startsWith(`${paged.url}/v1.0/external/connections?`)).toBe(true);
        pages++;
      }
      expect(pages).toBe(3);
      expect(ids).toEqual(['page1', 'page2', 'page3', 'page4', 'page5']);
    } finally {
      await paged.close();
    }
  });
});
