/**
 * The limiter (`x-specgen-throttling`, option `throttling`) and the compliance ledger, over real HTTP
 * on 127.0.0.1. Graph's budgets (reference §5): 25 item requests per second per connection (per
 * app), 1,000 group-administration requests per second, at most 25 operations in flight per app per
 * connection; writes throttled before reads; 429 + Retry-After + Graph's error body.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { call, item, jwt, readyConnection, withServer, type MockServer } from './helpers.ts';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A clock the test moves by hand: budgets refill only when it says so. */
function manualClock(start = Date.UTC(2026, 11, 2, 10, 0, 0)) {
  let now = start;
  return { clock: () => now, advance: (ms: number) => void (now += ms) };
}

const app = (id: string) => ({ authorization: `Bearer ${jwt({ appid: id, roles: ['ExternalItem.ReadWrite.All', 'ExternalConnection.ReadWrite.All'] })}` });

async function puts(base: string, conn: string, from: number, count: number, headers: Record<string, string> = {}) {
  const out = [];
  for (let i = from; i < from + count; i++) out.push(await call(base, 'PUT', `/external/connections/${conn}/items/i${i}`, item(i), headers));
  return out;
}

describe('limiter off (the default)', () => {
  it('never throttles, however fast the requests come', async () => {
    server = await withServer();
    const base = `${server.url}/v1.0`;
    await readyConnection(base, 'nolimit');
    const answers = await puts(base, 'nolimit', 0, 60);
    expect(answers.map((a) => a.status)).toEqual(Array(60).fill(200));
    expect(server.handler.compliance()).toEqual({ retryAfterGiven: 0, throttled: 0, violations: [] });
  });
});

describe('limiter on: the items budget (25 per second per connection, per app)', () => {
  it('admits 25 item writes in a second, then answers 429 with Retry-After and Graph error body', async () => {
    const time = manualClock();
    server = await withServer({ throttling: true, clock: time.clock });
    const base = `${server.url}/v1.0`;
    await readyConnection(base, 'conn1');
    const answers = await puts(base, 'conn1', 0, 30);
    expect(answers.slice(0, 25).map((a) => a.status)).toEqual(Array(25).fill(200));
    const refused = answers[25]!;
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.body.error).toMatchObject({ code: expect.any(String), message: expect.stringContaining("'items' budget") });
    expect(refused.body.error.innerError).toMatchObject({ 'request-id': expect.any(String), date: expect.any(String) });
    expect(answers.slice(25).every((a) => a.status === 429)).toBe(true);
    // The refused writes did not land.
    expect(server.state.get('/external/connections/conn1/items/i26')).toBeUndefined();
    expect(server.handler.compliance().throttled).toBe(5);
    // A second later the bucket is full again.
    time.advance(1000);
    const later = await puts(base, 'conn1', 100, 25);
    expect(later.map((a) => a.status)).toEqual(Array(25).fill(200));
  });

  it('counts per connection and per app', async () => {
    const time = manualClock();
    server = await withServer({ throttling: true, clock: time.clock, auth: false });
    const base = `${server.url}/v1.0`;
    await readyConnection(base, 'conna');
    await readyConnection(base, 'connb');
    expect((await puts(base, 'conna', 0, 26, app('app-1'))).at(-1)!.status).toBe(429);
    // Another connection, same app: its own budget.
    expect((await puts(base, 'connb', 0, 25, app('app-1'))).every((a) => a.status === 200)).toBe(true);
    // Same connection, another app: its own budget too.
    expect((await puts(base, 'conna', 50, 25, app('app-2'))).every((a) => a.status === 200)).toBe(true);
  });

  it('throttles writes before reads: reads keep passing after writes are refused', async () => {
    const time = manualClock();
    server = await withServer({ throttling: true, clock: time.clock });
    const base = `${server.url}/v1.0`;
    await readyConnection(base, 'readwrite');
    await puts(base, 'readwrite', 0, 25);
    expect((await call(base, 'PUT', '/external/connections/readwrite/items/x', item('x'))).status).toBe(429);
    // readHeadroom 1: reads may spend one more second's worth (25) before they are refused too.
    const reads = [];
    for (let i = 0; i < 26; i++) reads.push((await call(base, 'GET', `/external/connections/readwrite/items/i${i % 25}`)).status);
    expect(reads.slice(0, 25)).toEqual(Array(25).fill(200));
    expect(reads[25]).toBe(429);
  });

  it('budgets can be changed or switched off per mock', async () => {
    const time = manualClock();
    server = await withServer({ throttling: { budgets: { items: { rate: 3 } } }, clock: time.clock });
    const base = `${server.url}/v1.0`;
    await readyConnection(base, 'small');
    expect((await puts(base, 'small', 0, 4)).map((a) => a.status)).toEqual([200, 200, 200, 429]);
    await server.close();
    server = await withServer({ throttling: { budgets: { items: false } }, clock: time.clock });
    const base2 = `${server.url}/v1.0`;
    await readyConnection(base2, 'off');
    expect((await puts(base2, 'off', 0, 40)).every((a) => a.status === 200)).toBe(true);
  });

  it('the Retry-After grows with the deficit: a read past its headroom waits for the bucket to refill', async () => {
    const time = manualClock();
    server = await withServer({ throttling: { budgets: { items: { rate: 1, readHeadroom: 3 } } }, clock: time.clock });
    const base = `${server.url}/v1.0`;
    await readyConnection(base, 'deficit');
    await puts(base, 'deficit', 0, 1);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(base, 'GET', '/external/connections/deficit/items/i0')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Writes need a whole token: the bucket is at -3 (1 - 1 write - 3 reads), so a write waits 4 s.
    const write = await call(base, 'PUT', '/external/connections/deficit/items/w', item('w'));
    expect(write.status).toBe(429);
    expect(write.headers.get('retry-after')).toBe('4');
  });
});

