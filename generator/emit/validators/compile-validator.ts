/**
 * Programmatic API: emit the module for one schema (or many, in one module), transpile it with
 * TypeScript's transpileModule and load it through a data: URL import.
 */
import ts from 'typescript';
import { Project } from 'ts-morph';
import type { Dialect } from './index.ts';
import { buildValidatorModule } from './module.ts';

export interface ValidationIssue {
  path: string;
  keyword: string;
  message: string;
  expected?: unknown;
  schemaPath?: string;
}
export type ValidationResult = { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[] };

export interface Validator {
  (data: unknown): boolean;
  validate(data: unknown, opts?: { firstIssueOnly?: boolean }): ValidationResult;
  /** '~standard' (Standard Schema v1) of the emitted module. */
  standard: { '~standard': { version: 1; vendor: string; validate(value: unknown): unknown } };
  /** Emitted TypeScript source. */
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

let project: Project | undefined;
let counter = 0;

/** Emit TypeScript for the given schemas (each its own document) through ts-morph. */
export function emitSource(schemas: unknown[], options: CompileOptions = {}): string {
  const units = schemas.map((root, i) => ({
    root,
    entries: [{ name: `Schema${i}`, pointer: '', mode: options.mode ?? 'any' }],
  }));
  const statements = buildValidatorModule(units, options.dialect ?? '2020-12', undefined, options.formats);
  project ??= new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile(`/compiled/validator${counter++}.ts`, { statements }, { overwrite: true });
  const text = file.getFullText();
  project.removeSourceFile(file);
  return text;
}

export async function loadModule(source: string): Promise<Record<string, unknown>> {
  const js = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  const url = `data:text/javascript;base64,${Buffer.from(js).toString('base64')}`;
  return (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
}

function makeValidator(mod: Record<string, unknown>, i: number, source: string, options: CompileOptions): Validator {
  const is = mod[`isSchema${i}`] as (d: unknown) => boolean;
  const validate = mod[`validateSchema${i}`] as (d: unknown, o?: { firstIssueOnly?: boolean }) => ValidationResult;
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
