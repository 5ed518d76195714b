import { createHash } from 'node:crypto';
import path from 'node:path';
import { transform } from 'esbuild';
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

const { rootDir: _rootDir, outDir: _outDir, ...isolatedOptions } = DECLARATION_OPTIONS;
/** The options of TypeScript's isolated declaration emit, one file at a time (no root or output directory: they would only add bogus diagnostics). */
export const ISOLATED_OPTIONS: Readonly<ts.CompilerOptions> = isolatedOptions;

/** Where declarations that need TypeScript run: a worker thread (offload.ts) or this thread. */
export interface DeclarationRunner {
  declarations(fileName: string, content: string): Promise<string | null>;
}

const THIS_THREAD: DeclarationRunner = { declarations: async (fileName, content) => isolatedDeclarations(fileName, content) };

const ESBUILD = { loader: 'ts', format: 'esm', target: 'es2022', legalComments: 'inline' } as const;

/**
 * The package ships compiled ESM and declarations, built as part of generation so users never
 * compile it: `src/*.ts` -> `dist/*.js` (esbuild, in its own process: types stripped, code as
 * written; every file at once) and `dist/*.d.ts` (written by the emitter, else TypeScript's
 * isolated declaration emit on `runner`; files that need inference fall back to a full
 * declaration build). The sources themselves are not shipped.
 */
export async function compilePackage(files: EmittedFile[], runner: DeclarationRunner = THIS_THREAD): Promise<EmittedFile[]> {
  const sources = files.filter((f) => f.path.startsWith('src/') && f.path.endsWith('.ts'));
  const results = await Promise.all(sources.map((file) => compileFile(file, runner)));
  const out = results.flatMap((r) => r.files);
  const needProgram = sources.filter((_f, i) => results[i]!.needsProgram);
  if (needProgram.length) out.push(...programDeclarations(sources, needProgram));
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A file's declarations on its own (TypeScript's isolated declaration emit), or null when it needs inference. */
export function isolatedDeclarations(fileName: string, content: string): string | null {
  const dts = ts.transpileDeclaration(content, { compilerOptions: ISOLATED_OPTIONS, fileName, reportDiagnostics: true });
  return dts.diagnostics?.length ? null : dts.outputText;
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
const cache = new Map<string, Promise<{ files: EmittedFile[]; needsProgram: boolean }>>();

function compileFile(file: EmittedFile, runner: DeclarationRunner): Promise<{ files: EmittedFile[]; needsProgram: boolean }> {
  const base = `dist/${file.path.slice('src/'.length, -'.ts'.length)}`;
  if (file.typesOnly) {
    // Declarations only: the source is its own declaration file, with `.js` specifiers as they are.
    return Promise.resolve({ files: [{ path: `${base}.js`, content: 'export {};\n' }, { path: `${base}.d.ts`, content: file.content }], needsProgram: false });
  }
  const key = `${file.path}\0${createHash('sha256').update(file.content).digest('hex')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = (async () => {
    const [js, dts] = await Promise.all([
      transform(file.content, { ...ESBUILD, sourcefile: file.path }),
      file.declarations ?? runner.declarations(file.path, file.content),
    ]);
    const files = [{ path: `${base}.js`, content: js.code }];
    if (dts !== null) files.push({ path: `${base}.d.ts`, content: dts });
    return { files, needsProgram: dts === null };
  })();
  if (cache.size > 256) cache.clear();
  cache.set(key, result);
  result.catch(() => cache.delete(key));
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
