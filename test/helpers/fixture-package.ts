/** A fixture spec generated into a fresh temp dir, and its generated modules imported (real files, real imports). */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from '../../generator/api.ts';
import { fixture, tempDir } from './cli.ts';

export interface FixturePackage {
  /** The package directory (`<temp>/pkg`). */
  dir: string;
  /** A generated module by its path in the package (`src/client.ts`). */
  load<T = unknown>(file: string): Promise<T>;
}

/** Generates `test/fixtures/specs/<name>.yaml` into `<temp>/pkg`. */
export async function fixturePackage(name: string): Promise<FixturePackage> {
  const dir = path.join(await tempDir(`specgen-${name}-`), 'pkg');
  await generate({ spec: fixture(`specs/${name}.yaml`), out: dir });
  return { dir, load: async <T>(file: string) => (await import(pathToFileURL(path.join(dir, file)).href)) as T };
}
