import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSources } from '../../generator/pipeline.ts';
import { cli, fixture, tempDir } from '../helpers/cli.ts';

describe('generate --write-sources DIR', () => {
  it('writes the TypeScript the package is compiled from, beside (not into) the package', async () => {
    const dir = await tempDir('specgen-sources-cli-');
    const r = await cli('generate', '--spec', fixture('specs/petstore-3.0.yaml'), '--out', path.join(dir, 'pkg'), '--write-sources', path.join(dir, 'src-out'));
    expect(r.code, r.stderr).toBe(0);
    const expected = await renderSources({ spec: fixture('specs/petstore-3.0.yaml'), out: path.join(dir, 'pkg') });
    expect(expected.length).toBeGreaterThan(5);
    for (const file of expected) expect(await readFile(path.join(dir, 'src-out', file.path), 'utf8'), file.path).toBe(file.content);
    expect(existsSync(path.join(dir, 'pkg/src'))).toBe(false);
    expect(existsSync(path.join(dir, 'pkg/dist/client.js'))).toBe(true);
  }, 60_000);

  it('refuses a directory that is not empty (exit 2, its files left alone)', async () => {
    const dir = await tempDir('specgen-sources-cli-');
    const mine = path.join(dir, 'mine', 'notes.txt');
    await cli('generate', '--spec', fixture('specs/petstore-3.0.yaml'), '--out', path.join(dir, 'pkg'), '--write-sources', path.join(dir, 'mine'))
      .then(async () => writeFile(mine, 'mine\n'));
    const r = await cli('generate', '--spec', fixture('specs/petstore-3.0.yaml'), '--out', path.join(dir, 'pkg'), '--write-sources', path.join(dir, 'mine'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to write sources into .*mine: it is not empty/);
    expect(await readFile(mine, 'utf8')).toBe('mine\n');
  }, 60_000);
});
