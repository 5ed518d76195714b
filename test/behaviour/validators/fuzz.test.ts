/**
 * Yardstick 2: differential fuzzing against ajv 8 (allErrors, ajv-formats), fixed seed.
 * - realistic OpenAPI-like schemas (refs, enums, patterns, nested objects/arrays, discriminated oneOf, limits)
 * - the Graph connectors component schemas (bundled spec, or the fixture copy)
 * - randomly generated schemas over the supported keywords
 * Data: schema-directed samples (mostly valid), mutations of them, and arbitrary JSON.
 * Our `isX` and `validateX` must agree with ajv on validity for every input.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileValidators, type Validator } from '../../../generator/emit/validators/compile-validator.ts';
import type { Dialect } from '../../../generator/emit/validators/index.ts';
import { loadGraphDocument } from './fixtures/graph.ts';

const SEED = 20250114;
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = Record<string, any> | boolean;

// ---------------------------------------------------------------------------------------------
// Arbitrary JSON data (small key/char sets so that properties and patterns actually match)

const KEYS = ['a', 'b', 'c', 'd', 'kind', 'x-1'];
const jsonArb: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -20, max: 20 }),
    fc.integer({ min: -40, max: 40 }).map((n) => n / 4),
    fc.string({ unit: fc.constantFrom('a', 'b', 'Z', '1', '-', ' ', 'é', '😀'), maxLength: 6 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 4, noNullPrototype: true }),
  ),
})).value;

// ---------------------------------------------------------------------------------------------
// Schema-directed data: mostly-valid samples

/** Small seeded PRNG (mulberry32) for the data generator. */
class Rnd {
  constructor(private state: number) {}
  private next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  nextInt(min = 0, max = 0x7fffffff): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  nextBoolean(): boolean {
    return this.next() < 0.5;
  }
}

function sampleFor(root: any, schema: Schema, rnd: Rnd, depth = 0): Json {
  if (schema === true || schema === undefined) return fc.sample(jsonArb, { seed: rnd.nextInt(), numRuns: 1 })[0]!;
  if (schema === false) return null;
  if (depth > 8) return null;
  const s = schema as Record<string, any>;
  if (typeof s.$ref === 'string') {
    const target = s.$ref
      .slice(2)
      .split('/')
      .reduce((n: any, seg: string) => n?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')], root);
    return sampleFor(root, target, rnd, depth + 1);
  }
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum[rnd.nextInt(0, s.enum.length - 1)];
  const branches = s.oneOf ?? s.anyOf;
  if (Array.isArray(branches) && branches.length) return sampleFor(root, branches[rnd.nextInt(0, branches.length - 1)], rnd, depth + 1);
  if (Array.isArray(s.allOf)) {
    const parts = s.allOf.map((b: Schema) => sampleFor(root, b, rnd, depth + 1));
    const own = s.type || s.properties ? sampleFor(root, { ...s, allOf: undefined }, rnd, depth + 1) : undefined;
    if ([...parts, own].every((p) => p && typeof p === 'object' && !Array.isArray(p))) return Object.assign({}, ...parts, own);
    return own ?? parts[0] ?? null;
  }
  let type = Array.isArray(s.type) ? s.type[rnd.nextInt(0, s.type.length - 1)] : s.type;
  if (!type) type = s.properties ? 'object' : s.items ? 'array' : 'string';
  const pick = <T>(xs: T[]): T => xs[rnd.nextInt(0, xs.length - 1)]!;
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return rnd.nextBoolean();
    case 'integer':
    case 'number': {
      const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -50);
      const hi = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : 50);
      let n = rnd.nextInt(Math.ceil(lo), Math.max(Math.ceil(lo), Math.floor(hi)));
      if (typeof s.multipleOf === 'number' && s.multipleOf >= 1) n = Math.round(n / s.multipleOf) * s.multipleOf;
      if (type === 'number' && rnd.nextBoolean() && s.multipleOf === undefined) n += 0.5;
      return n;
    }
    case 'string': {
      const fmt: Record<string, fc.Arbitrary<string>> = {
        uuid: fc.uuid(),
        uri: fc.webUrl(),
        'date-time': fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString()),
        date: fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        email: fc.constantFrom('a@b.co', 'john.doe@contoso.com', 'x+y@sub.example.org'),
      };
      let arb: fc.Arbitrary<string> =
        typeof s.pattern === 'string'
          ? fc.stringMatching(new RegExp(s.pattern, 'u'))
          : fmt[s.format] ?? fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 12, 40) });
      if (typeof s.pattern === 'string' && (s.maxLength !== undefined || s.minLength !== undefined)) {
        arb = arb.filter((x) => x.length <= (s.maxLength ?? 1e9) && x.length >= (s.minLength ?? 0));
      }
      try {
        return fc.sample(arb, { seed: rnd.nextInt(), numRuns: 1 })[0]!;
      } catch {
        return 'x';
      }
    }
    case 'array': {
      const n = rnd.nextInt(s.minItems ?? 0, Math.min(s.maxItems ?? 3, (s.minItems ?? 0) + 3));
      const prefix: Schema[] = s.prefixItems ?? [];
      return Array.from({ length: n }, (_, i) => sampleFor(root, prefix[i] ?? s.items ?? true, rnd, depth + 1));
    }
    default: {
      const out: Record<string, Json> = {};
      const props: Record<string, Schema> = s.properties ?? {};
      const required: string[] = s.required ?? [];
      for (const [k, v] of Object.entries(props)) {
        if (required.includes(k) || rnd.nextInt(0, 2) > 0) out[k] = sampleFor(root, v, rnd, depth + 1);
      }
      for (const k of required) if (!(k in out)) out[k] = sampleFor(root, true, rnd, depth + 1);
      if (s.additionalProperties !== false && rnd.nextInt(0, 3) === 0) out[pick(KEYS)] = sampleFor(root, s.additionalProperties ?? true, rnd, depth + 1);
      return out;
    }
  }
}

