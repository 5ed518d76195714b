/**
 * unevaluatedProperties / unevaluatedItems. When the schema has no in-place applicators the evaluated
 * set is known statically (properties, patternProperties, prefixItems); otherwise annotations are
 * collected at runtime into an `Evaluated` record threaded through allOf/anyOf/oneOf/if/$ref/... .
 */
import { escapePointerSegment, lit } from '../../code.ts';
import { isObject } from '../../resolve.ts';
import type { ModuleCompiler } from '../compiler.ts';
import { compileChild, isTrivial, withType } from '../schema.ts';
import { failIf, has, indexChildPath, keyChildPath } from '../scope.ts';
import type { Scope } from '../types.ts';

export interface UnevaluatedPlan {
  /** Collector used by this schema's keywords (a fresh local when dynamic, else the parent's). */
  ev: string | null;
  dynamic: boolean;
}

/** Declared properties compared one by one with a key; more are looked up in a Set. */
const MAX_INLINE_KEYS = 32;

const DYNAMIC = ['allOf', 'anyOf', 'oneOf', 'if', 'dependentSchemas', '$ref', '$dynamicRef'];

export function unevaluatedPlan(c: ModuleCompiler, s: Scope, node: Record<string, unknown>): UnevaluatedPlan | null {
  const up = has(node, 'unevaluatedProperties');
  const ui = has(node, 'unevaluatedItems');
  if (!up && !ui) return null;
  const dynamic = DYNAMIC.some((k) => has(node, k)) || (ui && has(node, 'contains'));
  if (!dynamic) return { ev: s.ev, dynamic };
  const ev = s.fn.local('evaluatedHere');
  s.fn.w.line(`const ${ev} = ${c.use('evaluated')}();`);
  return { ev, dynamic };
}

export function compileUnevaluated(c: ModuleCompiler, s: Scope, node: Record<string, unknown>, plan: UnevaluatedPlan, parentEv: string | null): void {
  const w = s.fn.w;
  const e = plan.dynamic ? plan.ev : null;
  if (has(node, 'unevaluatedProperties') && !(isTrivial(node.unevaluatedProperties) && !parentEv)) {
    const sub = node.unevaluatedProperties;
    const staticAll = !plan.dynamic && has(node, 'additionalProperties');
    if (!staticAll && !isTrivial(sub)) {
      withType(c, s, 'object', (os) => {
        const obj = os.fn.local('obj');
        w.line(`const ${obj} = ${os.data} as Record<string, unknown>;`);
        const key = os.fn.local('key');
        const conds: string[] = [];
        if (e) conds.push(`!${e}.props.has(${key})`);
        else {
          const props = isObject(node.properties) ? Object.keys(node.properties) : [];
          // many names: a Set (one `&&` chain per name would grow the function without bound)
          if (props.length > MAX_INLINE_KEYS) conds.push(`!${c.constant('knownProperties', `new Set<string>(${lit(props)})`, 'declared properties')}.has(${key})`);
          else conds.push(...props.map((p) => `${key} !== ${lit(p)}`));
          const patterns = isObject(node.patternProperties) ? Object.keys(node.patternProperties) : [];
          conds.push(...patterns.map((p) => `!${c.regex(p)}.test(${key})`));
        }
        if (e) w.open(`if (!${e}.allProps) {`);
        w.open(`for (const ${key} of Object.keys(${obj})) {`);
        if (conds.length) w.open(`if (${conds.join(' && ')}) {`);
        if (sub === false) {
          failIf(c, os, 'true', 'unevaluatedProperties', 'must NOT have unevaluated properties', { path: keyChildPath(c, os, key), expected: key });
        } else {
          const v = os.fn.local('value');
          w.line(`const ${v} = ${obj}[${key}];`);
          compileChild(c, os, sub, v, keyChildPath(c, os, key), `${os.schemaPath}/unevaluatedProperties`);
        }
        if (conds.length) w.close();
        w.close();
        if (e) w.close();
      });
    }
  }
  if (has(node, 'unevaluatedItems') && !(isTrivial(node.unevaluatedItems) && !parentEv)) {
    const sub = node.unevaluatedItems;
    const staticAll = !plan.dynamic && has(node, 'items');
    if (!staticAll && !isTrivial(sub)) {
      withType(c, s, 'array', (as) => {
        const i = as.fn.local('i');
        const startAt = e ? `${e}.items` : String(Array.isArray(node.prefixItems) ? node.prefixItems.length : 0);
        w.open(`for (let ${i} = ${startAt}; ${i} < ${as.data}.length; ${i}++) {`);
        if (e) w.line(`if (${e}.matched !== undefined && ${e}.matched.has(${i})) continue;`);
        if (sub === false) {
          failIf(c, as, 'true', 'unevaluatedItems', 'must NOT have unevaluated items', { path: indexChildPath(as, i) });
        } else {
          const item = as.fn.local('item');
          w.line(`const ${item}: unknown = ${as.data}[${i}];`);
          compileChild(c, as, sub, item, indexChildPath(as, i), `${as.schemaPath}/unevaluatedItems`);
        }
        w.close();
      });
    }
  }
  if (parentEv) {
    if (e) w.line(`${c.use('mergeEvaluated')}(${parentEv}, ${e});`);
    if (has(node, 'unevaluatedProperties')) w.line(`${parentEv}.allProps = true;`);
    if (has(node, 'unevaluatedItems')) w.line(`${parentEv}.items = Infinity;`);
  }
  void escapePointerSegment;
}
