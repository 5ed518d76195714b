/// <reference types="node" preserve="true" />
/** Node adapter: the mock handler behind `node:http`, on 127.0.0.1 by default. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockAnswer, MockHandler, MockState } from './handler.js';
import type { MockFaults, MockOptions } from './options.js';

export interface MockServerOptions extends MockOptions {
  /** 0 (default) = any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

export interface MockServer {
  /** Origin of the server (`http://127.0.0.1:PORT`); clients add the base path (`/v1.0`). */
  url: string;
  port: number;
  handler: MockHandler;
  state: MockState;
  reset(): void;
  setFaults(faults: MockFaults | undefined): void;
  close(): Promise<void>;
}

/**
 * A `Request` view of a node request: `url`, `method`, `headers` and the body readers, without the
 * stream and AbortSignal machinery a full `Request` costs on every call. `toRequest()` gives a real one.
 */
class NodeRequest {
  readonly headers: Headers;
  constructor(readonly url: string, readonly method: string, private readonly raw: IncomingMessage, private readonly bytes: Uint8Array) {
    this.headers = new Headers();
    for (let i = 0; i < raw.rawHeaders.length; i += 2) this.headers.append(raw.rawHeaders[i]!, raw.rawHeaders[i + 1]!);
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.bytes.buffer.slice(this.bytes.byteOffset, this.bytes.byteOffset + this.bytes.byteLength) as ArrayBuffer;
  }
  async text(): Promise<string> {
    return new TextDecoder().decode(this.bytes);
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
  toRequest(): Request {
    const hasBody = this.method !== 'GET' && this.method !== 'HEAD' && this.bytes.byteLength > 0;
    return new Request(this.url, { method: this.method, headers: this.headers, ...(hasBody ? { body: new Uint8Array(this.bytes) } : {}) });
  }
  /** The node request itself. */
  get incoming(): IncomingMessage {
    return this.raw;
  }
}

async function readRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const method = req.method ?? 'GET';
  const chunks: Uint8Array[] = [];
  if (method !== 'GET' && method !== 'HEAD') for await (const chunk of req) chunks.push(chunk as Uint8Array);
  const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  // Only what the handler reads is provided; user callbacks get the same view (`toRequest()` for a full one).
  return new NodeRequest(origin + (req.url ?? '/'), method, req, bytes) as unknown as Request;
}

function send(res: ServerResponse, answer: MockAnswer): void {
  const headers: Record<string, string> = { ...answer.headers };
  const body = answer.body === undefined ? undefined : Buffer.from(answer.body);
  if (body) headers['content-length'] = String(body.length);
  res.writeHead(answer.status, headers);
  res.end(body);
}

/** Starts a mock made by `create` on `host:port`; `close()` stops it. The generated `startMockServer` binds `create`. */
export async function serveMock(create: (options: MockOptions) => MockHandler, options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = '127.0.0.1', ...mockOptions } = options;
  const handler = create(mockOptions);
  const server = createServer((req, res) => {
    const origin = `http://${req.headers.host ?? `${host}:${port}`}`;
    readRequest(req, origin)
      .then((request) => handler.answer(request))
      .then((answer) => send(res, answer))
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const hostText = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostText}:${address.port}`,
    port: address.port,
    handler,
    state: handler.state,
    reset: () => handler.reset(),
    setFaults: (faults) => handler.setFaults(faults),
    close: () => new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    }),
  };
}
