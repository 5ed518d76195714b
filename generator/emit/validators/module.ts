/**
 * Assembles the emitted module: header, type imports, imports of the runtime names the code uses
 * (from `./runtime/validation.js` and `./runtime/formats.js`), the re-export of the public types
 * (ValidationIssue, ValidationResult, ValidateOptions, StandardSchemaV1), module-level constants
 * (regexes, enum sets), schema functions and public entry points.
 */
import { commentText, ident, lit } from './code.ts';
import { joinStatements } from '../../code/text.ts';
import { ModuleCompiler, schemaPathOf, takeRuntimeNames } from './compile/compiler.ts';
import type { Unit } from './compile/types.ts';
import type { Dialect, ValidatorEntry } from './index.ts';
import { isSafeIdentifier, pascalCase } from './names.ts';
import { isObject, SchemaResolver, type SchemaNode } from './resolve.ts';
import { runtimeImports } from './runtime.ts';
import { ANNOTATIONS } from './compile/schema.ts';
import { has } from './compile/scope.ts';

export interface ModuleUnit {
  root: unknown;
  entries: ValidatorEntry[];
}

function pointerOfEntry(pointer: string): string {
  if (pointer === '' || pointer === '#') return '';
  return pointer.startsWith('#') ? pointer.slice(1) : pointer;
}

/**
 * The schema an entry's functions can be borrowed from: the target of a lone `$ref` (siblings are
 * annotations; in OpenAPI 3.0 they are ignored anyway), unless entering the entry's own resource
 * could change the dynamic scope.
 */
function refOnlyTarget(unit: Unit, node: SchemaNode): SchemaNode | undefined {
  if (!isObject(node) || typeof node.$ref !== 'string') return undefined;
  if (unit.dialect !== 'openapi-3.0') {
    if (Object.keys(node).some((k) => k !== '$ref' && !ANNOTATIONS.has(k))) return undefined;
    if (has(node, '$id') || has(node, '$dynamicAnchor')) return undefined;
    const resource = unit.resolver.resource(node);
    if (resource && unit.resolver.dynamicAnchors.has(resource)) return undefined;
  }
  const target = unit.resolver.resolveRef(node.$ref, node).node;
  return target === node ? undefined : target;
}

/** The identifier an entry name becomes (`123abc` -> `_123abc`, `class` -> `Class`). */
export function validatorBaseName(entryName: string): string {
  return isSafeIdentifier(entryName) ? entryName : pascalCase(entryName);
}

/** What the module exports for an entry: `isX`, `validateX`, `XSchema`. */
export function validatorExportNames(entryName: string): [string, string, string] {
  const name = validatorBaseName(entryName);
  return [`is${name}`, `validate${name}`, `${name}Schema`];
}

/** A validators module as text: its source, its declarations (`.d.ts`) and the runtime modules it imports. */
export interface ValidatorModuleText {
  source: string;
  /** What TypeScript's declaration emit gives for `source`, written directly (the emitter knows every export's signature). */
  declarations: string;
  /** Specifiers of the runtime modules the source imports (`./runtime/validation.js`, ...). */
  runtimeSpecifiers: string[];
}

/** A whole validators module: source text, declarations and runtime imports. Deterministic. */
export function buildValidatorModuleText(units: ModuleUnit[], dialect: Dialect, header?: string, formats?: 'assert' | 'annotate'): ValidatorModuleText {
  const out: ModuleOutputs = { declarations: [], runtimeSpecifiers: [] };
  const statements = buildValidatorModule(units, dialect, header, formats, out);
  return { source: joinStatements(statements), declarations: `${out.declarations.join('\n')}\n`, runtimeSpecifiers: out.runtimeSpecifiers };
}

interface ModuleOutputs {
  declarations: string[];
  runtimeSpecifiers: string[];
}

