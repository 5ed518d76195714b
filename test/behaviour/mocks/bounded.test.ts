/**
 * The mock under hostile specs: samples of wide self-recursive schemas are bounded in total size
 * (generation time and the size of the mock module), `__proto__` in spec keys and parameter names
 * defines properties and pollutes nothing, and mock-server.d.ts says it needs Node's types.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sampleOf } from '../../../generator/emit/mocks/schema-facts.ts';
import { renderSources } from '../../../generator/pipeline.ts';
import { BIN, ROOT, tempDir } from '../../helpers/cli.ts';

type Validator = (data: unknown) => { ok: boolean; issues?: unknown[] };
interface Mock {
  (request: Request): Promise<Response>;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const ok = (schema: unknown, example?: unknown) => ({
  description: 'ok',
  content: { 'application/json': { schema, ...(example !== undefined ? { example } : {}) } },
});
const selfProperties = (name: string, n: number, from = 0) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${from + i}`, ref(name)]));

/** `n` optional properties, each the schema itself: 1 KB of spec, n^depth nodes when sampled naively. */
function recursiveSpec(n: number): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'Recursive', version: '1' },
    servers: [{ url: 'https://api.example.com/v1' }],
    paths: {
      '/nodes': { get: { operationId: 'getNode', responses: { 200: ok(ref('Node')) } } },
      '/trees': { get: { operationId: 'getTree', responses: { 200: ok(ref('Tree')) } } },
      '/chains': { get: { operationId: 'getChain', responses: { 200: ok(ref('Chain')) } } },
    },
    components: {
      schemas: {
        Node: { type: 'object', properties: selfProperties('Node', n) },
        // Required recursion with a base case: an empty `children` ends it.
        Tree: {
          type: 'object',
          required: ['name', 'children'],
          properties: { name: { type: 'string', minLength: 2, maxLength: 4 }, children: { type: 'array', items: ref('Tree') }, ...selfProperties('Tree', n - 1, 1) },
        },
        // Required recursion without one: no finite valid value exists.
        Chain: { type: 'object', required: ['next'], properties: { next: ref('Chain') } },
      },
    },
  };
}

/** Generates `spec` with the real bin in a child process that cannot outlive `timeoutMs`. */
async function generate(spec: unknown, timeoutMs = 120_000): Promise<{ dir: string; ms: number; mocksBytes: number }> {
  const dir = await tempDir('specgen-bounded-');
  const file = path.join(dir, 'spec.json');
  await writeFile(file, JSON.stringify(spec));
  const started = performance.now();
  const run = spawnSync(process.execPath, [BIN, 'generate', '--spec', file, '--out', path.join(dir, 'out')], { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs });
  const ms = performance.now() - started;
  expect(run.error, 'the generator did not finish in time').toBeUndefined();
  expect(run.status, run.stderr).toBe(0);
  // the mock module as the package ships it (its sample bodies are data in it)
  const mocks = await readFile(path.join(dir, 'out/dist/mocks.js'));
  return { dir: path.join(dir, 'out'), ms, mocksBytes: mocks.byteLength };
}

async function load(dir: string): Promise<{ mock: Mock; validators: Record<string, Validator> }> {
  const mocks = (await import(pathToFileURL(path.join(dir, 'dist/mocks.js')).href)) as { createMockHandler(o?: unknown): Mock };
  const validators = (await import(pathToFileURL(path.join(dir, 'dist/validators.js')).href)) as Record<string, Validator>;
  return { mock: mocks.createMockHandler({ auth: false }), validators };
}

async function get(mock: Mock, url: string, init?: RequestInit): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now();
  const response = await mock(new Request(`https://api.example.com/v1${url}`, init));
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

