/**
 * `src/client.ts`: one standalone, tree-shakable function per operation, `configure` for their
 * defaults, `createClient` binding options once, the typed `servers`; `src/runtime/client.ts`: the
 * spec-agnostic fetch/retry/error/paging/long-running code (templates/runtime/, see runtime-files.ts).
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures, type WriterFunction } from 'ts-morph';
import { compareStrings } from '../../model/names.ts';
import { RUNTIME_TYPE_EXPORTS, RUNTIME_VALUE_EXPORTS } from '../../model/plan-names.ts';
import type { ApiModel } from '../../model/types.ts';
import { id, key, trusted, ts } from '../../code/code.ts';
import { runtimeFiles } from '../runtime-files.ts';
import type { EmitContext, EmittedFile } from '../types.ts';
import { lroFailure, operationStatement, type OperationContext } from './operation-function.ts';
import { authType, securityStatement } from './security.ts';
import { routeTables, serverUrl, serversStatement } from './servers.ts';
import { argsAliases, usesPaths } from './signature.ts';

export function emitClient(model: ApiModel, ctx: EmitContext): EmittedFile[] {
  const opCtx: OperationContext = { model, routes: new Map(), runtime: new Set(), aliases: new Set() };
  const tables = routeTables(model, new Set(model.operations.map((o) => o.name)));
  opCtx.routes = tables.byOperation;
  const operations = model.operations.map((op) => operationStatement(op, opCtx));
  for (const op of model.operations) for (const a of argsAliases(op)) opCtx.aliases.add(a);
  if (model.operations.some(usesPaths)) opCtx.aliases.add('paths');
  const failures = failuresStatements(model, opCtx);
  opCtx.runtime.add('bind');
  opCtx.runtime.add('type ClientOptions as Options');
  const auth = authType(model, opCtx.runtime);

  const defaultBase = model.servers[0] ? serverUrl(model.servers[0]) : '';
  const statements: (string | StatementStructures | WriterFunction)[] = [
    `// ${ctx.header}`,
    `import { ${[...opCtx.runtime].sort((a, b) => compareStrings(a.replace(/^type /, ''), b.replace(/^type /, ''))).join(', ')} } from './runtime/client.js';`,
    ...(opCtx.aliases.size ? [`import type { ${[...opCtx.aliases].sort(compareStrings).join(', ')} } from './types.js';`] : []),
    ...(batchOperation(model) ? [
      `import { odataBatching, type BatchOptions, type BatchStepAnswer } from './runtime/batch.js';`,
      `export type { BatchOptions, BatchStep, BatchStepAnswer } from './runtime/batch.js';`,
    ] : []),
    `export { ${RUNTIME_VALUE_EXPORTS.join(', ')} } from './runtime/client.js';`,
    `export type { ${RUNTIME_TYPE_EXPORTS.join(', ')} } from './runtime/client.js';`,
    serversStatement(model),
    {
      kind: StructureKind.TypeAlias,
      name: 'ServerUrl',
      isExported: true,
      type: '(typeof servers)[number][\'url\']',
      docs: [{ description: 'A root URL of the spec (any other string is accepted too).' }],
    },
    (w) => {
      w.writeLine('/** Options of a client: `baseUrl` (default: the first of `servers`), `fetch`, ' +
        `${auth ? '`auth` (credentials per security scheme of the spec), ' : ''}\`getAccessToken\`, \`headers\`, \`signal\`, \`timeoutMs\`, \`retry\`, ` +
        '`onRequest`/`onResponse`, `validators`. */');
      w.write('export type ClientOptions = Options<ServerUrl');
      if (auth) {
        w.write(', ');
        auth(w);
      }
      w.write('>;').newLine();
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: 'Options of the standalone functions (see `configure`); `options.client` replaces them for one call.' }],
      declarations: [{ name: 'defaults', type: 'ClientOptions', initializer: ts`{ baseUrl: ${defaultBase} }`.toString() }],
    },
    {
      kind: StructureKind.Function,
      name: 'configure',
      isExported: true,
      docs: [{ description: 'Sets options of the standalone functions (merged into the current ones).' }],
      parameters: [{ name: 'options', type: 'ClientOptions' }],
      returnType: 'void',
      statements: 'Object.assign(defaults, options);',
    },
    ...securityStatement(model),
    ...tables.statements,
    ...operations,
    ...failures,
    {
      kind: StructureKind.Function,
      name: 'createClient',
      isExported: true,
      docs: [{ description: 'Every operation, bound to `options` (independent of `configure`); per-call options still apply.' }],
      parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }],
      returnType: 'ApiClient',
      statements: (w) => {
        w.writeLine(ts`const client: ClientOptions = { baseUrl: ${defaultBase}, ...options };`.toString());
        w.write('return ').inlineBlock(() => {
          for (const op of model.operations) w.writeLine(ts`${id(op.name)}: bind(${id(op.name)}, client),`.toString());
        }).write(';');
      },
    },
    {
      kind: StructureKind.Interface,
      name: 'ApiClient',
      isExported: true,
      docs: [{ description: 'What `createClient` returns: every operation, bound to its options.' }],
      properties: model.operations.map((op) => ({ name: op.name, isReadonly: true, type: `typeof ${op.name}` })),
    },
    ...batchStatements(model, defaultBase),
  ];
  const client = ctx.project.createSourceFile('src/client.ts', { statements }, { overwrite: true });
  return [
    { path: 'src/client.ts', content: client.getFullText() },
    ...runtimeFiles(['runtime/client.ts', ...(batchOperation(model) ? ['runtime/batch.ts'] : [])], ctx.header),
  ];
}

