/**
 * The runtime of the generated validators: their public types (`ValidationIssue`, `ValidationResult`,
 * `ValidateOptions`, the Standard Schema v1 interface) and the helpers the generated check/collect
 * functions call (issue reporting, the depth guard, `unevaluated*` annotations, deep equality,
 * `uniqueItems`, `multipleOf`, pattern compilation, the entry-point runners). `src/validators.ts`
 * imports exactly the ones it uses, by name, and re-exports the public types; format checkers are in
 * `formats.ts`. No schema content in here: schema values reach these functions as arguments or as
 * module-level constants of the generated file. No dependencies and no Node built-ins.
 */

/** One validation problem. `path` is a JSON pointer into the validated data. */
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
}

/** The Standard Schema v1 interface (https://standardschema.dev), declared here to avoid a dependency. */
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
}

/** `hasOwn.call(obj, key)`: an own property, whatever the object's prototype says. */
export const hasOwn: typeof Object.prototype.hasOwnProperty = Object.prototype.hasOwnProperty;

/** Maximum nesting of schema references followed at runtime (guards against stack overflow). */
export const MAX_DEPTH = 1000;

/** Thrown when data is nested too deeply to validate (past `MAX_DEPTH` references, or 2000 levels of deep equality). */
export class DepthLimitError extends Error {
  constructor() {
    super("data is nested too deeply");
  }
}

/** Where the issue-collecting functions put what they find. */
export interface IssueContext {
  issues: ValidationIssue[];
  /** Stop at the first issue. */
  first: boolean;
}

/** Records an issue; returns true when validation should stop (firstIssueOnly). */
export function report(ctx: IssueContext, path: string, keyword: string, message: string, schemaPath: string, expected?: unknown): boolean {
  const issue: ValidationIssue = { path, keyword, message, schemaPath };
  if (expected !== undefined) issue.expected = expected;
  ctx.issues.push(issue);
  return ctx.first;
}

/** Annotations collected for unevaluatedProperties / unevaluatedItems. */
export interface Evaluated {
  /** Property names evaluated by some subschema. */
  props: Set<string>;
  /** All properties evaluated (additionalProperties / unevaluatedProperties ran). */
  allProps: boolean;
  /** Items [0, items) evaluated (prefixItems / items). */
  items: number;
  /** Indexes matched by contains. */
  matched: Set<number> | undefined;
}

/** A fresh, empty annotation record. */
export function evaluated(): Evaluated {
  return { props: new Set(), allProps: false, items: 0, matched: undefined };
}

/** Adds the annotations of a subschema that passed (`from`) to its parent's (`into`). */
export function mergeEvaluated(into: Evaluated, from: Evaluated): void {
  if (from.allProps) into.allProps = true;
  else for (const k of from.props) into.props.add(k);
  if (from.items > into.items) into.items = from.items;
  if (from.matched) {
    const matched = (into.matched ??= new Set());
    for (const i of from.matched) matched.add(i);
  }
}

/** A property name as a JSON pointer segment (`~` -> `~0`, `/` -> `~1`). */
export function escapePointer(segment: string): string {
  return segment.indexOf("~") < 0 && segment.indexOf("/") < 0 ? segment : segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Length in Unicode code points (JSON Schema counts code points, not UTF-16 units). */
export function ucs2length(str: string): number {
  const len = str.length;
  let length = 0;
  for (let i = 0; i < len; i++) {
    length++;
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return length;
}

/** Structural JSON equality (1 and 1.0 are equal; key order is irrelevant). */
export function deepEqual(a: unknown, b: unknown, depth: number = 0): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (depth > 2000) throw new DepthLimitError();
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!hasOwn.call(b, k)) return false;
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth + 1)) return false;
  }
  return true;
}

/** Is `data` deeply equal to one of `values` (structured enum members)? */
export function deepIncludes(values: readonly unknown[], data: unknown): boolean {
  for (const v of values) if (deepEqual(v, data)) return true;
  return false;
}

