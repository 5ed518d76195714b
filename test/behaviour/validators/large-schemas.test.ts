/**
 * Validators of very large schemas type-check. TypeScript gives up on a function whose body needs more
 * than 2000 levels of control-flow analysis (TS2563 "The containing function or module body is too
 * large for control flow analysis"): one `if` block per property hit that at ~450 properties. The
 * emitter moves the checks of long property lists into module-level parts (`…Part1`, …), and checks
 * long `required` / `dependentRequired` lists and key sets in loops / Sets.
 *
 * A synthetic 1,000-property schema (refs, constrained strings, integers, arrays, inline objects,
 * required and readOnly properties, dependentRequired, additionalProperties: false; unevaluatedProperties
 * variants) goes through the public emitter path, is type-checked under strict TypeScript, and its
 * verdicts and issues (paths, schema paths) are compared with ajv's.
 */
import { typecheckValidators } from './typecheck-module.ts';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../../generator/code/project.ts';
import { loadModule } from '../../../generator/emit/validators/compile-validator.ts';
import { type ValidatorEntry } from '../../../generator/emit/validators/index.ts';
import { emitValidatorsFile } from '../../helpers/validators-file.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const N = 1000;
const KINDS = ['ref', 'string', 'integer', 'readOnly', 'array', 'object'] as const;
const kindOf = (i: number): (typeof KINDS)[number] => KINDS[i % KINDS.length]!;
const isRequired = (i: number): boolean => i % 10 === 0;

const DEFS = {
  Address: { type: 'object', properties: { street: { type: 'string', minLength: 1 }, zip: { type: 'string', pattern: '^[0-9]{5}$' } }, required: ['street'] },
};

function propertySchema(i: number): Record<string, unknown> {
  switch (kindOf(i)) {
    case 'ref':
      return { $ref: '#/$defs/Address' };
    case 'string':
      return { type: 'string', minLength: 2, maxLength: 10, pattern: '^[a-z]+$', description: `property ${i}` };
    case 'integer':
      return { type: 'integer', minimum: 0, maximum: 100 };
    case 'readOnly':
      return { type: 'string', readOnly: true };
    case 'array':
      return { type: 'array', items: { type: 'string' }, maxItems: 3 };
    case 'object':
      return { type: 'object', properties: { x: { type: 'number' }, [`only${i}`]: { enum: [i, 'x', null, true, 'y'] } }, required: ['x'] };
  }
}

const properties: Record<string, unknown> = {};
for (let i = 0; i < N; i++) properties[`p${i}`] = propertySchema(i);
const required = Array.from({ length: N }, (_, i) => i).filter(isRequired).map((i) => `p${i}`);
// 70 names in all: more than are checked one by one
const dependentRequired: Record<string, string[]> = {};
for (let k = 0; k < 35; k++) dependentRequired[`p${k * 20 + 1}`] = [`p${k * 20 + 2}`, `p${k * 20 + 4}`];

/** additionalProperties: false (OpenAPI-like; the request mode forbids readOnly properties). */
const BIG = { $defs: DEFS, type: 'object', properties, required, dependentRequired, additionalProperties: false };
/** unevaluatedProperties with an in-place applicator: annotations are collected at run time (`Evaluated`). */
const UNEVALUATED_DYNAMIC = {
  $defs: DEFS,
  type: 'object',
  properties,
  required,
  allOf: [{ properties: { extra: { type: 'boolean' } } }],
  unevaluatedProperties: false,
};
/** unevaluatedProperties without applicators: the evaluated keys are known statically. */
const UNEVALUATED_STATIC = { $defs: DEFS, type: 'object', properties, required, unevaluatedProperties: { type: 'string', maxLength: 1 } };

function validValue(i: number): Json {
  switch (kindOf(i)) {
    case 'ref':
      return { street: 'Main', zip: '12345' };
    case 'string':
      return 'abc';
    case 'integer':
      return i % 101;
    case 'readOnly':
      return 'ro';
    case 'array':
      return ['a', 'b'];
    case 'object':
      return { x: 1.5, [`only${i}`]: 'x' };
  }
}

function invalidValue(i: number): Json {
  switch (kindOf(i)) {
    case 'ref':
      return i % 4 === 0 ? {} : { street: '', zip: 'abc' };
    case 'string':
      return i % 4 === 1 ? 'A' : 'waytoolongvalue';
    case 'integer':
      return i % 4 === 0 ? -1 : 1.5;
    case 'readOnly':
      return 5;
    case 'array':
      return [1, 'a', 'b', 'c'];
    case 'object':
      return { y: 1, [`only${i}`]: 'z' };
  }
}