/** Mutate a value: replace a random subtree, delete or add a key, change a type. */
function mutate(value: Json, rnd: Rnd): Json {
  const replacement = fc.sample(jsonArb, { seed: rnd.nextInt(), numRuns: 1 })[0]!;
  const r = rnd.nextInt(0, 4);
  if (value === null || typeof value !== 'object' || r === 0) return replacement;
  const copy: any = Array.isArray(value) ? [...value] : { ...value };
  const keys = Object.keys(copy);
  if (keys.length === 0 || r === 1) {
    if (Array.isArray(copy)) copy.push(replacement);
    else copy[fc.sample(fc.constantFrom(...KEYS, 'extra'), { seed: rnd.nextInt(), numRuns: 1 })[0]!] = replacement;
    return copy;
  }
  const k = keys[rnd.nextInt(0, keys.length - 1)]!;
  if (r === 2 && !Array.isArray(copy)) delete copy[k];
  else copy[k] = mutate(copy[k], rnd);
  return copy;
}

function dataSet(root: any, schema: Schema, count: number, seed: number): Json[] {
  const rnd = new Rnd(seed);
  const out: Json[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 4;
    if (kind === 3) out.push(fc.sample(jsonArb, { seed: seed + i, numRuns: 1 })[0]!);
    else {
      const v = sampleFor(root, schema, rnd);
      out.push(kind === 2 ? mutate(v, rnd) : v);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Differential check

function newAjv() {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true, validateSchema: false, logger: false });
  addFormats.default(ajv);
  return ajv;
}

interface Disagreement {
  schema: string;
  data: string;
  ours: boolean;
  oursFull: boolean;
  ajv: boolean;
}

function compare(label: string, ours: Validator, ajv: (d: unknown) => boolean, data: Json[], out: Disagreement[]): { valid: number; total: number } {
  let valid = 0;
  for (const d of data) {
    const expected = ajv(d);
    const fast = ours(d);
    const full = ours.validate(d);
    if (expected) valid++;
    if (fast !== expected || full.ok !== expected || (!full.ok && full.issues.length === 0)) {
      out.push({ schema: label, data: JSON.stringify(d).slice(0, 300), ours: fast, oursFull: full.ok, ajv: expected });
    }
  }
  return { valid, total: data.length };
}

// ---------------------------------------------------------------------------------------------
// Realistic schemas

const petstore = {
  $defs: {
    Category: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 }, name: { type: 'string', maxLength: 20 } } },
    Tag: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,15}$' },
    Pet: {
      type: 'object',
      required: ['name', 'photoUrls'],
      properties: {
        id: { type: 'integer', minimum: 1, maximum: 1000000 },
        name: { type: 'string', minLength: 1, maxLength: 50 },
        category: { $ref: '#/$defs/Category' },
        photoUrls: { type: 'array', items: { type: 'string', format: 'uri' }, maxItems: 5, uniqueItems: true },
        tags: { type: 'array', items: { $ref: '#/$defs/Tag' } },
        status: { type: 'string', enum: ['available', 'pending', 'sold'] },
        born: { type: 'string', format: 'date' },
      },
      additionalProperties: false,
    },
  },
  $ref: '#/$defs/Pet',
};

