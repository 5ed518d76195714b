/**
 * Sample data for a schema, for the mock's example answers. Schema facts (properties, `required`,
 * types, nullability) and `$ref` following are the model's (generator/model/schema-facts.ts,
 * generator/model/resolve.ts), re-exported here for the mock's modules.
 *
 * Samples are built at generation time and written into the generated mock as JSON text. They aim
 * at validity for the schema, deterministically:
 * - `const`; spec `default` / `examples[0]` / `example` as written, unless `null` or found invalid
 *   for their schema by `surelyInvalid` (a small one-sided check, not a validator);
 *   the first `enum` member (the first non-null one);
 * - `allOf` parts merged into one schema (properties, `required`, types, bounds, patterns);
 * - `oneOf` / `anyOf`: the first non-null alternative, merged with the schema's sibling keywords.
 *   For `oneOf` an alternative whose sample surely fails every other alternative (a small check of
 *   type, enum/const, required, patterns, bounds, formats and `additionalProperties: false`) is
 *   preferred; when none is found the first one is used, which a validator may see matching two;
 * - `discriminator`: the property is set to the `mapping` key of the alternative (or of the schema
 *   reached through `$ref` whose `allOf` base declares the discriminator), else the schema's name;
 * - formats (dates, times, e-mails, host names, IPs, URIs, UUIDs, JSON pointers, regexes, base64,
 *   numbers written as strings) in valid forms, fitted to `minLength`/`maxLength` where the format
 *   allows (longer fractions of seconds, longer local parts or paths, shorter forms); where it does
 *   not (a date is 10 characters), the format wins;
 * - `pattern`: a string drawn by randexp from the pattern with a seeded generator, repetition
 *   bounded, and checked with `new RegExp(pattern, 'u')` (without `u` for patterns only valid
 *   without it) and the length bounds; see `patternSample` for what happens when none is found;
 * - numbers in their bounds and `multipleOf`; arrays within `minItems`/`maxItems`, distinct items
 *   under `uniqueItems`, `prefixItems` and `contains` honoured; objects with `minProperties`,
 *   `maxProperties`, `dependentRequired`, and `required` names that are not in `properties` given a
 *   value of `patternProperties` / `additionalProperties` (else a string);
 * - never `null` for a nullable schema (3.0 `nullable`, 3.1 `type: [.., 'null']`, a `null`
 *   alternative) unless the budget (SampleLimits) forces it.
 */
import randexpModule from 'randexp';
import { isObject, isRef, resolveSchema, type SchemaObject } from '../../model/resolve.ts';
import { isNullable, requiredOf, topProperties, typeOf } from '../../model/schema-facts.ts';
import { patternTemplateSample } from './ids.ts';
import { patternOf } from '../../../templates/mock-runtime/ids.ts';

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

/** Choices of a sample that are not limits. */
export interface SampleOptions {
  /**
   * Share of the optional properties present, 0..1; default 1: every optional property (while the
   * budget lasts), 0: required ones only. In between each optional property is kept when a hash of
   * `seed`, the object's JSON pointer in the sample and the property name, read as a number in
   * [0, 1), is below the rate: the same seed keeps the same properties. Properties that
   * `minProperties` or `dependentRequired` need are added whatever the rate.
   */
  optionalRate?: number;
  /** Seed of every varying choice (optional properties, pattern samples); default 0. */
  seed?: string | number;
}

interface SampleState extends SampleLimits {
  document: Record<string, unknown>;
  spent: number;
  /** Properties (writeOnly ones left out) per object schema, worked out once per sample. */
  shapes: Map<SchemaNode, Shape>;
  /** `allOf`-merged schema per schema, worked out once per sample. */
  merged: Map<SchemaNode, SchemaNode>;
  seed: string;
  optionalRate: number;
  /** `oneOf` alternatives tried so far (bounded: each try builds a whole sample). */
  trials: number;
}

interface Shape {
  properties: [string, SchemaNode][];
  required: [string, SchemaNode][];
  /** Required names no property declares (writeOnly ones are declared). */
  undeclared: string[];
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
 * Deterministic data for a schema (see the module comment for what it honours), bounded in total
 * size and depth by `limits` (see SampleLimits); `options` chooses optional properties and seeds.
 */
export function sampleOf(document: Record<string, unknown>, schema: unknown, limits: SampleLimits = SAMPLE_LIMITS, options: SampleOptions = {}): unknown {
  return build(newState(document, limits, options), schema, 0, true, '', 0);
}

/**
 * Up to `count` distinct samples of a schema (JSON-distinct), in a fixed order: the first is
 * `sampleOf`'s; the others vary strings, numbers, enum members and pattern draws. Fewer when the
 * schema has fewer valid values (or the sampler finds no more within a few tries per value).
 */
export function distinctSamples(document: Record<string, unknown>, schema: unknown, count: number, options: SampleOptions = {}): unknown[] {
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (let variant = 0; out.length < count && variant < count * 4 + 16; variant++) {
    const value = build(newState(document, SAMPLE_LIMITS, options), schema, 0, true, '', variant);
    const key = canonical(value);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(value);
    }
  }
  return out;
}

/** The schema after `$ref`s, with its `allOf` parts merged into one (see `mergeAllOf`). */
export function effectiveSchema(document: Record<string, unknown>, schema: unknown): SchemaNode | undefined {
  const node = resolveSchema(document, schema);
  return node && (Array.isArray(node.allOf) ? mergeAllOf(document, node) : node);
}

function newState(document: Record<string, unknown>, limits: SampleLimits, options: SampleOptions): SampleState {
  const rate = typeof options.optionalRate === 'number' && !Number.isNaN(options.optionalRate) ? Math.min(1, Math.max(0, options.optionalRate)) : 1;
  return {
    document,
    spent: 0,
    shapes: new Map(),
    merged: new Map(),
    seed: String(options.seed ?? 0),
    optionalRate: rate,
    trials: 0,
    bytes: limits.bytes,
    depth: limits.depth,
    hardBytes: limits.hardBytes,
    maxDepth: limits.maxDepth,
  };
}

/**
 * One value. `wanted`: built in full while the budget lasts (else only what validity needs);
 * `at`: JSON pointer of the value in the sample (seeds optional properties and pattern draws);
 * `variant`: which of the schema's values (0: the usual one; others differ, for `uniqueItems`).
 */
