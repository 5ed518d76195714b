import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

const PKG = path.join(ROOT, 'generated/graph-connectors');

describe('the generated package is publishable as it is', () => {
  it('publint reports no problems (suggestions included)', async () => {
    const { messages } = await publint({ pkgDir: PKG, level: 'suggestion', strict: true });
    expect(messages.map((m) => `${m.type} ${m.code} ${m.path.join('.')}`)).toEqual([]);
  });

  it('@arethetypeswrong/cli finds no problem for an ESM-only package (node16 from ESM, bundler)', async () => {
    const bin = path.join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--pack', PKG, '--profile', 'esm-only', ], { cwd: PKG })
      .catch((e: { stdout: string; code: number }) => {
        throw new Error(`attw failed (exit ${e.code}):\n${e.stdout}`);
      });
    // Exit 0, and every problem it lists is one the ESM-only profile ignores (CommonJS require, node10).
    const problems = stdout.split('\n').filter((l) => /arethetypeswrong\.github\.io\/blob\/main\/docs\/problems/.test(l));
    expect(problems.filter((l) => !l.startsWith('(ignored per resolution)'))).toEqual([]);
    expect(stdout).toMatch(/ignoring resolutions: 'node10', 'node16-cjs'/);
    expect(stdout).toMatch(/node16 \(from ESM\)[^\n]*🟢/);
  });
});
