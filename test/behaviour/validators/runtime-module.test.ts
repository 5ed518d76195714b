/**
 * The validators' helpers are real modules, `templates/runtime/validation.ts` and `formats.ts`, emitted
 * byte for byte by `runtimeFiles` (sources, shipped compiled to dist/); a generated `src/validators.ts`
 * imports exactly the helpers it uses, by name, and re-exports the public types. `compileValidator`
 * loads the same modules (not a copy kept elsewhere), one shared instance per process.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../generator/code/project.ts';
import { isolatedDeclarationProblems } from '../../../generator/emit/package/compile.ts';
import { compileValidator, moduleJavaScript } from '../../../generator/emit/validators/compile-validator.ts';
import { emitValidatorsFile } from '../../helpers/validators-file.ts';
import { renderSources, renderTarget } from '../../../generator/pipeline.ts';
import { fixture, ROOT } from '../../helpers/cli.ts';
import { typecheckValidators } from './typecheck-module.ts';

const template = (module: string): string => readFileSync(path.join(ROOT, 'templates', module), 'utf8');

/** Import specifiers and imported names of a module, from its syntax tree. */
function importsOf(source: string): { from: string; names: string[]; typeOnly: boolean }[] {
  const sf = ts.createSourceFile('m.ts', source, ts.ScriptTarget.ES2022, true);
  return sf.statements.filter(ts.isImportDeclaration).map((d) => {
    const bindings = d.importClause?.namedBindings;
    return {
      from: (d.moduleSpecifier as ts.StringLiteral).text,
      names: bindings && ts.isNamedImports(bindings) ? bindings.elements.map((e) => (e.propertyName ?? e.name).text) : [],
      typeOnly: d.importClause?.isTypeOnly === true,
    };
  });
}

describe('the validators runtime modules', () => {
  it('need no inference for their declarations (the package builds .d.ts per file, isolatedDeclarations)', () => {
    for (const module of ['runtime/validation.ts', 'runtime/formats.ts']) {
      expect(isolatedDeclarationProblems({ path: `src/${module}`, content: template(module) })).toEqual([]);
    }
  });

  it('ship in the package byte for byte, formats.ts only where a schema asserts a format', async () => {
    const targets = [
      { spec: fixture('specs/petstore-3.0.yaml'), out: path.join(ROOT, 'test/fixtures/out/petstore-3.0'), formats: true },
      { spec: fixture('specs/features-3.1.yaml'), out: path.join(ROOT, 'test/fixtures/out/features-3.1'), formats: false },
    ];
    for (const target of targets) {
      // the sources (the in-memory stage) and the shipped package (their compiled form)
      const byPath = new Map((await renderSources(target)).map((f) => [f.path, f.content]));
      const packaged = new Set((await renderTarget(target)).files.map((f) => f.path));
      const validators = byPath.get('src/validators.ts')!;
      const imports = importsOf(validators);
      const runtimeImports = imports.filter((i) => i.from.startsWith('./runtime/'));
      const shipped = ['runtime/validation.ts', 'runtime/formats.ts'].filter((m) => byPath.has(`src/${m}`));
      // the modules the file imports are the modules the package has
      expect([...new Set(runtimeImports.map((i) => `${i.from.slice(2, -3)}.ts`))].sort()).toEqual(shipped.sort());
      expect(shipped.includes('runtime/formats.ts')).toBe(target.formats);
      expect(packaged.has('dist/runtime/formats.js')).toBe(target.formats);
      for (const module of shipped) {
        const content = byPath.get(`src/${module}`)!;
        // one header line, then the template as it is
        expect(content.slice(content.indexOf('\n') + 1)).toBe(template(module));
        expect(packaged.has(`dist/${module.replace(/\.ts$/, '.js')}`) && packaged.has(`dist/${module.replace(/\.ts$/, '.d.ts')}`)).toBe(true);
        expect(packaged.has(`src/${module}`)).toBe(false);
      }
      // the public types come from the runtime, re-exported under their names
      expect(validators).toContain('export type { StandardSchemaV1, ValidateOptions, ValidationIssue, ValidationResult } from "./runtime/validation.js";');
      expect(validators).not.toMatch(/^(?:export )?(?:function|class|interface) (?:report|runCheck|runValidation|standardView|ValidationIssue|StandardSchemaV1)\b/m);
    }
  });
});

