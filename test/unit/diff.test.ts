import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSpecFiles } from '../../generator/diff/command.ts';
import { versionBump } from '../../generator/diff/diff-specs.ts';
import { cli, fixture, tempDir } from '../helpers/cli.ts';

type Spec = Record<string, any>;
const base = (): Spec => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1.0.0' },
  paths: {
    '/things/{id}': {
      get: {
        operationId: 'getThing',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'expand', in: 'query', schema: { type: 'string' } },
        ],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
      },
      put: {
        operationId: 'putThing',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingInput' } } } },
        responses: { '204': { description: 'done' } },
      },
    },
  },
  components: {
    schemas: {
      Thing: { type: 'object', required: ['id', 'kind'], properties: { id: { type: 'string' }, kind: { $ref: '#/components/schemas/Kind' }, size: { type: 'integer' } } },
      ThingInput: { type: 'object', required: ['kind'], properties: { kind: { $ref: '#/components/schemas/Kind' }, note: { type: 'string' } } },
      Kind: { type: 'string', enum: ['a', 'b'] },
    },
  },
});

const CASES: { name: string; change: (s: Spec) => void; code: string; kind: 'breaking' | 'non-breaking'; bump: string }[] = [
  { name: 'operation removed', change: (s) => delete s.paths['/things/{id}'].put, code: 'operation-removed', kind: 'breaking', bump: 'major' },
  { name: 'path removed', change: (s) => delete s.paths['/things/{id}'], code: 'path-removed', kind: 'breaking', bump: 'major' },
  { name: 'operation added', change: (s) => (s.paths['/things/{id}'].delete = { operationId: 'deleteThing', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '204': { description: 'x' } } }), code: 'operation-added', kind: 'non-breaking', bump: 'minor' },
  { name: 'parameter became required', change: (s) => (s.paths['/things/{id}'].get.parameters[1].required = true), code: 'parameter-became-required', kind: 'breaking', bump: 'major' },
  { name: 'optional parameter added', change: (s) => s.paths['/things/{id}'].get.parameters.push({ name: 'x', in: 'query', schema: { type: 'string' } }), code: 'parameter-added', kind: 'non-breaking', bump: 'minor' },
  { name: 'required parameter added', change: (s) => s.paths['/things/{id}'].get.parameters.push({ name: 'x', in: 'header', required: true, schema: { type: 'string' } }), code: 'required-parameter-added', kind: 'breaking', bump: 'major' },
  { name: 'request property became required', change: (s) => s.components.schemas.ThingInput.required.push('note'), code: 'property-became-required', kind: 'breaking', bump: 'major' },
  { name: 'request property type changed', change: (s) => (s.components.schemas.ThingInput.properties.note = { type: 'integer' }), code: 'type-changed', kind: 'breaking', bump: 'major' },
  { name: 'enum value removed (request)', change: (s) => (s.components.schemas.Kind.enum = ['a']), code: 'enum-value-removed', kind: 'breaking', bump: 'major' },
  { name: 'enum value added', change: (s) => s.components.schemas.Kind.enum.push('c'), code: 'enum-value-added', kind: 'non-breaking', bump: 'minor' },
  { name: 'response property removed', change: (s) => delete s.components.schemas.Thing.properties.size, code: 'property-removed', kind: 'breaking', bump: 'major' },
  { name: 'response property added', change: (s) => (s.components.schemas.Thing.properties.color = { type: 'string' }), code: 'property-added', kind: 'non-breaking', bump: 'minor' },
  { name: 'response property no longer always present', change: (s) => (s.components.schemas.Thing.required = ['id']), code: 'property-became-optional', kind: 'breaking', bump: 'major' },
  { name: 'success response removed', change: (s) => { s.paths['/things/{id}'].put.responses = { '200': { description: 'ok' } }; }, code: 'response-removed', kind: 'breaking', bump: 'major' },
  { name: 'schema removed', change: (s) => { delete s.components.schemas.ThingInput; s.paths['/things/{id}'].put.requestBody.content['application/json'].schema = { type: 'object' }; }, code: 'schema-removed', kind: 'breaking', bump: 'major' },
];

async function specFile(dir: string, name: string, spec: Spec): Promise<string> {
  const file = path.join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify(spec));
  return file;
}

describe('specgen diff: each kind of change, classified', () => {
  it('no change: nothing to report', async () => {
    const dir = await tempDir();
    const d = await diffSpecFiles(await specFile(dir, 'a', base()), await specFile(dir, 'b', base()));
    expect(d.changes).toEqual([]);
    expect(d.bump).toBe('none');
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const dir = await tempDir();
      const next = base();
      c.change(next);
      const d = await diffSpecFiles(await specFile(dir, 'a', base()), await specFile(dir, 'b', next));
      expect(d.changes.map((x) => `${x.kind}:${x.code}`)).toContain(`${c.kind}:${c.code}`);
      expect(d.bump).toBe(c.bump);
    });
  }

  it("the seeds' own history: seed 000's 2019 shape against seed 002's is breaking (authorizedApps -> authorizedAppIds)", async () => {
    const r = await cli('diff', fixture('diff/create-connection-2019.yaml'), fixture('diff/create-connection-2024.yaml'), '--fail-on-breaking');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('calls for a major release');
    expect(r.stdout).toMatch(/BREAKING POST \/external\/connections: response 201: property `configuration\.authorizedApps` removed/);
    expect(r.stdout).toMatch(/ok +POST \/external\/connections: response 201: property `configuration\.authorizedAppIds` added/);
    expect(r.stdout).toMatch(/BREAKING POST \/external\/connections: request body: property `id` became required/);
    const json = await cli('diff', fixture('diff/create-connection-2019.yaml'), fixture('diff/create-connection-2024.yaml'), '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).bump).toBe('major');
  });

  it('version bumps', () => {
    expect(versionBump('1.2.3', '2.0.0')).toBe('major');
    expect(versionBump('1.2.3', '1.3.0')).toBe('minor');
    expect(versionBump('1.2.3', '1.2.4')).toBe('patch');
    expect(versionBump('1.2.3', '1.2.3')).toBe('none');
    expect(versionBump('0.1.0', '0.2.0')).toBe('major');
  });
});
