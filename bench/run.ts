/**
 * `npm run bench`: every benchmark, peers measured in the same run, ratios printed (bench/README.md).
 *
 *   npm run bench -- [section...] [--quick | --times N] [--specs graph,github,...] [--fractions 20,40,60,80,100]
 *                    [--timeout SECONDS] [--slow SECONDS] [--check]
 *
 * Sections: start-up, generate, scaling, noop, watch, client, validators, mocks (default: all).
 * --quick (or BENCH_TIMES=1): one measured run per command, no warm-up (start-up: 3 after a warm-up).
 * --specs: the generate / noop sections' specs by key (graph, github, autotask, largest).
 * --timeout (or BENCH_TIMEOUT, seconds; default 600): per-run limit of a generate / scaling / noop command.
 * --slow (or BENCH_SLOW, seconds; default 120): a run slower than this is not repeated (a slow warm-up is the measurement).
 * --check: the bench's self-checks only (slicing, fits, inputs present); measures nothing.
 * BENCH_SPECGEN=path: measure another specgen bin (default: dist/bin/specgen.js, else the dev entry).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchClient } from './client.ts';
import { benchGenerate, benchWatch } from './generate.ts';
import { linearFit, median } from './lib/measure.ts';
import { checkSlices } from './lib/slices.ts';
import { ensureBuilt, specgenBin } from './lib/specgen.ts';
import { AUTOTASK_SPEC, GITHUB_SPEC, GRAPH_SPEC, largestOfSample, SMALL_SPEC } from './lib/specs.ts';
import { HEY_API_CLI, ORVAL_CLI, OTS_CLI } from './lib/tools.ts';
import { benchMocks } from './mocks.ts';
import { benchNoop } from './noop.ts';
import { benchScaling, DEFAULT_FRACTIONS } from './scaling.ts';
import { benchStartup } from './startup.ts';
import { benchValidators, formatRows } from './validators.ts';

const SECTIONS = ['start-up', 'generate', 'scaling', 'noop', 'watch', 'client', 'validators', 'mocks'];
const USES_SPECGEN = new Set(['start-up', 'generate', 'scaling', 'noop', 'watch']);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    quick: { type: 'boolean', default: false },
    times: { type: 'string' },
    specs: { type: 'string' },
    fractions: { type: 'string' },
    timeout: { type: 'string' },
    slow: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
});

if (values.check) {
  let passed = checkSlices();
  const expect = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`bench self-check failed: ${what}`);
    passed++;
  };
  const fit = linearFit([1, 2, 3, 4], [12, 14, 16, 18]);
  expect(Math.abs(fit.slope - 2) < 1e-9 && Math.abs(fit.intercept - 10) < 1e-9 && Math.abs(fit.r2 - 1) < 1e-9, 'linearFit on a line');
  expect(median([1, 2, 9]) === 2 && median([1, 3]) === 2, 'median');
  for (const file of [SMALL_SPEC, GRAPH_SPEC, GITHUB_SPEC, AUTOTASK_SPEC, largestOfSample().file, OTS_CLI, HEY_API_CLI, ORVAL_CLI, specgenBin().bin]) {
    expect(existsSync(file), `${file} exists`);
  }
  console.log(`bench self-check: ${passed} passed, 0 failed`);
  process.exit(0);
}

const only = positionals.map((p) => (p === 'startup' ? 'start-up' : p));
const unknown = only.filter((s) => !SECTIONS.includes(s));
if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
const want = (name: string) => only.length === 0 || only.includes(name);

const times = Math.max(1, Number(values.times ?? process.env.BENCH_TIMES ?? (values.quick ? 1 : 3)));
const timeoutMs = Number(values.timeout ?? process.env.BENCH_TIMEOUT ?? 600) * 1000;
const slowMs = Number(values.slow ?? process.env.BENCH_SLOW ?? 120) * 1000;
const specs = values.specs ? values.specs.split(',').map((s) => s.trim()).filter(Boolean) : [];
const fractions = values.fractions ? values.fractions.split(',').map((f) => Number(f) / 100) : DEFAULT_FRACTIONS;

if (SECTIONS.some((s) => USES_SPECGEN.has(s) && want(s))) {
  const built = ensureBuilt();
  if (built) console.error(built);
  console.error(`bench: ${specgenBin().note}`);
}

const sections: string[] = [];
const section = async (name: string, run: () => Promise<string>) => {
  if (!want(name)) return;
  const text = await run();
  console.log(`${text}\n`);
  sections.push(text);
};

await section('start-up', () => benchStartup(times === 1 ? 3 : 10));
await section('generate', () => benchGenerate({ times, timeoutMs, slowMs, specs }));
await section('scaling', () => benchScaling({ times, timeoutMs, slowMs, fractions }));
const noopSpecs = specs.filter((s) => s === 'graph' || s === 'github');
await section('noop', async () => (specs.length && !noopSpecs.length ? '## noop: skipped (--specs names neither graph nor github)' : benchNoop({ times, timeoutMs, slowMs, specs: noopSpecs })));
await section('watch', () => benchWatch());
await section('client', () => benchClient());
await section('validators', async () => `## validators vs ajv vs zod 4 (ops/s, same run)\n\n${formatRows(await benchValidators())}`);
await section('mocks', () => benchMocks());
