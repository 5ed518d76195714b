import { AsyncLocalStorage } from 'node:async_hooks';
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { SpecError, type Located } from './errors.ts';
import { LIMITS, LIMITS_HINT } from './limits.ts';

/** How a spec may be read. */
export interface LoadOptions {
  /**
   * Directories (besides the root spec's own directory tree) whose files `$ref`s may reach.
   * Relative paths are relative to the working directory.
   */
  allowRefRoots?: string[];
}

const current = new AsyncLocalStorage<LoadOptions>();

/**
 * Run `work` with these load options as the default of every `loadSpec` / `loadSpecFiles` it makes
 * (the generation pipeline calls `loadSpec(path)` without options).
 */
export function withLoadOptions<T>(options: LoadOptions, work: () => Promise<T>): Promise<T> {
  return current.run(options, work);
}

export function currentLoadOptions(): LoadOptions {
  return current.getStore() ?? {};
}

export const WIDEN_HINT = 'a $ref may only reach regular files inside the root spec\'s directory tree; ' +
  'to allow another directory pass --allow-ref-root DIR (or `allowRefRoots` in the config / API options)';

/** The directories (real paths) `$ref`s of the spec rooted at `rootAbs` may reach. */
export async function allowedRoots(rootAbs: string, options: LoadOptions): Promise<string[]> {
  const roots = [await realpath(path.dirname(rootAbs)).catch(() => path.dirname(rootAbs))];
  for (const dir of options.allowRefRoots ?? []) {
    const abs = path.resolve(dir);
    let real: string;
    try {
      real = await realpath(abs);
      if (!(await stat(real)).isDirectory()) throw new Error('not a directory');
    } catch {
      throw new SpecError('usage', `--allow-ref-root ${dir}: not an existing directory`, { file: abs });
    }
    roots.push(real);
  }
  return roots;
}

function inside(file: string, roots: string[]): boolean {
  return roots.some((root) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
}

function kindOf(s: import('node:fs').Stats): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a FIFO';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/**
 * Read a spec file, refusing anything but a regular file of sane size. For a `$ref` target
 * (`referencedFrom` set), its real path must also lie inside one of `roots`. Every check runs
 * before the file is opened (a FIFO is never opened), and the opened file is checked again.
 */
export async function readRegularFile(absolutePath: string, displayPath: string, referencedFrom?: Located, roots?: string[]): Promise<string> {
  const refuse = (code: string, what: string, hint?: string): never => {
    if (referencedFrom) throw new SpecError(code, `$ref target ${displayPath}: ${what}`, referencedFrom, hint);
    throw new SpecError(code, `${what}: ${displayPath}`, { file: displayPath }, hint);
  };
  let real: string;
  try {
    real = await realpath(absolutePath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Outside the allowed roots, whether the file exists is none of the spec's business.
    if (referencedFrom && roots && !inside(absolutePath, roots)) refuse('ref-outside-root', 'outside the directories specgen may read', WIDEN_HINT);
    return refuse('file-not-found', code === 'ENOENT' || code === 'ENOTDIR' ? 'file not found' : `cannot read (${code})`,
      referencedFrom ? 'check the relative path of the $ref' : undefined);
  }
  if (referencedFrom && roots && !inside(real, roots)) {
    refuse('ref-outside-root', real === absolutePath ? 'outside the directories specgen may read'
      : `outside the directories specgen may read (it resolves to ${real})`, WIDEN_HINT);
  }
  const before = await stat(real);
  if (!before.isFile()) refuse('not-a-file', `${kindOf(before)}, not a regular file`, referencedFrom ? WIDEN_HINT : 'the spec must be a regular YAML or JSON file');
  if (before.size > LIMITS.maxFileBytes) refuse('file-too-large', `${before.size} bytes, over the limit`, LIMITS_HINT);

  // O_NONBLOCK: should the path have been swapped for a FIFO since, opening it does not wait for a writer.
  const handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW).catch((err: NodeJS.ErrnoException) =>
    refuse('file-not-found', `cannot read (${err.code})`));
  try {
    const now = await handle.stat();
    if (!now.isFile() || now.ino !== before.ino || now.dev !== before.dev) refuse('not-a-file', 'changed while being read, not a regular file');
    // Read at most the limit (+1 to notice more): sizes of files such as /proc's are not to be trusted.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, LIMITS.maxFileBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > LIMITS.maxFileBytes) refuse('file-too-large', `over ${LIMITS.maxFileBytes} bytes`, LIMITS_HINT);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    await handle.close();
  }
}
