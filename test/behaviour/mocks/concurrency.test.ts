/** The store loses nothing under concurrent requests. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call, item, readyConnection, withServer, type MockServer } from './helpers.ts';

let server: MockServer;
let v1: string;
beforeAll(async () => {
  server = await withServer();
  v1 = `${server.url}/v1.0`;
  await readyConnection(v1, 'bulk');
});
afterAll(() => server.close());

it('200 concurrent PUTs of distinct items are all readable afterwards', async () => {
  const ids = Array.from({ length: 200 }, (_, i) => `item${i}`);
  const statuses = await Promise.all(ids.map((id) => call(v1, 'PUT', `/external/connections/bulk/items/${id}`, item(id)).then((a) => a.status)));
  expect(statuses.every((s) => s === 200)).toBe(true);
  const reads = await Promise.all(ids.map((id) => call(v1, 'GET', `/external/connections/bulk/items/${id}`)));
  expect(reads.map((r) => r.body.id)).toEqual(ids);
  expect(server.state.list('/external/connections/bulk/items')).toHaveLength(200);
});

it('concurrent PATCHes leave a valid resource holding one of the writes per property', async () => {
  const names = Array.from({ length: 50 }, (_, i) => `name ${i}`);
  const descriptions = Array.from({ length: 50 }, (_, i) => `description ${i}`);
  const statuses = await Promise.all([
    ...names.map((name) => call(v1, 'PATCH', '/external/connections/bulk', { name })),
    ...descriptions.map((description) => call(v1, 'PATCH', '/external/connections/bulk', { description })),
  ].map((p) => p.then((a) => a.status)));
  expect(statuses.every((s) => s === 204)).toBe(true);
  const after = (await call(v1, 'GET', '/external/connections/bulk')).body;
  expect(names).toContain(after.name);
  expect(descriptions).toContain(after.description);
  expect(after).toMatchObject({ id: 'bulk', state: 'ready' });
  const { validateExternalConnection } = await import('../../../generated/graph-connectors/dist/validators.js');
  expect(validateExternalConnection(after).ok).toBe(true);
});
