/**
 * What a data variable can still be at a point of the emitted code, recorded as a `CodeWriter` fact
 * (so it holds until the block it was learnt in closes).
 *
 * Two views are kept:
 * - `kinds` / `values`: what the data can be at run time, learnt from every check that returned
 *   `false` otherwise (type, enum, const) and from type guards. Used to drop enum/const members the
 *   data cannot equal and group keywords it cannot reach, and to reject outright when nothing is left
 *   (an unsatisfiable schema or branch) — always sound, because each fact was established by emitted
 *   code that has already run.
 * - `declared`: the JSON types TypeScript itself has narrowed the variable to (type checks, `===`
 *   literal chains and `typeof` guards narrow; `Set.has`, `deepIncludes`, `deepEqual` do not). A type
 *   guard is only left out when TypeScript knows the type too.
 *
 * Since every TypeScript narrowing of a variable is also recorded in `kinds` / `values`, the members
 * left after filtering always overlap the variable's TypeScript type: no comparison the compiler
 * emits can be one TypeScript flags as having "no overlap" (TS2367), and no keyword code is emitted for
 * a variable TypeScript has narrowed to `never`.
 */
import type { Scope } from './types.ts';

/** JSON types; `integer` is the integral part of `number`. */
export type Kind = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';
export type Primitive = string | number | boolean | null;
/** The keyword groups of the walker (`integer` data belongs to the number group). */
export type Group = 'number' | 'string' | 'array' | 'object';

export interface Possible {
  /** JSON types the data can have (`number` includes `integer`). */
  readonly kinds: ReadonlySet<Kind>;
  /** When known: the only values the data can be (all primitives). */
  readonly values?: readonly Primitive[];
  /** JSON types TypeScript has narrowed the variable to; undefined: not narrowed. */
  readonly declared?: ReadonlySet<Kind>;
}

const ALL_KINDS: readonly Kind[] = ['string', 'number', 'boolean', 'null', 'array', 'object'];
export const ANYTHING: Possible = { kinds: new Set(ALL_KINDS) };
/** A string variable (`Object.keys` keys). */
export const A_STRING: Possible = { kinds: new Set(['string']), declared: new Set(['string']) };

export function isPrimitive(v: unknown): v is Primitive {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

export function kindOf(v: unknown): Kind | undefined {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(v) ? 'integer' : 'number';
    case 'object':
      return 'object';
    default:
      return undefined;
  }
}

/** Does a set of kinds contain kind `k`? (`number` contains `integer`) */
function contains(kinds: ReadonlySet<Kind>, k: Kind): boolean {
  return kinds.has(k) || (k === 'integer' && kinds.has('number'));
}

function inGroup(k: Kind, group: Group): boolean {
  return k === group || (group === 'number' && k === 'integer');
}

/** What `s.data` can be here. */
export function possibleOf(s: Scope): Possible {
  return s.fn.w.fact<Possible>(s.data) ?? ANYTHING;
}

export function setPossible(s: Scope, p: Possible): void {
  s.fn.w.setFact(s.data, p);
}

/** Can the data equal `v`? */
export function admits(p: Possible, v: unknown): boolean {
  const k = kindOf(v);
  if (k === undefined || !contains(p.kinds, k)) return false;
  if (p.values) return isPrimitive(v) && p.values.some((x) => x === v);
  return true;
}

export function impossible(p: Possible): boolean {
  return p.kinds.size === 0;
}

/** `kinds` ∩ JSON `types` (`integer` ∩ `number` = `integer`). */
function intersectKinds(kinds: ReadonlySet<Kind>, types: readonly string[]): Set<Kind> {
  const out = new Set<Kind>();
  for (const k of kinds) {
    if (types.includes(k)) out.add(k);
    else if (k === 'number' && types.includes('integer')) out.add('integer');
    else if (k === 'integer' && types.includes('number')) out.add('integer');
  }
  return out;
}

/** After a type check that returned otherwise (TypeScript narrows too). */
export function narrowToTypes(p: Possible, types: readonly string[]): Possible {
  const kinds = intersectKinds(p.kinds, types);
  const declared = intersectKinds(p.declared ?? new Set(ALL_KINDS), types);
  const values = p.values?.filter((v) => contains(kinds, kindOf(v)!));
  return { kinds: values ? new Set(values.map((v) => kindOf(v)!)) : kinds, values, declared };
}

/**
 * After an enum/const check that returned otherwise: the data is one of `members` (already filtered
 * by `admits`). `declaredToo`: the check was a `===` chain over primitives, which TypeScript narrows by.
 */
export function narrowToValues(p: Possible, members: readonly unknown[], declaredToo: boolean): Possible {
  const kinds = new Set<Kind>(members.map((v) => kindOf(v)!));
  const values = members.every(isPrimitive) ? (members as Primitive[]) : undefined;
  return { kinds, values, declared: declaredToo ? new Set(kinds) : p.declared };
}

/** Inside `if (<data is of group>) { … }`. */
export function narrowToGroup(p: Possible, group: Group): Possible {
  const types = group === 'number' ? ['number', 'integer'] : [group];
  return narrowToTypes(p, types);
}

/** Can the data be of `group` at all? */
export function mayBe(p: Possible, group: Group): boolean {
  for (const k of p.kinds) if (inGroup(k, group)) return true;
  return false;
}

/** Does TypeScript already know the variable is of `group` (so a guard would be redundant)? */
export function declaredAs(p: Possible, group: Group): boolean {
  if (!p.declared || p.declared.size === 0) return false;
  for (const k of p.declared) if (!inGroup(k, group)) return false;
  return true;
}
