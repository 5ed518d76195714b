/**
 * Programmatic API: emit the module for one schema (or many, in one module) and load it.
 *
 * The emitted source is the same as a package's `src/validators.ts`: it imports its helpers from
 * `./runtime/validation.js` (and `./runtime/formats.js`). Loading it works like the package, with
 * the runtime as modules of their own: each runtime module (`templates/runtime/validation.ts`,
 * `formats.ts`) is turned into JavaScript by esbuild once per process and loaded from a `data:` URL,
 * so every compiled validator shares one instance of it, as the modules of a package do. The
 * emitted module is turned into JavaScript the same way, its `./runtime/….js` import specifiers
 * (found with TypeScript's scanner, among the module's leading import declarations, and nothing else
 * is touched) are resolved to those URLs, and it is imported from a `data:` URL of its own. No files
 * are written, no TypeScript loader is needed (plain Node, tsx and vitest alike), and the code runs as
 * it does in a package: not bundled (a bundler turns module-level `const`s into `var`s, measurably
 * slower in V8), with the runtime's names imported.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { transform, transformSync } from 'esbuild';
import ts from 'typescript';
import type { StandardSchemaV1, ValidationResult } from '../../../templates/runtime/validation.ts';
import type { Dialect } from './index.ts';
import { buildValidatorModuleText } from './module.ts';

export type { ValidationIssue, ValidationResult } from '../../../templates/runtime/validation.ts';

export interface Validator {
  (data: unknown): boolean;
  validate(data: unknown, opts?: { firstIssueOnly?: boolean }): ValidationResult<unknown>;
  /** '~standard' (Standard Schema v1) of the emitted module. */
  standard: StandardSchemaV1<unknown, unknown>;
  /** Emitted TypeScript source (as in a package: it imports `./runtime/validation.js`). */
  source: string;
}

export interface CompileOptions {
  dialect?: Dialect;
  mode?: 'request' | 'response' | 'any';
  /** Collect all issues in `validate` (default true); false = first issue only. */
  allErrors?: boolean;
  /** Default: annotate for '2020-12', assert for OpenAPI dialects. */
  formats?: 'assert' | 'annotate';
}


/** Emit TypeScript for the given schemas (each its own document). */
export function emitSource(schemas: unknown[], options: CompileOptions = {}): string {
  const units = schemas.map((root, i) => ({
    root,
    entries: [{ name: `Schema${i}`, pointer: '', mode: options.mode ?? 'any' }],
  }));
  return buildValidatorModuleText(units, options.dialect ?? '2020-12', undefined, options.formats).source;
}

const TRANSFORM = { loader: 'ts', format: 'esm', target: 'es2022', tsconfigRaw: {}, legalComments: 'none' } as const;

const dataUrl = (js: string): string => `data:text/javascript;base64,${Buffer.from(js).toString('base64')}`;

/**
 * The module specifiers of the import declarations `js` starts with (comments aside), with their
 * positions: TypeScript's scanner reads the statements up to the first one that is not an import.
 */
function leadingImports(js: string): { specifier: string; start: number; end: number }[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, js);
  const out: { specifier: string; start: number; end: number }[] = [];
  let token = scanner.scan();
  while (token === ts.SyntaxKind.ImportKeyword) {
    // `import "m";` or `import … from "m";` (not `import(…)` / `import.meta`): the specifier is the first string literal of the statement
    token = scanner.scan();
    if (token === ts.SyntaxKind.OpenParenToken || token === ts.SyntaxKind.DotToken) break;
    while (token !== ts.SyntaxKind.StringLiteral && token !== ts.SyntaxKind.EndOfFileToken) token = scanner.scan();
    if (token === ts.SyntaxKind.EndOfFileToken) break;
    out.push({ specifier: scanner.getTokenValue(), start: scanner.getTokenStart(), end: scanner.getTokenEnd() });
    do token = scanner.scan();
    while (token !== ts.SyntaxKind.SemicolonToken && token !== ts.SyntaxKind.ImportKeyword && token !== ts.SyntaxKind.EndOfFileToken);
    if (token === ts.SyntaxKind.SemicolonToken) token = scanner.scan();
  }
  return out;
}

/** `js` with the specifiers of its imports replaced by what `resolve` makes of them (positions from `leadingImports`). */
function resolveImports(js: string, resolve: (specifier: string) => string): string {
  let out = js;
  for (const { specifier, start, end } of leadingImports(js).reverse()) out = out.slice(0, start) + JSON.stringify(resolve(specifier)) + out.slice(end);
  return out;
}

/** `runtime/validation.ts` (relative to `templates/`) -> the `data:` URL of its JavaScript, once per process. */
const runtimeUrls = new Map<string, string>();

function runtimeUrl(module: string, importedBy: string[] = []): string {
  let url = runtimeUrls.get(module);
  if (url === undefined) {
    if (importedBy.includes(module)) throw new Error(`validators runtime: import cycle through ${module}`);
    const js = transformSync(readFileSync(new URL(`../../../templates/${module}`, import.meta.url), 'utf8'), { ...TRANSFORM, sourcefile: module }).code;
    url = dataUrl(resolveImports(js, (specifier) => runtimeUrl(runtimeModuleOf(specifier, module), [...importedBy, module])));
    runtimeUrls.set(module, url);
  }
  return url;
}

/** The runtime module a relative `.js` specifier of `from` (a module path relative to `templates/`) names. */
function runtimeModuleOf(specifier: string, from: string): string {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  if (!specifier.startsWith('.') || !specifier.endsWith('.js') || !target.startsWith('runtime/')) {
    throw new Error(`a validators module imports only the validators runtime (./runtime/*.js), not ${JSON.stringify(specifier)}`);
  }
  return `${target.slice(0, -'.js'.length)}.ts`;
}

/** An emitted validators module as JavaScript that imports the runtime modules from their `data:` URLs. */
export async function moduleJavaScript(source: string): Promise<string> {
  const js = (await transform(source, { ...TRANSFORM, sourcefile: 'validators.ts' })).code;
  return resolveImports(js, (specifier) => runtimeUrl(runtimeModuleOf(specifier, 'validators.ts')));
}

/** Load an emitted validators module (as if it were a package's `src/validators.ts`) and return its exports. */
export async function loadModule(source: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ dataUrl(await moduleJavaScript(source)))) as Record<string, unknown>;
}

function makeValidator(mod: Record<string, unknown>, i: number, source: string, options: CompileOptions): Validator {
  const is = mod[`isSchema${i}`] as (d: unknown) => boolean;
  const validate = mod[`validateSchema${i}`] as (d: unknown, o?: { firstIssueOnly?: boolean }) => ValidationResult<unknown>;
  const standard = mod[`Schema${i}Schema`] as Validator['standard'];
  const firstDefault = options.allErrors === false;
  const fn = ((data: unknown) => is(data)) as Validator;
  fn.validate = (data, opts) => validate(data, { firstIssueOnly: opts?.firstIssueOnly ?? firstDefault });
  fn.standard = standard;
  fn.source = source;
  return fn;
}

export async function compileValidator(schema: unknown, options: CompileOptions = {}): Promise<Validator> {
  const source = emitSource([schema], options);
  const mod = await loadModule(source);
  return makeValidator(mod, 0, source, options);
}

/** Several independent schemas compiled into one module (fast for test suites). */
export async function compileValidators(schemas: unknown[], options: CompileOptions = {}): Promise<Validator[]> {
  const source = emitSource(schemas, options);
  const mod = await loadModule(source);
  return schemas.map((_, i) => makeValidator(mod, i, source, options));
}
