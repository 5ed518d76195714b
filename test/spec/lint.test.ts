import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpecFiles } from '../../generator/load/refs.ts';
import { LINT_RULES, lintSpec } from '../../generator/load/validate.ts';
import { cli, ROOT } from '../helpers/cli.ts';

describe('npm run lint:spec', () => {
  it('the embedded spec is lint-clean (redocly recommended + examples validated against their schemas)', async () => {
    const problems = await lintSpec(await loadSpecFiles(path.join(ROOT, 'spec/graph-connectors.yaml')), LINT_RULES, true);
    expect(problems).toEqual([]);
  });

  it('the lint fails on a spec with problems, naming them', async () => {
    const r = await cli('lint', '--spec', path.join(ROOT, 'test/fixtures/specs/features-3.1.yaml'));
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/features-3\.1\.yaml:\d+:\d+ (error|warning)\[/);
  });
});
