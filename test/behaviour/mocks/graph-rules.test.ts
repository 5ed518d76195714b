/**
 * Graph rules of issue 13 item 3 that the mock enforces through generic extensions, over real HTTP
 * against the generated Graph connectors mock (strict mode: every answer must fit the spec):
 * per-element results (`x-specgen-mock.results`, addActivities 200/207/400), the Graph profile's
 * `@odata.context`, OwnedBy callers refused with `ownership.deniedStatus` (403 accessDenied), and
 * the connection state gates of the reference's section 4 (`requires`, with `when: create | replace`).
 * The extensions' own checks (located bad-extension errors) close the file.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planOperations } from '../../../generator/emit/mocks/operations.ts';
import { SpecError } from '../../../generator/load/errors.ts';
import { loadSpec } from '../../../generator/load/index.ts';
import { buildModel } from '../../../generator/model/build.ts';
import { tempDir } from '../../helpers/cli.ts';
import { call, item, jwt, readyConnection, SCHEMA, withServer, type Answer, type MockServer } from './helpers.ts';

let server: MockServer;
let v1: string;
beforeAll(async () => {
  server = await withServer();
  v1 = `${server.url}/v1.0`;
});
afterAll(() => server?.close());

function expectGraphError(a: Answer, status: number, code?: string): void {
  expect(a.status, a.text).toBe(status);
  expect(a.body?.error?.message).toEqual(expect.any(String));
  if (code !== undefined) expect(a.body.error.code).toBe(code);
}

const activity = (type: string, startDateTime: string, user = 'e811976d-83df-4cbd-8b9b-5215b18aa874') => ({
  '@odata.type': '#microsoft.graph.externalConnectors.externalActivity',
  type,
  startDateTime,
  performedBy: { type: 'user', id: user },
});

describe('addActivities: per-element results (x-specgen-mock.results)', () => {
  const at = '/external/connections/acts/items/i1/addActivities';
  beforeAll(async () => {
    await readyConnection(v1, 'acts');
    expect((await call(v1, 'PUT', '/external/connections/acts/items/i1', item(1))).status).toBe(200);
  });

  it('every activity valid: 200, one result per activity in order, each the activity with error null', async () => {
    const sent = [activity('created', '2024-05-06T10:00:00Z'), activity('viewed', '2024-05-06T10:05:00Z', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d')];
    const a = await call(v1, 'POST', at, { activities: sent });
    expect(a.status, a.text).toBe(200);
    expect(a.body.value).toHaveLength(2);
    expect(a.body.value.map((r: { type: string }) => r.type)).toEqual(['created', 'viewed']);
    expect(a.body.value[1]).toMatchObject({ startDateTime: '2024-05-06T10:05:00Z', performedBy: { type: 'user', id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' }, error: null });
    for (const r of a.body.value) expect(r).toHaveProperty('error', null);
    // The request's `externalActivity` annotation does not fit a result; the answer still fits the spec (strict).
    expect(a.body.value[0]['@odata.type']).not.toBe('#microsoft.graph.externalConnectors.externalActivity');
  });

  it('one activity the behaviour refuses (start in the future): 207, error on that one only, with the 400 code', async () => {
    const sent = [activity('created', '2024-05-06T10:00:00Z'), activity('modified', '2999-01-01T00:00:00Z'), activity('commented', '2024-05-06T11:00:00Z')];
    const a = await call(v1, 'POST', at, { activities: sent });
    expect(a.status, a.text).toBe(207);
    expect(a.body.value).toHaveLength(3);
    expect(a.body.value[0].error).toBeNull();
    expect(a.body.value[2].error).toBeNull();
    expect(a.body.value[1]).toMatchObject({ type: 'modified', startDateTime: '2999-01-01T00:00:00Z' });
    expect(a.body.value[1].error).toEqual({ code: 'invalidRequest', message: expect.stringMatching(/future/) });
  });

  it("'in the future' follows the mock's clock (the clock option), not the wall clock", async () => {
    const past = await withServer({ clock: () => Date.UTC(2020, 0, 1) });
    try {
      const base = `${past.url}/v1.0`;
      await readyConnection(base, 'clocked');
      expect((await call(base, 'PUT', '/external/connections/clocked/items/i1', item(1))).status).toBe(200);
      const a = await call(base, 'POST', '/external/connections/clocked/items/i1/addActivities', { activities: [activity('viewed', '2019-12-31T23:00:00Z'), activity('viewed', '2024-05-06T10:00:00Z')] });
      expect(a.status, a.text).toBe(207);
      expect(a.body.value[0].error).toBeNull();
      expect(a.body.value[1].error).toEqual({ code: 'invalidRequest', message: expect.stringMatching(/future/) });
    } finally {
      await past.close();
    }
  });

  it('every activity refused is still 207 (partial), not an error answer', async () => {
    const a = await call(v1, 'POST', at, { activities: [activity('viewed', '2999-01-01T00:00:00Z')] });
    expect(a.status, a.text).toBe(207);
    expect(a.body.value[0].error.code).toBe('invalidRequest');
  });

  it('21 activities: 400 (at most 20 per call); 20 are fine', async () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => activity('viewed', `2024-05-06T10:${String(i).padStart(2, '0')}:00Z`));
    expectGraphError(await call(v1, 'POST', at, { activities: many(21) }), 400, 'invalidRequest');
    const ok = await call(v1, 'POST', at, { activities: many(20) });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.value).toHaveLength(20);
  });

  it('an unknown item: 404, no results', async () => {
    expectGraphError(await call(v1, 'POST', '/external/connections/acts/items/nope/addActivities', { activities: [activity('viewed', '2024-05-06T10:00:00Z')] }), 404, 'itemNotFound');
  });
});

describe('@odata.context (Graph profile)', () => {
  const meta = (base: string) => `${server.url}${base}/$metadata#`;
  const first = (a: Answer) => Object.keys(a.body)[0];
  let operation = '';
  beforeAll(async () => {
    const created = await call(v1, 'POST', '/external/connections', { id: 'ctx1', name: 'Ctx', description: 'd' });
    expect(created.status).toBe(201);
    const registered = await call(v1, 'PATCH', '/external/connections/ctx1/schema', SCHEMA);
    expect(registered.status, registered.text).toBe(202);
    operation = registered.headers.get('location')!;
  });

  it('connection: create and get carry the entity context first; the list carries the collection context', async () => {
    const created = await call(v1, 'POST', '/external/connections', { id: 'ctx2', name: 'Ctx 2', description: 'd' });
    expect(created.status).toBe(201);
    expect(created.body['@odata.context']).toBe(`${meta('/v1.0')}external/connections/$entity`);
    expect(first(created)).toBe('@odata.context');
    const got = await call(v1, 'GET', '/external/connections/ctx1');
    expect(got.body['@odata.context']).toBe(`${meta('/v1.0')}external/connections/$entity`);
    expect(first(got)).toBe('@odata.context');
    expect(got.body.id).toBe('ctx1');
    const list = await call(v1, 'GET', '/external/connections');
    expect(list.body['@odata.context']).toBe(`${meta('/v1.0')}external/connections`);
    expect(first(list)).toBe('@odata.context');
    // Members of a list carry no context of their own, and nothing is stored with it.
    for (const c of list.body.value) expect(c).not.toHaveProperty('@odata.context');
    expect(server.state.get('/external/connections/ctx1')).not.toHaveProperty('@odata.context');
  });

  it('under the beta base path, the context names beta', async () => {
    const got = await call(`${server.url}/beta`, 'GET', '/external/connections/ctx1');
    expect(got.status, got.text).toBe(200);
    expect(got.body['@odata.context']).toBe(`${meta('/beta')}external/connections/$entity`);
  });

  it('contained entities use the nested form: operation, schema, item, group, member', async () => {
    const op = await call('', 'GET', operation);
    expect(op.status).toBe(200);
    const opId = operation.slice(operation.lastIndexOf('/') + 1);
    expect(op.body.id).toBe(opId);
    expect(op.body['@odata.context']).toBe(`${meta('/v1.0')}external/connections('ctx1')/operations/$entity`);
    const schema = await call(v1, 'GET', '/external/connections/ctx1/schema');
    expect(schema.status, schema.text).toBe(200);
    expect(schema.body['@odata.context']).toBe(`${meta('/v1.0')}external/connections('ctx1')/schema/$entity`);

    const put = await call(v1, 'PUT', '/external/connections/ctx1/items/it1', item(1));
    expect(put.status).toBe(200);
    expect(put.text).toBe(''); // a bare 200: no body, no context
    const it1 = await call(v1, 'GET', '/external/connections/ctx1/items/it1');
    expect(it1.body['@odata.context']).toBe(`${meta('/v1.0')}external/connections('ctx1')/items/$entity`);
    expect(first(it1)).toBe('@odata.context');

    const group = await call(v1, 'POST', '/external/connections/ctx1/groups', { id: 'g1', displayName: 'G' });
    expect(group.status).toBe(201);
    expect(group.body['@odata.context']).toBe(`${meta('/v1.0')}external/connections('ctx1')/groups/$entity`);
    const gotGroup = await call(v1, 'GET', '/external/connections/ctx1/groups/g1');
    expect(gotGroup.body['@odata.context']).toBe(`${meta('/v1.0')}external/connections('ctx1')/groups/$entity`);
    const member = await call(v1, 'POST', '/external/connections/ctx1/groups/g1/members', { id: 'u1', type: 'user' });
    expect(member.status, member.text).toBe(201);
    expect(member.body['@odata.context']).toBe(`${meta('/v1.0')}external/connections('ctx1')/groups('g1')/members/$entity`);
  });

  it('not on empty answers, errors or writes without a body', async () => {
    const patched = await call(v1, 'PATCH', '/external/connections/ctx1', { name: 'renamed' });
    expect(patched.status).toBe(204);
    expect(patched.text).toBe('');
    const missing = await call(v1, 'GET', '/external/connections/none1');
    expect(missing.status).toBe(404);
    expect(missing.body).not.toHaveProperty('@odata.context');
    const deleted = await call(v1, 'DELETE', '/external/connections/ctx2');
    expect(deleted.status).toBe(202);
    expect(deleted.text).toBe('');
  });
});

describe('OwnedBy: a connection of another app answers 403 accessDenied (ownership.deniedStatus)', () => {
  const APP_A = '11111111-1111-4111-8111-111111111111';
  const APP_B = '22222222-2222-4222-8222-222222222222';
  const app = (id: string, ...roles: string[]) => ({ authorization: `Bearer ${jwt({ appid: id, roles })}` });
  const a = app(APP_A, 'ExternalConnection.ReadWrite.OwnedBy', 'ExternalItem.ReadWrite.OwnedBy');
  const b = app(APP_B, 'ExternalConnection.ReadWrite.OwnedBy', 'ExternalItem.ReadWrite.OwnedBy');
  const all = app('33333333-3333-4333-8333-333333333333', 'ExternalConnection.ReadWrite.All', 'ExternalItem.ReadWrite.All');
  beforeAll(async () => {
    expect((await call(v1, 'POST', '/external/connections', { id: 'mineA', name: 'A', description: 'd' }, a)).status).toBe(201);
    expect((await call(v1, 'POST', '/external/connections', {
      id: 'sharedA', name: 'S', description: 'd', configuration: { authorizedAppIds: [APP_B] },
    }, a)).status).toBe(201);
    // Ready (its items readable), still owned by A.
    server.state.put('/external/connections/mineA', { ...server.state.get('/external/connections/mineA')!, state: 'ready' }, { owner: APP_A });
    server.state.put('/external/connections/mineA/items/x1', { id: 'x1', ...item(1) });
  });

  it('read, update and delete of the connection: 403 accessDenied; its owner and .All callers: allowed', async () => {
    expectGraphError(await call(v1, 'GET', '/external/connections/mineA', undefined, b), 403, 'accessDenied');
    expectGraphError(await call(v1, 'PATCH', '/external/connections/mineA', { name: 'x' }, b), 403, 'accessDenied');
    expectGraphError(await call(v1, 'DELETE', '/external/connections/mineA', undefined, b), 403, 'accessDenied');
    expect(server.state.get('/external/connections/mineA')).toMatchObject({ name: 'A' });
    expect((await call(v1, 'GET', '/external/connections/mineA', undefined, a)).status).toBe(200);
    expect((await call(v1, 'GET', '/external/connections/mineA', undefined, all)).status).toBe(200);
  });

  it('anything below it (schema, items, groups, operations): 403 accessDenied, nothing written', async () => {
    expectGraphError(await call(v1, 'GET', '/external/connections/mineA/schema', undefined, b), 403, 'accessDenied');
    expectGraphError(await call(v1, 'PATCH', '/external/connections/mineA/schema', SCHEMA, b), 403, 'accessDenied');
    expectGraphError(await call(v1, 'GET', '/external/connections/mineA/items/x1', undefined, b), 403, 'accessDenied');
    expectGraphError(await call(v1, 'PUT', '/external/connections/mineA/items/x2', item(2), b), 403, 'accessDenied');
    expectGraphError(await call(v1, 'DELETE', '/external/connections/mineA/items/x1', undefined, b), 403, 'accessDenied');
    expectGraphError(await call(v1, 'POST', '/external/connections/mineA/groups', { id: 'g1' }, b), 403, 'accessDenied');
    expect(server.state.get('/external/connections/mineA/items/x1')).toBeDefined();
    expect(server.state.get('/external/connections/mineA/items/x2')).toBeUndefined();
    expect(server.state.list('/external/connections/mineA/groups')).toEqual([]);
    expect((await call(v1, 'GET', '/external/connections/mineA/items/x1', undefined, a)).status).toBe(200);
  });

  it('a connection that lists the caller in authorizedAppIds: allowed; the list shows it and hides the other', async () => {
    const got = await call(v1, 'GET', '/external/connections/sharedA', undefined, b);
    expect(got.status, got.text).toBe(200);
    expect(got.body.id).toBe('sharedA');
    expect((await call(v1, 'PATCH', '/external/connections/sharedA', { description: 'by B' }, b)).status).toBe(204);
    const ids = (await call(v1, 'GET', '/external/connections', undefined, b)).body.value.map((c: { id: string }) => c.id);
    expect(ids).toContain('sharedA');
    expect(ids).not.toContain('mineA');
  });

  it('a connection that does not exist stays 404 itemNotFound for an OwnedBy caller', async () => {
    expectGraphError(await call(v1, 'GET', '/external/connections/noSuch', undefined, b), 404, 'itemNotFound');
    expectGraphError(await call(v1, 'GET', '/external/connections/noSuch/items/x1', undefined, b), 404, 'itemNotFound');
  });
});

describe('connection state gates (reference section 4)', () => {
  type State = 'draft' | 'ready' | 'obsolete' | 'limitExceeded';
  const STATES: State[] = ['draft', 'ready', 'obsolete', 'limitExceeded'];
  let n = 0;
  /** A connection in the state, with a registered schema (not in draft) and one item `i1`, set through the state controls. */
  function seed(state: State): string {
    const id = `gate${state}${++n}`;
    server.state.put(`/external/connections/${id}`, { id, name: `Gate ${state}`, description: 'd', state });
    if (state !== 'draft') server.state.put(`/external/connections/${id}/schema`, SCHEMA);
    server.state.put(`/external/connections/${id}/items/i1`, { id: 'i1', ...item(1) });
    return id;
  }
  /** Per state: the success status, or the refusal [status, code]. */
  const table: [string, (id: string) => Promise<Answer>, Record<State, number | [number, string]>][] = [
    ['read connection', (id) => call(v1, 'GET', `/external/connections/${id}`), { draft: 200, ready: 200, obsolete: 200, limitExceeded: 200 }],
    ['update connection', (id) => call(v1, 'PATCH', `/external/connections/${id}`, { name: 'renamed' }),
      { draft: 204, ready: 204, obsolete: [400, 'invalidRequest'], limitExceeded: 204 }],
    ['delete connection', (id) => call(v1, 'DELETE', `/external/connections/${id}`), { draft: 202, ready: 202, obsolete: 202, limitExceeded: 202 }],
    ['create (or update) schema', (id) => call(v1, 'PATCH', `/external/connections/${id}/schema`, SCHEMA),
      { draft: 202, ready: 202, obsolete: [409, 'invalidRequest'], limitExceeded: [409, 'invalidRequest'] }],
    ['read schema', (id) => call(v1, 'GET', `/external/connections/${id}/schema`),
      { draft: [404, 'itemNotFound'], ready: 200, obsolete: 200, limitExceeded: 200 }],
    ['create item (PUT of a new id)', (id) => call(v1, 'PUT', `/external/connections/${id}/items/new1`, item(2)),
      { draft: [409, 'invalidRequest'], ready: 200, obsolete: [409, 'invalidRequest'], limitExceeded: [409, 'invalidRequest'] }],
    ['replace item (PUT of an existing id)', (id) => call(v1, 'PUT', `/external/connections/${id}/items/i1`, item(3)),
      { draft: [409, 'invalidRequest'], ready: 200, obsolete: [409, 'invalidRequest'], limitExceeded: 200 }],
    ['read item', (id) => call(v1, 'GET', `/external/connections/${id}/items/i1`),
      { draft: [400, 'invalidRequest'], ready: 200, obsolete: 200, limitExceeded: 200 }],
    ['delete item', (id) => call(v1, 'DELETE', `/external/connections/${id}/items/i1`),
      { draft: [400, 'invalidRequest'], ready: 204, obsolete: [400, 'invalidRequest'], limitExceeded: 204 }],
  ];
  for (const [what, request, expected] of table) {
    for (const state of STATES) {
      const want = expected[state];
      it(`${what} in ${state}: ${Array.isArray(want) ? `refused ${want[0]} ${want[1]}` : want}`, async () => {
        const id = seed(state);
        const before = server.state.dump();
        const a = await request(id);
        if (Array.isArray(want)) {
          expectGraphError(a, want[0], want[1]);
          if (want[0] !== 404) expect(a.body.error.message).toMatch(new RegExp(`state is '${state}'`));
          expect(server.state.dump()).toEqual(before); // a refused call changes nothing
        } else {
          expect(a.status, a.text).toBe(want);
        }
      });
    }
  }

  it('what a gated write did lands: a replace in limitExceeded stores the new item, a create in ready adds one', async () => {
    const limited = seed('limitExceeded');
    expect((await call(v1, 'PUT', `/external/connections/${limited}/items/i1`, item(7))).status).toBe(200);
    expect(server.state.get(`/external/connections/${limited}/items/i1`)).toMatchObject({ properties: { title: 'Ticket 7' } });
    const ready = seed('ready');
    expect((await call(v1, 'PUT', `/external/connections/${ready}/items/fresh`, item(8))).status).toBe(200);
    expect(server.state.get(`/external/connections/${ready}/items/fresh`)).toMatchObject({ id: 'fresh', properties: { title: 'Ticket 8' } });
  });
});