function build(state: SampleState, schema: unknown, depth: number, wanted: boolean, at: string, variant: number): unknown {
  const resolved = resolveSchema(state.document, schema);
  if (!resolved || depth > state.maxDepth || state.spent > state.hardBytes) return charge(state, null);
  const node = effective(state, resolved);
  const over = depth > state.depth || state.spent >= state.bytes;
  const full = wanted && !over;
  if (node.const !== undefined) return charge(state, node.const);
  if (over && isNullable(node)) return charge(state, null);
  if (variant === 0) {
    for (const candidate of [node.default, Array.isArray(node.examples) ? node.examples[0] : undefined, node.example]) {
      // Spec values are used whole or not at all: in full only while they fit, else when tiny; not
      // when `null`, nor when surely invalid for their schema (a quoted date, a wrong type).
      if (candidate === undefined || candidate === null || jsonSize(candidate) > (full ? state.bytes - state.spent : 16)) continue;
      if (!surelyInvalid(state.document, candidate, node)) return charge(state, candidate);
    }
  }
  if (Array.isArray(node.enum) && node.enum.length) return charge(state, enumMember(node, variant));
  for (const key of ['oneOf', 'anyOf'] as const) {
    const chosen = alternative(state, node, key, depth, full, over, at, variant);
    if (chosen) return chosen.value;
  }
  const type = typeOf(state.document, node) ?? impliedType(node);
  switch (type) {
    case 'object': {
      const value = objectSample(state, node, depth, full, at, variant);
      if (isRef(schema) && node.discriminator !== undefined) setDiscriminator(state.document, node.discriminator, schema.$ref, value, node);
      return value;
    }
    case 'array':
      return arraySample(state, node, depth, full, at, variant);
    case 'string':
      return charge(state, stringSample(state, node, at, variant));
    case 'integer':
    case 'number':
      return charge(state, numberSample(node, type === 'integer' || node.format === 'int32' || node.format === 'int64', variant));
    case 'boolean':
      return charge(state, variant % 2 === 0);
    default:
      return charge(state, null);
  }
}

/** A type the schema's keywords imply when it names none. */
function impliedType(node: SchemaNode): string | undefined {
  if (isObject(node.properties) || node.required !== undefined || node.additionalProperties !== undefined || node.minProperties !== undefined) return 'object';
  if (node.items !== undefined || node.prefixItems !== undefined || node.minItems !== undefined) return 'array';
  if (typeof node.pattern === 'string' || typeof node.format === 'string' || node.minLength !== undefined || node.maxLength !== undefined) return 'string';
  if (node.minimum !== undefined || node.maximum !== undefined || node.multipleOf !== undefined) return 'number';
  return undefined;
}

function charge<T>(state: SampleState, v: T): T {
  state.spent += jsonSize(v);
  return v;
}

/** The `variant`-th enum member, non-null ones (of the schema's type, when it names one) first. */
function enumMember(node: SchemaNode, variant: number): unknown {
  const members = node.enum as unknown[];
  const types = typesOf(node);
  const typed = members.filter((m) => m !== null && (!types || types.some((t) => jsonTypeMatches(t, m))));
  const list = typed.length ? typed : members.filter((m) => m !== null).length ? members.filter((m) => m !== null) : members;
  return list[variant % list.length];
}

// -------------------------------------------------------------------------------------------------
// allOf

/** `allOf`-merged schema, once per schema per sample. */
function effective(state: SampleState, node: SchemaNode): SchemaNode {
  if (!Array.isArray(node.allOf)) return node;
  let merged = state.merged.get(node);
  if (!merged) state.merged.set(node, (merged = mergeAllOf(state.document, node)));
  return merged;
}

const MIN_KEYS = new Set(['minLength', 'minItems', 'minProperties', 'minimum', 'minContains']);
const MAX_KEYS = new Set(['maxLength', 'maxItems', 'maxProperties', 'maximum', 'maxContains']);
/** Subschema keywords two parts may both give: both must hold, so they become `allOf` of the two. */
const BOTH_KEYS = new Set(['items', 'additionalProperties', 'contains', 'propertyNames', 'unevaluatedProperties']);
/** Keywords that say what the whole is, kept from the schema itself only (a part's example is not the whole's). */
const OWN_KEYS = new Set(['default', 'example', 'examples', 'title', 'description']);
/** Internal: every `pattern` of the merged parts (the merged schema's `pattern` is the first). */
export const ALL_PATTERNS = 'specgen:patterns';

/**
 * One schema equivalent to `node` and its `allOf` parts (recursively, cycle-safe): properties
 * (a property in two parts: `allOf` of both), `required` united, types intersected, lower bounds
 * raised and upper bounds lowered, enums intersected, every `pattern` kept (ALL_PATTERNS), `false`
 * over schemas for `items`/`additionalProperties`. A part's `oneOf`/`anyOf` is kept (the first
 * one met) unless the part declares a `discriminator`: that is the polymorphic base the schema is
 * one alternative of. Nullable when the schema itself says so, or when every constraining part is.
 */
export function mergeAllOf(document: Record<string, unknown>, node: SchemaNode, seen = new Set<unknown>()): SchemaNode {
  const out: SchemaNode = {};
  const { allOf, ...own } = node;
  seen.add(node);
  mergeInto(out, own, true);
  let constraining = 0;
  let nullableParts = 0;
  for (const part of Array.isArray(allOf) ? allOf : []) {
    const resolved = resolveSchema(document, part);
    if (!resolved || seen.has(resolved) || seen.size > 256) continue;
    const flat = Array.isArray(resolved.allOf) ? mergeAllOf(document, resolved, seen) : resolved;
    if (constrains(flat)) {
      constraining++;
      if (isNullable(flat)) nullableParts++;
    }
    mergeInto(out, flat, false);
  }
  if (own.nullable === true || (constraining > 0 && nullableParts === constraining)) out.nullable = true;
  return out;
}

function constrains(node: SchemaNode): boolean {
  return ['type', 'properties', 'required', 'enum', 'const', 'items', 'oneOf', 'anyOf', 'format', 'pattern'].some((k) => node[k] !== undefined);
}

