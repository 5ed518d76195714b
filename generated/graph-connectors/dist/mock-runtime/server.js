import { createServer } from "node:http";
class NodeRequest {
  constructor(url, method, raw, bytes) {
    this.url = url;
    this.method = method;
    this.raw = raw;
    this.bytes = bytes;
    this.headers = new Headers();
    for (let i = 0; i < raw.rawHeaders.length; i += 2) this.headers.append(raw.rawHeaders[i], raw.rawHeaders[i + 1]);
  }
  url;
  method;
  raw;
  bytes;
  headers;
  async arrayBuffer() {
    return this.bytes.buffer.slice(this.bytes.byteOffset, this.bytes.byteOffset + this.bytes.byteLength);
  }
  async text() {
    return new TextDecoder().decode(this.bytes);
  }
  async json() {
    return JSON.parse(await this.text());
  }
  toRequest() {
    const hasBody = this.method !== "GET" && this.method !== "HEAD" && this.bytes.byteLength > 0;
    return new Request(this.url, { method: this.method, headers: this.headers, ...hasBody ? { body: new Uint8Array(this.bytes) } : {} });
  }
  /** The node request itself. */
  get incoming() {
    return this.raw;
  }
}
async function readRequest(req, origin) {
  const method = req.method ?? "GET";
  const chunks = [];
  if (method !== "GET" && method !== "HEAD") for await (const chunk of req) chunks.push(chunk);
  const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  return new NodeRequest(origin + (req.url ?? "/"), method, req, bytes);
}
function send(res, answer) {
  const headers = { ...answer.headers };
  const body = answer.body === void 0 ? void 0 : Buffer.from(answer.body);
  if (body) headers["content-length"] = String(body.length);
  res.writeHead(answer.status, headers);
  res.end(body);
}
async function serveMock(create, options = {}) {
  const { port = 0, host = "127.0.0.1", ...mockOptions } = options;
  const handler = create(mockOptions);
  const server = createServer((req, res) => {
    const origin = `http://${req.headers.host ?? `${host}:${port}`}`;
    readRequest(req, origin).then((request) => handler.answer(request)).then((answer) => send(res, answer)).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(error));
    });
  });
  server.keepAliveTimeout = 5e3;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const hostText = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostText}:${address.port}`,
    port: address.port,
    handler,
    state: handler.state,
    reset: () => handler.reset(),
    setFaults: (faults) => handler.setFaults(faults),
    close: () => new Promise((resolve, reject) => {
      server.close((error) => error ? reject(error) : resolve());
      server.closeAllConnections();
    })
  };
}
export {
  serveMock
};
