/**
 * The one way runtime code gets into a package: real, type-checked TypeScript modules under
 * `templates/runtime/` (client, parameter codec, credentials) and `templates/mock-runtime/` (the
 * mock), copied byte for byte to the same relative place under `src/` (`src/runtime/client.ts`,
 * `src/mock-runtime/handler.ts`), after one header comment line. Nothing is cut out, renamed or
 * rewritten: the modules import each other with `.js` specifiers, which resolve the same way in
 * the templates and in the package. An entry module brings the modules it imports (found by
 * TypeScript's own import scanner, type-only imports included), so a package gets exactly what its
 * emitters use. Generated files import from these modules; the data they hand the runtime is typed
 * by the runtime's own interfaces (e.g. `MockSpec`), which the generator imports too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { lineComment } from '../code/text.ts';
import type { EmittedFile } from './types.ts';

const TEMPLATES = new URL('../../templates/', import.meta.url);
/** Template folders whose modules ship in packages. */
const RUNTIME_DIRS = ['runtime/', 'mock-runtime/'];

const texts = new Map<string, string>();

function read(rel: string): string {
  let text = texts.get(rel);
  if (text === undefined) {
    text = readFileSync(new URL(rel, TEMPLATES), 'utf8');
    texts.set(rel, text);
  }
  return text;
}

/** Relative modules `rel` imports (`./x.js` -> `dir/x.ts`). */
function importsOf(rel: string): string[] {
  const out: string[] = [];
  for (const imported of ts.preProcessFile(read(rel), true, false).importedFiles) {
    const spec = imported.fileName;
    if (!spec.startsWith('.')) continue;
    if (!spec.endsWith('.js')) throw new Error(`${rel}: runtime imports use '.js' specifiers (${spec})`);
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), spec.slice(0, -3) + '.ts'));
    if (!RUNTIME_DIRS.some((d) => target.startsWith(d))) throw new Error(`${rel}: imports ${spec}, outside the runtime folders`);
    out.push(target);
  }
  return out;
}

/** The entry modules and everything they import, as package files (`src/<folder>/<module>.ts`), sorted. */
export function runtimeFiles(entries: string[], header: string): EmittedFile[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const rel = queue.pop()!;
    if (seen.has(rel)) continue;
    if (!RUNTIME_DIRS.some((d) => rel.startsWith(d))) throw new Error(`not a runtime module: ${rel}`);
    seen.add(rel);
    queue.push(...importsOf(rel));
  }
  const head = `// ${lineComment(header)}\n`;
  return [...seen].sort().map((rel) => ({ path: `src/${rel}`, content: head + read(rel) }));
}
