/**
 * The static runtime: real, type-checked TypeScript in templates/mock-runtime/, passed into the
 * generated files as text. Sibling imports are dropped (the modules become one file) and only the
 * public API keeps its `export`.
 */
import { readFileSync } from 'node:fs';

const RUNTIME = new URL('../../../templates/mock-runtime/', import.meta.url);

/** Module order of the generated `mocks.ts`: each after what it uses. */
export const CORE_MODULES = ['spec', 'random', 'errors', 'store', 'router', 'options', 'behaviours', 'engine', 'request', 'faults', 'actions', 'handler'];

/** Runtime functions and constants that stay exported (every interface and type alias does). */
const PUBLIC_VALUES = new Set(['createMockRuntime', 'FAULT_HEADER', 'startMockServer', 'createMswHandlers', 'mswHandlersFor']);

const cache = new Map<string, string>();

export function runtimeModule(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`${name}.ts`, RUNTIME), 'utf8')
      .replace(/\r\n?/g, '\n')
      .replace(/^import [^;]*? from '\.\/[^']+';\n/gms, '')
      .replace(/^export ((?:async )?function|const|class) (\w+)/gm, (all, kind: string, id: string) => (PUBLIC_VALUES.has(id) ? all : `${kind} ${id}`))
      .trim();
    cache.set(name, text);
  }
  return text;
}
