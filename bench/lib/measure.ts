import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface Run {
  wallMs: number;
  /** Peak resident set size of the process, in MiB. */
  peakMiB: number;
}

export interface Measured extends Run {
  runs: Run[];
  /** What the last run printed (each stream capped at 1 MiB). */
  stdout: string;
  stderr: string;
}

export interface MeasureOptions {
  cwd?: string;
  /** One unmeasured run first (default true). */
  warmup?: boolean;
  /** Kill the process group after this long (default: no limit). */
  timeoutMs?: number;
  /** The child's environment (default: {@link childEnv}()). */
  env?: NodeJS.ProcessEnv;
  /** Runs before every run, warm-up included: e.g. empty the output directory so each run is a full generation. */
  before?: () => Promise<void>;
  /**
   * Once a run takes longer than this, stop there: a warm-up that slow becomes the one measured run
   * (repeating a multi-minute run says little more, and keeps a 2-core machine busy for long).
   */
  slowMs?: number;
}

/** A benchmarked command that failed: `message` is the line that says why (first error line, timeout, out of memory). */
export class CommandError extends Error {
  constructor(message: string, readonly cmd: string[], readonly code: number | null) {
    super(message);
  }
}

/**
 * Run a command `times` times (after one warm-up, unless `warmup: false`) and report the median wall
 * time and the largest peak RSS, read by GNU time (`/usr/bin/time -f %M`). Each run is a fresh
 * process. Throws a {@link CommandError} on the first failing run.
 */
export async function measureCommand(cmd: string[], times = 3, options: string | MeasureOptions = {}): Promise<Measured> {
  const opts = typeof options === 'string' ? { cwd: options } : options;
  const runs: Run[] = [];
  let last = { stdout: '', stderr: '' };
  const warmup = opts.warmup ?? true;
  for (let i = warmup ? 0 : 1; i <= times; i++) {
    await opts.before?.();
    const run = await once(cmd, opts);
    last = run;
    const slow = opts.slowMs !== undefined && run.wallMs > opts.slowMs;
    if (i > 0 || slow) runs.push({ wallMs: run.wallMs, peakMiB: run.peakMiB });
    if (slow) break;
  }
  const walls = runs.map((r) => r.wallMs).sort((a, b) => a - b);
  return { wallMs: median(walls), peakMiB: Math.max(...runs.map((r) => r.peakMiB)), runs, stdout: last.stdout, stderr: last.stderr };
}

/** {@link measureCommand}, but a failure is returned as `{ error }` (its first line) instead of thrown. */
export async function tryMeasure(cmd: string[], times = 3, options: MeasureOptions = {}): Promise<Measured | { error: string }> {
  try {
    return await measureCommand(cmd, times, options);
  } catch (e) {
    if (e instanceof CommandError) return { error: e.message };
    throw e;
  }
}

export function median(sorted: number[]): number {
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The environment benchmarked children get: no inherited NODE_OPTIONS or npm_* variables, no colours. */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (k !== 'NODE_OPTIONS' && !/^npm_/i.test(k)) env[k] = v;
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

const CAP = 1024 * 1024;
const OOM = /heap out of memory|Allocation failed|Reached heap limit/i;

/** What a bounded child process did: exit, output (capped per stream) and whether it was killed on timeout. */
export interface BoundedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
}

/**
 * `file args...` as a child in its own process group when `timeoutMs` is set (killed whole when it
 * runs over), stdout and stderr kept up to `cap` characters each. The one spawner of the benches.
 */
export function runBounded(file: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; cap?: number }): Promise<BoundedRun> {
  const cap = opts.cap ?? CAP;
  const start = performance.now();
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const child = spawn(file, args, {
      cwd: opts.cwd ?? process.cwd(),
      env: opts.env ?? childEnv(),
      detached: opts.timeoutMs !== undefined, // its own process group, killed whole on timeout
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d: Buffer) => void (stdout.length < cap && (stdout += d.toString())));
    child.stderr.on('data', (d: Buffer) => void (stderr.length < cap && (stderr += d.toString())));
    const timer = opts.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, opts.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut, ms: performance.now() - start });
    });
  });
}

async function once(cmd: string[], opts: MeasureOptions): Promise<Run & { stdout: string; stderr: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'specgen-bench-'));
  const rssFile = path.join(dir, 'rss');
  const { code, signal, stdout, stderr, timedOut, ms: wallMs } = await runBounded('/usr/bin/time', ['-f', '%M', '-o', rssFile, ...cmd], {
    ...(opts.cwd ? { cwd: opts.cwd } : {}), ...(opts.env ? { env: opts.env } : {}), ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
  });
  const rssText = await readFile(rssFile, 'utf8').catch(() => '');
  await rm(dir, { recursive: true, force: true });
  if (timedOut) throw new CommandError(`timeout: killed after ${Math.round(opts.timeoutMs! / 1000)} s`, cmd, code);
  // GNU time writes "Command exited with non-zero status N" before %M when the command fails.
  if (code !== 0) {
    const why = OOM.test(stderr) ? `out of memory: ${firstErrorLine(stderr.split('\n').filter((l) => OOM.test(l)).join('\n'))}`
      : firstErrorLine(stderr) || firstErrorLine(stdout) || `exit ${code ?? signal}`;
    throw new CommandError(why, cmd, code);
  }
  const kib = Number(rssText.trim().split('\n').pop());
  return { wallMs, peakMiB: kib / 1024, stdout, stderr };
}

/** The line that says what went wrong: the first line mentioning an error, else the first non-blank one (ANSI colours dropped). */
export function firstErrorLine(text: string): string {
  const lines = text.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim()).filter((l) => l && !/^Command (exited|terminated)/.test(l));
  return (lines.find((l) => /\berror\b/i.test(l)) ?? lines[0] ?? '').slice(0, 200);
}

export function table(rows: Record<string, string | number>[]): string {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: string | number) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : v.replace(/\|/g, '\\|').replace(/\n/g, ' '));
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c] ?? '').length)));
  const line = (vals: string[]) => `| ${vals.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => cell(r[c] ?? ''))))].join('\n');
}

/** `1.23x`, or '' when either side is missing. */
export function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? '' : `${(a / b).toFixed(2)}x`;
}

/** Least-squares fit y = a + b·x, with R². */
export function linearFit(xs: number[], ys: number[]): { intercept: number; slope: number; r2: number } {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = my - slope * mx;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { intercept, slope, r2 };
}