/** Every required property, valid (no readOnly one: none is required). */
function baseValue(): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (let i = 0; i < N; i++) if (isRequired(i)) out[`p${i}`] = validValue(i);
  return out;
}

function allValid(withReadOnly: boolean): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (let i = 0; i < N; i++) if (withReadOnly || kindOf(i) !== 'readOnly') out[`p${i}`] = validValue(i);
  return out;
}

const VALUES: [string, Json][] = [
  ['required only', baseValue()],
  ['all but readOnly', allValid(false)],
  ['all', allValid(true)],
  ['every property invalid', (() => {
    const v: Record<string, Json> = {};
    for (let i = 0; i < N; i++) v[`p${i}`] = invalidValue(i);
    return v;
  })()],
  ['some invalid', { ...baseValue(), p1: 'A', p7: 'abc', p500: -5, p994: [1], p999: {}, p3: 'ro' }],
  ['missing required', (() => {
    const v = baseValue();
    delete v.p0;
    delete v.p500;
    delete v.p990;
    return v;
  })()],
  ['dependentRequired', { ...baseValue(), p1: 'ab', p21: 'cd', p22: 3, p681: 'ok' }],
  ['additional / unevaluated properties', { ...baseValue(), extra: true, zz: 'x', 'a/b~c': 'long', p1000: 1 }],
  ['extra invalid', { ...baseValue(), extra: 'yes' }],
  ['late invalid values', { ...baseValue(), p995: 'rw', p996: 'x', p997: 2, p998: [1, 2, 3, 4], p999: 'y' }],
  ['empty object', {}],
  ['not an object', 42],
  ['array', []],
];

const typeCheck = (source: string): string[] => typecheckValidators(source);

/** One module per schema (the schema is the document root, so schema paths read like ajv's). */
function emit(root: unknown, entries: ValidatorEntry[]): string {
  const project = createProject();
  return emitValidatorsFile(project, '/out/validators.ts', { root, dialect: '2020-12', entries }).getFullText();
}

interface Issue {
  path: string;
  keyword: string;
  schemaPath: string;
}
type Result = { ok: boolean; issues?: Issue[] };
type Mod = Record<string, (data: unknown, options?: { firstIssueOnly?: boolean }) => unknown>;

const escape = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** ajv's errors in our terms: issues about a property name (required, additional, …) point at that property. */
function ajvIssues(validate: Ajv2020.ValidateFunction): Issue[] {
  return (validate.errors ?? []).map((e) => {
    const p = e.params as Record<string, unknown>;
    const name = p.missingProperty ?? p.additionalProperty ?? p.unevaluatedProperty;
    // ajv locates dependentRequired issues at the keyword; ours at the entry (`#/dependentRequired/<property>`)
    const schemaPath = e.keyword === 'dependentRequired' ? `${e.schemaPath}/${escape(String(p.property))}` : e.schemaPath;
    return { path: typeof name === 'string' ? `${e.instancePath}/${escape(name)}` : e.instancePath, keyword: e.keyword, schemaPath };
  });
}

const key = (i: Issue): string => `${i.path} ${i.keyword} ${i.schemaPath}`;
const sorted = (issues: Issue[]): string[] => issues.map(key).sort();

/** readOnly properties present (issues of the request mode). */
function readOnlyIssues(value: Json): Issue[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.keys(value)
    .filter((k) => /^p\d+$/.test(k) && Number(k.slice(1)) < N && kindOf(Number(k.slice(1))) === 'readOnly')
    .map((k) => ({ path: `/${k}`, keyword: 'readOnly', schemaPath: `#/properties/${k}/readOnly` }));
}

function compare(mod: Mod, name: string, schema: object, extra: (v: Json) => Issue[] = () => []): string[] {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true, validateSchema: false, logger: false });
  const validate = ajv.compile(schema);
  const problems: string[] = [];
  for (const [label, value] of VALUES) {
    const ajvOk = validate(value) as boolean;
    const want = [...ajvIssues(validate), ...extra(value)];
    const ok = ajvOk && want.length === 0;
    const fast = mod[`is${name}`]!(value) as boolean;
    const full = mod[`validate${name}`]!(value) as Result;
    if (fast !== ok || full.ok !== ok) problems.push(`${name} / ${label}: ours ${fast}/${full.ok}, expected ${ok}`);
    const got = full.issues ?? [];
    expect(sorted(got), `${name} / ${label}`).toEqual(sorted(want));
    // stopping at the first issue (also across the split parts) reports the first of the full list
    const first = mod[`validate${name}`]!(value, { firstIssueOnly: true }) as Result;
    expect(first.issues ?? [], `${name} / ${label} (firstIssueOnly)`).toEqual(got.slice(0, 1));
  }
  return problems;
}

