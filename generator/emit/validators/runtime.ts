/**
 * The validators' runtime is two real, type-checked modules, `templates/runtime/validation.ts`
 * (public types, issue reporting, depth guard, annotations, deep equality, runners, Standard
 * Schema glue) and `templates/runtime/formats.ts` (format checkers), shipped into a package as
 * `src/runtime/…` by `runtimeFiles` (generator/emit/runtime-files.ts), the one mechanism for runtime
 * code. A generated validators module imports from them, by name, exactly the helpers it uses.
 *
 * This file knows what those modules export, read with TypeScript's parser from the modules
 * themselves (so it cannot fall out of step with them), and writes the generated module's import
 * and re-export statements.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type * as Formats from '../../../templates/runtime/formats.ts';
import type * as Validation from '../../../templates/runtime/validation.ts';
import { ident, lit } from './code.ts';

/** The runtime modules, relative to `templates/` (and to the package's `src/`). */
export const VALIDATION_MODULE = 'runtime/validation.ts';
export const FORMATS_MODULE = 'runtime/formats.ts';
const MODULES = [VALIDATION_MODULE, FORMATS_MODULE] as const;
type RuntimeModule = (typeof MODULES)[number];

/**
 * A name the generated code uses from the runtime: a value (function, constant, class) the compiler
 * checks against the modules' own exports, or one of the types it names.
 */
export type RuntimeName =
  | keyof typeof Validation
  | keyof typeof Formats
  | 'Evaluated'
  | 'IssueContext'
  | 'StandardSchemaV1'
  | 'ValidateOptions'
  | 'ValidationResult';

/**
 * Runtime values the emitted code reads on every call (the depth guard at the top of each function,
 * `hasOwn` for required properties), not only calls: the module imports them under another name and
 * keeps them in module-level constants of their own name. V8 reads a module's own `const` bindings
 * faster than imported ones (which it loads from the exporting module's cell at every access):
 * measured on the Graph connector validators, the plain imports cost 3-9% against the helpers
 * declared in the module; these two copies take it back within measurement noise.
 */
const LOCAL_COPIES: Readonly<Record<string, string>> = { MAX_DEPTH: 'RUNTIME_MAX_DEPTH', hasOwn: 'runtimeHasOwn' };

/** The public types a validators module re-exports (its API besides the entries' `isX`/`validateX`/`XSchema`). */
export const PUBLIC_TYPES = ['StandardSchemaV1', 'ValidateOptions', 'ValidationIssue', 'ValidationResult'] as const;

interface RuntimeExport {
  module: RuntimeModule;
  /** Only a type (interface, type alias, non-instantiated namespace): imported with `import type`. */
  typeOnly: boolean;
}

const hasExport = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** A namespace that declares types only (it has no value at runtime). */
function typesOnly(ns: ts.ModuleDeclaration): boolean {
  const body = ns.body;
  if (!body) return true;
  if (ts.isModuleDeclaration(body)) return typesOnly(body);
  if (!ts.isModuleBlock(body)) return false;
  return body.statements.every((s) => ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) || (ts.isModuleDeclaration(s) && typesOnly(s)));
}

/** The exports of one runtime module (name -> type only?), from its syntax tree. */
function exportsOf(module: RuntimeModule): Map<string, boolean> {
  const text = readFileSync(new URL(`../../../templates/${module}`, import.meta.url), 'utf8');
  const sf = ts.createSourceFile(module, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const out = new Map<string, boolean>();
  const add = (name: string, typeOnly: boolean) => out.set(name, (out.get(name) ?? true) && typeOnly);
  for (const s of sf.statements) {
    if (ts.isExportDeclaration(s) || ts.isExportAssignment(s)) throw new Error(`${module}: the validators runtime exports declarations only`);
    if (!hasExport(s)) continue;
    if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) add(d.name.text, false);
    } else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)) && s.name) {
      add(s.name.text, false);
    } else if ((ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name) {
      add(s.name.text, true);
    } else if (ts.isModuleDeclaration(s) && ts.isIdentifier(s.name)) {
      add(s.name.text, typesOnly(s));
    }
  }
  return out;
}

function readExports(): Map<string, RuntimeExport> {
  const table = new Map<string, RuntimeExport>();
  for (const module of MODULES) {
    for (const [name, typeOnly] of exportsOf(module)) {
      if (table.has(name)) throw new Error(`${module}: ${name} is exported by ${table.get(name)!.module} too`);
      table.set(name, { module, typeOnly });
    }
  }
  return table;
}

const RUNTIME_EXPORTS = readExports();

/**
 * Every name the runtime modules export, and the import names of `LOCAL_COPIES`: what a validators
 * module may have in its scope besides its entries' type imports and its own generated functions and
 * constants, which never take these names.
 */
export const VALIDATOR_RUNTIME_NAMES: readonly string[] = Object.freeze([...RUNTIME_EXPORTS.keys(), ...Object.values(LOCAL_COPIES)].sort());

/** Throws unless `name` is an export of the runtime modules. */
export function checkRuntimeName(name: string): void {
  if (!RUNTIME_EXPORTS.has(name)) throw new Error(`${name} is not an export of the validators runtime (templates/${MODULES.join(', templates/')})`);
}

/** `./runtime/validation.js`: a runtime module as the generated `src/validators.ts` imports it. */
export function runtimeSpecifier(module: string): string {
  return `./${module.replace(/\.ts$/, '.js')}`;
}

/** The runtime modules (`runtime/validation.ts`, …) among a validators module's import specifiers. */
export function runtimeModulesOf(specifiers: Iterable<string>): string[] {
  const wanted = new Set(specifiers);
  return MODULES.filter((m) => wanted.has(runtimeSpecifier(m)));
}

const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The import statements for the runtime names a module uses (types with `import type`, values with
 * `import`, one statement each per module, names sorted; `LOCAL_COPIES` imported under their other
 * name and declared as module-level constants), then the re-export of the public types.
 */
export function runtimeImports(used: Iterable<string>): string[] {
  const byModule = new Map<RuntimeModule, { types: string[]; values: string[] }>();
  for (const name of new Set(used)) {
    checkRuntimeName(name);
    const { module, typeOnly } = RUNTIME_EXPORTS.get(name)!;
    const entry = byModule.get(module) ?? { types: [], values: [] };
    byModule.set(module, entry);
    (typeOnly ? entry.types : entry.values).push(name);
  }
  const statements: string[] = [];
  const copies: string[] = [];
  for (const module of MODULES) {
    const entry = byModule.get(module);
    if (!entry) continue;
    const from = lit(runtimeSpecifier(module));
    if (entry.types.length) statements.push(`import type { ${entry.types.sort(compareNames).map(ident).join(', ')} } from ${from};`);
    if (entry.values.length) {
      const specifiers = entry.values.sort(compareNames).map((name) => {
        const local = LOCAL_COPIES[name];
        if (local === undefined) return ident(name);
        copies.push(`const ${ident(name)} = ${ident(local)};`);
        return `${ident(name)} as ${ident(local)}`;
      });
      statements.push(`import { ${specifiers.join(', ')} } from ${from};`);
    }
  }
  for (const name of PUBLIC_TYPES) checkRuntimeName(name);
  statements.push(`export type { ${PUBLIC_TYPES.map(ident).join(', ')} } from ${lit(runtimeSpecifier(VALIDATION_MODULE))};`);
  if (copies.length) {
    statements.push(`/** The runtime values every check reads, as constants of this module (V8 reads a module's own constants faster than imports). */\n${copies.join('\n')}`);
  }
  return statements;
}
