import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';

describe('the committed generated/ tree', () => {
  it('is what the embedded spec generates (specgen.config.json, --check)', async () => {
    const r = await cli('generate', '--check');
    expect(r.stdout + r.stderr).toContain('generated/graph-connectors: up to date');
    expect(r.code).toBe(0);
  });

  it('--help documents every command and the exit codes', async () => {
    const { buildCli } = await import('../../generator/cli.ts');
    const program = buildCli(() => {});
    const names = program.commands.map((c) => c.name());
    expect(names).toEqual(expect.arrayContaining(['generate', 'lint']));
    const help = program.commands.find((c) => c.name() === 'generate')!.helpInformation();
    for (const flag of ['--spec', '--out', '--config', '--check']) expect(help).toContain(flag);
    expect(help.replace(/\s+/g, " ")).toMatch(/Exit 0 ok, 1 stale \(--check\), 2 bad input/);
  });
});

describe('config files', () => {
  it('generates several specs, each into its own output', async () => {
    const { mkdtemp, writeFile, readdir } = await import('node:fs/promises');
    const path = await import('node:path');
    const os = await import('node:os');
    const { fixture } = await import('../helpers/cli.ts');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'specgen-config-'));
    const config = path.join(dir, 'specgen.config.json');
    await writeFile(config, JSON.stringify({ specs: [
      { spec: fixture('specs/petstore-3.0.yaml'), out: 'out/petstore', packageName: '@acme/petstore' },
      { spec: fixture('specs/features-3.1.yaml'), out: 'out/features' },
    ] }));
    const r = await cli('generate', '--config', config);
    expect(r.code).toBe(0);
    expect(await readdir(path.join(dir, 'out'))).toEqual(['features', 'petstore']);
    const pkg = JSON.parse(await (await import('node:fs/promises')).readFile(path.join(dir, 'out/petstore/package.json'), 'utf8'));
    expect(pkg.name).toBe('@acme/petstore');
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ specs: [{ spec: 'x.yaml' }] }));
    const br = await cli('generate', '--config', bad);
    expect(br.code).toBe(2);
    expect(br.stderr).toMatch(/bad\.json error\[bad-config\]: each entry needs `spec` and `out` paths \(at #\/specs\/0\)/);
  });

  it('reads a typed specgen.config.ts found in the working directory', async () => {
    const { mkdtemp, writeFile, readFile } = await import('node:fs/promises');
    const path = await import('node:path');
    const os = await import('node:os');
    const { fixture, ROOT } = await import('../helpers/cli.ts');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'specgen-tsconfig-'));
    await writeFile(path.join(dir, 'specgen.config.ts'), [
      `import { defineConfig } from ${JSON.stringify(path.join(ROOT, 'generator/index.ts'))};`,
      `const out: string = 'out/typed';`,
      `export default defineConfig({ specs: [{ spec: ${JSON.stringify(fixture('specs/petstore-3.0.yaml'))}, out, packageName: '@acme/typed' }] });`,
    ].join('\n'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await cli('generate');
      expect(r.code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(JSON.parse(await readFile(path.join(dir, 'out/typed/package.json'), 'utf8')).name).toBe('@acme/typed');
    // The real bin too: outside any package, tsx must still load the config as a module.
    const { spawnCli } = await import('../helpers/cli.ts');
    const bin = await spawnCli(['generate', '--check'], dir);
    expect(bin.stderr).toBe('');
    expect(bin.stdout).toContain('out/typed: up to date');
    expect(bin.code).toBe(0);
  });
});
