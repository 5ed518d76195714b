import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.ts';
import { SpecError } from '../../generator/load/errors.ts';
import { buildModel } from '../../generator/model/build.ts';
import { resolveSchema } from '../../generator/model/resolve.ts';
import { tempDir } from '../helpers/cli.ts';

/** The model of a spec written as JSON into a temporary file (so errors have a file and line). */
async function modelOf(spec: Record<string, unknown>) {
  const file = path.join(await tempDir('specgen-model-'), 'spec.json');
  await writeFile(file, JSON.stringify(spec, null, 2));
  return buildModel(await loadSpec(file));
}

async function errorOf(spec: Record<string, unknown>): Promise<SpecError> {
  try {
    await modelOf(spec);
  } catch (err) {
    if (err instanceof SpecError) return err;
    throw err;
  }
  throw new Error('expected a SpecError');
}

const ok = { '200': { description: 'ok' } };
const base = (extra: Record<string, unknown> = {}) => ({
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  servers: [{ url: 'https://api.example.com/v1', 'x-specgen-server': { cloud: 'global', version: 'v1' } }],
  components: {
    schemas: {
      Id: { $ref: '#/components/schemas/Count' },
      Count: { type: 'integer', minimum: 0 },
      Flags: { type: 'array', items: { $ref: '#/components/schemas/Flag' } },
      Flag: { type: 'boolean' },
      Thing: {
        allOf: [{ $ref: '#/components/schemas/Base' }],
        properties: { name: { type: 'string' }, created: { type: 'string', format: 'date-time', readOnly: true } },
      },
      Base: { type: 'object', properties: { id: { type: 'string', readOnly: true } } },
      Status: { type: 'object', properties: { status: { enum: ['running', 'succeeded', 'failed', 3] } } },
    },
  },
  ...extra,
});

describe('model: per-parameter facts', () => {
  it('jsonType and sample follow $refs through the one follower', async () => {
    const model = await modelOf(base({
      paths: {
        '/things/{thingId}': {
          get: {
            operationId: 'getThing',
            parameters: [
              { name: 'thingId', in: 'path', required: true, schema: { type: 'string' } },
              { name: 'count', in: 'query', required: true, schema: { $ref: '#/components/schemas/Id' } },
              { name: 'flags', in: 'query', schema: { $ref: '#/components/schemas/Flags' } },
              { name: 'mode', in: 'query', required: true, schema: { enum: ['a', 'b'] } },
              { name: 'given', in: 'header', required: true, example: 'x-1', schema: { type: 'string' } },
            ],
            responses: ok,
          },
        },
      },
    }));
    const params = Object.fromEntries(model.operations[0]!.parameters.map((p) => [p.name, p]));
    expect(params.thingId).toMatchObject({ jsonType: 'string', sample: 'mything' });
    expect(params.count).toMatchObject({ jsonType: 'integer', sample: 1 });
    expect(params.flags).toMatchObject({ jsonType: 'array', itemsType: 'boolean' });
    expect(params.mode).toMatchObject({ jsonType: 'string', sample: 'a' });
    expect(params.given).toMatchObject({ jsonType: 'string', sample: 'x-1' });
    expect(params.thingId!.itemsType).toBeUndefined();
  });
});

describe('model: request body and long-running facts', () => {
  it('readOnlyProperties merges allOf and $ref; statusValues keeps string enum members', async () => {
    const model = await modelOf(base({
      paths: {
        '/things': {
          post: {
            operationId: 'createThing',
            requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
            responses: { '202': { description: 'accepted' } },
            'x-specgen-long-running': { statusOperationId: 'getStatus' },
          },
        },
        '/status/{id}': {
          get: {
            operationId: 'getStatus',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Status' } } } } },
          },
        },
      },
    }));
    const create = model.operations.find((o) => o.operationId === 'createThing')!;
    expect(create.requestBody?.readOnlyProperties).toEqual(['created', 'id']);
    expect(create.longRunning?.statusValues).toEqual(['running', 'succeeded', 'failed']);
  });
});

describe('model: x-specgen-server, x-specgen-versions, x-specgen-mock', () => {
  const op = (extra: Record<string, unknown>) => ({ paths: { '/a': { get: { operationId: 'getA', responses: ok, ...extra } } } });

  it('parses server fields and versions', async () => {
    const model = await modelOf(base(op({ 'x-specgen-versions': ['v1'], 'x-specgen-mock': { action: 'read', resource: '/a' } })));
    expect(model.servers[0]!.fields).toEqual({ cloud: 'global', version: 'v1' });
    expect(model.operations[0]!.versions).toEqual(['v1']);
    expect(model.operations[0]!.mock).toEqual({ requires: [], action: 'read', resource: '/a' });
  });

  it('rejects a server field that is not a JSON scalar, located at the field', async () => {
    const err = await errorOf({ ...base(op({})), servers: [{ url: '/', 'x-specgen-server': { cloud: { nested: true } } }] });
    expect(err.diagnostic).toMatchObject({ code: 'bad-extension', pointer: '/servers/0/x-specgen-server/cloud' });
    expect(err.diagnostic.line).toBeTypeOf('number');
  });

  it('rejects a server extension that is not an object', async () => {
    const err = await errorOf({ ...base(op({})), servers: [{ url: '/', 'x-specgen-server': 'global' }] });
    expect(err.diagnostic).toMatchObject({ code: 'bad-extension', pointer: '/servers/0/x-specgen-server' });
  });

  it('rejects versions that are not a list of strings', async () => {
    const err = await errorOf(base(op({ 'x-specgen-versions': 'beta' })));
    expect(err.diagnostic).toMatchObject({ code: 'bad-extension', pointer: '/paths/~1a/get/x-specgen-versions' });
  });

  it('rejects a bad x-specgen-mock at the extension', async () => {
    const err = await errorOf(base(op({ 'x-specgen-mock': { action: 'explode' } })));
    expect(err.message).toMatch(/^x-specgen-mock: action must be one of/);
    expect(err.diagnostic).toMatchObject({ code: 'bad-extension', pointer: '/paths/~1a/get/x-specgen-mock' });
  });
});

describe('resolveSchema', () => {
  const doc = {
    components: { schemas: { A: { $ref: '#/components/schemas/B' }, B: { type: 'string' }, L: { $ref: '#/components/schemas/L' } } },
  };
  it('follows chains, keeps 3.1 siblings, and is cycle-safe', () => {
    expect(resolveSchema(doc, { $ref: '#/components/schemas/A' })).toBe(doc.components.schemas.B);
    expect(resolveSchema(doc, { $ref: '#/components/schemas/A', description: 'd' })).toEqual({ type: 'string', description: 'd' });
    expect(resolveSchema(doc, { $ref: '#/components/schemas/L' })).toBeUndefined();
    expect(resolveSchema(doc, { $ref: '#/nowhere' })).toBeUndefined();
    expect(resolveSchema(doc, { $ref: 'other.yaml#/x' })).toBeUndefined();
    expect(resolveSchema(doc, true)).toBeUndefined();
  });
});
