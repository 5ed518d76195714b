/**
 * The command line. Loaded at every start, so it imports only commander and small modules: each
 * command's module (the pipeline, ts-morph, TypeScript, esbuild, redocly, chokidar, …) is imported
 * when that command runs, and `specgen --help` stays fast.
 */
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GenerateOptions } from './api.ts';
import { formatDiagnostic, SpecError } from './load/errors.ts';
import type { MockCommandOptions } from './mock-command.ts';
import type { GenerateResult, GenerateTarget } from './pipeline.ts';
import { createProgress } from './progress.ts';

export const EXIT = { ok: 0, stale: 1, badInput: 2 } as const;

/** specgen's own version, from its package.json (`../package.json` from generator/ and from dist/ alike). */
function toolVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function printResult(r: GenerateResult, check: boolean): void {
  for (const w of r.warnings) console.error(formatDiagnostic(w));
  const total = Object.entries(r.timings).filter(([k]) => !k.includes(':')).reduce((a, [, v]) => a + v, 0);
  if (check) {
    if (r.stale.length === 0) {
      console.log(`${r.target.out}: up to date${r.upToDate ? ', nothing changed since the last run' : ''} (${r.files.length} files, ${Math.round(total)} ms)`);
      return;
    }
    console.log(`${r.target.out}: ${r.stale.length} file(s) differ from ${r.target.spec} — run \`specgen generate\``);
    for (const s of r.stale) console.log(`\n${s.status.toUpperCase()} ${s.path}\n${s.diff}`);
    return;
  }
  if (r.upToDate) {
    console.log(`${r.target.out}: up to date, nothing changed since the last run (${r.files.length} files, ${Math.round(total)} ms)`);
    return;
  }
  const count = (s: string) => r.files.filter((f) => f.status === s).length;
  const changed = count('added') + count('changed') + r.removed.length;
  console.log(`${r.target.out}: ${changed ? `${count('added')} added, ${count('changed')} changed, ${r.removed.length} removed` : 'no changes'}, ` +
    `${count('unchanged')} unchanged (${Math.round(total)} ms: ${['load', 'model', 'emit', 'write'].map((p) => `${p} ${Math.round(r.timings[p] ?? 0)}`).join(', ')})`);
}

async function watchCommand(opts: GenerateOptions): Promise<void> {
  const [{ resolveGeneration }, { withLoadOptions }] = await Promise.all([import('./api.ts'), import('./load/policy.ts')]);
  const { targets, load } = await resolveGeneration(opts);
  // The watcher is created inside this context: every regeneration it runs inherits the load options.
  await withLoadOptions(load, () => watchUntilSignal(targets, opts));
}

