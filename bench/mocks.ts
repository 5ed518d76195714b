/**
 * Mock server throughput on 127.0.0.1: requests/second and p99 latency of the generated mock
 * (node:http adapter) for a GET and a PUT, next to Prism serving the same spec in the same run;
 * and the mock's memory with 100,000 stored items. Each server runs in its own process;
 * autocannon (10 connections, fixed duration) drives it from this one.
 *
 * `node --import tsx bench/mocks.ts` prints the table; `benchMocks()` returns it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// @ts-expect-error autocannon ships no type declarations; the fields used are typed below.
import autocannonUntyped from 'autocannon';

const autocannon = autocannonUntyped as (options: Record<string, unknown>) => Promise<{
  requests: { average: number };
  latency: { p99: number };
  non2xx: number;
  errors: number;
}>;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);
const SPEC = path.join(ROOT, 'spec/graph-connectors.yaml');
const SERVER_MODULE = path.join(ROOT, 'generated/graph-connectors/dist/mock-server.js');
const DURATION_S = Number(process.env.BENCH_MOCK_SECONDS ?? 5);
const CONNECTIONS = 10;
const TOKEN = 'bench-token';

const ITEM = {
  acl: [{ type: 'everyone', value: 'c1d2e3f4-0000-4000-8000-000000000001', accessType: 'grant' }],
  properties: { title: 'Ticket', priority: 2, tags: ['a', 'b'], 'tags@odata.type': 'Collection(String)' },
  content: { type: 'text', value: 'The body of a ticket, long enough to look like one: '.repeat(4) },
};
const SCHEMA = {
  baseType: 'microsoft.graph.externalItem',
  properties: [{ name: 'title', type: 'string' }, { name: 'priority', type: 'int64' }, { name: 'tags', type: 'stringCollection' }],
};
const CONNECTION = { id: 'benchconn', name: 'Bench', description: 'bench', state: 'ready' };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before answering ${url}`);
    try {
      await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`no answer from ${url}`);
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface Case {
  label: string;
  method: 'GET' | 'PUT';
  path: string;
  body?: string;
}

interface Measured {
  rps: number;
  p99: number;
  non2xx: number;
}

async function load(origin: string, c: Case): Promise<Measured> {
  const result = await autocannon({
    url: origin + c.path,
    method: c.method,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { authorization: `Bearer ${TOKEN}`, ...(c.body ? { 'content-type': 'application/json' } : {}) },
    ...(c.body ? { body: c.body } : {}),
  });
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx + result.errors };
}

/**
 * The limiter on with budgets too large to refuse anything: every request still finds its budgets,
 * spends tokens and counts in flight, so the difference to the limiter off is its cost per request.
 */
const LIMITER_ON_NEVER_REFUSING = { budgets: { items: { rate: 1e12 }, groupAdministration: { rate: 1e12 } } };

/** Child mode: serve the generated mock, preloaded with a ready connection (`limiter`: the limiter on). */
async function serveMock(port: number, limiter: boolean): Promise<void> {
  const { startMockServer } = (await import(pathToFileURL(SERVER_MODULE).href)) as typeof import('../generated/graph-connectors/dist/mock-server.js');
  await startMockServer({
    port,
    ...(limiter ? { throttling: LIMITER_ON_NEVER_REFUSING } : {}),
    initialState: {
      '/external/connections/benchconn': CONNECTION,
      '/external/connections/benchconn/schema': SCHEMA,
      '/external/connections/benchconn/items/item1': { id: 'item1', ...ITEM },
    },
  });
}

/**
 * Child mode: the handler's time per item PUT in process (no HTTP), limiter `off` or `on` (never
 * refusing): the median of 5 rounds of 20,000. One configuration per process: two handlers in one
 * process measure the second one slower by itself (an A/A run showed ~13 µs), whatever it does.
 */
async function handlerTime(config: 'off' | 'on'): Promise<void> {
  const { createMockHandler } = (await import(pathToFileURL(path.join(ROOT, 'generated/graph-connectors/dist/mocks.js')).href)) as typeof import('../generated/graph-connectors/dist/mocks.js');
  const state = { '/external/connections/benchconn': CONNECTION, '/external/connections/benchconn/schema': SCHEMA };
  const mock = createMockHandler({ initialState: state, ...(config === 'on' ? { throttling: LIMITER_ON_NEVER_REFUSING } : {}) });
  const body = JSON.stringify(ITEM);
  const REQUESTS = 20_000;
  const round = async () => {
    const started = process.hrtime.bigint();
    for (let i = 0; i < REQUESTS; i++) {
      const r = await mock(new Request(`http://mock/v1.0/external/connections/benchconn/items/item${i % 1000}`, {
        method: 'PUT', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body,
      }));
      if (r.status !== 200) throw new Error(`PUT: ${r.status}`);
    }
    return Number(process.hrtime.bigint() - started) / 1000 / REQUESTS;
  };
  await round();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push(await round());
  console.log(JSON.stringify({ us: [...times].sort((a, b) => a - b)[2], requests: REQUESTS }));
}

