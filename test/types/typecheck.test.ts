import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/api.ts';
import { fixture, ROOT, tempDir } from '../helpers/cli.ts';
import { writeSources } from '../helpers/sources.ts';
import { typecheck } from '../helpers/typecheck.ts';

describe('generated output type-checks under --strict', () => {
  it('the embedded Graph connectors package (generated/): its sources, and the declarations it ships', async () => {
    const sources = await writeSources({ spec: path.join(ROOT, 'spec/graph-connectors.yaml'), packageName: '@specgen/graph-connectors' });
    expect(typecheck([path.join(sources, 'src/index.ts'), path.join(ROOT, 'generated/graph-connectors/dist/index.d.ts')])).toEqual([]);
  });

  for (const name of ['petstore-3.0', 'features-3.1']) {
    it(`fixture ${name}: its sources, and the declarations it ships`, async () => {
      const sources = await writeSources({ spec: fixture(`specs/${name}.yaml`) });
      const out = path.join(await tempDir(), name);
      await generate({ spec: fixture(`specs/${name}.yaml`), out });
      expect(typecheck([path.join(sources, 'src/index.ts'), path.join(out, 'dist/index.d.ts')])).toEqual([]);
    });
  }
});