async function watchUntilSignal(targets: GenerateTarget[], opts: GenerateOptions): Promise<void> {
  const [{ findConfig }, { displayPathOf }, { watchTargets }] = await Promise.all([
    import('./config.ts'), import('./load/spec-file.ts'), import('./watch.ts'),
  ]);
  const config = opts.spec ? undefined : opts.config ?? (await findConfig());
  const handle = watchTargets(targets, (r, changed) => {
    if (changed.length) console.log(`changed: ${changed.map((f) => displayPathOf(f)).join(', ')}`);
    printResult(r, false);
    const touched = r.files.filter((f) => f.status !== 'unchanged').map((f) => f.path);
    if (changed.length && touched.length) console.log(`  rewrote: ${touched.join(', ')}`);
  }, config ? [path.resolve(config)] : []);
  await handle.ready;
  console.log(`watching ${targets.map((t) => t.spec).join(', ')} (Ctrl-C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => void handle.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export function buildCli(setExit: (code: number) => void): Command {
  const program = new Command('specgen')
    .description('Spec-first TypeScript code generator: OpenAPI 3.0/3.1 -> types, client, validators, mocks, as a publishable package.')
    .version(toolVersion())
    .showHelpAfterError()
    .exitOverride();

  program
    .command('generate')
    .description('Generate the package(s) from a spec, or from specgen.config.{ts,mjs,json}. Exit 0 ok, 1 stale (--check), 2 bad input.')
    .option('-s, --spec <file>', 'root spec file (YAML or JSON; other files reached through $ref)')
    .option('-o, --out <dir>', 'output directory (default: generated/<spec name>, or the config\'s)')
    .option('-c, --config <file>', 'config file listing several specs with their outputs')
    .option('--package-name <name>', 'npm name of the generated package')
    .option('--allow-ref-root <dir>', 'also let $refs read files under DIR (repeatable; default: only the root spec\'s directory tree)',
      (dir: string, previous: string[] = []) => [...previous, dir])
    .option('--check', 'generate in memory and compare with disk: exit 1 and show a diff when stale; writes nothing')
    .option('-w, --watch', 'regenerate when any spec file (any file reached through $ref) changes; a bad edit keeps the last good output')
    .option('--write-sources <dir>', 'also write the TypeScript the package is compiled from into DIR (new or empty), to read or type-check it; not part of the package')
    .action(async ({ allowRefRoot, ...given }: GenerateOptions & { packageName?: string; watch?: boolean; allowRefRoot?: string[] }) => {
      const opts: typeof given = { ...given, ...(allowRefRoot ? { allowRefRoots: allowRefRoot } : {}) };
      if (opts.watch) {
        await watchCommand(opts);
        return;
      }
      const { generate } = await import('./api.ts');
      const progress = createProgress(process.stderr);
      let summary;
      try {
        summary = await generate({ ...opts, onStep: (step) => progress.step(step) });
      } finally {
        progress.done();
      }
      for (const r of summary.results) printResult(r, !!opts.check);
      setExit(summary.stale ? EXIT.stale : EXIT.ok);
    });

  program
    .command('lint')
    .description('Lint a spec with the recommended rules plus example validation (exit 2 on any problem).')
    .option('-s, --spec <file>', 'root spec file', 'spec/graph-connectors.yaml')
    .addOption(new Option('--warnings-fail', 'also fail on warnings (for --connector-schema: only when given)').default(true))
    .option('--connector-schema <file>', 'check a connection schema payload (JSON) instead: rule violations, missing title/url/iconUrl labels')
    .action(async (opts: { spec: string; warningsFail: boolean; connectorSchema?: string }, command: Command) => {
      const { lintCommand } = await import('./lint.ts');
      const warningsFail = opts.connectorSchema === undefined ? opts.warningsFail : command.getOptionValueSource('warningsFail') === 'cli';
      setExit(await lintCommand(opts.spec, warningsFail, { connectorSchema: opts.connectorSchema }));
    });

  program
    .command('mock')
    .description('Serve the stateful mock of a spec on 127.0.0.1 (nothing is generated into the project).')
    .option('-s, --spec <file>', 'root spec file', 'spec/graph-connectors.yaml')
    .option('-p, --port <port>', 'port (0 = any free port)', '4010')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--seed <seed>', 'seed of ids and fault draws')
    .option('--delay <ms>', 'delay of long-running operations in milliseconds')
    .option('--throttle', "turn the limiter on: the spec's request budgets (x-specgen-throttling), 429 + Retry-After")
    .option('--throttle-rate <rate>', 'also answer this share of requests (0..1) 429 at random, with Retry-After')
    .action(async (opts: MockCommandOptions) => {
      const { mockCommand } = await import('./mock-command.ts');
      setExit(await mockCommand(opts));
    });
  program
    .command('diff')
    .description('List the API changes from OLD to NEW spec, each breaking or not, and the semver bump they call for.')
    .argument('<old>', 'the previous spec')
    .argument('<new>', 'the new spec')
    .option('--json', 'print the changes as JSON')
    .option('--fail-on-breaking', 'exit 1 when a change is breaking')
    .action(async (oldSpec: string, newSpec: string, opts: { json?: boolean; failOnBreaking?: boolean }) => {
      const { diffCommand } = await import('./diff/command.ts');
      setExit(await diffCommand(oldSpec, newSpec, opts));
    });
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildCli((c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.badInput;
    }
    if (err instanceof SpecError) {
      console.error(formatDiagnostic(err.diagnostic));
      return EXIT.badInput;
    }
    console.error(`specgen: internal error: ${(err as Error).stack ?? String(err)}`);
    return EXIT.badInput;
  }
}
