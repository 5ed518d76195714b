import { chmod, cp, lstat, mkdir, readdir, readFile, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverInterruptedSwap, SWAP_MARKER, swapDirName, writeSwapMarker } from '../../generator/write/swap.ts';
import { cli, fixture, tempDir, treeState } from '../helpers/cli.ts';

const PETSTORE = fixture('specs/petstore-3.0.yaml');
const TOKEN = '4194999-0badc0de';

const generate = (out: string, ...more: string[]) => cli('generate', '--spec', PETSTORE, '--out', out, ...more);

/** A generated package in a fresh temp dir, and what is in it. */
async function generated(): Promise<{ dir: string; out: string; before: Record<string, string> }> {
  const dir = await tempDir();
  const out = path.join(dir, 'pkg');
  expect((await generate(out)).code).toBe(0);
  return { dir, out, before: await treeState(out) };
}

/** Make a generated file stale, so the next run really rewrites (and swaps) the tree. */
async function touchGenerated(out: string): Promise<void> {
  await writeFile(path.join(out, 'dist/types.d.ts'), '// stale\n');
}

async function expectNoSwapLeftovers(dir: string): Promise<void> {
  expect((await readdir(dir)).filter((n) => n.startsWith('.specgen-'))).toEqual([]);
}

const errorLines = (stderr: string) => stderr.split('\n').filter((l) => / error\[/.test(l));

describe('swap directories that specgen did not make', () => {
  it('leaves look-alike .specgen-old-/.specgen-tmp- dirs beside the output untouched', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'pkg');
    const foreign = {
      old: path.join(dir, '.specgen-old-pkg-x'),
      tmp: path.join(dir, '.specgen-tmp-pkg-y'),
      // Named exactly like specgen's, but the marker is for another output dir / another token.
      wrongBase: path.join(dir, swapDirName('old', 'pkg', TOKEN)),
      wrongToken: path.join(dir, swapDirName('tmp', 'pkg', '1-00000000')),
      // A symlink to a properly marked dir is still not a dir specgen made.
      link: path.join(dir, swapDirName('old', 'pkg', '2-11111111')),
    };
    for (const d of [foreign.old, foreign.tmp, foreign.wrongBase, foreign.wrongToken]) {
      await mkdir(d);
      await writeFile(path.join(d, 'keep-me.txt'), `${d}\n`);
    }
    await writeSwapMarker(foreign.wrongBase, 'old', 'other', TOKEN);
    await writeSwapMarker(foreign.wrongToken, 'tmp', 'pkg', '9-99999999');
    const elsewhere = path.join(dir, 'elsewhere');
    await mkdir(elsewhere);
    await writeFile(path.join(elsewhere, 'keep-me.txt'), 'x\n');
    await writeSwapMarker(elsewhere, 'old', 'pkg', '2-11111111');
    await symlink('elsewhere', foreign.link);
    const snapshot = async () => {
      const state: Record<string, Record<string, string>> = {};
      for (const d of [foreign.old, foreign.tmp, foreign.wrongBase, foreign.wrongToken, elsewhere]) state[path.basename(d)] = await treeState(d);
      return state;
    };
    const before = await snapshot();

    expect((await generate(out)).code).toBe(0); // first generation: no out dir yet (recovery would restore an "old" tree)
    await touchGenerated(out);
    expect((await generate(out)).code).toBe(0); // a real swap
    await touchGenerated(out);
    expect((await generate(out)).code).toBe(0);

    expect(await snapshot()).toEqual(before);
    expect((await lstat(foreign.link)).isSymbolicLink()).toBe(true);
    expect(await readlink(foreign.link)).toBe('elsewhere');
    expect(await readFile(path.join(out, 'dist/types.d.ts'), 'utf8')).not.toBe('// stale\n');
    expect((await readdir(dir)).filter((n) => n.startsWith('.specgen-')).sort())
      .toEqual(Object.values(foreign).map((d) => path.basename(d)).sort());
  });
});

describe('swap directories of a run still in progress', () => {
  it('leaves the marked dirs of a live specgen process alone', async () => {
    const { dir, out } = await generated();
    const live = { pid: process.ppid, host: os.hostname() };
    const staging = path.join(dir, swapDirName('tmp', 'pkg', TOKEN));
    await mkdir(staging);
    await writeSwapMarker(staging, 'tmp', 'pkg', TOKEN, live);
    await writeFile(path.join(staging, 'half.txt'), 'x\n');
    await touchGenerated(out);
    expect((await generate(out)).code).toBe(0);
    expect(await readFile(path.join(staging, 'half.txt'), 'utf8')).toBe('x\n');
  });

  it('warns about each look-alike it leaves alone', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'pkg'));
    await mkdir(path.join(dir, '.specgen-old-pkg-x'));
    await writeFile(path.join(dir, '.specgen-tmp-pkg-y'), 'a file\n');
    const { restored, warnings } = await recoverInterruptedSwap(dir, 'pkg', path.join(dir, 'pkg'));
    expect(restored).toBe(false);
    expect(warnings.map((w) => [w.code, w.file])).toEqual([
      ['foreign-swap-dir', path.join(dir, '.specgen-old-pkg-x')],
      ['foreign-swap-dir', path.join(dir, '.specgen-tmp-pkg-y')],
    ]);
    expect(await readdir(dir)).toEqual(expect.arrayContaining(['.specgen-old-pkg-x', '.specgen-tmp-pkg-y']));
  });
});