describe('limiter on: group administration (1,000 per second per app)', () => {
  it('admits 1,000 group requests in a second and refuses the next', async () => {
    const time = manualClock();
    server = await withServer({ throttling: true, clock: time.clock });
    const base = `${server.url}/v1.0`;
    await call(base, 'POST', '/external/connections', { id: 'groups', name: 'Groups', description: 'g' });
    const statuses = new Map<number, number>();
    for (let i = 0; i < 1001; i++) {
      const a = await call(base, 'POST', '/external/connections/groups/groups', { id: `g${i}`, displayName: `Group ${i}` });
      statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 201: 1000, 429: 1 });
  });
});

describe('limiter on: at most 25 operations in flight per app per connection', () => {
  it('the 26th concurrent request on one connection is refused, another connection is not', async () => {
    server = await withServer({ throttling: { budgets: { items: false } } });
    const base = `${server.url}/v1.0`;
    await readyConnection(base, 'busy');
    await readyConnection(base, 'quiet');
    await call(base, 'PUT', '/external/connections/busy/items/a', item('a'));
    await call(base, 'PUT', '/external/connections/busy/items/b', item('b'));
    const slow = { 'x-specgen-mock-fault': 'latency=400' };
    const flight = Array.from({ length: 30 }, () => call(base, 'GET', '/external/connections/busy/items/a', undefined, slow));
    await new Promise((r) => setTimeout(r, 100));
    const other = await call(base, 'GET', '/external/connections/quiet', undefined);
    const statuses = (await Promise.all(flight)).map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(25);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    expect(other.status).toBe(200);
    // Once they are answered, the slots are free again (another URL: the refused ones must wait their Retry-After).
    expect((await call(base, 'GET', '/external/connections/busy/items/b')).status).toBe(200);
  });
});

describe('the compliance ledger', () => {
  it('records a request that comes back before its Retry-After, and answers it 429 again while the limiter is on', async () => {
    const time = manualClock();
    server = await withServer({ throttling: true, clock: time.clock });
    const base = `${server.url}/v1.0`;
    await readyConnection(base, 'ledger');
    await puts(base, 'ledger', 0, 25);
    const first = await call(base, 'PUT', '/external/connections/ledger/items/late', item('late'));
    expect(first.status).toBe(429);
    time.advance(400);
    const early = await call(base, 'PUT', '/external/connections/ledger/items/late', item('late'));
    expect(early.status).toBe(429);
    expect(early.body.error.message).toContain('Retry-After');
    const report = server.handler.compliance();
    expect(report.violations).toHaveLength(1);
    expect(report.violations[0]).toMatchObject({ method: 'PUT', url: '/v1.0/external/connections/ledger/items/late', earlyMs: 600 });
    // Waiting out the new Retry-After is compliant.
    time.advance(1000);
    expect((await call(base, 'PUT', '/external/connections/ledger/items/late', item('late'))).status).toBe(200);
    expect(server.handler.compliance().violations).toHaveLength(1);
    expect(server.handler.compliance().retryAfterGiven).toBe(2);
    server.handler.reset();
    expect(server.handler.compliance()).toEqual({ retryAfterGiven: 0, throttled: 0, violations: [] });
  });

  it("records the faults' 429s and 503s too, with the limiter off; another URL is not an early retry", async () => {
    const time = manualClock();
    server = await withServer({ clock: time.clock });
    const base = `${server.url}/v1.0`;
    await readyConnection(base, 'faulty');
    const throttled = await call(base, 'PUT', '/external/connections/faulty/items/1', item(1), { 'x-specgen-mock-fault': 'throttle' });
    expect(throttled.status).toBe(429);
    expect((await call(base, 'PUT', '/external/connections/faulty/items/2', item(2))).status).toBe(200);
    // The limiter is off: the early retry is served, and recorded.
    expect((await call(base, 'PUT', '/external/connections/faulty/items/1', item(1))).status).toBe(200);
    expect(server.handler.compliance().violations.map((v) => v.url)).toEqual(['/v1.0/external/connections/faulty/items/1']);
    const unavailable = await call(base, 'GET', '/external/connections/faulty/items/2', undefined, { 'x-specgen-mock-fault': 'unavailable' });
    expect(unavailable.status).toBe(503);
    time.advance(1000);
    expect((await call(base, 'GET', '/external/connections/faulty/items/2')).status).toBe(200);
    expect(server.handler.compliance()).toMatchObject({ retryAfterGiven: 2, violations: [expect.anything()] });
  });

  it('a pending long-running status answers Retry-After, and polling before it is early', async () => {
    const time = manualClock();
    server = await withServer({ clock: time.clock, longRunningDelayMs: 5000 });
    const base = `${server.url}/v1.0`;
    await call(base, 'POST', '/external/connections', { id: 'polled', name: 'P', description: 'p' });
    const registered = await call(base, 'PATCH', '/external/connections/polled/schema', {
      baseType: 'microsoft.graph.externalItem',
      properties: [{ name: 'title', type: 'string', isRetrievable: true, labels: ['title'] }],
    });
    expect(registered.status).toBe(202);
    const location = registered.headers.get('location')!;
    const poll = await call('', 'GET', location);
    expect(poll.body.status).toBe('inprogress');
    expect(poll.headers.get('retry-after')).toBe('1');
    await call('', 'GET', location);
    expect(server.handler.compliance().violations).toHaveLength(1);
    time.advance(6000);
    const done = await call('', 'GET', location);
    expect(done.body.status).toBe('completed');
    expect(done.headers.get('retry-after')).toBeNull();
  });
});