function mergeInto(out: SchemaNode, part: SchemaNode, own: boolean): void {
  for (const [key, value] of Object.entries(part)) {
    if (value === undefined) continue;
    const prev = out[key];
    if (MIN_KEYS.has(key) && typeof value === 'number') {
      out[key] = typeof prev === 'number' ? Math.max(prev, value) : value;
      continue;
    }
    if (MAX_KEYS.has(key) && typeof value === 'number') {
      out[key] = typeof prev === 'number' ? Math.min(prev, value) : value;
      continue;
    }
    if (BOTH_KEYS.has(key)) {
      out[key] = prev === undefined || prev === true ? value : value === true ? prev : prev === false || value === false ? false : prev === value ? prev : { allOf: [prev, value] };
      continue;
    }
    if (OWN_KEYS.has(key)) {
      if (own) out[key] = value;
      continue;
    }
    switch (key) {
      case 'allOf':
        break;
      case 'properties':
      case 'patternProperties':
      case 'dependentRequired': {
        const merged: Record<string, unknown> = {};
        if (isObject(prev)) for (const [k, v] of Object.entries(prev)) setOwn(merged, k, v);
        if (isObject(value)) {
          for (const [k, v] of Object.entries(value)) {
            const had = Object.prototype.hasOwnProperty.call(merged, k) ? merged[k] : undefined;
            const both = key === 'dependentRequired' ? [...new Set([...(Array.isArray(had) ? had : []), ...(Array.isArray(v) ? v : [])])] : { allOf: [had, v] };
            setOwn(merged, k, had === undefined || had === v ? v : both);
          }
        }
        out[key] = merged;
        break;
      }
      case 'required':
        out.required = [...new Set([...(Array.isArray(prev) ? prev : []), ...(Array.isArray(value) ? value : [])])];
        break;
      case 'type':
        out.type = intersectTypes(prev, value);
        break;
      case 'nullable':
        break;
      case 'enum':
        out.enum = Array.isArray(prev) && Array.isArray(value) ? prev.filter((a) => value.some((b) => canonical(a) === canonical(b))) : value;
        break;
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        out[key] = typeof prev === 'number' && typeof value === 'number' ? (key === 'exclusiveMinimum' ? Math.max(prev, value) : Math.min(prev, value)) : prev === true || value === true ? (typeof prev === 'number' ? prev : typeof value === 'number' ? value : true) : (prev ?? value);
        break;
      case 'multipleOf':
        out.multipleOf = typeof prev === 'number' && typeof value === 'number' ? commonMultiple(prev, value) : value;
        break;
      case 'pattern':
      case ALL_PATTERNS: {
        const all = Array.isArray(out[ALL_PATTERNS]) ? (out[ALL_PATTERNS] as string[]) : [];
        for (const p of Array.isArray(value) ? value : [value]) if (typeof p === 'string' && !all.includes(p)) all.push(p);
        out[ALL_PATTERNS] = all;
        if (out.pattern === undefined && typeof all[0] === 'string') out.pattern = all[0];
        break;
      }
      case 'oneOf':
      case 'anyOf':
        if (prev === undefined && (own || part.discriminator === undefined)) out[key] = value;
        break;
      case 'readOnly':
      case 'writeOnly':
      case 'deprecated':
        out[key] = prev === true || value === true;
        break;
      default:
        if (prev === undefined) out[key] = value;
    }
  }
}

function typesOf(node: SchemaNode): string[] | undefined {
  const t = node.type;
  return typeof t === 'string' ? [t] : Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : undefined;
}

function intersectTypes(a: unknown, b: unknown): unknown {
  const as = typeof a === 'string' ? [a] : Array.isArray(a) ? a : undefined;
  const bs = typeof b === 'string' ? [b] : Array.isArray(b) ? b : undefined;
  if (!as) return b;
  if (!bs) return a;
  const both = as.filter((t) => bs.includes(t) || (t === 'integer' && bs.includes('number')));
  if (bs.includes('integer') && as.includes('number') && !both.includes('integer')) both.push('integer');
  if (both.includes('integer') && both.includes('number')) both.splice(both.indexOf('number'), 1);
  if (!both.length) return a; // Contradictory parts: keep the first type.
  return both.length === 1 ? both[0] : both;
}

function commonMultiple(a: number, b: number): number {
  if (a <= 0 || b <= 0) return a > 0 ? a : b;
  const big = Math.max(a, b);
  const small = Math.min(a, b);
  if (Number.isInteger(big / small)) return big;
  if (Number.isInteger(a) && Number.isInteger(b)) {
    const gcd = (x: number, y: number): number => (y ? gcd(y, x % y) : x);
    return (a / gcd(a, b)) * b;
  }
  return a * b;
}

// -------------------------------------------------------------------------------------------------
// oneOf / anyOf / discriminator

function isNullSchema(document: Record<string, unknown>, schema: unknown): boolean {
  const node = resolveSchema(document, schema);
  return node?.type === 'null' || (Array.isArray(node?.type) && node.type.length === 1 && node.type[0] === 'null');
}

/** Keywords that constrain the instance beside `oneOf`/`anyOf` (then merged into the alternative). */
const SIBLING_IGNORED = new Set(['oneOf', 'anyOf', 'discriminator', 'nullable', 'title', 'description', 'example', 'examples', 'default', 'deprecated', 'externalDocs', 'xml', 'readOnly', 'writeOnly']);

function alternative(state: SampleState, node: SchemaNode, key: 'oneOf' | 'anyOf', depth: number, full: boolean, over: boolean, at: string, variant: number): { value: unknown } | undefined {
  const parts = node[key];
  if (!Array.isArray(parts) || !parts.length) return undefined;
  const nonNull = parts.filter((p) => !isNullSchema(state.document, p));
  if (nonNull.length < parts.length && (over || !nonNull.length)) return { value: charge(state, null) };
  const siblings: SchemaNode = {};
  for (const [k, v] of Object.entries(node)) if (!SIBLING_IGNORED.has(k) && !k.startsWith('x-') && v !== undefined) siblings[k] = v;
  if (key === 'oneOf' && node.anyOf !== undefined) siblings.anyOf = node.anyOf;
  const exclusive = key === 'oneOf' && nonNull.length > 1;
  const constrained = Object.keys(siblings).length > 0;
  const start = state.spent;
  let first: { value: unknown; spent: number } | undefined;
  let fitting: { value: unknown; spent: number } | undefined;
  for (let i = 0; i < nonNull.length && i < 8; i++) {
    const alt = nonNull[i];
    state.spent = start;
    const value = build(state, constrained ? { allOf: [siblings, alt] } : alt, depth + 1, full, at, variant);
    if (node.discriminator !== undefined && isRef(alt)) setDiscriminator(state.document, node.discriminator, alt.$ref, value, resolveSchema(state.document, alt));
    first ??= { value, spent: state.spent };
    const last = state.trials++ > 64;
    // An alternative the siblings contradict (`type: string` beside a `type: integer` one) is passed over.
    const fits = !constrained || !(surelyInvalid(state.document, value, alt) || surelyInvalid(state.document, value, siblings));
    if (fits) {
      fitting ??= { value, spent: state.spent };
      if (!exclusive || nonNull.every((other, j) => j === i || surelyInvalid(state.document, value, other))) return { value };
    }
    if (last || (!exclusive && fits)) break;
  }
  const chosen = fitting ?? first!;
  state.spent = chosen.spent;
  return { value: chosen.value };
}

