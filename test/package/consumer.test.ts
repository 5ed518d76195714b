import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.ts';

const run = promisify(execFile);
const PKG = path.join(ROOT, 'generated/graph-connectors');
const CHROMIUM = '/usr/bin/chromium';

/**
 * The generated package as a user gets it: `npm pack`, installed from the tarball into a scratch
 * project, type-checked under strict, run in Node and, bundled, in real headless Chromium — each
 * against the package's own mock server on 127.0.0.1.
 */
describe('consumer of the packed package', () => {
  let project: string;
  beforeAll(async () => {
    project = await tempDir('specgen-consumer-');
    const { stdout } = await run('npm', ['pack', PKG, '--pack-destination', project, '--json', '--ignore-scripts'], { cwd: project });
    const { filename } = (JSON.parse(stdout) as { filename: string }[])[0]!;
    await writeFile(path.join(project, 'package.json'), JSON.stringify({
      name: 'consumer', private: true, type: 'module', dependencies: { '@specgen/graph-connectors': `file:./${filename}` },
    }));
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: project });
    await copyFile(path.join(ROOT, 'test/package/consumer.ts.txt'), path.join(project, 'consumer.ts'));
    await copyFile(path.join(ROOT, 'test/package/browser-entry.ts.txt'), path.join(project, 'browser.ts'));
  }, 120_000);

  it('ships dist (each module once, as .js and .d.ts), README and CHANGELOG; no sources, no openapi.json, nothing of the generator', async () => {
    const installed = path.join(project, 'node_modules/@specgen/graph-connectors');
    expect((await readdir(installed)).sort()).toEqual(['CHANGELOG.md', 'README.md', 'dist', 'package.json']);
    for (const f of ['src', 'src/client.ts', 'openapi.json', '.specgen-manifest.json']) expect(existsSync(path.join(installed, f)), f).toBe(false);
    const dist = (await readdir(path.join(installed, 'dist'), { recursive: true })).filter((f) => f.includes('.')).map((f) => f.split(path.sep).join('/')).sort();
    // what the generated package has in dist/, all of it
    expect(dist).toEqual((await readdir(path.join(PKG, 'dist'), { recursive: true })).filter((f) => f.includes('.')).map((f) => f.split(path.sep).join('/')).sort());
    const modules = dist.filter((f) => f.endsWith('.js'));
    expect(modules).toEqual(expect.arrayContaining([
      'index.js', 'types.js', 'client.js', 'validators.js', 'mocks.js', 'mock-server.js', 'msw.js', 'openapi.js',
      'runtime/client.js', 'runtime/validation.js', 'mock-runtime/handler.js',
    ]));
    // nothing but JavaScript and its declarations: one .d.ts per .js
    expect(dist.filter((f) => !f.endsWith('.js') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(dist.filter((f) => f.endsWith('.d.ts'))).toEqual(modules.map((f) => f.replace(/\.js$/, '.d.ts')).sort());
    const pkg = JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.exports)).toEqual(['.', './types', './client', './validators', './mocks', './mocks/server', './mocks/msw']);
    expect(pkg.dependencies).toBeUndefined();
  });

  it('type-checks a consumer file under strict (NodeNext resolution of the exports map)', () => {
    const program = ts.createProgram([path.join(project, 'consumer.ts'), path.join(project, 'browser.ts')], {
      strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: ['node'], typeRoots: [path.join(ROOT, 'node_modules/@types')], skipLibCheck: false,
    });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([]);
  });

  it('runs in Node against the mock server', async () => {
    const out = path.join(project, 'consumer.mjs');
    await build({ entryPoints: [path.join(project, 'consumer.ts')], outfile: out, format: 'esm', platform: 'node', bundle: false, logLevel: 'silent' });
    const { stdout } = await run(process.execPath, [out], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({
      defaultServer: 'https://graph.microsoft.com/v1.0',
      state: 'draft',
      operation: 'completed',
      itemValid: true,
      item: { title: 'Hello' },
      notFound: 404,
    });
  });

  describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('in headless Chromium', () => {
    let server: http.Server;
    let origin: string;
    beforeAll(async () => {
      const bundle = await build({ entryPoints: [path.join(project, 'browser.ts')], bundle: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'silent', absWorkingDir: project });
      const js = bundle.outputFiles[0]!.text;
      // The package's own mock handler, from the installed tarball, on the page's origin.
      const mocks = await import(pathToFileURL(path.join(project, 'node_modules/@specgen/graph-connectors/dist/mocks.js')).href) as typeof import('../../generated/graph-connectors/dist/mocks.js');
      const handler = mocks.createMockHandler({ seed: 7 });
      server = http.createServer(async (req, res) => {
        if (req.url === '/' || req.url === '/app.js') {
          res.writeHead(200, { 'content-type': req.url === '/' ? 'text/html' : 'text/javascript' });
          res.end(req.url === '/' ? '<!doctype html><title>consumer</title><script type="module" src="/app.js"></script>' : js);
          return;
        }
        const chunks: Buffer[] = [];
        for await (const c of req) chunks.push(c as Buffer);
        const body = chunks.length ? Buffer.concat(chunks) : undefined;
        const response = await handler(new Request(`${origin}${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, ...(body ? { body } : {}) }));
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server?.close(() => resolve())));

    it('runs the bundled client and validators in the browser against the mock', async () => {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(origin);
        const result = await page.evaluate(() => (window as unknown as { __result: Promise<unknown> }).__result);
        expect(errors).toEqual([]);
        expect(result).toEqual({ validId: true, invalidId: false, state: 'draft', listed: ['browserhr'], conflict: 409 });
      } finally {
        await browser.close();
      }
    });
  });
});
