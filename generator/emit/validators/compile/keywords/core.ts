/** $ref, $dynamicRef, and calls into generated functions (refs and conditional branches). */
import { isObject, type SchemaNode } from '../../resolve.ts';
import type { ModuleCompiler } from '../compiler.ts';
import { enterResource, schemaPathOf } from '../compiler.ts';
import { ANNOTATIONS } from '../schema.ts';
import { pathCode, schemaPathCode } from '../scope.ts';
import type { Scope } from '../types.ts';

/**
 * Conjunctive call: the data must be valid against the function for `target`. `schemaPath` is the
 * schema location of the call site (default: the target's own location, as for `$ref`).
 */
export function callConjunctive(c: ModuleCompiler, s: Scope, target: SchemaNode, hint?: string, schemaPath?: string): void {
  const unit = s.fn.unit;
  const bindings = enterResource(unit, target, s.bindings);
  const variant = { fast: s.fn.fast, track: s.ev !== null, mode: s.fn.mode, bindings };
  const call = c.call(unit, target, variant, { data: s.data, path: pathCode(s.path), schemaPath: schemaPathCode(schemaPath ?? schemaPathOf(unit, target)), ev: s.ev }, hint);
  if (s.fn.fast) s.fn.w.line(`if (!${call}) return false;`);
  else s.fn.w.line(`if (!${call} && ctx.first) return false;`);
}

export function compileRef(c: ModuleCompiler, s: Scope, node: Record<string, unknown>, ref: string): void {
  const { node: target } = s.fn.unit.resolver.resolveRef(ref, node);
  callConjunctive(c, s, target);
}

export function compileDynamicRef(c: ModuleCompiler, s: Scope, node: Record<string, unknown>, ref: string): void {
  const resolved = s.fn.unit.resolver.resolveRef(ref, node);
  let target = resolved.node;
  const name = resolved.fragment;
  // Only a $dynamicRef whose initial target has a matching $dynamicAnchor is dynamic.
  if (isObject(target) && target.$dynamicAnchor === name) {
    const bound = s.bindings.get(name);
    if (bound !== undefined) target = bound;
  }
  callConjunctive(c, s, target);
}

/**
 * A boolean expression that checks `branch` with the fast path (used where failure is not final:
 * anyOf/oneOf branches, not, if, contains). `ev` (if given) receives the branch annotations.
 */
export function branchCheck(c: ModuleCompiler, s: Scope, branch: unknown, hint: string, data: string, ev: string | null): string {
  if (branch === true) return 'true';
  if (branch === false) return 'false';
  if (!isObject(branch)) return 'true';
  const unit = s.fn.unit;
  let target: SchemaNode = branch;
  let name = hint;
  // `{ $ref: X }` alone: call X's function directly instead of a wrapper.
  const keys = Object.keys(branch).filter((k) => !ANNOTATIONS.has(k));
  if (keys.length === 1 && typeof branch.$ref === 'string') {
    target = unit.resolver.resolveRef(branch.$ref, branch).node;
    name = '';
  }
  const bindings = enterResource(unit, target, s.bindings);
  return c.call(unit, target, { fast: true, track: ev !== null, mode: s.fn.mode, bindings }, { data, path: '', schemaPath: '', ev }, name || undefined);
}

/** The same as branchCheck, but collecting issues (used once a discriminator selected the branch). */
export function branchCollect(c: ModuleCompiler, s: Scope, branch: unknown, hint: string, schemaPath: string): void {
  if (!isObject(branch)) return;
  const unit = s.fn.unit;
  let target: SchemaNode = branch;
  let name: string | undefined = hint;
  const keys = Object.keys(branch).filter((k) => !ANNOTATIONS.has(k));
  if (keys.length === 1 && typeof branch.$ref === 'string') {
    target = unit.resolver.resolveRef(branch.$ref, branch).node;
    name = undefined;
  }
  callConjunctive(c, s, target, name, target === branch ? schemaPath : undefined);
}
