/** A scripted HTTP server on 127.0.0.1 (ephemeral port) for the generated client's behaviour tests. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  /** Path and query as sent. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** ms since the server started. */
  at: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A reply, or `hang` (never answer) or `destroy` (drop the connection). */
export type Handler = (req: Received, nth: number) => Reply | 'hang' | 'destroy' | Promise<Reply | 'hang' | 'destroy'>;

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  received: Received[];
  /** Routes `METHOD /path` (exact path, query ignored); `nth` counts calls to that route from 0. */
  on(route: string, handler: Handler | Reply | Reply[]): void;
  reset(): void;
  close(): Promise<void>;
}

export const graphError = (code: string, message: string, requestId = 'req-1') => ({
  error: { code, message, innerError: { date: '2024-05-06T10:12:31', 'request-id': requestId, 'client-request-id': requestId } },
});

/** The token the client tests hand out (asserted never to leak into errors or hooks). */
export const TOKEN = 'secret-token-4242';

/** One test server per test file: started before its tests, its state reset after each, closed after all. */
export function useTestServer(set: (server: TestServer) => void): void {
  let server: TestServer | undefined;
  beforeAll(async () => set((server = await startServer())));
  afterEach(() => server?.reset());
  afterAll(() => server?.close());
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, { handler: Handler; calls: number }>();
  const received: Received[] = [];
  const hanging = new Set<ServerResponse>();
  const started = Date.now();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const u = new URL(req.url ?? '/', 'http://x');
    const r: Received = {
      method: req.method ?? '',
      url: req.url ?? '',
      path: u.pathname,
      query: u.searchParams,
      headers: req.headers,
      body: text ? (/json/.test(req.headers['content-type'] ?? '') ? JSON.parse(text) : text) : undefined,
      at: Date.now() - started,
    };
    received.push(r);
    const route = routes.get(`${r.method} ${r.path}`);
    if (!route) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify(graphError('noRoute', `${r.method} ${r.path}`)));
      return;
    }
    const reply = await route.handler(r, route.calls++);
    if (reply === 'hang') {
      hanging.add(res);
      return;
    }
    if (reply === 'destroy') {
      req.socket.destroy();
      return;
    }
    const json = reply.body !== undefined && typeof reply.body !== 'string';
    res.writeHead(reply.status, { ...(json ? { 'content-type': 'application/json' } : {}), ...reply.headers });
    res.end(json ? JSON.stringify(reply.body) : (reply.body as string | undefined));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    on(route, handler) {
      const h: Handler = typeof handler === 'function' ? handler
        : Array.isArray(handler) ? (_r, n) => handler[Math.min(n, handler.length - 1)]! : () => handler;
      routes.set(route, { handler: h, calls: 0 });
    },
    reset() {
      routes.clear();
      received.length = 0;
      for (const res of hanging) res.destroy();
      hanging.clear();
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
