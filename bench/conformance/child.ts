/**
 * One spec of the conformance bench, in its own process (started by run.ts through child.mjs, which
 * registers tsx): generate the package, then for each mock asked for, start it, drive it with the
 * generated client through the scenario (scenario.ts), and check every response (responses.ts).
 * The result is written to `--result` as JSON after each stage, so a crash or a timeout keeps what
 * was measured before it.
 *
 *   node bench/conformance/child.mjs --spec FILE --pkg DIR --result FILE [--mock specgen,prism]
 *     [--calls 150] [--scenario-ms 60000] [--reuse] [--specgen DIR]
 *
 * --specgen: the root of the specgen tree to generate with (default: this repository); e.g. a
 * snapshot of a commit (`git archive HEAD generator templates` unpacked under .tmp/ next to a
 * {"type":"module"} package.json). The model and `sampleOf` come from the same tree.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ApiModel } from '../../generator/model/types.ts';
import { startPrism } from './prism.ts';
import { checkRecorded, isJsonMedia, requestSchemaPointers, type Category, type Recorded } from './responses.ts';
import { argsFor, Ids, planScenario, type IdSource, type Role, type Sampler, type Sampling } from './scenario.ts';
import { BodyValidator, type BodyIssue } from './schema.ts';

export type MockName = 'specgen' | 'prism';

export interface Failure {
  operation: string;
  role: Role;
  method: string;
  url: string;
  status?: number;
  category: Exclude<Category, 'conforming'>;
  kind: string;
  reason: string;
  issues?: BodyIssue[];
  requestContentType?: string;
  /** Where each path parameter came from (see IdSource): `created`, `listed`, `reused` or `sample`. */
  pathIds?: Record<string, IdSource>;
  /** The start of the response body. */
  body?: string;
}

export interface RunResult {
  mock: MockName;
  /** The mock did not start (import failed, Prism refused the spec): counted as a mock error of the spec. */
  startError?: string;
  baseUrl?: string;
  ms: number;
  steps: number;
  /** Steps left out by the call or time cap. */
  skipped: number;
  responses: number;
  conforming: number;
  undeclaredStatus: number;
  bodyViolations: number;
  mockErrors: number;
  /** Body schemas ajv could not compile (their responses count as conforming). */
  schemaErrors: string[];
  /** Calls that never reached the mock (the client threw first), and unknown client functions. */
  clientErrors: { operation: string; error: string }[];
  statuses: Record<string, number>;
  failures: Failure[];
}

export interface SpecResult {
  spec: string;
  pkg: string;
  generation: { ok: boolean; ms: number; error?: string; operations?: number; reused?: boolean };
  runs: RunResult[];
  /** Set by run.ts when the child died (timeout, out of memory, crash). */
  crashed?: string;
  /** The bundled document needed a fix before ajv took it (see schema.ts). */
  validatorNote?: string;
}

const { values } = parseArgs({
  options: {
    spec: { type: 'string' },
    pkg: { type: 'string' },
    result: { type: 'string' },
    mock: { type: 'string', default: 'specgen' },
    calls: { type: 'string', default: '150' },
    'scenario-ms': { type: 'string', default: '60000' },
    'prism-start-ms': { type: 'string', default: '120000' },
    reuse: { type: 'boolean', default: false },
    specgen: { type: 'string' },
  },
});

const spec = path.resolve(values.spec!);
const pkg = path.resolve(values.pkg!);
const resultFile = path.resolve(values.result!);
const mocks = values.mock!.split(',') as MockName[];
const maxCalls = Number(values.calls);
const scenarioMs = Number(values['scenario-ms']);

const result: SpecResult = { spec: values.spec!, pkg, generation: { ok: false, ms: 0 }, runs: [] };
const save = () => writeFile(resultFile, `${JSON.stringify(result, null, 1)}\n`);

