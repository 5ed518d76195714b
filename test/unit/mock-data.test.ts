/**
 * Mock data valid for its schema, checked by an independent validator (ajv 2020 + ajv-formats):
 * `sampleOf` over formats, patterns, bounds, allOf/oneOf/anyOf/discriminator, nullable (3.0 and
 * 3.1); its determinism and `optionalRate`; and the ids `planIdRule` + `mintId` give: distinct and
 * valid for the id property's schema.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { idCapacity, planIdRule, templateOfPattern } from '../../generator/emit/mocks/ids.ts';
import { distinctSamples, SAMPLE_LIMITS, sampleOf } from '../../generator/emit/mocks/schema-facts.ts';
import { mintId } from '../../templates/mock-runtime/ids.ts';
import { randomStream } from '../../templates/mock-runtime/random.ts';

type Schema = Record<string, unknown>;
type Dialect = '3.0' | '3.1';

// ajv-formats is CommonJS typed as an ES default export: either shape.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
// Formats ajv-formats does not define: their ASCII forms are the plain ones.
ajv.addFormat('idn-email', fullFormats.email);
ajv.addFormat('idn-hostname', fullFormats.hostname);
ajv.addFormat('iri', fullFormats.uri);
ajv.addFormat('iri-reference', fullFormats['uri-reference']);

/** OpenAPI 3.0 schema -> JSON Schema 2020-12: `nullable`, boolean exclusive bounds. */
function from30(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(from30);
  if (node === null || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === 'enum' || k === 'const' || k === 'example' || k === 'default' ? v : from30(v);
  for (const bound of ['Minimum', 'Maximum'] as const) {
    const flag = `exclusive${bound}`;
    const key = bound.toLowerCase();
    if (typeof out[flag] === 'boolean') {
      if (out[flag] === true) out[flag] = out[key];
      else delete out[flag];
      if (out[flag] !== undefined) delete out[key];
    }
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else return { anyOf: [{ type: 'null' }, out] };
  } else delete out.nullable;
  return out;
}

let docs = 0;
/** A check of values against `schema` inside its document (for `$ref`s), with ajv: true, or what is wrong. */
function validator(schema: unknown, schemas: Record<string, unknown> = {}, dialect: Dialect = '3.1'): (value: unknown) => string | true {
  const id = `https://mock-data.test/doc${++docs}.json`;
  const components = { schemas: { ...schemas, __subject: schema } };
  ajv.addSchema({ $id: id, components: dialect === '3.0' ? from30(components) : components });
  const check = ajv.getSchema(`${id}#/components/schemas/__subject`)!;
  return (value) => (check(value) ? true : `${JSON.stringify(value)}: ${ajv.errorsText(check.errors)}`);
}

const validate = (value: unknown, schema: unknown, schemas?: Record<string, unknown>, dialect?: Dialect) => validator(schema, schemas, dialect)(value);

const documentOf = (schemas: Record<string, unknown> = {}, dialect: Dialect = '3.1') => ({
  openapi: dialect === '3.0' ? '3.0.3' : '3.1.0',
  info: { title: 't', version: '1' },
  components: { schemas },
});

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

interface Case {
  name: string;
  schema: Schema;
  schemas?: Record<string, unknown>;
  dialect?: Dialect;
}

const FORMATS = [
  'date-time', 'date', 'time', 'duration', 'email', 'idn-email', 'hostname', 'idn-hostname', 'ipv4', 'ipv6', 'uri', 'uri-reference',
  'iri', 'iri-reference', 'uri-template', 'url', 'uuid', 'json-pointer', 'relative-json-pointer', 'regex', 'byte', 'binary', 'password',
];

const formatCases: Case[] = [
  ...FORMATS.map((format) => ({ name: `format ${format}`, schema: { type: 'string', format } })),
  ...['int32', 'int64'].map((format) => ({ name: `integer ${format}`, schema: { type: 'integer', format, minimum: 3 } })),
  ...['float', 'double'].map((format) => ({ name: `number ${format}`, schema: { type: 'number', format, minimum: 0.25 } })),
  { name: 'number int32 beside a fractional minimum', schema: { type: 'number', format: 'int32', minimum: 0.5 } },
  { name: 'int64 written as a string', schema: { type: 'string', format: 'int64' } },
  { name: 'email, short', schema: { type: 'string', format: 'email', maxLength: 6 } },
  { name: 'email, long', schema: { type: 'string', format: 'email', minLength: 40, maxLength: 50 } },
  { name: 'email, exactly 30', schema: { type: 'string', format: 'email', minLength: 30, maxLength: 30 } },
  { name: 'date-time, long', schema: { type: 'string', format: 'date-time', minLength: 26 } },
  { name: 'time, long', schema: { type: 'string', format: 'time', minLength: 14 } },
  { name: 'uri, long', schema: { type: 'string', format: 'uri', minLength: 120 } },
  { name: 'uri, short', schema: { type: 'string', format: 'uri', maxLength: 10 } },
  { name: 'url, short', schema: { type: 'string', format: 'url', maxLength: 12 } },
  { name: 'uri-reference, short', schema: { type: 'string', format: 'uri-reference', maxLength: 3 } },
  { name: 'hostname, short', schema: { type: 'string', format: 'hostname', maxLength: 4 } },
  { name: 'hostname, long', schema: { type: 'string', format: 'hostname', minLength: 200 } },
  { name: 'duration, long', schema: { type: 'string', format: 'duration', minLength: 8 } },
  { name: 'byte, long', schema: { type: 'string', format: 'byte', minLength: 30 } },
  { name: 'json-pointer, short', schema: { type: 'string', format: 'json-pointer', maxLength: 2 } },
  { name: 'relative-json-pointer, long', schema: { type: 'string', format: 'relative-json-pointer', minLength: 5 } },
  { name: 'regex, short', schema: { type: 'string', format: 'regex', maxLength: 1 } },
  { name: 'uuid, maxLength 36', schema: { type: 'string', format: 'uuid', minLength: 36, maxLength: 36 } },
  { name: 'password, minLength', schema: { type: 'string', format: 'password', minLength: 12 } },
  { name: 'unknown format', schema: { type: 'string', format: 'x-custom', minLength: 2, maxLength: 4 } },
  { name: 'contentEncoding base64', schema: { type: 'string', contentEncoding: 'base64' } },
];

const patternCases: Case[] = [
  ...['^[A-Z]{2}\\d{6}$', '^cus_[A-Za-z0-9]{14}$', '^[a-z0-9-]{3,63}$', '^\\d+$', '^(foo|bar)-\\d{2}$', 'cus_[A-Za-z0-9]{14}', '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$',
    '^\\+?[1-9]\\d{1,14}$', '^#[0-9a-fA-F]{6}$', '^[^@\\s]+@[^@\\s]+$', '^(?:[01]\\d|2[0-3]):[0-5]\\d$', '^v\\d+(\\.\\d+){2}(-[a-z]+)?$', '^\\p{Lu}{3}$',
    '^(?=.*[A-Z])(?=.*\\d)[A-Za-z\\d]{8,}$', '^(ab)\\1-\\d{3}$', '^[\\w.-]+$', '^\\S+$', '^.{2,5}$', '^\\u{1F600}x$',
  ].map((pattern) => ({ name: `pattern ${pattern}`, schema: { type: 'string', pattern } })),
  { name: 'pattern with minLength', schema: { type: 'string', pattern: '^[a-z]+$', minLength: 10, maxLength: 12 } },
  { name: 'pattern with maxLength', schema: { type: 'string', pattern: '^[a-z0-9-]{3,63}$', maxLength: 5 } },
  { name: 'pattern with exact length', schema: { type: 'string', pattern: '^\\d+$', minLength: 7, maxLength: 7 } },
  { name: 'unanchored pattern with minLength', schema: { type: 'string', pattern: '[0-9]', minLength: 20 } },
  { name: 'pattern and format', schema: { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
  { name: 'pattern and format that disagree with the usual value', schema: { type: 'string', format: 'email', pattern: '@corp\\.example$' } },
  { name: 'two patterns through allOf', schema: { allOf: [{ type: 'string', pattern: '^[a-z]+' }, { pattern: '\\d$' }] } },
  { name: 'plain string bounds', schema: { type: 'string', minLength: 3, maxLength: 3 } },
];

const numberCases: Case[] = [
  { name: 'integer minimum', schema: { type: 'integer', minimum: 10, maximum: 20 } },
  { name: 'integer exclusive 3.1', schema: { type: 'integer', exclusiveMinimum: 10, exclusiveMaximum: 12 } },
  { name: 'integer exclusive 3.0', schema: { type: 'integer', minimum: 10, exclusiveMinimum: true, maximum: 12, exclusiveMaximum: true }, dialect: '3.0' },
  { name: 'integer negative', schema: { type: 'integer', maximum: -5 } },
  { name: 'number multipleOf 0.1', schema: { type: 'number', minimum: 0.55, multipleOf: 0.1 } },
  { name: 'number multipleOf 0.01', schema: { type: 'number', minimum: 0.07, maximum: 0.5, multipleOf: 0.01 } },
  { name: 'integer multipleOf 7', schema: { type: 'integer', minimum: 30, multipleOf: 7 } },
  { name: 'enum', schema: { type: 'string', enum: ['active', 'inactive'] } },
  { name: 'nullable enum 3.0', schema: { type: 'string', enum: ['a', 'b'], nullable: true }, dialect: '3.0' },
  { name: 'enum with null first 3.1', schema: { type: ['string', 'null'], enum: [null, 'x'] } },
  { name: 'const', schema: { const: 'fixed' } },
  { name: 'boolean', schema: { type: 'boolean' } },
];

const structureCases: Case[] = [
  {
    name: 'allOf merge',
    schemas: { Base: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' }, kind: { type: 'string', minLength: 2 } } } },
    schema: { allOf: [ref('Base'), { type: 'object', required: ['name', 'count'], properties: { name: { type: 'string', maxLength: 4 }, count: { type: 'integer', minimum: 5 }, kind: { maxLength: 3 } } }] },
  },
  {
    name: 'allOf with additionalProperties false in the whole',
    schema: { type: 'object', additionalProperties: false, allOf: [{ properties: { a: { type: 'string' } }, required: ['a'] }], properties: { a: {}, b: { type: 'integer', minimum: 2 } } },
  },
  {
    name: 'allOf bounds and type intersection',
    schema: { allOf: [{ type: ['number', 'string'], minimum: 3 }, { type: 'integer', maximum: 10, minimum: 5 }] },
  },
  {
    name: 'oneOf without discriminator: an alternative that matches alone',
    schema: {
      oneOf: [
        { type: 'object', properties: { b: { type: 'integer' } }, additionalProperties: false },
        { type: 'object', properties: { b: { type: 'integer' }, c: { type: 'string' } } },
      ],
    },
  },
  {
    name: 'oneOf of overlapping strings',
    schema: { oneOf: [{ type: 'string' }, { type: 'string', format: 'email' }] },
  },
  {
    name: 'oneOf with discriminator mapping',
    schemas: {
      Cat: { type: 'object', required: ['petType', 'lives'], properties: { petType: { type: 'string', enum: ['cat'] }, lives: { type: 'integer', minimum: 1, maximum: 9 } } },
      Dog: { type: 'object', required: ['petType', 'bark'], properties: { petType: { type: 'string', enum: ['dog'] }, bark: { type: 'boolean' } } },
    },
    schema: { oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'petType', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } } },
  },
  {
    name: 'oneOf with implicit discriminator values',
    schemas: {
      Card: { type: 'object', required: ['method', 'last4'], properties: { method: { type: 'string', pattern: '^Card$' }, last4: { type: 'string', pattern: '^\\d{4}$' } } },
      Bank: { type: 'object', required: ['method', 'iban'], properties: { method: { type: 'string', pattern: '^Bank$' }, iban: { type: 'string', pattern: '^[A-Z]{2}\\d{2}[A-Z0-9]{10,30}$' } } },
    },
    schema: { oneOf: [ref('Card'), ref('Bank')], discriminator: { propertyName: 'method' } },
  },
  {
    name: 'polymorphic base: a child through allOf gets its discriminator value',
    schemas: {
      Pet: { type: 'object', required: ['petType', 'name'], properties: { petType: { type: 'string' }, name: { type: 'string' } }, discriminator: { propertyName: 'petType', mapping: { kitty: '#/components/schemas/Cat' } } },
      Cat: { allOf: [ref('Pet'), { type: 'object', properties: { lives: { type: 'integer' } } }] },
    },
    schema: ref('Cat'),
  },
  {
    name: 'anyOf: the first non-null alternative',
    schema: { anyOf: [{ type: 'null' }, { type: 'string', pattern: '^[A-Z]{3}$' }, { type: 'integer' }] },
  },
  {
    name: 'oneOf beside properties',
    schema: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } }, oneOf: [{ required: ['a'], properties: { a: { type: 'string' } } }, { required: ['b'], properties: { b: { type: 'string' } } }] },
  },
  { name: 'nullable 3.0', schema: { type: 'string', format: 'date', nullable: true }, dialect: '3.0' },
  { name: 'nullable 3.0 object through allOf', schemas: { A: { type: 'object', properties: { x: { type: 'integer' } } } }, schema: { allOf: [ref('A')], nullable: true }, dialect: '3.0' },
  { name: 'nullable 3.1 type array', schema: { type: ['null', 'integer'], minimum: 4 } },
  { name: 'nullable 3.1 oneOf', schema: { oneOf: [{ type: 'null' }, { type: 'string', format: 'uuid' }] } },
  {
    name: 'required names not in properties',
    schema: { type: 'object', required: ['known', 'extra', 'x-tag'], properties: { known: { type: 'string' } }, patternProperties: { '^x-': { type: 'integer', minimum: 9 } }, additionalProperties: { type: 'string', format: 'email' } },
  },
  { name: 'minProperties', schema: { type: 'object', minProperties: 3, properties: { a: { type: 'string' } }, additionalProperties: { type: 'integer', minimum: 2 } } },
  { name: 'minProperties with propertyNames', schema: { type: 'object', minProperties: 2, propertyNames: { pattern: '^[a-z]{2}$' }, additionalProperties: { type: 'boolean' } } },
  { name: 'maxProperties', schema: { type: 'object', maxProperties: 1, required: ['a'], properties: { a: { type: 'string' }, b: { type: 'string' } } } },
  { name: 'dependentRequired', schema: { type: 'object', properties: { card: { type: 'string' }, cvc: { type: 'string', pattern: '^\\d{3}$' } }, dependentRequired: { card: ['cvc'] } } },
  { name: 'uniqueItems strings', schema: { type: 'array', minItems: 5, uniqueItems: true, items: { type: 'string', format: 'email' } } },
  { name: 'uniqueItems enum', schema: { type: 'array', minItems: 3, uniqueItems: true, items: { enum: ['a', 'b', 'c'] } } },
  { name: 'uniqueItems integers', schema: { type: 'array', minItems: 4, uniqueItems: true, items: { type: 'integer', minimum: 1, maximum: 4 } } },
  { name: 'uniqueItems patterns', schema: { type: 'array', minItems: 6, uniqueItems: true, items: { type: 'string', pattern: '^[A-Z]{2}\\d{2}$' } } },
  { name: 'uniqueItems objects', schema: { type: 'array', minItems: 3, uniqueItems: true, items: { type: 'object', required: ['id', 'on'], properties: { id: { type: 'string', format: 'uuid' }, on: { type: 'boolean' } } } } },
  { name: 'uniqueItems booleans', schema: { type: 'array', minItems: 2, uniqueItems: true, items: { type: 'boolean' } } },
  { name: 'maxItems 0', schema: { type: 'array', maxItems: 0, items: { type: 'string' } } },
  { name: 'prefixItems', schema: { type: 'array', prefixItems: [{ type: 'integer' }, { type: 'string', format: 'date' }], items: false, minItems: 2 } },
  { name: 'contains', schema: { type: 'array', items: { type: ['string', 'integer'] }, contains: { type: 'integer', minimum: 5 }, minContains: 2 } },
  { name: 'nullable items are not null', schema: { type: 'array', minItems: 3, items: { type: ['string', 'null'], maxLength: 3 } } },
  {
    name: 'nested 3.0 document',
    dialect: '3.0',
    schemas: {
      Address: { type: 'object', required: ['country'], properties: { country: { type: 'string', pattern: '^[A-Z]{2}$' }, zip: { type: 'string', pattern: '^\\d{5}(-\\d{4})?$', nullable: true } } },
      Customer: {
        type: 'object',
        required: ['id', 'email', 'created', 'address', 'tags'],
        properties: {
          id: { type: 'string', pattern: '^cus_[A-Za-z0-9]{14}$' },
          email: { type: 'string', format: 'email', maxLength: 254 },
          created: { type: 'string', format: 'date-time' },
          address: { allOf: [ref('Address')], nullable: true },
          tags: { type: 'array', uniqueItems: true, minItems: 2, maxItems: 5, items: { type: 'string', minLength: 2 } },
          balance: { type: 'number', minimum: 0, exclusiveMinimum: true, multipleOf: 0.01 },
          metadata: { type: 'object', additionalProperties: { type: 'string', maxLength: 500 } },
        },
      },
    },
    schema: ref('Customer'),
  },
];

