import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createConfig } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openapiTypes, openapiTypesText } from '../../generator/emit/types/openapi-types.ts';
import { prepareForOpenapiTypescript } from '../../generator/emit/types/prepare.ts';
import { loadSpec } from '../../generator/load/index.ts';
import { cli, fixture, ROOT, tempDir } from '../helpers/cli.ts';
import { writeSources } from '../helpers/sources.ts';
import { typecheck as typecheckWith } from '../helpers/typecheck.ts';

const typecheck = (files: string[]) => typecheckWith(files, { codes: true });

async function typecheckText(text: string): Promise<string[]> {
  const file = path.join(await tempDir('specgen-ots-'), 'openapi.ts');
  await writeFile(file, text);
  return typecheck([file]);
}

/** openapi-typescript as it comes, without specgen's pre-pass: what the fixtures guard against. */
async function plainOpenapiTypescript(document: Record<string, unknown>): Promise<string> {
  const redocly = await createConfig({ extends: [], rules: {} } as never);
  return astToString(await openapiTS(structuredClone(document) as never, { redocly, silent: true }));
}

/** Every object and array reachable from `root`. */
function objectsOf(root: unknown, into = new Set<object>()): Set<object> {
  if (root !== null && typeof root === 'object' && !into.has(root)) {
    into.add(root);
    for (const child of Object.values(root)) objectsOf(child, into);
  }
  return into;
}

describe('openapi-typescript never touches the network nor the document it is given', () => {
  let server: Server;
  let requests: string[];
  let base: string;

  beforeAll(async () => {
    requests = [];
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({
        X: { type: 'object', required: ['FETCHED_MARKER'], properties: { FETCHED_MARKER: { type: 'string' } } },
        description: 'FETCHED_MARKER', content: { 'application/json': { schema: { type: 'string', description: 'FETCHED_MARKER' } } },
        name: 'FETCHED_MARKER', in: 'query', schema: { type: 'string' },
      }));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const remoteDocument = () => ({
    openapi: '3.0.3',
    info: { title: 'Remote refs', version: '1.0.0' },
    paths: {
      '/things': {
        get: {
          operationId: 'listThings',
          parameters: [{ $ref: `${base}/parameter.json` }],
          responses: {
            '200': {
              description: 'Things',
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/Thing' },
                  examples: { remote: { externalValue: `${base}/example.json` } },
                },
              },
            },
            default: { $ref: `${base}/response.json` },
          },
        },
      },
    },
    components: {
      schemas: {
        Remote: { $ref: `${base}/x.json#/X` },
        Thing: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            remote: { $ref: `${base}/x.json#/X` },
          },
          example: { id: 'a', remote: { $ref: `${base}/x.json#/X` } },
        },
        Shape: {
          oneOf: [{ $ref: '#/components/schemas/Thing' }],
          discriminator: { propertyName: 'id', mapping: { a: '#/components/schemas/Thing', b: `${base}/x.json#/X` } },
        },
      },
    },
  });

  it('makes no request and prints no fetched content; remote refs are unknown, with located warnings', async () => {
    const document = remoteDocument();
    const before = structuredClone(document);
    const { text, warnings } = await openapiTypes(document);
    expect(requests).toEqual([]);
    expect(text).not.toContain('FETCHED_MARKER');
    expect(text).toMatch(/Remote: unknown;/);
    expect(text).toMatch(/remote\?: unknown;/);
    expect(document).toEqual(before);
    expect(warnings.map((w) => w.pointer).sort()).toEqual([
      '/components/schemas/Remote',
      '/components/schemas/Shape/discriminator/mapping/b',
      '/components/schemas/Thing/example/remote/$ref',
      '/components/schemas/Thing/properties/remote',
      '/paths/~1things/get/parameters/0',
      '/paths/~1things/get/responses/default',
    ]);
    expect(await typecheckText(text)).toEqual([]);
  });

  it('prints exactly what openapiTS() (with its redocly front end) prints for the same prepared document', async () => {
    // specgen calls openapi-typescript's transform and printer directly: its loader has already resolved and checked.
    const redocly = await createConfig({ extends: [], rules: {} } as never);
    for (const spec of ['specs/petstore-3.0.yaml', 'specs/ots-nested-refs.yaml', 'specs/ots-self-reference.yaml', '../../spec/graph-connectors.yaml']) {
      const { document } = await loadSpec(fixture(spec));
      const viaFrontEnd = astToString(await openapiTS(prepareForOpenapiTypescript(document).document as never, { redocly, silent: true }));
      expect(await openapiTypesText(document), spec).toBe(viaFrontEnd);
    }
  });

  it('hands openapi-typescript a copy: the loaded document is left as it was', async () => {
    for (const name of ['ots-nested-refs', 'ots-self-reference', 'ots-never-constraint', 'petstore-3.0']) {
      const { document } = await loadSpec(fixture(`specs/${name}.yaml`));
      const before = structuredClone(document);
      await openapiTypesText(document);
      expect(document, name).toEqual(before);
    }
  });
});

