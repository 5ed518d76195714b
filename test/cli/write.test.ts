import { mkdir, readFile, stat, writeFile, rm, cp } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture, tempDir, treeState } from '../helpers/cli.ts';
import { writeSwapMarker } from '../../generator/write/swap.ts';

const PETSTORE = fixture('specs/petstore-3.0.yaml');

describe('--check', () => {
  it('exits 1 on a fresh (empty) tree and writes nothing', async () => {
    const out = path.join(await tempDir(), 'pkg');
    const r = await cli('generate', '--spec', PETSTORE, '--out', out, '--check');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ADDED dist/types.d.ts');
    expect(await treeState(out)).toEqual({});
  });

  it('exits 0 when up to date, 1 with a diff naming the file when stale', async () => {
    const out = path.join(await tempDir(), 'pkg');
    expect((await cli('generate', '--spec', PETSTORE, '--out', out)).code).toBe(0);
    const ok = await cli('generate', '--spec', PETSTORE, '--out', out, '--check');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('up to date');

    const types = path.join(out, 'dist/types.d.ts');
    const original = await readFile(types, 'utf8');
    await writeFile(types, original.replace('export type Pet =', 'export type Pet2 ='));
    const before = await treeState(out);
    const stale = await cli('generate', '--spec', PETSTORE, '--out', out, '--check');
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('CHANGED dist/types.d.ts');
    expect(stale.stdout).toContain('-export type Pet2 =');
    expect(stale.stdout).toContain('+export type Pet =');
    expect(await treeState(out)).toEqual(before);
  });
});

describe('determinism', () => {
  it('two runs, two directories, two working directories: byte-identical files', async () => {
    const a = path.join(await tempDir(), 'pkg');
    const b = path.join(await tempDir(), 'pkg');
    expect((await cli('generate', '--spec', PETSTORE, '--out', a)).code).toBe(0);
    const cwd = process.cwd();
    process.chdir(path.dirname(b));
    try {
      // A different working directory, relative paths: output must not change.
      expect((await cli('generate', '--spec', path.relative(process.cwd(), PETSTORE), '--out', 'pkg')).code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    const hashes = (t: Record<string, string>) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.split(' ')[0]]));
    // Spec paths (in headers, and the manifest's spec files: the root and the files it refers to) are
    // relative to the output directory; both outputs sit at the same depth.
    const ta = hashes(await treeState(a));
    const tb = hashes(await treeState(b));
    expect(Object.keys(ta).sort()).toEqual(Object.keys(tb).sort());
    for (const file of Object.keys(ta)) {
      const ca = (await readFile(path.join(a, file), 'utf8')).replaceAll(path.relative(a, path.dirname(PETSTORE)), 'SPECS');
      const cb = (await readFile(path.join(b, file), 'utf8')).replaceAll(path.relative(b, path.dirname(PETSTORE)), 'SPECS');
      expect(ca, file).toBe(cb);
      expect(ca).not.toContain('\r');
      expect(ca.endsWith('\n') && !ca.endsWith('\n\n')).toBe(true);
      expect(ca).not.toContain(process.cwd());
    }
  });
});

describe('owned files only', () => {
  it("keeps the user's files, refuses to overwrite a file it did not create, deletes only its own stale files", async () => {
    const out = path.join(await tempDir(), 'pkg');
    await mkdir(path.join(out, 'dist'), { recursive: true });
    await writeFile(path.join(out, 'dist/types.d.ts'), '// mine\n');
    const refused = await cli('generate', '--spec', PETSTORE, '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/refusing to overwrite .*dist\/types\.d\.ts: specgen did not create it/);
    expect(await readFile(path.join(out, 'dist/types.d.ts'), 'utf8')).toBe('// mine\n');

    await rm(path.join(out, 'dist/types.d.ts'));
    // the user's files: beside generated ones (dist/), and in a directory specgen does not write (src/)
    await writeFile(path.join(out, 'dist/extra.d.ts'), '// mine too\n');
    await mkdir(path.join(out, 'src'), { recursive: true });
    await writeFile(path.join(out, 'src/extra.ts'), '// mine too\n');
    expect((await cli('generate', '--spec', PETSTORE, '--out', out)).code).toBe(0);
    expect(await readFile(path.join(out, 'dist/extra.d.ts'), 'utf8')).toBe('// mine too\n');
    expect(await readFile(path.join(out, 'src/extra.ts'), 'utf8')).toBe('// mine too\n');

    // A spec that generates fewer files (here: a source an older specgen shipped): specgen's stale files go, the user's stay.
    const manifest = JSON.parse(await readFile(path.join(out, '.specgen-manifest.json'), 'utf8'));
    manifest.files['src/old-emitter-output.ts'] = 'x';
    await writeFile(path.join(out, '.specgen-manifest.json'), JSON.stringify(manifest));
    await writeFile(path.join(out, 'src/old-emitter-output.ts'), '// generated long ago\n');
    const r = await cli('generate', '--spec', PETSTORE, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 removed');
    const after = await treeState(out);
    expect(after['src/old-emitter-output.ts']).toBeUndefined();
    expect(after['src/extra.ts']).toBeDefined();
    expect(after['dist/extra.d.ts']).toBeDefined();
  });

  it('does not rewrite unchanged files (mtime kept) and recovers from an interrupted swap', async () => {
    const out = path.join(await tempDir(), 'pkg');
    expect((await cli('generate', '--spec', PETSTORE, '--out', out)).code).toBe(0);
    const before = await treeState(out);
    await new Promise((r) => setTimeout(r, 20));
    const again = await cli('generate', '--spec', PETSTORE, '--out', out);
    expect(again.stdout).toContain('no changes');
    expect(await treeState(out)).toEqual(before);

    // Simulate a crash between the two renames: the output dir is gone, the retired one remains.
    const retired = path.join(path.dirname(out), '.specgen-old-pkg-123-abc');
    await cp(out, retired, { recursive: true });
    // What specgen leaves when it dies between its two renames: the retired tree carries its marker.
    await writeSwapMarker(retired, 'old', 'pkg', '123-abc');
    await rm(out, { recursive: true });
    expect((await cli('generate', '--spec', PETSTORE, '--out', out)).code).toBe(0);
    const recovered = await treeState(out);
    expect(Object.keys(recovered).sort()).toEqual(Object.keys(before).sort());
    await expect(stat(retired)).rejects.toThrow();
  });
});
