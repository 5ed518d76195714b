/**
 * Validators type-check for ANY schema, including contradictory / unsatisfiable ones. A schema (or a
 * branch of one) that no value can satisfy compiles to a validator that rejects with a proper issue,
 * and the emitted module contains no comparison TypeScript flags (TS2367 "This comparison appears to
 * be unintentional because the types … have no overlap") and no code on a value narrowed to `never`.
 *
 * Each module goes through the public emitter path (`emitValidatorsFile` on the project's ts-morph
 * project), is type-checked with the TypeScript compiler API under `strict` (plus
 * noUncheckedIndexedAccess and allowUnreachableCode: false) together with the runtime modules it
 * imports, loaded, and compared with ajv.
 */
import { typecheckValidators } from './typecheck-module.ts';
import Ajv2020 from 'ajv/dist/2020.js';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../../generator/code/project.ts';
import { loadModule } from '../../../generator/emit/validators/compile-validator.ts';
import { VALIDATOR_RUNTIME_NAMES, validatorExportNames, type Dialect } from '../../../generator/emit/validators/index.ts';
import { emitValidatorsFile } from '../../helpers/validators-file.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Contradictory schemas (2020-12), by entry name. */
const SCHEMAS: Record<string, unknown> = {
  ArrayWithStringEnum: { type: 'array', enum: ['a', 'b'] },
  StringWithNumericEnum: { type: 'string', enum: [1, 2.5] },
  StringWithBooleanEnum: { type: 'string', enum: [true, false] },
  StringWithBooleanConst: { type: 'string', const: true },
  StringWithNumericConst: { type: 'string', const: 5 },
  IntegerWithStringConst: { type: 'integer', const: 'x' },
  IntegerWithFractionalEnum: { type: 'integer', enum: [1.5, 2, 'two'] },
  ArrayWithObjectConst: { type: 'array', const: { a: 1 } },
  BooleanWithLongStringEnum: { type: 'boolean', enum: ['a', 'b', 'c', 'd', 'e', true] },
  NullableWithNumericEnum: { type: ['string', 'null'], enum: [1, null] },
  EmptyEnum: { enum: [] },
  EmptyType: { type: [] },
  MinimumAboveMaximum: { type: 'number', minimum: 5, maximum: 3 },
  NotEmpty: { not: {} },
  NotTrue: { not: true },
  FalseSchema: false,
  AllOfIncompatibleTypes: { allOf: [{ type: 'string' }, { type: 'number', minimum: 1 }] },
  AllOfIncompatibleTypeLists: { type: ['string', 'integer'], allOf: [{ type: ['boolean', 'null'] }] },
  TypeThenEnumInAllOf: { type: 'string', allOf: [{ enum: [1, 2] }] },
  TypeThenStringKeywordsInAllOf: { type: 'number', allOf: [{ minLength: 2, pattern: '^a' }, { items: { type: 'string' } }] },
  EnumThenDisjointEnum: { enum: ['a', 'b'], allOf: [{ enum: ['c'] }] },
  ConstThenDisjointConst: { const: 1, allOf: [{ const: 2 }] },
  ConstThenEnum: { const: 'a', allOf: [{ enum: ['a', 'b'] }, { type: 'string', maxLength: 0 }] },
  ThenElseContradiction: { type: 'string', if: { minLength: 1 }, then: { const: 5 }, else: { enum: [null, ''] } },
  AnyOfContradiction: { type: 'string', anyOf: [{ const: 1 }, { enum: ['x', false] }] },
  PropertyNamesNumericEnum: { type: 'object', propertyNames: { enum: [1, 'a'], minimum: 3 } },
  PropertyNamesBooleanConst: { propertyNames: { const: true } },
  PropertyNamesInteger: { propertyNames: { type: 'integer' } },
  DependentSchemaContradiction: { type: 'object', dependentSchemas: { a: { type: 'string' } } },
  // inside the object guard (both paths): only the object member can match
  DependentSchemaEnum: { dependentSchemas: { a: { enum: [1, 'x', { a: 1 }], not: { const: true } } } },
  PropertyNamesStringKeywords: { propertyNames: { type: 'string', maxLength: 1, enum: ['a', 'b', 2], not: { const: 3 } } },
  ItemsContradiction: { type: 'array', items: { type: 'string', enum: [1] } },
  PropertyContradiction: { type: 'object', properties: { a: { type: 'null', const: 0 }, b: { type: 'boolean', enum: ['true'] } } },
};

