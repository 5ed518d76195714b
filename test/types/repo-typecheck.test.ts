import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

describe("specgen's own sources", () => {
  it('type-check under the strict tsconfig (generator, tests, benches)', async () => {
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await promisify(execFile)(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 })
      .then(() => '')
      .catch((e: { stdout: string }) => e.stdout);
    expect(result).toBe('');
  }, 180_000);

  it('the runtime modules shipped into packages type-check on their own (exactOptionalPropertyTypes, .js specifiers)', async () => {
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await promisify(execFile)(process.execPath, [tsc, '--noEmit', '-p', 'templates/tsconfig.json'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 })
      .then(() => '')
      .catch((e: { stdout: string }) => e.stdout);
    expect(result).toBe('');
  }, 180_000);
});
