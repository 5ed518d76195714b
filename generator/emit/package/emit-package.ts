import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { str } from '../../code/code.ts';
import { markdownCode, markdownText } from '../../code/text.ts';
import type { ApiModel } from '../../model/types.ts';
import { authExample, operationExample } from './readme-examples.ts';
import type { EmitContext, EmittedFile } from '../types.ts';

const TEMPLATES = new URL('../../../templates/', import.meta.url);

/** Handlebars with no HTML escaping (the outputs are JSON and Markdown) and explicit, safe helpers. */
function createHandlebars(): typeof Handlebars {
  const hb = Handlebars.create();
  // JSON values: quoted and escaped by JSON itself.
  hb.registerHelper('json', (value: unknown) => new hb.SafeString(JSON.stringify(value ?? null)));
  // A JSON value on several lines, nested `indent` levels deep.
  hb.registerHelper('jsonBlock', (value: unknown, indent: number) =>
    new hb.SafeString(JSON.stringify(value ?? null, null, 2).replace(/\n/g, `\n${' '.repeat(typeof indent === 'number' ? indent : 0)}`)));
  // Spec text as Markdown: escaped so it renders literally (no HTML, links, emphasis or code spans).
  hb.registerHelper('md', (value: unknown) => new hb.SafeString(markdownLines(String(value ?? ''))));
  // Spec text inside a code span: a fence longer than any backtick run in it.
  hb.registerHelper('mdCode', (...args: unknown[]) => new hb.SafeString(markdownCode(args.slice(0, -1).map(String).join(' '))));
  // A code block whose fence no line of the code can close.
  hb.registerHelper('codeBlock', (lang: unknown, code: unknown) => new hb.SafeString(codeBlock(String(lang), String(code ?? ''))));
  // A string as a single-quoted TS literal (README code).
  hb.registerHelper('jsonString', (value: unknown) => new hb.SafeString(str(String(value ?? '')).toString()));
  // A Markdown table cell: one line, escaped (pipes included).
  hb.registerHelper('cell', (value: unknown) => new hb.SafeString(markdownText(String(value ?? ''))));
  return hb;
}

/** Several lines of spec text as Markdown: each line escaped, paragraphs kept. */
function markdownLines(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').split('\n').map(markdownText).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** A fenced code block: the fence is longer than any backtick run inside, so the code cannot end it. */
function codeBlock(lang: string, code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${/^[a-z]+$/.test(lang) ? lang : ''}\n${code}\n${fence}`;
}

const cache = new Map<string, Handlebars.TemplateDelegate>();
export function renderTemplate(name: string, data: unknown): string {
  let template = cache.get(name);
  if (!template) {
    template = createHandlebars().compile(readFileSync(new URL(name, TEMPLATES), 'utf8'), { noEscape: true, strict: false });
    cache.set(name, template);
  }
  const text = template(data).replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n');
  return text.endsWith('\n') ? text : text + '\n';
}

/** Modules of `src/` that are entry points of the package, and the subpath each is published at. */
export const ENTRY_POINTS: [module: string, subpath: string][] = [
  ['index', '.'],
  ['types', './types'],
  ['client', './client'],
  ['validators', './validators'],
  ['mocks', './mocks'],
  ['mock-server', './mocks/server'],
  ['msw', './mocks/msw'],
];

/** The `exports` map: every entry point that was generated, with its declarations first. */
export function exportsMap(paths: string[]): Record<string, { types: string; default: string }> {
  const have = new Set(paths);
  const out: Record<string, { types: string; default: string }> = {};
  for (const [module, subpath] of ENTRY_POINTS) {
    if (have.has(`dist/${module}.js`)) out[subpath] = { types: `./dist/${module}.d.ts`, default: `./dist/${module}.js` };
  }
  return out;
}

const ENTRY_DESCRIPTIONS: Record<string, string> = {
  '.': 'everything below (types, client, validators)',
  './types': 'TypeScript types for every schema and operation',
  './client': 'the typed client: one function per operation, `createClient`, errors, retries, paging, long-running operations',
  './validators': 'standalone validators: `isX`, `validateX`, Standard Schema',
  './mocks': 'the stateful mock as a `(Request) => Promise<Response>` handler',
  './mocks/server': 'the mock on a Node HTTP server (`startMockServer`)',
  './mocks/msw': 'the mock as msw handlers (msw is an optional peer dependency)',
};

function readmeData(model: ApiModel, paths: string[]) {
  const examples = model.operations.map((op) => operationExample(op, model.document));
  const argsOf = (code: string | undefined) => /\((\{[\s\S]*?\})\)/.exec(code ?? '')?.[1] ?? '{}';
  const first = model.operations.find((o) => o.method === 'get' && !o.pagination) ?? model.operations[0];
  const paged = model.operations.find((o) => o.pagination);
  const lro = model.operations.find((o) => o.longRunning);
  const server = model.servers[0]?.url ?? 'http://localhost';
  return {
    entries: Object.keys(exportsMap(paths)).map((subpath) => ({ subpathSuffix: subpath === '.' ? '' : subpath.slice(1), what: ENTRY_DESCRIPTIONS[subpath] ?? '' })),
    operations: examples,
    firstServer: server,
    firstServerPath: /^[a-z]+:\/\/[^/]+(\/.*)?$/i.exec(server)?.[1] ?? '',
    firstOperation: first?.name,
    firstOperationArgs: argsOf(examples.find((e) => e.name === first?.name)?.code),
    pagedOperation: paged?.name,
    lroOperation: lro?.name,
    batchOperation: model.operations.find((o) => o.batch)?.name,
    batchMaxRequests: model.operations.find((o) => o.batch)?.batch?.maxRequests,
    lroOperationArgs: argsOf(examples.find((e) => e.name === lro?.name)?.code),
    firstSchema: model.schemas.find((s) => isObjectSchema(s.schema))?.typeName ?? model.schemas[0]?.typeName,
    hasMocks: paths.includes('dist/mock-server.js'),
    authOptions: authExample(model),
  };
}

function isObjectSchema(schema: unknown): boolean {
  return !!schema && typeof schema === 'object' && ((schema as { type?: unknown }).type === 'object' || 'properties' in schema || 'allOf' in schema);
}

/** The generated package's package.json and README, from templates/. */
export function emitPackage(model: ApiModel, ctx: EmitContext, paths: string[]): EmittedFile[] {
  const info = (model.document.info ?? {}) as Record<string, unknown>;
  const license = (info.license ?? {}) as Record<string, unknown>;
  const data = {
    packageName: ctx.packageName,
    title: model.title,
    version: model.version,
    // One line: the 3.1 `summary`, else the description's first sentence.
    description: (typeof info.summary === 'string' ? info.summary : model.description?.split(/(?<=\.)\s|\n\s*\n/)[0] ?? model.title)
      .replace(/\s+/g, ' ').replace(/\*\*|`/g, '').trim(),
    license: typeof license.identifier === 'string' ? license.identifier : typeof license.name === 'string' ? license.name : 'UNLICENSED',
    specPath: ctx.specPath,
    schemas: model.schemas.map((s) => ({ typeName: s.typeName, description: s.description?.split('\n')[0] ?? '' })),
    exampleTypes: model.schemas.slice(0, 3).map((s) => s.typeName),
    exports: exportsMap(paths),
    msw: paths.includes('dist/msw.js'),
    ...readmeData(model, paths),
  };
  return [
    { path: 'package.json', content: renderTemplate('package.json.hbs', data) },
    { path: 'README.md', content: renderTemplate('README.md.hbs', data) },
  ];
}
