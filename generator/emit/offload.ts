/**
 * Generation on two threads. openapi-typescript's transform and printer, and TypeScript's
 * declaration emit, need nothing but their input text: on a machine with more than one core they
 * run in a worker thread while this thread emits the validators, client and mocks (esbuild already
 * compiles in its own process). Results are the same text either way; with one core, or when
 * specgen runs from its TypeScript sources (a worker cannot load them without a loader), the same
 * functions run on this thread.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DeclarationRunner } from './package/compile.ts';
import type { OffloadReply, OffloadRequest } from './offload-worker.ts';
import { isolatedDeclarations, printOpenapiTypes } from './offload-tasks.ts';

export interface Offload extends DeclarationRunner {
  /** openapi-typescript's text for a prepared document (types/prepare.ts). */
  types(prepared: Record<string, unknown>): Promise<string>;
  /** Stops the worker, if one was started. */
  close(): Promise<void>;
  readonly threaded: boolean;
}

const BUILT = import.meta.url.endsWith('.js');

/**
 * Below this many operations and schemas together a worker costs more than it saves: it loads
 * TypeScript and openapi-typescript a second time (about half a second) for work of milliseconds.
 */
export const WORKER_THRESHOLD = 300;

/**
 * A worker when it can help (built specgen, more than one core, a spec of `size` operations and
 * schemas at least WORKER_THRESHOLD, SPECGEN_THREADS not 1; SPECGEN_THREADS=2 forces it), else this thread.
 */
export function createOffload(size = Number.POSITIVE_INFINITY): Offload {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const wanted = process.env.SPECGEN_THREADS === '2' || (size >= WORKER_THRESHOLD && process.env.SPECGEN_THREADS !== '1');
  if (BUILT && cores > 1 && wanted) return workerOffload();
  return {
    threaded: false,
    types: printOpenapiTypes,
    declarations: async (fileName, content) => isolatedDeclarations(fileName, content),
    close: async () => {},
  };
}

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;

function workerOffload(): Offload {
  let worker: Worker | undefined;
  let next = 0;
  const pending = new Map<number, { resolve: (v: string | null) => void; reject: (e: Error) => void }>();
  const fail = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  const ask = (request: Distribute<OffloadRequest>): Promise<string | null> => {
    if (!worker) {
      worker = new Worker(new URL('./offload-worker.js', import.meta.url));
      // An idle worker must not keep the process alive; one with work pending must (ask/reply below).
      worker.unref();
      worker.on('message', (reply: OffloadReply) => {
        const waiting = pending.get(reply.id);
        if (!waiting) return;
        pending.delete(reply.id);
        if (pending.size === 0) worker?.unref();
        if (reply.ok) waiting.resolve(reply.value);
        else waiting.reject(new Error(reply.message));
      });
      worker.on('error', fail);
      worker.on('exit', (code) => { if (pending.size) fail(new Error(`internal error: the generation worker exited (${code})`)); });
    }
    const id = next++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker!.ref();
      worker!.postMessage({ ...request, id });
    });
  };
  // Started at once: the worker loads TypeScript and openapi-typescript while the caller goes on.
  void ask({ kind: 'warm' }).catch(() => {});
  return {
    threaded: true,
    types: async (prepared) => (await ask({ kind: 'types', documentJson: JSON.stringify(prepared) }))!,
    declarations: (path, content) => ask({ kind: 'declarations', path, content }),
    close: async () => {
      if (worker) await worker.terminate();
      worker = undefined;
    },
  };
}
