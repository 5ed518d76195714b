/**
 * Yardstick 3: hostile data. Own `__proto__`/`constructor`/`prototype` keys (JSON.parse makes them own
 * properties), 100k-deep nesting, 10 MB strings. No prototype pollution, no crash, bounded time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileValidator, type Validator } from '../../../generator/emit/validators/compile-validator.ts';

const protoSnapshot = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const before = protoSnapshot();

function nested(depth: number, make: (inner: unknown) => unknown, leaf: unknown): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = make(v);
  return v;
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}

describe('hostile data', () => {
  let objectSchema: Validator;
  let tree: Validator;
  let list: Validator;
  let strings: Validator;
  let structured: Validator;

  beforeAll(async () => {
    // JSON.parse so that "__proto__" is an own property of the schema, as it is in a parsed spec
    objectSchema = await compileValidator(
      JSON.parse(`{
        "type": "object",
        "required": ["constructor"],
        "properties": {
          "__proto__": { "type": "object", "properties": { "polluted": { "type": "integer" } } },
          "constructor": { "type": "object", "additionalProperties": { "type": "object" } },
          "prototype": { "type": "integer" },
          "toString": { "type": "string" }
        },
        "patternProperties": { "^x-": { "type": "string" } },
        "additionalProperties": false,
        "unevaluatedProperties": false
      }`),
      { dialect: '2020-12' },
    );
    tree = await compileValidator({
      $ref: '#/$defs/node',
      $defs: { node: { type: 'object', properties: { child: { $ref: '#/$defs/node' }, value: { type: 'integer' } } } },
    });
    list = await compileValidator({ anyOf: [{ type: 'integer' }, { type: 'array', items: { $ref: '#' } }] });
    strings = await compileValidator(
      {
        type: 'object',
        properties: {
          short: { type: 'string', maxLength: 64 },
          long: { type: 'string', minLength: 10 },
          word: { type: 'string', pattern: '^[a-z]+$' },
          email: { type: 'string', format: 'email' },
          when: { type: 'string', format: 'date-time' },
          id: { type: 'string', format: 'uuid' },
        },
      },
      { dialect: 'openapi-3.1' },
    );
    structured = await compileValidator({
      type: 'array',
      uniqueItems: true,
      items: { not: { const: { a: [1, { b: 2 }] } }, enum: [1, 2, { deep: [[[[1]]]] }, null], $comment: 'x' },
    });
  });

  afterAll(() => {
    expect(protoSnapshot()).toBe(before);
  });

  it('treats __proto__ / constructor / prototype keys as plain own data, never pollutes', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": {}}}, "prototype": 3, "toString": "x", "x-a": "b"}',
    );
    expect(objectSchema(hostile)).toBe(true);
    expect(objectSchema.validate(hostile).ok).toBe(true);
    // inherited members do not count as present
    expect(objectSchema({})).toBe(false);
    expect(objectSchema.validate({}).ok).toBe(false);
    const bad = JSON.parse('{"__proto__": {"polluted": "no"}, "constructor": {"prototype": 1}, "prototype": "p", "other": 1}');
    const r = objectSchema.validate(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const paths = r.issues.map((i) => i.path).sort();
      expect(paths).toEqual(expect.arrayContaining(['/__proto__/polluted', '/constructor/prototype', '/prototype', '/other']));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(protoSnapshot()).toBe(before);
  });

  it('100k-deep recursive object: an answer (invalid / maxDepth issue), not a stack overflow', () => {
    const deep = nested(100_000, (inner) => ({ child: inner }), { value: 1 });
    const fast = timed(() => tree(deep));
    expect(fast.value).toBe(false);
    const full = timed(() => tree.validate(deep));
    expect(full.value.ok).toBe(false);
    if (!full.value.ok) expect(full.value.issues[0]?.keyword).toBe('maxDepth');
    expect(fast.ms + full.ms).toBeLessThan(2000);
    // but legitimately nested data still validates
    expect(tree(nested(200, (inner) => ({ child: inner }), { value: 1 }))).toBe(true);
    expect(tree(nested(200, (inner) => ({ child: inner }), { value: 'x' }))).toBe(false);
  });

  it('100k-deep arrays through anyOf + $ref "#"', () => {
    const deep = nested(100_000, (inner) => [inner], 1);
    expect(list(deep)).toBe(false);
    const r = list.validate(deep);
    expect(r.ok).toBe(false);
    expect(list(nested(100, (inner) => [inner, 2], 1))).toBe(true);
  });

  it('100k-deep data inside enum/const/uniqueItems comparisons does not crash', () => {
    const deep = nested(100_000, (inner) => ({ a: [inner] }), 1);
    const t = timed(() => [structured([deep, deep]), structured.validate([deep, 1])]);
    expect(t.value[0]).toBe(false);
    expect((t.value[1] as { ok: boolean }).ok).toBe(false);
    expect(t.ms).toBeLessThan(2000);
    expect(structured([1, 2, null, { deep: [[[[1]]]] }])).toBe(true);
    expect(structured([1, 1])).toBe(false);
  });

  it('10 MB strings: bounded time for length, pattern and format checks', () => {
    const huge = 'a'.repeat(10 * 1024 * 1024);
    const hugeUnicode = '😀'.repeat(5 * 1024 * 1024);
    const t = timed(() => [
      strings({ short: huge }),
      strings({ long: hugeUnicode }),
      strings({ word: huge }),
      strings({ word: huge + '!' }),
      strings({ email: huge }),
      strings({ when: huge }),
      strings({ id: huge }),
      strings.validate({ short: huge, long: huge, word: huge + '1', email: huge, when: huge, id: huge }),
    ]);
    expect(t.value.slice(0, 7)).toEqual([false, true, true, false, false, false, false]);
    const r = t.value[7] as { ok: boolean; issues?: { keyword: string }[] };
    expect(r.ok).toBe(false);
    expect(r.issues?.map((i) => i.keyword).sort()).toEqual(['format', 'format', 'format', 'maxLength', 'pattern']);
    expect(t.ms).toBeLessThan(5000);
  });

  it('hostile keys in data never reach generated code paths as code', () => {
    const weird = JSON.parse('{"constructor": {}, "__proto__": {}, "x-\\u2028": "a", "x-\\"); process.exit(1); (\\"": "b"}');
    expect(objectSchema(weird)).toBe(true);
    const r = objectSchema.validate(JSON.parse('{"constructor": {}, "a/b~c": 1}'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain('/a~1b~0c');
  });
});
