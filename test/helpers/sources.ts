/**
 * The generator's TypeScript sources (`src/...`), the in-memory stage the package is compiled from,
 * written to a directory so tests can type-check the implementation (the package itself ships only
 * dist/*.js + dist/*.d.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderSources, type GenerateTarget } from '../../generator/pipeline.ts';
import { tempDir } from './cli.ts';

/** Writes the sources of `target` under `<dir>/src/` (a fresh temp dir by default); returns `dir`. */
export async function writeSources(target: Pick<GenerateTarget, 'spec'> & Partial<GenerateTarget>, dir?: string): Promise<string> {
  const out = dir ?? (await tempDir('specgen-sources-'));
  const files = await renderSources({ out, ...target });
  for (const file of files) {
    const to = path.join(out, file.path);
    await mkdir(path.dirname(to), { recursive: true });
    await writeFile(to, file.content);
  }
  return out;
}
