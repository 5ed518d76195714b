import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture, tempDir, treeState } from '../helpers/cli.ts';

describe('CHANGELOG and version warnings when the spec moves', () => {
  it('first entry, then an entry per spec change, a warning when info.version lags, nothing when unchanged', async () => {
    const dir = await tempDir();
    const spec = path.join(dir, 'petstore.yaml');
    await cp(fixture('specs/petstore-3.0.yaml'), spec);
    await cp(fixture('specs/pet-schemas.yaml'), path.join(dir, 'pet-schemas.yaml'));
    const out = path.join(dir, 'out');
    expect((await cli('generate', '--spec', spec, '--out', out)).code).toBe(0);
    const first = await readFile(path.join(out, 'CHANGELOG.md'), 'utf8');
    expect(first).toBe('# Changelog\n\n## 1.2.0\n\nFirst generation: 4 operations, 4 schemas.\n');

    // Unchanged spec: the changelog and every file stay as they are.
    const state = await treeState(out);
    expect((await cli('generate', '--spec', spec, '--out', out)).code).toBe(0);
    expect(await treeState(out)).toEqual(state);

    // A breaking change without a version bump: an entry plus a located warning.
    const text = await readFile(spec, 'utf8');
    await writeFile(spec, text.replace(/    delete:\n      summary: Delete a pet \(no operationId\)\n      responses:\n        '204': \{ description: Deleted \}\n/, ''));
    const r = await cli('generate', '--spec', spec, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/petstore\.yaml:4:3 warning\[version-not-bumped\]: the API changes call for a major release, but info\.version went 1\.2\.0 -> 1\.2\.0 \(no bump\) \(at #\/info\/version\)/);
    const second = await readFile(path.join(out, 'CHANGELOG.md'), 'utf8');
    expect(second).toContain('## 1.2.0 (spec version not bumped as far as the changes require)');
    expect(second).toContain('### Breaking\n\n- DELETE /pets/{petId}: operation deletePetsByPetId removed');
    expect(second.endsWith(first.replace('# Changelog\n\n', ''))).toBe(true);

    // Bumped as required: no warning, a new entry on top.
    await writeFile(spec, (await readFile(spec, 'utf8')).replace('version: 1.2.0', 'version: 2.0.0').replace('summary: List pets', 'summary: List all pets'));
    const r2 = await cli('generate', '--spec', spec, '--out', out);
    expect(r2.stderr).not.toContain('version-not-bumped');
    const third = await readFile(path.join(out, 'CHANGELOG.md'), 'utf8');
    expect(third.startsWith('# Changelog\n\n## 2.0.0\n')).toBe(true);
    expect(third).toContain('No API changes since 1.2.0: documentation, examples or extensions only.');
  });
});
