/**
 * `npm run build` (also run by `prepack`): the published package's `dist/`, plain ESM JavaScript and
 * declarations, so that an installed specgen runs with no TypeScript loader.
 *
 * - JavaScript (esbuild): one `dist/<path>.js` per `generator/<path>.ts`, the same tree at the same
 *   depth, because modules find `templates/` relative to their own `import.meta.url`
 *   (`new URL('../../templates/', import.meta.url)` in `generator/emit/runtime-files.ts` reaches
 *   `<package>/templates/` from `dist/emit/runtime-files.js` just the same). Relative imports stay
 *   imports (`./x.ts` -> `./x.js`), packages stay external. The one exception: a value imported from
 *   a runtime module under `templates/` (e.g. `mintId` from `templates/mock-runtime/ids.ts`) is
 *   bundled into the importing file, since `templates/` ships as TypeScript sources only (they are
 *   copied into generated packages as they are).
 * - Declarations (TypeScript, tsconfig.build.json): for the package's exports only (`generator/index.ts`,
 *   `generator/config.ts` and what they reach, `templates/` types included) into
 *   `dist/types/{generator,templates}/`, with relative `.ts` specifiers rewritten to `.js`;
 *   `dist/index.d.ts` and `dist/config.d.ts` re-export them.
 * - `dist/bin/specgen.js` keeps its `#!/usr/bin/env node` line and is made executable.
 *
 * Run with `node --import tsx generator/bin/build.ts`; it is not part of `dist/` itself.
 */
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = path.join(ROOT, 'generator');
const TEMPLATES = path.join(ROOT, 'templates');
const DIST = path.join(ROOT, 'dist');
const THIS_FILE = path.join(SOURCES, 'bin/build.ts');

/** The package's exports: `dist/<entry>.js` gets a `dist/<entry>.d.ts` beside it. */
const PUBLIC_ENTRIES = {
  index: "specgen's programmatic API",
  config: '`specgen/config`: `defineConfig` and the config types, without loading the generator',
};

const inside = (file: string, dir: string) => !path.relative(dir, file).startsWith('..') && !path.isAbsolute(path.relative(dir, file));

/** Every TypeScript module of the generator (this script excepted). */
function sources(dir = SOURCES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) return sources(abs);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') && abs !== THIS_FILE ? [abs] : [];
  }).sort();
}

/** Relative imports between generator modules stay imports (`.ts` -> `.js`); `templates/` values are inlined. */
const layout: Plugin = {
  name: 'specgen-dist-layout',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const target = path.resolve(args.resolveDir, args.path);
      if (inside(args.importer, TEMPLATES) || inside(target, TEMPLATES)) return undefined;
      if (inside(target, SOURCES) && args.path.endsWith('.ts')) return { path: `${args.path.slice(0, -'.ts'.length)}.js`, external: true };
      return { errors: [{ text: `${args.path} (from ${path.relative(ROOT, args.importer)}): a relative import must name a .ts module under generator/ or templates/` }] };
    });
  },
};

async function javascript(entryPoints: string[]): Promise<void> {
  const result = await build({
    entryPoints,
    outdir: DIST,
    outbase: SOURCES,
    bundle: true,
    packages: 'external',
    plugins: [layout],
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    charset: 'utf8',
    legalComments: 'inline',
    logLevel: 'warning',
    metafile: true,
  });
  const inlined = Object.keys(result.metafile.inputs).filter((f) => f.startsWith('templates/'));
  if (inlined.length) console.error(`build: inlined from templates/: ${inlined.join(', ')}`);
  chmodSync(path.join(DIST, 'bin/specgen.js'), 0o755);
}

/** Relative `.ts` module specifiers in emitted declarations (`from './api.ts'`, `import('./x.ts')`) -> `.js`. */
export function jsSpecifiers(declarations: string): string {
  return declarations.replace(/((?:from|import)\s*\(?\s*)(['"])(\.\.?\/[^'"]*?)\.ts\2/g, (_m, lead: string, q: string, spec: string) => `${lead}${q}${spec}.js${q}`);
}

function declarations(): void {
  const host: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  };
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.build.json'), undefined, host)!;
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  const written: string[] = [];
  const result = program.emit(undefined, (file, text) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, file.endsWith('.d.ts') ? jsSpecifiers(text) : text);
    written.push(file);
  });
  const problems = [...config.errors, ...program.getOptionsDiagnostics(), ...result.diagnostics];
  if (problems.length || result.emitSkipped) {
    throw new Error(`declarations failed:\n${ts.formatDiagnostics(problems, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' })}`);
  }
  if (written.some((f) => !inside(f, path.join(DIST, 'types')))) throw new Error('declarations written outside dist/types/');
  for (const [entry, what] of Object.entries(PUBLIC_ENTRIES)) {
    if (!written.includes(path.join(DIST, `types/generator/${entry}.d.ts`))) throw new Error(`no declarations for generator/${entry}.ts`);
    writeFileSync(path.join(DIST, `${entry}.d.ts`), `/** ${what} (declarations in ./types/generator/). */\nexport * from './types/generator/${entry}.js';\n`);
  }
}

const started = performance.now();
rmSync(DIST, { recursive: true, force: true });
const entryPoints = sources();
await javascript(entryPoints);
declarations();
console.error(`build: dist/ from ${entryPoints.length} modules in ${Math.round(performance.now() - started)} ms`);
