import path from 'node:path';
import { findConfig, loadConfig } from './config.ts';
import { SpecError } from './load/errors.ts';
import { generateTarget, type GenerateResult, type GenerateTarget } from './pipeline.ts';

export interface GenerateOptions {
  /** A spec file; with `out`, generates just that one. */
  spec?: string;
  /** Output directory for `spec`. */
  out?: string;
  /** npm name of the generated package. */
  packageName?: string;
  /** A config file listing several specs (default: specgen.config.{ts,mjs,json} in the working directory). */
  config?: string;
  /** Generate in memory and compare with disk; write nothing. */
  check?: boolean;
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
  const targets = await resolveTargets(options);
  const results: GenerateResult[] = [];
  for (const target of targets) {
    results.push(await generateTarget(target, { check: options.check ?? false, ...(options.onStep ? { onStep: options.onStep } : {}) }));
  }
  return { results, stale: results.some((r) => r.stale.length > 0) };
}

export async function resolveTargets(options: GenerateOptions): Promise<GenerateTarget[]> {
  if (options.spec) {
    return [{
      spec: options.spec,
      out: options.out ?? path.join('generated', path.basename(options.spec).replace(/\.(ya?ml|json)$/i, '')),
      ...(options.packageName ? { packageName: options.packageName } : {}),
    }];
  }
  const config = options.config ?? (await findConfig());
  if (!config) {
    throw new SpecError('usage', 'nothing to generate: pass --spec FILE or add a specgen.config.json', { file: process.cwd() });
  }
  const loaded = await loadConfig(config);
  return loaded.specs.map((t) => (options.out && loaded.specs.length === 1 ? { ...t, out: options.out } : t));
}
