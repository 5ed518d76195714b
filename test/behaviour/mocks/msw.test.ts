/** The msw adapter: handlers intercepting the spec's real origins, in-process with `msw/node`. */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMswHandlers } from '../../../generated/graph-connectors/dist/msw.js';

const { handlers, mock } = createMswHandlers({ longRunningDelayMs: 0 });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const H = { authorization: 'Bearer msw-token', 'content-type': 'application/json' };

it('answers https://graph.microsoft.com statefully, Location pointing back at the intercepted origin', async () => {
  const base = 'https://graph.microsoft.com/v1.0';
  const created = await fetch(`${base}/external/connections`, { method: 'POST', headers: H, body: JSON.stringify({ id: 'mswconn', name: 'MSW', description: 'd' }) });
  expect(created.status).toBe(201);
  expect((await created.json()).state).toBe('draft');
  const registered = await fetch(`${base}/external/connections/mswconn/schema`, {
    method: 'PATCH', headers: H, body: JSON.stringify({ baseType: 'microsoft.graph.externalItem', properties: [{ name: 'title', type: 'string' }] }),
  });
  expect(registered.status).toBe(202);
  const location = registered.headers.get('location')!;
  expect(location.startsWith('https://graph.microsoft.com/v1.0/external/connections/mswconn/operations/')).toBe(true);
  expect((await (await fetch(location, { headers: H })).json()).status).toBe('completed');
  const put = await fetch(`${base}/external/connections/mswconn/items/i1`, {
    method: 'PUT', headers: H, body: JSON.stringify({ acl: [{ type: 'everyone', value: 'v', accessType: 'grant' }], properties: { title: 't' } }),
  });
  expect(put.status).toBe(200);
  // Same state whichever cloud root the client uses.
  expect((await fetch('https://graph.microsoft.us/beta/external/connections/mswconn/items/i1', { headers: H })).status).toBe(200);
  expect(mock.state.list('/external/connections/mswconn/items')).toHaveLength(1);
  expect((await fetch(`${base}/external/connections/mswconn`, { method: 'PUT', headers: H })).status).toBe(405);
});
