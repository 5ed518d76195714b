import { access } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SpecError } from './load/errors.ts';
import { displayPathOf } from './load/spec-file.ts';
import type { GenerateTarget } from './pipeline.ts';

/** `specgen.config.json` / `specgen.config.ts`: several specs, each with its output. */
export interface SpecgenConfig {
  specs: GenerateTarget[];
  /**
   * Directories besides each spec's own directory tree that `$ref`s may read (relative to the
   * config file). specgen refuses any other file a spec points at.
   */
  allowRefRoots?: string[];
}

export const CONFIG_NAMES = ['specgen.config.ts', 'specgen.config.mjs', 'specgen.config.json'];

export async function findConfig(cwd = process.cwd()): Promise<string | undefined> {
  for (const name of CONFIG_NAMES) {
    const p = path.join(cwd, name);
    try {
      await access(p);
      return p;
    } catch {
      /* next */
    }
  }
  return undefined;
}

/** Load a config; spec and out paths are relative to the config file. */
export async function loadConfig(file: string): Promise<SpecgenConfig> {
  const abs = path.resolve(file);
  const shown = displayPathOf(abs);
  let raw: unknown;
  try {
    if (abs.endsWith('.json')) {
      const { readFile } = await import('node:fs/promises');
      raw = JSON.parse(await readFile(abs, 'utf8'));
    } else if (/\.[mc]?ts$/.test(abs)) {
      raw = await importTypeScript(abs);
    } else {
      raw = ((await import(pathToFileURL(abs).href)) as { default?: unknown }).default;
    }
  } catch (err) {
    throw new SpecError('bad-config', `cannot load config: ${(err as Error).message.split('\n')[0]}`, { file: shown });
  }
  const specs = (raw as { specs?: unknown } | undefined)?.specs;
  if (!Array.isArray(specs) || specs.length === 0) {
    throw new SpecError('bad-config', 'config needs `specs`: a non-empty list of { spec, out }', { file: shown, pointer: '/specs' });
  }
  const dir = path.dirname(abs);
  const roots = (raw as { allowRefRoots?: unknown }).allowRefRoots;
  if (roots !== undefined && (!Array.isArray(roots) || roots.some((r) => typeof r !== 'string'))) {
    throw new SpecError('bad-config', '`allowRefRoots` must be a list of directory paths', { file: shown, pointer: '/allowRefRoots' });
  }
  return {
    ...(roots ? { allowRefRoots: (roots as string[]).map((r) => path.resolve(dir, r)) } : {}),
    specs: specs.map((s, i) => {
      const t = s as Partial<GenerateTarget>;
      if (typeof t.spec !== 'string' || typeof t.out !== 'string') {
        throw new SpecError('bad-config', 'each entry needs `spec` and `out` paths', { file: shown, pointer: `/specs/${i}` });
      }
      const data = t.mockData as Record<string, unknown> | undefined;
      if (data !== undefined && (data === null || typeof data !== 'object' || Array.isArray(data)
        || (data.optionalRate !== undefined && (typeof data.optionalRate !== 'number' || !(data.optionalRate >= 0 && data.optionalRate <= 1)))
        || (data.seed !== undefined && typeof data.seed !== 'string' && typeof data.seed !== 'number'))) {
        throw new SpecError('bad-config', '`mockData` must be { optionalRate?: number from 0 to 1, seed?: string | number }', { file: shown, pointer: `/specs/${i}/mockData` });
      }
      return {
        ...(data ? { mockData: { ...(data.optionalRate !== undefined ? { optionalRate: data.optionalRate as number } : {}), ...(data.seed !== undefined ? { seed: data.seed as string | number } : {}) } } : {}),
        spec: displayPathOf(path.resolve(dir, t.spec)),
        out: displayPathOf(path.resolve(dir, t.out)),
        ...(typeof t.packageName === 'string' ? { packageName: t.packageName } : {}),
      };
    }),
  };
}

/**
 * A TypeScript config, through tsx: the only TypeScript loader specgen uses at run time, imported
 * only when there is such a config. An ES module config (`.mts`, or `.ts` in a `"type": "module"`
 * package) is imported with tsx's hooks registered for that one import, so that what it imports
 * from specgen (`specgen/config`, or `specgen`) is the instance this process already runs (tsx's
 * isolated `tsImport` would load those modules a second time: ~0.7 s and ~100 MB with `specgen`).
 * Any other config is CommonJS to Node and goes through `tsImport`, wherever it sits.
 */
async function importTypeScript(file: string): Promise<unknown> {
  const tsx = await import('tsx/esm/api');
  const url = pathToFileURL(file).href;
  if (await isEsmScope(file)) {
    const unregister = tsx.register();
    try {
      // A new URL per load: a long-running caller of generate() sees the config's edits.
      return ((await import(`${url}?specgen-config=${Date.now()}`)) as { default?: unknown }).default;
    } finally {
      await unregister();
    }
  }
  const mod = (await tsx.tsImport(url, import.meta.url)) as { default?: { default?: unknown; specs?: unknown } };
  // Outside an ESM package tsx compiles it to CommonJS: the config is then `default.default`.
  return mod.default && 'default' in mod.default ? mod.default.default : mod.default;
}

/** Whether Node treats `file` as an ES module: `.mts`, or `.ts` whose nearest package.json says `"type": "module"`. */
async function isEsmScope(file: string): Promise<boolean> {
  if (file.endsWith('.mts')) return true;
  if (file.endsWith('.cts')) return false;
  const { readFile } = await import('node:fs/promises');
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const text = await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => undefined);
    if (text !== undefined) {
      try {
        return (JSON.parse(text) as { type?: unknown }).type === 'module';
      } catch {
        return false;
      }
    }
    if (path.dirname(dir) === dir || path.basename(dir) === 'node_modules') return false;
  }
}

/** `defineConfig` for typed `specgen.config.ts` files. */
export function defineConfig(config: SpecgenConfig): SpecgenConfig {
  return config;
}
