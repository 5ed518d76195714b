import { execFile } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture, tempDir, treeState } from '../helpers/cli.ts';
import { writeSources } from '../helpers/sources.ts';

/**
 * What the loader refuses to read: each refusal is one located message (file:line:col, the JSON
 * pointer of the `$ref`), exit 2, and the output directory stays exactly as it was. Hostile files
 * (absolute paths, FIFOs, symlinks) are made in a temporary directory.
 */

/** A spec whose one response schema is `$ref: <ref>`; the `$ref` key is at line 13, column 17. */
const specWithRef = (ref: string, extra = '') => `openapi: 3.1.0
info: { title: Refs, version: 1.0.0 }
paths:
  /a:
    get:
      operationId: getA
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '${ref}'
${extra}`;
const REF_AT = { line: 13, col: 17, pointer: '#/paths/~1a/get/responses/200/content/application~1json/schema/$ref' };

const THING = 'Thing:\n  type: object\n  properties:\n    name: { type: string }\n';

function typecheck(entries: string[]): string[] {
  const program = ts.createProgram(entries, {
    strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [],
    noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('loader refusals', () => {
  let work: string;
  let specDir: string;
  let outside: string;
  let out: string;
  let before: Record<string, string>;
  let server: http.Server;
  let connections = 0;
  let requests = 0;
  let port = 0;

  beforeAll(async () => {
    work = await tempDir('specgen-refusals-');
    specDir = path.join(work, 'spec');
    outside = path.join(work, 'outside');
    await mkdir(path.join(specDir, 'dir'), { recursive: true });
    await mkdir(outside, { recursive: true });
    await writeFile(path.join(specDir, 'thing.yaml'), THING);
    await writeFile(path.join(outside, 'secret.yaml'), THING);
    await symlink(path.join(outside, 'secret.yaml'), path.join(specDir, 'link.yaml'));
    await promisify(execFile)('mkfifo', [path.join(specDir, 'fifo.yaml')]);
    await promisify(execFile)('mkfifo', [path.join(work, 'root-fifo.yaml')]);

    server = http.createServer((_req, res) => {
      requests++;
      res.end('{"type":"string"}');
    });
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;

    // A previous good generation plus a file of the user's: none of it may change.
    out = path.join(work, 'pkg');
    expect((await cli('generate', '--spec', fixture('specs/petstore-3.0.yaml'), '--out', out)).code).toBe(0);
    await writeFile(path.join(out, 'NOTES.md'), 'mine\n');
    before = await treeState(out);
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  const write = async (name: string, text: string) => {
    const file = path.join(specDir, name);
    await writeFile(file, text);
    return file;
  };

  /** Generate into the shared output: exit 2, one located line, nothing touched. */
  async function refused(spec: string, code: string, text: string | RegExp, at: { line: number; col: number; pointer?: string } | null = REF_AT,
    ...extra: string[]) {
    const r = await cli('generate', '--spec', spec, '--out', out, ...extra);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('internal error');
    const lines = r.stderr.split('\n').filter((l) => !l.startsWith('  hint:'));
    expect(lines).toHaveLength(1);
    const shown = path.relative(process.cwd(), spec).startsWith('..') ? spec : path.relative(process.cwd(), spec);
    expect(lines[0]).toContain(at ? `${shown}:${at.line}:${at.col} error[${code}]` : `${shown} error[${code}]`);
    if (at?.pointer !== undefined) expect(lines[0]).toContain(`(at ${at.pointer})`);
    if (typeof text === 'string') expect(lines[0]).toContain(text);
    else expect(lines[0]).toMatch(text);
    expect(r.stderr).toContain('  hint: ');
    expect(await treeState(out)).toEqual(before);
    return r;
  }

  it('an absolute path: /etc/passwd', async () => {
    const r = await refused(await write('etc-passwd.yaml', specWithRef('/etc/passwd')), 'ref-outside-root',
      '$ref target /etc/passwd: outside the directories specgen may read');
    expect(r.stderr).toContain('--allow-ref-root');
  });

  it('a ../ path out of the spec directory', async () => {
    await refused(await write('dotdot.yaml', specWithRef('../outside/secret.yaml#/Thing')), 'ref-outside-root',
      `$ref target ${path.join(outside, 'secret.yaml')}: outside the directories specgen may read`);
  });

  it('a ../ path to a file that does not exist does not tell whether it exists', async () => {
    await refused(await write('dotdot-missing.yaml', specWithRef('../../../nope.json')), 'ref-outside-root', 'outside the directories');
  });

  it('a symlink inside the tree pointing outside', async () => {
    await refused(await write('symlink.yaml', specWithRef('link.yaml#/Thing')), 'ref-outside-root',
      `it resolves to ${path.join(outside, 'secret.yaml')}`);
  });

  it('/proc/self/environ (environment variables would land in openapi.json)', async () => {
    await refused(await write('environ.yaml', specWithRef('/proc/self/environ')), 'ref-outside-root', '/proc/self/environ: outside');
  });

  it('a FIFO as $ref target is never opened (no hang)', async () => {
    await refused(await write('fifo-ref.yaml', specWithRef('fifo.yaml')), 'not-a-file', 'fifo.yaml: a FIFO, not a regular file');
  }, 20_000);

  it('a FIFO as the root spec (no hang)', async () => {
    await refused(path.join(work, 'root-fifo.yaml'), 'not-a-file', 'a FIFO, not a regular file', null);
  }, 20_000);

  it('a directory as $ref target', async () => {
    await refused(await write('dir-ref.yaml', specWithRef('./dir')), 'not-a-file', 'a directory, not a regular file');
  });

  it('a file: URL outside the tree', async () => {
    await refused(await write('file-url-out.yaml', specWithRef('file:///etc/passwd')), 'ref-outside-root', '/etc/passwd: outside');
  });

  it('an invalid file: URL is a located error, not a crash', async () => {
    await refused(await write('file-url-host.yaml', specWithRef('file://elsewhere/etc/passwd')), 'bad-ref', "invalid $ref 'file://elsewhere/etc/passwd'");
  });

  it('a file: URL inside the tree is read like a path', async () => {
    const spec = await write('file-url-in.yaml', specWithRef(`${new URL(`file://${path.join(specDir, 'thing.yaml')}`).href}#/Thing`));
    const r = await cli('generate', '--spec', spec, '--out', path.join(work, 'file-url-in'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a remote ref is refused and never fetched', async () => {
    connections = requests = 0;
    await refused(await write('remote-http.yaml', specWithRef(`http://127.0.0.1:${port}/schema.json`)), 'remote-ref',
      `unsupported: remote $ref 'http://127.0.0.1:${port}/schema.json': specgen never fetches`);
    await refused(await write('remote-https.yaml', specWithRef(`https://127.0.0.1:${port}/schema.json#/Thing`)), 'remote-ref',
      'unsupported: remote $ref');
    await refused(await write('remote-urn.yaml', specWithRef('urn:example:thing')), 'remote-ref', "unsupported: $ref to a urn: URI 'urn:example:thing'");
    expect(connections).toBe(0);
    expect(requests).toBe(0);
  });

  it('a remote discriminator mapping is refused like a $ref', async () => {
    const spec = await write('remote-mapping.yaml', `openapi: 3.1.0
info: { title: Pets, version: 1.0.0 }
paths: {}
components:
  schemas:
    Pet:
      type: object
      properties:
        kind: { type: string }
      discriminator:
        propertyName: kind
        mapping:
          cat: 'http://127.0.0.1:${port}/cat.json'
`);
    await refused(spec, 'remote-ref', 'unsupported: remote $ref', { line: 13, col: 11, pointer: '#/components/schemas/Pet/discriminator/mapping/cat' });
    expect(connections).toBe(0);
  });

  it('an https ref naming an $id of the document resolves locally, without a request', async () => {
    connections = requests = 0;
    const id = `https://127.0.0.1:${port}/schemas/tree`;
    const spec = await write('id-ref.yaml', `openapi: 3.1.0
info: { title: Tree, version: 1.0.0 }
paths:
  /tree:
    get:
      operationId: getTree
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Tree' }
components:
  schemas:
    Tree:
      $id: '${id}'
      type: object
      required: [name]
      properties:
        name: { type: string }
        children: { type: array, items: { $ref: '${id}' } }
`);
    const r = await cli('generate', '--spec', spec, '--out', path.join(work, 'id-ref'));
    expect(r.stderr).not.toContain('error[');
    expect(r.code).toBe(0);
    expect(connections).toBe(0);
  });

  it('a YAML alias bomb', async () => {
    const lines = ['openapi: 3.1.0', 'info: { title: Bomb, version: 1.0.0 }', 'paths: {}', 'components:', '  schemas:',
      '    a0: &a0 { type: string, enum: [x, x, x, x, x, x, x, x, x, x] }'];
    for (let i = 1; i <= 8; i++) lines.push(`    a${i}: &a${i} { allOf: [${Array(10).fill(`*a${i - 1}`).join(', ')}] }`);
    const spec = await write('bomb.yaml', lines.join('\n') + '\n');
    await refused(spec, 'too-large', /refused: YAML aliases expand this file to [\d,]+ nodes, over its budget of 1,000,000/,
      { line: 14, col: 23, pointer: '#/components/schemas/a8/allOf/0' });
  });

  it('an alias that contains itself', async () => {
    const spec = await write('alias-cycle.yaml', 'openapi: 3.1.0\ninfo: { title: Loop, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    A: &a { allOf: [*a] }\n');
    await refused(spec, 'invalid-yaml', 'alias *a refers to a node that contains it', { line: 6, col: 21 });
  });

  const deep = (n: number) => '{"type":"object","properties":{"a":'.repeat(n) + '{"type":"string"}' + '}}'.repeat(n);
  // The 257th nested collection: the `properties` of the 127th schema.
  const deepPointer = '#/components/schemas/Deep' + '/properties/a'.repeat(126) + '/properties';

  it('10,000 levels of nesting in YAML (flow style): the depth error, no stack overflow', async () => {
    const spec = await write('deep.yaml', `openapi: 3.1.0\ninfo: { title: Deep, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Deep: ${deep(10_000)}\n`);
    await refused(spec, 'too-deep', 'refused: nested more than 256 levels deep', { line: 6, col: 4451, pointer: deepPointer });
  }, 60_000);

  it('10,000 levels of nesting in JSON: the depth error, no stack overflow', async () => {
    const spec = await write('deep.json', `{"openapi":"3.1.0","info":{"title":"Deep","version":"1"},"paths":{},"components":{"schemas":{"Deep":${deep(10_000)}}}}`);
    await refused(spec, 'too-deep', 'refused: nested more than 256 levels deep', { line: 1, col: 4541, pointer: deepPointer });
  }, 60_000);

  it('10,000 levels of block-style YAML', async () => {
    let text = 'openapi: 3.1.0\ninfo: { title: Deep, version: 1.0.0 }\npaths: {}\nx-deep:\n';
    for (let i = 1; i <= 10_000; i++) text += ' '.repeat(i) + 'a:\n';
    await refused(await write('deep-block.yaml', text), 'too-deep', 'nested more than 256 levels', { line: 260, col: 257, pointer: '#/x-deep' + '/a'.repeat(255) });
  }, 60_000);

  it('U+2028 in the file name: generates, never an internal error', async () => {
    const spec = await write('line\u2028separator.yaml', specWithRef('thing.yaml#/Thing'));
    const r = await cli('generate', '--spec', spec, '--out', path.join(work, 'u2028'));
    expect(r.stderr).not.toContain('internal error');
    expect(r.code).toBe(0);
  });

  it('U+2028 in a file name keeps a located error on one line', async () => {
    const spec = await write('bad\u2028name.yaml', specWithRef('/etc/passwd'));
    const r = await cli('generate', '--spec', spec, '--out', out);
    expect(r.code).toBe(2);
    const line = r.stderr.split('\n').filter((l) => !l.startsWith('  hint:'));
    expect(line).toHaveLength(1);
    expect(line[0]).not.toContain('\u2028');
    expect(line[0]).toContain('bad\\u2028name.yaml:13:17 error[ref-outside-root]');
    expect(await treeState(out)).toEqual(before);
  });

  it('--allow-ref-root widens what $refs may read (and only that)', async () => {
    const spec = await write('widened.yaml', specWithRef('../outside/secret.yaml#/Thing'));
    const ok = await cli('generate', '--spec', spec, '--out', path.join(work, 'widened'), '--allow-ref-root', outside);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const link = await write('widened-link.yaml', specWithRef('link.yaml#/Thing'));
    expect((await cli('generate', '--spec', link, '--out', path.join(work, 'widened-link'), '--allow-ref-root', outside)).code).toBe(0);
    // Still nothing outside the roots given.
    await refused(await write('widened-etc.yaml', specWithRef('/etc/passwd')), 'ref-outside-root', '/etc/passwd: outside', REF_AT,
      '--allow-ref-root', outside);
  });

  it('allowRefRoots in the config file, relative to it', async () => {
    const spec = await write('config-widened.yaml', specWithRef('../outside/secret.yaml#/Thing'));
    const config = path.join(work, 'specgen.config.json');
    await writeFile(config, JSON.stringify({ allowRefRoots: ['outside'], specs: [{ spec: path.relative(work, spec), out: 'config-out' }] }));
    const r = await cli('generate', '--config', config);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('versions', () => {
  let work: string;
  beforeAll(async () => {
    work = await tempDir('specgen-versions-');
  });

  it('Swagger 2.0 (a real, multi-file document) is bundled by the loader, converted with a located warning, and type-checks', async () => {
    const spec = fixture('loader/swagger-2.0/petstore.yaml');
    const out = path.join(work, 'petstore-2.0');
    const r = await cli('generate', '--spec', spec, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${path.relative(process.cwd(), spec)}:3:1 warning[converted-swagger]: Swagger 2.0 converted to OpenAPI 3.0.0 by swagger2openapi 7.0.8`);
    expect(r.stderr).toContain('(at #/swagger)');
    expect(r.stderr).not.toContain('error[');
    // the package's sources (its implementation) and the declarations it ships
    const sources = await writeSources({ spec }, `${out}-sources`);
    expect(typecheck([path.join(sources, 'src/index.ts'), path.join(out, 'dist/index.d.ts')])).toEqual([]);
    const { readFile } = await import('node:fs/promises');
    const types = await readFile(path.join(out, 'dist/types.d.ts'), 'utf8');
    expect(types).toContain('Pet');
    expect(types).toContain('Order');
  }, 120_000);

  it('a Swagger 2.0 $ref out of the tree is refused before any conversion', async () => {
    const spec = path.join(work, 'swagger-escape.yaml');
    await writeFile(spec, 'swagger: "2.0"\ninfo: { title: S, version: "1" }\npaths: {}\ndefinitions:\n  A:\n    $ref: "/etc/passwd"\n');
    const r = await cli('generate', '--spec', spec, '--out', path.join(work, 'swagger-escape'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${spec}:6:5 error[ref-outside-root]`);
  });

  it('OpenAPI 3.2 is read with 3.1 semantics and type-checks', async () => {
    const out = path.join(work, 'tasks-3.2');
    const r = await cli('generate', '--spec', fixture('loader/openapi-3.2/tasks.yaml'), '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const sources = await writeSources({ spec: fixture('loader/openapi-3.2/tasks.yaml') }, `${out}-sources`);
    expect(typecheck([path.join(sources, 'src/index.ts'), path.join(out, 'dist/index.d.ts')])).toEqual([]);
  }, 120_000);

  const ADDITIONS = [
    { file: 'query-method.yaml', line: 5, col: 5, pointer: '#/paths/~1search/query', text: 'unsupported: the `query` method (new in OpenAPI 3.2)' },
    { file: 'additional-operations.yaml', line: 7, col: 5, pointer: '#/paths/~1files~1{name}/additionalOperations',
      text: 'unsupported: `additionalOperations` (new in OpenAPI 3.2)' },
    { file: 'item-schema.yaml', line: 12, col: 15, pointer: '#/paths/~1events/get/responses/200/content/application~1jsonl/itemSchema',
      text: 'unsupported: sequential media types (`itemSchema`) (new in OpenAPI 3.2)' },
  ];
  for (const c of ADDITIONS) {
    it(`3.2 addition refused: ${c.file}`, async () => {
      const spec = fixture('loader/openapi-3.2', c.file);
      const out = path.join(work, c.file);
      const r = await cli('generate', '--spec', spec, '--out', out);
      expect(r.code).toBe(2);
      const lines = r.stderr.split('\n').filter((l) => !l.startsWith('  hint:'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`${path.relative(process.cwd(), spec)}:${c.line}:${c.col} error[unsupported-3.2]`);
      expect(lines[0]).toContain(`(at ${c.pointer})`);
      expect(lines[0]).toContain(c.text);
      expect(await treeState(out)).toEqual({});
    });
  }

  it('other versions stay refused', async () => {
    const spec = path.join(work, 'v4.yaml');
    await writeFile(spec, 'openapi: 4.0.0\ninfo: { title: X, version: "1" }\npaths: {}\n');
    const r = await cli('generate', '--spec', spec, '--out', path.join(work, 'v4'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unsupported OpenAPI version '4.0.0': specgen reads 3.0.x, 3.1.x and 3.2.x");
  });
});
