/**
 * The naming planner: spec names never collide with each other, with TypeScript's globals or with
 * the package's own names; collisions get deterministic numbered names and a located warning
 * naming both sides; the result type-checks and calls the right endpoints.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/api.ts';
import { NamePlanner, planNames } from '../../generator/model/plan-names.ts';
import { fixture, tempDir } from '../helpers/cli.ts';
import { writeSources } from '../helpers/sources.ts';
import { startServer, type TestServer } from '../behaviour/client/server.ts';
import { typecheck } from '../helpers/typecheck.ts';

describe('NamePlanner', () => {
  it('takes a name with its derived names, or the next numbered base for which all are free', () => {
    const p = new NamePlanner();
    const derive = (n: string) => [`is${n}`, `${n}Schema`];
    expect(p.claim('Foo', derive, { what: 'schema Foo' })).toBe('Foo');
    expect(p.claim('Foo', derive, { what: 'schema foo' })).toBe('Foo2');
    // isFoo and isFoo2 went with schemas Foo and Foo2.
    expect(p.claim('isFoo', () => [], { what: 'operation isFoo' })).toBe('isFoo3');
    expect(p.claim('Record', () => [], { what: 'schema Record' })).toBe('Record2');
    expect(p.claim('send', () => [], { what: 'operation send' })).toBe('send2');
  });

  it('warns at the loser, naming both sides', () => {
    const p = new NamePlanner();
    p.claim('ApiError', () => [], { what: "schema 'ApiError'", location: { file: 'api.yaml', line: 3, column: 5, pointer: '/components/schemas/ApiError' } });
    expect(p.warnings).toEqual([expect.objectContaining({
      severity: 'warning', code: 'name-collision', file: 'api.yaml', line: 3, pointer: '/components/schemas/ApiError',
      message: "schema 'ApiError' would be named 'ApiError', but 'ApiError' is specgen's own ApiError (runtime); it is named 'ApiError2'",
    })]);
  });

  it('is deterministic whatever order the model lists things in', () => {
    const schema = (key: string) => ({ key, typeName: '', pointer: `/components/schemas/${key}`, schema: {}, deprecated: false, location: { file: 'x' } });
    const a = [schema('b'), schema('B'), schema('a-b'), schema('aB')];
    const b = [...a].reverse().map((s) => ({ ...s }));
    planNames(a, []);
    planNames(b, []);
    const byKey = (list: typeof a) => Object.fromEntries(list.map((s) => [s.key, s.typeName]));
    expect(byKey(a)).toEqual(byKey(b));
    expect(new Set(a.map((s) => s.typeName)).size).toBe(4);
  });
});

describe('a spec whose names collide with everything', () => {
  let out: string;
  /** The TypeScript the package is compiled from (`<sources>/src/`); the package ships dist/ only. */
  let sources: string;
  let warnings: string[];
  let server: TestServer;
  beforeAll(async () => {
    out = path.join(await tempDir('specgen-names-'), 'pkg');
    const r = await generate({ spec: fixture('naming/collisions.yaml'), out });
    sources = await writeSources({ spec: fixture('naming/collisions.yaml') }, path.join(path.dirname(out), 'sources'));
    warnings = r.results[0]!.warnings.map((w) => `${w.code} ${w.message} @${w.pointer}`);
    server = await startServer();
  });
  afterAll(() => server.close());

  it('type-checks under --strict (types, validators, client, mocks): the sources, and the declarations shipped', () => {
    expect(typecheck([
      path.join(sources, 'src/index.ts'), path.join(sources, 'src/mocks.ts'),
      path.join(out, 'dist/index.d.ts'), path.join(out, 'dist/mocks.d.ts'),
    ])).toEqual([]);
  });

  it('renames the losers and says so, with both sides', async () => {
    const client = await readFile(path.join(sources, 'src/client.ts'), 'utf8');
    const types = await readFile(path.join(sources, 'src/types.ts'), 'utf8');
    const validators = await readFile(path.join(sources, 'src/validators.ts'), 'utf8');
    const clientDeclarations = await readFile(path.join(out, 'dist/client.d.ts'), 'utf8');
    // the package ships the types as they are
    expect(await readFile(path.join(out, 'dist/types.d.ts'), 'utf8')).toBe(types);
    for (const fn of ['send2', 'bind2', 'defaults2', 'enc2', 'route2', 'prop2', 'configure2', 'createClient2', 'isFoo2']) {
      expect(client).toContain(`export async function ${fn}(`);
      expect(clientDeclarations).toContain(`export declare function ${fn}(`);
    }
    for (const t of ['Record2', 'NonNullable2', 'ReadonlyArray2', 'ValidationIssue2', 'StandardSchemaV12', 'ApiError2', 'Components']) {
      expect(types).toContain(`export type ${t} = `);
    }
    // Schema Foo has isFoo/validateFoo/FooSchema; schema FooSchema must step aside.
    expect(validators).toContain('export function isFoo(');
    expect(types).toContain('export type FooSchema2 = ');
    // Schema GetThingResponse200 was there first: the operation getThing steps aside with all its aliases.
    expect(types).toContain('export type GetThingResponse200 = ');
    expect(types).toContain('export type GetThing2Response200 = ');
    expect(client).toContain('export async function getThing2(');
    expect(warnings).toContainEqual(expect.stringMatching(/^name-collision operation 'send' would be named 'send', but 'send' is specgen's own send \(runtime\); it is named 'send2' @\/paths\/~1send\/get$/));
    expect(warnings).toContainEqual(expect.stringMatching(/operation 'getThing' .* 'GetThingResponse200' is schema 'GetThingResponse200'.*'getThing2'/));
    expect(warnings).toContainEqual(expect.stringMatching(/schema 'Record' .* the global Record.*'Record2' @\/components\/schemas\/Record/));
  });

  it('calls the right endpoints, and sends a parameter named __proto__ as a real parameter', async () => {
    const mod = await import(pathToFileURL(path.join(out, 'dist/client.js')).href);
    const c = mod.createClient({ baseUrl: server.origin });
    server.on('GET /send', () => ({ status: 200, body: { name: 'x' } }));
    server.on('GET /defaults', () => ({ status: 204 }));
    server.on('GET /create-client', () => ({ status: 204 }));
    expect(await c.send2()).toEqual({ name: 'x' });
    await c.defaults2({ proto: 'p', constructor_: 'c' });
    await c.createClient2();
    const urls = server.received.map((r) => r.url);
    expect(urls).toContain('/send');
    expect(urls).toContain('/defaults?__proto__=p&constructor=c');
    expect(urls).toContain('/create-client');
    expect(({} as Record<string, unknown>).p).toBeUndefined();
  });
});
