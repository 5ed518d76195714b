/**
 * Start-up: whole-process wall time of small commands, where loading the tool is most of the cost —
 * `specgen --help`, `specgen generate` on the petstore fixture, and openapi-typescript's CLI on the
 * same spec. Median of `times` fresh processes after a warm-up. Target: specgen / openapi-typescript <= 1.0.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ratio, table, tryMeasure, type Measured } from './lib/measure.ts';
import { SMALL_SPEC } from './lib/specs.ts';
import { specgenBin, specgenCommand, ROOT } from './lib/specgen.ts';
import { OTS_CLI, showCommand } from './lib/tools.ts';

export async function benchStartup(times = 10): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'specgen-bench-startup-'));
  const spec = SMALL_SPEC;
  const cases: { name: string; cmd: string[]; before?: () => Promise<void>; target?: boolean }[] = [
    { name: 'node -e 0 (baseline)', cmd: [process.execPath, '-e', '0'] },
    { name: 'openapi-typescript (types)', cmd: [process.execPath, OTS_CLI, spec, '-o', path.join(dir, 'ots.ts')] },
    { name: 'specgen --help', cmd: specgenCommand(['--help']), target: true },
    {
      name: 'specgen generate (full package)',
      cmd: specgenCommand(['generate', '--spec', spec, '--out', path.join(dir, 'specgen')]),
      before: () => rm(path.join(dir, 'specgen'), { recursive: true, force: true }),
      target: true,
    },
  ];
  const results: (Measured | { error: string })[] = [];
  for (const c of cases) results.push(await tryMeasure(c.cmd, times, { cwd: dir, ...(c.before ? { before: c.before } : {}) }));
  const ots = results[1] && 'wallMs' in results[1] ? results[1].wallMs : undefined;
  const rows = cases.map((c, i): Record<string, string | number> => {
    const r = results[i]!;
    if ('error' in r) return { command: c.name, 'median ms': r.error };
    const vs = ratio(r.wallMs, ots);
    return {
      command: c.name,
      'median ms': Math.round(r.wallMs),
      'min ms': Math.round(Math.min(...r.runs.map((x) => x.wallMs))),
      'peak MiB': Math.round(r.peakMiB),
      'vs openapi-typescript': vs,
      target: c.target ? '<= 1.00x' : '',
      met: c.target && ots !== undefined ? (r.wallMs <= ots ? 'yes' : 'no') : '',
    };
  });
  await rm(dir, { recursive: true, force: true });
  return `## start-up: whole process on a small spec (median of ${times} after a warm-up)\n\n${table(rows)}\n\n` +
    `Spec: \`${path.relative(ROOT, spec)}\`. Commands: ${cases.slice(1).map((c) => `\`${showCommand(c.cmd).replaceAll(dir, '$TMP')}\``).join(', ')}.\n${specgenBin().note}`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchStartup(Number(process.env.BENCH_TIMES ?? 10)));