describe('recovery of an interrupted swap', () => {
  // The states commitPlan leaves when the process dies at each step of the swap.
  const crashes: [string, (s: { dir: string; out: string; staging: string; retired: string }) => Promise<void>][] = [
    ['while filling the staging dir', async ({ staging }) => {
      await mkdir(path.join(staging, 'dist'), { recursive: true });
      await writeSwapMarker(staging, 'tmp', 'pkg', TOKEN);
      await writeFile(path.join(staging, 'dist/types.d.ts'), '// half written\n');
    }],
    ['after marking the old tree, before retiring it', async ({ out, staging }) => {
      await cp(out, staging, { recursive: true });
      await writeSwapMarker(staging, 'tmp', 'pkg', TOKEN);
      await writeSwapMarker(out, 'old', 'pkg', TOKEN);
    }],
    ['between the two renames (old tree retired, staging marker already removed)', async ({ out, staging, retired }) => {
      await cp(out, staging, { recursive: true });
      await writeFile(path.join(staging, 'dist/types.d.ts'), '// new tree\n');
      await writeSwapMarker(out, 'old', 'pkg', TOKEN);
      await rename(out, retired);
    }],
    ['after the swap, before deleting the old tree', async ({ out, retired }) => {
      await cp(out, retired, { recursive: true });
      await writeSwapMarker(retired, 'old', 'pkg', TOKEN);
    }],
    ['while putting the old tree back (renamed, marker not yet removed)', async ({ out }) => {
      await writeSwapMarker(out, 'old', 'pkg', TOKEN);
    }],
  ];

  it.each(crashes)('recovers a crash %s', async (_name, crash) => {
    const { dir, out, before } = await generated();
    const staging = path.join(dir, swapDirName('tmp', 'pkg', TOKEN));
    const retired = path.join(dir, swapDirName('old', 'pkg', TOKEN));
    await crash({ dir, out, staging, retired });

    const r = await generate(out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('no changes');
    // The old tree is back exactly (same files, same mtimes), with no marker in it; nothing is left beside it.
    expect(await treeState(out)).toEqual(before);
    await expect(lstat(path.join(out, SWAP_MARKER))).rejects.toThrow();
    await expectNoSwapLeftovers(dir);
  });

  it('never leaves the marker in the output or a swap dir beside it', async () => {
    const { dir, out } = await generated();
    await touchGenerated(out);
    expect((await generate(out)).code).toBe(0);
    await expect(lstat(path.join(out, SWAP_MARKER))).rejects.toThrow();
    await expectNoSwapLeftovers(dir);
  });

  it('refuses to overwrite a .specgen-swap file the user put in the output', async () => {
    const { out } = await generated();
    await writeFile(path.join(out, SWAP_MARKER), 'mine\n');
    await touchGenerated(out);
    const before = await treeState(out);
    const r = await generate(out);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain(`refusing to overwrite ${path.join(out, SWAP_MARKER)}`);
    expect(await treeState(out)).toEqual(before);
    await expectNoSwapLeftovers(path.dirname(out));
  });
});

describe('directory modes', () => {
  it('keeps the modes of the output dir, its subdirs and rewritten files; new dirs get the default', async () => {
    const { dir, out } = await generated();
    await chmod(out, 0o700);
    await chmod(path.join(out, 'dist'), 0o700);
    await chmod(path.join(out, 'dist/types.d.ts'), 0o640);
    await mkdir(path.join(out, 'mine'), { mode: 0o750 });
    await chmod(path.join(out, 'mine'), 0o750);
    await writeFile(path.join(out, 'mine/notes.txt'), 'x\n');
    await touchGenerated(out);
    // a generated dir (below dist/, whose mode is kept) removed: it comes back new
    const generatedDirs = (await readdir(path.join(out, 'dist'), { withFileTypes: true })).filter((e) => e.isDirectory());
    expect(generatedDirs.length).toBeGreaterThan(0);
    const fresh = path.join('dist', generatedDirs[0]!.name);
    await rm(path.join(out, fresh), { recursive: true });

    const r = await generate(out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/[1-9]\d* added, 1 changed/);
    const mode = async (p: string) => (await stat(p)).mode & 0o7777;
    expect(await mode(out)).toBe(0o700);
    expect(await mode(path.join(out, 'dist'))).toBe(0o700);
    expect(await mode(path.join(out, 'dist/types.d.ts'))).toBe(0o640);
    expect(await mode(path.join(out, 'mine'))).toBe(0o750);
    expect(await readFile(path.join(out, 'mine/notes.txt'), 'utf8')).toBe('x\n');
    const probe = path.join(dir, 'probe');
    await mkdir(probe);
    expect(await mode(path.join(out, fresh))).toBe(await mode(probe));
  });
});

describe('a symlinked --out', () => {
  it('stays a symlink; its target gets the files', async () => {
    const dir = await tempDir();
    const real = path.join(dir, 'real-pkg');
    const link = path.join(dir, 'pkg');
    await mkdir(real);
    await writeFile(path.join(real, 'mine.txt'), 'mine\n');
    await symlink('real-pkg', link);

    expect((await generate(link)).code).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('real-pkg');
    expect(JSON.parse(await readFile(path.join(real, 'package.json'), 'utf8')).name).toBeTruthy();
    expect(await readFile(path.join(real, 'mine.txt'), 'utf8')).toBe('mine\n');

    await touchGenerated(link);
    const r = await generate(link);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 changed');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('real-pkg');
    expect(await readFile(path.join(real, 'dist/types.d.ts'), 'utf8')).not.toBe('// stale\n');
    expect((await generate(link, '--check')).code).toBe(0);
    await expectNoSwapLeftovers(dir);
  });

  it('writes through a dangling symlink, creating its target', async () => {
    const dir = await tempDir();
    const link = path.join(dir, 'pkg');
    await symlink('not-yet', link);
    expect((await generate(link)).code).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect((await lstat(path.join(dir, 'not-yet'))).isDirectory()).toBe(true);
    await stat(path.join(dir, 'not-yet/package.json'));
  });
});

describe('--out that is not a directory', () => {
  it('a regular file: exit 2, one located error, the file unchanged, nothing written', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'out.txt');
    await writeFile(file, 'keep me\n');
    const before = await treeState(dir);
    for (const extra of [[], ['--check']]) {
      const r = await generate(file, ...extra);
      expect(r.code).toBe(2);
      expect(errorLines(r.stderr)).toEqual([`${file} error[out-not-a-directory]: --out ${file} is a file, not a directory`]);
      expect(r.stderr).not.toContain('internal error');
    }
    expect(await treeState(dir)).toEqual(before);
    expect(await readdir(dir)).toEqual(['out.txt']);
  });

  it('a path below a regular file: exit 2, located at --out', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'out.txt');
    await writeFile(file, 'keep me\n');
    const out = path.join(file, 'pkg');
    const r = await generate(out);
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual([`${out} error[out-not-a-directory]: --out ${out} cannot be created: ${file} is a file, not a directory`]);
    expect(await readFile(file, 'utf8')).toBe('keep me\n');
    expect(await readdir(dir)).toEqual(['out.txt']);
  });

  it('a symlink to a file: exit 2, link and file unchanged', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'out.txt'), 'keep me\n');
    await symlink('out.txt', path.join(dir, 'pkg'));
    const r = await generate(path.join(dir, 'pkg'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error[out-not-a-directory]');
    expect(await readlink(path.join(dir, 'pkg'))).toBe('out.txt');
    expect(await readFile(path.join(dir, 'out.txt'), 'utf8')).toBe('keep me\n');
  });
});

