import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { formatDiagnostic, SpecError } from './load/errors.ts';
import { generateTarget, type GenerateResult, type GenerateTarget } from './pipeline.ts';

export interface WatchHandle {
  close(): Promise<void>;
  /** Resolves after the first generation of every target. */
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
  let running: Promise<void> = Promise.resolve();
  // Started with a path so that chokidar emits 'ready' once the first files are being watched.
  const watcher: FSWatcher = watch(targets.map((t) => path.resolve(t.spec)), { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 30, pollInterval: 10 } });
  const watching = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  const run = async (target: GenerateTarget, changed: string[]) => {
    try {
      const result = await generateTarget(target);
      const files = new Set(result.specFiles);
      const before = filesOf.get(target) ?? new Set<string>();
      watcher.add([...files].filter((f) => !before.has(f)));
      filesOf.set(target, new Set([...files, ...before]));
      report(result, changed);
    } catch (err) {
      if (!(err instanceof SpecError)) throw err;
      // Keep watching what we knew, plus the root (it may be the broken file).
      const known = filesOf.get(target) ?? new Set([path.resolve(target.spec)]);
      filesOf.set(target, known);
      watcher.add([...known]);
      console.error(formatDiagnostic(err.diagnostic));
      console.error(`${target.out}: kept the last good output`);
    }
  };

  const flush = () => {
    const changed = [...pending];
    pending.clear();
    running = running.then(async () => {
      for (const target of targets) {
        const files = filesOf.get(target);
        if (extraFiles.some((f) => changed.includes(f)) || changed.some((f) => files?.has(f))) await run(target, changed);
      }
    });
  };
  const onChange = (file: string) => {
    pending.add(path.resolve(file));
    clearTimeout(timer);
    timer = setTimeout(flush, 25);
  };
  watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
  if (extraFiles.length) watcher.add(extraFiles);

  const ready = (async () => {
    for (const target of targets) await run(target, []);
    // Only report ready once chokidar is watching.
    await watching;
  })();
  running = ready;
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await running.catch(() => undefined);
      await watcher.close();
    },
  };
}
