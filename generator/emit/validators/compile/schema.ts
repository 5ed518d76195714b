/**
 * The schema walker: emits the checks of one schema object into the current function, grouped by
 * JSON type like ajv's rules (lib/compile/rules.ts): core ($ref) -> type -> enum/const ->
 * number / string / array / object groups -> in-place applicators -> unevaluated*.
 */
import { isObject, type SchemaNode } from '../resolve.ts';
import { formatOf } from '../formats.ts';
import type { ModuleCompiler } from './compiler.ts';
import { enterResource } from './compiler.ts';
import { fail, has, pathCode, schemaPathCode } from './scope.ts';
import { declaredAs, mayBe, narrowToGroup, possibleOf, setPossible, type Group } from './narrowing.ts';
import type { PathPart, Scope } from './types.ts';
import { compileDynamicRef, compileRef } from './keywords/core.ts';
import { compileConst, compileEnum, compileType, declaredTypes, typeCondition } from './keywords/generic.ts';
import { compileNumberGroup, NUMBER_KEYWORDS } from './keywords/number.ts';
import { compileStringGroup, STRING_KEYWORDS } from './keywords/string.ts';
import { ARRAY_KEYWORDS, compileArrayGroup } from './keywords/array.ts';
import { compileObjectGroup, OBJECT_KEYWORDS } from './keywords/object.ts';
import { compileApplicators } from './keywords/applicators.ts';
import { compileUnevaluated, unevaluatedPlan } from './keywords/unevaluated.ts';

/** Validate `node` against the data of scope `s`, inline. */
export function compileSchema(c: ModuleCompiler, s: Scope, node: SchemaNode): void {
  const w = s.fn.w;
  // after an unconditional failure nothing more is reachable (an unsatisfiable schema)
  if (w.dead || node === true) return;
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

  // type, enum and const record what the data can still be (see narrowing.ts): later checks only
  // compare with values it can have, and an unsatisfiable combination rejects outright
  const types = declaredTypes(node, unit.dialect);
  if (types && !w.dead) compileType(c, inner, node, types);
  if (has(node, 'enum') && !w.dead) compileEnum(c, inner, node);
  if (!draft4 && has(node, 'const') && !w.dead) compileConst(c, inner, node);

  const groups: [Group, readonly string[], (c: ModuleCompiler, s: Scope, n: Record<string, unknown>) => void][] = [
    ['number', NUMBER_KEYWORDS, compileNumberGroup],
    ['string', STRING_KEYWORDS, compileStringGroup],
    ['array', ARRAY_KEYWORDS, compileArrayGroup],
    ['object', OBJECT_KEYWORDS, compileObjectGroup],
  ];
  for (const [group, keywords, emit] of groups) {
    const relevant = keywords.some(
      (k) => has(node, k) && (k !== 'format' || (unit.assertFormats && formatOf(node.format)?.type === group)),
    );
    if (!relevant || w.dead) continue;
    if (types && !types.some((t) => t === group || (group === 'number' && t === 'integer'))) continue;
    withType(c, inner, group, (gs) => emit(c, gs, node));
  }
  if (w.dead) return;
  compileApplicators(c, inner, node);
  if (plan && !w.dead) compileUnevaluated(c, inner, node, plan, s.ev);
}

/**
 * Run `body` only when the data has JSON type `group`: not at all when it cannot have that type here,
 * without a guard when TypeScript already knows it has.
 */
export function withType(c: ModuleCompiler, s: Scope, group: Group, body: (s: Scope) => void): void {
  const p = possibleOf(s);
  if (!mayBe(p, group)) return;
  if (declaredAs(p, group)) {
    body(s);
    return;
  }
  const w = s.fn.w;
  w.open(`if (${typeCondition(group, s.data)}) {`);
  setPossible(s, narrowToGroup(p, group));
  body(s);
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
  if (s.fn.w.dead || node === true || (isObject(node) && Object.keys(node).length === 0)) return;
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
