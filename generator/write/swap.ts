import { randomBytes } from 'node:crypto';
import { lstat, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../load/errors.ts';
import { displayPathOf } from '../load/spec-file.ts';
import { lstatOrUndefined } from './out-dir.ts';

/**
 * The swap's bookkeeping. commitPlan builds the new tree in `.specgen-tmp-<base>-<token>` and retires
 * the old one as `.specgen-old-<base>-<token>`, both beside the output directory. Each holds a marker
 * file naming its role, the output directory's base name and the token, so recovery from a crash only
 * ever touches directories specgen made for that output directory; look-alikes are left alone.
 *
 * The marker never reaches the finished output: it leaves the staging tree just before that tree is
 * renamed into place. From then until the swap ends the retired tree (marked, same token) vouches for
 * the staging dir. The old tree gets its marker just before it is renamed away, and loses it when
 * recovery renames it back.
 */
export const SWAP_MARKER = '.specgen-swap';
const MAGIC = 'specgen swap directory';

export type SwapRole = 'tmp' | 'old';

export interface SwapMarker {
  magic: typeof MAGIC;
  role: SwapRole;
  /** Base name of the output directory the swap is for. */
  base: string;
  /** Also the tail of the directory's name. */
  token: string;
  pid: number;
  host: string;
}

export function swapDirName(role: SwapRole, base: string, token: string): string {
  return `.specgen-${role}-${base}-${token}`;
}

export function newSwapToken(): string {
  return `${process.pid}-${randomBytes(6).toString('hex')}`;
}

/** Tokens of the swaps this process is doing right now: recovery leaves them alone. */
const activeTokens = new Set<string>();

export function beginSwap(token: string): void {
  activeTokens.add(token);
}

export function endSwap(token: string): void {
  activeTokens.delete(token);
}

/** Mark `dir` as specgen's. Fails when a marker (or anything of that name) is already there. */
export async function writeSwapMarker(dir: string, role: SwapRole, base: string, token: string,
  owner: { pid: number; host: string } = { pid: process.pid, host: os.hostname() }): Promise<void> {
  const marker: SwapMarker = { magic: MAGIC, role, base, token, pid: owner.pid, host: owner.host };
  await writeFile(path.join(dir, SWAP_MARKER), JSON.stringify(marker, null, 2) + '\n', { flag: 'wx' });
}

/** The marker in `dir`, when `dir` is a real directory (not a symlink) holding a well-formed one. */
export async function readSwapMarker(dir: string): Promise<SwapMarker | undefined> {
  try {
    if (!(await lstat(dir)).isDirectory()) return undefined;
    const file = path.join(dir, SWAP_MARKER);
    const st = await lstat(file);
    if (!st.isFile() || st.size > 4096) return undefined;
    const m = JSON.parse(await readFile(file, 'utf8')) as Partial<SwapMarker> | null;
    if (!m || m.magic !== MAGIC || (m.role !== 'tmp' && m.role !== 'old') || typeof m.base !== 'string' || typeof m.token !== 'string'
      || typeof m.pid !== 'number' || typeof m.host !== 'string') return undefined;
    return m as SwapMarker;
  } catch {
    return undefined;
  }
}

/** Another specgen run (this process or a live one on this host) may be in the middle of this swap. */
function inProgress(m: SwapMarker): boolean {
  if (activeTokens.has(m.token)) return true;
  if (m.pid === process.pid || m.host !== os.hostname()) return false;
  try {
    process.kill(m.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Delete a swap directory of ours, its marker last, so a crash half-way leaves it still recognisable. */
export async function removeSwapDir(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  for (const name of names) if (name !== SWAP_MARKER) await rm(path.join(dir, name), { recursive: true, force: true });
  await rm(path.join(dir, SWAP_MARKER), { force: true });
  await rmdir(dir);
}

/**
 * If a previous run died during its swap, finish the job: put the retired tree back when the output
 * directory is missing, delete the leftovers. Only directories whose marker proves specgen made them
 * for this output directory are touched (a staging dir whose marker was already removed is proven by
 * the retired tree of the same token); look-alikes get a warning and stay as they are.
 * `restored`: the output directory was missing and is back (what was planned against it is stale).
 */
export async function recoverInterruptedSwap(parent: string, base: string, outDir: string): Promise<{ restored: boolean; warnings: Diagnostic[] }> {
  const warnings: Diagnostic[] = [];
  // Died after marking the old tree and before renaming it away, or after renaming it back.
  const stale = await readSwapMarker(outDir);
  if (stale && stale.role === 'old' && stale.base === base && !inProgress(stale)) await rm(path.join(outDir, SWAP_MARKER), { force: true });

  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return { restored: false, warnings };
  }
  const olds: { dir: string; token: string; markedAt: number }[] = [];
  const tmps: { dir: string; token: string; proven: boolean }[] = [];
  const busy = new Set<string>();
  const foreign: string[] = [];
  for (const name of names.sort()) {
    const m = /^\.specgen-(tmp|old)-(.+)$/s.exec(name);
    if (!m || !m[2]!.startsWith(`${base}-`)) continue;
    const role = m[1] as SwapRole;
    const token = m[2]!.slice(base.length + 1);
    const dir = path.join(parent, name);
    const st = await lstatOrUndefined(dir);
    if (!st) continue;
    const marker = st.isDirectory() ? await readSwapMarker(dir) : undefined;
    if (marker && marker.role === role && marker.base === base && marker.token === token) {
      if (inProgress(marker)) busy.add(token);
      else if (role === 'old') olds.push({ dir, token, markedAt: (await lstatOrUndefined(path.join(dir, SWAP_MARKER)))?.mtimeMs ?? 0 });
      else tmps.push({ dir, token, proven: true });
    } else if (marker && marker.role === role && swapDirName(role, marker.base, marker.token) === name) {
      // Another output directory's (say `pkg-x` beside `pkg`): its own runs deal with it.
    } else if (role === 'tmp' && st.isDirectory() && !marker) {
      tmps.push({ dir, token, proven: false });
    } else {
      foreign.push(dir);
    }
  }
  const oldTokens = new Set(olds.map((o) => o.token));
  for (const t of tmps) {
    if (t.proven || oldTokens.has(t.token)) await removeSwapDir(t.dir);
    else if (!busy.has(t.token)) foreign.push(t.dir);
  }
  let restored = false;
  // Normally there is one; should there be several, the newest goes back.
  for (const old of olds.sort((a, b) => b.markedAt - a.markedAt)) {
    if (!restored && !(await lstatOrUndefined(outDir))) {
      await rename(old.dir, outDir);
      await rm(path.join(outDir, SWAP_MARKER), { force: true });
      restored = true;
    } else {
      await removeSwapDir(old.dir);
    }
  }
  for (const dir of foreign.sort()) {
    warnings.push({
      severity: 'warning',
      code: 'foreign-swap-dir',
      message: `left ${displayPathOf(dir)} alone: it is named like a specgen swap directory of ${displayPathOf(outDir)}, but specgen did not make it`,
      file: displayPathOf(dir),
      hint: 'delete it if nothing needs it',
    });
  }
  return { restored, warnings };
}