/** The spec's JSON batch endpoint (`x-specgen-batch`), the first when it has several. */
function batchOperation(model: ApiModel) {
  return model.operations.find((op) => op.batch);
}

/**
 * With a JSON batch endpoint: `createBatchClient(options)`, the same typed operations sending their
 * requests inside batches (runtime/batch.ts), with `flush()`.
 */
function batchStatements(model: ApiModel, defaultBase: string): (string | WriterFunction)[] {
  const op = batchOperation(model);
  if (!op?.batch) return [];
  return [
    (w) => {
      w.blankLineIfLastNot();
      w.writeLine('/**');
      w.writeLine(` * Every operation, bound to \`options\` like \`createClient\`, sending its request inside JSON batches`);
      w.writeLine(` * (\`${op.method.toUpperCase()} ${op.path.replace(/\*\//g, '*\/')}\`, at most ${op.batch!.maxRequests} requests each) instead of on its own: concurrent calls`);
      w.writeLine(' * share batches, each call still resolves to its own typed result or error, and a throttled inner');
      w.writeLine(' * request is retried after its own `Retry-After`. `flush()` sends what is queued now.');
      w.writeLine(' */');
      w.write('export function createBatchClient(options: ClientOptions & { batch?: BatchOptions } = {}): ApiClient & { flush(): Promise<void> } ').inlineBlock(() => {
        w.writeLine('const { batch: batchOptions, ...rest } = options;');
        w.writeLine(ts`const client: ClientOptions = { baseUrl: ${defaultBase}, ...rest };`.toString());
        w.writeLine('const direct = client.fetch ?? ((input: string, init: RequestInit) => fetch(input, init));');
        w.writeLine(ts`const batching = odataBatching(client.baseUrl ?? '', (body) => ${id(op.name)}({ body } as unknown as Parameters<typeof ${id(op.name)}>[0], { client }) as unknown as Promise<{ responses?: BatchStepAnswer[] }>, ${op.batch!.maxRequests}, direct, batchOptions);`.toString());
        w.writeLine('return { ...createClient({ ...rest, fetch: batching.fetch }), flush: batching.flush };');
      }).newLine();
    },
  ];
}

/**
 * With long-running operations: `OperationFailures` (what OperationFailedError's `error` holds, per
 * operation) and `isOperationFailed(e, operation?)`, the runtime's guard typed by it.
 */
function failuresStatements(model: ApiModel, ctx: OperationContext): WriterFunction[] {
  const lros = model.operations.filter((op) => op.longRunning);
  if (!lros.length) return [];
  ctx.runtime.add('isOperationFailed as operationFailed');
  ctx.runtime.add('type OperationFailedError');
  const members = lros.map((op) => ts`${key(op.name)}: ${trusted(lroFailure(op, ctx))};`);
  return [(w) => {
    w.blankLineIfLastNot();
    w.writeLine('/** What OperationFailedError\'s `error` holds, per long-running operation (`errorProperty` of `x-specgen-long-running`; `unknown` without one). */');
    w.write('export interface OperationFailures ').inlineBlock(() => {
      for (const m of members) w.writeLine(m.toString());
    }).newLine();
    w.blankLine();
    w.writeLine('/**');
    w.writeLine(' * `e` is an OperationFailedError (of `operation`, when given), its `error` typed by the spec:');
    w.writeLine(' * `catch (e) { if (isOperationFailed(e)) console.log(e.error?.code); }`.');
    w.writeLine(' */');
    w.write('export function isOperationFailed<Op extends keyof OperationFailures = keyof OperationFailures>(e: unknown, operation?: Op): ' +
      'e is OperationFailedError<OperationFailures[Op]> ').inlineBlock(() => {
      w.writeLine('return operationFailed(e, operation);');
    }).newLine();
  }];
}
