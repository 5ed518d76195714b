/**
 * Retry-After compliance at 20% throttling, read from the mock's ledger (`compliance()`), over real
 * HTTP on 127.0.0.1: the generated client, Microsoft's classic client (its RetryHandler) and the
 * Kiota-based msgraph-sdk (its retry handler) write items concurrently against a mock that answers
 * a fifth of the requests 429 with `Retry-After: 1`. Each must lose no write and never come back
 * early. A client that ignores `Retry-After` shows the ledger catches what it should.
 */
import { Client, HTTPMessageHandler, RetryHandler, RetryHandlerOptions, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { AllowedHostsValidator, BaseBearerTokenAuthenticationProvider, HttpMethod, RequestInformation, type AccessTokenProvider } from '@microsoft/kiota-abstractions';
import { GraphRequestAdapter } from '@microsoft/msgraph-sdk';
import { createODataErrorFromDiscriminatorValue } from '@microsoft/msgraph-sdk/models/oDataErrors/index.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../generated/graph-connectors/dist/client.js';
import { item, readyConnection, TOKEN, withServer, type MockServer } from './helpers.ts';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const THROTTLED = { throttleRate: 0.2, retryAfterSeconds: 1 };

/** Runs `count` jobs `concurrency` at a time. */
async function pool(count: number, concurrency: number, job: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await job(next++);
  }));
}

async function throttledMock(conn: string): Promise<string> {
  server = await withServer({ seed: conn });
  const base = `${server.url}/v1.0`;
  await readyConnection(base, conn);
  server.setFaults(THROTTLED);
  return base;
}

describe('Retry-After compliance at 20% throttling', () => {
  it('the generated client: 200 writes, concurrency 8, none lost, none early', async () => {
    const base = await throttledMock('gen');
    const client = createClient({ baseUrl: base, getAccessToken: () => TOKEN, retry: { attempts: 20, budgetMs: 120_000 } });
    await pool(200, 8, (i) => client.putItem({ connectionId: 'gen', itemId: `g${i}`, body: item(i) }));
    const report = server!.handler.compliance();
    expect(report.retryAfterGiven).toBeGreaterThan(20);
    expect(report.violations).toEqual([]);
    server!.setFaults(undefined);
    expect(server!.state.list('/external/connections/gen/items')).toHaveLength(200);
  }, 120_000);

  it("Microsoft's classic client with its RetryHandler: 100 writes, concurrency 8, none lost, none early", async () => {
    const base = await throttledMock('classic');
    const auth: Middleware = {
      async execute(context: Context) {
        context.options = { ...context.options, headers: { ...(context.options?.headers as Record<string, string> | undefined), Authorization: `Bearer ${TOKEN}` } };
        await next.execute(context);
      },
      setNext() {},
    };
    const retry = new RetryHandler(new RetryHandlerOptions(1, 10));
    const next = retry;
    retry.setNext(new HTTPMessageHandler());
    const client = Client.initWithMiddleware({ baseUrl: server!.url, defaultVersion: 'v1.0', middleware: auth });
    await pool(100, 8, (i) => client.api(`/external/connections/classic/items/c${i}`).put(item(i)));
    const report = server!.handler.compliance();
    expect(report.retryAfterGiven).toBeGreaterThan(5);
    expect(report.violations).toEqual([]);
    expect(server!.state.list('/external/connections/classic/items')).toHaveLength(100);
    void base;
  }, 120_000);

  it('the Kiota-based msgraph-sdk and its default retry handler: 60 writes, concurrency 8, none early', async () => {
    await throttledMock('kiota');
    const tokens: AccessTokenProvider = {
      getAuthorizationToken: async () => TOKEN,
      getAllowedHostsValidator: () => new AllowedHostsValidator(new Set(['127.0.0.1'])),
    };
    const adapter = new GraphRequestAdapter(new BaseBearerTokenAuthenticationProvider(tokens));
    adapter.baseUrl = `${server!.url}/v1.0`;
    const lost: unknown[] = [];
    await pool(60, 8, async (i) => {
      const put = new RequestInformation(HttpMethod.PUT, '{+baseurl}/external/connections/kiota/items/{id}', { id: `k${i}` });
      put.setContentFromScalar(adapter, 'application/json', JSON.stringify(item(i)));
      put.headers.tryAdd('Content-Type', 'application/json');
      // Kiota's retry handler gives up after 3 retries by default: a write may still fail, never early.
      await adapter.sendNoResponseContent(put, { XXX: createODataErrorFromDiscriminatorValue }).catch((e: unknown) => lost.push(e));
    });
    const report = server!.handler.compliance();
    expect(report.retryAfterGiven).toBeGreaterThan(3);
    expect(report.violations).toEqual([]);
    expect(server!.state.list('/external/connections/kiota/items')).toHaveLength(60 - lost.length);
  }, 120_000);

  it('a client that retries at once is caught: every early retry is in the ledger', async () => {
    const base = await throttledMock('eager');
    let early = 0;
    await pool(40, 4, async (i) => {
      for (let attempt = 0; attempt < 30; attempt++) {
        const res = await fetch(`${base}/external/connections/eager/items/e${i}`, {
          method: 'PUT', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(item(i)),
        });
        await res.arrayBuffer();
        if (res.status !== 429) return;
        early++;
      }
    });
    const report = server!.handler.compliance();
    expect(early).toBeGreaterThan(0);
    // Every retry after a 429 came back at once: each is a violation, named by its URL.
    expect(report.violations.length).toBe(early);
    expect(report.violations.every((v) => v.earlyMs > 900 && v.url.startsWith('/v1.0/external/connections/eager/items/e'))).toBe(true);
  });
});