const CASES = [...formatCases, ...patternCases, ...numberCases, ...structureCases];

describe('sampleOf: valid for its schema (ajv 2020 + ajv-formats)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const document = documentOf(c.schemas, c.dialect);
    const check = validator(c.schema, c.schemas, c.dialect);
    const value = sampleOf(document, c.schema);
    expect(value).not.toBeNull();
    expect(check(value)).toBe(true);
    // Other seeds and variants are valid too.
    for (const seed of [1, 'x']) expect(check(sampleOf(document, c.schema, SAMPLE_LIMITS, { seed }))).toBe(true);
    for (const other of distinctSamples(document, c.schema, 6)) expect(check(other)).toBe(true);
  });

  it('a date is never padded: minLength it cannot meet leaves the format valid', () => {
    const value = sampleOf(documentOf(), { type: 'string', format: 'date', minLength: 12 }) as string;
    expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(validate(value, { type: 'string', format: 'date' })).toBe(true);
  });

  it('discriminator values: mapping key, implicit name, inherited through allOf', () => {
    const pets = structureCases.find((c) => c.name === 'oneOf with discriminator mapping')!;
    expect(sampleOf(documentOf(pets.schemas), pets.schema)).toMatchObject({ petType: 'cat' });
    const pay = structureCases.find((c) => c.name === 'oneOf with implicit discriminator values')!;
    expect(sampleOf(documentOf(pay.schemas), pay.schema)).toMatchObject({ method: 'Card' });
    const cat = structureCases.find((c) => c.name.startsWith('polymorphic base'))!;
    expect(sampleOf(documentOf(cat.schemas), cat.schema)).toMatchObject({ petType: 'kitty' });
  });

  it('oneOf: prefers the alternative that matches alone', () => {
    const c = structureCases.find((x) => x.name.startsWith('oneOf without discriminator'))!;
    // The first alternative's sample ({ b: 0 }) matches the second too; the second's matches alone.
    expect(sampleOf(documentOf(), c.schema)).toEqual({ b: 0, c: 'string' });
  });

  it('nullable schemas are not null while the budget lasts, null past it', () => {
    const schema = { type: 'object', required: ['a'], properties: { a: { type: ['string', 'null'] } } };
    expect(sampleOf(documentOf(), schema)).toEqual({ a: 'string' });
    expect(sampleOf(documentOf(), schema, { ...SAMPLE_LIMITS, bytes: 0 })).toEqual({ a: null });
  });

  it('keeps the budget behaviour', () => {
    const document = documentOf();
    expect(sampleOf(document, { type: 'string', maxLength: 3 })).toBe('str');
    expect((sampleOf(document, { type: 'string', minLength: 1e9 }) as string).length).toBeLessThanOrEqual(64 * 1024);
    expect((sampleOf(document, { type: 'array', minItems: 1e9, items: { type: 'string' } }) as unknown[]).length).toBeLessThan(64 * 1024);
    const node = { type: 'object', properties: { name: { type: ['string', 'null'] } } };
    const required = { type: 'object', required: ['items'], properties: { items: { type: 'array', minItems: 2, items: ref('Node') }, extra: { type: 'string' } } };
    expect(sampleOf(documentOf({ Node: node }), required, { ...SAMPLE_LIMITS, bytes: 0 })).toEqual({ items: [{}, {}] });
    expect(sampleOf(documentOf({ Node: node }), required)).toEqual({ items: [{ name: 'string' }, {}], extra: 'string' });
    const wide = { type: 'object', properties: Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`p${i}`, { type: 'string', minLength: 100 }])) };
    expect(JSON.stringify(sampleOf(document, wide)).length).toBeLessThan(SAMPLE_LIMITS.bytes + 1024);
  });
});

