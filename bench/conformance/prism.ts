/** Prism (`@stoplight/prism-cli`, installed) as a child process: `prism mock <openapi.json>` on a free port. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { ROOT } from '../corpus/check.ts';

export const PRISM = path.join(ROOT, 'node_modules/@stoplight/prism-cli/dist/index.js');

export interface PrismServer {
  url: string;
  close(): Promise<void>;
  /** The last lines Prism printed (errors it logged). */
  log(): string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

/** Starts Prism and waits for "Prism is listening"; rejects with its output when it exits or takes longer than `timeoutMs`. */
export async function startPrism(spec: string, timeoutMs: number): Promise<PrismServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [PRISM, 'mock', spec, '-h', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  let lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...strip(chunk.toString()).split('\n').filter((l) => l.trim()));
    if (lines.length > 200) lines = lines.slice(-100);
  };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const log = () => lines.slice(-15).join('\n');
  let settled = false;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(`prism did not start within ${Math.round(timeoutMs / 1000)} s`), timeoutMs);
    const onData = (chunk: Buffer) => {
      keep(chunk);
      if (!settled && /Prism is listening/.test(strip(chunk.toString()))) {
        settled = true;
        clearTimeout(timer);
        resolve();
      }
    };
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      const errorLine = lines.find((l) => /error|✖|fatal/i.test(l)) ?? lines[lines.length - 1] ?? '';
      reject(new Error(`${why}${errorLine ? `: ${errorLine.slice(0, 300)}` : ''}`));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => fail(`prism exited (${code ?? signal})`));
    child.once('error', (e) => fail(`prism failed to start: ${e.message}`));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