describe('the pre-pass', () => {
  it('is pure: a new document sharing no object with its input, the same every time', async () => {
    const { document } = await loadSpec(fixture('specs/ots-nested-refs.yaml'));
    const before = structuredClone(document);
    const first = prepareForOpenapiTypescript(document);
    const second = prepareForOpenapiTypescript(document);
    expect(document).toEqual(before);
    expect(second).toEqual(first);
    expect(JSON.stringify(second.document)).toBe(JSON.stringify(first.document));
    const input = objectsOf(document);
    expect([...objectsOf(first.document)].filter((o) => input.has(o))).toEqual([]);
  });

  it('hoists nested targets to components under collision-free names and points every ref there', async () => {
    const { document } = await loadSpec(fixture('specs/ots-nested-refs.yaml'));
    const out = prepareForOpenapiTypescript(document).document as any;
    const schemas = out.components.schemas;
    // `Order_Line` was taken by the spec itself.
    expect(schemas.Order_Line).toEqual({ type: 'object', properties: { legacy: { type: 'boolean' } } });
    expect(schemas.Order_Line_2.required).toEqual(['sku']);
    expect(schemas.Order_Line_2.properties.next).toEqual({ $ref: '#/components/schemas/Order_Line_2' });
    expect(schemas.Order.properties.lastLine).toEqual({ $ref: '#/components/schemas/Order_Line_2' });
    expect(schemas.Order.properties.total).toEqual({ $ref: '#/components/schemas/Order_total' });
    expect(schemas.Order.properties.lines.items).toEqual({ $ref: '#/components/schemas/Order_lines_items' });
    expect(schemas.Resource_properties_owner).toEqual({ type: 'object', properties: { name: { type: 'string' } } });
    // The definitions left nothing behind that openapi-typescript would print as a `$defs` property.
    expect(schemas.Order.definitions).toEqual({ Line: { $ref: '#/components/schemas/Order_Line_2' } });
    expect(schemas.Order.$defs).toBeUndefined();
    // Non-schema targets go to their own component kinds.
    expect(out.components.parameters.listOrders_parameters_0.name).toBe('page-size');
    expect(out.paths['/orders'].post.parameters[0]).toEqual({ $ref: '#/components/parameters/listOrders_parameters_0' });
    expect(out.components.responses.listOrders_responses_404.description).toBe('Not found');
    expect(out.components.requestBodies.createOrder_requestBody.required).toBe(true);
    expect(out.paths['/orders/{id}'].put.requestBody).toEqual({ $ref: '#/components/requestBodies/createOrder_requestBody' });
    expect(out.components.headers.listOrders_responses_200_headers_x_rate_limit).toEqual({ schema: { type: 'integer' } });
    // No ref is left pointing below a component.
    const refs = JSON.stringify(out).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.filter((r) => !/^"\$ref":"#\/components\/[^/]+\/[^/]+"$/.test(r))).toEqual([]);
  });

  it('breaks cycles through array items (the fixture) and says where', async () => {
    const loaded = await loadSpec(fixture('specs/ots-self-reference.yaml'));
    const { document, warnings } = prepareForOpenapiTypescript(loaded.document);
    const schemas = (document as any).components.schemas;
    const written = (loaded.document as any).components.schemas;
    expect(schemas.Tree.items.items).toEqual({});
    expect(schemas.Matrix.items).toEqual({});
    expect(schemas.MaybeList.items.oneOf).toEqual([{}, { type: 'string' }]);
    expect(schemas.Even).toEqual(written.Even);
    expect(schemas.Node).toEqual(written.Node);
    expect(warnings.map((w) => w.pointer)).toEqual([
      '/components/schemas/Tree/items/items',
      '/components/schemas/Matrix/items',
      '/components/schemas/Nested/items/allOf/0',
      '/components/schemas/MaybeList/items/oneOf/0',
      '/components/schemas/Odd/items',
    ]);
    expect(warnings[4]!.message).toContain('Even -> Odd -> Even');
  });

  it('breaks cycles through allOf/oneOf/anyOf too (the model refuses them today; openapi-typescript gets any document)', async () => {
    const S = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const document = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          Problem: { allOf: [S('Problem'), { type: 'object', required: ['title'], properties: { title: { type: 'string' } } }] },
          Value: { oneOf: [S('Value'), { type: 'string' }] },
          Either: { anyOf: [S('Either')] },
          Forest: { allOf: [S('Grove')], required: ['name'] },
          Grove: { allOf: [S('Forest'), { type: 'object', properties: { name: { type: 'string' } } }] },
          Pet: {
            type: 'object',
            required: ['petType'],
            properties: { petType: { type: 'string' }, name: { type: 'string' } },
            discriminator: { propertyName: 'petType' },
            oneOf: [S('Cat'), S('Dog')],
          },
          Cat: { allOf: [S('Pet'), { type: 'object', properties: { meows: { type: 'boolean' } } }] },
          Dog: { allOf: [S('Pet'), { type: 'object', properties: { barks: { type: 'boolean' } } }] },
        },
      },
    };
    expect((await typecheckText(await plainOpenapiTypescript(document))).filter((d) => d.startsWith('TS2502 '))).toHaveLength(8);
    const { document: out, warnings } = prepareForOpenapiTypescript(document);
    const schemas = (out as any).components.schemas;
    expect(schemas.Problem.allOf[0]).toEqual({});
    // The polymorphic base stays a union of its children; the children keep its properties.
    expect(schemas.Pet.oneOf).toEqual([S('Cat'), S('Dog')]);
    expect(schemas.Cat.allOf[0]).toEqual({
      type: 'object', required: ['petType'], properties: { petType: { type: 'string' }, name: { type: 'string' } },
    });
    expect(warnings.map((w) => w.pointer)).toEqual([
      '/components/schemas/Problem/allOf/0',
      '/components/schemas/Value/oneOf/0',
      '/components/schemas/Either/anyOf/0',
      '/components/schemas/Grove/allOf/0',
      '/components/schemas/Cat/allOf/0',
      '/components/schemas/Dog/allOf/0',
    ]);
    const text = await openapiTypesText(document);
    expect(text).toContain('petType: "Cat";');
    expect(await typecheckText(text)).toEqual([]);
  });

  it('locates cycle warnings in a hoisted schema where it was written', () => {
    const { warnings } = prepareForOpenapiTypescript({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          Box: { type: 'object', properties: { inner: { allOf: [{ $ref: '#/components/schemas/Box/properties/inner' }] } } },
          Use: { $ref: '#/components/schemas/Box/properties/inner' },
        },
      },
    });
    expect(warnings.map((w) => w.pointer)).toEqual(['/components/schemas/Box/properties/inner/allOf/0']);
  });

  it('takes one walk: a 10 MB document in about a second', () => {
    const schemas: Record<string, unknown> = {};
    for (let i = 0; i < 4000; i++) {
      schemas[`S${i}`] = {
        type: 'object',
        description: 'x'.repeat(2600),
        required: ['a'],
        properties: {
          a: { type: 'string', example: 'example text' },
          b: { type: 'array', items: { $ref: `#/components/schemas/S${(i + 1) % 4000}` } },
          c: { $ref: `#/components/schemas/S${(i + 7) % 4000}/properties/a` },
          d: { allOf: [{ $ref: `#/components/schemas/S${(i + 3) % 4000}` }], nullable: true },
        },
      };
    }
    const document = { openapi: '3.0.3', info: { title: 'big', version: '1' }, paths: {}, components: { schemas } };
    expect(JSON.stringify(document).length).toBeGreaterThan(10_000_000);
    const start = performance.now();
    const { document: out } = prepareForOpenapiTypescript(document);
    const ms = performance.now() - start;
    expect(Object.keys((out as any).components.schemas)).toHaveLength(8000);
    expect(ms).toBeLessThan(5000);
  });
});

