/** Faults on request (latency, 429 + Retry-After, 503, created-but-503) and how a client recovers. */
import { afterEach, describe, expect, it } from 'vitest';
import { call, createMockHandler, withServer, type MockServer } from './helpers.ts';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A minimal client: retries 429/503 after Retry-After, and treats 409 on a retried idempotent create as success when the resource matches. */
async function createWithRecovery(base: string, body: { id: string; name: string; description: string }): Promise<{ attempts: number[]; result: any }> {
  const attempts: number[] = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    const a = await call(base, 'POST', '/external/connections', body);
    attempts.push(a.status);
    if (a.status === 201) return { attempts, result: a.body };
    if (a.status === 409 && attempt > 0) {
      const existing = await call(base, 'GET', `/external/connections/${body.id}`);
      if (existing.status === 200 && ['id', 'name', 'description'].every((k) => existing.body[k] === (body as any)[k])) return { attempts, result: existing.body };
      throw new Error('real conflict');
    }
    if (a.status === 429 || a.status === 503) {
      await new Promise((r) => setTimeout(r, Number(a.headers.get('retry-after') ?? 0) * 1000));
      continue;
    }
    throw new Error(`unexpected ${a.status}`);
  }
  throw new Error('gave up');
}

describe('faults', () => {
  it('latency delays answers', async () => {
    server = await withServer({ faults: { latencyMs: 150 } });
    const started = performance.now();
    expect((await call(`${server.url}/v1.0`, 'GET', '/external/connections')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('429 with Retry-After at a rate; a client that honours Retry-After recovers', async () => {
    server = await withServer({ faults: { throttleRate: 1, retryAfterSeconds: 1, count: 2 } });
    const first = await call(`${server.url}/v1.0`, 'GET', '/external/connections');
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('1');
    expect(first.body.error.code).toBe('TooManyRequests');
    const { attempts, result } = await createWithRecovery(`${server.url}/v1.0`, { id: 'throttled', name: 'n', description: 'd' });
    expect(attempts).toEqual([429, 201]);
    expect(result.state).toBe('draft');
  });

  it('503 with Retry-After; the retry succeeds', async () => {
    server = await withServer({ faults: { unavailableRate: 1, retryAfterSeconds: 0, count: 1 } });
    const { attempts } = await createWithRecovery(`${server.url}/v1.0`, { id: 'unavail', name: 'n', description: 'd' });
    expect(attempts).toEqual([503, 201]);
  });

  it('seed 002 known issue: the create answers 503 but the connection exists, the retry gets 409, the client recovers', async () => {
    server = await withServer({ faults: { createdButUnavailable: true, count: 1 } });
    const { attempts, result } = await createWithRecovery(`${server.url}/v1.0`, { id: 'issue19908', name: 'n', description: 'd' });
    expect(attempts).toEqual([503, 409]);
    expect(result).toMatchObject({ id: 'issue19908', state: 'draft' });
    expect(server.state.list('/external/connections')).toHaveLength(1);
  });

  it('rates are drawn from the seed: same seed, same faults', async () => {
    const statuses = async (seed: number) => {
      const mock = createMockHandler({ seed, faults: { throttleRate: 0.5 } });
      const out: number[] = [];
      for (let i = 0; i < 20; i++) out.push((await mock(new Request('http://mock/v1.0/external/connections', { headers: { authorization: 'Bearer t' } }))).status);
      return out;
    };
    const a = await statuses(7);
    expect(a).toEqual(await statuses(7));
    expect(a).toContain(429);
    expect(a).toContain(200);
  });

  it('faults on request: a header, or setFaults at run time, limited to chosen operations', async () => {
    server = await withServer();
    const v1 = `${server.url}/v1.0`;
    expect((await call(v1, 'GET', '/external/connections', undefined, { 'x-specgen-mock-fault': 'unavailable' })).status).toBe(503);
    expect((await call(v1, 'GET', '/external/connections')).status).toBe(200);
    server.setFaults({ throttleRate: 1, operations: ['createConnection'] });
    expect((await call(v1, 'GET', '/external/connections')).status).toBe(200);
    expect((await call(v1, 'POST', '/external/connections', { id: 'x1x', name: 'n', description: 'd' })).status).toBe(429);
    server.setFaults(undefined);
    expect((await call(v1, 'POST', '/external/connections', { id: 'x1x', name: 'n', description: 'd' })).status).toBe(201);
  });
});