/** Errors thrown outside any awaited call (a mock's stray promise): counted against the run in progress. */
const stray: string[] = [];
let inRun = false;
const onStray = (what: string) => (e: unknown) => {
  if (inRun) return void stray.push(`${what}: ${describe(e)}`);
  // Outside a mock run it is the harness's own failure: die loudly (run.ts reports it).
  console.error(`error: ${what}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  process.exit(1);
};
process.on('uncaughtException', onStray('uncaught exception'));
process.on('unhandledRejection', onStray('unhandled rejection'));

function describe(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = e.cause as { code?: string; message?: string } | undefined;
  const inner = cause ? ` (${cause.code ?? ''}${cause.message ? ` ${cause.message}` : ''})` : '';
  return `${e.name}: ${e.message}${inner}`.slice(0, 400);
}

const phase = (name: string) => console.log(`@phase ${name}`);

// ---------------------------------------------------------------------------------------------
// generation

phase('generate');
let model: ApiModel;
let sample: Sampler = () => undefined;
const started = performance.now();
try {
  const specgen = path.resolve(values.specgen ?? path.join(import.meta.dirname, '../..'));
  const load = async <T>(rel: string) => (await import(pathToFileURL(path.join(specgen, rel)).href)) as T;
  const { generate, loadSpec, buildModel } = await load<typeof import('../../generator/index.ts')>('generator/index.ts');
  ({ sampleOf: sample } = await load<{ sampleOf: Sampler }>('generator/emit/mocks/schema-facts.ts'));
  if (values.reuse && existsSync(path.join(pkg, 'openapi.json')) && existsSync(path.join(pkg, 'dist/client.js'))) {
    model = buildModel(await loadSpec(spec));
    result.generation.reused = true;
  } else {
    const { results } = await generate({ spec, out: pkg });
    model = results[0]!.model ?? buildModel(await loadSpec(spec));
  }
  result.generation = { ...result.generation, ok: true, ms: Math.round(performance.now() - started), operations: model.operations.length };
} catch (e) {
  const d = (e as { diagnostic?: { message?: string; code?: string } }).diagnostic;
  result.generation = { ok: false, ms: Math.round(performance.now() - started), error: d ? `${d.code}: ${d.message}` : describe(e) };
  await save();
  process.exit(0);
}
await save();

let document: Record<string, unknown>;
let validator: BodyValidator;
try {
  document = JSON.parse(await readFile(path.join(pkg, 'openapi.json'), 'utf8')) as Record<string, unknown>;
  validator = new BodyValidator(document, String(document.openapi).startsWith('3.0') ? '3.0' : '3.1');
  if (validator.note) result.validatorNote = validator.note;
} catch (e) {
  // Nothing can be checked: every mock run of this spec is a harness failure, reported as such.
  for (const mock of mocks) result.runs.push(emptyRun(mock, `harness: the bundled openapi.json could not be loaded for validation: ${describe(e)}`));
  await save();
  process.exit(0);
}

/** Samples from specgen's `sampleOf`; among candidates the first valid one against the request's schema in openapi.json, else the last (the sample). */
function samplingFor(opPath: string, method: string): Sampling {
  const pointers = requestSchemaPointers(document, opPath, method);
  return {
    sampleOf: sample,
    choose: (target, candidates) => {
      const pointer = 'param' in target ? pointers.params.get(`${target.param.in}:${target.param.name}`) : pointers.body.get(target.media);
      if (pointer === undefined) return candidates[candidates.length - 1];
      for (const c of candidates) {
        const r = validator.validate(pointer, c);
        if ('ok' in r && r.ok) return c;
      }
      return candidates[candidates.length - 1];
    },
  };
}

/** The first server's path, variables at their defaults (the specgen mock serves each server's base path). */
function basePath(): string {
  const server = model.servers[0];
  if (!server) return '';
  const url = server.url.replace(/\{([^}]+)\}/g, (_, name: string) => server.variables.find((v) => v.name === name)?.default ?? '');
  try {
    return new URL(url, 'http://relative.invalid').pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

/** Credentials for every security scheme (the client's `auth` option: strings, or username/password for HTTP basic). */
function authOption(): Record<string, () => string | { username: string; password: string }> {
  const components = document.components as { securitySchemes?: Record<string, { type?: string; scheme?: string }> } | undefined;
  const out: Record<string, () => string | { username: string; password: string }> = {};
  for (const [name, s] of Object.entries(components?.securitySchemes ?? {})) {
    if (s.type === 'http' && String(s.scheme).toLowerCase() === 'basic') out[name] = () => ({ username: 'conformance', password: 'conformance-password' });
    else if (s.type === 'apiKey') out[name] = () => 'conformance-key';
    else out[name] = () => 'conformance-token';
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// one mock

const BODY_CAP = 1024 * 1024;

function emptyRun(mock: MockName, startError?: string): RunResult {
  return {
    mock, ...(startError ? { startError } : {}), ms: 0, steps: 0, skipped: 0, responses: 0, conforming: 0, undeclaredStatus: 0,
    bodyViolations: 0, mockErrors: 0, schemaErrors: [], clientErrors: [], statuses: {}, failures: [],
  };
}

async function runMock(mock: MockName): Promise<RunResult> {
  const run = emptyRun(mock);
  const t0 = performance.now();
  let close: () => Promise<void> = async () => {};
  try {
    if (mock === 'specgen') {
      const mod = (await import(pathToFileURL(path.join(pkg, 'dist/mock-server.js')).href)) as {
        startMockServer(o: Record<string, unknown>): Promise<{ url: string; close(): Promise<void> }>;
      };
      const server = await mod.startMockServer({ seed: 1, longRunningDelayMs: 0 });
      close = () => server.close();
      run.baseUrl = server.url + basePath();
    } else {
      const server = await startPrism(path.join(pkg, 'openapi.json'), Number(values['prism-start-ms']));
      close = () => server.close();
      run.baseUrl = server.url;
    }
  } catch (e) {
    run.startError = describe(e);
    run.ms = Math.round(performance.now() - t0);
    return run;
  }
  try {
    await scenario(run);
  } catch (e) {
    run.clientErrors.push({ operation: '(harness)', error: describe(e) });
  } finally {
    await close().catch(() => {});
    run.ms = Math.round(performance.now() - t0);
  }
  return run;
}

async function scenario(run: RunResult): Promise<void> {
  const records: Recorded[] = [];
  const recorder = async (input: string, init: RequestInit): Promise<Response> => {
    const t = performance.now();
    const rec: Recorded = { method: String(init.method ?? 'GET'), url: String(input), ms: 0 };
    const type = new Headers(init.headers).get('content-type');
    if (type) rec.requestContentType = type;
    records.push(rec);
    try {
      const res = await fetch(input, init);
      const bytes = new Uint8Array(await res.clone().arrayBuffer());
      rec.status = res.status;
      rec.headers = Object.fromEntries(res.headers);
      rec.bodyBytes = bytes.byteLength;
      rec.body = new TextDecoder().decode(bytes.subarray(0, BODY_CAP));
      rec.ms = Math.round(performance.now() - t);
      return res;
    } catch (e) {
      rec.error = describe(e);
      rec.ms = Math.round(performance.now() - t);
      // undici says `fetch failed` (with a cause) for network failures; other errors refuse the request itself.
      if (!(e instanceof Error && (e.message === 'fetch failed' || e.name === 'AbortError' || e.name === 'TimeoutError'))) rec.refused = true;
      throw e;
    }
  };
  const clientModule = (await import(pathToFileURL(path.join(pkg, 'dist/client.js')).href)) as {
    createClient(o: Record<string, unknown>): Record<string, unknown>;
  };
  const client = clientModule.createClient({
    baseUrl: run.baseUrl,
    fetch: recorder,
    retry: false,
    timeoutMs: 15_000,
    getAccessToken: () => 'conformance-token',
    auth: authOption(),
  });
  const ids = new Ids();
  const steps = planScenario(model);
  run.steps = steps.length;
  const deadline = performance.now() + scenarioMs;
  let calls = 0;
  for (const step of steps) {
    if (calls >= maxCalls || performance.now() > deadline) {
      run.skipped++;
      continue;
    }
    calls++;
    const { op } = step;
    const fn = client[op.name];
    if (typeof fn !== 'function') {
      run.clientErrors.push({ operation: op.name, error: `createClient() has no function ${op.name}` });
      continue;
    }
    const before = records.length;
    let thrown: unknown;
    let pathIds: Record<string, IdSource> = {};
    try {
      const call = argsFor(model, op, ids, samplingFor(op.path, op.method));
      const args = call.args;
      pathIds = call.pathSources;
      await (fn as (a: unknown, o: unknown) => Promise<unknown>)(args, { retry: false });
    } catch (e) {
      thrown = e;
    }
    const mine = records.slice(before);
    if (!mine.length) {
      run.clientErrors.push({ operation: op.name, error: thrown === undefined ? 'returned without a request' : describe(thrown) });
      continue;
    }
    for (const rec of mine) {
      if (rec.refused) run.clientErrors.push({ operation: op.name, error: `fetch refused the request: ${rec.error ?? ''}` });
      else tally(run, step.role, op.name, op.path, op.method, rec, pathIds);
    }
    for (const e of stray.splice(0)) {
      run.responses++;
      run.mockErrors++;
      run.failures.push({ operation: op.name, role: step.role, method: op.method.toUpperCase(), url: mine[0]!.url, category: 'mock error', kind: 'uncaught exception in the process', reason: e });
    }
    // Ids for later steps.
    const last = mine[mine.length - 1]!;
    const member = step.member;
    if (step.collection && (step.role === 'create' || step.role === 'list')) {
      const body = jsonOf(last);
      const found = step.role === 'create' ? Ids.idIn(body, member) : ids.byCollection.has(step.collection) ? undefined : Ids.idIn(Ids.firstItem(body), member);
      if (found !== undefined && last.status !== undefined && last.status < 300) ids.set(step.collection, member, found, step.role === 'create' ? 'created' : 'listed');
    }
  }
}

function jsonOf(rec: Recorded): unknown {
  if (!rec.body || !isJsonMedia(rec.headers?.['content-type'] ?? '')) return undefined;
  try {
    return JSON.parse(rec.body);
  } catch {
    return undefined;
  }
}

function tally(run: RunResult, role: Role, operation: string, opPath: string, method: string, rec: Recorded, pathIds: Record<string, IdSource>): void {
  run.responses++;
  const bucket = rec.status === undefined ? 'none' : `${String(rec.status)[0]}xx`;
  run.statuses[bucket] = (run.statuses[bucket] ?? 0) + 1;
  const v = checkRecorded(document, validator, opPath, method, rec);
  if (v.schemaError && !run.schemaErrors.includes(v.schemaError)) run.schemaErrors.push(v.schemaError);
  if (v.category === 'conforming') {
    run.conforming++;
    return;
  }
  if (v.category === 'undeclared status') run.undeclaredStatus++;
  else if (v.category === 'body violation') run.bodyViolations++;
  else run.mockErrors++;
  run.failures.push({
    operation, role, method: method.toUpperCase(), url: rec.url,
    ...(rec.status !== undefined ? { status: rec.status } : {}),
    category: v.category, kind: v.kind ?? v.category, reason: v.reason ?? '',
    ...(v.issues ? { issues: v.issues } : {}),
    ...(rec.requestContentType ? { requestContentType: rec.requestContentType } : {}),
    ...(Object.keys(pathIds).length ? { pathIds } : {}),
    ...(rec.body ? { body: rec.body.slice(0, 600) } : {}),
  });
}

for (const mock of mocks) {
  phase(mock);
  stray.length = 0;
  inRun = true;
  result.runs.push(await runMock(mock));
  inRun = false;
  await save();
}
process.exit(0);
