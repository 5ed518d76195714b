import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { compilePackage, ISOLATED_OPTIONS, isolatedDeclarationProblems, isolatedDeclarations } from '../../generator/emit/package/compile.ts';
import { renderSources } from '../../generator/pipeline.ts';
import { fixture, ROOT } from '../helpers/cli.ts';

describe('compiling the generated package', () => {
  for (const [name, spec] of [
    ['graph-connectors', path.join(ROOT, 'spec/graph-connectors.yaml')],
    ['petstore-3.0', fixture('specs/petstore-3.0.yaml')],
    ['features-3.1', fixture('specs/features-3.1.yaml')],
  ] as const) {
    it(`${name}: every emitted file gets its declarations on its own (isolated declarations, no full program)`, async () => {
      const files = await renderSources({ spec, out: path.join(ROOT, '.tmp/compile-test', name) });
      const sources = files.filter((f) => f.path.startsWith('src/'));
      expect(sources.length).toBeGreaterThan(5);
      expect(sources.flatMap((f) => isolatedDeclarationProblems(f))).toEqual([]);
    });
  }



  for (const [name, spec] of [
    ['graph-connectors', path.join(ROOT, 'spec/graph-connectors.yaml')],
    ['petstore-3.0', fixture('specs/petstore-3.0.yaml')],
    ['features-3.1', fixture('specs/features-3.1.yaml')],
    ['conventions', fixture('specs/conventions.yaml')],
  ] as const) {
    it(`${name}: the validators declarations the emitter writes are TypeScript's declaration emit of its source`, async () => {
      const files = await renderSources({ spec, out: path.join(ROOT, '.tmp/compile-test', name) });
      const validators = files.find((f) => f.path === 'src/validators.ts')!;
      expect(validators.declarations).toBeDefined();
      const dts = ts.transpileDeclaration(validators.content, { compilerOptions: ISOLATED_OPTIONS, fileName: validators.path, reportDiagnostics: true });
      expect(dts.diagnostics ?? []).toEqual([]);
      expect(validators.declarations).toBe(dts.outputText);
      // compilePackage's own isolated declaration emit derives the same
      expect(isolatedDeclarations(validators.path, validators.content)).toBe(dts.outputText);
      // and the package ships the emitter's declarations as they are
      expect((await compilePackage([validators])).find((f) => f.path === 'dist/validators.d.ts')?.content).toBe(validators.declarations);
    });
  }

  it('a file that needs inference still compiles, through the full-program fallback', async () => {
    const files = [
      { path: 'src/a.ts', content: 'function helper() {\n  return { n: 1 };\n}\nexport const make = () => helper();\n' },
      { path: 'src/b.ts', content: "import { make } from './a.js';\nexport function twice(): number { return make().n * 2; }\n" },
    ];
    expect(isolatedDeclarationProblems(files[0]!).length).toBeGreaterThan(0);
    const out = Object.fromEntries((await compilePackage(files)).map((f) => [f.path, f.content]));
    expect(out['dist/a.d.ts']).toMatch(/export declare const make: \(\) => \{\s*n: number;\s*\};/);
    expect(out['dist/b.d.ts']).toContain('export declare function twice(): number;');
    expect(out['dist/a.js']).toMatch(/const make = \(\) => helper\(\);/);
  });

  it('declaration-only files ship as they are', async () => {
    const out = await compilePackage([{ path: 'src/t.ts', content: 'export interface T { a: string }\n', typesOnly: true }]);
    expect(out).toEqual([{ path: 'dist/t.d.ts', content: 'export interface T { a: string }\n' }, { path: 'dist/t.js', content: 'export {};\n' }]);
  });
});
