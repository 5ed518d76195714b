/** Shared by the mock behaviour tests: the generated Graph connectors package (strict mode on), tokens, requests. */
import { startMockServer, type MockServer, type MockServerOptions } from '../../../generated/graph-connectors/dist/mock-server.js';

export { startMockServer, type MockServer };
import { createMockHandler as createHandler, type MockOptions } from '../../../generated/graph-connectors/dist/mocks.js';

/** The mock in strict mode: an answer that breaks the spec fails the test (MockStrictError). */
export const createMockHandler = (options: MockOptions = {}) => createHandler({ strict: true, ...options });

/** An unsigned JWT carrying `appid` and `roles` (the mock reads claims, it does not verify signatures). */
export function jwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

export const TOKEN = 'opaque-test-token';

export async function withServer(options: MockServerOptions = {}): Promise<MockServer> {
  return startMockServer({ longRunningDelayMs: 0, strict: true, ...options });
}

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/** fetch with a bearer token and JSON; `body` may be a raw string. */
export async function call(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const init: RequestInit = {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
  };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(base + path, init);
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

export const SCHEMA = {
  baseType: 'microsoft.graph.externalItem',
  properties: [
    { name: 'title', type: 'string', isSearchable: true, isRetrievable: true, labels: ['title'] },
    { name: 'priority', type: 'int64', isQueryable: true, isRetrievable: true },
    { name: 'tags', type: 'stringCollection', isRetrievable: true },
  ],
};

export function item(n: number | string) {
  return {
    acl: [{ type: 'everyone' as const, value: 'c1d2e3f4-0000-4000-8000-000000000001', accessType: 'grant' as const }],
    properties: { title: `Ticket ${n}`, priority: Number(String(n).replace(/\D/g, '') || 1), tags: ['a', 'b'], 'tags@odata.type': 'Collection(String)' },
    content: { type: 'text' as const, value: `Body of ticket ${n}` },
  };
}

/** A connection in state `ready` (schema registered), created over HTTP. */
export async function readyConnection(base: string, id: string): Promise<void> {
  const created = await call(base, 'POST', '/external/connections', { id, name: `Connection ${id}`, description: 'test' });
  if (created.status !== 201) throw new Error(`create ${id}: ${created.status} ${created.text}`);
  const registered = await call(base, 'PATCH', `/external/connections/${id}/schema`, SCHEMA);
  if (registered.status !== 202) throw new Error(`schema ${id}: ${registered.status} ${registered.text}`);
  const op = await call('', 'GET', registered.headers.get('location')!);
  if (op.body?.status !== 'completed') throw new Error(`schema ${id}: ${op.text}`);
}