describe('a schema with 1,000 properties', () => {
  let source: string;
  let mod: Mod;

  beforeAll(async () => {
    source = emit(BIG, [
      { name: 'Big', pointer: '' },
      { name: 'BigForRequest', pointer: '', mode: 'request' },
    ]);
    mod = (await loadModule(source)) as Mod;
  });

  it('type-checks under strict TypeScript with zero diagnostics', () => {
    expect(typeCheck(source)).toEqual([]);
  });

  it('splits the property checks into parts, and loops over long name lists', () => {
    // every mode / path has its parts, each called in sequence from the schema's function
    for (const fn of ['checkBig', 'collectBig', 'checkBigForRequestForRequest', 'collectBigForRequestForRequest']) {
      expect(source, fn).toMatch(new RegExp(`function ${fn}Part1\\(obj: Record<string, unknown>`));
      expect(source, fn).toMatch(new RegExp(`function ${fn}Part3\\(`));
    }
    expect(source).toMatch(/function collectBigPart1\(obj: Record<string, unknown>, path: string, ctx: IssueContext, depth: number, schemaPath: string\)/);
    expect(source).toMatch(/for \(const name of requiredProperties\) \{\n\s+if \(!hasOwn\.call\(obj, name\)\) return false;/);
    expect(source).toMatch(/for \(const \[dependent, needed\] of dependentRequiredProperties\)/);
  });

  it('agrees with ajv: verdicts, issue paths and schema paths', () => {
    expect(compare(mod, 'Big', BIG)).toEqual([]);
  });

  it('request mode: readOnly properties present are issues at their schema location', () => {
    expect(compare(mod, 'BigForRequest', BIG, readOnlyIssues)).toEqual([]);
    expect((mod.validateBigForRequest!({ ...baseValue(), p3: 'x' }) as Result).issues).toEqual([
      { path: '/p3', keyword: 'readOnly', message: 'must NOT be present in a request (readOnly)', schemaPath: '#/properties/p3/readOnly' },
    ]);
    expect((mod.validateBigForRequest!({ ...baseValue(), p995: { x: 'no' } }) as Result).issues).toEqual([
      { path: '/p995/x', keyword: 'type', message: 'must be number', schemaPath: '#/properties/p995/properties/x/type', expected: 'number' },
    ]);
  });
});

describe('a 2020-12 schema with 1,000 properties and unevaluatedProperties', () => {
  for (const [name, schema] of [
    ['Dynamic', UNEVALUATED_DYNAMIC],
    ['Static', UNEVALUATED_STATIC],
  ] as const) {
    it(`${name}: type-checks, and agrees with ajv`, async () => {
      const source = emit(schema, [{ name, pointer: '' }]);
      expect(typeCheck(source)).toEqual([]);
      expect(source).toContain(`function check${name}Part1(`);
      if (name === 'Dynamic') expect(source).toMatch(/function collectDynamicPart1\(obj: Record<string, unknown>, path: string, ctx: IssueContext, depth: number, ev: Evaluated, schemaPath: string\)/);
      const mod = (await loadModule(source)) as Mod;
      expect(compare(mod, name, schema)).toEqual([]);
    });
  }
});

describe('a schema whose properties are inline objects (nested checks add up)', () => {
  // 120 properties, each an inline object with 12 constrained properties: no single property list is
  // long, but one function holding all of it would be far too large
  const inner = (i: number): Record<string, unknown> => ({
    type: 'object',
    properties: Object.fromEntries(Array.from({ length: 12 }, (_, j) => [`f${j}`, { type: 'string', maxLength: j + i }])),
    required: ['f0'],
  });
  const schema = { type: 'object', properties: Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`o${i}`, inner(i)])) };

  it('type-checks, and agrees with ajv', async () => {
    const source = emit(schema, [{ name: 'Nested', pointer: '' }]);
    expect(typeCheck(source)).toEqual([]);
    expect(source).toContain('function checkNestedPart1(');
    const mod = (await loadModule(source)) as Mod;
    const ajv = new Ajv2020.default({ strict: false, allErrors: true, validateSchema: false, logger: false });
    const validate = ajv.compile(schema);
    const values: Json[] = [
      {},
      Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`o${i}`, { f0: 'x', f11: 'y'.repeat(20) }])),
      { o0: {}, o119: { f0: 'x', f1: 5 }, o60: { f0: 'way too long' } },
      { o5: { f0: '' } },
    ];
    for (const value of values) {
      const want = validate(value) as boolean;
      expect(mod.isNested!(value)).toBe(want);
      const full = mod.validateNested!(value) as Result;
      expect(full.ok).toBe(want);
      expect(sorted(full.issues ?? [])).toEqual(sorted(ajvIssues(validate)));
    }
  });
});