/** Build the statements of a validators module. Deterministic: same input, same text. */
export function buildValidatorModule(
  units: ModuleUnit[],
  dialect: Dialect,
  header?: string,
  formats?: 'assert' | 'annotate',
  outputs?: ModuleOutputs,
): string[] {
  const assertFormats = (formats ?? (dialect === '2020-12' ? 'annotate' : 'assert')) === 'assert';
  const c = new ModuleCompiler();
  const statements: string[] = [];

  // Public names and imported type names first, so nothing generated can take them.
  const typeImports = new Map<string, Map<string, string>>();
  const entryInfos: { entry: ValidatorEntry; name: string; typeRef: string; check: string; collect: string; schemaPath: string; pointer: string }[] = [];
  const allEntries = units.flatMap((u) => u.entries);
  const exportedBy = new Map<string, string>();
  for (const entry of allEntries) {
    const name = validatorBaseName(entry.name);
    for (const p of validatorExportNames(entry.name)) {
      const other = exportedBy.get(p);
      if (other === name) throw new Error(`Duplicate validator name ${JSON.stringify(entry.name)}${name !== entry.name ? ` (as ${name})` : ''}`);
      if (other !== undefined) throw new Error(`Validator names ${JSON.stringify(other)} and ${JSON.stringify(name)} both export ${p}`);
      // cannot happen with today's runtime names (none starts with is/validate or ends with Schema); kept as a guard
      if (c.names.has(p)) throw new Error(`Validator ${JSON.stringify(entry.name)}: ${p} is a name of the validators runtime`);
      exportedBy.set(p, name);
      c.names.reserve(p);
    }
  }
  for (const entry of allEntries) {
    if (entry.type && isSafeIdentifier(entry.type.name)) {
      const imports = typeImports.get(entry.type.from) ?? new Map<string, string>();
      typeImports.set(entry.type.from, imports);
      if (!imports.has(entry.type.name)) {
        const local = c.names.has(entry.type.name) ? c.names.unique(`${entry.type.name}Type`) : entry.type.name;
        c.names.reserve(local);
        imports.set(entry.type.name, local);
      }
    }
  }

  // Resolve every entry first: the shapes of all subschemas are computed before compiling, so sharing
  // decisions see every place a subschema occurs. Entries with identical inline schemas (e.g. the same
  // path parameters) share functions too; those take the entry's schema path as an argument.
  const resolved = units.map((u, index) => {
    const resolver = new SchemaResolver(u.root, dialect, units.length > 1 ? `specgen:///schema${index}.json` : undefined);
    const unit: Unit = { resolver, dialect, assertFormats };
    const nodes = u.entries.map((entry) => {
      const pointer = pointerOfEntry(entry.pointer);
      const node = resolver.resolvePointer(pointer);
      if (!(isObject(node) || typeof node === 'boolean')) {
        throw new Error(`Validator ${JSON.stringify(entry.name)}: no schema at ${JSON.stringify(entry.pointer)}`);
      }
      resolver.ensureKnown(node, pointer);
      return { entry, pointer, node: node as SchemaNode };
    });
    return { unit, nodes };
  });
  for (const { unit } of resolved) c.shapes.prepare(unit);
  for (const { unit, nodes } of resolved) {
    for (const { entry, pointer, node } of nodes) {
      const name = validatorBaseName(entry.name);
      const variant = { track: false, mode: entry.mode ?? 'any', bindings: new Map<string, SchemaNode>() } as const;
      // `{ $ref: X }` (a typical request body / response): use X's functions instead of a wrapper.
      const target = refOnlyTarget(unit, node);
      const schema = target ?? node;
      const hint = target ? undefined : name;
      const check = c.fn(unit, schema, { ...variant, fast: true }, hint);
      const collectFn = c.describe(unit, schema, { ...variant, fast: false }, hint);
      const collect = collectFn.name;
      // a function shared by several places gets its schema location as an argument
      const schemaPath = collectFn.takesSchemaPath ? `, ${lit(schemaPathOf(unit, schema))}` : '';
      const typeRef = entry.type && isSafeIdentifier(entry.type.name) ? typeImports.get(entry.type.from)!.get(entry.type.name)! : 'unknown';
      entryInfos.push({ entry, name, typeRef, check, collect, schemaPath, pointer });
    }
  }
  c.drain();

  if (header) statements.push(`// ${commentText(header)}`);
  statements.push(
    '/* eslint-disable */\n/**\n * Standalone validators generated by specgen from JSON Schema / OpenAPI schemas.\n * No dependencies: the helpers it imports are the modules in ./runtime/. Do not edit by hand.\n */',
  );
  const declarations: string[] = [
    '/**\n * Standalone validators generated by specgen from JSON Schema / OpenAPI schemas.\n * No dependencies: the helpers it imports are the modules in ./runtime/. Do not edit by hand.\n */',
  ];
  for (const [from, names] of [...typeImports].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const specifiers = [...names].map(([n, local]) => (n === local ? ident(n) : `${ident(n)} as ${ident(local)}`)).join(', ');
    statements.push(`import type { ${specifiers} } from ${lit(from)};`);
    declarations.push(`import type { ${specifiers} } from ${lit(from)};`);
  }
  const entryDeclarations: string[] = [];
  const code: string[] = [...c.constantSources(), ...c.functionSources()];
  for (const info of entryInfos) {
    const { entry, check, collect, schemaPath, pointer } = info;
    // identifiers checked by the kit (they are safe by construction: validatorBaseName / the name registry)
    const name = ident(info.name);
    const typeRef = ident(info.typeRef);
    const mode = entry.mode && entry.mode !== 'any' ? ` (${entry.mode})` : '';
    const isDoc = `/** ${commentText(`Is \`data\` a valid ${name}? Schema: #${pointer}${mode}.`)} */`;
    const validateDoc = `/** ${commentText(`Validates \`data\` as ${name}; collects all issues unless \`firstIssueOnly\`.`)} */`;
    const schemaDoc = `/** ${commentText(`Standard Schema v1 view of ${name}.`)} */`;
    entryDeclarations.push(
      isDoc, `export declare function is${name}(data: unknown): data is ${typeRef};`,
      validateDoc, `export declare function validate${name}(data: unknown, options?: ${c.use('ValidateOptions')}): ${c.use('ValidationResult')}<${typeRef}>;`,
      schemaDoc, `export declare const ${name}Schema: ${c.use('StandardSchemaV1')}<unknown, ${typeRef}>;`,
    );
    code.push(`${isDoc}