/** The discriminator value naming the schema at `ref`: its `mapping` key, else its component name. */
export function discriminatorValue(discriminator: unknown, ref: string): string | undefined {
  if (!isObject(discriminator)) return undefined;
  const name = /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
  const decoded = name === undefined ? undefined : decodeURIComponent(name).replace(/~1/g, '/').replace(/~0/g, '~');
  if (isObject(discriminator.mapping)) {
    for (const [value, target] of Object.entries(discriminator.mapping)) if (target === ref || (decoded !== undefined && target === decoded)) return value;
  }
  return decoded;
}

/**
 * Sets the discriminator property of an object sample built for the schema at `ref`, unless the
 * value would surely be invalid there (a property with its own enum, const or pattern keeps its
 * value).
 */
function setDiscriminator(document: Record<string, unknown>, discriminator: unknown, ref: string, value: unknown, schema: unknown): void {
  if (!isObject(discriminator) || typeof discriminator.propertyName !== 'string' || !isObject(value)) return;
  const mapped = discriminatorValue(discriminator, ref);
  if (mapped === undefined) return;
  const name = discriminator.propertyName;
  const had = Object.prototype.hasOwnProperty.call(value, name);
  const before = value[name];
  setOwn(value, name, mapped);
  if (schema !== undefined && surelyInvalid(document, value, schema)) {
    if (had) setOwn(value, name, before);
    else delete value[name];
  }
}

// -------------------------------------------------------------------------------------------------
// objects

function shapeOf(state: SampleState, node: SchemaNode): Shape {
  let shape = state.shapes.get(node);
  if (!shape) {
    const all = [...topProperties(state.document, node)];
    const properties = all.filter(([, p]) => p.writeOnly !== true);
    const required = requiredOf(state.document, node);
    const declared = new Set(all.map(([name]) => name));
    shape = {
      properties,
      required: properties.filter(([name]) => required.has(name)),
      undeclared: [...required].filter((name) => !declared.has(name)),
      order: new Map(properties.map(([name], i) => [name, i])),
    };
    state.shapes.set(node, shape);
  }
  return shape;
}

const escapeToken = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** A number in [0, 1) from a string (FNV-1a, then mixed). */
function hash01(text: string): number {
  return hashString(text) / 4294967296;
}

function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** The schema of a property no `properties` entry declares: a matching `patternProperties`, else `additionalProperties`, else a string. */
function undeclaredSchema(node: SchemaNode, name: string): unknown {
  if (isObject(node.patternProperties)) {
    for (const [pattern, schema] of Object.entries(node.patternProperties)) if (testPattern(pattern, name)) return schema;
  }
  if (isObject(node.additionalProperties)) return node.additionalProperties;
  return { type: 'string' };
}

/**
 * Required properties first (always, until the hard limit cuts the object short), then optional
 * ones while the budget lasts (and `optionalRate` keeps them), then what `minProperties` and
 * `dependentRequired` still need; written in declared order, undeclared names last.
 */
function objectSample(state: SampleState, node: SchemaNode, depth: number, full: boolean, at: string, variant: number): Record<string, unknown> {
  state.spent += 2;
  const shape = shapeOf(state, node);
  const values = new Map<string, unknown>();
  const maxProperties = typeof node.maxProperties === 'number' ? node.maxProperties : Infinity;
  const minProperties = typeof node.minProperties === 'number' ? Math.min(Math.ceil(node.minProperties), 1024) : 0;
  const add = (name: string, prop: unknown, wanted: boolean) => {
    state.spent += jsonSize(name) + 2;
    values.set(name, build(state, prop, depth + 1, wanted, `${at}/${escapeToken(name)}`, variant));
  };
  for (const [name, prop] of shape.required) {
    if (state.spent > state.hardBytes) break;
    add(name, prop, full);
  }
  for (const name of shape.undeclared) {
    if (state.spent > state.hardBytes) break;
    add(name, undeclaredSchema(node, name), full);
  }
  if (full) {
    for (const [name, prop] of shape.properties) {
      if (state.spent >= state.bytes || values.size >= maxProperties) break;
      if (!values.has(name) && keepOptional(state, at, name)) add(name, prop, true);
    }
  }
  for (const [name, prop] of shape.properties) {
    if (values.size >= minProperties || state.spent > state.hardBytes) break;
    if (!values.has(name)) add(name, prop, full);
  }
  for (let i = 1; values.size < minProperties && i <= minProperties + 16 && state.spent <= state.hardBytes; i++) {
    const name = extraName(state, node, i, at);
    if (name !== undefined && !values.has(name) && !shape.order.has(name)) add(name, undeclaredSchema(node, name), full);
  }
  dependents(state, node, shape, values, add);
  const out: Record<string, unknown> = {};
  const rank = (name: string) => shape.order.get(name) ?? Infinity;
  const names = [...values.keys()].sort((a, b) => rank(a) - rank(b));
  for (const name of names) setOwn(out, name, values.get(name));
  return out;
}

function keepOptional(state: SampleState, at: string, name: string): boolean {
  if (state.optionalRate >= 1) return true;
  if (state.optionalRate <= 0) return false;
  return hash01(`${state.seed}\u0000${at}/${escapeToken(name)}`) < state.optionalRate;
}