describe('the extensions are checked where they are written (bad-extension, located)', () => {
  const spec = (mock: Record<string, unknown>, responses: Record<string, unknown> = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } }, '207': { description: 'partial' } }) => ({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/things/{id}': { get: { operationId: 'getThing', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'ok' } } } },
      '/things/{id}/act': {
        post: {
          operationId: 'act',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { list: { type: 'array' } } } } } },
          'x-specgen-mock': mock,
          responses,
        },
      },
    },
  });
  async function modelOf(doc: Record<string, unknown>) {
    const file = path.join(await tempDir('specgen-rules-'), 'spec.json');
    await writeFile(file, JSON.stringify(doc, null, 2));
    return buildModel(await loadSpec(file));
  }
  async function errorOf(run: () => Promise<unknown>): Promise<SpecError> {
    try {
      await run();
    } catch (err) {
      if (err instanceof SpecError) return err;
      throw err;
    }
    throw new Error('expected a SpecError');
  }

  it('results: parsed and planned (dotted paths, partial default 207)', async () => {
    const model = await modelOf(spec({ results: { items: 'list', behaviour: 'b', at: 'out.value' } }));
    expect(model.operations.find((o) => o.operationId === 'act')!.mock.results).toEqual({ items: 'list', behaviour: 'b', at: 'out.value', partial: 207 });
    const plan = planOperations(model).operations.find((o) => o.operationId === 'act')!;
    expect(plan.results).toEqual({ items: ['list'], behaviour: 'b', at: ['out', 'value'], partial: 207 });
  });

  it('results without items/behaviour/at, or with a partial outside 2xx: located error at the extension', async () => {
    const missing = await errorOf(() => modelOf(spec({ results: { items: 'list', at: 'value' } })));
    expect(missing.message).toMatch(/results needs `items`, `behaviour` and `at`/);
    expect(missing.diagnostic).toMatchObject({ code: 'bad-extension', pointer: '/paths/~1things~1{id}~1act/post/x-specgen-mock' });
    const partial = await errorOf(() => modelOf(spec({ results: { items: 'list', behaviour: 'b', at: 'value', partial: 404 } })));
    expect(partial.message).toMatch(/results.partial must be a 2xx status/);
  });

  it('results whose partial status the operation does not declare: plan error at the operation', async () => {
    const model = await modelOf(spec({ results: { items: 'list', behaviour: 'b', at: 'value', partial: 206 } }));
    const err = await errorOf(async () => planOperations(model));
    expect(err.message).toMatch(/results\.partial 206 is not a declared response \(act\)/);
    expect(err.diagnostic).toMatchObject({ code: 'bad-extension', pointer: '/paths/~1things~1{id}~1act/post' });
  });

  it('requires.when: only create or replace, and only on a write of a member', async () => {
    const bad = await errorOf(() => modelOf(spec({ requires: [{ property: 'state', in: ['x'], when: 'sometimes' }] })));
    expect(bad.message).toMatch(/requires.when must be create or replace/);
    const model = await modelOf(spec({ requires: [{ property: 'state', in: ['x'], when: 'create' }] }));
    expect((await errorOf(async () => planOperations(model))).message).toMatch(/requires.when needs an operation that writes a member/);
  });

  it('ownership.deniedStatus must be a 4xx/5xx status (checked when the resource is planned)', async () => {
    const doc = spec({});
    (doc as { components?: unknown }).components = {};
    const paths = doc.paths as Record<string, Record<string, Record<string, unknown>>>;
    paths['/things/{id}']!.get!.responses = {
      '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', 'x-specgen-mock': { ownership: { ownedScopes: ['a'], deniedStatus: 200 } }, properties: { id: { type: 'string' } } } } } },
    };
    paths['/things/{id}']!.put = { operationId: 'putThing', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'ok' } } };
    const model = await modelOf(doc);
    expect((await errorOf(async () => planOperations(model))).message).toMatch(/ownership.deniedStatus must be a 4xx\/5xx status/);
  });
});
