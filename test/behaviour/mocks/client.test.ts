/** The generated client (dist/client.js) drives the mock: the connector lifecycle, and recovery from each fault. */
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, isApiError, isOperationFailed, listConnections } from '../../../generated/graph-connectors/dist/client.js';
import { item, SCHEMA, TOKEN, withServer, type MockServer } from './helpers.ts';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const clientFor = (s: MockServer) => createClient({ baseUrl: `${s.url}/v1.0`, getAccessToken: () => TOKEN, retry: { baseDelayMs: 1, maxDelayMs: 50, budgetMs: 10_000 } });

describe('generated client against the mock', () => {
  it('full connector lifecycle', async () => {
    server = await withServer({ longRunningDelayMs: 30, pageSize: 1 });
    const client = clientFor(server);
    await client.createConnection({ body: { id: 'other1', name: 'Other', description: 'paging' } });
    expect(await client.createConnection({ body: { id: 'contosohr', name: 'Contoso HR', description: 'HR' } })).toMatchObject({ id: 'contosohr', state: 'draft' });
    const operation = await client.registerSchema({ connectionId: 'contosohr', body: SCHEMA as never });
    expect(await operation.wait({ intervalMs: 10, timeoutMs: 5000 })).toMatchObject({ status: 'completed' });
    expect(await client.getConnection({ connectionId: 'contosohr' })).toMatchObject({ state: 'ready' });
    for (const id of ['t1', 't2', 't3']) await client.putItem({ connectionId: 'contosohr', itemId: id, body: item(id) as never });
    expect(await client.getItem({ connectionId: 'contosohr', itemId: 't2' })).toEqual({
      '@odata.context': `${server.url}/v1.0/$metadata#external/connections('contosohr')/items/$entity`, id: 't2', ...item('t2'),
    });
    const ids: string[] = [];
    // Two pages of one: the client follows the mock's absolute @odata.nextLink.
    for await (const c of listConnections.all({}, { client: { baseUrl: `${server.url}/v1.0`, getAccessToken: () => TOKEN } })) ids.push(c.id!);
    expect(ids).toEqual(['other1', 'contosohr']);
    await client.deleteItem({ connectionId: 'contosohr', itemId: 't1' });
    await expect(client.getItem({ connectionId: 'contosohr', itemId: 't1' })).rejects.toSatisfy((e) => isApiError(e, 404));
    await client.deleteConnection({ connectionId: 'contosohr' });
    await expect(client.getConnection({ connectionId: 'contosohr' })).rejects.toSatisfy((e) => isApiError(e, 404));
    await expect(client.getItem({ connectionId: 'contosohr', itemId: 't2' })).rejects.toSatisfy((e) => isApiError(e, 404));
  });

  it('a failed schema operation rejects wait() with the typed OperationFailedError (failed-operation fault)', async () => {
    server = await withServer();
    const client = clientFor(server);
    await client.createConnection({ body: { id: 'bad1', name: 'n', description: 'd' } });
    const op = await client.registerSchema({ connectionId: 'bad1', body: SCHEMA as never }, { headers: { 'x-specgen-mock-fault': 'failed-operation' } });
    const error = await op.wait({ intervalMs: 10, timeoutMs: 5000 }).catch((e: unknown) => e);
    expect(isOperationFailed(error, 'registerSchema')).toBe(true);
    expect(isOperationFailed(error) && error.error).toMatchObject({ code: expect.any(String), message: expect.stringContaining('failed') });
    expect(await client.getConnection({ connectionId: 'bad1' })).toMatchObject({ state: 'draft' });
  });

  it('recovers from 429 (Retry-After) and 503', async () => {
    server = await withServer({ faults: { throttleRate: 1, retryAfterSeconds: 0, count: 2 } });
    const client = clientFor(server);
    expect(await client.listConnections({})).toBeDefined();
    server.setFaults({ unavailableRate: 1, retryAfterSeconds: 0, count: 1 });
    expect(await client.createConnection({ body: { id: 'retry1', name: 'n', description: 'd' } })).toMatchObject({ id: 'retry1' });
  });

  it('recovers from the seed 002 known issue (503 although created, then 409) via the idempotent create', async () => {
    server = await withServer({ faults: { createdButUnavailable: true, retryAfterSeconds: 0, count: 1 } });
    const client = clientFor(server);
    expect(await client.createConnection({ body: { id: 'issue19908', name: 'n', description: 'd' } })).toMatchObject({ id: 'issue19908', state: 'draft' });
    expect(server.state.list('/external/connections')).toHaveLength(1);
  });
});
