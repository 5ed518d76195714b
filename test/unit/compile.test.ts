import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePackage, isolatedDeclarationProblems } from '../../generator/emit/package/compile.ts';
import { renderTarget } from '../../generator/pipeline.ts';
import { fixture, ROOT } from '../helpers/cli.ts';

describe('compiling the generated package', () => {
  for (const [name, spec] of [
    ['graph-connectors', path.join(ROOT, 'spec/graph-connectors.yaml')],
    ['petstore-3.0', fixture('specs/petstore-3.0.yaml')],
    ['features-3.1', fixture('specs/features-3.1.yaml')],
  ] as const) {
    it(`${name}: every emitted file gets its declarations on its own (isolated declarations, no full program)`, async () => {
      const { files } = await renderTarget({ spec, out: path.join(ROOT, '.tmp/compile-test', name) });
      const sources = files.filter((f) => f.path.startsWith('src/'));
      expect(sources.length).toBeGreaterThan(5);
      expect(sources.flatMap((f) => isolatedDeclarationProblems(f))).toEqual([]);
    });
  }

  it('a file that needs inference still compiles, through the full-program fallback', () => {
    const files = [
      { path: 'src/a.ts', content: 'function helper() {\n  return { n: 1 };\n}\nexport const make = () => helper();\n' },
      { path: 'src/b.ts', content: "import { make } from './a.js';\nexport function twice(): number { return make().n * 2; }\n" },
    ];
    expect(isolatedDeclarationProblems(files[0]!).length).toBeGreaterThan(0);
    const out = Object.fromEntries(compilePackage(files).map((f) => [f.path, f.content]));
    expect(out['dist/a.d.ts']).toMatch(/export declare const make: \(\) => \{\s*n: number;\s*\};/);
    expect(out['dist/b.d.ts']).toContain('export declare function twice(): number;');
    expect(out['dist/a.js']).toMatch(/const make = \(\) => helper\(\);/);
  });

  it('declaration-only files ship as they are', () => {
    const out = compilePackage([{ path: 'src/t.ts', content: 'export interface T { a: string }\n', typesOnly: true }]);
    expect(out).toEqual([{ path: 'dist/t.d.ts', content: 'export interface T { a: string }\n' }, { path: 'dist/t.js', content: 'export {};\n' }]);
  });
});