describe('bounded samples', () => {
  it('a 16-property self-recursive schema: generated in bounded time and size, answered quickly and validly', async () => {
    const { dir, ms, mocksBytes } = await generate(recursiveSpec(16));
    // Unbounded fan-out took over 120 s here; the bound leaves room for a loaded machine.
    expect(ms).toBeLessThan(30_000);
    expect(mocksBytes).toBeLessThan(2 * 1024 * 1024);
    const { mock, validators } = await load(dir);

    const node = await get(mock, '/nodes');
    expect(node.status).toBe(200);
    expect(node.ms).toBeLessThan(1000);
    expect(node.text.length).toBeLessThan(64 * 1024);
    const body = JSON.parse(node.text) as Record<string, unknown>;
    expect(Object.keys(body).length).toBeGreaterThan(0);
    expect(validators.validateNode!(body).ok).toBe(true);

    const tree = JSON.parse((await get(mock, '/trees')).text) as { name: string; children: unknown[] };
    expect(validators.validateTree!(tree)).toMatchObject({ ok: true });
    expect(tree.name.length).toBeGreaterThanOrEqual(2);

    // No valid value exists: building stops at the limits and validation says so.
    const chain = await get(mock, '/chains');
    expect(chain.status).toBe(200);
    expect(chain.text.length).toBeLessThan(64 * 1024);
    expect(validators.validateChain!(JSON.parse(chain.text)).ok).toBe(false);
  }, 180_000);

  it('an 8-property self-recursive schema: the mock module (dist/mocks.js) stays small', async () => {
    const { mocksBytes } = await generate(recursiveSpec(8));
    expect(mocksBytes).toBeLessThan(2 * 1024 * 1024);
  }, 180_000);

  it('optional properties go first when the budget runs out; required recursion ends with the smallest valid value', () => {
    const spec = recursiveSpec(16) as { components: { schemas: Record<string, unknown> } };
    const document = spec as unknown as Record<string, unknown>;
    const limits = { bytes: 200, depth: 6, hardBytes: 4096, maxDepth: 32 };
    const tree = sampleOf(document, ref('Tree'), limits) as Record<string, unknown>;
    expect(JSON.stringify(tree).length).toBeLessThan(1024);
    // Every Tree node, however deep, has its required properties; some optional ones were dropped.
    const walk = (t: Record<string, unknown>): void => {
      expect(Object.keys(t)).toEqual(expect.arrayContaining(['name', 'children']));
      expect(typeof t.name).toBe('string');
      for (const [k, v] of Object.entries(t)) if (k !== 'name' && k !== 'children') walk(v as Record<string, unknown>);
      for (const c of t.children as Record<string, unknown>[]) walk(c);
    };
    walk(tree);
    expect(Object.keys(tree).length).toBeLessThan(16);
    const required = { type: 'object', required: ['items'], properties: { items: { type: 'array', minItems: 2, items: ref('Node') }, extra: { type: 'string' } } };
    expect(sampleOf(document, required, { ...limits, bytes: 0 })).toEqual({ items: [{}, {}] });
    expect(sampleOf(document, { type: 'integer', minimum: 0.5, exclusiveMaximum: 3 })).toBe(1);
    expect(sampleOf(document, { type: 'number', minimum: 5, exclusiveMinimum: true })).toBe(6);
    expect(sampleOf(document, { type: 'string', maxLength: 3 })).toBe('str');
    expect((sampleOf(document, { type: 'string', minLength: 1e9 }) as string).length).toBeLessThanOrEqual(64 * 1024);
    expect((sampleOf(document, { type: 'array', minItems: 1e9, items: { type: 'string' } }) as unknown[]).length).toBeLessThan(64 * 1024);
  });
});

