import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/api.ts';
import { fixture, ROOT, tempDir } from '../helpers/cli.ts';
import { typecheck } from '../helpers/typecheck.ts';

describe('generated output type-checks under --strict', () => {
  it('the embedded Graph connectors package (generated/)', () => {
    expect(typecheck([path.join(ROOT, 'generated/graph-connectors/src/index.ts')])).toEqual([]);
  });

  for (const name of ['petstore-3.0', 'features-3.1']) {
    it(`fixture ${name}`, async () => {
      const out = path.join(await tempDir(), name);
      await generate({ spec: fixture(`specs/${name}.yaml`), out });
      expect(typecheck([path.join(out, 'src/index.ts')])).toEqual([]);
    });
  }
});
