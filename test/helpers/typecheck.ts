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

/** Strict TypeScript over one in-memory module (no imports); the diagnostics as `line: TSnnnn message`. */
export function typecheckSource(source: string): string[] {
  const fileName = '/virtual/validators.ts';
  const options: ts.CompilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    allowUnreachableCode: false,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts'],
    types: [],
    noEmit: true,
  };
  const host = ts.createCompilerHost(options);
  const original = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, onError, shouldCreate) =>
    name === fileName ? ts.createSourceFile(name, source, languageVersion, true) : original(name, languageVersion, onError, shouldCreate);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === fileName || fileExists(name);
  const program = ts.createProgram([fileName], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${line}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}
