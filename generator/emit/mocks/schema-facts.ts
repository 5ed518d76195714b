/** What the mock needs to know about a schema: its top-level properties (through `$ref`/`allOf`) and sample data. */
import { fragmentToPointer, getAt } from '../../load/pointer.ts';
import { isObject } from '../../model/resolve.ts';

export type SchemaNode = Record<string, unknown>;

/** Follows local `$ref`s to the schema object (or `undefined` for boolean / dangling schemas). */
export function deref(document: Record<string, unknown>, schema: unknown): SchemaNode | undefined {
  let node = schema;
  for (let hops = 0; isObject(node) && typeof node.$ref === 'string' && hops < 64; hops++) {
    if (!node.$ref.startsWith('#')) return undefined;
    const target = getAt(document, fragmentToPointer(node.$ref));
    // 3.1 allows siblings next to $ref: keep them over the target's.
    const { $ref: _ref, ...siblings } = node;
    node = isObject(target) ? (Object.keys(siblings).length ? { ...target, ...siblings } : target) : undefined;
  }
  return isObject(node) ? node : undefined;
}

/** Top-level properties of an object schema, merged over `allOf` (later declarations win). */
export function topProperties(document: Record<string, unknown>, schema: unknown, seen = new Set<unknown>()): Map<string, SchemaNode> {
  const out = new Map<string, SchemaNode>();
  const node = deref(document, schema);
  if (!node || seen.has(node)) return out;
  seen.add(node);
  if (Array.isArray(node.allOf)) for (const part of node.allOf) for (const [k, v] of topProperties(document, part, seen)) out.set(k, v);
  if (isObject(node.properties)) {
    for (const [k, raw] of Object.entries(node.properties)) {
      const prop = deref(document, raw) ?? {};
      // Keep the property's own siblings of `$ref` (readOnly, x-specgen-mock) visible.
      out.set(k, isObject(raw) ? { ...prop, ...withoutRef(raw) } : prop);
    }
  }
  return out;
}

function withoutRef(node: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = node;
  return rest;
}

/** The schema's own `x-specgen-mock` (of the schema or of an `allOf` part it is built from, nearest first). */
export function schemaExtension(document: Record<string, unknown>, schema: unknown): unknown {
  const node = deref(document, schema);
  if (!node) return undefined;
  if (node['x-specgen-mock'] !== undefined) return node['x-specgen-mock'];
  if (isObject(schema) && schema['x-specgen-mock'] !== undefined) return schema['x-specgen-mock'];
  return undefined;
}

/** The first JSON type a schema names (`['integer', 'null']` -> `integer`). */
export function typeOf(document: Record<string, unknown>, schema: unknown): string | undefined {
  const node = deref(document, schema);
  if (!node) return undefined;
  const t = node.type;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.find((x): x is string => typeof x === 'string' && x !== 'null');
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    if (Array.isArray(node[key])) for (const part of node[key]) {
      const found = typeOf(document, part);
      if (found) return found;
    }
  }
  if (Array.isArray(node.enum) && node.enum.length) return typeof node.enum[0] === 'number' ? 'number' : typeof node.enum[0];
  return undefined;
}

export function isNullable(node: SchemaNode): boolean {
  return node.nullable === true || (Array.isArray(node.type) && node.type.includes('null')) ||
    (Array.isArray(node.anyOf) && node.anyOf.some((p) => isObject(p) && p.type === 'null'));
}

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '00:00:00Z',
  uuid: '00000000-0000-4000-8000-000000000000',
  uri: 'https://example.com/',
  url: 'https://example.com/',
  email: 'user@example.com',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
};

/** Deterministic data for a schema: const, default, examples, the first enum member, else by type. */
export function sampleOf(document: Record<string, unknown>, schema: unknown, depth = 0): unknown {
  const node = deref(document, schema);
  if (!node || depth > 6) return null;
  if (node.const !== undefined) return node.const;
  if (node.default !== undefined) return node.default;
  if (Array.isArray(node.examples) && node.examples.length) return node.examples[0];
  if (node.example !== undefined) return node.example;
  if (Array.isArray(node.enum) && node.enum.length) return node.enum[0];
  for (const key of ['oneOf', 'anyOf']) {
    if (Array.isArray(node[key])) {
      const choice = node[key].find((p) => deref(document, p)?.type !== 'null');
      if (choice !== undefined) return sampleOf(document, choice, depth + 1);
    }
  }
  const type = typeOf(document, node) ?? (isObject(node.properties) || Array.isArray(node.allOf) ? 'object' : undefined);
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of topProperties(document, node)) if (v.writeOnly !== true) out[k] = sampleOf(document, v, depth + 1);
      return out;
    }
    case 'array': {
      const min = typeof node.minItems === 'number' ? node.minItems : 1;
      return Array.from({ length: Math.max(1, Math.min(min, 3)) }, () => sampleOf(document, node.items, depth + 1));
    }
    case 'string': {
      const format = typeof node.format === 'string' ? FORMAT_SAMPLES[node.format] : undefined;
      if (format) return format;
      const min = typeof node.minLength === 'number' ? node.minLength : 0;
      return 'string'.padEnd(min, 'x');
    }
    case 'integer':
    case 'number':
      return typeof node.minimum === 'number' ? node.minimum : typeof node.exclusiveMinimum === 'number' ? node.exclusiveMinimum + 1 : 0;
    case 'boolean':
      return true;
    default:
      return null;
  }
}
