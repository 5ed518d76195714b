/**
 * Strict TypeScript over one emitted validators module together with the runtime modules it imports
 * (`./runtime/validation.js`, `./runtime/formats.js`), exactly as they ship: the files
 * `runtimeFiles` puts into a package, in memory beside the module. Strict, noUncheckedIndexedAccess,
 * exactOptionalPropertyTypes, verbatimModuleSyntax, allowUnreachableCode: false, no ambient types;
 * and the module's imports must be exact: an imported runtime name the module does not use is a
 * diagnostic too (noUnusedLocals, reported for import declarations only).
 */
import ts from 'typescript';
import { runtimeFiles } from '../../../generator/emit/runtime-files.ts';

const DIR = '/virtual/src';
const MODULE = `${DIR}/validators.ts`;

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  allowUnreachableCode: false,
  noUnusedLocals: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts'],
  types: [],
  noEmit: true,
};

/** Diagnostics codes of unused declarations: only reported when they are about an import. */
const UNUSED = new Set([6133, 6192, 6196, 6198, 6205]);

let runtime: Map<string, string> | undefined;

/** The runtime modules as a package ships them, by virtual path. */
function runtimeSources(): Map<string, string> {
  runtime ??= new Map(runtimeFiles(['runtime/validation.ts', 'runtime/formats.ts'], 'test').map((f) => [`/virtual/${f.path}`, f.content]));
  return runtime;
}

/** `line: TSnnnn message` for each diagnostic of the module (`file:line: …` for one in a runtime module). */
export function typecheckValidators(source: string, types: Record<string, string> = {}): string[] {
  const files = new Map(runtimeSources());
  files.set(MODULE, source);
  for (const [name, text] of Object.entries(types)) files.set(`${DIR}/${name}`, text);
  const host = ts.createCompilerHost(OPTIONS);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, onError, shouldCreate) => {
    const text = files.get(name);
    return text !== undefined ? ts.createSourceFile(name, text, languageVersion, true) : getSourceFile(name, languageVersion, onError, shouldCreate);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (name) => name === '/virtual' || name.startsWith('/virtual/') || (directoryExists?.(name) ?? false);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  const program = ts.createProgram([MODULE], OPTIONS, host);
  const out: string[] = [];
  for (const d of ts.getPreEmitDiagnostics(program)) {
    if (UNUSED.has(d.code) && !(d.file && d.start !== undefined && inImport(d.file, d.start))) continue;
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    const where = d.file && d.file.fileName !== MODULE ? `${d.file.fileName}:` : '';
    out.push(`${where}${line}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  }
  return out;
}

function inImport(file: ts.SourceFile, pos: number): boolean {
  return file.statements.some((s) => ts.isImportDeclaration(s) && s.getStart(file) <= pos && pos < s.end);
}
