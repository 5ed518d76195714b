/**
 * `npm run corpus`: every spec of a list through specgen and its peers, each output type-checked
 * (see check.ts for what is checked and how).
 *
 *   node --import tsx bench/corpus/run.ts [--list bench/corpus/sample.txt] [--only specgen|openapi-typescript|hey-api]
 *     [--jobs 2] [--limit N] [--filter substr] [--timeout 180] [--mem 4096] [--keep] [--resume | --redo-failed] [--out .tmp/corpus]
 *     [--specgen path/to/specgen.mjs]
 *
 * --timeout: seconds per child process (generation, each tsc run); --mem: --max-old-space-size
 * of each, MiB; --keep: keep passing outputs too (failures are kept under .tmp/corpus/work/);
 * --resume: keep the results already in <out>/results-<tool>.json, check only the specs missing there;
 * --redo-failed: the same, but check the failures again too;
 * --specgen: another specgen bin, e.g. a snapshot of a commit (`git archive HEAD generator
 * templates` unpacked under .tmp/ next to a {"type":"module"} package.json).
 *
 * Results: <out>/results-<tool>.json (rewritten after every spec, so a long run can be followed or
 * resumed with --resume). The last line printed is specgen's `N passed, M failed` (unsupported
 * counts as failed there, and is shown apart in the table).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkSpec, DEFAULTS, readList, ROOT, TOOLS, WORK_ROOT, type CheckResult, type Status, type Tool } from './check.ts';

const { values } = parseArgs({
  options: {
    list: { type: 'string', default: 'bench/corpus/sample.txt' },
    only: { type: 'string', multiple: true },
    jobs: { type: 'string', default: '2' },
    limit: { type: 'string' },
    filter: { type: 'string' },
    timeout: { type: 'string', default: String(DEFAULTS.timeoutMs / 1000) },
    mem: { type: 'string', default: String(DEFAULTS.memoryMb) },
    keep: { type: 'boolean', default: false },
    resume: { type: 'boolean', default: false },
    'redo-failed': { type: 'boolean', default: false },
    out: { type: 'string', default: '.tmp/corpus' },
    specgen: { type: 'string' },
  },
});

const tools: Tool[] = values.only?.length ? values.only.flatMap((o) => o.split(',')).map((o) => {
  if (!(TOOLS as readonly string[]).includes(o)) throw new Error(`--only: ${o} is not one of ${TOOLS.join(', ')}`);
  return o as Tool;
}) : [...TOOLS];
const jobs = Math.max(1, Number(values.jobs));
const outDir = path.resolve(ROOT, values.out!);
let specs = await readList(path.resolve(ROOT, values.list!));
if (values.filter) specs = specs.filter((s) => s.includes(values.filter!));
if (values.limit) specs = specs.slice(0, Number(values.limit));
const options = {
  timeoutMs: Number(values.timeout) * 1000,
  memoryMb: Number(values.mem),
  keep: values.keep!,
  workRoot: WORK_ROOT,
  ...(values.specgen ? { specgenBin: path.resolve(ROOT, values.specgen) } : {}),
};

await mkdir(outDir, { recursive: true });
const STATUSES: Status[] = ['ok', 'unsupported', 'generate-failed', 'type-failed'];

async function runTool(tool: Tool): Promise<CheckResult[]> {
  const file = path.join(outDir, `results-${tool}.json`);
  const previous = new Map<string, CheckResult>();
  if (values.resume || values['redo-failed']) {
    try {
      for (const r of JSON.parse(await readFile(file, 'utf8')).results as CheckResult[]) {
        if (r.status === 'ok' || !values['redo-failed']) previous.set(r.path, r);
      }
    } catch {
      // nothing to resume
    }
  }
  const results = new Map<string, CheckResult>();
  for (const s of specs) if (previous.has(s)) results.set(s, previous.get(s)!);
  const todo = specs.filter((s) => !results.has(s));
  const save = () => writeFile(file, `${JSON.stringify({
    tool,
    list: values.list,
    options: { timeoutS: options.timeoutMs / 1000, memoryMb: options.memoryMb, ...(tool === 'specgen' && values.specgen ? { specgen: values.specgen } : {}) },
    when: new Date().toISOString(),
    totals: totals([...results.values()]),
    results: specs.filter((s) => results.has(s)).map((s) => results.get(s)!),
  }, null, 2)}\n`);
  let next = 0;
  let done = results.size;
  const worker = async () => {
    while (next < todo.length) {
      const rel = todo[next++]!;
      let r: CheckResult;
      try {
        r = await checkSpec(tool, rel, options);
      } catch (e) {
        r = { path: rel, tool, status: 'generate-failed', error: `runner: ${(e as Error).message}`, ms: 0 };
      }
      results.set(rel, r);
      done++;
      const detail = r.status === 'ok' ? '' : ` ${r.file ? `${r.file} ${r.code} ` : ''}${r.error ?? ''}`.slice(0, 240);
      console.log(`[${tool} ${done}/${specs.length}] ${r.status.padEnd(15)} ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${rel}${detail ? `\n      ${detail}` : ''}`);
      await save();
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, todo.length || 1) }, worker));
  await save();
  return specs.filter((s) => results.has(s)).map((s) => results.get(s)!);
}

function totals(rs: CheckResult[]): Record<string, number> {
  const t: Record<string, number> = { total: rs.length };
  for (const s of STATUSES) t[s] = rs.filter((r) => r.status === s).length;
  t.timeouts = rs.filter((r) => r.timedOut).length;
  t.outOfMemory = rs.filter((r) => r.outOfMemory).length;
  return t;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

const all = new Map<Tool, CheckResult[]>();
for (const tool of tools) all.set(tool, await runTool(tool));

const rows = [...all.entries()].map(([tool, rs]) => {
  const t = totals(rs);
  return {
    tool,
    specs: t.total!,
    ok: t.ok!,
    'pass %': rs.length ? ((100 * t.ok!) / rs.length).toFixed(1) : '-',
    unsupported: t.unsupported!,
    'generate-failed': t['generate-failed']!,
    'type-failed': t['type-failed']!,
    'timeout/oom': `${t.timeouts}/${t.outOfMemory}`,
    'median s': (median(rs.map((r) => r.ms)) / 1000).toFixed(1),
  };
});
const cols = Object.keys(rows[0] ?? {});
const width = (c: string) => Math.max(c.length, ...rows.map((r) => String(r[c as keyof typeof r]).length));
console.log('');
console.log(cols.map((c) => c.padEnd(width(c))).join('  '));
console.log(cols.map((c) => '-'.repeat(width(c))).join('  '));
for (const r of rows) console.log(cols.map((c) => String(r[c as keyof typeof r]).padEnd(width(c))).join('  '));
console.log(`\nresults: ${[...all.keys()].map((t) => path.relative(ROOT, path.join(outDir, `results-${t}.json`))).join(', ')}`);
const headline = all.get('specgen') ?? [...all.values()][0] ?? [];
const passed = headline.filter((r) => r.status === 'ok').length;
console.log(`${passed} passed, ${headline.length - passed} failed`);

