/**
 * Sample data for a schema, for the mock's example answers. Schema facts (properties, `required`,
 * types, nullability) and `$ref` following are the model's (generator/model/schema-facts.ts,
 * generator/model/resolve.ts), re-exported here for the mock's modules.
 */
import { isObject, resolveSchema, type SchemaObject } from '../../model/resolve.ts';
import { isNullable, requiredOf, topProperties, typeOf } from '../../model/schema-facts.ts';

export { isNullable, topProperties, typeOf };

export type SchemaNode = SchemaObject;

/** The schema's own `x-specgen-mock` (of the schema or of an `allOf` part it is built from, nearest first). */
export function schemaExtension(document: Record<string, unknown>, schema: unknown): unknown {
  const node = resolveSchema(document, schema);
  if (!node) return undefined;
  if (node['x-specgen-mock'] !== undefined) return node['x-specgen-mock'];
  if (isObject(schema) && schema['x-specgen-mock'] !== undefined) return schema['x-specgen-mock'];
  return undefined;
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

/**
 * Limits of one sample, in JSON bytes (approximately: keys, punctuation and values as
 * `JSON.stringify` would write them), shared by the whole sample however wide or deep its schema.
 * While the sample is under `bytes` and `depth`, it is built in full: every property, one array
 * item (or `minItems`), spec examples and defaults. Past either limit only what validity needs is
 * built: required properties, `minItems` items, `null` where the schema allows it. Past `hardBytes`
 * or `maxDepth` building stops (`null`, arrays cut short): only a schema with no finite valid value
 * within those limits gets there, and validation then reports it.
 */
export interface SampleLimits {
  bytes: number;
  depth: number;
  hardBytes: number;
  maxDepth: number;
}

export const SAMPLE_LIMITS: SampleLimits = { bytes: 16 * 1024, depth: 6, hardBytes: 64 * 1024, maxDepth: 32 };

interface SampleState extends SampleLimits {
  document: Record<string, unknown>;
  spent: number;
  /** Properties (writeOnly ones left out) per object schema, worked out once per sample. */
  shapes: Map<SchemaNode, Shape>;
}

interface Shape {
  properties: [string, SchemaNode][];
  required: [string, SchemaNode][];
  order: Map<string, number>;
}

/** Defines `key` as an own data property: `__proto__` included, whatever the object. */
export function setOwn(target: Record<string, unknown>, key: string, v: unknown): void {
  Object.defineProperty(target, key, { value: v, enumerable: true, writable: true, configurable: true });
}

const jsonSizes = new WeakMap<object, number>();

/** JSON length of a spec-supplied value (objects memoised: one spec value may be met many times). */
function jsonSize(v: unknown): number {
  if (v === null || typeof v !== 'object') return (JSON.stringify(v) ?? 'null').length;
  let size = jsonSizes.get(v);
  if (size === undefined) jsonSizes.set(v, (size = JSON.stringify(v)?.length ?? 4));
  return size;
}

/**
 * Deterministic data for a schema: const, default, examples, the first enum member, else by type;
 * bounded in total size and depth by `limits` (see SampleLimits).
 */
export function sampleOf(document: Record<string, unknown>, schema: unknown, limits: SampleLimits = SAMPLE_LIMITS): unknown {
  return build({ document, spent: 0, shapes: new Map(), ...limits }, schema, 0, true);
}

function build(state: SampleState, schema: unknown, depth: number, wanted: boolean): unknown {
  const node = resolveSchema(state.document, schema);
  if (!node || depth > state.maxDepth || state.spent > state.hardBytes) return charge(state, null);
  const full = wanted && depth <= state.depth && state.spent < state.bytes;
  if (node.const !== undefined) return charge(state, node.const);
  const nullable = isNullable(node);
  if (!full && nullable) return charge(state, null);
  for (const candidate of [node.default, Array.isArray(node.examples) ? node.examples[0] : undefined, node.example]) {
    // Spec values are used whole or not at all: in full only while they fit, else when tiny.
    if (candidate !== undefined && jsonSize(candidate) <= (full ? state.bytes - state.spent : 16)) return charge(state, candidate);
  }
  if (Array.isArray(node.enum) && node.enum.length) return charge(state, node.enum[0]);
  for (const key of ['oneOf', 'anyOf']) {
    const parts = node[key];
    if (!Array.isArray(parts) || !parts.length) continue;
    const nonNull = parts.filter((p) => resolveSchema(state.document, p)?.type !== 'null');
    if (!full && nonNull.length < parts.length) return charge(state, null);
    if (nonNull.length) return build(state, nonNull[0], depth + 1, full);
  }
  const type = typeOf(state.document, node) ?? (isObject(node.properties) || Array.isArray(node.allOf) ? 'object' : undefined);
  switch (type) {
    case 'object':
      return objectSample(state, node, depth, full);
    case 'array':
      return arraySample(state, node, depth, full);
    case 'string':
      return charge(state, stringSample(state, node));
    case 'integer':
    case 'number':
      return charge(state, numberSample(node, type === 'integer'));
    case 'boolean':
      return charge(state, true);
    default:
      return charge(state, null);
  }
}

function charge<T>(state: SampleState, v: T): T {
  state.spent += jsonSize(v);
  return v;
}

function shapeOf(state: SampleState, node: SchemaNode): Shape {
  let shape = state.shapes.get(node);
  if (!shape) {
    const properties = [...topProperties(state.document, node)].filter(([, p]) => p.writeOnly !== true);
    const required = requiredOf(state.document, node);
    shape = { properties, required: properties.filter(([name]) => required.has(name)), order: new Map(properties.map(([name], i) => [name, i])) };
    state.shapes.set(node, shape);
  }
  return shape;
}

/**
 * Required properties first (always, until the hard limit cuts the object short), then optional
 * ones while the budget lasts; written in declared order.
 */
function objectSample(state: SampleState, node: SchemaNode, depth: number, full: boolean): Record<string, unknown> {
  state.spent += 2;
  const shape = shapeOf(state, node);
  const values = new Map<string, unknown>();
  const add = (name: string, prop: SchemaNode, wanted: boolean) => {
    state.spent += jsonSize(name) + 2;
    values.set(name, build(state, prop, depth + 1, wanted));
  };
  for (const [name, prop] of shape.required) {
    if (state.spent > state.hardBytes) break;
    add(name, prop, full);
  }
  if (full) {
    for (const [name, prop] of shape.properties) {
      if (state.spent >= state.bytes) break;
      if (!values.has(name)) add(name, prop, true);
    }
  }
  const out: Record<string, unknown> = {};
  const names = [...values.keys()].sort((a, b) => shape.order.get(a)! - shape.order.get(b)!);
  for (const name of names) setOwn(out, name, values.get(name));
  return out;
}

function arraySample(state: SampleState, node: SchemaNode, depth: number, full: boolean): unknown[] {
  state.spent += 2;
  const min = typeof node.minItems === 'number' && node.minItems > 0 ? Math.ceil(node.minItems) : 0;
  const max = typeof node.maxItems === 'number' && node.maxItems >= 0 ? Math.floor(node.maxItems) : Infinity;
  const count = Math.min(full ? Math.max(min, 1) : min, max);
  const out: unknown[] = [];
  for (let i = 0; i < count && state.spent <= state.hardBytes; i++) {
    state.spent += 1;
    out.push(build(state, node.items, depth + 1, full && i === 0));
  }
  return out;
}

function stringSample(state: SampleState, node: SchemaNode): string {
  const format = typeof node.format === 'string' ? FORMAT_SAMPLES[node.format] : undefined;
  if (format) return format;
  const min = typeof node.minLength === 'number' ? Math.ceil(node.minLength) : 0;
  const max = typeof node.maxLength === 'number' ? Math.floor(node.maxLength) : Infinity;
  const room = Math.max(0, state.hardBytes - state.spent);
  return 'string'.padEnd(Math.min(min, room), 'x').slice(0, Math.max(0, max));
}

/** The smallest number the bounds allow, near 0 (3.0 boolean and 3.1 numeric exclusive bounds). */
function numberSample(node: SchemaNode, integer: boolean): number {
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  let low = num(node.minimum);
  let lowExclusive = node.exclusiveMinimum === true;
  if (num(node.exclusiveMinimum) !== undefined && (low === undefined || num(node.exclusiveMinimum)! >= low)) {
    low = num(node.exclusiveMinimum);
    lowExclusive = true;
  }
  let high = num(node.maximum);
  let highExclusive = node.exclusiveMaximum === true;
  if (num(node.exclusiveMaximum) !== undefined && (high === undefined || num(node.exclusiveMaximum)! <= high)) {
    high = num(node.exclusiveMaximum);
    highExclusive = true;
  }
  const step = num(node.multipleOf) !== undefined && node.multipleOf as number > 0 ? node.multipleOf as number : integer ? 1 : undefined;
  const fits = (v: number) => (low === undefined || (lowExclusive ? v > low : v >= low)) && (high === undefined || (highExclusive ? v < high : v <= high));
  const onStep = (v: number, up: boolean) => (step === undefined ? v : (up ? Math.ceil(v / step) : Math.floor(v / step)) * step);
  const near = (v: number, up: boolean) => [onStep(v, up), onStep(v, up) + (up ? 1 : -1) * (step ?? 1)];
  const candidates = low !== undefined ? [...near(low, true), 0] : [0, ...(high !== undefined ? near(high, false) : [])];
  for (const v of candidates) {
    if (fits(v) && Number.isFinite(v)) return Object.is(v, -0) ? 0 : v;
  }
  return low ?? high ?? 0;
}
