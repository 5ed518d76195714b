/**
 * Soak (bounded: 10,000 writes, 15 minutes at most, loopback only): the generated client writes
 * 10,000 items, 8 at a time, into one connection of the mock with the limiter on (Graph's budgets:
 * 25 item requests per second per connection) and a fifth of all requests answered 429 with
 * `Retry-After: 1` besides. Every write must land, none may come back before its `Retry-After`, and
 * the connection must end with exactly 10,000 items. The figures are printed for the closing note.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createClient } from '../../../generated/graph-connectors/dist/client.js';
import { item, readyConnection, TOKEN, withServer, type MockServer } from './helpers.ts';

const WRITES = 10_000;
const CONCURRENCY = 8;
let server: MockServer;

beforeAll(async () => {
  server = await withServer({ throttling: true, seed: 'soak' });
  await readyConnection(`${server.url}/v1.0`, 'soak');
  server.setFaults({ throttleRate: 0.2, retryAfterSeconds: 1 });
});
afterAll(() => server.close());

it(`${WRITES} item writes at concurrency ${CONCURRENCY} and 20% throttling: none lost, none early, the count exact`, async () => {
  let attempts = 0;
  let throttled = 0;
  const client = createClient({
    baseUrl: `${server.url}/v1.0`,
    getAccessToken: () => TOKEN,
    retry: { attempts: 30, budgetMs: 600_000 },
    onResponse: (e) => {
      attempts++;
      if (e.status === 429) throttled++;
    },
  });
  const started = Date.now();
  let next = 0;
  const failures: unknown[] = [];
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < WRITES) {
      const i = next++;
      await client.putItem({ connectionId: 'soak', itemId: `s${i}`, body: item(i) }).catch((e: unknown) => failures.push(e));
    }
  }));
  const seconds = (Date.now() - started) / 1000;
  const report = server.handler.compliance();
  server.setFaults(undefined);
  const stored = server.state.list('/external/connections/soak/items');
  console.log(`soak: ${WRITES} writes, concurrency ${CONCURRENCY}, ${seconds.toFixed(1)} s, ${attempts} requests, ` +
    `${throttled} answered 429 (${report.throttled} by the items budget, the rest by the 20% faults), ` +
    `${report.retryAfterGiven} Retry-After given, ${report.violations.length} violations, ${failures.length} failed, ${stored.length} stored`);
  expect(failures).toEqual([]);
  expect(report.violations).toEqual([]);
  expect(stored).toHaveLength(WRITES);
  expect(new Set(stored.map((s) => (s.properties as { title: string }).title)).size).toBe(WRITES);
  expect(throttled).toBeGreaterThan(WRITES * 0.15);
  expect(attempts).toBe(WRITES + throttled);
}, 900_000);
