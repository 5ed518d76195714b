import type { Stats } from 'node:fs';
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SpecError } from '../load/errors.ts';
import { displayPathOf } from '../load/spec-file.ts';
import { readManifest } from './manifest.ts';

export interface OutDir {
  /** The output directory as given, absolute. When it is a symlink it stays one: */
  given: string;
  /** the directory files really go into (the symlink's target), absolute; may not exist yet. */
  real: string;
  /** Whether `real` exists (then it is a directory). */
  exists: boolean;
}

/**
 * Where an output directory really is, refusing (SpecError, exit 2) what cannot or must not be one:
 * a file or anything else that is not a directory (or whose parent is not), the filesystem root,
 * a directory that holds the spec, the home directory or the working directory (and their ancestors).
 * Generating there would move the user's whole tree aside and back, so nothing is written.
 */
export async function resolveOutDir(outDir: string, guard: { spec?: string } = {}): Promise<OutDir> {
  const given = path.resolve(outDir);
  const where = { file: displayPathOf(given) };
  const notADirectory = (what: string) =>
    new SpecError('out-not-a-directory', `--out ${displayPathOf(given)} ${what}`, where, 'pass a directory (it is created when missing)');
  const unsafe = (why: string) =>
    new SpecError('out-unsafe', `refusing to generate into ${displayPathOf(given)}: ${why}`, where,
      'generate into a directory of its own, e.g. generated/<name>');

  if (isRoot(given)) throw unsafe('it is the filesystem root');
  const real = await followLinks(given, notADirectory);
  if (isRoot(real)) throw unsafe('it is the filesystem root');

  const st = await statOrUndefined(real);
  if (st && !st.isDirectory()) throw notADirectory(`is ${kindOf(st)}, not a directory`);
  if (!st) {
    // Missing: it will be created, so its nearest existing ancestor has to be a directory.
    for (let dir = path.dirname(real); ; dir = path.dirname(dir)) {
      const up = await statOrUndefined(dir);
      if (up) {
        if (!up.isDirectory()) throw notADirectory(`cannot be created: ${displayPathOf(dir)} is ${kindOf(up)}, not a directory`);
        break;
      }
      if (isRoot(dir)) break;
    }
    return { given, real, exists: false };
  }

  // A directory that does not exist yet cannot hold anything, so these only matter for existing ones.
  const canonical = await realpath(real).catch(() => real);
  if (guard.spec) {
    const spec = await realpath(path.resolve(guard.spec)).catch(() => path.resolve(guard.spec!));
    if (isWithin(spec, canonical) || isWithin(path.resolve(guard.spec), given)) {
      throw unsafe(`it contains the spec ${displayPathOf(path.resolve(guard.spec))}`);
    }
  }
  const home = await realpath(os.homedir()).catch(() => undefined);
  if (home && isWithin(home, canonical)) throw unsafe(home === canonical ? 'it is the home directory' : 'it contains the home directory');
  const cwd = await realpath(process.cwd()).catch(() => undefined);
  if (cwd && isWithin(cwd, canonical)) {
    if (cwd !== canonical) throw unsafe('it contains the working directory');
    if ((await readdir(real)).length > 0 && !(await readManifest(real))) {
      throw unsafe('it is the working directory and holds files specgen did not create');
    }
  }
  return { given, real, exists: true };
}

/** `child` is `dir` or below it. */
export function isWithin(child: string, dir: string): boolean {
  const rel = path.relative(dir, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

function isRoot(p: string): boolean {
  return path.parse(p).root === p;
}

/** The path a chain of symlinks ends at, even when that end does not exist yet (a dangling link is written through). */
async function followLinks(given: string, notADirectory: (what: string) => Error): Promise<string> {
  const st = await lstatOrUndefined(given);
  if (!st?.isSymbolicLink()) return given;
  try {
    return await realpath(given);
  } catch {
    // Dangling (or a loop): follow by hand.
  }
  let p = given;
  for (let hops = 0; hops < 40; hops++) {
    const s = await lstatOrUndefined(p);
    if (!s?.isSymbolicLink()) return s ? await realpath(p) : p;
    p = path.resolve(path.dirname(p), await readlink(p));
  }
  throw notADirectory('is a symlink that cannot be resolved (too many levels)');
}

function kindOf(st: Stats): string {
  if (st.isFile()) return 'a file';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'a special file';
}

async function statOrUndefined(p: string): Promise<Stats | undefined> {
  try {
    return await stat(p);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') {
      // Some ancestor is a file: report the path as not creatable through the caller's ancestor walk.
      return undefined;
    }
    throw err;
  }
}

export async function lstatOrUndefined(p: string): Promise<Stats | undefined> {
  try {
    return await lstat(p);
  } catch {
    return undefined;
  }
}
