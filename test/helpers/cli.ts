import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { vi } from 'vitest';
import { runCli } from '../../generator/cli.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'generator/bin/specgen.mjs');
export const fixture = (...p: string[]) => path.join(ROOT, 'test/fixtures', ...p);

/** Run the CLI in this process; capture what it prints. */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    const code = await runCli(args);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** Run the real bin in a child process (exit codes as a shell sees them). */
export async function spawnCli(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

export async function tempDir(prefix = 'specgen-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

/** path -> sha256 + mtime of every file below `dir` (dotfiles included), for "untouched" checks. */
export async function treeState(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (rel: string) => {
    let entries;
    try {
      entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else {
        const abs = path.join(dir, r);
        const hash = createHash('sha256').update(await readFile(abs)).digest('hex');
        out[r] = `${hash} ${(await stat(abs)).mtimeMs}`;
      }
    }
  };
  await walk('');
  return out;
}

export async function copyFixture(name: string, to: string): Promise<void> {
  await cp(fixture(name), to, { recursive: true });
}
