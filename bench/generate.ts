/**
 * Full generation, specgen against its peers (issue 12's "Measure"): the same specs, the same run,
 * each run a fresh process (wall time, peak RSS), each run into an empty output directory. specgen
 * writes its whole package (types, client, validators, mocks); openapi-typescript types only;
 * @hey-api/openapi-ts types + sdk + fetch client; orval an axios client. How each is invoked:
 * bench/lib/tools.ts. A tool that fails on a spec gets its error's first line instead of numbers.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ratio, table, tryMeasure, type Measured } from './lib/measure.ts';
import { specgenBin, specgenCommand } from './lib/specgen.ts';
import { countOperations, generateSpecs, outputSize, packedSize, selectSpecs, specSize, type OutputSize } from './lib/specs.ts';
import { limits, shortError, showCommand, toolRun, TOOLS, wallCell, type ToolName } from './lib/tools.ts';

export interface BenchOptions {
  /** Measured runs per command (median); a warm-up run first when > 1. */
  times?: number;
  /** Per-run time limit, ms. */
  timeoutMs?: number;
  /** Spec keys to keep (all when empty). */
  specs?: string[];
  /** A run slower than this ends the repetitions of its command (see MeasureOptions.slowMs). */
  slowMs?: number;
}

interface ToolResult {
  tool: ToolName;
  run: Measured | { error: string };
  size?: OutputSize;
  /** specgen: what `npm pack` would ship. */
  shipped?: OutputSize | { error: string };
}

const MiB = 1024 * 1024;

export async function benchGenerate(options: BenchOptions = {}): Promise<string> {
  const times = options.times ?? 3;
  const rows: Record<string, string | number>[] = [];
  for (const spec of selectSpecs(generateSpecs(), options.specs ?? [])) {
    const ops = countOperations(spec.file);
    const specBytes = await specSize(spec.file);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'specgen-bench-gen-'));
    const results: ToolResult[] = [];
    for (const tool of TOOLS) {
      const t = toolRun(tool, spec.file, dir);
      console.error(`bench generate: ${spec.key} / ${tool}`);
      let run: ToolResult['run'];
      try {
        run = await tryMeasure(t.cmd, times, { cwd: dir, warmup: times > 1, before: t.before, ...limits(options) });
      } catch (e) {
        run = { error: `bench error: ${(e as Error).message.split('\n')[0]}` };
      }
      const result: ToolResult = { tool, run };
      if ('error' in run) run.error = shortError(run.error, dir);
      else {
        result.size = await outputSize(t.output);
        if (tool === 'specgen') result.shipped = await packedSize(t.output).catch((e: Error) => ({ error: e.message.split('\n')[0]! }));
      }
      results.push(result);
      await t.before(); // outputs can be large (specgen's package for GitHub: ~50 MB): free the disk now
    }
    await rm(dir, { recursive: true, force: true });

    const ots = results.find((r) => r.tool === 'openapi-typescript')!;
    const otsRun = 'wallMs' in ots.run ? ots.run : undefined;
    results.forEach((r, i) => {
      const row: Record<string, string | number> = {
        spec: i === 0 ? spec.name : '',
        ops: i === 0 ? ops : '',
        'spec MiB': i === 0 ? (specBytes / MiB).toFixed(2) : '',
        tool: r.tool === 'specgen' ? 'specgen (full)' : r.tool,
        'wall ms': '', 'peak MiB': '', 'output bytes': '', files: '', 'whole dir (bytes / files)': '',
        'wall vs ots': '', 'RSS vs ots': '', 'bytes vs ots': '', targets: '',
      };
      if ('error' in r.run) {
        row['wall ms'] = r.run.error;
        if (r.tool === 'specgen') row.targets = targets(spec.key, undefined, undefined, otsRun, ots.size?.bytes);
        rows.push(row);
        return;
      }
      const bytes = r.shipped && 'bytes' in r.shipped ? r.shipped : r.size!;
      Object.assign(row, {
        'wall ms': wallCell(r.run, times),
        'peak MiB': Math.round(r.run.peakMiB),
        'output bytes': r.shipped && 'error' in r.shipped ? `${r.shipped.error} (dir: ${r.size!.bytes})` : bytes.bytes,
        files: bytes.files,
        'whole dir (bytes / files)': r.shipped ? `${r.size!.bytes} / ${r.size!.files}` : '',
        'wall vs ots': ratio(r.run.wallMs, otsRun?.wallMs),
        'RSS vs ots': ratio(r.run.peakMiB, otsRun?.peakMiB),
        'bytes vs ots': ratio(bytes.bytes, ots.size?.bytes),
        targets: r.tool === 'specgen' ? targets(spec.key, r.run, bytes.bytes, otsRun, ots.size?.bytes) : '',
      });
      rows.push(row);
    });
  }
  const cmds = TOOLS.map((tool) => `- ${tool}: \`${showCommand(toolRun(tool, '$SPEC', '$OUT').cmd)}\``).join('\n');
  return `## generate: full generation, specgen vs openapi-typescript, @hey-api/openapi-ts, orval (median of ${times}${times > 1 ? ' after a warm-up' : ', no warm-up'}; peak = max over runs)\n\n${table(rows)}\n\n` +
    'Each run is a fresh process writing into an empty directory. specgen\'s output bytes / files are what its package ships ' +
    '(`npm pack --dry-run` of the generated package: its package.json `files`); "whole dir" is everything it wrote. ' +
    'The others: every file written. Ratios: this tool / openapi-typescript.\n\n' +
    `Commands (each run in a scratch directory):\n${cmds}\n\n${specgenBin().note}`;
}

