/**
 * Request and response media types, and error shapes, over real HTTP
 * (test/fixtures/specs/client-media.yaml): form-urlencoded, multipart, text and binary bodies arrive
 * as declared (parsed server-side), JSON is the default among several and `contentType` picks
 * another; text-like answers are strings, binaries Blobs; ApiError reads each common error shape.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixturePackage, type FixturePackage } from '../../helpers/fixture-package.ts';
import { typecheck } from '../../helpers/typecheck.ts';
import { graphError, startServer, type Received, type TestServer } from './server.ts';

let server: TestServer;
let out: string;
let pkg: FixturePackage;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let api: any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let client: any;

beforeAll(async () => {
  server = await startServer();
  pkg = await fixturePackage('client-media');
  out = path.dirname(pkg.dir);
  api = await pkg.load('dist/client.js');
  client = api.createClient({ baseUrl: server.origin });
}, 120_000);
afterAll(() => server.close());
afterEach(() => server.reset());

const only = (): Received => {
  expect(server.received).toHaveLength(1);
  return server.received[0]!;
};
const form = (r: Received) => new URLSearchParams(String(r.body));
const multipart = (r: Received) => new Response(String(r.body), { headers: { 'content-type': r.headers['content-type']! } }).formData();

describe('request bodies', () => {
  it('form-urlencoded: scalars as text, arrays repeated, objects as JSON text, `encoding` followed (deepObject, non-exploded)', async () => {
    server.on('POST /form', { status: 204 });
    await client.submitForm({ body: { name: 'Rex & co', count: 3, tags: ['a', 'b c'], meta: { a: 'x' }, filter: { kind: 'dog', age: '2' }, ids: [1, 2, 3] } });
    const r = only();
    expect(r.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const f = form(r);
    expect(f.get('name')).toBe('Rex & co');
    expect(f.get('count')).toBe('3');
    expect(f.getAll('tags')).toEqual(['a', 'b c']);
    expect(JSON.parse(f.get('meta')!)).toEqual({ a: 'x' });
    expect(f.get('filter[kind]')).toBe('dog');
    expect(f.get('filter[age]')).toBe('2');
    expect(f.get('ids')).toBe('1,2,3');
    expect(r.headers['client-request-id']).toBeUndefined(); // no profile: no Graph conventions
  });

  it('form-urlencoded given as URLSearchParams or text is sent as it is', async () => {
    server.on('POST /form', { status: 204 });
    await client.submitForm({ body: new URLSearchParams({ name: 'a' }) });
    await client.submitForm({ body: 'name=b' });
    expect(server.received.map((r) => [r.body, r.headers['content-type']])).toEqual([
      ['name=a', 'application/x-www-form-urlencoded;charset=UTF-8'],
      ['name=b', 'application/x-www-form-urlencoded'],
    ]);
  });

  it('multipart/form-data: Blobs and Files as parts, arrays as repeated parts, objects as JSON (with their encoding contentType)', async () => {
    server.on('POST /upload', { status: 204 });
    await client.upload({ body: {
      file: new File(['hello file'], 'hello.txt', { type: 'text/plain' }),
      attachments: [new Blob(['one']), new Blob(['two'])],
      description: 'two files',
      meta: { a: 1 },
      tags: ['x', 'y'],
    } });
    const r = only();
    expect(r.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const parts = await multipart(r);
    const file = parts.get('file') as File;
    expect([file.name, file.type, await file.text()]).toEqual(['hello.txt', 'text/plain', 'hello file']);
    expect(await Promise.all((parts.getAll('attachments') as File[]).map((f) => f.text()))).toEqual(['one', 'two']);
    expect(parts.get('description')).toBe('two files');
    const meta = parts.get('meta') as File;
    expect([meta.type, JSON.parse(await meta.text())]).toEqual(['application/json', { a: 1 }]);
    expect(parts.getAll('tags')).toEqual(['x', 'y']);
  });

  it('multipart given as FormData is sent as it is', async () => {
    server.on('POST /upload', { status: 204 });
    const fd = new FormData();
    fd.append('description', 'given');
    await client.upload({ body: fd });
    expect((await multipart(only())).get('description')).toBe('given');
  });

  it('text/plain as a string; binaries as given with their media type; a wildcard type takes the Blob\'s', async () => {
    server.on('PUT /note', { status: 204 });
    server.on('PUT /blob', { status: 204 });
    server.on('PUT /image', { status: 204 });
    await client.putNote({ body: 'hello, note' });
    await client.putBlob({ body: new TextEncoder().encode('bytes!') });
    await client.putImage({ body: new Blob(['png?'], { type: 'image/png' }) });
    await client.putImage({ body: new Uint8Array([65]) });
    expect(server.received.map((r) => [r.path, r.headers['content-type'], r.body])).toEqual([
      ['/note', 'text/plain', 'hello, note'],
      ['/blob', 'application/octet-stream', 'bytes!'],
      ['/image', 'image/png', 'png?'],
      ['/image', 'application/octet-stream', 'A'],
    ]);
  });

  it('several media types: JSON by default, `contentType` picks another', async () => {
    server.on('POST /pets', { status: 201, body: { name: 'Rex' } });
    await expect(client.createPet({ body: { name: 'Rex', tags: ['a', 'b'] } })).resolves.toEqual({ name: 'Rex' });
    await client.createPet({ contentType: 'application/x-www-form-urlencoded', body: { name: 'Rex', tags: ['a', 'b'] } });
    await client.createPet({ contentType: 'application/xml', body: '<pet><name>Rex</name></pet>' });
    expect(server.received.map((r) => [r.headers['content-type'], r.body])).toEqual([
      ['application/json', { name: 'Rex', tags: ['a', 'b'] }],
      ['application/x-www-form-urlencoded', 'name=Rex&tags=a&tags=b'],
      ['application/xml', '<pet><name>Rex</name></pet>'],
    ]);
  });

  it('a JSON media type other than application/json is sent as declared', async () => {
    server.on('PATCH /pets/Rex', { status: 200, body: { name: 'Rex', age: 3 } });
    await client.mergePet({ name: 'Rex', body: { age: 3 } });
    const r = only();
    expect([r.headers['content-type'], r.body]).toEqual(['application/merge-patch+json', { age: 3 }]);
  });
});

describe('response bodies', () => {
  it('image/svg+xml and text/csv come back as strings, binaries as Blobs; Accept names what the operation answers', async () => {
    server.on('GET /logo.svg', { status: 200, headers: { 'content-type': 'image/svg+xml' }, body: '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    server.on('GET /logo.png', { status: 200, headers: { 'content-type': 'image/png' }, body: '\x89PNG' });
    server.on('GET /report', (r) => r.query.get('pdf')
      ? { status: 200, headers: { 'content-type': 'application/pdf' }, body: '%PDF' }
      : { status: 200, headers: { 'content-type': 'text/csv; charset=utf-8' }, body: 'a,b\n1,2\n' });
    await expect(client.getSvg()).resolves.toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const png = await client.getPng();
    expect(png).toBeInstanceOf(Blob);
    expect(png.type).toBe('image/png');
    await expect(client.getReport()).resolves.toBe('a,b\n1,2\n');
    expect(server.received.map((r) => r.headers.accept)).toEqual(['image/svg+xml', 'image/png', 'text/csv, application/pdf']);
  });
});

describe('ApiError reads the common error shapes', () => {
  const SHAPES: [string, unknown, Record<string, unknown>][] = [
    ['graph', graphError('itemNotFound', 'no such item', 'req-9'),
      { code: 'itemNotFound', message: 'getError 404: no such item', requestId: 'req-9', date: '2024-05-06T10:12:31' }],
    ['flat', { code: 404, message: 'no pet' }, { code: '404', message: 'getError 404: no pet' }],
    ['problem', { type: 'https://example.com/probs/out-of-stock', title: 'Out of stock', status: 404, detail: 'No more Rex.' },
      { code: 'https://example.com/probs/out-of-stock', message: 'getError 404: No more Rex.' }],
    ['problem-blank', { type: 'about:blank', title: 'Not Found', status: 404 }, { code: undefined, message: 'getError 404: Not Found' }],
    ['oauth', { error: 'invalid_token', error_description: 'The token expired' }, { code: 'invalid_token', message: 'getError 404: The token expired' }],
    ['string-error', { error: 'not_found', message: 'No such thing', status_code: 404 }, { code: 'not_found', message: 'getError 404: No such thing' }],
    ['errors', { errors: [{ code: 'E1', message: 'first' }, { message: 'second' }] }, { code: 'E1', message: 'getError 404: first; second' }],
    ['message', { message: 'plain' }, { code: undefined, message: 'getError 404: plain' }],
    ['text', 'not json', { code: undefined, message: 'getError 404: ', body: 'not json' }],
  ];
  it.each(SHAPES)('%s', async (shape, body, expected) => {
    server.on(`GET /errors/${shape}`, {
      status: 404, body, headers: typeof body === 'string' ? { 'content-type': 'text/plain', 'x-request-id': 'hdr-1' } : { 'content-type': 'application/problem+json' },
    });
    const e = await client.getError({ shape }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(api.ApiError);
    expect(e).toMatchObject({ status: 404, operation: 'getError', ...expected });
    if (typeof body === 'string') expect(e.requestId).toBe('hdr-1');
    else expect(e.body).toEqual(body);
    expect(api.isApiError(e, 404)).toBe(true);
  });
});

describe('types', () => {
  it('type-checks under strict; bodies are typed per media type', async () => {
    const file = path.join(out, 'usage.ts');
    await writeFile(file, `
import { createPet, submitForm, upload, putNote, getSvg, getPng } from './pkg/dist/client.js';

export async function use(): Promise<void> {
  await createPet({ body: { name: 'Rex' } });
  await createPet({ contentType: 'application/x-www-form-urlencoded', body: { name: 'Rex' } });
  await createPet({ contentType: 'application/xml', body: '<pet/>' });
  await submitForm({ body: { name: 'a', ids: [1] } });
  await upload({ body: { file: new Blob(['x']), description: 'd' } });
  await putNote({ body: 'text' });
  const svg: string = await getSvg();
  const png: Blob = await getPng();
  void svg; void png;
  // @ts-expect-error an undeclared media type
  await createPet({ contentType: 'text/plain', body: 'x' });
  // @ts-expect-error the JSON body is typed
  await createPet({ body: { name: 1 } });
  // @ts-expect-error text/plain takes a string
  await putNote({ body: 1 });
}
`);
    // the usage against the declarations the package ships, and the implementation (its sources)
    expect(typecheck([file, path.join(out, 'pkg/dist/index.d.ts'), path.join(await pkg.sources(), 'src/index.ts')])).toEqual([]);
  }, 60_000);
});
