import { createHash } from 'node:crypto';
import path from 'node:path';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import type { EmittedFile } from '../types.ts';

const DECLARATION_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  declaration: true,
  emitDeclarationOnly: true,
  isolatedDeclarations: true,
  strict: true,
  skipLibCheck: true,
  noCheck: true,
  newLine: ts.NewLineKind.LineFeed,
  rootDir: '/pkg/src',
  outDir: '/pkg/dist',
};

/** One file at a time: no root or output directory (they would only add bogus diagnostics). */
const { rootDir: _rootDir, outDir: _outDir, ...ISOLATED_OPTIONS } = DECLARATION_OPTIONS;

/**
 * The package ships compiled ESM and declarations, built as part of generation so users never
 * compile it: `src/*.ts` -> `dist/*.js` (esbuild: types stripped, code as written) and
 * `dist/*.d.ts` (TypeScript's isolated declaration emit; files that need inference fall back to
 * a full declaration build).
 */
export function compilePackage(files: EmittedFile[]): EmittedFile[] {
  const sources = files.filter((f) => f.path.startsWith('src/') && f.path.endsWith('.ts'));
  const out: EmittedFile[] = [];
  const needProgram: EmittedFile[] = [];
  for (const file of sources) {
    const compiled = compileFile(file);
    if (compiled) out.push(...compiled);
    else needProgram.push(file);
  }
  if (needProgram.length) {
    for (const file of needProgram) {
      const base = `dist/${file.path.slice('src/'.length, -'.ts'.length)}`;
      out.push({ path: `${base}.js`, content: transformSync(file.content, { loader: 'ts', format: 'esm', target: 'es2022', legalComments: 'inline', sourcefile: file.path }).code });
    }
    out.push(...programDeclarations(sources, needProgram));
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Why a file cannot get its declarations on its own (empty: it can); emitters keep this empty. */
export function isolatedDeclarationProblems(file: EmittedFile): string[] {
  const dts = ts.transpileDeclaration(file.content, { compilerOptions: ISOLATED_OPTIONS, fileName: file.path, reportDiagnostics: true });
  return (dts.diagnostics ?? []).map((d) => `${file.path}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

/**
 * Each file compiles on its own, so results are kept per content for the life of the process:
 * in watch mode only the files that changed are compiled again.
 */
const cache = new Map<string, EmittedFile[] | null>();

function compileFile(file: EmittedFile): EmittedFile[] | undefined {
  const key = `${file.path}\0${createHash('sha256').update(file.content).digest('hex')}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const base = `dist/${file.path.slice('src/'.length, -'.ts'.length)}`;
  if (file.typesOnly) {
    // Declarations only: the source is its own declaration file, with `.js` specifiers as they are.
    return [{ path: `${base}.js`, content: 'export {};\n' }, { path: `${base}.d.ts`, content: file.content }];
  }
  const js = transformSync(file.content, { loader: 'ts', format: 'esm', target: 'es2022', legalComments: 'inline', sourcefile: file.path });
  if (file.declarations !== undefined) return [{ path: `${base}.js`, content: js.code }, { path: `${base}.d.ts`, content: file.declarations }];
  const dts = ts.transpileDeclaration(file.content, { compilerOptions: ISOLATED_OPTIONS, fileName: file.path, reportDiagnostics: true });
  const result = dts.diagnostics?.length ? null : [{ path: `${base}.js`, content: js.code }, { path: `${base}.d.ts`, content: dts.outputText }];
  if (cache.size > 256) cache.clear();
  cache.set(key, result);
  if (!result) return undefined;
  return result;
}

/** Declarations through a whole program (inferred types need the checker), for the files that need it. */
function programDeclarations(all: EmittedFile[], wanted: EmittedFile[]): EmittedFile[] {
  const options = { ...DECLARATION_OPTIONS, isolatedDeclarations: false };
  const sources = new Map(all.map((f) => [`/pkg/${f.path}`, f.content]));
  const libDir = path.dirname(ts.getDefaultLibFilePath(options));
  const host = ts.createCompilerHost(options, true);
  const readReal = host.readFile.bind(host);
  const existsReal = host.fileExists.bind(host);
  host.readFile = (f) => sources.get(f) ?? (f.startsWith(libDir) ? readReal(f) : undefined);
  host.fileExists = (f) => sources.has(f) || (f.startsWith(libDir) && existsReal(f));
  host.getCurrentDirectory = () => '/pkg';
  host.directoryExists = (d) => d === '/pkg' || d.startsWith('/pkg/src') || d.startsWith(libDir);
  host.getDirectories = () => [];
  host.realpath = (p) => p;
  const out: EmittedFile[] = [];
  host.writeFile = (name, text) => out.push({ path: path.posix.relative('/pkg', name), content: text });
  const program = ts.createProgram([...sources.keys()].sort(), options, host);
  for (const file of wanted) {
    const result = program.emit(program.getSourceFile(`/pkg/${file.path}`), undefined, undefined, true);
    const errors = result.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
    if (errors.length) {
      throw new Error(`declarations of ${file.path} failed:\n${errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n')}`);
    }
  }
  return out;
}
