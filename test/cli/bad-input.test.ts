import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture, spawnCli, tempDir, treeState } from '../helpers/cli.ts';

/**
 * Each bad input gives one clear message with file:line:col and the JSON pointer, exit 2, and
 * leaves the output directory exactly as it was (contents and mtimes).
 */
const CASES = [
  { name: 'invalid YAML', file: 'invalid-yaml.yaml', code: 'invalid-yaml', line: 10, col: 1, pointer: '#/paths/~1a/get/responses/200', text: 'invalid YAML' },
  { name: 'dangling $ref', file: 'dangling-ref.yaml', code: 'dangling-ref', line: 12, col: 25,
    pointer: '#/paths/~1a/get/responses/200/content/application~1json/schema/$ref', text: "'#/components/schemas/Missing' points at nothing" },
  { name: 'cyclic $ref that cannot be represented', file: 'cyclic-ref.yaml', code: 'cyclic-ref', line: 12, col: 11,
    pointer: '#/components/schemas/B/oneOf/1/$ref', text: 'cyclic $ref cannot be represented: A -> B -> A' },
  { name: 'unsupported openapi version', file: 'unsupported-version.yaml', code: 'unsupported-version', line: 1, col: 1, pointer: '#/openapi',
    text: "unsupported OpenAPI version '4.0.0'" },
  { name: 'a parameter without a schema', file: 'parameter-without-schema.yaml', code: 'struct', line: 8, col: 11,
    pointer: '#/paths/~1a/get/parameters/0', text: 'schema, content' },
  { name: 'a $ref to a file that does not exist', file: 'missing-file-ref.yaml', code: 'file-not-found', line: 12, col: 25,
    pointer: '#/paths/~1a/get/responses/200/content/application~1json/schema/$ref', text: 'does-not-exist.yaml: file not found' },
] as const;

describe('bad input', () => {
  let out: string;
  let before: Record<string, string>;
  beforeAll(async () => {
    // A previous good generation plus a file of the user's: none of it may change.
    out = path.join(await tempDir(), 'pkg');
    expect((await cli('generate', '--spec', fixture('specs/petstore-3.0.yaml'), '--out', out)).code).toBe(0);
    await writeFile(path.join(out, 'NOTES.md'), 'mine\n');
    before = await treeState(out);
    expect(Object.keys(before)).toContain('dist/types.d.ts');
  });

  for (const c of CASES) {
    it(`${c.name}: located message, exit 2, output untouched`, async () => {
      const spec = fixture('bad', c.file);
      const r = await cli('generate', '--spec', spec, '--out', out);
      expect(r.code).toBe(2);
      const lines = r.stderr.split('\n').filter((l) => !l.startsWith('  hint:'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`${path.relative(process.cwd(), spec)}:${c.line}:${c.col} error[${c.code}]`);
      expect(lines[0]).toContain(`(at ${c.pointer})`);
      expect(lines[0]).toContain(c.text);
      expect(await treeState(out)).toEqual(before);
    });
  }

  it('duplicate operationIds: a located warning, and each operation its own function', async () => {
    const dir = path.join(await tempDir(), 'dup');
    const r = await cli('generate', '--spec', fixture('bad/duplicate-operation-id.yaml'), '--out', dir);
    expect(r.code).toBe(0);
    const spec = path.relative(process.cwd(), fixture('bad/duplicate-operation-id.yaml'));
    expect(r.stderr).toContain(`${spec}:10:7 warning[duplicate-operation-id]: duplicate operationId 'getThing': also used at #/paths/~1a/get`);
    expect(r.stderr).toContain('(at #/paths/~1b/get/operationId)');
    const declarations = await readFile(path.join(dir, 'dist/client.d.ts'), 'utf8');
    expect(declarations).toContain('export declare function getThing(');
    expect(declarations).toContain('export declare function getThing2(');
    // getThing2 is the operation at /b
    const { getThing, getThing2 } = await import(pathToFileURL(path.join(dir, 'dist/client.js')).href);
    const urls: string[] = [];
    const client = { baseUrl: 'https://api.example', fetch: async (url: string | URL) => (urls.push(String(url)), new Response(null, { status: 200 })) };
    await getThing({}, { client });
    await getThing2({}, { client });
    expect(urls).toEqual(['https://api.example/a', 'https://api.example/b']);
  });

  it('a spec file that does not exist', async () => {
    const r = await cli('generate', '--spec', fixture('bad/nope.yaml'), '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.yaml error\[file-not-found\]: file not found/);
    expect(await treeState(out)).toEqual(before);
  });

  it('exit codes reach the shell from the real bin', async () => {
    const bad = await spawnCli(['generate', '--spec', fixture('bad/dangling-ref.yaml'), '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('error[dangling-ref]');
    const usage = await spawnCli(['generate', '--no-such-flag']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("unknown option '--no-such-flag'");
    expect(await treeState(out)).toEqual(before);
  });
});