const shapes = {
  $defs: {
    Circle: { type: 'object', required: ['kind', 'radius'], properties: { kind: { const: 'circle' }, radius: { type: 'number', exclusiveMinimum: 0 } } },
    Square: { type: 'object', required: ['kind', 'side'], properties: { kind: { const: 'square' }, side: { type: 'integer', minimum: 1, multipleOf: 2 } } },
    Polygon: {
      type: 'object',
      required: ['kind', 'points'],
      properties: {
        kind: { type: 'string', enum: ['polygon'] },
        points: { type: 'array', minItems: 3, maxItems: 6, items: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], items: false, minItems: 2 } },
      },
    },
  },
  type: 'object',
  properties: {
    shapes: {
      type: 'array',
      items: {
        oneOf: [{ $ref: '#/$defs/Circle' }, { $ref: '#/$defs/Square' }, { $ref: '#/$defs/Polygon' }],
        discriminator: { propertyName: 'kind', mapping: { circle: '#/$defs/Circle', square: '#/$defs/Square', polygon: '#/$defs/Polygon' } },
      },
    },
  },
  required: ['shapes'],
};

const account = {
  type: 'object',
  required: ['id', 'email', 'country'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    email: { type: 'string', format: 'email' },
    createdAt: { type: 'string', format: 'date-time' },
    country: { type: 'string', enum: ['US', 'FR', 'DE'] },
    zip: { type: 'string' },
    nickname: { type: ['string', 'null'], minLength: 2, maxLength: 8 },
    roles: { type: 'array', items: { enum: ['admin', 'user', 'guest'] }, uniqueItems: true, contains: { const: 'user' }, maxContains: 1 },
    settings: { type: 'object', propertyNames: { pattern: '^[a-z]+$' }, additionalProperties: { type: ['boolean', 'integer'] }, maxProperties: 3 },
  },
  patternProperties: { '^x-': { type: 'string' } },
  dependentRequired: { zip: ['country'] },
  if: { properties: { country: { const: 'US' } } },
  then: { properties: { zip: { pattern: '^[0-9]{5}$' } } },
  else: { properties: { zip: { maxLength: 10 } } },
  unevaluatedProperties: false,
};

const tree = {
  $id: 'https://example.com/tree',
  $ref: '#/$defs/node',
  $defs: {
    node: {
      type: 'object',
      required: ['value'],
      properties: { value: { type: 'integer', minimum: -10, maximum: 10 }, children: { type: 'array', items: { $ref: '#/$defs/node' }, maxItems: 3 } },
      additionalProperties: false,
    },
  },
};

