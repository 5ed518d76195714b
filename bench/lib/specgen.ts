/**
 * Which specgen the bench runs — the one place that decides. Every specgen command of the bench is
 * `node <bin> ...` in a fresh process, with <bin>:
 *
 *  1. $BENCH_SPECGEN, when set (another build, e.g. a snapshot of a commit);
 *  2. dist/bin/specgen.js, the compiled tool as users get it (`npm run build`);
 *  3. else generator/bin/specgen.mjs, the dev entry (tsx compiles the TypeScript at start-up), with a
 *     note in every section that measured it.
 *
 * {@link ensureBuilt} runs `npm run build` first when package.json has a `build` script and dist/ is
 * missing or older than the sources (generator/, templates/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST_BIN = path.join(ROOT, 'dist/bin/specgen.js');
export const DEV_BIN = path.join(ROOT, 'generator/bin/specgen.mjs');
const SOURCES = ['generator', 'templates'].map((d) => path.join(ROOT, d));

let buildNote: string | undefined;

export interface SpecgenBin {
  bin: string;
  /** True when this is not the compiled tool. */
  dev: boolean;
  /** One line for the report: which entry was measured (and why, when it is not dist/). */
  note: string;
}

export function specgenBin(): SpecgenBin {
  const rel = (p: string) => path.relative(ROOT, p) || p;
  const override = process.env.BENCH_SPECGEN;
  if (override) {
    const bin = path.resolve(ROOT, override);
    return { bin, dev: false, note: `specgen: \`${rel(bin)}\` (from $BENCH_SPECGEN).` };
  }
  if (existsSync(DIST_BIN) && !buildNote) return { bin: DIST_BIN, dev: false, note: `specgen: \`${rel(DIST_BIN)}\` (the compiled tool).` };
  const why = buildNote ?? (existsSync(DIST_BIN) ? '' : `${rel(DIST_BIN)} does not exist${hasBuildScript() ? '' : ' (package.json has no `build` script yet)'}`);
  return { bin: DEV_BIN, dev: true, note: `**note:** ${why}: measured the dev entry \`${rel(DEV_BIN)}\` instead (tsx compiles TypeScript at start-up, so start-up and wall times include that).` };
}

/** `node <specgen bin> ...args`. */
export function specgenCommand(args: string[]): string[] {
  return [process.execPath, specgenBin().bin, ...args];
}

function hasBuildScript(): boolean {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return typeof pkg.scripts?.build === 'string';
}

/** Newest modification time (ms) of any file under `dirs`; -1 when there is none. */
export function newestMtime(dirs: string[]): number {
  let newest = -1;
  const walk = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      if (path.basename(p) === 'node_modules') return;
      for (const e of readdirSync(p)) walk(path.join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  dirs.forEach(walk);
  return newest;
}

/**
 * Build dist/ when there is a `build` script and dist/ is missing or older than the sources. The build's
 * output goes to stderr, so the tables on stdout stay clean. Returns a line to print, or undefined
 * when nothing was done.
 */
export function ensureBuilt(): string | undefined {
  if (process.env.BENCH_SPECGEN || !hasBuildScript()) return undefined;
  const dist = newestMtime([path.join(ROOT, 'dist')]);
  const sources = newestMtime(SOURCES);
  if (existsSync(DIST_BIN) && dist >= sources) return undefined;
  const why = existsSync(DIST_BIN) ? 'dist/ is older than generator/ or templates/' : 'dist/bin/specgen.js is missing';
  console.error(`bench: ${why}: npm run build`);
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0 || !existsSync(DIST_BIN)) {
    buildNote = `\`npm run build\` failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`}) and ${why}`;
    return `bench: ${buildNote}; the dev entry is measured instead`;
  }
  return `bench: built dist/ (${why})`;
}
