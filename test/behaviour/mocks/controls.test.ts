/** Test controls (seed, clock, reset, reading and preloading state), examples and schema-derived data, determinism. */
import { describe, expect, it } from 'vitest';
import { createMockHandler } from './helpers.ts';

const H = { authorization: 'Bearer t', 'content-type': 'application/json' };
const req = (method: string, path: string, body?: unknown) =>
  new Request(`http://mock.test/v1.0${path}`, { method, headers: H, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
const SCHEMA = { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'title', type: 'string' }] };

describe('test controls', () => {
  it('ids and timestamps come from the seed and the clock', async () => {
    const run = async () => {
      const mock = createMockHandler({ seed: 'abc', clock: () => Date.UTC(2025, 0, 1) });
      await mock(req('POST', '/external/connections', { id: 'c1c', name: 'n', description: 'd' }));
      const r = await mock(req('PATCH', '/external/connections/c1c/schema', SCHEMA));
      const missing = await (await mock(req('GET', '/external/connections/nope1'))).json();
      return { location: r.headers.get('location'), requestId: r.headers.get('request-id'), date: missing.error.innerError.date };
    };
    const a = await run();
    expect(a).toEqual(await run());
    expect(a.date).toBe('2025-01-01T00:00:00Z');
    expect(a.location).toMatch(/^http:\/\/mock\.test\/v1\.0\/external\/connections\/c1c\/operations\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('long-running operations follow the clock', async () => {
    let now = 0;
    const mock = createMockHandler({ clock: () => now, longRunningDelayMs: 60_000 });
    await mock(req('POST', '/external/connections', { id: 'c1c', name: 'n', description: 'd' }));
    const location = new URL((await mock(req('PATCH', '/external/connections/c1c/schema', SCHEMA))).headers.get('location')!);
    const status = async () => (await (await mock(new Request(location, { headers: H }))).json()).status;
    expect(await status()).toBe('inprogress');
    now = 59_999;
    expect(await status()).toBe('inprogress');
    now = 60_000;
    expect(await status()).toBe('completed');
    expect(mock.state.get('/external/connections/c1c')).toMatchObject({ state: 'ready' });
  });

  it('reset() empties the store and restores the initial state; dump() and load() round-trip', async () => {
    const initialState = { '/external/connections/seeded': { id: 'seeded', name: 'Seeded', description: 'd', state: 'ready' } };
    const mock = createMockHandler({ initialState });
    expect((await mock(req('GET', '/external/connections/seeded'))).status).toBe(200);
    await mock(req('POST', '/external/connections', { id: 'extra', name: 'n', description: 'd' }));
    await mock(req('PUT', '/external/connections/seeded/items/i1', { acl: [{ type: 'everyone', value: 'v', accessType: 'grant' }], properties: { a: 1 } }));
    const dump = mock.state.dump();
    expect(Object.keys(dump)).toEqual(['/external/connections/seeded', '/external/connections/extra', '/external/connections/seeded/items/i1']);
    mock.reset();
    expect(Object.keys(mock.state.dump())).toEqual(['/external/connections/seeded']);
    const other = createMockHandler();
    other.state.load(dump);
    expect(other.state.dump()).toEqual(dump);
    expect(await (await other(req('GET', '/external/connections/seeded/items/i1'))).json()).toMatchObject({ id: 'i1' });
  });

  it('operations without state answer from the spec examples', async () => {
    const mock = createMockHandler({ initialState: { '/external/connections/q1q': { id: 'q1q', name: 'n', description: 'd', state: 'ready' } } });
    const quota = await mock(new Request('http://mock.test/beta/external/connections/q1q/quota', { headers: H }));
    expect(quota.status).toBe(200);
    expect(await quota.json()).toEqual({ itemsRemaining: 7000 });
    expect((await mock(new Request('http://mock.test/beta/external/connections/none1/quota', { headers: H }))).status).toBe(404);
  });

  it('the mock spec is plain data: routes, actions and base paths', () => {
    const { spec } = createMockHandler();
    const byId = Object.fromEntries(spec.operations.map((o) => [o.operationId, o]));
    expect(spec.basePaths).toEqual(['/beta', '/v1.0']);
    expect(byId.putItem).toMatchObject({ action: 'upsert', resource: '/external/connections/{connectionId}/items', keyParam: 'itemId', maxBodyBytes: 4194304 });
    expect(byId.putItem!.responses[0]).toMatchObject({ status: '200', code: 200 });
    expect(byId.createConnector!.basePaths).toEqual(['/beta']);
    expect(byId.getQuota!.action).toBe('example');
    expect(spec.origins).toContain('https://graph.microsoft.com');
  });
});
