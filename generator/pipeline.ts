import path from 'node:path';
import type { EmittedFile } from './emit/types.ts';
import type { Diagnostic } from './load/errors.ts';
import type { ApiModel } from './model/types.ts';
import type { StaleFile } from './write/check.ts';
import { recoverOutDir } from './write/commit.ts';
import type { PlannedFile } from './write/plan.ts';
import { RUNS_BUILT, unchangedOutput } from './write/unchanged.ts';

/**
 * The pipeline's entry points. This module loads only what a run that finds nothing changed needs;
 * loading, modelling, emitting and writing (./generate-full.ts, with ts-morph, TypeScript,
 * openapi-typescript and esbuild) are imported when there is work to do.
 */
const full = () => import('./generate-full.ts');

export interface GenerateTarget {
  /** Root file of the spec (YAML or JSON). */
  spec: string;
  /** Output directory: the generated package. */
  out: string;
  /** npm name of the generated package (default: from the spec's title). */
  packageName?: string;
  /** How the mock's sample bodies are built (docs/mock.md, "Data"). */
  mockData?: MockDataOptions;
}

/** Sample data of the mock: `optionalRate` of optional properties present (default 1: all), drawn by `seed`. */
export interface MockDataOptions {
  optionalRate?: number;
  seed?: string | number;
}

export interface GenerateResult {
  target: GenerateTarget;
  /** Every generated file with what happened to it. */
  files: Pick<PlannedFile, 'path' | 'status'>[];
  removed: string[];
  /** With `check`: what differs from disk (nothing is written). */
  stale: StaleFile[];
  warnings: Diagnostic[];
  /** Milliseconds per phase and step. */
  timings: Record<string, number>;
  /** The spec files read (for watch mode). */
  specFiles: string[];
  /** The model, when the spec was loaded (not on a run that found nothing changed). */
  model?: ApiModel;
  /** Nothing changed since the last run: no spec was loaded and nothing was generated or written. */
  upToDate?: boolean;
}

/** load -> model -> emit, in memory: the files a target would write. */
export async function renderTarget(target: GenerateTarget): Promise<{ files: EmittedFile[]; model: ApiModel }> {
  return (await full()).renderTarget(target);
}

/**
 * The TypeScript sources the emitters write (`src/...`), in memory: the stage before compilation.
 * The package ships their compiled form only; tests type-check these under strict.
 */
export async function renderSources(target: GenerateTarget): Promise<EmittedFile[]> {
  return (await full()).renderSources(target);
}

/** The step timer of one run: milliseconds per named step, `onStep` told as each starts. */
export type StepTimer = <T>(step: string, work: () => T) => T;

/** load -> model -> emit -> write, timed per phase. */
export async function generateTarget(target: GenerateTarget, opts: {
  check?: boolean;
  onStep?: (step: string) => void;
  /**
   * Skip all work when nothing changed since the last run (write/unchanged.ts). Default: on when
   * specgen runs as built, off when it runs from its sources.
   */
  skipUnchanged?: boolean;
  /** Also write the TypeScript sources the package is compiled from into this new or empty directory (a full run). */
  writeSources?: string;
} = {}): Promise<GenerateResult> {
  const timings: Record<string, number> = {};
  const time: StepTimer = <T>(step: string, work: () => T): T => {
    opts.onStep?.(`${target.out}: ${step}`);
    const start = performance.now();
    const result = work();
    const done = () => (timings[step] = (timings[step] ?? 0) + performance.now() - start);
    if (result instanceof Promise) return result.finally(done) as T;
    done();
    return result;
  };
  const outDir = path.resolve(target.out);
  const warnings: Diagnostic[] = [];
  // A run that died mid-swap is put right first, so what is read below is the restored tree.
  if (!opts.check) warnings.push(...(await time('recover', () => recoverOutDir(outDir))));
  const options = { packageName: target.packageName, mockData: target.mockData };
  if ((opts.skipUnchanged ?? RUNS_BUILT) && !opts.writeSources) {
    const manifest = await time('unchanged', () => unchangedOutput(outDir, target.spec, options));
    if (manifest) {
      return {
        target, files: Object.keys(manifest.files).map((p) => ({ path: p, status: 'unchanged' as const })), removed: [], stale: [], warnings, timings,
        specFiles: manifest.inputs!.files.map((f) => path.resolve(outDir, f)), upToDate: true,
      };
    }
  }
  return (await full()).generateInFull(target, { check: opts.check ?? false, ...(opts.writeSources ? { writeSources: opts.writeSources } : {}) },
    time, timings, warnings, options);
}
