/**
 * Issue 4's benchmark: what the generated client costs.
 * - Bundle size (esbuild, minified, then gzip): one operation imported, the whole client, and
 *   openapi-fetch's runtime measured the same way.
 * - Per-request overhead on loopback: N sequential GETs with raw `fetch` and with the generated
 *   `getConnection`, same server, same run, interleaved rounds; the median round gives the ratio.
 * Targets: one operation <= 2 KB gzipped; overhead <= 1.1x raw fetch.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { table } from './lib/measure.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLIENT = path.join(ROOT, 'generated/graph-connectors/dist/client.js');

const ENTRIES: Record<string, string> = {
  'one operation (getConnection)':
    `import { getConnection } from ${JSON.stringify(CLIENT)};\nexport const run = () => getConnection({ connectionId: 'a' });\n`,
  'one paged operation (listConnections.all)':
    `import { listConnections } from ${JSON.stringify(CLIENT)};\nexport const run = () => listConnections.all({});\n`,
  'one long-running operation (registerSchema)':
    `import { registerSchema } from ${JSON.stringify(CLIENT)};\nexport const run = () => registerSchema({ connectionId: 'a', body: { baseType: 'microsoft.graph.externalItem', properties: [] } });\n`,
  'whole client (createClient)':
    `import { createClient } from ${JSON.stringify(CLIENT)};\nexport const run = () => createClient().getConnection({ connectionId: 'a' });\n`,
  'openapi-fetch 0.17 (createClient + one GET)':
    "import createClient from 'openapi-fetch';\nexport const run = () => createClient({ baseUrl: 'https://graph.microsoft.com/v1.0' }).GET('/external/connections/{connectionId}', { params: { path: { connectionId: 'a' } } });\n",
};

export interface BundleSize {
  entry: string;
  minified: number;
  gzipped: number;
}

/** esbuild (bundle, minify, ESM, browser) then gzip -9 of the output. */
export async function bundleSizes(): Promise<BundleSize[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'specgen-bench-client-'));
  try {
    const out: BundleSize[] = [];
    for (const [entry, code] of Object.entries(ENTRIES)) {
      const file = path.join(dir, `${out.length}.ts`);
      await writeFile(file, code);
      const result = await build({
        entryPoints: [file], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022',
        write: false, nodePaths: [path.join(ROOT, 'node_modules')], logLevel: 'silent',
      });
      const bytes = result.outputFiles[0]!.contents;
      out.push({ entry, minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length });
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface Overhead {
  requests: number;
  rawMs: number;
  clientMs: number;
  ratio: number;
}

/** N sequential requests per round, raw fetch and client interleaved over `rounds` rounds after a warm-up. */
export async function requestOverhead(requests = 2000, rounds = 5): Promise<Overhead> {
  const body = JSON.stringify({ id: 'contosohr', name: 'Contoso HR', description: 'Connection to index Contoso HR system', state: 'draft' });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { getConnection } = (await import(pathToFileURL(CLIENT).href)) as typeof import('../generated/graph-connectors/dist/client.js');
  const client = { baseUrl: `${origin}/v1.0`, getAccessToken: () => 'token' };
  // What the client does, by hand: same URL, headers and JSON parsing.
  const raw = async () => {
    const res = await fetch(`${origin}/v1.0/external/connections/contosohr`, {
      method: 'GET',
      headers: { accept: 'application/json', authorization: 'Bearer token', 'client-request-id': crypto.randomUUID() },
    });
    if (!res.ok) throw new Error(String(res.status));
    return res.json();
  };
  const generated = () => getConnection({ connectionId: 'contosohr' }, { client });
  const time = async (f: () => Promise<unknown>, n: number) => {
    const start = performance.now();
    for (let i = 0; i < n; i++) await f();
    return performance.now() - start;
  };
  try {
    await time(raw, 500);
    await time(generated, 500);
    const raws: number[] = [];
    const clients: number[] = [];
    for (let r = 0; r < rounds; r++) {
      raws.push(await time(raw, requests));
      clients.push(await time(generated, requests));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const rawMs = median(raws);
    const clientMs = median(clients);
    return { requests, rawMs, clientMs, ratio: clientMs / rawMs };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export async function benchClient(): Promise<string> {
  const sizes = await bundleSizes();
  const overhead = await requestOverhead();
  const sizeRows = sizes.map((s) => ({ entry: s.entry, 'minified bytes': s.minified, 'gzipped bytes': s.gzipped }));
  const one = sizes[0]!;
  return [
    '## generated client: bundle size (esbuild --minify, gzip -9)',
    '',
    table(sizeRows),
    '',
    `one operation: ${one.gzipped} B gzipped (target <= 2048 B: ${one.gzipped <= 2048 ? 'met' : 'MISSED'})`,
    '',
    `## generated client: per-request overhead on loopback (${overhead.requests} sequential GETs, median of 5 interleaved rounds)`,
    '',
    table([
      { variant: 'raw fetch', 'ms per round': overhead.rawMs, 'µs per request': (overhead.rawMs * 1000) / overhead.requests },
      { variant: 'getConnection', 'ms per round': overhead.clientMs, 'µs per request': (overhead.clientMs * 1000) / overhead.requests },
    ]),
    '',
    `ratio: ${overhead.ratio.toFixed(3)}x raw fetch (target <= 1.1x: ${overhead.ratio <= 1.1 ? 'met' : 'MISSED'})`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(await benchClient());
