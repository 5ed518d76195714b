/**
 * The schema walker: emits the checks of one schema object into the current function, grouped by
 * JSON type like ajv's rules (lib/compile/rules.ts): core ($ref) -> type -> enum/const ->
 * number / string / array / object groups -> in-place applicators -> unevaluated*.
 */
import { isObject, type SchemaNode } from '../resolve.ts';
import { FORMATS } from '../formats.ts';
import type { ModuleCompiler } from './compiler.ts';
import { enterResource } from './compiler.ts';
import { fail, has, pathCode, schemaPathCode } from './scope.ts';
import type { PathPart, Scope } from './types.ts';
import { compileDynamicRef, compileRef } from './keywords/core.ts';
import { compileConst, compileEnum, compileType, declaredTypes, typeCondition } from './keywords/generic.ts';
import { compileNumberGroup, NUMBER_KEYWORDS } from './keywords/number.ts';
import { compileStringGroup, STRING_KEYWORDS } from './keywords/string.ts';
import { ARRAY_KEYWORDS, compileArrayGroup } from './keywords/array.ts';
import { compileObjectGroup, OBJECT_KEYWORDS } from './keywords/object.ts';
import { compileApplicators } from './keywords/applicators.ts';
import { compileUnevaluated, unevaluatedPlan } from './keywords/unevaluated.ts';

type Group = 'number' | 'string' | 'array' | 'object';

/** Validate `node` against the data of scope `s`, inline. */
export function compileSchema(c: ModuleCompiler, s: Scope, node: SchemaNode): void {
  if (node === true) return;
  if (node === false) {
    fail(c, s, 'false schema', 'boolean schema is false', { schemaPath: s.schemaPath });
    return;
  }
  if (!isObject(node)) return;
  const unit = s.fn.unit;
  const draft4 = unit.dialect === 'openapi-3.0';
  if (!draft4 && has(node, '$id')) s = { ...s, bindings: enterResource(unit, node, s.bindings) };

  if (draft4 && typeof node.$ref === 'string') {
    compileRef(c, s, node, node.$ref);
    return; // draft 4 / OpenAPI 3.0: siblings of $ref are ignored
  }
  const plan = draft4 ? null : unevaluatedPlan(c, s, node);
  const inner: Scope = plan ? { ...s, ev: plan.ev } : s;
  if (typeof node.$ref === 'string') compileRef(c, inner, node, node.$ref);
  if (!draft4 && typeof node.$dynamicRef === 'string') compileDynamicRef(c, inner, node, node.$dynamicRef);

  const types = declaredTypes(node, unit.dialect);
  let known: Scope['known'];
  if (types) {
    compileType(c, inner, node, types);
    if (s.fn.fast && types.length === 1) {
      const t = types[0]!;
      known = t === 'integer' ? 'number' : t === 'object' || t === 'array' || t === 'string' || t === 'number' ? t : undefined;
    }
  }
  const typed: Scope = { ...inner, known };
  if (has(node, 'enum')) compileEnum(c, typed, node);
  if (!draft4 && has(node, 'const')) compileConst(c, typed, node);

  const groups: [Group, readonly string[], (c: ModuleCompiler, s: Scope, n: Record<string, unknown>) => void][] = [
    ['number', NUMBER_KEYWORDS, compileNumberGroup],
    ['string', STRING_KEYWORDS, compileStringGroup],
    ['array', ARRAY_KEYWORDS, compileArrayGroup],
    ['object', OBJECT_KEYWORDS, compileObjectGroup],
  ];
  for (const [group, keywords, emit] of groups) {
    const relevant = keywords.some(
      (k) => has(node, k) && (k !== 'format' || (unit.assertFormats && typeof node.format === 'string' && FORMATS[node.format]?.type === group)),
    );
    if (!relevant) continue;
    if (types && !types.some((t) => t === group || (group === 'number' && t === 'integer'))) continue;
    withType(c, typed, group, (gs) => emit(c, gs, node));
  }
  compileApplicators(c, typed, node);
  if (plan) compileUnevaluated(c, typed, node, plan, s.ev);
}

/** Run `body` only when the data has JSON type `group` (skip the guard when already known). */
export function withType(c: ModuleCompiler, s: Scope, group: Group, body: (s: Scope) => void): void {
  if (s.known === group) {
    body(s);
    return;
  }
  const w = s.fn.w;
  w.open(`if (${typeCondition(group === 'number' ? 'number' : group, s.data)}) {`);
  body({ ...s, known: group });
  w.close();
}

/** Compile a subschema inline against a child value (properties, items, ...). */
export function compileChild(
  c: ModuleCompiler,
  s: Scope,
  node: unknown,
  data: string,
  path: PathPart[],
  schemaPath: string,
  ev: string | null = null,
): void {
  if (node === true || (isObject(node) && Object.keys(node).length === 0)) return;
  const unit = s.fn.unit;
  if (c.shouldShare(unit, node, s.fn.fast)) {
    // identical subschemas elsewhere: one shared function (same annotations flow through `ev`)
    const variant = { fast: s.fn.fast, track: ev !== null, mode: s.fn.mode, bindings: s.bindings };
    const call = c.call(unit, node as SchemaNode, variant, { data, path: pathCode(path), schemaPath: schemaPathCode(schemaPath), ev });
    s.fn.w.line(s.fn.fast ? `if (!${call}) return false;` : `if (!${call} && ctx.first) return false;`);
    return;
  }
  compileSchema(c, { fn: s.fn, data, path, schemaPath, ev, bindings: s.bindings }, node as SchemaNode);
}

/** Does the subschema assert anything? (empty object / true schema do not) */
export function isTrivial(node: unknown): boolean {
  return node === true || (isObject(node) && Object.keys(node).every((k) => ANNOTATIONS.has(k)));
}

export const ANNOTATIONS = new Set([
  'title', 'description', 'default', 'example', 'examples', 'deprecated', 'xml', 'externalDocs', '$comment', '$schema',
  '$anchor', '$dynamicAnchor', '$id', '$defs', 'readOnly', 'writeOnly', 'nullable', 'definitions', 'format-annotation', 'contentMediaType', 'contentEncoding', 'contentSchema',
]);