const VALUES: Json[] = [
  null, true, false, 0, 1, 2, 2.5, 5, -1, '', 'a', 'x', 'ab', 'two', [], ['a'], [1], [true], {}, { a: 1 }, { a: 'x' }, { '1': 1 }, { b: true },
];

const typeCheck = (source: string): string[] => typecheckValidators(source);

function emit(schemas: Record<string, unknown>, dialect: Dialect): string {
  const project = createProject();
  const file = emitValidatorsFile(project, '/out/validators.ts', {
    root: { $defs: schemas },
    dialect,
    entries: Object.keys(schemas).map((name) => ({ name, pointer: `/$defs/${name}` })),
  });
  return file.getFullText();
}

interface Issue {
  path: string;
  keyword: string;
  message: string;
}
type Mod = Record<string, (data: unknown) => unknown>;

describe('contradictory schemas (2020-12)', () => {
  let source: string;
  let mod: Mod;

  beforeAll(async () => {
    source = emit(SCHEMAS, '2020-12');
    mod = (await loadModule(source)) as Mod;
  });

  it('type-check under strict TypeScript with zero diagnostics', () => {
    expect(typeCheck(source)).toEqual([]);
  });

  it('agree with ajv on every value, and reject with a proper issue', () => {
    const ajv = new Ajv2020.default({ strict: false, allErrors: true, validateSchema: false, logger: false });
    const disagreements: string[] = [];
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      // An empty `enum` / `type` list admits no value (an instance must equal a listed value / have a
      // listed type). ajv refuses to compile `enum: []` ("enum must have non-empty array") and ignores `type: []`.
      const expected = name === 'EmptyEnum' || name === 'EmptyType' ? () => false : ajv.compile(schema as object);
      for (const value of VALUES) {
        const want = expected(value);
        const fast = mod[`is${name}`]!(value) as boolean;
        const full = mod[`validate${name}`]!(value) as { ok: boolean; issues?: Issue[] };
        if (fast !== want || full.ok !== want) disagreements.push(`${name} ${JSON.stringify(value)}: ours ${fast}/${full.ok}, ajv ${want}`);
        // a rejection names what failed (not the generic fallback issue)
        if (!full.ok && !(full.issues!.length > 0 && full.issues!.every((i) => i.keyword !== 'schema'))) {
          disagreements.push(`${name} ${JSON.stringify(value)}: no proper issue ${JSON.stringify(full.issues)}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('unsatisfiable schemas reject everything', () => {
    const unsatisfiable = Object.keys(SCHEMAS).filter((name) => VALUES.every((v) => !(mod[`is${name}`]!(v) as boolean)));
    expect(unsatisfiable).toEqual(
      expect.arrayContaining([
        'ArrayWithStringEnum', 'StringWithNumericEnum', 'StringWithBooleanEnum', 'StringWithBooleanConst', 'StringWithNumericConst',
        'IntegerWithStringConst', 'ArrayWithObjectConst', 'EmptyEnum', 'EmptyType', 'MinimumAboveMaximum', 'NotEmpty', 'NotTrue',
        'FalseSchema', 'AllOfIncompatibleTypes', 'AllOfIncompatibleTypeLists', 'TypeThenEnumInAllOf', 'EnumThenDisjointEnum',
        'ConstThenDisjointConst', 'ConstThenEnum',
      ]),
    );
    expect(mod.validateStringWithNumericEnum!('a')).toMatchObject({ ok: false, issues: [{ keyword: 'enum', path: '' }] });
    expect(mod.validateIntegerWithStringConst!(1)).toMatchObject({ ok: false, issues: [{ keyword: 'const' }] });
    expect(mod.validateEmptyType!('a')).toMatchObject({ ok: false, issues: [{ keyword: 'type' }] });
    expect(mod.validateNotEmpty!({})).toMatchObject({ ok: false, issues: [{ keyword: 'not' }] });
    expect(mod.validateFalseSchema!(1)).toMatchObject({ ok: false, issues: [{ keyword: 'false schema' }] });
    // only some values of the satisfiable ones remain
    expect(VALUES.filter((v) => mod.isNullableWithNumericEnum!(v))).toEqual([null]);
    expect(VALUES.filter((v) => mod.isBooleanWithLongStringEnum!(v))).toEqual([true]);
    expect(VALUES.filter((v) => mod.isPropertyNamesBooleanConst!(v))).toEqual(VALUES.filter((v) => !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0)));
    expect(VALUES.filter((v) => mod.isItemsContradiction!(v))).toEqual([[]]);
  });

  it('emit no comparison with a member the narrowed value cannot have', () => {
    // e.g. `type: string` + `enum: [1, 2.5]`: the fast path rejects outright instead of comparing a string with numbers
    const fn = source.slice(source.indexOf('function checkStringWithNumericEnum('), source.indexOf('function collectStringWithNumericEnum('));
    expect(fn).not.toMatch(/!== 1\b|!== 2\.5/);
    expect(fn).toContain('return false;');
    expect(fn).not.toContain('return true;');
  });
});

describe('contradictory schemas (OpenAPI 3.0)', () => {
  const schemas: Record<string, unknown> = {
    NullableStringWithNumericEnum: { type: 'string', nullable: true, enum: [1] },
    IntegerWithStringEnum: { type: 'integer', enum: ['1'] },
    ArrayWithStringEnumItems: { type: 'array', items: { type: 'boolean', enum: ['yes'] } },
    ExclusiveBounds: { type: 'number', minimum: 1, exclusiveMinimum: true, maximum: 1 },
  };

  it('type-check and reject', async () => {
    const source = emit(schemas, 'openapi-3.0');
    expect(typeCheck(source)).toEqual([]);
    const mod = (await loadModule(source)) as Mod;
    // nullable adds null to the enum; the numeric member can never be a string
    expect(VALUES.filter((v) => mod.isNullableStringWithNumericEnum!(v))).toEqual([null]);
    expect(VALUES.filter((v) => mod.isIntegerWithStringEnum!(v))).toEqual([]);
    expect(VALUES.filter((v) => mod.isArrayWithStringEnumItems!(v))).toEqual([[]]);
    expect(VALUES.filter((v) => mod.isExclusiveBounds!(v))).toEqual([]);
    expect(mod.validateIntegerWithStringEnum!(1)).toMatchObject({ ok: false, issues: [{ keyword: 'enum' }] });
  });
});

describe('emitted module names', () => {
  it('imports its runtime names, all of them in VALIDATOR_RUNTIME_NAMES, and declares no helper of its own', async () => {
    // a module that uses nearly every helper
    const source = emit(
      {
        Everything: {
          type: 'object',
          properties: {
            a: { type: 'string', format: 'date-time', pattern: '^x', maxLength: 3 },
            b: { type: 'array', uniqueItems: true, items: { type: 'number', multipleOf: 0.1 } },
            c: { enum: [{ x: 1 }, 1, 2, 3, 4, 5], const: { x: 1 } },
            d: { unevaluatedProperties: false, anyOf: [{ properties: { e: true } }] },
          },
          additionalProperties: { type: 'string', format: 'email' },
        },
      },
      '2020-12',
    );
    expect(typeCheck(source)).toEqual([]);
    const declared: string[] = [];
    const imported: string[] = [];
    const sf = ts.createSourceFile('v.ts', source, ts.ScriptTarget.ES2022, true);
    for (const statement of sf.statements) {
      if (ts.isImportDeclaration(statement)) {
        expect((statement.moduleSpecifier as ts.StringLiteral).text).toMatch(/^\.\/runtime\/(?:validation|formats)\.js$/);
        const bindings = statement.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) imported.push(...bindings.elements.map((e) => e.name.text));
      } else if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) declared.push(d.name.text);
      } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) || ts.isModuleDeclaration(statement)) && statement.name && ts.isIdentifier(statement.name)) {
        declared.push(statement.name.text);
      }
    }
    const generated = /^(?:check|collect)[A-Z]|^(?:pattern|allowed|allowedValues|allowedStructured|constant|requiredProperties|knownProperties)\d*$/;
    const entryExports = validatorExportNames('Everything');
    // the runtime is imported, not declared: besides generated names and entry exports the module declares only
    // its module-level copies of the two runtime values every check reads (MAX_DEPTH, hasOwn)
    expect(declared.filter((n) => !generated.test(n) && !entryExports.includes(n)).sort()).toEqual(['MAX_DEPTH', 'hasOwn']);
    expect(source).toContain('const MAX_DEPTH = RUNTIME_MAX_DEPTH;\nconst hasOwn = runtimeHasOwn;');
    expect(imported.length).toBeGreaterThan(15);
    expect(imported.filter((n) => !VALIDATOR_RUNTIME_NAMES.includes(n))).toEqual([]);
    // VALIDATOR_RUNTIME_NAMES is what the runtime modules export (values, and the types the module names), and the
    // import names of the two copied values
    const values = [
      ...Object.keys(await import('../../../templates/runtime/validation.ts')),
      ...Object.keys(await import('../../../templates/runtime/formats.ts')),
    ];
    const types = ['Evaluated', 'IssueContext', 'StandardSchemaV1', 'ValidateOptions', 'ValidationIssue', 'ValidationResult'];
    expect([...VALIDATOR_RUNTIME_NAMES].sort()).toEqual([...values, ...types, 'RUNTIME_MAX_DEPTH', 'runtimeHasOwn'].sort());
  });

  it('never gives a generated function or constant an entry export name, whatever the entry names are', async () => {
    // entry names chosen to be exactly what the compiler would generate for other entries / constants
    const schemas: Record<string, unknown> = {
      Pet: { type: 'object', properties: { name: { type: 'string', pattern: '^p', enum: ['a', 'b', 'c', 'd', 'e', 'pp'] } } },
      checkPet: { type: 'integer' },
      collectPet: { type: 'integer' },
      PetName: { type: 'string' },
      pattern: { type: 'string', pattern: '^q' },
      allowed: { enum: ['x', 'y', 'z', 'w', 'v'] },
      isPet: { type: 'boolean' },
      PetSchemaSchema: { type: 'null' },
    };
    const source = emit(schemas, '2020-12');
    expect(typeCheck(source)).toEqual([]);
    const mod = (await loadModule(source)) as Mod;
    expect(mod.isPet!({ name: 'pp' })).toBe(true);
    expect(mod.isPet!({ name: 'a' })).toBe(false);
    expect(mod.ischeckPet!(1)).toBe(true);
    expect(mod.ispattern!('q')).toBe(true);
    expect(mod.isallowed!('v')).toBe(true);
    expect(mod.isisPet!(true)).toBe(true);
    expect(mod.isPetSchemaSchema!(null)).toBe(true);
  });

  it('fails clearly on true duplicates and on entries whose exports collide', () => {
    const project = createProject();
    const run = (names: string[]) => () =>
      emitValidatorsFile(project, '/out/dup.ts', { root: { $defs: { S: { type: 'string' } } }, dialect: '2020-12', entries: names.map((name) => ({ name, pointer: '/$defs/S' })) });
    expect(run(['Pet', 'Pet'])).toThrow(/Duplicate validator name "Pet"/);
    expect(run(['pet-name', 'PetName'])).toThrow(/Duplicate validator name "PetName"/);
    expect(run(['PetName', 'pet-name'])).toThrow(/Duplicate validator name "pet-name" \(as PetName\)/);
    // `isX` + `XSchema` and `XSchema`'s `isXSchema`: different names, same export
    expect(run(['isX', 'XSchema'])).toThrow(/Validator names "isX" and "XSchema" both export isXSchema/);
  });
});
