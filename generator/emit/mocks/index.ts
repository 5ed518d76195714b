/**
 * `src/mocks.ts` (framework-neutral core on web standards), `src/mock-server.ts` (node:http adapter)
 * and `src/msw.ts` (msw 2 adapter): a stateful mock of the API, driven by the facts planned from the
 * model, emitted as JSON data next to the runtime.
 */
import { jsonLiteral, lineComment } from '../../code/text.ts';
import type { ApiModel } from '../../model/types.ts';
import type { EmitContext, EmittedFile } from '../types.ts';
import { originOf, planOperations } from './operations.ts';
import { CORE_MODULES, runtimeModule } from './runtime-text.ts';

export function emitMocks(model: ApiModel, ctx: EmitContext): EmittedFile[] {
  const plan = planOperations(model);
  const origins = [...new Set([...model.servers, ...model.operations.flatMap((o) => o.servers ?? [])].map(originOf).filter((o): o is string => !!o))].sort();
  const spec = {
    title: model.title,
    basePaths: plan.basePaths,
    origins,
    resources: plan.resources,
    operations: plan.operations,
    defaultErrorCodes: plan.defaultErrorCodes,
  };
  const header = `// ${ctx.header}`;
  const mocks = ctx.project.createSourceFile('src/mocks.ts', {
    statements: [
      header,
      `/** Stateful mock of ${lineComment(model.title)}: \`createMockHandler(options)\` answers \`Request\`s with \`Response\`s. */`,
      `import * as validators from './validators.js';`,
      ...CORE_MODULES.map(runtimeModule),
      `/** What the mock knows about the API, planned from the spec by specgen (data only). */`,
      `export const MOCK_SPEC: MockSpec = ${jsonLiteral(spec)};`,
      `/** A mock of ${lineComment(model.title)} as a fetch-style handler: \`(request: Request) => Promise<Response>\`, plus test controls. */
export function createMockHandler(options: MockOptions = {}): MockHandler {
  return createMockRuntime(MOCK_SPEC, validators as unknown as Record<string, unknown>, options);
}`,
    ],
  }, { overwrite: true });
  const server = ctx.project.createSourceFile('src/mock-server.ts', {
    statements: [
      header,
      `import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';`,
      `import type { AddressInfo } from 'node:net';`,
      `import { createMockHandler, type MockAnswer, type MockFaults, type MockHandler, type MockOptions, type MockState } from './mocks.js';`,
      runtimeModule('server').replace(/^import [^;]*? from 'node:[^']+';\n/gm, ''),
    ],
  }, { overwrite: true });
  const msw = ctx.project.createSourceFile('src/msw.ts', {
    statements: [
      header,
      `import { http, type HttpHandler } from 'msw';`,
      `import { createMockHandler, type MockHandler, type MockOptions } from './mocks.js';`,
      runtimeModule('msw').replace(/^import [^;]*? from 'msw';\n/gm, ''),
    ],
  }, { overwrite: true });
  return [
    { path: 'src/mocks.ts', content: mocks.getFullText() },
    { path: 'src/mock-server.ts', content: server.getFullText() },
    { path: 'src/msw.ts', content: msw.getFullText() },
  ];
}