describe('openapi-typescript failures on real specs, worked around (fixtures generate and type-check under --strict)', () => {
  const cases = [
    { name: 'ots-nested-refs', fails: ['TS2339'] },
    { name: 'ots-self-reference', fails: ['TS2502'] },
    { name: 'ots-never-constraint', fails: ['TS2344'] },
  ];
  for (const { name, fails } of cases) {
    it(`${name}: plain openapi-typescript fails with ${fails.join(', ')}; specgen's package type-checks`, async () => {
      const { document } = await loadSpec(fixture(`specs/${name}.yaml`));
      const plain = await typecheckText(await plainOpenapiTypescript(document));
      for (const code of fails) expect(plain.some((d) => d.startsWith(`${code} `)), `${name} no longer reproduces ${code}`).toBe(true);

      const out = path.join(await tempDir(), name);
      const result = await cli('generate', '--spec', fixture(`specs/${name}.yaml`), '--out', out);
      expect(result.stderr).not.toMatch(/error/i);
      expect(result.code).toBe(0);
      // the package's sources (its implementation) and the declarations it ships
      const sources = await writeSources({ spec: fixture(`specs/${name}.yaml`) }, path.join(path.dirname(out), `${name}-sources`));
      expect(typecheck([path.join(sources, 'src/index.ts'), path.join(out, 'dist/index.d.ts')])).toEqual([]);
    });
  }
});
