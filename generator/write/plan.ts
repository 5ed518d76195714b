import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SpecError } from '../load/errors.ts';
import { displayPathOf } from '../load/spec-file.ts';
import type { EmittedFile } from '../emit/types.ts';
import { MANIFEST_FILE, readManifest } from './manifest.ts';

export interface PlannedFile extends EmittedFile {
  status: 'added' | 'changed' | 'unchanged';
  /** What is on disk now, when it differs. */
  previous?: string;
}

export interface WritePlan {
  outDir: string;
  files: PlannedFile[];
  /** Files specgen created before and no longer generates: they will be deleted. */
  removed: { path: string; previous: string }[];
  get dirty(): boolean;
}

/**
 * Compare what was generated with what is on disk. Refuses (exit 2) to overwrite a file specgen
 * did not create: only files listed in the previous manifest are ours.
 */
export async function planWrite(outDir: string, files: EmittedFile[]): Promise<WritePlan> {
  const manifest = await readManifest(outDir);
  const owned = new Set(manifest ? [...Object.keys(manifest.files), MANIFEST_FILE] : []);
  const planned: PlannedFile[] = [];
  for (const file of files) {
    const abs = path.join(outDir, file.path);
    const previous = await readIfFile(abs);
    if (previous === undefined) {
      planned.push({ ...file, status: 'added' });
      continue;
    }
    if (!owned.has(file.path) && previous !== file.content) {
      throw new SpecError('foreign-file', `refusing to overwrite ${displayPathOf(abs)}: specgen did not create it`,
        { file: displayPathOf(abs) }, 'move it away, or generate into another --out directory');
    }
    planned.push(previous === file.content ? { ...file, status: 'unchanged' } : { ...file, status: 'changed', previous });
  }
  const generated = new Set(files.map((f) => f.path));
  const removed: WritePlan['removed'] = [];
  for (const p of [...owned].sort()) {
    if (generated.has(p)) continue;
    const previous = await readIfFile(path.join(outDir, p));
    if (previous !== undefined) removed.push({ path: p, previous });
  }
  return {
    outDir,
    files: planned,
    removed,
    get dirty() {
      return removed.length > 0 || planned.some((f) => f.status !== 'unchanged');
    },
  };
}

async function readIfFile(abs: string): Promise<string | undefined> {
  try {
    const st = await lstat(abs);
    if (!st.isFile()) return undefined;
    return await readFile(abs, 'utf8');
  } catch {
    return undefined;
  }
}