/**
 * Child mode: what the limiter adds to a request, measured directly: the generated runtime's
 * `Limiter.admit` + `release` for the Graph spec's putItem (its budgets from MOCK_SPEC, never
 * refusing) and the ledger's `arrive`, 200,000 times a round, the median of 5 rounds. The handler's
 * own time per PUT moves by about 10 % between processes, more than this cost, so an end-to-end
 * difference cannot show it.
 */
async function limiterCost(): Promise<void> {
  const runtime = (await import(pathToFileURL(path.join(ROOT, 'generated/graph-connectors/dist/mock-runtime/limiter.js')).href)) as typeof import('../generated/graph-connectors/dist/mock-runtime/limiter.js');
  const { MOCK_SPEC } = (await import(pathToFileURL(path.join(ROOT, 'generated/graph-connectors/dist/mocks.js')).href)) as typeof import('../generated/graph-connectors/dist/mocks.js');
  const op = MOCK_SPEC.operations.find((o) => o.operationId === 'putItem')!;
  const limiter = new runtime.Limiter(MOCK_SPEC.throttling, LIMITER_ON_NEVER_REFUSING);
  const ledger = new runtime.Ledger();
  const CALLS = 200_000;
  const times: number[] = [];
  for (let round = 0; round < 6; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < CALLS; i++) {
      const path = `/external/connections/benchconn/items/item${i % 1000}`;
      ledger.arrive('bench-app', 'PUT', `/v1.0${path}`, Date.now());
      const admitted = limiter.admit(op, 'bench-app', 'PUT', path, Date.now());
      if (!('release' in admitted)) throw new Error('refused');
      admitted.release();
    }
    if (round > 0) times.push(Number(process.hrtime.bigint() - started) / 1000 / CALLS);
  }
  console.log(JSON.stringify({ us: [...times].sort((a, b) => a - b)[2], budgets: op.budgets ?? [] }));
}