describe('sampleOf: determinism and optionalRate', () => {
  const optional = Object.fromEntries(Array.from({ length: 24 }, (_, i) => [`p${i}`, { type: 'string', pattern: '^[a-z]{4}\\d{2}$' }]));
  const schema = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[A-Z]{3}-\\d{4}$' }, ...optional, child: { type: 'object', properties: optional } } };
  const document = documentOf();

  it('same seed, same output; the default seed is stable', () => {
    for (const options of [{}, { seed: 7 }, { seed: 'abc', optionalRate: 0.5 }]) {
      expect(JSON.stringify(sampleOf(document, schema, SAMPLE_LIMITS, options))).toBe(JSON.stringify(sampleOf(document, schema, SAMPLE_LIMITS, options)));
    }
    expect(sampleOf(document, schema)).toEqual(sampleOf(document, schema, SAMPLE_LIMITS, { seed: 0 }));
  });

  it('optionalRate 1 (default): every property; 0: required only', () => {
    const all = sampleOf(document, schema) as Record<string, unknown>;
    expect(Object.keys(all)).toHaveLength(26);
    const none = sampleOf(document, schema, SAMPLE_LIMITS, { optionalRate: 0 }) as Record<string, unknown>;
    expect(Object.keys(none)).toEqual(['id']);
    expect(validate(none, schema)).toBe(true);
  });

  it('optionalRate 0.5: some optional properties, chosen by the seed, always valid', () => {
    const keys = (seed: number) => Object.keys(sampleOf(document, schema, SAMPLE_LIMITS, { optionalRate: 0.5, seed }) as object);
    const counts: number[] = [];
    const sets = new Set<string>();
    for (let seed = 0; seed < 8; seed++) {
      const k = keys(seed);
      expect(k).toContain('id');
      expect(keys(seed)).toEqual(k);
      counts.push(k.length - 1);
      sets.add(k.join());
      expect(validate(sampleOf(document, schema, SAMPLE_LIMITS, { optionalRate: 0.5, seed }), schema)).toBe(true);
    }
    expect(sets.size).toBeGreaterThan(1);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).toBeGreaterThan(25 * 0.25);
    expect(mean).toBeLessThan(25 * 0.75);
    // minProperties wins over the rate.
    const min = { type: 'object', minProperties: 3, properties: optional };
    expect(Object.keys(sampleOf(document, min, SAMPLE_LIMITS, { optionalRate: 0 }) as object)).toHaveLength(3);
  });

  it('pattern draws depend on the seed', () => {
    const values = new Set([0, 1, 2, 3].map((seed) => (sampleOf(document, schema, SAMPLE_LIMITS, { seed }) as { id: string }).id));
    expect(values.size).toBeGreaterThan(1);
  });
});

