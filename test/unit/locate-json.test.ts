import { describe, expect, it } from 'vitest';
import { SpecFile } from '../../generator/load/spec-file.ts';

const TEXT = `{
  "openapi": "3.1.0",
  "paths": {
    "/a/{id}": {
      "get": { "parameters": [ { "name": "id" }, {"name": "x~y/z"} ] }
    }
  },
  "components": { "schemas": { "a/b": { "type": "string" } } }
}
`;

const POINTERS = ['', '/openapi', '/paths/~1a~1{id}', '/paths/~1a~1{id}/get/parameters/1', '/paths/~1a~1{id}/get/parameters/1/name',
  '/components/schemas/a~1b/type', '/components/schemas/missing/type', '/paths/~1a~1{id}/get/parameters/7'];

describe('SpecFile.locate on JSON text (jsonc-parser offsets)', () => {
  const json = new SpecFile('/spec.json', 'spec.json', TEXT, JSON.parse(TEXT));
  // Not strict JSON (a comment): located through the YAML CST, the path YAML files take; same offsets.
  const viaYaml = new SpecFile('/spec.json', 'spec.json', TEXT.replace('\n}\n', '\n} # end\n'), null);

  it.each(POINTERS)('%s: the same line and column as the YAML CST gives', (pointer) => {
    expect(json.locate(pointer)).toEqual(viaYaml.locate(pointer));
    // Each really took its own path.
    expect((json as unknown as { jsonPositions: unknown }).jsonPositions).toBeTruthy();
    expect((viaYaml as unknown as { jsonPositions: unknown }).jsonPositions).toBeNull();
  });

  it('points at the key of a member, the item of an array, and the nearest ancestor when missing', () => {
    expect(json.locate('/openapi')).toEqual({ file: 'spec.json', line: 2, column: 3, pointer: '/openapi' });
    expect(json.locate('/paths/~1a~1{id}/get/parameters/1')).toMatchObject({ line: 5, column: 50 });
    expect(json.locate('/components/schemas/a~1b/type')).toMatchObject({ line: 8, column: 41 });
    expect(json.locate('/components/schemas/missing/type')).toMatchObject({ line: 8, column: 19 });
  });
});
