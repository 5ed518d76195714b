import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The list of files specgen wrote into an output directory: only these are ever replaced or deleted. */
export const MANIFEST_FILE = '.specgen-manifest.json';

export interface Manifest {
  generator: 'specgen';
  /** sha256 of the bundled spec the files were made from (change reports compare it). */
  specHash: string;
  specVersion: string;
  /** path -> sha256 of content, sorted by path. */
  files: Record<string, string>;
  /** What the files were made from (spec files, options, specgen): a later run that finds the same skips all work. */
  inputs?: { hash: string; files: string[] };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export async function readManifest(outDir: string): Promise<Manifest | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path.join(outDir, MANIFEST_FILE), 'utf8')) as Manifest;
    return parsed && parsed.generator === 'specgen' && typeof parsed.files === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function manifestText(files: { path: string; content: string }[], specHash: string, specVersion: string, inputs?: Manifest['inputs']): string {
  const entries = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => [f.path, sha256(f.content)]);
  const manifest: Manifest = { generator: 'specgen', specHash, specVersion, files: Object.fromEntries(entries), ...(inputs ? { inputs } : {}) };
  return JSON.stringify(manifest, null, 2) + '\n';
}
