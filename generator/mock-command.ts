/**
 * `specgen mock [--spec] [--port] [--host]`: serve a spec's stateful mock without generating anything
 * to the project: the package is rendered in memory, its compiled JavaScript (`dist/`, ESM) written
 * to a temporary directory and its `dist/mock-server.js` imported by plain Node (no TypeScript loader).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderTarget } from './pipeline.ts';

export interface MockCommandOptions {
  spec: string;
  port: string;
  host: string;
  seed?: string;
  delay?: string;
  throttle?: boolean;
  throttleRate?: string;
}

interface MockServerModule {
  startMockServer(options: Record<string, unknown>): Promise<{ url: string; close(): Promise<void> }>;
}

/** Starts the mock; resolves with its URL and a `stop()` that closes it and removes the temporary package. */
export async function startSpecMock(opts: MockCommandOptions): Promise<{ url: string; basePaths: string[]; stop(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'specgen-mock-'));
  try {
    const { files } = await renderTarget({ spec: opts.spec, out: dir });
    for (const file of files.filter((f) => f.path.startsWith('dist/') && f.path.endsWith('.js'))) {
      await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
      await writeFile(path.join(dir, file.path), file.content);
    }
    await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    const mod = (await import(pathToFileURL(path.join(dir, 'dist/mock-server.js')).href)) as MockServerModule;
    const server = await mod.startMockServer({
      port: Number(opts.port),
      host: opts.host,
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
      ...(opts.delay !== undefined ? { longRunningDelayMs: Number(opts.delay) } : {}),
      ...(opts.throttle ? { throttling: true } : {}),
      ...(opts.throttleRate !== undefined ? { faults: { throttleRate: Number(opts.throttleRate) } } : {}),
    });
    const specData = (await import(pathToFileURL(path.join(dir, 'dist/mocks.js')).href)) as { MOCK_SPEC: { basePaths: string[] } };
    return {
      url: server.url,
      basePaths: specData.MOCK_SPEC.basePaths,
      stop: async () => {
        await server.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The CLI action: serve until SIGINT/SIGTERM. */
export async function mockCommand(opts: MockCommandOptions): Promise<number> {
  const rate = opts.throttleRate === undefined ? 0 : Number(opts.throttleRate);
  if (!(rate >= 0 && rate <= 1)) {
    console.error(`specgen mock: --throttle-rate must be a number from 0 to 1, not '${opts.throttleRate}'`);
    return 2;
  }
  const mock = await startSpecMock(opts);
  console.log(`specgen mock: ${opts.spec} on ${mock.url}`);
  if (opts.throttle) console.log("  limiter on: the spec's request budgets answer 429 + Retry-After");
  for (const base of mock.basePaths) console.log(`  ${mock.url}${base}`);
  console.log('Any well-formed bearer token is accepted. Ctrl-C stops.');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await mock.stop();
  return 0;
}
