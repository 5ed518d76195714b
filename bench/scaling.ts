/**
 * Scaling: specgen's full generation on slices of one family — GitHub's description cut to 20, 40,
 * 60, 80 and 100 % of its paths (bench/lib/slices.ts: deterministic order, components pruned to what
 * the kept paths reach) — and how wall time and peak RSS grow with the operation count: the
 * least-squares line's R², and ms/op at the largest slice over ms/op at the smallest (1.0 = linear).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { linearFit, table, tryMeasure } from './lib/measure.ts';
import { danglingRefs, sliceOrder, sliceSpec, type OpenApiDoc } from './lib/slices.ts';
import { specgenBin } from './lib/specgen.ts';
import { GITHUB_SPEC, outputSize, packedSize } from './lib/specs.ts';
import { limits, shortError, toolRun, wallCell } from './lib/tools.ts';

const sign = (x: number) => (x < 0 ? '-' : '+');

export const DEFAULT_FRACTIONS = [0.2, 0.4, 0.6, 0.8, 1];

export async function benchScaling(options: { times?: number; timeoutMs?: number; slowMs?: number; fractions?: number[] } = {}): Promise<string> {
  const times = options.times ?? 3;
  const fractions = options.fractions ?? DEFAULT_FRACTIONS;
  const doc = JSON.parse(readFileSync(GITHUB_SPEC, 'utf8')) as OpenApiDoc;
  const order = sliceOrder(doc);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'specgen-bench-scaling-'));
  const rows: Record<string, string | number>[] = [];
  const points: { ops: number; wallMs: number; peakMiB: number }[] = [];
  try {
    for (const [i, f] of fractions.entries()) {
      const slice = sliceSpec(doc, f, order);
      const dangling = danglingRefs(slice.doc);
      if (dangling.length) throw new Error(`slice ${f}: ${dangling.length} dangling $ref(s), e.g. ${dangling[0]}`);
      const pct = `${Math.round(f * 100)} %`;
      const file = path.join(dir, `github-${Math.round(f * 100)}.json`);
      const text = JSON.stringify(slice.doc, null, 2);
      await writeFile(file, text);
      const t = toolRun('specgen', file, path.join(dir, 'out'));
      console.error(`bench scaling: ${pct} (${slice.operations} operations)`);
      // The first slice always gets a warm-up (a cold first process would bend the fit); the rest when times > 1.
      const run = await tryMeasure(t.cmd, times, { cwd: dir, warmup: times > 1 || i === 0, before: t.before, ...limits(options) });
      const base = { slice: pct, paths: slice.paths, ops: slice.operations, components: slice.components, 'spec bytes': Buffer.byteLength(text) };
      if ('error' in run) {
        rows.push({ ...base, 'wall ms': shortError(run.error, dir) });
      } else {
        points.push({ ops: slice.operations, wallMs: run.wallMs, peakMiB: run.peakMiB });
        const shipped = await packedSize(t.output).catch(async () => outputSize(t.output));
        rows.push({
          ...base,
          'wall ms': wallCell(run, times),
          'peak MiB': Math.round(run.peakMiB),
          'ms / op': (run.wallMs / slice.operations).toFixed(1),
          'output bytes': shipped.bytes,
          'output bytes / op': Math.round(shipped.bytes / slice.operations),
        });
      }
      await t.before();
      await rm(file, { force: true });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  let summary = 'Too few slices succeeded for a fit.';
  if (points.length >= 2) {
    const wall = linearFit(points.map((p) => p.ops), points.map((p) => p.wallMs));
    const rss = linearFit(points.map((p) => p.ops), points.map((p) => p.peakMiB));
    const first = points[0]!;
    const last = points.at(-1)!;
    summary = table([
      { measure: 'wall ms', 'fit: a + b x ops': `${Math.round(wall.intercept)} ms ${sign(wall.slope)} ${Math.abs(wall.slope).toFixed(2)} ms/op`, 'R²': wall.r2.toFixed(4), [`per op, largest / smallest slice`]: `${((last.wallMs / last.ops) / (first.wallMs / first.ops)).toFixed(2)}x` },
      { measure: 'peak MiB', 'fit: a + b x ops': `${Math.round(rss.intercept)} MiB ${sign(rss.slope)} ${Math.abs(rss.slope * 1000).toFixed(1)} MiB per 1000 ops`, 'R²': rss.r2.toFixed(4), [`per op, largest / smallest slice`]: `${((last.peakMiB / last.ops) / (first.peakMiB / first.ops)).toFixed(2)}x` },
    ]);
  }
  return `## scaling: specgen full generation on slices of GitHub's description (median of ${times} after a warm-up${times > 1 ? '' : ' of the first slice'})\n\n${table(rows)}\n\n${summary}\n\n` +
    'Slices: the first N % of the paths in sha256 order (nested), components pruned to what they reach through $ref, x-webhooks dropped ' +
    '(so 100 % is the description\'s paths alone: smaller than the full file the generate section uses). ' +
    'Linear scaling: R² near 1 and a per-op ratio near 1.0 (a fixed start-up cost makes the small slices dearer per op, so a ratio below 1 is expected). ' +
    `Output bytes: what the package ships (npm pack).\n\n${specgenBin().note}`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchScaling({ times: Number(process.env.BENCH_TIMES ?? 3) }));