/** The name of the i-th property added for `minProperties` beyond the declared ones. */
function extraName(state: SampleState, node: SchemaNode, i: number, at: string): string | undefined {
  if (node.propertyNames !== undefined && node.propertyNames !== true) {
    const name = build(newState(state.document, SAMPLE_LIMITS, { seed: state.seed }), node.propertyNames, 0, true, `${at}#name`, i);
    return typeof name === 'string' ? name : undefined;
  }
  if (node.additionalProperties === false && isObject(node.patternProperties)) {
    const pattern = Object.keys(node.patternProperties)[0];
    return pattern === undefined ? undefined : patternSample([pattern], `${state.seed}|${at}#name|${i}`);
  }
  return `property${i}`;
}

/** `dependentRequired` (3.1) and the array form of `dependencies` (draft 4-7): names a present name brings. */
function dependents(state: SampleState, node: SchemaNode, shape: Shape, values: Map<string, unknown>, add: (name: string, prop: unknown, wanted: boolean) => void): void {
  const rules: [string, unknown][] = [];
  for (const key of ['dependentRequired', 'dependencies']) if (isObject(node[key])) rules.push(...Object.entries(node[key] as Record<string, unknown>));
  if (!rules.length) return;
  const declared = new Map(shape.properties);
  for (let changed = true, rounds = 0; changed && rounds < 16; rounds++) {
    changed = false;
    for (const [name, needs] of rules) {
      if (!values.has(name) || !Array.isArray(needs)) continue;
      for (const need of needs) {
        if (typeof need !== 'string' || values.has(need) || state.spent > state.hardBytes) continue;
        add(need, declared.get(need) ?? undeclaredSchema(node, need), false);
        changed = true;
      }
    }
  }
}

// -------------------------------------------------------------------------------------------------
// arrays

/** Canonical JSON (sorted keys): equal for JSON-equal values. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObject(v)) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

function arraySample(state: SampleState, node: SchemaNode, depth: number, full: boolean, at: string, variant: number): unknown[] {
  state.spent += 2;
  const prefix = Array.isArray(node.prefixItems) ? node.prefixItems : [];
  const contains = node.contains !== undefined ? node.contains : undefined;
  const minContains = contains === undefined ? 0 : typeof node.minContains === 'number' ? Math.max(0, Math.ceil(node.minContains)) : 1;
  const min = Math.max(typeof node.minItems === 'number' && node.minItems > 0 ? Math.ceil(node.minItems) : 0, minContains);
  let max = typeof node.maxItems === 'number' && node.maxItems >= 0 ? Math.floor(node.maxItems) : Infinity;
  if (node.items === false && prefix.length) max = Math.min(max, prefix.length);
  const count = Math.min(full ? Math.max(min, 1) : min, max);
  const unique = node.uniqueItems === true;
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (let i = 0; i < count && state.spent <= state.hardBytes; i++) {
    state.spent += 1;
    let item: unknown = i < prefix.length ? prefix[i] : node.items;
    if (contains !== undefined && i < minContains) item = item === undefined || item === true ? contains : { allOf: [item, contains] };
    const wanted = full && i === 0;
    if (!unique) {
      out.push(build(state, item, depth + 1, wanted, `${at}/${i}`, variant));
      continue;
    }
    const before = state.spent;
    let value: unknown;
    let fresh = false;
    for (let attempt = 0; attempt < 8 && !fresh; attempt++) {
      state.spent = before;
      value = build(state, item, depth + 1, wanted, `${at}/${i}`, variant + i + attempt * count);
      fresh = !seen.has(canonical(value));
    }
    if (!fresh && i >= min) {
      state.spent = before;
      break;
    }
    seen.add(canonical(value));
    out.push(value);
  }
  return out;
}

// -------------------------------------------------------------------------------------------------
// strings

const codePoints = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

function patternsOf(node: SchemaNode): string[] {
  const all = Array.isArray(node[ALL_PATTERNS]) ? (node[ALL_PATTERNS] as unknown[]).filter((p): p is string => typeof p === 'string') : [];
  if (typeof node.pattern === 'string' && !all.includes(node.pattern)) all.unshift(node.pattern);
  return all;
}

function stringSample(state: SampleState, node: SchemaNode, at: string, variant: number): string {
  const room = Math.max(0, state.hardBytes - state.spent);
  const min = Math.min(typeof node.minLength === 'number' ? Math.max(0, Math.ceil(node.minLength)) : 0, room);
  const max = typeof node.maxLength === 'number' ? Math.max(0, Math.floor(node.maxLength)) : Infinity;
  const patterns = patternsOf(node);
  const format = typeof node.format === 'string' ? node.format : node.contentEncoding === 'base64' ? 'byte' : undefined;
  const fitsLength = (s: string) => {
    const n = codePoints(s);
    return n >= min && n <= max;
  };
  let formatted: string | undefined;
  if (format !== undefined && FORMATS[format]) {
    formatted = formatValue(format, variant, min, max);
    if (patterns.every((p) => testPattern(p, formatted!)) && (fitsLength(formatted) || !patterns.length)) return formatted;
  }
  if (patterns.length) {
    const drawn = patternSample(patterns, `${state.seed}|${at}|${variant}`, min, max, format !== undefined && FORMATS[format] ? (s) => formatCheck(format, s) : undefined, formatted);
    if (drawn !== undefined && fitsLength(drawn)) return drawn;
    // randexp found nothing (it does not know `\p{..}`, say): the id planner's template of the pattern.
    const spelled = patternTemplateSample(patterns[0]!, variant, min, max);
    if (spelled !== undefined && patterns.every((p) => testPattern(p, spelled)) && fitsLength(spelled)) return spelled;
    // Nothing matches within the length bounds: the bounds win (a validator that cannot compile the
    // pattern, like one with `\p{XDigit}` under the `u` flag, still checks them).
  }
  return formatted ?? plainString(variant, min, max, format === 'password' ? 'password' : 'string');
}

/** `base` (then `base1`, `base2`, ... for other variants) padded with `x` to `min`, cut to `max`. */
function plainString(variant: number, min: number, max: number, base = 'string'): string {
  let s = variant === 0 ? base : `${base}${variant}`;
  if (codePoints(s) > max) s = variant === 0 ? base.slice(0, max) : token(variant, max);
  return s.padEnd(min, 'x').slice(0, max);
}

