/**
 * The generated client's types: results are the right aliases, and wrong calls do not compile.
 * `expectTypeOf` checks what vitest's transform sees; the `@ts-expect-error` snippet is compiled with
 * the TypeScript compiler API under --strict (an unused directive is itself an error).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../../generated/graph-connectors/dist/client.js';
import type {
  CreateConnectionResponse201, ExternalConnection, GetConnectionOperationResponse200, GetConnectionResponse200,
  ListConnectionsResponse200,
} from '../../generated/graph-connectors/dist/types.js';
import { ROOT, tempDir } from '../helpers/cli.ts';

describe('result types', () => {
  it('are the aliases of types.ts', () => {
    expectTypeOf(api.getConnection).returns.resolves.toEqualTypeOf<GetConnectionResponse200>();
    expectTypeOf(api.createConnection).returns.resolves.toEqualTypeOf<CreateConnectionResponse201>();
    expectTypeOf(api.listConnections).returns.resolves.toEqualTypeOf<ListConnectionsResponse200>();
    expectTypeOf(api.updateConnection).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(api.deleteConnection).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(api.registerSchema).returns.resolves.toEqualTypeOf<api.LongRunningOperation<GetConnectionOperationResponse200>>();
    expectTypeOf(api.listConnections.all).returns.toEqualTypeOf<AsyncGenerator<ExternalConnection, void, undefined>>();
    expectTypeOf(api.listConnections.pages).returns.toEqualTypeOf<AsyncGenerator<ListConnectionsResponse200, void, undefined>>();
    expectTypeOf(api.createClient().getConnection).toEqualTypeOf(api.getConnection);
    expectTypeOf<api.ServerUrl>().toEqualTypeOf<(typeof api.servers)[number]['url']>();
    expectTypeOf<'https://graph.microsoft.us/beta'>().toMatchTypeOf<api.ServerUrl>();
  });
});

const SNIPPET = `
import { createClient, createConnection, getConnection, getSchema, isApiError, listConnections, registerSchema, servers, updateConnection } from '${path.join(ROOT, 'generated/graph-connectors/dist/client.js').split(path.sep).join('/')}';

export async function ok() {
  const client = createClient({ baseUrl: 'https://graph.microsoft.us/beta', getAccessToken: async () => 't', retry: { attempts: 2 } });
  createClient({ baseUrl: servers[3].url });
  createClient({ baseUrl: 'http://localhost:8080/v1.0' });
  const c = await client.getConnection({ connectionId: 'a', select: ['id'] });
  const state: 'draft' | 'ready' | 'obsolete' | 'limitExceeded' | 'unknownFutureValue' | undefined = c.state;
  await createConnection({ body: { id: 'a', name: 'n', description: 'd' } });
  await getSchema({ connectionId: 'a', prefer: 'include-unknown-enum-members' });
  for await (const x of listConnections.all({})) x.id satisfies string | undefined;
  const op = await (await registerSchema({ connectionId: 'a', body: { baseType: 'microsoft.graph.externalItem', properties: [] } })).wait();
  op.status satisfies string | undefined;
  try { await updateConnection({ connectionId: 'a', body: {} }); } catch (e) { if (isApiError(e, 409)) e.status satisfies number; }
  return state;
}

export async function wrong() {
  // @ts-expect-error a missing path parameter
  await getConnection({});
  // @ts-expect-error a misspelt path parameter
  await getConnection({ connectionID: 'a' });
  // @ts-expect-error a missing body
  await createConnection({});
  // @ts-expect-error a wrong body: name must be a string
  await createConnection({ body: { id: 'a', name: 1, description: 'd' } });
  // @ts-expect-error a wrong body: required description missing
  await createConnection({ body: { id: 'a', name: 'n' } });
  // @ts-expect-error a wrong enum in a header parameter
  await getSchema({ connectionId: 'a', prefer: 'respond-async' });
  // @ts-expect-error a wrong enum in a body
  await updateConnection({ connectionId: 'a', body: { state: 'bogus' } });
  // @ts-expect-error a wrong query parameter type
  await getConnection({ connectionId: 'a', select: 'id' });
  // @ts-expect-error unknown options
  createClient({ baseURL: 'x' });
  // @ts-expect-error the result is not a string
  const s: string = await getConnection({ connectionId: 'a' });
  return s;
}
`;

describe('wrong calls do not compile', () => {
  it('every @ts-expect-error is needed and nothing else fails', async () => {
    const file = path.join(await tempDir('specgen-client-types-'), 'snippet.ts');
    await writeFile(file, SNIPPET);
    const program = ts.createProgram([file], {
      strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [],
      noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, allowImportingTsExtensions: false,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => {
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
      return `${line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
    expect(diagnostics).toEqual([]);
  });
});
