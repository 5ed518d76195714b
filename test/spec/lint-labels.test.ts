/**
 * `specgen lint` gives Dev Proxy's semantic-label guidance from the spec: connection schema examples
 * (and, with --connector-schema, a user's schema payload) without the title, url and iconUrl labels
 * are warned about, with file, line and JSON pointer. The check is the mock runtime's own.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { payloadDiagnostics, specLabelWarnings } from '../../generator/lint/graph-labels.ts';
import { loadSpecFiles } from '../../generator/load/refs.ts';
import { cli, ROOT, tempDir } from '../helpers/cli.ts';

const SPEC = `openapi: 3.1.0
info:
  title: Labels fixture
  version: 1.0.0
  license:
    name: MIT
    identifier: MIT
servers:
  - url: https://example.test/v1
paths:
  /conns/{id}/schema:
    $ref: ./paths.yaml#/schemaPath
  /conns/{id}/other:
    patch:
      operationId: patchOther
      summary: Not a schema (no behaviour)
      requestBody:
        content:
          application/json:
            schema:
              type: object
            example:
              properties: []
      responses:
        '204':
          description: ok
`;
const PATHS = `schemaPath:
  parameters:
    - name: id
      in: path
      required: true
      schema:
        type: string
  patch:
    operationId: registerSchema
    summary: Register a schema
    x-specgen-mock:
      validate:
        behaviour: graph-connector-schema
        against: /conns/{id}/schema
    requestBody:
      content:
        application/json:
          schema:
            type: object
          examples:
            partial:
              $ref: ./examples.yaml#/partial
            complete:
              value:
                baseType: microsoft.graph.externalItem
                properties:
                  - { name: title, type: string, isRetrievable: true, labels: [title] }
                  - { name: link, type: string, isRetrievable: true, labels: [url] }
                  - { name: icon, type: string, isRetrievable: true, labels: [iconUrl] }
    responses:
      '202':
        description: accepted
`;
const EXAMPLES = `# examples
partial:
  summary: only a title
  value:
    baseType: microsoft.graph.externalItem
    properties:
      - name: title
        type: string
        isRetrievable: true
        labels: [title]
`;

let dir: string;
beforeAll(async () => {
  dir = await tempDir('specgen-labels-');
  await writeFile(path.join(dir, 'openapi.yaml'), SPEC);
  await writeFile(path.join(dir, 'paths.yaml'), PATHS);
  await writeFile(path.join(dir, 'examples.yaml'), EXAMPLES);
  await writeFile(path.join(dir, 'partial.json'), JSON.stringify({
    baseType: 'microsoft.graph.externalItem',
    properties: [{ name: 'title', type: 'string', isRetrievable: true, labels: ['title'] }, { name: 'link', type: 'string', isRetrievable: true, labels: ['url'] }],
  }, null, 2));
  await writeFile(path.join(dir, 'complete.json'), JSON.stringify({
    baseType: 'microsoft.graph.externalItem',
    properties: [
      { name: 'title', type: 'string', isRetrievable: true, labels: ['title'] },
      { name: 'link', type: 'string', isRetrievable: true, labels: ['url'] },
      { name: 'icon', type: 'string', isRetrievable: true, labels: ['iconUrl'] },
    ],
  }));
  await writeFile(path.join(dir, 'broken.json'), JSON.stringify({
    baseType: 'microsoft.graph.externalItem',
    properties: [{ name: 'title', type: 'int64', isRetrievable: true, labels: ['title'] }, { name: 'Title', type: 'string' }],
  }));
});

describe('specgen lint: semantic labels in the spec\'s connection schema examples', () => {
  it('warns for each missing label of an example behind $refs, at the example file, line and /properties', async () => {
    const warnings = specLabelWarnings(await loadSpecFiles(path.join(dir, 'openapi.yaml')));
    expect(warnings.map((w) => [w.severity, w.code, w.pointer, path.basename(w.file), w.line])).toEqual([
      ['warning', 'schema.semantic-labels', '/partial/value/properties', 'examples.yaml', 6],
      ['warning', 'schema.semantic-labels', '/partial/value/properties', 'examples.yaml', 6],
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringContaining("no property labelled 'url'"),
      expect.stringContaining("no property labelled 'iconUrl'"),
    ]);
  });

  it('the embedded Graph spec\'s registerSchema example carries title, url and iconUrl', async () => {
    expect(specLabelWarnings(await loadSpecFiles(path.join(ROOT, 'spec/graph-connectors.yaml')))).toEqual([]);
  });

  it('the CLI prints them in the one diagnostic format (and the complete example, other operations: nothing)', async () => {
    const r = await cli('lint', '--spec', path.join(dir, 'openapi.yaml'));
    const lines = r.stdout.split('\n').filter((l) => l.includes('schema.semantic-labels'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/examples\.yaml:6:\d+ warning\[schema\.semantic-labels\]: The schema has no property labelled 'url'.*\(at #\/partial\/value\/properties\)$/);
    expect(lines[1]).toContain("labelled 'iconUrl'");
    expect(r.code).toBe(2); // warnings fail a spec lint by default
  });
});

describe('specgen lint --connector-schema <payload.json>', () => {
  it('prints each missing label as a warning with file, line and pointer; exit 0 without --warnings-fail', async () => {
    const r = await cli('lint', '--connector-schema', path.join(dir, 'partial.json'));
    expect(r.stdout).toMatch(/partial\.json:3:\d+ warning\[schema\.semantic-labels\]: The schema has no property labelled 'iconUrl'.*\(at #\/properties\)/);
    expect(r.stdout).not.toContain("labelled 'url'");
    expect(r.stdout).toContain('1 problem(s)');
    expect(r.code).toBe(0);
  });
  it('exits 2 on those warnings with --warnings-fail', async () => {
    expect((await cli('lint', '--connector-schema', path.join(dir, 'partial.json'), '--warnings-fail')).code).toBe(2);
  });
  it('a payload with all three labels has no problems', async () => {
    const r = await cli('lint', '--connector-schema', path.join(dir, 'complete.json'), '--warnings-fail');
    expect(r.stdout).toContain('complete.json: no problems');
    expect(r.code).toBe(0);
  });
  it('rule violations of the payload are errors naming the rule (exit 2 without --warnings-fail)', async () => {
    const d = await payloadDiagnostics(path.join(dir, 'broken.json'));
    expect(d.filter((x) => x.severity === 'error').map((x) => x.code)).toEqual(['schema.label-type', 'schema.unique-names']);
    const r = await cli('lint', '--connector-schema', path.join(dir, 'broken.json'));
    expect(r.stdout).toMatch(/broken\.json:1:\d+ error\[schema\.label-type\]: The label 'title' needs a property of type string/);
    expect(r.code).toBe(2);
  });
  it('a missing payload file is a located error, not a crash', async () => {
    const r = await cli('lint', '--connector-schema', path.join(dir, 'nothere.json'));
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('nothere.json');
  });
});
