import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, readdir, readlink, rename, rm, symlink, writeFile, copyFile, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { WritePlan } from './plan.ts';

/**
 * Write a plan atomically: the whole new tree is built beside the output directory, unchanged
 * files and files specgen does not own are hard-linked in (their mtime stays), then the two
 * directories are swapped with renames. A crash leaves either the old tree or the new one.
 */
export async function commitPlan(plan: WritePlan): Promise<void> {
  const outDir = path.resolve(plan.outDir);
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  await mkdir(parent, { recursive: true });
  await recoverInterruptedSwap(parent, base, outDir);
  if (!plan.dirty) return;

  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = path.join(parent, `.specgen-tmp-${base}-${suffix}`);
  const retired = path.join(parent, `.specgen-old-${base}-${suffix}`);
  await mkdir(staging, { recursive: true });
  try {
    const generated = new Set(plan.files.map((f) => f.path));
    const removed = new Set(plan.removed.map((r) => r.path));
    for (const file of plan.files) {
      const target = path.join(staging, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      if (file.status === 'unchanged') await keep(path.join(outDir, file.path), target);
      else await writeFile(target, file.content);
    }
    if (await exists(outDir)) await carryOver(outDir, staging, '', (rel) => generated.has(rel) || removed.has(rel));
    if (!(await exists(outDir))) {
      await rename(staging, outDir);
      return;
    }
    await rename(outDir, retired);
    await rename(staging, outDir);
    await rm(retired, { recursive: true, force: true });
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
}

/** Everything in the old tree that the plan does not replace or remove: users' files, dotfiles, empty dirs. */
async function carryOver(from: string, to: string, rel: string, planned: (rel: string) => boolean): Promise<void> {
  for (const entry of await readdir(path.join(from, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    const src = path.join(from, r);
    const dst = path.join(to, r);
    if (entry.isDirectory()) {
      await mkdir(dst, { recursive: true });
      await carryOver(from, to, r, planned);
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

/** If a previous run died between its two renames, put the old tree back. */
async function recoverInterruptedSwap(parent: string, base: string, outDir: string): Promise<void> {
  let names: string[] = [];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(`.specgen-old-${base}-`)) continue;
    const retired = path.join(parent, name);
    if (!(await exists(outDir))) await rename(retired, outDir);
    else await rm(retired, { recursive: true, force: true });
  }
  for (const name of names) {
    if (name.startsWith(`.specgen-tmp-${base}-`)) await rm(path.join(parent, name), { recursive: true, force: true });
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}
