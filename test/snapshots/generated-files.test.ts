import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTarget } from '../../generator/pipeline.ts';
import { fixture, ROOT } from '../helpers/cli.ts';

/** Every generated file of every fixture, as a file snapshot. Snapshots guard output; behaviour tests prove it. */
const TARGETS = [
  { name: 'graph-connectors', spec: path.join(ROOT, 'spec/graph-connectors.yaml'), out: path.join(ROOT, 'generated/graph-connectors'), packageName: '@specgen/graph-connectors' },
  { name: 'petstore-3.0', spec: fixture('specs/petstore-3.0.yaml'), out: path.join(ROOT, 'test/fixtures/out/petstore-3.0') },
  { name: 'features-3.1', spec: fixture('specs/features-3.1.yaml'), out: path.join(ROOT, 'test/fixtures/out/features-3.1') },
];

for (const target of TARGETS) {
  describe(`${target.name}: generated files`, async () => {
    const { files } = await renderTarget(target);
    it('emits the expected file set', () => {
      expect(files.map((f) => f.path).sort()).toMatchSnapshot();
    });
    for (const file of files) {
      it(file.path, async () => {
        await expect(file.content).toMatchFileSnapshot(`./__files__/${target.name}/${file.path}.snap`);
      });
    }
  });
}
