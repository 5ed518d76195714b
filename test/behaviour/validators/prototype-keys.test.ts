/**
 * `__proto__`, `constructor` and `prototype` as property names: in `properties`, `required`,
 * `patternProperties`, `additionalProperties`, `dependentRequired`, `propertyNames`, and as keys inside
 * `const` / `enum` / `default` objects. Schemas and data are made with JSON.parse, so `__proto__` is an
 * own property (as in a parsed spec or request body). Emitted object literals must define a real
 * `__proto__` property (a literal `{"__proto__": …}` sets the prototype instead, and inverts `const`).
 *
 * The oracle is ajv — on a renamed copy: ajv itself reads `data.__proto__` / `data.constructor` through
 * the prototype (`required: ["__proto__"]` holds for `{}`, fast-deep-equal compares `.constructor`), so
 * it is asked about the same schema and data with those three names consistently replaced by neutral
 * ones. That renaming is a bijection on schemas and data, so the right verdicts are unchanged by it.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileValidators, emitSource, type Validator } from '../../../generator/emit/validators/compile-validator.ts';

const protoSnapshot = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const before = protoSnapshot();

/**
 * The three names, and the neutral names ajv is asked about instead (none occurs in the cases; each
 * keeps its name as a prefix, so the patterns of the cases match the renamed keys exactly as before).
 */
const RENAME: [RegExp, string][] = [
  [/__proto__/g, '__proto__Key'],
  [/constructor/g, 'constructorKey'],
  [/prototype/g, 'prototypeKey'],
];
const renamed = (json: string): string => RENAME.reduce((t, [re, to]) => t.replace(re, to), json);

interface Case {
  name: string;
  /** JSON text of the schema. */
  schema: string;
  /** JSON texts of the data. */
  data: string[];
  /** Verdicts that must hold (besides agreeing with the oracle): JSON text -> valid. */
  expect?: Record<string, boolean>;
}

