import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { formatDiagnostic, SpecError } from './load/errors.ts';
import { generateTarget, type GenerateResult, type GenerateTarget } from './pipeline.ts';

export interface WatchHandle {
  close(): Promise<void>;
  /** Resolves once every target was generated and every file it reads is watched. */
  ready: Promise<void>;
}

/**
 * `generate --watch`: regenerate a target when any file of its spec (every file reached through
 * `$ref`) changes. A bad edit prints its error and keeps the last good output on disk.
 */
export function watchTargets(targets: GenerateTarget[], report: (r: GenerateResult, changed: string[]) => void, extraFiles: string[] = []): WatchHandle {
  const filesOf = new Map<GenerateTarget, Set<string>>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  let running: Promise<void> = Promise.resolve();

  /** Generate one target; returns files to start watching. */
  const run = async (target: GenerateTarget, changed: string[]): Promise<string[]> => {
    const known = filesOf.get(target) ?? new Set([path.resolve(target.spec)]);
    filesOf.set(target, known);
    try {
      const result = await generateTarget(target);
      const fresh = result.specFiles.filter((f) => !known.has(f));
      for (const f of fresh) known.add(f);
      report(result, changed);
      return fresh;
    } catch (err) {
      if (!(err instanceof SpecError)) throw err;
      console.error(formatDiagnostic(err.diagnostic));
      console.error(`${target.out}: kept the last good output`);
      return [];
    }
  };

  const flush = () => {
    const changed = [...pending];
    pending.clear();
    running = running.then(async () => {
      for (const target of targets) {
        const files = filesOf.get(target);
        if (!extraFiles.some((f) => changed.includes(f)) && !changed.some((f) => files?.has(f))) continue;
        const fresh = await run(target, changed);
        if (fresh.length) watcher?.add(fresh);
      }
    });
  };
  const onChange = (file: string) => {
    pending.add(path.resolve(file));
    clearTimeout(timer);
    timer = setTimeout(flush, 25);
  };

  const ready = (async () => {
    for (const target of targets) await run(target, []);
    // Watch only once every file of the first generation is known, and report ready when chokidar is.
    const all = [...new Set([...[...filesOf.values()].flatMap((s) => [...s]), ...extraFiles])];
    watcher = watch(all, { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 30, pollInterval: 10 } });
    watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
    await new Promise<void>((resolve) => watcher!.once('ready', () => resolve()));
  })();
  running = ready;
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await running.catch(() => undefined);
      await watcher?.close();
    },
  };
}
