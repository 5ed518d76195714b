/** A fixture spec generated into a fresh temp dir, and its generated modules imported (real files, real imports). */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from '../../generator/api.ts';
import { fixture, tempDir } from './cli.ts';
import { writeSources } from './sources.ts';

export interface FixturePackage {
  /** The package directory (`<temp>/pkg`). */
  dir: string;
  /** A generated module by its path in the package (`dist/client.js`; its types are the `.d.ts` beside it). */
  load<T = unknown>(file: string): Promise<T>;
  /**
   * Writes the TypeScript sources the package is compiled from (it ships only dist/) to
   * `<temp>/sources/src/`, for type-checking the implementation; returns `<temp>/sources`.
   */
  sources(): Promise<string>;
}

/** Generates `test/fixtures/specs/<name>.yaml` into `<temp>/pkg`. */
export async function fixturePackage(name: string): Promise<FixturePackage> {
  const spec = fixture(`specs/${name}.yaml`);
  const dir = path.join(await tempDir(`specgen-${name}-`), 'pkg');
  await generate({ spec, out: dir });
  return {
    dir,
    load: async <T>(file: string) => (await import(pathToFileURL(path.join(dir, file)).href)) as T,
    sources: () => writeSources({ spec }, path.join(path.dirname(dir), 'sources')),
  };
}
