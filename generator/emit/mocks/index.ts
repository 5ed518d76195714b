/**
 * `src/mocks.ts` (framework-neutral core on web standards), `src/mock-server.ts` (node:http adapter)
 * and `src/msw.ts` (msw 2 adapter): a stateful mock of the API, driven by the facts planned from the
 * model, emitted as JSON data next to the runtime.
 *
 * Every piece of spec text reaches the files through the code kit: data as `value()` literals,
 * strings as `str()`, comments through `lineComment`. The data is laid out so that a type checker's
 * work stays linear in the spec's size: each operation is its own declaration annotated
 * `MockOperation` (an array literal of thousands of distinct object literals makes TypeScript build
 * their union: TS2590 on large specs), and example bodies are JSON text (MockSpec.examples).
 */
import { id, join, str, trusted, ts, value, type Code } from '../../code/code.ts';
import { joinStatements, lineComment } from '../../code/text.ts';
import type { ApiModel } from '../../model/types.ts';
import type { EmitContext, EmittedFile } from '../types.ts';
import { originOf, planOperations } from './operations.ts';
import { runtimeFiles } from '../runtime-files.ts';

/** Keeps mock-server.d.ts saying that it needs Node's types (TypeScript drops the directive without `preserve`). */
export const NODE_TYPES_REFERENCE = '/// <reference types="node" preserve="true" />';

function specDeclarations(model: ApiModel, ctx: EmitContext): Code {
  const plan = planOperations(model, ctx.mockData);
  const origins = [...new Set([...model.servers, ...model.operations.flatMap((o) => o.servers ?? [])].map(originOf).filter((o): o is string => !!o))].sort();
  const operations = plan.operations.map((op, i) => ({ name: id(`MOCK_OPERATION_${i}`), op }));
  return join([
    trusted('/** Resources the mock keeps state for, by path template. */'),
    ts`const MOCK_RESOURCES: Record<string, MockResource> = ${value(plan.resources)};`,
    trusted('/** Bodies as text (JSON, text, base64), each once (`MockBody.example` and `MockResource.fill` index them). */'),
    ts`const MOCK_EXAMPLES: string[] = ${value(plan.examples)};`,
    ...operations.map(({ name, op }) => ts`const ${name}: MockOperation = ${value(op)};`),
    trusted('/** What the mock knows about the API, planned from the spec by specgen (data only). */'),
    ts`export const MOCK_SPEC: MockSpec = {
  title: ${str(model.title)},${model.profile ? ts`
  profile: ${model.profile},` : trusted('')}
  basePaths: ${value(plan.basePaths, 0)},
  origins: ${value(origins, 0)},
  securitySchemes: ${value(plan.securitySchemes, 0)},
  resources: MOCK_RESOURCES,
  operations: [${operations.length ? ts`\n    ${join(operations.map((o) => o.name), ',\n    ')},\n  ` : trusted('')}],
  defaultErrorCodes: ${value(plan.defaultErrorCodes, 0)},${plan.throttling ? ts`
  throttling: ${value(plan.throttling, 0)},` : trusted('')}
  examples: MOCK_EXAMPLES,
};`,
  ], '\n');
}

/** Runtime types the generated `mocks.ts` re-exports (its public API), by runtime module. */
const PUBLIC_TYPES: [string, string[]][] = [
  ['handler', ['MockAnswer', 'MockControls', 'MockHandler', 'MockState']],
  ['options', ['MockBehaviour', 'MockBehaviourContext', 'MockCaller', 'MockFaults', 'MockOptions']],
  ['spec', ['JsonObject', 'MockOperation', 'MockResource', 'MockSpec']],
];

export function emitMocks(model: ApiModel, ctx: EmitContext): EmittedFile[] {
  const header = `// ${lineComment(ctx.header)}`;
  const title = lineComment(model.title);
  // Finished text (the plan table is megabytes on big specs): joined, not parsed by ts-morph.
  const mocks = joinStatements([
    header,
    `/** Stateful mock of ${title}: \`createMockHandler(options)\` answers \`Request\`s with \`Response\`s. */`,
    `import * as validators from './validators.js';`,
    `import { createMockRuntime, type MockHandler } from './mock-runtime/handler.js';`,
    `import type { MockOptions } from './mock-runtime/options.js';`,
    `import type { MockOperation, MockResource, MockSpec } from './mock-runtime/spec.js';`,
    ...PUBLIC_TYPES.map(([module, names]) => `export type { ${names.join(', ')} } from './mock-runtime/${module}.js';`),
    `export { FAULT_HEADER } from './mock-runtime/faults.js';`,
    `export { MockStrictError } from './mock-runtime/errors.js';`,
    String(specDeclarations(model, ctx)),
    `/** A mock of ${title} as a fetch-style handler: \`(request: Request) => Promise<Response>\`, plus test controls. */
export function createMockHandler(options: MockOptions = {}): MockHandler {
  return createMockRuntime(MOCK_SPEC, validators as unknown as Record<string, unknown>, options);
}`,
  ]);
  const server = ctx.project.createSourceFile('src/mock-server.ts', {
    statements: [
      header,
      NODE_TYPES_REFERENCE,
      `import { serveMock, type MockServer, type MockServerOptions } from './mock-runtime/server.js';`,
      `import { createMockHandler } from './mocks.js';`,
      `export type { MockServer, MockServerOptions } from './mock-runtime/server.js';`,
      `export type { MockAnswer, MockFaults, MockHandler, MockOptions, MockState } from './mocks.js';`,
      `/** Starts the mock on \`host:port\` (default 127.0.0.1, any free port); \`close()\` stops it. */
export function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  return serveMock(createMockHandler, options);
}`,
    ],
  }, { overwrite: true });
  const msw = ctx.project.createSourceFile('src/msw.ts', {
    statements: [
      header,
      `import type { HttpHandler } from 'msw';`,
      `import { mswMock, type MswMockOptions } from './mock-runtime/msw.js';`,
      `import { createMockHandler, type MockHandler } from './mocks.js';`,
      `export { mswHandlersFor, type MswMockOptions } from './mock-runtime/msw.js';`,
      `/** A new mock and its msw handlers: \`setupServer(...createMswHandlers().handlers)\`. */
export function createMswHandlers(options: MswMockOptions = {}): { handlers: HttpHandler[]; mock: MockHandler } {
  return mswMock(createMockHandler, options);
}`,
    ],
  }, { overwrite: true });
  return [
    { path: 'src/mocks.ts', content: mocks },
    { path: 'src/mock-server.ts', content: server.getFullText() },
    { path: 'src/msw.ts', content: msw.getFullText() },
    ...runtimeFiles(['mock-runtime/handler.ts', 'mock-runtime/server.ts', 'mock-runtime/msw.ts'], ctx.header),
  ];
}