const CASES: Case[] = [
  {
    name: 'const object with a __proto__ key',
    schema: '{"const": {"__proto__": {"a": 1}}}',
    data: ['{"__proto__": {"a": 1}}', '{}', '{"a": 1}', '{"__proto__": {"a": 2}}', '{"__proto__": {"a": 1}, "b": 1}', '[]', 'null'],
    // a literal `{"__proto__": {"a": 1}}` would be `{}` with a prototype: `{}` would pass, the real value fail
    expect: { '{"__proto__": {"a": 1}}': true, '{}': false, '{"a": 1}': false },
  },
  {
    name: 'const object with all three keys',
    schema: '{"const": {"__proto__": 1, "constructor": 2, "prototype": [3]}}',
    data: ['{"__proto__": 1, "constructor": 2, "prototype": [3]}', '{"constructor": 2, "prototype": [3]}', '{}', '{"__proto__": 1, "constructor": 2, "prototype": [3], "x": 0}'],
    expect: { '{"__proto__": 1, "constructor": 2, "prototype": [3]}': true, '{"constructor": 2, "prototype": [3]}': false },
  },
  {
    name: 'nested const',
    schema: '{"type": "object", "properties": {"a": {"const": [{"__proto__": {"__proto__": null}}]}}}',
    data: ['{"a": [{"__proto__": {"__proto__": null}}]}', '{"a": [{}]}', '{"a": [{"__proto__": {}}]}', '{}'],
    expect: { '{"a": [{"__proto__": {"__proto__": null}}]}': true, '{"a": [{}]}': false, '{"a": [{"__proto__": {}}]}': false },
  },
  {
    name: 'enum with __proto__ / constructor objects',
    schema: '{"enum": [{"__proto__": null}, {"constructor": []}, {"prototype": {"__proto__": 1}}, "x"]}',
    data: ['{"__proto__": null}', '{}', '{"constructor": []}', '{"prototype": {"__proto__": 1}}', '{"prototype": {}}', '"x"', '{"__proto__": {}}', 'null'],
    expect: { '{"__proto__": null}': true, '{}': false, '{"constructor": []}': true, '{"prototype": {}}': false },
  },
  {
    name: 'enum of the three names as strings (many members: a Set)',
    schema: '{"enum": ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"]}',
    data: ['"__proto__"', '"constructor"', '"prototype"', '"toString"', '"x"', '{}'],
    expect: { '"__proto__"': true, '"x"': false },
  },
  {
    name: 'properties',
    schema: '{"type": "object", "properties": {"__proto__": {"type": "string"}, "constructor": {"type": "integer"}, "prototype": {"const": {"__proto__": 1}}}}',
    data: ['{}', '{"__proto__": "s"}', '{"__proto__": 1}', '{"constructor": 1}', '{"constructor": "x"}', '{"prototype": {"__proto__": 1}}', '{"prototype": {}}'],
    // inherited members are not properties of the data
    expect: { '{}': true, '{"__proto__": "s"}': true, '{"__proto__": 1}': false, '{"prototype": {}}': false },
  },
  {
    name: 'required',
    schema: '{"required": ["__proto__", "constructor"]}',
    data: ['{}', '{"__proto__": 1}', '{"__proto__": 1, "constructor": 1}', '{"constructor": 0}', '[]'],
    expect: { '{}': false, '{"__proto__": 1}': false, '{"__proto__": 1, "constructor": 1}': true },
  },
  {
    name: 'required (many names: the issue-collection loop)',
    schema: '{"required": ["__proto__", "constructor", "prototype", "a", "b", "c", "d", "e"]}',
    data: ['{}', '{"__proto__": 1, "constructor": 1, "prototype": 1, "a": 1, "b": 1, "c": 1, "d": 1, "e": 1}', '{"constructor": 1, "prototype": 1, "a": 1, "b": 1, "c": 1, "d": 1, "e": 1}'],
  },
  {
    name: 'additionalProperties: false next to declared prototype names',
    schema: '{"properties": {"__proto__": {}, "constructor": {}}, "additionalProperties": false}',
    data: ['{}', '{"__proto__": 1}', '{"__proto__": 1, "constructor": 1}', '{"prototype": 0}', '{"toString": 0}'],
    expect: { '{"__proto__": 1, "constructor": 1}': true, '{"prototype": 0}': false },
  },
  {
    name: 'additionalProperties: false with many declared names (a Set)',
    schema: '{"properties": {"__proto__": {}, "constructor": {}, "a": {}, "b": {}, "c": {}, "d": {}, "e": {}, "f": {}, "g": {}}, "additionalProperties": false}',
    data: ['{"__proto__": 1, "constructor": 1, "a": 1}', '{"prototype": 0}', '{}'],
  },
  {
    name: 'additionalProperties with a schema',
    schema: '{"properties": {"a": {}}, "additionalProperties": {"type": "object", "required": ["__proto__"]}}',
    data: ['{"__proto__": {"__proto__": 1}}', '{"__proto__": {}}', '{"constructor": {"__proto__": null}}', '{"a": 1}'],
    expect: { '{"__proto__": {"__proto__": 1}}': true, '{"__proto__": {}}': false },
  },
  {
    name: 'patternProperties',
    schema: '{"patternProperties": {"^__proto__": {"type": "string"}, "^con": {"type": "integer"}}, "additionalProperties": false}',
    data: ['{}', '{"__proto__": "a"}', '{"__proto__": 1}', '{"constructor": 1}', '{"constructor": "a"}', '{"prototype": 1}'],
    expect: { '{"__proto__": "a"}': true, '{"__proto__": 1}': false, '{"prototype": 1}': false },
  },
  {
    name: 'dependentRequired',
    schema: '{"dependentRequired": {"__proto__": ["constructor"], "prototype": ["__proto__"]}}',
    data: ['{}', '{"__proto__": 1}', '{"__proto__": 1, "constructor": 2}', '{"prototype": 1}', '{"prototype": 1, "__proto__": 2, "constructor": 3}'],
    expect: { '{}': true, '{"__proto__": 1}': false, '{"prototype": 1}': false, '{"prototype": 1, "__proto__": 2, "constructor": 3}': true },
  },
  {
    name: 'propertyNames',
    schema: '{"propertyNames": {"enum": ["__proto__", "constructor"]}}',
    data: ['{}', '{"__proto__": 1}', '{"constructor": 1}', '{"prototype": 1}', '{"__proto__": 1, "prototype": 1}'],
    expect: { '{"__proto__": 1}': true, '{"prototype": 1}': false },
  },
  {
    name: 'propertyNames: not const',
    schema: '{"propertyNames": {"not": {"const": "__proto__"}}}',
    data: ['{}', '{"__proto__": 1}', '{"constructor": 1}'],
    expect: { '{"__proto__": 1}': false, '{"constructor": 1}': true },
  },
  {
    name: 'default objects are annotations (and emit nothing that could pollute)',
    schema: '{"type": "object", "properties": {"a": {"type": "object", "default": {"__proto__": {"polluted": 1}}}}, "default": {"__proto__": {"polluted": 2}}}',
    data: ['{}', '{"a": {}}', '{"a": 1}'],
    expect: { '{}': true, '{"a": 1}': false },
  },
];

