/**
 * How the bench invokes each generator: one fresh `node` process per run, run in a scratch
 * directory (so no tool finds a config file of this repository), output into that directory.
 *
 * - specgen: `node <specgen bin> generate --spec SPEC --out DIR/specgen` — the full package (types,
 *   client, validators, mocks); <bin> per ./specgen.ts.
 * - openapi-typescript: `node node_modules/openapi-typescript/bin/cli.js SPEC -o DIR/ots.ts` (types only).
 * - @hey-api/openapi-ts: `node node_modules/@hey-api/openapi-ts/bin/run.js -i SPEC -o DIR/hey-api
 *   --no-log-file --silent` — default plugins (@hey-api/typescript + @hey-api/sdk + @hey-api/client-fetch);
 *   its defaults run no formatter or linter (output.format/lint null); a local file input fetches nothing.
 * - orval: `node node_modules/orval/dist/bin/orval.js --input SPEC --output DIR/orval/api.ts` — default
 *   client (axios), default mode (single), no --prettier / --biome.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { specgenCommand, ROOT } from './specgen.ts';

export const OTS_CLI = path.join(ROOT, 'node_modules/openapi-typescript/bin/cli.js');
export const HEY_API_CLI = path.join(ROOT, 'node_modules/@hey-api/openapi-ts/bin/run.js');
export const ORVAL_CLI = path.join(ROOT, 'node_modules/orval/dist/bin/orval.js');

export const TOOLS = ['specgen', 'openapi-typescript', 'hey-api', 'orval'] as const;
export type ToolName = (typeof TOOLS)[number];

export interface ToolRun {
  cmd: string[];
  /** What the tool wrote (a file or a directory), measured after the last run. */
  output: string;
  /** Empty the output before every run, so each run is a full generation from nothing. */
  before: () => Promise<void>;
}

export function toolRun(tool: ToolName, spec: string, dir: string): ToolRun {
  const at = (name: string) => path.join(dir, name);
  const clean = (p: string) => () => rm(p, { recursive: true, force: true });
  switch (tool) {
    case 'specgen':
      return { cmd: specgenCommand(['generate', '--spec', spec, '--out', at('specgen')]), output: at('specgen'), before: clean(at('specgen')) };
    case 'openapi-typescript':
      return { cmd: [process.execPath, OTS_CLI, spec, '-o', at('ots.ts')], output: at('ots.ts'), before: clean(at('ots.ts')) };
    case 'hey-api':
      return { cmd: [process.execPath, HEY_API_CLI, '-i', spec, '-o', at('hey-api'), '--no-log-file', '--silent'], output: at('hey-api'), before: clean(at('hey-api')) };
    case 'orval':
      return { cmd: [process.execPath, ORVAL_CLI, '--input', spec, '--output', at('orval/api.ts')], output: at('orval'), before: clean(at('orval')) };
  }
}

/** The command line as a reader would type it (paths relative to the repository). */
export function showCommand(cmd: string[]): string {
  return cmd.map((a) => (a === process.execPath ? 'node' : a.startsWith(ROOT) ? path.relative(ROOT, a) || '.' : a)).join(' ');
}

/** A failure's first line for a table cell: repository paths made relative, scratch paths shown as $OUT, at most 160 characters. */
export function shortError(message: string, scratch?: string): string {
  let m = message.replaceAll(`${ROOT}/`, '');
  if (scratch) m = m.replaceAll(scratch, '$OUT');
  return m.length > 160 ? `${m.slice(0, 157)}...` : m;
}

/** Median wall ms, marked when fewer runs than asked were measured (a run over the slow limit stops the repetitions). */
export function wallCell(run: { wallMs: number; runs: unknown[] }, times: number): number | string {
  const ms = Math.round(run.wallMs);
  return run.runs.length < times ? `${ms} (${run.runs.length} run: slow)` : ms;
}

/** The per-run limits of a section's options, as MeasureOptions fields. */
export function limits(options: { timeoutMs?: number; slowMs?: number }): { timeoutMs?: number; slowMs?: number } {
  return { ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}), ...(options.slowMs ? { slowMs: options.slowMs } : {}) };
}
