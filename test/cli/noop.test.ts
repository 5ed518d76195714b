import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateTarget } from '../../generator/pipeline.ts';
import { MANIFEST_FILE, readManifest } from '../../generator/write/manifest.ts';
import { RUNS_BUILT } from '../../generator/write/unchanged.ts';
import { ROOT, tempDir } from '../helpers/cli.ts';

/**
 * No-op regeneration (issue 12): the manifest records what the files were made from (the spec files'
 * content hashes, the target's options, specgen's version); a run that finds the same skips loading,
 * emitting and writing. Anything changed, or a generated file edited, and the run is a full one.
 */
describe('no-op regeneration', () => {
  let dir: string;
  let spec: string;
  let out: string;
  const run = (opts: { check?: boolean; packageName?: string } = {}) =>
    generateTarget({ spec, out, ...(opts.packageName ? { packageName: opts.packageName } : {}) }, { check: opts.check ?? false, skipUnchanged: true });

  beforeAll(async () => {
    dir = await tempDir('specgen-noop-');
    await cp(path.join(ROOT, 'spec'), path.join(dir, 'spec'), { recursive: true });
    spec = path.join(dir, 'spec/graph-connectors.yaml');
    out = path.join(dir, 'out');
    const first = await run();
    expect(first.upToDate).toBeUndefined();
  }, 120_000);

  it('records the spec files (relative to the output, root first) and one hash of them, the options and specgen', async () => {
    const manifest = (await readManifest(out))!;
    expect(manifest.inputs!.files[0]).toBe('../spec/graph-connectors.yaml');
    expect(manifest.inputs!.files).toContain('../spec/schemas/externalGroup.yaml');
    expect(manifest.inputs!.files.every((f) => !path.isAbsolute(f))).toBe(true);
    expect(manifest.inputs!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a second run with nothing changed loads nothing and writes nothing; --check agrees', async () => {
    const before = await readFile(path.join(out, MANIFEST_FILE), 'utf8');
    const again = await run();
    expect(again.upToDate).toBe(true);
    expect(again.timings.load).toBeUndefined();
    expect(again.timings.emit).toBeUndefined();
    expect(again.files.every((f) => f.status === 'unchanged')).toBe(true);
    expect(again.files.length).toBeGreaterThan(20);
    expect(again.specFiles).toContain(path.join(dir, 'spec/schemas/externalGroup.yaml'));
    expect(await readFile(path.join(out, MANIFEST_FILE), 'utf8')).toBe(before);
    const check = await run({ check: true });
    expect(check.upToDate).toBe(true);
    expect(check.stale).toEqual([]);
  }, 60_000);

  it('an edited $ref-ed spec file means a full run, and the change reaches the output', async () => {
    const file = path.join(dir, 'spec/schemas/externalGroup.yaml');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('title: externalGroup', 'title: externalGroup (edited)'));
    const check = await run({ check: true });
    expect(check.upToDate).toBeUndefined();
    expect(check.stale.length).toBeGreaterThan(0);
    const full = await run();
    expect(full.upToDate).toBeUndefined();
    expect(full.timings.load).toBeGreaterThan(0);
    expect((await run()).upToDate).toBe(true);
    await writeFile(file, original);
    expect((await run()).upToDate).toBeUndefined();
  }, 120_000);

  it('a generated file edited by hand is not trusted: --check reports it, generate puts it back', async () => {
    const file = path.join(out, 'dist/types.d.ts');
    const original = await readFile(file, 'utf8');
    await writeFile(file, `${original}// edited\n`);
    const check = await run({ check: true });
    expect(check.upToDate).toBeUndefined();
    expect(check.stale.map((s) => s.path)).toContain('dist/types.d.ts');
    const fixed = await run();
    expect(fixed.upToDate).toBeUndefined();
    expect(await readFile(file, 'utf8')).toBe(original);
  }, 120_000);

  it('other options (the package name) mean a full run', async () => {
    const renamed = await run({ packageName: 'other-name' });
    expect(renamed.upToDate).toBeUndefined();
    expect(JSON.parse(await readFile(path.join(out, 'package.json'), 'utf8')).name).toBe('other-name');
    expect((await run({ packageName: 'other-name' })).upToDate).toBe(true);
    expect((await run()).upToDate).toBeUndefined();
  }, 120_000);

  it('is off by default when specgen runs from its TypeScript sources (their code changes under one version)', async () => {
    expect(RUNS_BUILT).toBe(false);
    const again = await generateTarget({ spec, out }, { check: true });
    expect(again.upToDate).toBeUndefined();
    expect(again.timings.load).toBeGreaterThan(0);
  }, 60_000);
});
