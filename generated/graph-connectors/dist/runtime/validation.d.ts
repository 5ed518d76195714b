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
export type ValidationResult<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    issues: ValidationIssue[];
};
export interface ValidateOptions {
    /** Stop at the first issue (default: collect all issues). */
    firstIssueOnly?: boolean;
}
/** The Standard Schema v1 interface (https://standardschema.dev), declared here to avoid a dependency. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
    readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}
export declare namespace StandardSchemaV1 {
    interface Props<Input = unknown, Output = Input> {
        readonly version: 1;
        readonly vendor: string;
        readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
        readonly types?: Types<Input, Output> | undefined;
    }
    type Result<Output> = SuccessResult<Output> | FailureResult;
    interface SuccessResult<Output> {
        readonly value: Output;
        readonly issues?: undefined;
    }
    interface FailureResult {
        readonly issues: ReadonlyArray<Issue>;
    }
    interface Issue {
        readonly message: string;
        readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
    }
    interface PathSegment {
        readonly key: PropertyKey;
    }
    interface Types<Input = unknown, Output = Input> {
        readonly input: Input;
        readonly output: Output;
    }
    type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["input"];
    type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["output"];
}
/** `hasOwn.call(obj, key)`: an own property, whatever the object's prototype says. */
export declare const hasOwn: typeof Object.prototype.hasOwnProperty;
/** Maximum nesting of schema references followed at runtime (guards against stack overflow). */
export declare const MAX_DEPTH = 1000;
/** Thrown when data is nested too deeply to validate (past `MAX_DEPTH` references, or 2000 levels of deep equality). */
export declare class DepthLimitError extends Error {
    constructor();
}
/** Where the issue-collecting functions put what they find. */
export interface IssueContext {
    issues: ValidationIssue[];
    /** Stop at the first issue. */
    first: boolean;
}
/** Records an issue; returns true when validation should stop (firstIssueOnly). */
export declare function report(ctx: IssueContext, path: string, keyword: string, message: string, schemaPath: string, expected?: unknown): boolean;
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
export declare function evaluated(): Evaluated;
/** Adds the annotations of a subschema that passed (`from`) to its parent's (`into`). */
export declare function mergeEvaluated(into: Evaluated, from: Evaluated): void;
/** A property name as a JSON pointer segment (`~` -> `~0`, `/` -> `~1`). */
export declare function escapePointer(segment: string): string;
/** Length in Unicode code points (JSON Schema counts code points, not UTF-16 units). */
export declare function ucs2length(str: string): number;
/** Structural JSON equality (1 and 1.0 are equal; key order is irrelevant). */
export declare function deepEqual(a: unknown, b: unknown, depth?: number): boolean;
/** Is `data` deeply equal to one of `values` (structured enum members)? */
export declare function deepIncludes(values: readonly unknown[], data: unknown): boolean;
/** Does the array hold two deeply equal items (`uniqueItems`)? */
export declare function hasDuplicates(items: readonly unknown[]): boolean;
/** Float-safe multipleOf: integers use %, decimals compare the quotient with a relative tolerance. */
export declare function multipleOf(value: number, divisor: number): boolean;
/** Compile a schema pattern with the Unicode flag; fall back to a non-Unicode regex when it is not valid under `u`. */
export declare function regExp(source: string): RegExp;
/** Runs a boolean check; data nested too deeply to validate is not valid. */
export declare function runCheck(check: (data: unknown, depth: number) => boolean, data: unknown): boolean;
/**
 * Runs the fast check first (valid data costs nothing more), then collects the issues. `schemaPath`
 * is the schema's location for functions shared by several schemas (others know their own).
 */
export declare function runValidation<T>(check: (data: unknown, depth: number) => boolean, collect: (data: unknown, path: string, ctx: IssueContext, depth: number, schemaPath: string) => boolean, data: unknown, options: ValidateOptions | undefined, schemaPath?: string): ValidationResult<T>;
/** The Standard Schema v1 view of a validate function. */
export declare function standardView<T>(validate: (value: unknown) => ValidationResult<T>): StandardSchemaV1<unknown, T>;
