/**
 * Assembles the emitted module: header, public types (ValidationIssue, StandardSchemaV1),
 * used helpers, module-level constants (regexes, enum sets), schema functions and public entry points.
 */
import { commentText, lit } from './code.ts';
import { ModuleCompiler } from './compile/compiler.ts';
import type { Unit } from './compile/types.ts';
import type { Dialect, ValidatorEntry } from './index.ts';
import { isSafeIdentifier, pascalCase } from './names.ts';
import { isObject, SchemaResolver, type SchemaNode } from './resolve.ts';
import { helperSources } from './runtime.ts';

export interface ModuleUnit {
  root: unknown;
  entries: ValidatorEntry[];
}

const PUBLIC_TYPES = `/** One validation problem. \`path\` is a JSON pointer into the validated data. */
export interface ValidationIssue {
  path: string;
  keyword: string;
  message: string;
  expected?: unknown;
  schemaPath?: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export interface ValidateOptions {
  /** Stop at the first issue (default: collect all issues). */
  firstIssueOnly?: boolean;
}`;

const STANDARD_SCHEMA = `/** The Standard Schema v1 interface (https://standardschema.dev), declared here to avoid a dependency. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}

export declare namespace StandardSchemaV1 {
  export interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  export type Result<Output> = SuccessResult<Output> | FailureResult;
  export interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  export interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  export interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  export interface PathSegment {
    readonly key: PropertyKey;
  }
  export interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
  export type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["input"];
  export type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["output"];
}`;

function pointerOfEntry(pointer: string): string {
  if (pointer === '' || pointer === '#') return '';
  return pointer.startsWith('#') ? pointer.slice(1) : pointer;
}

/** Build the statements of a validators module. Deterministic: same input, same text. */
export function buildValidatorModule(
  units: ModuleUnit[],
  dialect: Dialect,
  header?: string,
  formats?: 'assert' | 'annotate',
): string[] {
  const assertFormats = (formats ?? (dialect === '2020-12' ? 'annotate' : 'assert')) === 'assert';
  const c = new ModuleCompiler();
  const statements: string[] = [];

  // Public names and imported type names first, so nothing generated can take them.
  const typeImports = new Map<string, Map<string, string>>();
  const entryInfos: { entry: ValidatorEntry; name: string; typeRef: string; check: string; collect: string; pointer: string }[] = [];
  const allEntries = units.flatMap((u) => u.entries);
  for (const entry of allEntries) {
    const name = isSafeIdentifier(entry.name) ? entry.name : pascalCase(entry.name);
    for (const p of [`is${name}`, `validate${name}`, `${name}Schema`]) {
      if (c.names.has(p)) throw new Error(`Duplicate validator name ${JSON.stringify(entry.name)}`);
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

  units.forEach((u, index) => {
    const resolver = new SchemaResolver(u.root, dialect, units.length > 1 ? `specgen:///schema${index}.json` : undefined);
    const unit: Unit = { resolver, dialect, assertFormats };
    for (const entry of u.entries) {
      const pointer = pointerOfEntry(entry.pointer);
      const node = resolver.resolvePointer(pointer);
      if (!(isObject(node) || typeof node === 'boolean')) {
        throw new Error(`Validator ${JSON.stringify(entry.name)}: no schema at ${JSON.stringify(entry.pointer)}`);
      }
      resolver.ensureKnown(node, pointer);
      const name = isSafeIdentifier(entry.name) ? entry.name : pascalCase(entry.name);
      const variant = { track: false, mode: entry.mode ?? 'any', bindings: new Map<string, SchemaNode>() } as const;
      const check = c.fn(unit, node as SchemaNode, { ...variant, fast: true }, name);
      const collect = c.fn(unit, node as SchemaNode, { ...variant, fast: false }, name);
      const typeRef = entry.type && isSafeIdentifier(entry.type.name) ? typeImports.get(entry.type.from)!.get(entry.type.name)! : 'unknown';
      entryInfos.push({ entry, name, typeRef, check, collect, pointer });
    }
  });
  c.drain();

  c.use('IssueContext');
  c.use('depthIssue');
  c.use('toStandardIssue');

  if (header) statements.push(`// ${header.replace(/[\r\n\u2028\u2029]+/g, ' ')}`);
  statements.push(
    '/* eslint-disable */\n/**\n * Standalone validators generated by specgen from JSON Schema / OpenAPI schemas.\n * Zero runtime dependencies. Do not edit by hand.\n */',
  );
  for (const [from, names] of [...typeImports].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const specifiers = [...names].map(([n, local]) => (n === local ? n : `${n} as ${local}`)).join(', ');
    statements.push(`import type { ${specifiers} } from ${lit(from)};`);
  }
  statements.push(PUBLIC_TYPES, STANDARD_SCHEMA);
  statements.push(...helperSources(c.helpers));
  statements.push(...c.constantSources());
  statements.push(...c.functionSources());

  for (const { entry, name, typeRef, check, collect, pointer } of entryInfos) {
    const where = `#${pointer}`;
    const mode = entry.mode && entry.mode !== 'any' ? ` (${entry.mode})` : '';
    statements.push(`/** Is \`data\` a valid ${commentText(name)}? Schema: ${commentText(where)}${mode}. */
export function is${name}(data: unknown): data is ${typeRef} {
  try {
    return ${check}(data, 0);
  } catch (error) {
    if (depthExceeded(error)) return false;
    throw error;
  }
}`);
    statements.push(`/** Validates \`data\` against ${commentText(name)} (${commentText(where)}${mode}); collects all issues unless \`firstIssueOnly\`. */
export function validate${name}(data: unknown, options?: ValidateOptions): ValidationResult<${typeRef}> {
  const ctx: IssueContext = { issues: [], first: options?.firstIssueOnly === true };
  try {
    if (${check}(data, 0)) return { ok: true, value: data as ${typeRef} };
    ${collect}(data, "", ctx, 0);
  } catch (error) {
    if (!depthExceeded(error)) throw error;
    ctx.issues.push({ path: "", keyword: "maxDepth", message: "data is nested too deeply to validate" });
  }
  if (ctx.issues.length === 0) ctx.issues.push({ path: "", keyword: "schema", message: "must be valid" });
  return { ok: false, issues: ctx.issues };
}`);
    statements.push(`/** Standard Schema v1 view of ${commentText(name)}. */
export const ${name}Schema: StandardSchemaV1<unknown, ${typeRef}> = {
  "~standard": {
    version: 1,
    vendor: "specgen",
    validate(value: unknown): StandardSchemaV1.Result<${typeRef}> {
      const result = validate${name}(value);
      return result.ok ? { value: result.value } : { issues: result.issues.map(toStandardIssue) };
    },
  },
};`);
  }
  return statements;
}