/** A short distinct token for `variant` (letters, at most `max` of them). */
function token(variant: number, max: number): string {
  if (max <= 0) return '';
  let s = '';
  for (let n = variant; s.length < max; n = Math.floor(n / 26) - 1) {
    s = String.fromCharCode(97 + (n % 26)) + s;
    if (n < 26) break;
  }
  return s.slice(-max);
}

interface FormatGen {
  /** The format's value for `variant`, `pad` characters (about) longer than the shortest. */
  make(variant: number, pad: number): string;
  /** Shorter valid values, for small `maxLength`s. */
  short?(variant: number): string[];
}

const BASE_TIME = Date.UTC(2024, 0, 1);
const isoDate = (variant: number) => new Date(BASE_TIME + variant * 86_400_000).toISOString().slice(0, 10);
const isoClock = (variant: number) => new Date(BASE_TIME + variant * 1000).toISOString().slice(11, 19);
const fraction = (pad: number) => (pad > 0 ? `.${'0'.repeat(pad)}` : '');
const counter = (variant: number) => (variant ? String(variant) : '');
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const labels = (pad: number) => {
  // `pad` characters of host-name labels, each followed by a dot (labels of at most 63).
  if (pad <= 0) return '';
  const out: string[] = [];
  for (let left = Math.max(pad, 2); left > 0; ) {
    const size = Math.min(63, left - 1) || 1;
    out.push(`${'a'.repeat(size)}.`);
    left -= size + 1;
  }
  return out.join('');
};
const numberText: FormatGen = { make: (v, pad) => `${v + 1}${'0'.repeat(pad)}` };
const emailGen: FormatGen = {
  make: (v, pad) => (pad > 64 - 4 ? `user${counter(v)}@${labels(pad - 60)}example.com` : `user${counter(v)}${'x'.repeat(pad)}@example.com`),
  short: (v) => [`${token(v, 2)}@a.io`, `${token(v, 1)}@a.b`],
};
const hostGen: FormatGen = {
  make: (v, pad) => `${labels(pad)}${v ? `host${v}.` : ''}example.com`,
  short: (v) => [`${token(v, 3)}.io`, token(v, 3), token(v, 1)],
};
const uriGen: FormatGen = {
  make: (v, pad) => `https://example.com/${counter(v)}${'a'.repeat(pad)}`,
  short: (v) => [`https://${token(v, 1)}.io`, `urn:${token(v, 3)}`, `a:${token(v, 1)}`],
};

/** Value makers of the string formats (ajv-formats "full" definitions; idn-* and iri* accept these ASCII forms). */
const FORMATS: Record<string, FormatGen> = {
  'date-time': { make: (v, pad) => `${isoDate(0)}T${isoClock(v)}${fraction(pad)}Z` },
  date: { make: (v) => isoDate(v) },
  time: { make: (v, pad) => `${isoClock(v)}${fraction(pad)}Z` },
  duration: { make: (v, pad) => `P${String(v + 1).padStart(1 + pad, '0')}D` },
  email: emailGen,
  'idn-email': emailGen,
  hostname: hostGen,
  'idn-hostname': hostGen,
  ipv4: { make: (v) => (v < 254 ? `192.0.2.${v + 1}` : `10.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`) },
  ipv6: { make: (v) => `2001:db8::${(v + 1).toString(16)}`, short: (v) => [`::${(v + 1).toString(16)}`] },
  uri: uriGen,
  url: { make: uriGen.make, short: (v) => [`http://${token(v, 1)}.io`, `http://${token(v, 1)}`] },
  iri: uriGen,
  'uri-reference': { make: uriGen.make, short: (v) => [`/${token(v, 3)}`, token(v, 3), token(v, 1)] },
  'iri-reference': { make: uriGen.make, short: (v) => [`/${token(v, 3)}`, token(v, 3), token(v, 1)] },
  'uri-template': { make: (v, pad) => `https://example.com/{id}${v ? `/${v}` : ''}${'a'.repeat(pad)}`, short: (v) => [`/{${token(v, 1)}}`] },
  uuid: { make: (v) => `00000000-0000-4000-8000-${v.toString(16).padStart(12, '0').slice(-12)}` },
  'json-pointer': { make: (v, pad) => `/name${counter(v)}${'a'.repeat(pad)}`, short: (v) => [`/${token(v, 2)}`, `/${token(v, 1)}`, ''] },
  'relative-json-pointer': { make: (v, pad) => `${v}${pad > 0 ? `/${'a'.repeat(pad - 1)}` : ''}` },
  regex: { make: (v, pad) => `^example${counter(v)}${'a'.repeat(pad)}$`, short: (v) => [token(v, 2), token(v, 1), ''] },
  byte: { make: (v, pad) => base64(`string${counter(v)}${'x'.repeat(Math.ceil((pad * 3) / 4))}`), short: (v) => [base64(token(v, 2)), ''] },
  int32: numberText,
  int64: numberText,
  float: numberText,
  double: numberText,
  decimal: numberText,
  number: numberText,
  integer: numberText,
};

