import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SpecError } from '../load/errors.ts';
import { displayPathOf } from '../load/spec-file.ts';
import type { EmittedFile } from '../emit/types.ts';
import { MANIFEST_FILE, readManifest } from './manifest.ts';
import { resolveOutDir } from './out-dir.ts';

export interface PlannedFile extends EmittedFile {
  status: 'added' | 'changed' | 'unchanged';
  /** What is on disk now, when it differs. */
  previous?: string;
}

export interface WritePlan {
  outDir: string;
  /** The spec the files come from: the output directory must not contain it. */
  spec?: string;
  files: PlannedFile[];
  /** Files specgen created before and no longer generates: they will be deleted. */
  removed: { path: string; previous: string }[];
  get dirty(): boolean;
}

/**
 * Compare what was generated with what is on disk. Refuses (exit 2) to overwrite a file specgen
 * did not create: only files listed in the previous manifest are ours. Refuses an output directory
 * that is not one, or must not be one (see resolveOutDir); `opts.spec` defaults to the spec the
 * generated package.json names.
 */
export async function planWrite(outDir: string, files: EmittedFile[], opts: { spec?: string } = {}): Promise<WritePlan> {
  const spec = opts.spec ?? specNamedBy(outDir, files);
  await resolveOutDir(outDir, spec ? { spec } : {});
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
    ...(spec ? { spec } : {}),
    files: planned,
    removed,
    get dirty() {
      return removed.length > 0 || planned.some((f) => f.status !== 'unchanged');
    },
  };
}

/** The generated package.json records its spec relative to the output directory (`specgen.spec`). */
function specNamedBy(outDir: string, files: EmittedFile[]): string | undefined {
  const pkg = files.find((f) => f.path === 'package.json');
  if (!pkg) return undefined;
  try {
    const rel = (JSON.parse(pkg.content) as { specgen?: { spec?: unknown } }).specgen?.spec;
    return typeof rel === 'string' && rel ? path.resolve(outDir, rel) : undefined;
  } catch {
    return undefined;
  }
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
