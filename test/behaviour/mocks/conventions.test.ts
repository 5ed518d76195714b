/**
 * A spec with none of Graph's conventions (test/fixtures/specs/conventions.yaml) and the petstore
 * fixture, mocked in strict mode over real HTTP on 127.0.0.1: every answer takes a declared status and
 * a body of the declared media type and schema (strict mode would throw otherwise, failing the test).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../../generator/api.ts';
import { renderSources } from '../../../generator/pipeline.ts';
import { fixture, tempDir } from '../../helpers/cli.ts';

interface Server { url: string; close(): Promise<void>; handler: { answer(r: Request): Promise<unknown> } }
let conventions: Server;
let petstore: Server;
let out: string;

async function serve(name: string, options: Record<string, unknown> = {}): Promise<Server> {
  await generate({ spec: fixture(`specs/${name}.yaml`), out: path.join(out, name) });
  const { startMockServer } = await import(pathToFileURL(path.join(out, name, 'dist/mock-server.js')).href);
  return startMockServer({ strict: true, ...options });
}

beforeAll(async () => {
  out = await tempDir('specgen-conventions-');
  conventions = await serve('conventions', { pageSize: 2 });
  petstore = await serve('petstore-3.0');
}, 120_000);
afterAll(async () => {
  await conventions?.close();
  await petstore?.close();
});

interface Answer { status: number; type: string | null; body: any; bytes: Uint8Array; headers: Headers }

async function call(server: Server, base: string, method: string, p: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body instanceof FormData || typeof body === 'string') init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  const res = await fetch(server.url + base + p, init);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const type = res.headers.get('content-type');
  const text = new TextDecoder().decode(bytes);
  return { status: res.status, type, headers: res.headers, bytes, body: type && /json/.test(type) ? JSON.parse(text) : text };
}

const KEY = '?api_key=k1';
const c = (method: string, p: string, body?: unknown, headers?: Record<string, string>) => call(conventions, '/v2', method, p, body, headers);

describe('a spec with its own conventions (no profile)', () => {
  it('answers errors with the spec\'s error bodies: its 401 problem+json, its 404 schema, a bodiless 404, the nearest declared status', async () => {
    const unauthorized = await c('GET', '/widgets');
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.type).toBe('application/problem+json');
    expect(unauthorized.body).toMatchObject({ status: 401, detail: expect.stringContaining("'api_key'") });
    expect(unauthorized.headers.get('request-id')).toBeNull(); // Graph's headers belong to the graph profile

    const missing = await c('GET', `/widgets/99${KEY}`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: expect.any(String), status_code: 404, message: "The widget '99' was not found.", type_name: expect.any(String) });

    const gone = await c('DELETE', `/widgets/98${KEY}`);
    expect(gone.status).toBe(404);
    expect(gone.bytes.length).toBe(0); // the spec declares this 404 without content

    const invalid = await c('POST', `/widgets${KEY}`, { colour: 'purple' });
    expect(invalid.status).toBe(422); // the 400 the mock means is not declared: the nearest 4xx is
    expect(invalid.body.errors).toBeInstanceOf(Array);
  });

  it('creates into a wrapper, mints integer ids, lists a plain array paged by page number, deletes answering the member', async () => {
    const created = [];
    for (const name of ['a', 'b', 'c']) created.push(await c('POST', `/widgets${KEY}`, { name }));
    expect(created.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(created[0]!.body).toMatchObject({ status_code: 201, status: 'created', data: { id: 1, name: 'a', created: expect.any(String) } });
    expect(created.map((r) => r.body.data.id)).toEqual([1, 2, 3]);

    const first = await c('GET', `/widgets${KEY}`);
    expect(first.body.map((w: { id: number }) => w.id)).toEqual([1, 2]);
    expect((await c('GET', `/widgets${KEY}&page=2`)).body.map((w: { id: number }) => w.id)).toEqual([3]);
    expect((await c('GET', `/widgets${KEY}&page=2&per_page=1`)).body.map((w: { id: number }) => w.id)).toEqual([2]);

    const read = await c('GET', `/widgets/2${KEY}`);
    expect(read.body).toMatchObject({ id: 2, name: 'b' });
    const patched = await c('PATCH', `/widgets/2${KEY}`, { name: 'b2', colour: 'blue' });
    expect(patched.body).toMatchObject({ id: 2, name: 'b2', colour: 'blue' });
    const deleted = await c('DELETE', `/widgets/2${KEY}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ id: 2, name: 'b2' });
    expect((await c('GET', `/widgets/2${KEY}`)).status).toBe(404);
  });

  it('a POST that is not a create answers its declared response and stores nothing', async () => {
    const before = (await c('GET', `/widgets${KEY}&per_page=50`)).body.length;
    const found = await c('POST', `/widgets/search${KEY}`, { ids: [1] });
    expect(found.status).toBe(200);
    expect(Array.isArray(found.body)).toBe(true);
    expect((await c('GET', `/widgets${KEY}&per_page=50`)).body.length).toBe(before);
  });

  it('form-urlencoded creates with patterned ids; Stripe-style has_more / starting_after; its own default error', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const orders = [];
    for (const amount of [5, 6, 7]) orders.push(await c('POST', `/orders${KEY}`, `amount=${amount}&currency=eur&rush=true`, form));
    expect(orders.map((o) => o.status)).toEqual([200, 200, 200]);
    expect(orders[0]!.body).toMatchObject({ amount: 5, currency: 'eur', rush: true });
    const ids = orders.map((o) => o.body.id as string);
    for (const id of ids) expect(id).toMatch(/^ord_[A-Za-z0-9]{8}$/);
    expect(new Set(ids).size).toBe(3);
    expect((await call(conventions, '/v2', 'GET', `/orders/${ids[1]}${KEY}`)).body.amount).toBe(6);

    const page1 = await c('GET', `/orders${KEY}`);
    expect(page1.body).toMatchObject({ object: 'list', has_more: true });
    expect(page1.body.data.map((o: { id: string }) => o.id)).toEqual(ids.slice(0, 2));
    const page2 = await c('GET', `/orders${KEY}&starting_after=${ids[1]}`);
    expect(page2.body).toMatchObject({ has_more: false });
    expect(page2.body.data.map((o: { id: string }) => o.id)).toEqual(ids.slice(2));

    const bad = await c('POST', `/orders${KEY}`, 'amount=0', form);
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ error: { type: 'invalid_request_error', message: expect.stringContaining('/amount') } });
    expect((await c('POST', `/orders${KEY}`, '{"amount":1}', { 'content-type': 'application/json' })).status).toBe(415);
  });

  it('cursor lists end with the declared null; non-JSON answers in their media type; multipart; optional security', async () => {
    expect((await c('GET', `/events${KEY}`)).body).toEqual({ items: [], meta: { next_cursor: null } });
    const logo = await c('GET', '/logo');
    expect(logo.type).toBe('image/svg+xml');
    expect(logo.body).toMatch(/^<svg /);
    const report = await c('GET', `/report${KEY}`);
    expect(report.type).toBe('application/pdf');
    expect(new TextDecoder().decode(report.bytes.slice(0, 5))).toBe('%PDF-');
    const parts = new FormData();
    parts.append('file', new Blob(['hello'], { type: 'text/plain' }), 'a.txt');
    parts.append('copies', '2');
    expect((await c('POST', `/attachments${KEY}`, parts)).status).toBe(201);
    const noFile = new FormData();
    noFile.append('note', 'x');
    expect((await c('POST', `/attachments${KEY}`, noFile)).status).toBe(400);
    expect((await c('GET', '/health')).status).toBe(204);
  });
});

describe('petstore (OpenAPI 3.0)', () => {
  const p = (method: string, path_: string, body?: unknown) => call(petstore, '/v1', method, path_, body);

  it('integer ids valid for the path parameter; its own Error body with code and message; a read the spec cannot answer 404 to answers its example', async () => {
    const rex = await p('POST', '/pets', { name: 'Rex', tag: 'dog' });
    expect(rex.status).toBe(201);
    expect(rex.body).toEqual({ id: 1, name: 'Rex', tag: 'dog' });
    expect((await p('GET', '/pets/1')).body).toEqual({ id: 1, name: 'Rex', tag: 'dog' });
    const list = await p('GET', '/pets?limit=1');
    expect(list.body.items).toEqual([{ id: 1, name: 'Rex', tag: 'dog' }]);
    const invalid = await p('POST', '/pets', { tag: 'no name' });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toEqual({ code: 400, message: expect.stringContaining("'name'") });
    // getPet declares only 200: a pet the mock does not hold answers the Pet example, not an undeclared 404.
    const missing = await p('GET', '/pets/42');
    expect(missing.status).toBe(200);
    expect(missing.body).toMatchObject({ id: expect.any(Number), name: expect.any(String) });
    expect((await p('DELETE', '/pets/1')).status).toBe(204);
    expect((await p('GET', '/pets/1')).body).not.toEqual({ id: 1, name: 'Rex', tag: 'dog' });
  });

  it('answers from stored state are repaired to the schema; strict mode throws, naming operation, status and pointer, when an answer still breaks the spec', async () => {
    const { createMockHandler } = await import(pathToFileURL(path.join(out, 'petstore-3.0', 'dist/mocks.js')).href);
    const mock = createMockHandler({ strict: true });
    // A stored pet without its required `name` (loaded as state, not sent through the API): the answer takes the example's name.
    mock.state.put('/pets/7', { id: 7 });
    const repaired = await mock.answer(new Request('https://petstore.example.com/v1/pets/7'));
    expect(repaired.status).toBe(200);
    expect(JSON.parse(repaired.body)).toMatchObject({ id: 7, name: expect.any(String) });
    // The spec's own example breaks its schema: a sample is answered instead.
    const { createMockHandler: conventionsMock, MOCK_SPEC } = await import(pathToFileURL(path.join(out, 'conventions', 'dist/mocks.js')).href);
    const version = await conventionsMock({ strict: true }).answer(new Request('https://api.conventions.example/v2/version'));
    expect(JSON.parse(version.body)).toEqual({ version: expect.any(String) });
    // A mock that would answer something its spec forbids (here: an example table made wrong) throws in strict mode.
    const { createMockRuntime } = await import(pathToFileURL(path.join(out, 'conventions', 'dist/mock-runtime/handler.js')).href);
    const validators = await import(pathToFileURL(path.join(out, 'conventions', 'dist/validators.js')).href);
    const broken = structuredClone(MOCK_SPEC);
    const op = broken.operations.find((o: { operationId: string }) => o.operationId === 'getVersion');
    op.responses[0].body.example = broken.examples.push('{"version":3}') - 1;
    await expect(createMockRuntime(broken, validators, { strict: true }).answer(new Request('https://api.conventions.example/v2/version')))
      .rejects.toThrow(/^mock answer breaks the spec: getVersion 200 at \/version: must be string/);
    expect((await createMockRuntime(broken, validators, {}).answer(new Request('https://api.conventions.example/v2/version'))).status).toBe(200);
  });
});

describe('mock data options (GenerateTarget.mockData)', () => {
  it('optionalRate 0 leaves optional properties out of samples, 1 (default) keeps them; the same seed gives the same bytes', async () => {
    const mocksOf = async (mockData?: { optionalRate?: number; seed?: string }) => {
      const files = await renderSources({ spec: fixture('specs/conventions.yaml'), out: path.join(out, 'data'), ...(mockData ? { mockData } : {}) });
      return files.find((f) => f.path === 'src/mocks.ts')!.content;
    };
    const all = await mocksOf();
    const none = await mocksOf({ optionalRate: 0 });
    // The sample answer of the batch fetch: a Widget, `colour` optional.
    expect(all).toContain('\\"colour\\":\\"red\\"');
    expect(none).not.toContain('\\"colour\\"');
    expect(none).toContain('\\"name\\":');
    const half = await mocksOf({ optionalRate: 0.5, seed: 's1' });
    expect(await mocksOf({ optionalRate: 0.5, seed: 's1' })).toBe(half);
  });
});

describe('the generated client pages through the generated mock', () => {
  it('page numbers (plain array), has_more + starting_after, and a next link: .all() yields every member once, in order', async () => {
    const { createClient } = await import(pathToFileURL(path.join(out, 'conventions', 'dist/client.js')).href);
    const client = createClient({ baseUrl: `${conventions.url}/v2`, auth: { api_key: () => 'k1' }, retry: false });
    const created: number[] = [];
    for (const name of ['p1', 'p2', 'p3', 'p4', 'p5']) created.push((await client.createWidget({ body: { name } })).data.id);
    const widgets: { id: number }[] = [];
    for await (const w of client.listWidgets.all({})) widgets.push(w);
    const ids = widgets.map((w) => w.id);
    expect(ids.filter((id) => created.includes(id))).toEqual(created);
    expect(new Set(ids).size).toBe(ids.length);
    let pages = 0;
    for await (const page of client.listWidgets.pages({})) pages += Array.isArray(page) ? 1 : 0;
    expect(pages).toBe(Math.ceil(ids.length / 2));

    const orders: string[] = [];
    for (const amount of [11, 12, 13]) orders.push((await client.createOrder({ body: { amount } })).id);
    const listed: string[] = [];
    for await (const o of client.listOrders.all({})) listed.push(o.id);
    expect(listed.filter((id) => orders.includes(id))).toEqual(orders);
    expect(new Set(listed).size).toBe(listed.length);

    const { createClient: pets } = await import(pathToFileURL(path.join(out, 'petstore-3.0', 'dist/client.js')).href);
    const pet = pets({ baseUrl: `${petstore.url}/v1`, retry: false });
    for (const name of ['a', 'b', 'c']) await pet.createPet({ body: { name } });
    const names: string[] = [];
    for await (const p of pet.listPets.all({ limit: 1 })) names.push(p.name);
    expect(names.slice(-3)).toEqual(['a', 'b', 'c']);
  });
});