/** uniqueItems: canonical JSON keys make this O(n) (numbers normalise: 1 and 1.0 are equal). */
function canonicalJson(value: unknown, depth: number): string {
  if (depth > 2000) throw new DepthLimitError();
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return "[" + value.map((v) => canonicalJson(v, depth + 1)).join(",") + "]";
  const obj = value as Record<string, unknown>;
  return "{" + Object.keys(obj).sort().map((k) => JSON.stringify(k) + ":" + canonicalJson(obj[k], depth + 1)).join(",") + "}";
}

/** Does the array hold two deeply equal items (`uniqueItems`)? */
export function hasDuplicates(items: readonly unknown[]): boolean {
  if (items.length < 2) return false;
  const seen = new Set<unknown>();
  let structured: Set<string> | undefined;
  for (const item of items) {
    if (typeof item === "object" && item !== null) {
      const key = canonicalJson(item, 0);
      structured ??= new Set();
      if (structured.has(key)) return true;
      structured.add(key);
    } else {
      if (seen.has(item)) return true;
      seen.add(item);
    }
  }
  return false;
}

/** Float-safe multipleOf: integers use %, decimals compare the quotient with a relative tolerance. */
export function multipleOf(value: number, divisor: number): boolean {
  if (Number.isInteger(value) && Number.isInteger(divisor)) return value % divisor === 0;
  const quotient = value / divisor;
  if (!Number.isFinite(quotient)) return false;
  if (Number.isInteger(quotient)) return true;
  return Math.abs(quotient - Math.round(quotient)) < 1e-9 * Math.max(1, Math.abs(quotient));
}

/** Compile a schema pattern with the Unicode flag; fall back to a non-Unicode regex when it is not valid under `u`. */
export function regExp(source: string): RegExp {
  try {
    return new RegExp(source, "u");
  } catch {
    try {
      return new RegExp(source);
    } catch {
      // An invalid pattern can never match.
      return /(?!)/;
    }
  }
}

/** Is `error` the depth guard (ours, or the engine's stack overflow)? */
function depthExceeded(error: unknown): boolean {
  return error instanceof DepthLimitError || error instanceof RangeError;
}

/** Runs a boolean check; data nested too deeply to validate is not valid. */
export function runCheck(check: (data: unknown, depth: number) => boolean, data: unknown): boolean {
  try {
    return check(data, 0);
  } catch (error) {
    if (depthExceeded(error)) return false;
    throw error;
  }
}

/**
 * Runs the fast check first (valid data costs nothing more), then collects the issues. `schemaPath`
 * is the schema's location for functions shared by several schemas (others know their own).
 */
export function runValidation<T>(
  check: (data: unknown, depth: number) => boolean,
  collect: (data: unknown, path: string, ctx: IssueContext, depth: number, schemaPath: string) => boolean,
  data: unknown,
  options: ValidateOptions | undefined,
  schemaPath: string = "#",
): ValidationResult<T> {
  const ctx: IssueContext = { issues: [], first: options?.firstIssueOnly === true };
  try {
    if (check(data, 0)) return { ok: true, value: data as T };
    collect(data, "", ctx, 0, schemaPath);
  } catch (error) {
    if (!depthExceeded(error)) throw error;
    ctx.issues.push({ path: "", keyword: "maxDepth", message: "data is nested too deeply to validate" });
  }
  if (ctx.issues.length === 0) ctx.issues.push({ path: "", keyword: "schema", message: "must be valid" });
  return { ok: false, issues: ctx.issues };
}

/** A JSON pointer as Standard Schema path segments (`/a~1b/0` -> `["a/b", "0"]`). */
function pointerToPath(pointer: string): PropertyKey[] {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function toStandardIssue(issue: ValidationIssue): StandardSchemaV1.Issue {
  return { message: issue.message, path: pointerToPath(issue.path) };
}

/** The Standard Schema v1 view of a validate function. */
export function standardView<T>(validate: (value: unknown) => ValidationResult<T>): StandardSchemaV1<unknown, T> {
  return {
    "~standard": {
      version: 1,
      vendor: "specgen",
      validate(value: unknown): StandardSchemaV1.Result<T> {
        const result = validate(value);
        return result.ok ? { value: result.value } : { issues: result.issues.map(toStandardIssue) };
      },
    },
  };
}
