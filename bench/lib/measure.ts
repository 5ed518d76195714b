import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface Run {
  wallMs: number;
  /** Peak resident set size of the process, in MiB. */
  peakMiB: number;
}

/**
 * Run a command `times` times (after one warm-up) and report the median wall time and the
 * largest peak RSS, read by GNU time (`/usr/bin/time -f %M`).
 */
export async function measureCommand(cmd: string[], times = 3, cwd = process.cwd()): Promise<Run & { runs: Run[] }> {
  const runs: Run[] = [];
  for (let i = 0; i <= times; i++) {
    const run = await once(cmd, cwd);
    if (i > 0) runs.push(run);
  }
  const walls = runs.map((r) => r.wallMs).sort((a, b) => a - b);
  return { wallMs: walls[Math.floor(walls.length / 2)]!, peakMiB: Math.max(...runs.map((r) => r.peakMiB)), runs };
}

async function once(cmd: string[], cwd: string): Promise<Run> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'specgen-bench-'));
  const rssFile = path.join(dir, 'rss');
  const start = performance.now();
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', rssFile, ...cmd], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (c) => resolve(c ?? 1));
  });
  const wallMs = performance.now() - start;
  if (code !== 0) throw new Error(`benchmark command failed (${code}): ${cmd.join(' ')}`);
  const kib = Number((await readFile(rssFile, 'utf8')).trim().split('\n').pop());
  await rm(dir, { recursive: true, force: true });
  return { wallMs, peakMiB: kib / 1024 };
}

export function table(rows: Record<string, string | number>[]): string {
  const cols = Object.keys(rows[0] ?? {});
  const cell = (v: string | number) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : v);
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c] ?? '').length)));
  const line = (vals: string[]) => `| ${vals.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => cell(r[c] ?? ''))))].join('\n');
}