/** The format's value for `variant` within [min, max] when the format allows it; else its usual value. */
function formatValue(format: string, variant: number, min: number, max: number): string {
  const gen = FORMATS[format]!;
  const base = gen.make(variant, 0);
  const length = codePoints(base);
  if (length >= min && length <= max) return base;
  if (length < min) {
    let pad = min - length;
    while (pad > 1 && codePoints(gen.make(variant, pad - 1)) >= min) pad--;
    for (let tries = 0; tries < 8 && codePoints(gen.make(variant, pad)) < min; tries++) pad++;
    const padded = gen.make(variant, pad);
    const n = codePoints(padded);
    if (n >= min && n <= max && padded !== base) return padded;
  }
  for (const s of gen.short?.(variant) ?? []) {
    const n = codePoints(s);
    if (n >= min && n <= max) return s;
  }
  return base;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(z|[+-]\d\d(:?\d\d)?)$/i;

/** A check of the formats the sampler writes (false: surely not of the format; unknown formats pass). */
export function formatCheck(format: string, s: string): boolean {
  switch (format) {
    case 'date': {
      const m = DATE_RE.exec(s);
      return !!m && +m[2]! >= 1 && +m[2]! <= 12 && +m[3]! >= 1 && +m[3]! <= 31;
    }
    case 'time':
      return TIME_RE.test(s);
    case 'date-time': {
      const [date, time] = s.split(/[tT ]/);
      return time !== undefined && formatCheck('date', date ?? '') && TIME_RE.test(time);
    }
    case 'uuid':
      return /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(s);
    case 'email':
    case 'idn-email':
      return /^[^\s@]+@[^\s@]+$/.test(s);
    case 'ipv4':
      return /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(s);
    case 'ipv6':
      return /^[0-9a-f:.]+$/i.test(s) && s.includes(':');
    case 'hostname':
    case 'idn-hostname':
      return /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i.test(s);
    case 'uri':
    case 'url':
    case 'iri':
      return /^[a-z][a-z0-9+.-]*:[^\s{}<>"\\^`|]*$/i.test(s);
    case 'uri-reference':
    case 'iri-reference':
      return /^[^\s{}<>"\\^`|]*$/.test(s);
    case 'byte':
      return /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s);
    case 'duration':
      return /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/.test(s);
    case 'int32':
    case 'int64':
      return /^-?\d+$/.test(s);
    default:
      return true;
  }
}

// -------------------------------------------------------------------------------------------------
// patterns

interface RandExpLike {
  max: number;
  randInt(a: number, b: number): number;
  gen(): string;
}
type RandExpClass = new (pattern: string, flags?: string) => RandExpLike;
/** randexp is CommonJS with `module.exports = RandExp` (typed as an ES default export): either shape. */
const RandExp = ((randexpModule as unknown as { default?: unknown }).default ?? randexpModule) as unknown as RandExpClass;

const generators = new Map<string, RandExpLike | null>();

/** The pattern as ECMAScript regex (the mock runtime's own compilation: generation and run time agree). */
export const compilePattern = patternOf;

/** Whether `value` matches `pattern` (unanchored, as JSON Schema reads it); an invalid pattern matches nothing. */
export function testPattern(pattern: string, value: string): boolean {
  const re = compilePattern(pattern);
  return re !== null && re.test(value);
}

function generatorFor(pattern: string): RandExpLike | null {
  let gen = generators.get(pattern);
  if (gen === undefined) {
    try {
      gen = new RandExp(pattern);
    } catch {
      gen = null;
    }
    if (generators.size > 4096) generators.clear();
    generators.set(pattern, gen);
  }
  return gen;
}

/** mulberry32 over a hashed key: the same key, the same draws. */
function seededInt(key: string): (a: number, b: number) => number {
  let state = hashString(key);
  return (a, b) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return a + Math.floor(r * (1 + b - a));
  };
}

/** Repetition bounds of unbounded quantifiers (`*`, `+`, `{n,}`) per try: randexp's `max`, past the minimum. */
const REPEATS = [8, 0, 2, 4, 1, 8, 16, 3, 0, 8, 32, 64];

/**
 * A string matching every one of `patterns` (drawn from the first by randexp, with a PRNG seeded
 * from `key`, unbounded repetition limited by REPEATS), of `min`..`max` code points and passing
 * `prefer` (a format check) when such a draw is found within 48 tries. Else, in that order: a draw
 * matching the patterns and lengths, a draw matching the patterns (the pattern wins over the
 * lengths), `undefined` when no draw matches (randexp ignores lookarounds and back-references, and
 * does not know `\p{..}`): the caller then writes the format's or the plain string, which a
 * validator will report.
 */
export function patternSample(patterns: string[], key: string, min = 0, max = Infinity, prefer?: (s: string) => boolean, around?: string): string | undefined {
  if (!patterns.length || patterns.some((p) => compilePattern(p) === null)) return undefined;
  const gens = patterns.map(generatorFor);
  if (!gens[0]) return undefined;
  let matching: string | undefined;
  let fitting: string | undefined;
  const draws: string[] = [];
  const big = Math.min(Math.max(min, 8), 4096);
  const consider = (c: string): boolean => {
    if (!patterns.every((p) => testPattern(p, c))) return false;
    matching ??= c;
    const len = codePoints(c);
    if (len < min || len > max) return false;
    fitting ??= c;
    return !prefer || prefer(c);
  };
  for (let attempt = 0; attempt < 48; attempt++) {
    // One draw of each pattern; several patterns (allOf) may each need their own part of the string.
    const drawn = gens.map((gen, i) => {
      if (!gen) return '';
      gen.max = attempt < REPEATS.length ? REPEATS[attempt]! : attempt % 2 ? big : 8;
      gen.randInt = seededInt(`${key}#${i}#${attempt}`);
      try {
        return gen.gen();
      } catch {
        return '';
      }
    });
    const s = drawn[0]!;
    const candidates = [s];
    if (drawn.length > 1) candidates.push(drawn.join(''), [...drawn].reverse().join(''));
    const n = codePoints(s);
    if (n < min && min - n <= 4096) candidates.push(s + 'x'.repeat(min - n), 'x'.repeat(min - n) + s, s.repeat(Math.ceil(min / Math.max(n, 1))));
    for (const c of candidates) {
      if (consider(c)) return c;
      if (draws.length < 8 && patterns.every((p) => testPattern(p, c))) draws.push(c);
    }
  }
  // A format value around a draw of an unanchored pattern (`user` + `@corp.example`).
  if (prefer && around !== undefined) {
    const cut = Array.from(around);
    for (const s of draws) {
      for (let k = 0; k <= cut.length; k++) {
        for (const c of [cut.slice(0, k).join('') + s, s + cut.slice(k).join('')]) if (consider(c)) return c;
      }
    }
  }
  return fitting ?? matching;
}

// -------------------------------------------------------------------------------------------------
// numbers

const finite = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * The smallest number the bounds allow, near 0 (3.0 boolean and 3.1 numeric exclusive bounds); a
 * multiple of `multipleOf` as validators check it (`value / multipleOf` an integer in floating
 * point); other variants step away from it within the bounds.
 */
function numberSample(node: SchemaNode, integer: boolean, variant = 0): number {
  let low = finite(node.minimum);
  let lowExclusive = node.exclusiveMinimum === true;
  if (finite(node.exclusiveMinimum) !== undefined && (low === undefined || finite(node.exclusiveMinimum)! >= low)) {
    low = finite(node.exclusiveMinimum);
    lowExclusive = true;
  }
  let high = finite(node.maximum);
  let highExclusive = node.exclusiveMaximum === true;
  if (finite(node.exclusiveMaximum) !== undefined && (high === undefined || finite(node.exclusiveMaximum)! <= high)) {
    high = finite(node.exclusiveMaximum);
    highExclusive = true;
  }
  const multiple = finite(node.multipleOf) !== undefined && (node.multipleOf as number) > 0 ? (node.multipleOf as number) : undefined;
  const step = multiple ?? (integer ? 1 : undefined);
  const fits = (v: number) =>
    Number.isFinite(v) &&
    (low === undefined || (lowExclusive ? v > low : v >= low)) &&
    (high === undefined || (highExclusive ? v < high : v <= high)) &&
    (!integer || Number.isInteger(v)) &&
    (multiple === undefined || Number.isInteger(v / multiple));
  const tidy = (v: number) => (Object.is(v, -0) ? 0 : Number(v.toPrecision(15)));
  const near = (v: number, up: boolean): number[] => {
    if (step === undefined) return [v, v + (up ? 1 : -1)];
    const k = up ? Math.ceil(v / step) : Math.floor(v / step);
    const out: number[] = [];
    for (let i = 0; i < 24; i++) {
      const m = k + (up ? i : -i);
      out.push(tidy(m * step), m * step);
    }
    return out;
  };
  const candidates = low !== undefined ? [...near(low, true), 0] : [0, ...(high !== undefined ? near(high, false) : [])];
  let base: number | undefined;
  for (const v of candidates) {
    if (fits(v)) {
      base = tidy(v);
      if (!fits(base)) base = v;
      break;
    }
  }
  if (base === undefined) return low ?? high ?? 0;
  if (variant === 0) return base;
  const unit = step ?? 1;
  // Within both bounds the variants cycle over the values between them.
  const span = high !== undefined ? Math.floor((high - base) / unit) + 1 : Infinity;
  const offset = span > 1 && span < Infinity ? variant % span : variant;
  for (const v of [base + offset * unit, base - variant * unit]) {
    for (const c of [tidy(v), v]) if (fits(c)) return c;
  }
  return base;
}

// -------------------------------------------------------------------------------------------------
// a small, one-sided validity check

function jsonTypeMatches(type: string, v: unknown): boolean {
  switch (type) {
    case 'null':
      return v === null;
    case 'boolean':
      return typeof v === 'boolean';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'string':
      return typeof v === 'string';
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
    default:
      return true;
  }
}

/**
 * True only when `value` surely fails `schema` (type, enum, const, required, properties,
 * `additionalProperties: false`, string, number, array and object bounds, patterns, a few formats,
 * allOf/anyOf/oneOf where every alternative fails); false when valid or not known. Used to pick a
 * `oneOf` alternative that matches alone and to keep discriminator values valid.
 */
export function surelyInvalid(document: Record<string, unknown>, value: unknown, schema: unknown): boolean {
  return invalidWithin(document, value, schema, 0, { steps: 4096 });
}

function invalidWithin(document: Record<string, unknown>, value: unknown, schema: unknown, depth: number, budget: { steps: number }): boolean {
  if (schema === false) return true;
  if (depth > 24 || --budget.steps < 0) return false;
  const node = resolveSchema(document, schema);
  if (!node) return false;
  const types = typesOf(node);
  if (value === null && (node.nullable === true || types?.includes('null'))) return false;
  if (types && !types.some((t) => jsonTypeMatches(t, value))) return true;
  if (node.const !== undefined && canonical(node.const) !== canonical(value)) return true;
  if (Array.isArray(node.enum) && !node.enum.some((m) => canonical(m) === canonical(value))) return true;
  const parts = (key: string) => (Array.isArray(node[key]) ? (node[key] as unknown[]) : undefined);
  if (parts('allOf')?.some((p) => invalidWithin(document, value, p, depth + 1, budget))) return true;
  for (const key of ['anyOf', 'oneOf']) {
    const list = parts(key);
    if (list?.length && list.every((p) => invalidWithin(document, value, p, depth + 1, budget))) return true;
  }
  if (typeof value === 'string') {
    const n = codePoints(value);
    if (typeof node.minLength === 'number' && n < node.minLength) return true;
    if (typeof node.maxLength === 'number' && n > node.maxLength) return true;
    if (typeof node.pattern === 'string' && compilePattern(node.pattern) && !testPattern(node.pattern, value)) return true;
    if (typeof node.format === 'string' && !formatCheck(node.format, value)) return true;
  } else if (typeof value === 'number') {
    const num = (k: string) => finite(node[k]);
    if (num('minimum') !== undefined && (node.exclusiveMinimum === true ? value <= num('minimum')! : value < num('minimum')!)) return true;
    if (num('maximum') !== undefined && (node.exclusiveMaximum === true ? value >= num('maximum')! : value > num('maximum')!)) return true;
    if (num('exclusiveMinimum') !== undefined && value <= num('exclusiveMinimum')!) return true;
    if (num('exclusiveMaximum') !== undefined && value >= num('exclusiveMaximum')!) return true;
    if (num('multipleOf') && !Number.isInteger(value / num('multipleOf')!)) return true;
    if (node.format === 'int32' && !(Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31)) return true;
    if (node.format === 'int64' && !Number.isInteger(value)) return true;
  } else if (Array.isArray(value)) {
    if (typeof node.minItems === 'number' && value.length < node.minItems) return true;
    if (typeof node.maxItems === 'number' && value.length > node.maxItems) return true;
    if (node.items !== undefined && typeof node.items === 'object' && !Array.isArray(node.items) && value.some((v) => invalidWithin(document, v, node.items, depth + 1, budget))) return true;
  } else if (isObject(value)) {
    const keys = Object.keys(value);
    if (typeof node.minProperties === 'number' && keys.length < node.minProperties) return true;
    if (typeof node.maxProperties === 'number' && keys.length > node.maxProperties) return true;
    if (Array.isArray(node.required) && node.required.some((r) => typeof r === 'string' && !Object.prototype.hasOwnProperty.call(value, r))) return true;
    const properties = isObject(node.properties) ? node.properties : {};
    for (const key of keys) {
      if (Object.prototype.hasOwnProperty.call(properties, key)) {
        if (invalidWithin(document, value[key], properties[key], depth + 1, budget)) return true;
      } else if (node.additionalProperties === false && !(isObject(node.patternProperties) && Object.keys(node.patternProperties).some((p) => testPattern(p, key)))) {
        return true;
      }
    }
  }
  return false;
}