describe('prototype-named keys in schemas and data (vs ajv)', () => {
  let ours: Validator[];
  let oursOnRenamed: Validator[];

  beforeAll(async () => {
    ours = await compileValidators(CASES.map((c) => JSON.parse(c.schema)));
    oursOnRenamed = await compileValidators(CASES.map((c) => JSON.parse(renamed(c.schema))));
  });

  afterAll(() => {
    expect(protoSnapshot()).toBe(before);
  });

  it('the fixtures really hold own __proto__ properties', () => {
    const parsed = JSON.parse(CASES[0]!.schema) as { const: object };
    expect(Object.prototype.hasOwnProperty.call(parsed.const, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(parsed.const)).toBe(Object.prototype);
  });

  it('agrees with ajv (on the renamed schema and data) for every case, in isX and validateX', () => {
    const ajv = new Ajv2020.default({ strict: false, allErrors: true, validateSchema: false, logger: false });
    const disagreements: string[] = [];
    CASES.forEach((c, i) => {
      const oracle = ajv.compile(JSON.parse(renamed(c.schema)));
      for (const text of c.data) {
        const want = oracle(JSON.parse(renamed(text)));
        const fast = ours[i]!(JSON.parse(text));
        const full = ours[i]!.validate(JSON.parse(text));
        const control = oursOnRenamed[i]!(JSON.parse(renamed(text)));
        if (fast !== want || full.ok !== want || control !== want) {
          disagreements.push(`${c.name} ${text}: ours ${fast}/${full.ok} (renamed ${control}), ajv ${want}`);
        }
        if (!full.ok && full.issues.length === 0) disagreements.push(`${c.name} ${text}: rejected without issues`);
        const stated = c.expect?.[text];
        if (stated !== undefined && fast !== stated) disagreements.push(`${c.name} ${text}: expected ${stated}, got ${fast}`);
      }
    });
    expect(disagreements).toEqual([]);
    expect(protoSnapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('emits __proto__ keys of values as computed keys, never as a prototype-setting literal', () => {
    const source = emitSource(CASES.map((c) => JSON.parse(c.schema)));
    expect(source).toContain('["__proto__"]:');
    expect(source).not.toMatch(/[{,]\s*"__proto__"\s*:/);
    expect(source).not.toMatch(/[{,]\s*__proto__\s*:/);
    // defaults are annotations: nothing of them is emitted
    expect(source).not.toContain('polluted');
  });

  it('reports issues at the right data paths', () => {
    const required = CASES.findIndex((c) => c.name === 'required');
    const r = ours[required]!.validate(JSON.parse('{"constructor": 0}'));
    expect(r).toMatchObject({ ok: false, issues: [{ path: '/__proto__', keyword: 'required', expected: '__proto__' }] });
    const props = CASES.findIndex((c) => c.name === 'properties');
    const p = ours[props]!.validate(JSON.parse('{"__proto__": 1, "constructor": "x"}'));
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.issues.map((i) => i.path).sort()).toEqual(['/__proto__', '/constructor']);
    const dep = CASES.findIndex((c) => c.name === 'dependentRequired');
    const d = ours[dep]!.validate(JSON.parse('{"prototype": 1}'));
    expect(d).toMatchObject({ ok: false, issues: [{ path: '/__proto__', keyword: 'dependentRequired', schemaPath: '#/dependentRequired/prototype' }] });
  });
});