describe('imports of an emitted module', () => {
  const emit = (schemas: Record<string, unknown>, dialect: '2020-12' | 'openapi-3.1' = '2020-12') =>
    emitValidatorsFile(createProject(), '/out/validators.ts', {
      root: { $defs: schemas },
      dialect,
      entries: Object.keys(schemas).map((name) => ({ name, pointer: `/$defs/${name}` })),
    }).getFullText();

  it('are exactly what its code uses: a plain schema imports no format, annotation or deep-equality helper', () => {
    const source = emit({ Name: { type: 'string', minLength: 1 } });
    expect(typecheckValidators(source)).toEqual([]);
    const values = importsOf(source).filter((i) => !i.typeOnly).flatMap((i) => i.names).sort();
    expect(values).toEqual(['DepthLimitError', 'MAX_DEPTH', 'report', 'runCheck', 'runValidation', 'standardView', 'ucs2length']);
    expect(importsOf(source).some((i) => i.from === './runtime/formats.js')).toBe(false);
  });

  it('follow the keywords: formats from formats.js, annotations and deep equality from validation.js', () => {
    const source = emit(
      {
        Thing: {
          type: 'object',
          properties: { when: { type: 'string', format: 'date-time' }, tags: { type: 'array', uniqueItems: true }, k: { const: { a: 1 } } },
          unevaluatedProperties: false,
          anyOf: [{ properties: { x: true } }, { required: ['when'] }],
        },
      },
      'openapi-3.1',
    );
    expect(typecheckValidators(source)).toEqual([]);
    const imports = importsOf(source);
    expect(imports.find((i) => i.from === './runtime/formats.js')?.names).toEqual(['formatDateTime']);
    const values = imports.filter((i) => i.from === './runtime/validation.js' && !i.typeOnly).flatMap((i) => i.names);
    for (const name of ['deepEqual', 'evaluated', 'mergeEvaluated', 'hasDuplicates', 'hasOwn']) expect(values).toContain(name);
    expect(imports.find((i) => i.from === './runtime/validation.js' && i.typeOnly)?.names).toContain('Evaluated');
  });

  it('of a module without entries: none, and the public types still re-exported from validation.js', () => {
    const source = emit({});
    expect(importsOf(source)).toEqual([]);
    expect(source).toContain('export type { StandardSchemaV1, ValidateOptions, ValidationIssue, ValidationResult } from "./runtime/validation.js";');
    expect(typecheckValidators(source)).toEqual([]);
  });

  it('the type check used by these tests reports an import the module does not use', () => {
    const source = emit({ Name: { type: 'string' } });
    const unused = source.replace('import { ', 'import { deepEqual, ');
    expect(unused).not.toBe(source);
    expect(typecheckValidators(unused).join('\n')).toMatch(/TS6133 'deepEqual' is declared but its value is never read/);
  });
});

describe('compileValidator', () => {
  it('shows the source a package would have, and loads it with the runtime modules themselves, shared', async () => {
    const a = await compileValidator({ type: 'string', format: 'uuid' }, { dialect: 'openapi-3.1' });
    const b = await compileValidator({ type: 'object', required: ['x'] }, { dialect: 'openapi-3.1' });
    expect(a.source).toContain('from "./runtime/validation.js"');
    expect(a.source).toContain('from "./runtime/formats.js"');
    expect(a('0f0e0d0c-0b0a-4908-8706-050403020100')).toBe(true);
    expect(a('nope')).toBe(false);
    expect(b.validate({})).toMatchObject({ ok: false, issues: [{ keyword: 'required', path: '/x' }] });
    // not bundled: the module imports the runtime modules, each from one URL for the whole process
    const specifiers = async (source: string) => importsOf(await moduleJavaScript(source)).map((i) => i.from);
    const [fromA, fromB] = [await specifiers(a.source), await specifiers(b.source)];
    expect(fromA).toHaveLength(2);
    for (const s of [...fromA, ...fromB]) expect(s).toMatch(/^data:text\/javascript;base64,/);
    expect(fromB[0]).toBe(fromA[0]);
    // the loaded runtime is the template module's code
    const runtime = Buffer.from(fromA[0]!.slice('data:text/javascript;base64,'.length), 'base64').toString('utf8');
    expect(runtime).toContain('function runValidation(');
    expect(runtime).toContain('export {');
  });
});
