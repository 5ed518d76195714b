import path from 'node:path';
import ts from 'typescript';
import { ROOT } from './cli.ts';

/**
 * `tsc --noEmit --strict` over generated output, through the compiler API: strict, no ambient
 * types (`types: []`), the DOM lib, `noUncheckedIndexedAccess` and `exactOptionalPropertyTypes`.
 * Each diagnostic as `message (file)`, or `TSxxxx message (file)` with `codes`.
 */
export function typecheck(entryFiles: string[], opts: { codes?: boolean } = {}): string[] {
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
  return ts.getPreEmitDiagnostics(program).map((d) => (opts.codes ? `TS${d.code} ` : '') + ts.flattenDiagnosticMessageText(d.messageText, '\n') +
    (d.file ? ` (${path.relative(ROOT, d.file.fileName)})` : ''));
}