describe('--out that must not be swapped', () => {
  it('the filesystem root: exit 2, nothing moved', async () => {
    const before = (await readdir('/')).sort();
    const r = await generate('/');
    expect(r.code).toBe(2);
    expect(errorLines(r.stderr)).toEqual(['/ error[out-unsafe]: refusing to generate into /: it is the filesystem root']);
    expect((await readdir('/')).sort()).toEqual(before);
  });

  it('a directory holding the spec (its folder or any ancestor): exit 2, nothing moved', async () => {
    const dir = await tempDir();
    const project = path.join(dir, 'project');
    const spec = path.join(project, 'specs/petstore.yaml');
    await cp(path.dirname(PETSTORE), path.dirname(spec), { recursive: true });
    await cp(PETSTORE, spec);
    await writeFile(path.join(project, 'README.md'), '# mine\n');
    const before = await treeState(dir);
    for (const out of [project, path.dirname(spec)]) {
      const r = await cli('generate', '--spec', spec, '--out', out);
      expect(r.code).toBe(2);
      expect(errorLines(r.stderr)).toEqual([`${out} error[out-unsafe]: refusing to generate into ${out}: it contains the spec ${spec}`]);
    }
    expect(await treeState(dir)).toEqual(before);
    expect(await readdir(dir)).toEqual(['project']);
    // A sibling directory is fine.
    expect((await cli('generate', '--spec', spec, '--out', path.join(project, 'pkg'))).code).toBe(0);
  });

  it('the working directory (or an ancestor) holding other files: exit 2', async () => {
    const dir = await tempDir();
    const inner = path.join(dir, 'work/inner');
    await mkdir(inner, { recursive: true });
    await writeFile(path.join(inner, 'notes.txt'), 'x\n');
    const before = await treeState(dir);
    const cwd = process.cwd();
    process.chdir(inner);
    try {
      for (const [out, why] of [['.', 'it is the working directory and holds files specgen did not create'], ['..', 'it contains the working directory']]) {
        const r = await cli('generate', '--spec', PETSTORE, '--out', out!);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(`error[out-unsafe]: refusing to generate into ${path.resolve(inner, out!)}: ${why}`);
      }
    } finally {
      process.chdir(cwd);
    }
    expect(await treeState(dir)).toEqual(before);
  });
});
