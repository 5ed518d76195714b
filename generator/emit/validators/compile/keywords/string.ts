/** String group: minLength/maxLength (Unicode code points), pattern (u flag), format. */
import { lit } from '../../code.ts';
import { formatOf } from '../../formats.ts';
import type { ModuleCompiler } from '../compiler.ts';
import { failIf } from '../scope.ts';
import type { Scope } from '../types.ts';

export const STRING_KEYWORDS = ['minLength', 'maxLength', 'pattern', 'format'] as const;

export function compileStringGroup(c: ModuleCompiler, s: Scope, node: Record<string, unknown>): void {
  const d = s.data;
  const minL = node.minLength;
  const maxL = node.maxLength;
  if (typeof maxL === 'number') {
    // .length >= code points, so only count code points when .length is over the limit
    failIf(c, s, `${d}.length > ${lit(maxL)} && ${c.use('ucs2length')}(${d}) > ${lit(maxL)}`, 'maxLength', `must NOT have more than ${maxL} characters`, { expected: lit(maxL) });
  }
  if (typeof minL === 'number' && minL > 0) {
    // code points >= .length / 2, so only count when .length < 2 * minLength
    failIf(c, s, `${d}.length < ${lit(minL)} || (${d}.length < ${lit(minL * 2)} && ${c.use('ucs2length')}(${d}) < ${lit(minL)})`, 'minLength', `must NOT have fewer than ${minL} characters`, { expected: lit(minL) });
  }
  if (typeof node.pattern === 'string') {
    const re = c.regex(node.pattern);
    failIf(c, s, `!${re}.test(${d})`, 'pattern', `must match pattern "${node.pattern}"`, { expected: lit(node.pattern) });
  }
  if (s.fn.unit.assertFormats && typeof node.format === 'string') {
    const f = formatOf(node.format);
    if (f && f.type === 'string') {
      failIf(c, s, `!${c.use(f.fn)}(${d})`, 'format', `must match format "${node.format}"`, { expected: lit(node.format) });
    }
  }
}