describe('__proto__ from the spec', () => {
  // Computed `['__proto__']` keys define own properties, as JSON.parse does for a spec file.
  const spec = {
    openapi: '3.0.3',
    info: { title: 'Proto */ title', version: '1' },
    servers: [{ url: 'https://api.example.com/v1' }],
    paths: {
      '/search': {
        get: {
          operationId: 'search',
          parameters: [{ name: '__proto__', in: 'query', required: true, schema: { type: 'string', enum: ['yes'] } }],
          responses: { 200: ok({ type: 'object' }, { ['__proto__']: { polluted: true }, name: 'x' }) },
        },
      },
      '/protos': { get: { operationId: 'getProto', responses: { 200: ok(ref('Proto')) } } },
      '/things': {
        post: { operationId: 'createThing', requestBody: { required: true, content: { 'application/json': { schema: ref('Thing') } } }, responses: { 201: ok(ref('Thing')) } },
      },
      '/things/{__proto__}': {
        get: { operationId: 'getThing', parameters: [{ name: '__proto__', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: ok(ref('Thing')) } },
      },
    },
    components: {
      schemas: {
        Proto: { type: 'object', required: ['__proto__'], properties: { ['__proto__']: { type: 'string' } } },
        Thing: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, ['__proto__']: { type: 'object', nullable: true, readOnly: true } } },
      },
    },
  };
  it('defines own properties in answers (example keys, generated samples, server-set properties, parameter names) and pollutes nothing', async () => {
    const { dir } = await generate(spec);
    // the emitted source (spec text in comments is escaped; no `__proto__:` key in an object literal) ...
    const sources = await renderSources({ spec: path.join(path.dirname(dir), 'spec.json'), out: dir });
    const mocksText = sources.find((f) => f.path === 'src/mocks.ts')!.content;
    expect(mocksText).toContain('Proto *\\/ title');
    expect(mocksText).not.toMatch(/^\s*"?__proto__"?\s*:/m);
    // ... and what the package ships: the compiled module (comments dropped) and its declarations (comments kept)
    expect(await readFile(path.join(dir, 'dist/mocks.js'), 'utf8')).not.toMatch(/^\s*"?__proto__"?\s*:/m);
    expect(await readFile(path.join(dir, 'dist/mocks.d.ts'), 'utf8')).toContain('Proto *\\/ title');
    const { mock, validators } = await load(dir);
    try {
      const found = await get(mock, '/search?__proto__=yes');
      expect(found.status, found.text).toBe(200);
      const body = JSON.parse(found.text) as Record<string, unknown>;
      expect(Object.prototype.hasOwnProperty.call(body, '__proto__')).toBe(true);
      expect(Object.getOwnPropertyDescriptor(body, '__proto__')?.value).toEqual({ polluted: true });
      expect(body.name).toBe('x');

      const proto = await get(mock, '/protos');
      const sample = JSON.parse(proto.text) as Record<string, unknown>;
      expect(Object.getOwnPropertyDescriptor(sample, '__proto__')?.value).toBe('string');
      expect(validators.validateProto!(sample).ok).toBe(true);

      const created = await get(mock, '/things', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id":"t1","name":"n","__proto__":{"polluted":true}}' });
      expect(created.status, created.text).toBe(201);
      const thing = JSON.parse(created.text) as Record<string, unknown>;
      // Server-set (readOnly, nullable): the request's value is dropped, the server's null defined.
      expect(Object.getOwnPropertyDescriptor(thing, '__proto__')).toMatchObject({ value: null });
      const read = await get(mock, '/things/t1');
      expect(read.status, read.text).toBe(200);
      expect(JSON.parse(read.text)).toMatchObject({ id: 't1', name: 'n' });
    } finally {
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    }
  }, 180_000);
});

describe('mock-server.d.ts for a consumer without ambient types', () => {
  it('says it needs Node types, and compiles with "types": [] and no DOM lib when @types/node is installed', async () => {
    const { dir } = await generate(recursiveSpec(2));
    const dts = await readFile(path.join(dir, 'dist/mock-server.d.ts'), 'utf8');
    expect(dts).toContain('/// <reference types="node"');
    const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(pkg.peerDependencies?.['@types/node']).toBeDefined();
    expect(pkg.peerDependenciesMeta?.['@types/node']).toEqual({ optional: true });

    const check = (typeRoots: string[]) => {
      const program = ts.createProgram([path.join(dir, 'dist/mock-server.d.ts')], {
        strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
        lib: ['lib.es2022.d.ts'], types: [], typeRoots, skipLibCheck: false,
      });
      return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    };
    expect(check([path.join(ROOT, 'node_modules/@types')])).toEqual([]);
    // Without @types/node the consumer is told what is missing.
    expect(check([path.join(dir, 'no-types')]).join('\n')).toContain("Cannot find type definition file for 'node'");
  }, 180_000);
});
