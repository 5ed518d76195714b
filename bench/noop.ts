/**
 * No-op regeneration: generate once into a scratch directory, then time (fresh processes) a second
 * `specgen generate` with nothing changed, and `specgen generate --check`. Targets: < 500 ms on the
 * embedded Graph spec, < 1000 ms on GitHub's description.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { table, tryMeasure, type Measured } from './lib/measure.ts';
import { specgenBin, specgenCommand } from './lib/specgen.ts';
import { GITHUB_SPEC, GRAPH_SPEC, selectSpecs, type BenchSpec } from './lib/specs.ts';
import { limits, shortError, showCommand, wallCell } from './lib/tools.ts';

const SPECS: (BenchSpec & { targetMs: number })[] = [
  { key: 'graph', name: 'graph-connectors (embedded)', file: GRAPH_SPEC, targetMs: 500 },
  { key: 'github', name: 'GitHub REST (@octokit/openapi)', file: GITHUB_SPEC, targetMs: 1000 },
];

/** The summary line specgen printed, without the output path. */
function said(run: Measured, out: string): string {
  const line = run.stdout.split('\n').find((l) => l.trim()) ?? '';
  return line.replaceAll(out, 'OUT').slice(0, 120);
}

export async function benchNoop(options: { times?: number; timeoutMs?: number; slowMs?: number; specs?: string[] } = {}): Promise<string> {
  const times = options.times ?? 3;
  const rows: Record<string, string | number>[] = [];
  for (const spec of selectSpecs(SPECS, options.specs ?? [])) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'specgen-bench-noop-'));
    const out = path.join(dir, 'out');
    const limit = limits(options);
    console.error(`bench noop: ${spec.key}`);
    const first = await tryMeasure(specgenCommand(['generate', '--spec', spec.file, '--out', out]), 1, { cwd: dir, warmup: false, ...limit });
    const row = (command: string, run: Measured | { error: string }, target?: number) => rows.push({
      spec: command === 'first generate (1 run)' ? spec.name : '',
      command,
      'median ms': 'error' in run ? shortError(run.error, dir) : wallCell(run, command.startsWith('first') ? 1 : times),
      'peak MiB': 'error' in run ? '' : Math.round(run.peakMiB),
      'specgen said': 'error' in run ? '' : said(run, out),
      target: target === undefined ? '' : `< ${target} ms`,
      met: target === undefined ? '' : 'error' in run ? 'missed (failed)' : run.wallMs < target ? 'met' : 'missed',
    });
    row('first generate (1 run)', first);
    if (!('error' in first)) {
      row('no-op generate', await tryMeasure(specgenCommand(['generate', '--spec', spec.file, '--out', out]), times, { cwd: dir, warmup: times > 1, ...limit }), spec.targetMs);
      row('generate --check', await tryMeasure(specgenCommand(['generate', '--check', '--spec', spec.file, '--out', out]), times, { cwd: dir, warmup: times > 1, ...limit }), spec.targetMs);
    }
    await rm(dir, { recursive: true, force: true });
  }
  return `## noop: regeneration with nothing changed (median of ${times}${times > 1 ? ' after a warm-up' : ', no warm-up'}; fresh processes)\n\n${table(rows)}\n\n` +
    `Commands: \`${showCommand(specgenCommand(['generate', '--spec', '$SPEC', '--out', '$OUT']))}\` once, then the same again, and with \`--check\` (exit 0 = up to date).\n${specgenBin().note}`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchNoop({ times: Number(process.env.BENCH_TIMES ?? 3) }));
