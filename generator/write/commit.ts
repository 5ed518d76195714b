import type { Stats } from 'node:fs';
import { chmod, copyFile, link, mkdir, readdir, readlink, rename, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SpecError, type Diagnostic } from '../load/errors.ts';
import { displayPathOf } from '../load/spec-file.ts';
import { lstatOrUndefined, resolveOutDir } from './out-dir.ts';
import { planWrite, type WritePlan } from './plan.ts';
import { beginSwap, endSwap, newSwapToken, recoverInterruptedSwap, removeSwapDir, SWAP_MARKER, swapDirName, writeSwapMarker } from './swap.ts';

/**
 * Write a plan atomically: the whole new tree is built beside the output directory, unchanged
 * files and files specgen does not own are hard-linked in (their mtime stays), then the two
 * directories are swapped with renames. A crash leaves either the old tree or the new one (and
 * marked leftovers the next run cleans up, see swap.ts). Directory modes are kept; a symlinked
 * output directory stays a symlink (its target is swapped). Returns warnings (leftovers it left alone).
 */
export async function commitPlan(plan: WritePlan): Promise<Diagnostic[]> {
  const out = await resolveOutDir(plan.outDir, plan.spec ? { spec: plan.spec } : {});
  const outDir = out.real;
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  await mkdir(parent, { recursive: true });
  const { restored, warnings } = await recoverInterruptedSwap(parent, base, outDir);
  // The plan was made while the old tree was away: plan again against it (ownership, unchanged, removed).
  if (restored) await replan(plan);
  if (!plan.dirty) return warnings;

  const old = await lstatOrUndefined(outDir);
  if (old && !old.isDirectory()) {
    throw new SpecError('out-not-a-directory', `--out ${displayPathOf(out.given)} is not a directory`, { file: displayPathOf(out.given) });
  }
  if (old && (await lstatOrUndefined(path.join(outDir, SWAP_MARKER)))) {
    const abs = path.join(outDir, SWAP_MARKER);
    throw new SpecError('foreign-file', `refusing to overwrite ${displayPathOf(abs)}: specgen did not create it`,
      { file: displayPathOf(abs) }, `specgen keeps the name ${SWAP_MARKER} for itself; move the file away`);
  }
  if (plan.files.some((f) => f.path === SWAP_MARKER)) throw new Error(`${SWAP_MARKER} is not a name a generated file can have`);

  const token = newSwapToken();
  const staging = path.join(parent, swapDirName('tmp', base, token));
  const retired = path.join(parent, swapDirName('old', base, token));
  let oldMarked = false;
  let swapped = false;
  let done = false;
  beginSwap(token);
  try {
    // A private staging dir while it fills up when the output is private; its real mode comes last.
    await mkdir(staging, old ? { mode: 0o700 } : {});
    await writeSwapMarker(staging, 'tmp', base, token);
    const dirs = new StagingDirs(old ? outDir : undefined, staging);
    const generated = new Set(plan.files.map((f) => f.path));
    const removed = new Set(plan.removed.map((r) => r.path));
    for (const file of plan.files) {
      const target = path.join(staging, file.path);
      await dirs.ensure(path.posix.dirname(file.path));
      if (file.status === 'unchanged') await keep(path.join(outDir, file.path), target);
      else await writeFile(target, file.content);
      if (file.status === 'changed' && old) await keepMode(path.join(outDir, file.path), target);
    }
    if (old) await carryOver(outDir, staging, '', dirs, (rel) => generated.has(rel) || removed.has(rel));
    await dirs.applyModes();

    if (!old) {
      await rm(path.join(staging, SWAP_MARKER));
      await rename(staging, outDir);
      done = true;
      return warnings;
    }
    await writeSwapMarker(outDir, 'old', base, token);
    oldMarked = true;
    await rename(outDir, retired);
    swapped = true;
    // From here the retired tree (marked, same token) vouches for the staging dir.
    await rm(path.join(staging, SWAP_MARKER));
    await chmod(staging, old.mode & 0o7777);
    await rename(staging, outDir);
    done = true;
  } catch (err) {
    if (!done) await rollBack();
    throw err;
  } finally {
    endSwap(token);
  }
  try {
    await removeSwapDir(retired);
  } catch (err) {
    // The new tree is in place; the next run deletes the (still marked) old one.
    warnings.push({ severity: 'warning', code: 'swap-cleanup', message: `could not delete the previous tree ${displayPathOf(retired)}: ${(err as Error).message}`,
      file: displayPathOf(retired) });
  }
  return warnings;

  async function rollBack(): Promise<void> {
    try {
      if (swapped) {
        await rename(retired, outDir);
        swapped = false;
      }
      if (oldMarked) await rm(path.join(outDir, SWAP_MARKER), { force: true });
      await removeSwapDir(staging);
    } catch {
      // Whatever is left is marked: the next run's recovery finishes the job.
    }
  }
}

