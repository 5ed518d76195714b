/** Array group: min/maxItems, uniqueItems, prefixItems/items (draft 4 tuple items + additionalItems), contains. */
import { lit } from '../../code.ts';
import { isObject } from '../../resolve.ts';
import type { ModuleCompiler } from '../compiler.ts';
import { compileChild, isTrivial } from '../schema.ts';
import { failIf, has, indexChildPath } from '../scope.ts';
import type { Scope } from '../types.ts';
import { branchCheck } from './core.ts';

export const ARRAY_KEYWORDS = [
  'minItems', 'maxItems', 'uniqueItems', 'prefixItems', 'items', 'additionalItems', 'contains', 'minContains', 'maxContains',
] as const;

export function compileArrayGroup(c: ModuleCompiler, s: Scope, node: Record<string, unknown>): void {
  const w = s.fn.w;
  const d = s.data;
  const draft4 = s.fn.unit.dialect === 'openapi-3.0';
  if (typeof node.minItems === 'number' && node.minItems > 0) {
    failIf(c, s, `${d}.length < ${lit(node.minItems)}`, 'minItems', `must NOT have fewer than ${node.minItems} items`, { expected: lit(node.minItems) });
  }
  if (typeof node.maxItems === 'number') {
    failIf(c, s, `${d}.length > ${lit(node.maxItems)}`, 'maxItems', `must NOT have more than ${node.maxItems} items`, { expected: lit(node.maxItems) });
  }
  if (node.uniqueItems === true) {
    failIf(c, s, `${c.use('hasDuplicates')}(${d})`, 'uniqueItems', 'must NOT have duplicate items');
  }

  // Tuple part and the rest.
  let prefix: unknown[] = [];
  let prefixKeyword = 'prefixItems';
  let rest: unknown;
  let restKeyword = 'items';
  if (draft4) {
    if (Array.isArray(node.items)) {
      prefix = node.items;
      prefixKeyword = 'items';
      if (has(node, 'additionalItems')) {
        rest = node.additionalItems;
        restKeyword = 'additionalItems';
      }
    } else if (has(node, 'items')) rest = node.items;
  } else {
    if (Array.isArray(node.prefixItems)) prefix = node.prefixItems;
    if (has(node, 'items') && !Array.isArray(node.items)) rest = node.items;
  }
  prefix.forEach((sub, i) => {
    if (isTrivial(sub)) return;
    w.open(`if (${d}.length > ${i}) {`);
    const item = s.fn.local('item');
    w.line(`const ${item}: unknown = ${d}[${i}];`);
    compileChild(c, s, sub, item, [...s.path, { lit: `/${i}` }], `${s.schemaPath}/${prefixKeyword}/${i}`);
    w.close();
  });
  if (s.ev && prefix.length > 0) w.line(`if (${s.ev}.items < ${prefix.length}) ${s.ev}.items = ${prefix.length};`);
  if (rest !== undefined) {
    if (rest === false) {
      failIf(c, s, `${d}.length > ${prefix.length}`, restKeyword, `must NOT have more than ${prefix.length} items`, { expected: lit(prefix.length) });
    } else if (!isTrivial(rest)) {
      const i = s.fn.local('i');
      w.open(`for (let ${i} = ${prefix.length}; ${i} < ${d}.length; ${i}++) {`);
      const item = s.fn.local('item');
      w.line(`const ${item}: unknown = ${d}[${i}];`);
      compileChild(c, s, rest, item, indexChildPath(s, i), `${s.schemaPath}/${restKeyword}`);
      w.close();
    }
    if (s.ev) w.line(`${s.ev}.items = Infinity;`);
  }

  if (!draft4 && has(node, 'contains')) compileContains(c, s, node);
}

function compileContains(c: ModuleCompiler, s: Scope, node: Record<string, unknown>): void {
  const w = s.fn.w;
  const d = s.data;
  const min = typeof node.minContains === 'number' ? node.minContains : 1;
  const max = typeof node.maxContains === 'number' ? node.maxContains : undefined;
  if (min === 0 && max === undefined && !s.ev) return;
  const matches = s.fn.local('matches');
  const i = s.fn.local('i');
  const check = branchCheck(c, s, node.contains, `${s.fn.base}Contains`, `${d}[${i}]`, null);
  w.line(`let ${matches} = 0;`);
  w.open(`for (let ${i} = 0; ${i} < ${d}.length; ${i}++) {`);
  w.open(`if (${check}) {`);
  w.line(`${matches}++;`);
  if (s.ev) w.line(`(${s.ev}.matched ??= new Set()).add(${i});`);
  else if (max === undefined) w.line(`if (${matches} >= ${lit(min)}) break;`);
  w.close();
  w.close();
  const kw = has(node, 'minContains') ? 'minContains' : 'contains';
  failIf(c, s, `${matches} < ${lit(min)}`, kw, min === 1 ? 'must contain at least 1 valid item' : `must contain at least ${min} valid items`, { expected: lit(min) });
  if (max !== undefined) {
    failIf(c, s, `${matches} > ${lit(max)}`, 'maxContains', `must contain at most ${max} valid items`, { expected: lit(max) });
  }
  void isObject;
}
