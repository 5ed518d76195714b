import path from 'node:path';
import { findConfig, loadConfig } from './config.ts';
import { SpecError } from './load/errors.ts';
import { withLoadOptions, type LoadOptions } from './load/policy.ts';
import { generateTarget, type GenerateResult, type GenerateTarget, type MockDataOptions } from './pipeline.ts';

export interface GenerateOptions {
  /** A spec file; with `out`, generates just that one. */
  spec?: string;
  /** Output directory for `spec`. */
  out?: string;
  /** npm name of the generated package. */
  packageName?: string;
  /** The mock's sample data for `spec`: rate of optional properties present (default 1) and seed (docs/mock.md). */
  mockData?: MockDataOptions;
  /** A config file listing several specs (default: specgen.config.{ts,mjs,json} in the working directory). */
  config?: string;
  /**
   * Directories besides each spec's own directory tree that its `$ref`s may read (relative to the
   * working directory). Added to the config file's `allowRefRoots`.
   */
  allowRefRoots?: string[];
  /** Generate in memory and compare with disk; write nothing. */
  check?: boolean;
  /** With one spec: also write the TypeScript sources the package is compiled from into this new or empty directory. */
  writeSources?: string;
  /** Called as each phase starts (the CLI's progress display). */
  onStep?: (step: string) => void;
}

export interface GenerateSummary {
  results: GenerateResult[];
  /** With `check`: true when any output differs from disk. */
  stale: boolean;
}

/** The programmatic API, mirroring `specgen generate`. Throws SpecError (with `.diagnostic`) on bad input. */
export async function generate(options: GenerateOptions = {}): Promise<GenerateSummary> {
  const { targets, load } = await resolveGeneration(options);
  if (options.writeSources && targets.length !== 1) {
    throw new SpecError('usage', `--write-sources needs exactly one spec to generate (the config lists ${targets.length})`, { file: '--write-sources' });
  }
  const results: GenerateResult[] = [];
  for (const target of targets) {
    results.push(await withLoadOptions(load, () =>
      generateTarget(target, {
        check: options.check ?? false,
        ...(options.onStep ? { onStep: options.onStep } : {}),
        ...(options.writeSources ? { writeSources: options.writeSources } : {}),
      })));
  }
  return { results, stale: results.some((r) => r.stale.length > 0) };
}

export async function resolveTargets(options: GenerateOptions): Promise<GenerateTarget[]> {
  return (await resolveGeneration(options)).targets;
}

/** The targets to generate and how their specs may be read (the options' and the config's `allowRefRoots`). */
export async function resolveGeneration(options: GenerateOptions): Promise<{ targets: GenerateTarget[]; load: LoadOptions }> {
  const fromOptions = (options.allowRefRoots ?? []).map((d) => path.resolve(d));
  if (options.spec) {
    return { load: { allowRefRoots: fromOptions }, targets: [{
      spec: options.spec,
      out: options.out ?? path.join('generated', path.basename(options.spec).replace(/\.(ya?ml|json)$/i, '')),
      ...(options.packageName ? { packageName: options.packageName } : {}),
      ...(options.mockData ? { mockData: options.mockData } : {}),
    }] };
  }
  const config = options.config ?? (await findConfig());
  if (!config) {
    throw new SpecError('usage', 'nothing to generate: pass --spec FILE or add a specgen.config.json', { file: process.cwd() });
  }
  const loaded = await loadConfig(config);
  return {
    targets: loaded.specs.map((t) => (options.out && loaded.specs.length === 1 ? { ...t, out: options.out } : t)),
    load: { allowRefRoots: [...fromOptions, ...(loaded.allowRefRoots ?? [])] },
  };
}
