import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

const PKG = path.join(ROOT, 'generated/graph-connectors');

/** Every TypeScript block of the generated README, each in its own scope, imports hoisted. */
function readmeProgramText(readme: string, packageName: string): string {
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const imports = new Set<string>();
  const bodies = blocks.map((block, i) => {
    const lines = block.split('\n');
    for (const l of lines.filter((l) => l.startsWith('import '))) imports.add(l);
    return `async function example${i}() {\n${lines.filter((l) => !l.startsWith('import ')).join('\n')}\n}\nvoid example${i};`;
  });
  // Names the snippets share (the README introduces them once): `client`, and `data` for validators.
  const hasCreateClient = [...imports].some((l) => /\bcreateClient\b/.test(l));
  const prelude = `${hasCreateClient ? '' : `import { createClient } from '${packageName}/client';\n`}const client = createClient({});\ndeclare const data: unknown;\ndeclare const process: { env: Record<string, string | undefined> };`;
  return [...imports].join('\n') + '\n' + prelude + '\n' + bodies.join('\n');
}

/**
 * The operations a client module declares, in order: exported async functions (their declarations
 * return a Promise) and paged operations (`const x: Paged<...>`).
 */
function operationsOf(declarations: string): string[] {
  const sf = ts.createSourceFile('client.d.ts', declarations, ts.ScriptTarget.ES2022, true);
  const exported = (s: ts.Statement) => ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  return sf.statements.filter(exported).flatMap((s) => {
    if (ts.isFunctionDeclaration(s)) return s.name && s.type?.getText(sf).startsWith('Promise<') ? [s.name.text] : [];
    if (ts.isVariableStatement(s)) {
      return s.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) && d.type?.getText(sf).startsWith('Paged<') ? [d.name.text] : []));
    }
    return [];
  });
}

describe('the generated README', () => {
  const readme = readFileSync(path.join(PKG, 'README.md'), 'utf8');
  const pkg = JSON.parse(readFileSync(path.join(PKG, 'package.json'), 'utf8')) as { name: string };

  it('has one example per operation, and the error, retry, paging and LRO usage', () => {
    const ops = operationsOf(readFileSync(path.join(PKG, 'dist/client.d.ts'), 'utf8'));
    expect(ops.length).toBe(23);
    for (const op of ops) expect(readme, op).toContain(`### \`${op}\``);
    for (const section of ['## Errors', '## Retries', '## Batching', '## Paging', '## Long-running operations', '## Validators']) expect(readme).toContain(section);
  });

  it('every code block type-checks against the package (strict)', () => {
    const file = path.join(PKG, '__readme_examples__.ts');
    // each subpath of the exports map to its module in dist/ (the .d.ts beside it gives the types)
    const text = readmeProgramText(readme, pkg.name).replaceAll(`'${pkg.name}/`, "'./dist/").replace(/from '\.\/dist\/([\w/-]+)'/g, (_m, p: string) => `from './dist/${p === 'mocks/server' ? 'mock-server' : p === 'mocks/msw' ? 'msw' : p}.js'`);
    const options: ts.CompilerOptions = {
      strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [], skipLibCheck: true,
    };
    const host = ts.createCompilerHost(options);
    const read = host.readFile.bind(host);
    host.readFile = (f) => (f === file ? text : read(f));
    const exists = host.fileExists.bind(host);
    host.fileExists = (f) => f === file || exists(f);
    const program = ts.createProgram([file], options, host);
    const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file)
      .map((d) => `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(errors).toEqual([]);
  });
});