/** Bring the plan up to date with what is on disk now, in place (the caller reports from the same object). */
async function replan(plan: WritePlan): Promise<void> {
  const fresh = await planWrite(plan.outDir, plan.files.map((f) => ({ path: f.path, content: f.content })), plan.spec ? { spec: plan.spec } : {});
  plan.files.splice(0, plan.files.length, ...fresh.files);
  plan.removed.splice(0, plan.removed.length, ...fresh.removed);
}

/**
 * Put back a tree a crashed run left retired, and clean up its swap directories, before anything
 * reads the output directory (its manifest, changelog and previous spec). commitPlan does it too.
 */
export async function recoverOutDir(outDir: string): Promise<Diagnostic[]> {
  const real = (await resolveOutDir(outDir)).real;
  return (await recoverInterruptedSwap(path.dirname(real), path.basename(real), real)).warnings;
}

/** Directories of the staging tree, created on demand; each one that exists in the old tree gets its mode back. */
class StagingDirs {
  private readonly made = new Set<string>(['', '.']);
  private readonly modes = new Map<string, number>();

  constructor(private readonly from: string | undefined, private readonly to: string) {}

  async ensure(rel: string): Promise<void> {
    if (this.made.has(rel)) return;
    await this.ensure(path.posix.dirname(rel));
    await mkdir(path.join(this.to, rel));
    this.made.add(rel);
    const was = this.from ? await lstatOrUndefined(path.join(this.from, rel)) : undefined;
    if (was?.isDirectory()) this.modes.set(rel, was.mode & 0o7777);
  }

  /** Deepest first, so a parent that becomes read-only does not get in the way. */
  async applyModes(): Promise<void> {
    const depth = (rel: string) => rel.split('/').length;
    for (const rel of [...this.modes.keys()].sort((a, b) => depth(b) - depth(a))) await chmod(path.join(this.to, rel), this.modes.get(rel)!);
  }
}

/** Everything in the old tree that the plan does not replace or remove: users' files, dotfiles, empty dirs. */
async function carryOver(from: string, to: string, rel: string, dirs: StagingDirs, planned: (rel: string) => boolean): Promise<void> {
  for (const entry of await readdir(path.join(from, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    const src = path.join(from, r);
    const dst = path.join(to, r);
    if (entry.isDirectory()) {
      await dirs.ensure(r);
      await carryOver(from, to, r, dirs, planned);
    } else if (!planned(r)) {
      if (entry.isSymbolicLink()) await symlink(await readlink(src), dst);
      else await keep(src, dst);
    }
  }
}

/** Same inode when possible (mtime kept for free), else a copy with the old times. */
async function keep(src: string, dst: string): Promise<void> {
  try {
    await link(src, dst);
  } catch {
    await copyFile(src, dst);
    const st = await stat(src);
    await utimes(dst, st.atime, st.mtime);
  }
}

/** A rewritten file keeps the mode its previous version had. */
async function keepMode(src: string, dst: string): Promise<void> {
  const st: Stats | undefined = await lstatOrUndefined(src);
  if (st?.isFile()) await chmod(dst, st.mode & 0o7777);
}
