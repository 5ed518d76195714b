/**
 * The client is generic: the petstore (3.0) and features (3.1) fixtures, generated into a temp dir,
 * type-check under --strict and work over HTTP (paging recognised from structure, odd names).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../../generator/api.ts';
import { fixture, tempDir } from '../../helpers/cli.ts';
import { writeSources } from '../../helpers/sources.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let out: string;
beforeAll(async () => {
  server = await startServer();
  out = await tempDir('specgen-client-');
  for (const name of ['petstore-3.0', 'features-3.1']) {
    await generate({ spec: fixture(`specs/${name}.yaml`), out: path.join(out, name) });
    // the TypeScript the package is compiled from, beside it (the package ships dist/ only)
    await writeSources({ spec: fixture(`specs/${name}.yaml`) }, path.join(out, `${name}-sources`));
  }
});
afterAll(() => server.close());

function typecheck(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [],
    noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const load = async (name: string): Promise<any> => import(pathToFileURL(path.join(out, name, 'dist/client.js')).href);

describe('petstore-3.0', () => {
  it('type-checks: the sources, and the declarations the package ships', () => {
    expect(typecheck([path.join(out, 'petstore-3.0-sources/src/index.ts'), path.join(out, 'petstore-3.0/dist/index.d.ts')])).toEqual([]);
  });

  it('calls every operation over HTTP; pages follow nextLink (found from structure)', async () => {
    const pet = await load('petstore-3.0');
    expect(pet.servers).toEqual([{ url: 'https://petstore.example.com/v1' }]);
    const client = pet.createClient({ baseUrl: `${server.origin}/v1` });
    server.on('GET /v1/pets', (r) => r.query.get('page') === '2'
      ? { status: 200, body: { items: [{ id: 3, name: 'c' }], nextLink: null } }
      : { status: 200, body: { items: [{ id: 1, name: 'a' }, { id: 2, name: 'b' }], nextLink: `${server.origin}/v1/pets?page=2` } });
    const names: string[] = [];
    for await (const p of client.listPets.all({ limit: 2, tagFilter: ['x', 'y'] })) names.push(p.name);
    expect(names).toEqual(['a', 'b', 'c']);
    expect(server.received[0]!.url).toBe('/v1/pets?limit=2&tag-filter=x&tag-filter=y');

    server.on('POST /v1/pets', { status: 201, body: { id: 9, name: 'new' } });
    await expect(client.createPet({ body: { name: 'new' } })).resolves.toEqual({ id: 9, name: 'new' });
    server.on('GET /v1/pets/9', { status: 200, body: { id: 9, name: 'new' } });
    await expect(client.getPet({ petId: 9 })).resolves.toEqual({ id: 9, name: 'new' });
    server.on('DELETE /v1/pets/9', { status: 204 });
    await expect(client.deletePetsByPetId({ petId: 9 })).resolves.toBeUndefined();

    server.on('GET /v1/pets/404', { status: 404, body: { code: 404, message: 'no pet' } });
    const e = await client.getPet({ petId: 404 }).catch((x: unknown) => x);
    expect(pet.isApiError(e, 404)).toBe(true);
    expect(e).toMatchObject({ status: 404, message: 'getPet 404: no pet' });
  });
});

describe('features-3.1', () => {
  it('type-checks: the sources, and the declarations the package ships', () => {
    expect(typecheck([path.join(out, 'features-3.1-sources/src/index.ts'), path.join(out, 'features-3.1/dist/index.d.ts')])).toEqual([]);
  });

  it('odd parameter names and hostile text work; paging by structure', async () => {
    const feat = await load('features-3.1');
    const client = feat.createClient({ baseUrl: server.origin });
    server.reset();
    server.on('GET /things/a%20b', { status: 200, body: { id: 'a b', kind: null } });
    await expect(client.getThing({ thingId: 'a b', class_: "x'y" })).resolves.toEqual({ id: 'a b', kind: null });
    expect(server.received[0]!.url).toBe('/things/a%20b?class=x%27y');
    server.on('GET /things', (r) => r.query.get('p')
      ? { status: 200, body: { value: [{ id: '2', kind: 'c"d' }] } }
      : { status: 200, body: { value: [{ id: '1', kind: null }], '@odata.nextLink': `${server.origin}/things?p=2` } });
    const ids: string[] = [];
    for await (const t of client.getThings.all()) ids.push(t.id);
    expect(ids).toEqual(['1', '2']);
  });
});