/** The issue's targets for specgen's row, each met or missed (missed when specgen failed). */
function targets(key: string, run: Measured | undefined, bytes: number | undefined, ots: Measured | undefined, otsBytes: number | undefined): string {
  const mark = (ok: boolean | undefined, detail?: string) => (!run ? 'missed (failed)' : ok === undefined ? 'n/a' : `${ok ? 'met' : 'missed'}${detail ? ` (${detail})` : ''}`);
  if (key === 'github') {
    const wall = run && ots ? run.wallMs / ots.wallMs : undefined;
    const size = bytes !== undefined && otsBytes ? bytes / otsBytes : undefined;
    return [
      `wall <= 1.0x ots: ${mark(wall === undefined ? undefined : wall <= 1, wall?.toFixed(2) + 'x')}`,
      `peak < 1024 MiB: ${mark(run && run.peakMiB < 1024)}`,
      `bytes <= 2x ots: ${mark(size === undefined ? undefined : size <= 2, size?.toFixed(2) + 'x')}`,
    ].join('; ');
  }
  if (key === 'autotask' || key === 'largest') return `wall < 15 s: ${mark(run && run.wallMs < 15_000)}`;
  return '';
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchGenerate({ times: Number(process.env.BENCH_TIMES ?? 3) }));

/**
 * `generate --watch` latency: from writing a $ref-ed schema file of the embedded spec to the
 * watcher's report that the output was rewritten (median of `edits` edits). Target: under a second.
 */
export async function benchWatch(edits = 5): Promise<string> {
  const { cp, readFile, writeFile } = await import('node:fs/promises');
  const { spawn } = await import('node:child_process');
  const { ROOT } = await import('./lib/specgen.ts');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'specgen-bench-watch-'));
  await cp(path.join(ROOT, 'spec'), path.join(dir, 'spec'), { recursive: true });
  const [node, ...args] = specgenCommand(['generate', '--watch', '--spec', path.join(dir, 'spec/graph-connectors.yaml'), '--out', path.join(dir, 'out')]);
  const child = spawn(node!, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const waiters: (() => void)[] = [];
  child.stdout.on('data', (d: Buffer) => { out += d.toString(); waiters.forEach((w) => w()); });
  const waitFor = (re: RegExp, from: number) => new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`watch bench timed out:\n${out}`)), 60_000);
    const check = () => { if (re.test(out.slice(from))) { clearTimeout(timer); resolve(); } };
    waiters.push(check);
    check();
  });
  const latencies: number[] = [];
  try {
    await waitFor(/watching/, 0);
    const file = path.join(dir, 'spec/schemas/externalGroup.yaml');
    const original = await readFile(file, 'utf8');
    for (let i = 0; i < edits; i++) {
      const mark = out.length;
      const start = performance.now();
      await writeFile(file, original.replace('title: externalGroup', `title: externalGroup (edit ${i})`));
      await waitFor(/rewrote: /, mark);
      latencies.push(performance.now() - start);
    }
  } finally {
    child.kill('SIGTERM');
  }
  latencies.sort((a, b) => a - b);
  return `## generate --watch on the embedded spec\n\n${table([{ edits, 'median ms (edit -> files rewritten)': Math.round(latencies[Math.floor(edits / 2)]!), 'max ms': Math.round(latencies.at(-1)!), target: '< 1000 ms' }])}\n\n${specgenBin().note}`;
}