const merged = {
  $defs: {
    Base: { type: 'object', properties: { id: { type: 'integer' }, kind: { type: 'string' } }, required: ['id'] },
    Extra: { properties: { note: { type: 'string', maxLength: 5 } } },
  },
  allOf: [{ $ref: '#/$defs/Base' }, { $ref: '#/$defs/Extra' }],
  anyOf: [{ required: ['kind'] }, { required: ['note'] }],
  not: { properties: { kind: { const: 'forbidden' } }, required: ['kind'] },
  unevaluatedProperties: { type: 'boolean' },
};

const REALISTIC: [string, Schema][] = [
  ['petstore', petstore],
  ['shapes (discriminated oneOf)', shapes],
  ['account (formats, if/then/else, unevaluatedProperties)', account],
  ['tree (recursive $id/$ref)', tree],
  ['merged (allOf/anyOf/not + unevaluatedProperties)', merged],
];

// ---------------------------------------------------------------------------------------------
// Random schemas over the supported keywords

const PATTERNS = ['^a', 'b$', '^[a-z]*$', '[0-9]', '^.{0,3}$', '\\p{L}', 'é|😀'];
const makeSchemaArb = (withRefs: boolean): fc.Arbitrary<Schema> => fc.letrec<{ schema: Schema }>((tie) => {
  const sub = tie('schema');
  const keyword = fc.oneof(
    fc.record({ type: fc.constantFrom('string', 'number', 'integer', 'boolean', 'null', 'object', 'array') }),
    fc.record({ type: fc.uniqueArray(fc.constantFrom('string', 'integer', 'null', 'object', 'array'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ enum: fc.uniqueArray(jsonArb, { minLength: 1, maxLength: 4, selector: (v) => JSON.stringify(v) }) }),
    fc.record({ const: jsonArb }),
    fc.record({ minimum: fc.integer({ min: -10, max: 10 }) }),
    fc.record({ maximum: fc.integer({ min: -10, max: 10 }) }),
    fc.record({ exclusiveMinimum: fc.integer({ min: -10, max: 10 }) }),
    fc.record({ exclusiveMaximum: fc.integer({ min: -10, max: 10 }) }),
    fc.record({ multipleOf: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ minLength: fc.integer({ min: 0, max: 4 }) }),
    fc.record({ maxLength: fc.integer({ min: 0, max: 4 }) }),
    fc.record({ pattern: fc.constantFrom(...PATTERNS) }),
    fc.record({ minItems: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ maxItems: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ uniqueItems: fc.boolean() }),
    fc.record({ items: sub }),
    fc.record({ prefixItems: fc.array(sub, { minLength: 1, maxLength: 2 }) }),
    fc.record({ contains: sub }, { requiredKeys: ['contains'] }),
    fc.record({ contains: sub, minContains: fc.integer({ min: 0, max: 2 }), maxContains: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ minProperties: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ maxProperties: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ required: fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 2 }) }),
    fc.record({ properties: fc.dictionary(fc.constantFrom(...KEYS), sub, { maxKeys: 3, noNullPrototype: true }) }),
    fc.record({ patternProperties: fc.dictionary(fc.constantFrom('^a', 'x-', '^[bc]$'), sub, { maxKeys: 2, noNullPrototype: true }) }),
    fc.record({ additionalProperties: sub }),
    fc.record({ propertyNames: fc.record({ pattern: fc.constantFrom('^[a-c]+$', '^k') }) }),
    fc.record({ dependentRequired: fc.dictionary(fc.constantFrom(...KEYS), fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 2 }), { maxKeys: 2, noNullPrototype: true }) }),
    fc.record({ dependentSchemas: fc.dictionary(fc.constantFrom(...KEYS), sub, { maxKeys: 1, noNullPrototype: true }) }),
    fc.record({ allOf: fc.array(sub, { minLength: 1, maxLength: 2 }) }),
    fc.record({ anyOf: fc.array(sub, { minLength: 1, maxLength: 3 }) }),
    fc.record({ oneOf: fc.array(sub, { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: sub }),
    fc.record({ if: sub, then: sub, else: sub }, { requiredKeys: ['if'] }),
    fc.record({ unevaluatedProperties: sub }),
    fc.record({ unevaluatedItems: sub }),
    // refs only from the root body to ref-free $defs: no degenerate infinite recursion on one instance
    withRefs ? fc.record({ $ref: fc.constantFrom('#/$defs/a', '#/$defs/b') }) : fc.record({ $comment: fc.constant('no ref') }),
  );
  return {
    schema: fc.oneof(
      { depthSize: 'small', maxDepth: 3 },
      fc.boolean(),
      fc.array(keyword, { minLength: 1, maxLength: 3 }).map((parts) => Object.assign({}, ...parts) as Schema),
    ),
  };
}).schema;
const rootSchemaArb = fc
  .record({ body: makeSchemaArb(true), a: makeSchemaArb(false), b: makeSchemaArb(false) })
  .map(({ body, a, b }) => (typeof body === 'boolean' ? body : { ...body, $defs: { a, b } }));

