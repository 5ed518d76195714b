import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/api.ts';
import { fixture, ROOT, tempDir } from '../helpers/cli.ts';

/** `tsc --noEmit --strict` over generated output, through the compiler API. */
export function typecheck(entryFiles: string[]): string[] {
  const program = ts.createProgram(entryFiles, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: false,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n') +
    (d.file ? ` (${path.relative(ROOT, d.file.fileName)})` : ''));
}

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
