/**
 * Issue 3's benchmark: `specgen generate` against openapi-typescript's own CLI, same specs, same
 * run, each a fresh process (wall time and peak RSS), plus specgen's in-process phase timings.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateTarget } from '../generator/pipeline.ts';
import { measureCommand, table } from './lib/measure.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SPECS = [
  { name: 'graph-connectors (embedded)', spec: path.join(ROOT, 'spec/graph-connectors.yaml') },
  { name: 'GitHub REST (@octokit/openapi)', spec: path.join(ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.json') },
];

export async function benchGenerate(times = 3): Promise<string> {
  const rows: Record<string, string | number>[] = [];
  for (const { name, spec } of SPECS) {
    const out = await mkdtemp(path.join(os.tmpdir(), 'specgen-bench-out-'));
    const specgen = await measureCommand([process.execPath, path.join(ROOT, 'generator/bin/specgen.mjs'), 'generate', '--spec', spec, '--out', path.join(out, 'pkg')], times);
    const ots = await measureCommand([process.execPath, path.join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'), spec, '-o', path.join(out, 'ots.ts')], times);
    // In process, warm: what the types step itself costs (load + model + openapi-typescript + ts-morph).
    const phases = (await generateTarget({ spec, out: path.join(out, 'warm') }, { check: true })).timings;
    const typesStep = (phases.load ?? 0) + (phases.model ?? 0) + (phases['emit:types'] ?? 0);
    rows.push({
      spec: name,
      'specgen wall ms': Math.round(specgen.wallMs),
      'specgen peak MiB': Math.round(specgen.peakMiB),
      'openapi-typescript wall ms': Math.round(ots.wallMs),
      'openapi-typescript peak MiB': Math.round(ots.peakMiB),
      'wall ratio': specgen.wallMs / ots.wallMs,
      'types step ms (in-process)': Math.round(typesStep),
      'types step ratio': typesStep / ots.wallMs,
      'memory ratio': specgen.peakMiB / ots.peakMiB,
    });
  }
  return `## generate vs openapi-typescript (median of ${times} runs after a warm-up)\n\n${table(rows)}\n\n` +
    'types step = load + model + types emitter inside one warm process; target: <= 1.5x openapi-typescript alone on GitHub.';
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchGenerate());

/**
 * `generate --watch` latency: from writing a $ref-ed schema file of the embedded spec to the
 * watcher's report that the output was rewritten (median of `edits` edits). Target: under a second.
 */
export async function benchWatch(edits = 5): Promise<string> {
  const { cp, readFile, writeFile } = await import('node:fs/promises');
  const { spawn } = await import('node:child_process');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'specgen-bench-watch-'));
  await cp(path.join(ROOT, 'spec'), path.join(dir, 'spec'), { recursive: true });
  const child = spawn(process.execPath, [path.join(ROOT, 'generator/bin/specgen.mjs'), 'generate', '--watch', '--spec', path.join(dir, 'spec/graph-connectors.yaml'), '--out', path.join(dir, 'out')], { stdio: ['ignore', 'pipe', 'inherit'] });
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
  return `## generate --watch on the embedded spec\n\n${table([{ edits, 'median ms (edit -> files rewritten)': Math.round(latencies[Math.floor(edits / 2)]!), 'max ms': Math.round(latencies.at(-1)!), target: '< 1000 ms' }])}`;
}