// ---------------------------------------------------------------------------------------------

async function run(label: string, dialect: Dialect, items: { name: string; root: any; schema: Schema; pointer?: string }[], perSchema: number, seed: number) {
  const validators = await compileValidators(
    items.map((i) => (i.pointer ? { ...i.root, $ref: `#${i.pointer}` } : i.schema)),
    { dialect },
  );
  const disagreements: Disagreement[] = [];
  let total = 0;
  let valid = 0;
  items.forEach((item, idx) => {
    const ajv = newAjv();
    const ajvValidate = ajv.compile(item.pointer ? { ...item.root, $ref: `#${item.pointer}` } : (item.schema as object)) as (d: unknown) => boolean;
    const data = dataSet(item.root, item.schema, perSchema, seed + idx * 7919);
    const r = compare(`${label}: ${item.name}`, validators[idx]!, ajvValidate, data, disagreements);
    total += r.total;
    valid += r.valid;
  });
  console.log(`${label}: ${items.length} schemas, ${total} inputs (${valid} valid, ${total - valid} invalid), ${disagreements.length} disagreements`);
  return { disagreements, total, valid };
}

describe('differential fuzzing vs ajv (fixed seed)', () => {
  it('realistic OpenAPI-like schemas', async () => {
    const items = REALISTIC.map(([name, schema]) => ({ name, root: schema, schema }));
    const r = await run('realistic', 'openapi-3.1', items, 1500, SEED);
    expect(r.disagreements.slice(0, 10)).toEqual([]);
    expect(r.total).toBeGreaterThanOrEqual(7500);
    expect(r.valid).toBeGreaterThan(r.total / 10); // the generator does hit the valid path
    expect(r.total - r.valid).toBeGreaterThan(r.total / 10);
  });

  it('Graph connectors component schemas', async () => {
    const { doc, source } = await loadGraphDocument();
    const schemas = doc.components.schemas as Record<string, Schema>;
    // Wrap the document so that pointers resolve; the component is referenced from the root.
    const root = { components: doc.components };
    const items = Object.keys(schemas)
      .sort()
      .map((name) => ({ name: `${source}:${name}`, root, schema: schemas[name]!, pointer: `/components/schemas/${name}` }));
    const r = await run(`graph (${source})`, 'openapi-3.1', items, 120, SEED + 1);
    expect(r.disagreements.slice(0, 10)).toEqual([]);
    expect(r.total).toBeGreaterThanOrEqual(items.length * 120);
  });

  it('randomly generated schemas', async () => {
    const schemas = fc.sample(rootSchemaArb, { seed: SEED, numRuns: 400 });
    const items = schemas.map((schema, i) => ({ name: `random#${i} ${JSON.stringify(schema).slice(0, 200)}`, root: schema, schema }));
    const r = await run('random', '2020-12', items, 25, SEED + 2);
    expect(r.disagreements.slice(0, 10)).toEqual([]);
    expect(r.total).toBe(400 * 25);
  });
});