const ID_CASES: { name: string; schema: Schema; schemas?: Record<string, unknown>; kind?: string; capacity?: number }[] = [
  { name: 'integer', schema: { type: 'integer' }, kind: 'integer' },
  { name: 'integer from minimum', schema: { type: 'integer', format: 'int64', minimum: 1000 }, kind: 'integer' },
  { name: 'integer exclusive minimum, multipleOf', schema: { type: 'integer', exclusiveMinimum: 10, multipleOf: 5 }, kind: 'integer' },
  { name: 'integer under a maximum', schema: { type: 'integer', maximum: -1 }, kind: 'integer' },
  { name: 'integer in bounds', schema: { type: 'integer', minimum: 1, maximum: 40 }, kind: 'integer', capacity: 40 },
  { name: 'uuid', schema: { type: 'string', format: 'uuid' }, kind: 'uuid' },
  { name: 'uuid through $ref', schemas: { Id: { type: 'string', format: 'uuid' } }, schema: ref('Id'), kind: 'uuid' },
  { name: 'uuid with a pattern of uppercase hex', schema: { type: 'string', format: 'uuid', pattern: '^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$' }, kind: 'template' },
  { name: 'plain string', schema: { type: 'string' }, kind: 'template' },
  { name: 'string minLength 8', schema: { type: 'string', minLength: 8 }, kind: 'template' },
  { name: 'string maxLength 2', schema: { type: 'string', maxLength: 2 }, kind: 'template' },
  { name: 'enum', schema: { type: 'string', enum: ['one', 'two', 'three'] }, kind: 'enum', capacity: 3 },
  { name: 'integer enum', schema: { type: 'integer', enum: [3, 5, 7, 11] }, kind: 'enum', capacity: 4 },
  ...['date-time', 'date', 'time', 'duration', 'email', 'idn-email', 'hostname', 'idn-hostname', 'ipv4', 'ipv6', 'uri', 'url', 'iri', 'uri-reference', 'iri-reference', 'uri-template', 'json-pointer', 'relative-json-pointer', 'regex', 'byte'].map((format) => ({
    name: `format ${format}`, schema: { type: 'string', format }, kind: 'template',
  })),
  { name: 'email with maxLength', schema: { type: 'string', format: 'email', maxLength: 20 }, kind: 'template' },
  { name: 'pattern ^[A-Z]{2}\\d{6}$', schema: { type: 'string', pattern: '^[A-Z]{2}\\d{6}$' }, kind: 'template' },
  { name: 'pattern ^cus_[A-Za-z0-9]{14}$', schema: { type: 'string', pattern: '^cus_[A-Za-z0-9]{14}$' }, kind: 'template' },
  { name: 'pattern ^[a-z0-9-]{3,63}$', schema: { type: 'string', pattern: '^[a-z0-9-]{3,63}$' }, kind: 'template' },
  { name: 'pattern ^\\d+$', schema: { type: 'string', pattern: '^\\d+$' }, kind: 'template' },
  { name: 'pattern ^(foo|bar)-\\d{2}$', schema: { type: 'string', pattern: '^(foo|bar)-\\d{2}$' }, kind: 'template', capacity: 200 },
  { name: 'pattern ^(foo|quux)-\\d{2}$ (first alternative)', schema: { type: 'string', pattern: '^(foo|quux)-\\d{2}$' }, kind: 'template', capacity: 100 },
  { name: 'host-name-like pattern', schema: { type: 'string', pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$', maxLength: 63 }, kind: 'template' },
  { name: 'pattern with \\p{Lu}', schema: { type: 'string', pattern: '^\\p{Lu}{2}-\\d{4}$' }, kind: 'template' },
  { name: 'unanchored pattern', schema: { type: 'string', pattern: 'ord_[0-9a-f]{8}' }, kind: 'template' },
  { name: 'pattern with length bounds', schema: { type: 'string', pattern: '^[a-z]+$', minLength: 4, maxLength: 6 }, kind: 'template' },
  { name: 'negated class', schema: { type: 'string', pattern: '^[^/]+$' }, kind: 'template' },
  { name: 'class of symbols only', schema: { type: 'string', pattern: '^[!*]{3,}$' }, kind: 'template' },
  { name: 'lookahead: samples', schema: { type: 'string', pattern: '^(?=.*\\d)[a-z\\d]{6}$' }, kind: 'samples', capacity: 64 },
  { name: 'back-reference: samples', schema: { type: 'string', pattern: '^(ab)\\1-\\d{3}$' }, kind: 'samples', capacity: 64 },
  { name: 'allOf id', schemas: { Base: { type: 'string', minLength: 5 } }, schema: { allOf: [ref('Base'), { pattern: '^[a-z0-9]+$' }] }, kind: 'template' },
];

describe('planIdRule + mintId: distinct ids valid for the id schema', () => {
  it.each(ID_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const document = documentOf(c.schemas);
    const rule = planIdRule(document, c.schema);
    if (c.kind) expect(rule.kind).toBe(c.kind);
    // The rule is emitted as JSON into the generated mock.
    expect(JSON.parse(JSON.stringify(rule))).toEqual(rule);
    const capacity = idCapacity(rule);
    if (c.capacity !== undefined) expect(capacity).toBe(c.capacity);
    else expect(capacity).toBeGreaterThanOrEqual(500);
    const ids = randomStream('seed', 'ids');
    const minted: (string | number)[] = [];
    for (let counter = 0; counter < Math.min(500, capacity); counter++) minted.push(mintId(rule, counter, ids.uuid));
    expect(new Set(minted).size).toBe(minted.length);
    const check = validator(c.schema, c.schemas);
    const wrong = minted.map(check).filter((r) => r !== true);
    expect(wrong).toEqual([]);
  });

  it('integer ids count from 1, from minimum, by multipleOf', () => {
    const mint = (schema: Schema) => [0, 1, 2].map((n) => mintId(planIdRule(documentOf(), schema), n, () => ''));
    expect(mint({ type: 'integer' })).toEqual([1, 2, 3]);
    expect(mint({ type: 'integer', minimum: 100 })).toEqual([100, 101, 102]);
    expect(mint({ type: 'integer', minimum: 1, multipleOf: 10 })).toEqual([10, 20, 30]);
    expect(mint({ type: 'integer', minimum: 1, maximum: 2 })).toEqual([1, 2, 1]);
  });

  it('plain strings: 1, 2, ... ; enums in order, cycling', () => {
    const mint = (schema: Schema, n: number) => Array.from({ length: n }, (_, i) => mintId(planIdRule(documentOf(), schema), i, () => ''));
    expect(mint({ type: 'string' }, 12)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(mint({ type: 'string', minLength: 3 }, 2)).toEqual(['100', '101']);
    expect(mint({ enum: ['a', 'b'] }, 3)).toEqual(['a', 'b', 'a']);
  });

  it('templates: mixed radix over the classes, lengths grown as needed', () => {
    expect(templateOfPattern('^[A-Z]{2}\\d{6}$')).toEqual([{ chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', min: 2, max: 2 }, { chars: '0123456789', min: 6, max: 6 }]);
    expect(templateOfPattern('^(foo|bar)-\\d{2}$')).toEqual([{ options: ['foo', 'bar'] }, { literal: '-' }, { chars: '0123456789', min: 2, max: 2 }]);
    expect(templateOfPattern('^(?=a)b$')).toBeUndefined();
    const rule = planIdRule(documentOf(), { type: 'string', pattern: '^\\d+$' });
    expect([0, 9, 10, 109, 110].map((n) => mintId(rule, n, () => ''))).toEqual(['0', '9', '00', '99', '000']);
    const cus = planIdRule(documentOf(), { type: 'string', pattern: '^cus_[A-Za-z0-9]{14}$' });
    expect(mintId(cus, 0, () => '')).toBe('cus_AAAAAAAAAAAAAA');
    expect(mintId(cus, 1, () => '')).toBe('cus_AAAAAAAAAAAAAB');
    // Characters of URL-path ids: letters and digits of a wide class, not `.` or `/`.
    const open = planIdRule(documentOf(), { type: 'string', pattern: '^[^/]+$' });
    expect(open).toMatchObject({ kind: 'template', parts: [{ chars: expect.stringMatching(/^[0-9A-Za-z]+$/) }] });
  });

  it('uuid ids come from the seeded stream', () => {
    const rule = planIdRule(documentOf(), { type: 'string', format: 'uuid' });
    const a = randomStream(1, 'ids');
    const b = randomStream(1, 'ids');
    expect(mintId(rule, 0, a.uuid)).toBe(mintId(rule, 0, b.uuid));
  });
});
