/** Number group: minimum/maximum (incl. draft 4 boolean exclusives), exclusive*, multipleOf, numeric formats. */
import { lit } from '../../code.ts';
import { formatOf } from '../../formats.ts';
import type { ModuleCompiler } from '../compiler.ts';
import { failIf, has } from '../scope.ts';
import type { Scope } from '../types.ts';

export const NUMBER_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'format'] as const;

export function compileNumberGroup(c: ModuleCompiler, s: Scope, node: Record<string, unknown>): void {
  const d = s.data;
  const draft4 = s.fn.unit.dialect === 'openapi-3.0';
  const num = (k: string): number | undefined => (typeof node[k] === 'number' ? (node[k] as number) : undefined);
  const min = num('minimum');
  const max = num('maximum');
  if (draft4) {
    if (min !== undefined) {
      const ex = node.exclusiveMinimum === true;
      failIf(c, s, `${d} ${ex ? '<=' : '<'} ${lit(min)}`, 'minimum', `must be ${ex ? '>' : '>='} ${min}`, { expected: lit(min) });
    }
    if (max !== undefined) {
      const ex = node.exclusiveMaximum === true;
      failIf(c, s, `${d} ${ex ? '>=' : '>'} ${lit(max)}`, 'maximum', `must be ${ex ? '<' : '<='} ${max}`, { expected: lit(max) });
    }
  } else {
    if (min !== undefined) failIf(c, s, `${d} < ${lit(min)}`, 'minimum', `must be >= ${min}`, { expected: lit(min) });
    if (max !== undefined) failIf(c, s, `${d} > ${lit(max)}`, 'maximum', `must be <= ${max}`, { expected: lit(max) });
    const exMin = num('exclusiveMinimum');
    const exMax = num('exclusiveMaximum');
    if (exMin !== undefined) failIf(c, s, `${d} <= ${lit(exMin)}`, 'exclusiveMinimum', `must be > ${exMin}`, { expected: lit(exMin) });
    if (exMax !== undefined) failIf(c, s, `${d} >= ${lit(exMax)}`, 'exclusiveMaximum', `must be < ${exMax}`, { expected: lit(exMax) });
  }
  const m = num('multipleOf');
  if (m !== undefined && m > 0) {
    failIf(c, s, `!${c.use('multipleOf')}(${d}, ${lit(m)})`, 'multipleOf', `must be multiple of ${m}`, { expected: lit(m) });
  }
  if (s.fn.unit.assertFormats && has(node, 'format') && typeof node.format === 'string') {
    const f = formatOf(node.format);
    if (f && f.type === 'number') {
      failIf(c, s, `!${c.use(f.fn)}(${d})`, 'format', `must match format "${node.format}"`, { expected: lit(node.format) });
    }
  }
}
