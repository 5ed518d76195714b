/** Helpers shared by keyword emitters: issue reporting, data paths, child scopes. */
import { escapePointerSegment, lit } from '../code.ts';
import type { ModuleCompiler } from './compiler.ts';
import type { PathPart, Scope } from './types.ts';

/** JS expression for a data path, merging adjacent literal parts. */
export function pathCode(parts: PathPart[]): string {
  const out: string[] = [];
  let pending = '';
  for (const p of parts) {
    if ('lit' in p) pending += p.lit;
    else {
      if (pending) out.push(lit(pending));
      pending = '';
      out.push(p.code);
    }
  }
  if (pending) out.push(lit(pending));
  if (out.length === 0) return '""';
  // `path + "/a"`: drop a leading empty-string path variable? keep it simple and correct.
  return out.join(' + ');
}

/**
 * Marks a schema path relative to the function's `schemaPath` (a parameter of shared subschemas'
 * functions, which are compiled once for many places; a local elsewhere): `schemaPath + "/suffix"`.
 */
export const SCHEMA_PATH_VAR = '\u0000';

/** JS expression for a schema path (a literal, or `schemaPath + "/suffix"` inside shared functions). */
export function schemaPathCode(schemaPath: string): string {
  if (!schemaPath.startsWith(SCHEMA_PATH_VAR)) return lit(schemaPath);
  const suffix = schemaPath.slice(SCHEMA_PATH_VAR.length);
  return suffix ? `schemaPath + ${lit(suffix)}` : 'schemaPath';
}

export function staticChildPath(s: Scope, segment: string | number): PathPart[] {
  return [...s.path, { lit: '/' + escapePointerSegment(segment) }];
}

export function indexChildPath(s: Scope, indexVar: string): PathPart[] {
  return [...s.path, { lit: '/' }, { code: indexVar }];
}

export function keyChildPath(c: ModuleCompiler, s: Scope, keyVar: string): PathPart[] {
  return [...s.path, { lit: '/' }, { code: `${c.use('escapePointer')}(${keyVar})` }];
}

export interface FailOptions {
  expected?: string;
  path?: PathPart[];
  schemaPath?: string;
}

/** Emit the failure of `keyword` (fast: return false; full: record an issue). */
export function fail(c: ModuleCompiler, s: Scope, keyword: string, message: string, o: FailOptions = {}): void {
  const w = s.fn.w;
  if (s.fn.fast) {
    w.exit('return false;');
    return;
  }
  w.line(`if (${reportCall(c, s, keyword, message, o)}) return false;`);
}

/** `report(ctx, path, keyword, message, schemaPath[, expected])`: records an issue, true when validation should stop. */
function reportCall(c: ModuleCompiler, s: Scope, keyword: string, message: string, o: FailOptions): string {
  const args = [
    'ctx',
    pathCode(o.path ?? s.path),
    lit(keyword),
    lit(message),
    schemaPathCode(o.schemaPath ?? `${s.schemaPath}/${escapePointerSegment(keyword)}`),
  ];
  if (o.expected !== undefined) args.push(o.expected);
  return `${c.use('report')}(${args.join(', ')})`;
}

/** `if (cond) fail` */
export function failIf(c: ModuleCompiler, s: Scope, cond: string, keyword: string, message: string, o: FailOptions = {}): void {
  const w = s.fn.w;
  if (cond === 'true') {
    fail(c, s, keyword, message, o);
    return;
  }
  if (s.fn.fast) {
    w.line(`if (${cond}) return false;`);
    return;
  }
  // `&&` binds tighter than `||` / `??` / `?:`: parenthesize conditions that contain them (outside string literals)
  const guard = /\|\||\?/.test(cond.replace(/"(?:[^"\\]|\\.)*"/g, '""')) ? `(${cond})` : cond;
  w.line(`if (${guard} && ${reportCall(c, s, keyword, message, o)}) return false;`);
}

export function has(node: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(node, key);
}
