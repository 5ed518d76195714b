/** type (with OpenAPI 3.0 nullable), enum, const. */
import { lit } from '../../code.ts';
import type { Dialect } from '../../index.ts';
import type { ModuleCompiler } from '../compiler.ts';
import { admits, impossible, isPrimitive, narrowToTypes, narrowToValues, possibleOf, setPossible } from '../narrowing.ts';
import { fail, failIf } from '../scope.ts';
import type { Scope } from '../types.ts';

const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']);

export function declaredTypes(node: Record<string, unknown>, dialect: Dialect): string[] | null {
  const t = node.type;
  let types: string[] | null = null;
  if (typeof t === 'string') types = [t];
  else if (Array.isArray(t)) types = t.filter((x): x is string => typeof x === 'string');
  if (!types) return null;
  types = types.filter((x) => JSON_TYPES.has(x));
  if (dialect === 'openapi-3.0' && node.nullable === true && !types.includes('null')) types.push('null');
  // integer is subsumed by number
  if (types.includes('number')) types = types.filter((x) => x !== 'integer');
  return types;
}

export function typeCondition(type: string, d: string): string {
  switch (type) {
    case 'string':
      return `typeof ${d} === "string"`;
    case 'number':
      return `typeof ${d} === "number"`;
    case 'integer':
      return `typeof ${d} === "number" && Number.isInteger(${d})`;
    case 'boolean':
      return `typeof ${d} === "boolean"`;
    case 'null':
      return `${d} === null`;
    case 'array':
      return `Array.isArray(${d})`;
    case 'object':
      return `typeof ${d} === "object" && ${d} !== null && !Array.isArray(${d})`;
    default:
      return 'false';
  }
}

export function compileType(c: ModuleCompiler, s: Scope, _node: Record<string, unknown>, types: string[]): void {
  if (types.length === 0) {
    fail(c, s, 'type', 'must be of an allowed type', { expected: lit(types) });
    return;
  }
  const message = `must be ${types.join(',')}`;
  const expected = lit(types.length === 1 ? types[0] : types);
  const before = possibleOf(s);
  const after = narrowToTypes(before, types);
  if (impossible(after)) {
    // the data cannot have any of these types here (e.g. an `allOf` of different types)
    fail(c, s, 'type', message, { expected });
    return;
  }
  const number = types.includes('number');
  const conds = types.map((t) => {
    // number: finite numbers only (NaN/Infinity are not JSON)
    if (t === 'number' && number) return `(typeof ${s.data} === "number" && Number.isFinite(${s.data}))`;
    return types.length > 1 ? `(${typeCondition(t, s.data)})` : typeCondition(t, s.data);
  });
  const cond = conds.length === 1 ? conds[0]! : conds.join(' || ');
  failIf(c, s, `!(${cond})`, 'type', message, { expected });
  // the fast path returned otherwise: from here on the data has one of these types (TypeScript agrees)
  if (s.fn.fast) setPossible(s, after);
}

export function compileEnum(c: ModuleCompiler, s: Scope, node: Record<string, unknown>): void {
  if (!Array.isArray(node.enum)) return;
  let values: unknown[] = node.enum;
  // OpenAPI 3.0: `nullable: true` admits null even when the enum does not list it
  if (s.fn.unit.dialect === 'openapi-3.0' && node.nullable === true && !values.includes(null)) values = [...values, null];
  const d = s.data;
  // the allowed values are an issue's `expected` (issue collection only)
  const expected = s.fn.fast ? '' : c.constant('allowedValues', lit(values), 'enum values', 'readonly unknown[]');
  // only the members the data can still equal (after type / enum / const checks): the others can
  // never match, and comparing with them is a comparison TypeScript rejects (no overlap)
  const before = possibleOf(s);
  const members = values.filter((v) => admits(before, v));
  if (members.length === 0) {
    fail(c, s, 'enum', 'must be equal to one of the allowed values', { expected });
    return;
  }
  const primitives = members.filter(isPrimitive);
  const structured = members.filter((v) => !isPrimitive(v));
  const parts: string[] = [];
  if (primitives.length > 0 && primitives.length <= 4) parts.push(...primitives.map((v) => `${d} !== ${lit(v)}`));
  else if (primitives.length > 4) parts.push(`!${c.constant('allowed', `new Set<unknown>(${lit(primitives)})`, 'enum values')}.has(${d})`);
  if (structured.length > 0) {
    parts.push(`!${c.use('deepIncludes')}(${c.constant('allowedStructured', lit(structured), 'structured enum values', 'readonly unknown[]')}, ${d})`);
  }
  const cond = parts.join(' && ');
  failIf(c, s, cond, 'enum', 'must be equal to one of the allowed values', { expected });
  // TypeScript narrows by a chain of `!==` over primitives (not by Set.has / deepIncludes)
  if (s.fn.fast) setPossible(s, narrowToValues(before, members, structured.length === 0 && primitives.length <= 4));
}

export function compileConst(c: ModuleCompiler, s: Scope, node: Record<string, unknown>): void {
  const value = node.const;
  const before = possibleOf(s);
  const primitive = isPrimitive(value);
  if (!admits(before, value)) {
    // the data cannot be this value here (e.g. `type: integer` with `const: "x"`)
    const expected = s.fn.fast ? undefined : primitive ? lit(value) : c.constant('constant', lit(value), 'const value');
    fail(c, s, 'const', 'must be equal to constant', { expected });
    return;
  }
  const expected = primitive ? lit(value) : c.constant('constant', lit(value), 'const value');
  if (primitive) {
    failIf(c, s, `${s.data} !== ${lit(value)}`, 'const', 'must be equal to constant', { expected });
  } else {
    failIf(c, s, `!${c.use('deepEqual')}(${s.data}, ${expected})`, 'const', 'must be equal to constant', { expected });
  }
  if (s.fn.fast) setPossible(s, narrowToValues(before, [value], primitive));
}
