/**
 * Facts of a schema every stage reads the same way: its top-level properties and `required`
 * (through `$ref` and `allOf`), its first JSON type, nullability. Bounded and cycle-safe; `$ref`s
 * are followed by `resolveSchema` (resolve.ts), the generator's one follower.
 */
import { isObject, resolveSchema, type SchemaObject } from './resolve.ts';

/**
 * Schemas visited while merging one schema's parts (`allOf`, `anyOf`, `oneOf`): a cycle through a
 * `$ref` with siblings makes a new object at every turn, so identity alone cannot stop it.
 */
const MAX_PARTS = 256;

/** A JSON type a value of the spec can be read as (parameters, coerced from text). */
export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

/** Top-level properties of an object schema, merged over `allOf` (later declarations win). */
export function topProperties(document: Record<string, unknown>, schema: unknown, seen = new Set<unknown>()): Map<string, SchemaObject> {
  const out = new Map<string, SchemaObject>();
  const node = resolveSchema(document, schema);
  if (!node || seen.has(node) || seen.size > MAX_PARTS) return out;
  seen.add(node);
  if (Array.isArray(node.allOf)) for (const part of node.allOf) for (const [k, v] of topProperties(document, part, seen)) out.set(k, v);
  if (isObject(node.properties)) {
    for (const [k, raw] of Object.entries(node.properties)) {
      const prop = resolveSchema(document, raw) ?? {};
      // Keep the property's own siblings of `$ref` (readOnly, x-specgen-mock) visible; a plain `$ref`
      // keeps its target's identity (samples work out each schema's shape once).
      const siblings = isObject(raw) && typeof raw.$ref === 'string' ? withoutRef(raw) : undefined;
      out.set(k, siblings === undefined ? prop : Object.keys(siblings).length ? { ...prop, ...siblings } : prop);
    }
  }
  return out;
}

function withoutRef(node: SchemaObject): SchemaObject {
  const { $ref: _ref, ...rest } = node;
  return rest;
}

/** `required` of an object schema, merged over `allOf`. */
export function requiredOf(document: Record<string, unknown>, schema: unknown, seen = new Set<unknown>()): Set<string> {
  const out = new Set<string>();
  const node = resolveSchema(document, schema);
  if (!node || seen.has(node) || seen.size > MAX_PARTS) return out;
  seen.add(node);
  if (Array.isArray(node.required)) for (const name of node.required) if (typeof name === 'string') out.add(name);
  if (Array.isArray(node.allOf)) for (const part of node.allOf) for (const name of requiredOf(document, part, seen)) out.add(name);
  return out;
}

/** The first JSON type a schema names (`['integer', 'null']` -> `integer`), through `$ref`, `allOf`, `anyOf`, `oneOf`, `enum`. */
export function typeOf(document: Record<string, unknown>, schema: unknown, seen = new Set<unknown>()): string | undefined {
  const node = resolveSchema(document, schema);
  // A schema built from itself (`allOf: [{ $ref: self }]`) names no type through that path.
  if (!node || seen.has(node) || seen.size > MAX_PARTS) return undefined;
  seen.add(node);
  const t = node.type;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.find((x): x is string => typeof x === 'string' && x !== 'null');
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    if (Array.isArray(node[key])) for (const part of node[key]) {
      const found = typeOf(document, part, seen);
      if (found) return found;
    }
  }
  if (Array.isArray(node.enum) && node.enum.length) return typeof node.enum[0] === 'number' ? 'number' : typeof node.enum[0];
  return undefined;
}

const SCALAR_TYPES: ReadonlySet<string> = new Set(['string', 'integer', 'number', 'boolean', 'object']);

/**
 * The JSON type a value of `schema` is read as: `string` unless the schema names another; for
 * arrays, the items' first type as well (`string` unless named).
 */
export function jsonTypeOf(document: Record<string, unknown>, schema: unknown): { jsonType: JsonType; itemsType?: string } {
  const type = typeOf(document, schema) ?? 'string';
  if (type === 'array') return { jsonType: 'array', itemsType: typeOf(document, resolveSchema(document, schema)?.items) ?? 'string' };
  return { jsonType: (SCALAR_TYPES.has(type) ? type : 'string') as JsonType };
}

export function isNullable(node: SchemaObject): boolean {
  return node.nullable === true || (Array.isArray(node.type) && node.type.includes('null')) ||
    (Array.isArray(node.anyOf) && node.anyOf.some((p) => isObject(p) && p.type === 'null'));
}

/** Names of the schema's top-level `readOnly: true` properties, sorted. */
export function readOnlyPropertiesOf(document: Record<string, unknown>, schema: unknown): string[] {
  return [...topProperties(document, schema)].filter(([, p]) => p.readOnly === true).map(([n]) => n).sort();
}

/** The schema object names `type` among its types (`type: x` or `type: [x, ...]`); `$ref`s are not followed. */
export function hasType(node: unknown, type: string): boolean {
  return isObject(node) && (node.type === type || (Array.isArray(node.type) && node.type.includes(type)));
}