export function is${name}(data: unknown): data is ${typeRef} {
  return ${c.use('runCheck')}(${check}, data);
}`);
    code.push(`${validateDoc}
export function validate${name}(data: unknown, options?: ${c.use('ValidateOptions')}): ${c.use('ValidationResult')}<${typeRef}> {
  return ${c.use('runValidation')}<${typeRef}>(${check}, ${collect}, data, options${schemaPath});
}`);
    code.push(`${schemaDoc}
export const ${name}Schema: ${c.use('StandardSchemaV1')}<unknown, ${typeRef}> = ${c.use('standardView')}(validate${name});`);
  }
  // the runtime names the code refers to, imported by name; the public types re-exported
  const runtime = takeRuntimeNames(code);
  const imports = runtimeImports(runtime.names);
  statements.push(...imports, ...runtime.statements);
  if (outputs) {
    // The declarations name only public runtime types; TypeScript's emit keeps the type-only import of
    // those, and the re-export of the public types.
    const typesUsed = takeRuntimeNames(entryDeclarations);
    const typeImport = runtimeImports(typesUsed.names).filter((line) => line.startsWith('import type '));
    const reexport = imports.filter((line) => line.startsWith('export type '));
    outputs.declarations = [...declarations, ...typeImport, ...reexport, ...typesUsed.statements];
    outputs.runtimeSpecifiers = [...new Set(imports.flatMap((line) => /^(?:import|export)[^\n]* from "([^"]+)";$/.exec(line)?.[1] ?? []))];
  }
  return statements;
}