/** Child mode: RSS and heap of a mock holding 100,000 items. */
async function memory(): Promise<void> {
  const { createMockHandler } = (await import(pathToFileURL(path.join(ROOT, 'generated/graph-connectors/dist/mocks.js')).href)) as typeof import('../generated/graph-connectors/dist/mocks.js');
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const mock = createMockHandler();
  mock.state.load({ '/external/connections/benchconn': CONNECTION, '/external/connections/benchconn/schema': SCHEMA });
  gc();
  const before = process.memoryUsage();
  // Through the handler, as a client would store them (validated, server-set values applied).
  for (let i = 0; i < 100_000; i++) {
    const r = await mock(new Request(`http://mock/v1.0/external/connections/benchconn/items/item${i}`, {
      method: 'PUT', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(ITEM),
    }));
    if (r.status !== 200) throw new Error(`PUT item${i}: ${r.status}`);
  }
  gc();
  const after = process.memoryUsage();
  const count = mock.state.list('/external/connections/benchconn/items').length;
  console.log(JSON.stringify({ count, rss: after.rss, heap: after.heapUsed, rssDelta: after.rss - before.rss, heapDelta: after.heapUsed - before.heapUsed }));
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

export async function benchMocks(): Promise<string> {
  const cases: Case[] = [
    { label: 'GET connection', method: 'GET', path: '/v1.0/external/connections/benchconn' },
    { label: 'PUT item', method: 'PUT', path: '/v1.0/external/connections/benchconn/items/item1', body: JSON.stringify(ITEM) },
  ];
  const rows: string[] = [];
  const results: Record<string, { mock: Measured; prism: Measured }> = {};

  const mockPort = await freePort();
  const mock = spawn(process.execPath, ['--import', 'tsx', SELF, '--serve', String(mockPort)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const prismPort = await freePort();
  const prism = spawn(path.join(ROOT, 'node_modules/.bin/prism'), ['mock', SPEC, '-p', String(prismPort), '-h', '127.0.0.1'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'ignore'] });
  try {
    await waitFor(`http://127.0.0.1:${mockPort}/v1.0/external/connections`, mock);
    await waitFor(`http://127.0.0.1:${prismPort}/external/connections`, prism);
    for (const c of cases) {
      await load(`http://127.0.0.1:${mockPort}`, { ...c }); // warm-up
      const m = await load(`http://127.0.0.1:${mockPort}`, c);
      // Prism serves the paths without the server's base path.
      const p = await load(`http://127.0.0.1:${prismPort}`, { ...c, path: c.path.replace(/^\/v1\.0/, '') });
      results[c.label] = { mock: m, prism: p };
    }
  } finally {
    await Promise.all([stop(mock), stop(prism)]);
  }

  // The limiter's cost over HTTP: item PUTs against a second mock with the limiter on (never
  // refusing), rounds alternating with the limiter-off mock so both see the same machine.
  const limitedPort = await freePort();
  const limited = spawn(process.execPath, ['--import', 'tsx', SELF, '--serve', String(limitedPort), '--limiter'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const offPort = await freePort();
  const off = spawn(process.execPath, ['--import', 'tsx', SELF, '--serve', String(offPort)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const on: Measured[] = [];
  const offRuns: Measured[] = [];
  try {
    await waitFor(`http://127.0.0.1:${limitedPort}/v1.0/external/connections`, limited);
    await waitFor(`http://127.0.0.1:${offPort}/v1.0/external/connections`, off);
    const putCase = cases.find((c) => c.method === 'PUT')!;
    await load(`http://127.0.0.1:${limitedPort}`, putCase); // warm-up
    await load(`http://127.0.0.1:${offPort}`, putCase);
    for (let round = 0; round < 3; round++) {
      offRuns.push(await load(`http://127.0.0.1:${offPort}`, putCase));
      on.push(await load(`http://127.0.0.1:${limitedPort}`, putCase));
    }
  } finally {
    await Promise.all([stop(limited), stop(off)]);
  }
  const median = (xs: Measured[]) => [...xs].sort((a, b) => a.rps - b.rps)[Math.floor(xs.length / 2)]!;
  const withLimiter = median(on);
  const withoutLimiter = median(offRuns);
  // In process: the handler's own time per PUT (limiter off), and the limiter's cost measured directly.
  const child = async (args: string[]) => {
    const out = await new Promise<string>((resolve, reject) => {
      const c = spawn(process.execPath, ['--import', 'tsx', SELF, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      c.stdout!.on('data', (d) => (text += d));
      c.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`${args.join(' ')} failed (${code})`))));
    });
    return JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>;
  };
  const handler = (await child(['--handler-time', 'off'])) as { us: number; requests: number };
  const limiterRun = (await child(['--limiter-cost'])) as { us: number; budgets: string[] };

  rows.push('| case | specgen mock req/s | p99 ms | Prism req/s | p99 ms | ratio |', '|---|---:|---:|---:|---:|---:|');
  for (const [label, { mock: m, prism: p }] of Object.entries(results)) {
    const note = (x: Measured) => (x.non2xx ? ` (${x.non2xx} non-2xx)` : '');
    rows.push(`| ${label} | ${Math.round(m.rps)}${note(m)} | ${m.p99} | ${Math.round(p.rps)}${note(p)} | ${p.p99} | ${(m.rps / p.rps).toFixed(1)}x |`);
  }

  rows.push('', '| PUT item | HTTP req/s (median of 3 alternating rounds) | p99 ms |', '|---|---:|---:|',
    `| limiter off | ${Math.round(withoutLimiter.rps)} | ${withoutLimiter.p99} |`,
    `| limiter on (budgets never refusing) | ${Math.round(withLimiter.rps)}${withLimiter.non2xx ? ` (${withLimiter.non2xx} non-2xx)` : ''} | ${withLimiter.p99} |`,
    '', `Limiter overhead: ${limiterRun.us.toFixed(2)} µs per request (Limiter.admit + release for putItem's budgets ${limiterRun.budgets.join(', ')}, and the ledger's arrive; measured directly), ` +
    `${((limiterRun.us / handler.us) * 100).toFixed(1)} % of the handler's own ${handler.us.toFixed(0)} µs per PUT in process. ` +
    `Over HTTP the two servers differed by ${((1 - withLimiter.rps / withoutLimiter.rps) * 100).toFixed(1)} % in this run; such figures move by 10-20 % between runs on this machine.`);

  const mem = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', SELF, '--memory'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`memory run failed (${code})`))));
  });
  const m = JSON.parse(mem.trim().split('\n').pop()!) as { count: number; rss: number; heap: number; rssDelta: number; heapDelta: number };
  return [
    `### Mock server (127.0.0.1, autocannon ${CONNECTIONS} connections x ${DURATION_S} s per case, same run)`,
    '',
    ...rows,
    '',
    `Memory with ${m.count.toLocaleString('en-US')} stored items (PUT through the handler): RSS ${mb(m.rss)} (+${mb(m.rssDelta)}), heap ${mb(m.heap)} (+${mb(m.heapDelta)}, ~${Math.round(m.heapDelta / m.count)} B/item).`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const mode = process.argv[2];
  if (mode === '--serve') await serveMock(Number(process.argv[3]), process.argv[4] === '--limiter');
  else if (mode === '--memory') await memory();
  else if (mode === '--handler-time') await handlerTime(process.argv[3] === 'on' ? 'on' : 'off');
  else if (mode === '--limiter-cost') await limiterCost();
  else console.log(await benchMocks());
}
