/**
 * The limits and rules the Graph connectors service enforces (issue 13 item 3), over real HTTP on
 * 127.0.0.1 against the generated mock in strict mode: each broken rule is a 400 with Graph's error
 * body naming the rule, valid inputs still pass. Plus the machine-readable rule list (rules.ts, docs).
 */
import { RULES_JSON, RULES_MD, renderRulesJson, renderRulesMarkdown } from '../../helpers/rules-docs.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_BEHAVIOURS } from '../../../generated/graph-connectors/dist/mock-runtime/behaviours.js';

/** A built-in behaviour as the mock calls it: with the clock (now) as its context. */
const behaviour = (name: string) => (value: unknown, registered: unknown) => BUILTIN_BEHAVIOURS[name]!(value, registered, { now: Date.now() });
import { MOCK_RULES } from '../../../templates/mock-runtime/rules.ts';
import { call, item, readyConnection, SCHEMA, withServer, type MockServer } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const rule = (id: string) => MOCK_RULES.find((r) => r.id === id);
const BASE = 'microsoft.graph.externalItem';

let server: MockServer;
let v1: string;
let beta: string;
let n = 0;
beforeAll(async () => {
  server = await withServer();
  v1 = `${server.url}/v1.0`;
  beta = `${server.url}/beta`;
});
afterAll(() => server.close());

async function draft(): Promise<string> {
  const id = `rules${n++}`;
  const created = await call(v1, 'POST', '/external/connections', { id, name: id, description: 'rules' });
  expect(created.status).toBe(201);
  return id;
}

/** Register a schema and wait for the operation (the mock runs with longRunningDelayMs 0). */
async function register(id: string, schema: unknown, root = v1) {
  const r = await call(root, 'PATCH', `/external/connections/${id}/schema`, schema);
  if (r.status === 202) {
    const op = await call('', 'GET', r.headers.get('location')!);
    expect(op.body.status).toBe('completed');
  }
  return r;
}

/** A Graph error body for a 400 naming the rule: the behaviour's `[id]` prefix, in message and details. */
function expectRule(r: Awaited<ReturnType<typeof call>>, id: string) {
  expect(rule(id), `rule ${id} is listed in MOCK_RULES`).toBeDefined();
  expect(r.status).toBe(rule(id)!.status);
  expect(r.body.error.code).toBe(rule(id)!.code);
  expect(r.body.error.message).toMatch(new RegExp(`^\\[${id.replace('.', '\\.')}\\] `));
  expect(r.body.error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
  expect(r.body.error.details.map((d: { message: string }) => d.message)).toContain(r.body.error.message);
}

const prop = (o: Record<string, unknown> = {}) => ({ name: 'title', type: 'string', isRetrievable: true, ...o });
const schemaOf = (...properties: Record<string, unknown>[]) => ({ baseType: BASE, properties });
const FULL_LABELS = schemaOf(
  prop({ labels: ['title'], isSearchable: true }),
  prop({ name: 'link', labels: ['url'] }),
  prop({ name: 'icon', labels: ['iconUrl'] }),
);

describe('schema rules the JSON Schema cannot say (behaviour graph-connector-schema, 400 at registration)', () => {
  const cases: [string, unknown][] = [
    ['schema.unique-names', schemaOf(prop(), prop({ name: 'TITLE' }))],
    ['schema.unique-names', schemaOf(prop({ aliases: ['heading'] }), prop({ name: 'Heading' }))],
    ['schema.refinable-not-searchable', schemaOf(prop({ isSearchable: true, isRefinable: true }))],
    ['schema.label-type', schemaOf(prop({ type: 'int64', labels: ['title'] }))],
    ['schema.label-type', schemaOf(prop({ name: 'when', type: 'string', labels: ['lastModifiedDateTime'] }))],
    ['schema.label-type', schemaOf(prop({ name: 'writers', type: 'string', labels: ['authors'] }))],
    ['schema.label-unique', schemaOf(prop({ labels: ['title'] }), prop({ name: 'other', labels: ['title'] }))],
  ];
  for (const [id, schema] of cases) {
    it(`${id}: ${JSON.stringify(schema).slice(0, 120)}`, async () => {
      const conn = await draft();
      const r = await call(v1, 'PATCH', `/external/connections/${conn}/schema`, schema);
      expectRule(r, id);
      expect(server.state.get(`/external/connections/${conn}`)).toMatchObject({ state: 'draft' }); // nothing registered
    });
  }

  it('valid schemas pass: label types that match (string, dateTime, stringCollection, principal for people labels)', async () => {
    const conn = await draft();
    const r = await register(conn, schemaOf(
      prop({ labels: ['title'], isSearchable: true }),
      prop({ name: 'modified', type: 'dateTime', labels: ['lastModifiedDateTime'] }),
      prop({ name: 'writers', type: 'stringCollection', labels: ['authors'] }),
      prop({ name: 'owner', type: 'principal', labels: ['createdBy'] }),
      prop({ name: 'tags', type: 'stringCollection', isRefinable: true, isQueryable: true }),
      prop({ name: 'priority', type: 'int64', labels: ['priority'] }), // a label whose type the reference does not give: not checked
    ));
    expect(r.status).toBe(202);
    expect((await call(v1, 'GET', `/external/connections/${conn}`)).body.state).toBe('ready');
  });
});

describe('schema rules the spec\'s JSON Schema enforces first (400, the failing field in error.details)', () => {
  // The request body is validated against the spec before the behaviour runs: these answer with the
  // validator's message and the JSON pointer of the field; the behaviour (unit-tested below) says the same.
  const cases: [string, unknown, string][] = [
    ['schema.base-type', { baseType: 'microsoft.graph.externalConnector.externalItem', properties: [prop()] }, 'body/baseType'],
    ['schema.properties-count', schemaOf(), 'body/properties'],
    ['schema.properties-count', schemaOf(...Array.from({ length: 129 }, (_, i) => prop({ name: `p${i}` }))), 'body/properties'],
    ['schema.property-name', schemaOf(prop({ name: 'a'.repeat(33) })), 'body/properties/0/name'],
    ['schema.property-name', schemaOf(prop({ name: 'has space' })), 'body/properties/0/name'],
    ['schema.property-name', schemaOf(prop({ name: 'semi;colon' })), 'body/properties/0/name'],
    ['schema.alias-name', schemaOf(prop({ aliases: ['back`tick'] })), 'body/properties/0/aliases/0'],
    ['schema.searchable-type', schemaOf(prop({ type: 'int64', isSearchable: true })), 'body/properties/0/type'],
    ['schema.label-retrievable', schemaOf(prop({ isRetrievable: false, labels: ['title'] })), 'body/properties/0/isRetrievable'],
  ];
  for (const [id, schema, target] of cases) {
    it(`${id} at ${target}`, async () => {
      const conn = await draft();
      const r = await call(v1, 'PATCH', `/external/connections/${conn}/schema`, schema);
      expect(r.status).toBe(rule(id)!.status);
      expect(r.body.error.code).toBe(rule(id)!.code);
      expect(r.body.error.details.map((d: { target: string }) => d.target)).toContain(target);
      expect(behaviour('graph-connector-schema')(schema, undefined).some((p) => p.startsWith(`[${id}] `))).toBe(true);
    });
  }

  it('schema.exact-match (beta isExactMatchRequired): only on non-searchable strings', async () => {
    const conn = await draft();
    const bad = await call(beta, 'PATCH', `/external/connections/${conn}/schema`, schemaOf(prop({ isSearchable: true, isExactMatchRequired: true })));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { target: string }) => d.target)).toContain('body/properties/0/isSearchable');
    expect(behaviour('graph-connector-schema')(schemaOf(prop({ type: 'int64', isExactMatchRequired: true })), undefined)[0]).toMatch(/^\[schema\.exact-match\] /);
    expect((await register(conn, schemaOf(prop({ isSearchable: false, isExactMatchRequired: true })), beta)).status).toBe(202);
  });

  it('the behaviour reads the doc samples\' "isSearchable": "true" and "type": "String" as true and string', () => {
    const check = behaviour('graph-connector-schema');
    expect(check(schemaOf(prop({ type: 'String', isSearchable: 'true', labels: ['title'] })), undefined)).toEqual([]);
    expect(check(schemaOf(prop({ type: 'Int64', isSearchable: 'true' })), undefined)[0]).toMatch(/^\[schema\.searchable-type\] /);
    expect(check(schemaOf(prop({ name: 'tab\there' })), undefined)[0]).toMatch(/^\[schema\.property-name\] .*whitespace/);
    expect(check(schemaOf(prop({ name: 'ctl\u0001x' })), undefined)[0]).toMatch(/^\[schema\.property-name\] .*control character/);
  });
});

describe('schema updates are additive (second PATCH on a ready connection)', () => {
  const registered = {
    baseType: BASE,
    properties: [
      { name: 'title', type: 'string', isSearchable: true, isRetrievable: true, labels: ['title'] },
      { name: 'priority', type: 'int64', isQueryable: true, isRetrievable: true },
      { name: 'tags', type: 'stringCollection', isRetrievable: true },
    ],
  };
  let conn: string;
  beforeAll(async () => {
    conn = `additive${n++}`;
    await call(v1, 'POST', '/external/connections', { id: conn, name: conn, description: 'd' });
    expect((await register(conn, registered)).status).toBe(202);
  });
  const change = (f: (props: Record<string, unknown>[]) => Record<string, unknown>[]) => ({
    baseType: BASE, properties: f(structuredClone(registered.properties)),
  });

  it('schema.update-no-removal: a registered property cannot be removed', async () => {
    expectRule(await call(v1, 'PATCH', `/external/connections/${conn}/schema`, change((p) => p.slice(0, 2))), 'schema.update-no-removal');
  });
  it('schema.update-no-type-change: a property keeps its type', async () => {
    expectRule(await call(v1, 'PATCH', `/external/connections/${conn}/schema`, change((p) => [p[0]!, { ...p[1], type: 'double' }, p[2]!])), 'schema.update-no-type-change');
  });
  it('schema.update-no-new-refiner: a refiner cannot be added later', async () => {
    expectRule(await call(v1, 'PATCH', `/external/connections/${conn}/schema`, change((p) => [p[0]!, p[1]!, { ...p[2], isRefinable: true }])), 'schema.update-no-new-refiner');
  });
  it('adding properties, aliases, searchability and labels is allowed (and lands)', async () => {
    const r = await register(conn, change((p) => [
      { ...p[0], aliases: ['heading'] },
      p[1]!,
      { ...p[2], isSearchable: true },
      { name: 'link', type: 'string', isRetrievable: true, labels: ['url'] },
      { name: 'status', type: 'string', isRetrievable: true, isRefinable: true },
    ]));
    expect(r.status).toBe(202);
    const schema = (await call(v1, 'GET', `/external/connections/${conn}/schema`)).body;
    expect(schema.properties.map((p: { name: string }) => p.name)).toEqual(['title', 'priority', 'tags', 'link', 'status']);
    expect((await call(v1, 'GET', `/external/connections/${conn}`)).body.state).toBe('ready');
  });
});

describe('semantic-label advice at registration (Warning: 199, the request still succeeds)', () => {
  it('one warning per missing title/url/iconUrl label', async () => {
    const conn = await draft();
    const r = await register(conn, SCHEMA); // labels only title
    expect(r.status).toBe(202);
    const warning = r.headers.get('warning')!;
    expect(warning).toMatch(/^199 - "\[schema\.semantic-labels\] The schema has no property labelled 'url'/);
    expect(warning).toContain(`199 - "[schema.semantic-labels] The schema has no property labelled 'iconUrl'`);
    expect(warning).not.toContain("labelled 'title'");
  });
  it('no warning when all three labels are there', async () => {
    const r = await register(await draft(), FULL_LABELS);
    expect(r.status).toBe(202);
    expect(r.headers.get('warning')).toBeNull();
  });
  it('no warning on a refused registration (the 400 says what is wrong)', async () => {
    const r = await call(v1, 'PATCH', `/external/connections/${await draft()}/schema`, schemaOf(prop(), prop({ name: 'Title' })));
    expect(r.status).toBe(400);
    expect(r.headers.get('warning')).toBeNull();
  });
});

describe('item rules (behaviour graph-connector-item on putItem)', () => {
  let conn: string;
  beforeAll(async () => {
    conn = `items${n++}`;
    await call(v1, 'POST', '/external/connections', { id: conn, name: conn, description: 'd' });
    expect((await register(conn, schemaOf(
      prop({ labels: ['title'] }),
      prop({ name: 'tags', type: 'stringCollection' }),
      prop({ name: 'counts', type: 'int64Collection' }),
      prop({ name: 'scores', type: 'doubleCollection' }),
      prop({ name: 'dates', type: 'dateTimeCollection', aliases: ['days'] }),
      prop({ name: 'size', type: 'int64' }),
    ))).status).toBe(202);
  });
  const put = (properties: Record<string, unknown>, id = 'x1') => call(v1, 'PUT', `/external/connections/${conn}/items/${id}`, { ...item(1), properties });

  it('a valid item with every collection annotated passes (Edm. prefix and case tolerated)', async () => {
    const r = await put({
      title: 'T', tags: ['a'], 'tags@odata.type': 'Collection(String)', counts: [1, 2], 'counts@odata.type': 'Collection(Int64)',
      scores: [1.5], 'scores@odata.type': 'collection(Edm.Double)', days: ['2024-01-02T03:04:05Z'], 'days@odata.type': 'Collection(DateTimeOffset)',
      size: 3, 'title@odata.type': 'String',
    });
    expect(r.status).toBe(200);
    expect(server.state.get(`/external/connections/${conn}/items/x1`)).toMatchObject({ properties: { title: 'T', size: 3 } });
  });
  it('item.collection-annotation: a collection without its annotation', async () => {
    expectRule(await put({ title: 'T', tags: ['a'] }), 'item.collection-annotation');
  });
  it('item.collection-annotation: DateTime collections need Collection(DateTimeOffset)', async () => {
    const r = await put({ title: 'T', dates: ['2024-01-02T03:04:05Z'], 'dates@odata.type': 'Collection(String)' });
    expectRule(r, 'item.collection-annotation');
    expect(r.body.error.message).toContain('Collection(DateTimeOffset)');
  });
  it('item.collection-annotation: a collection annotation on a scalar', async () => {
    expectRule(await put({ title: 'T', size: 3, 'size@odata.type': 'Collection(Int64)' }), 'item.collection-annotation');
  });
  it('item.properties-fit-schema: unknown property, wrong type', async () => {
    expectRule(await put({ title: 'T', nothere: 1 }), 'item.properties-fit-schema');
    expectRule(await put({ title: 'T', size: 'three' }), 'item.properties-fit-schema');
  });
  it('item.properties-required: annotations alone are not properties', async () => {
    const r = await put({ 'title@odata.type': 'String' });
    expectRule(r, 'item.properties-required');
    const empty = await put({});
    expect(empty.status).toBe(400); // minProperties in the spec, before the behaviour
    expect(behaviour('graph-connector-item')({ properties: {} }, undefined)[0]).toMatch(/^\[item\.properties-required\] /);
  });
  it('item.body-size: a body over 4 MB is 413 with the Graph error body', async () => {
    const r = await put({ title: 'x'.repeat(4 * 1024 * 1024 + 10) });
    expect(r.status).toBe(rule('item.body-size')!.status);
    expect(r.body.error.code).toBe(rule('item.body-size')!.code);
  });
});

describe('per-activity rules (behaviour graph-external-activity)', () => {
  const check = behaviour('graph-external-activity');
  const ok = { '@odata.type': '#microsoft.graph.externalConnectors.externalActivity', type: 'viewed', startDateTime: '2024-01-02T03:04:05Z', performedBy: { type: 'user', id: 'e1f2a3b4-0000-4000-8000-000000000001' } };
  it('over HTTP: addActivities answers 200 when all were added, 207 with the failing activity\'s error naming the rule', async () => {
    const conn = `acts${n++}`;
    await readyConnection(v1, conn);
    expect((await call(v1, 'PUT', `/external/connections/${conn}/items/a1`, item(1))).status).toBe(200);
    const all = await call(v1, 'POST', `/external/connections/${conn}/items/a1/addActivities`, { activities: [ok, { ...ok, type: 'modified' }] });
    expect(all.status).toBe(200);
    expect(all.body.value.map((r: { error: unknown }) => r.error)).toEqual([null, null]);
    const some = await call(v1, 'POST', `/external/connections/${conn}/items/a1/addActivities`, {
      activities: [ok, { ...ok, performedBy: { type: 'group', id: 'g1' } }, { ...ok, startDateTime: '2999-01-01T00:00:00Z' }],
    });
    expect(some.status).toBe(rule('activity.performed-by')!.status);
    expect(some.body.value[0].error).toBeNull();
    expect(some.body.value[1].error).toMatchObject({ code: rule('activity.performed-by')!.code, message: expect.stringMatching(/^\[activity\.performed-by\] /) });
    expect(some.body.value[2].error.message).toMatch(/^\[activity\.start-date-time\] .*in the future/);
  });
  it('a valid activity has no problems', () => {
    expect(check(ok, undefined)).toEqual([]);
    expect(check({ ...ok, type: 'commented', startDateTime: '2024-01-02T03:04:05.123+00:00' }, undefined)).toEqual([]);
  });
  it.each([
    ['activity.type', { ...ok, type: 'liked' }],
    ['activity.type', { ...ok, type: 'unknownFutureValue' }],
    ['activity.start-date-time', { ...ok, startDateTime: undefined }],
    ['activity.start-date-time', { ...ok, startDateTime: '2024-01-02' }],
    ['activity.start-date-time', { ...ok, startDateTime: '2024-01-02T03:04:05+02:00' }],
    ['activity.start-date-time', { ...ok, startDateTime: new Date(Date.now() + 3_600_000).toISOString() }],
    ['activity.performed-by', { ...ok, performedBy: undefined }],
    ['activity.performed-by', { ...ok, performedBy: { type: 'group', id: 'g' } }],
    ['activity.performed-by', { ...ok, performedBy: { type: 'user' } }],
  ])('%s: %j', (id, activity) => {
    const problems = check(activity, undefined);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^\\[${id.replace('.', '\\.')}\\] `));
    expect(rule(id)).toBeDefined();
  });
});

describe('the machine-readable rule list', () => {
  it('docs/graph-mock-rules.json and the table of docs/graph-mock-rules.md are MOCK_RULES, rendered (npm run docs:rules)', () => {
    expect(JSON.parse(readFileSync(RULES_JSON, 'utf8'))).toEqual(MOCK_RULES);
    expect(readFileSync(RULES_JSON, 'utf8')).toBe(renderRulesJson());
    const md = readFileSync(RULES_MD, 'utf8');
    expect(md).toBe(renderRulesMarkdown(md));
  });
  it('every rule has a unique id, a kind, a status, a code, a reference and where it is enforced', () => {
    expect(new Set(MOCK_RULES.map((r) => r.id)).size).toBe(MOCK_RULES.length);
    for (const r of MOCK_RULES) {
      expect(r.id, JSON.stringify(r)).toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(['refusal', 'partial', 'advice', 'shape', 'ledger']).toContain(r.kind);
      expect(r.status, r.id).toBeGreaterThanOrEqual(200);
      expect(r.status, r.id).toBeLessThan(600);
      for (const key of ['what', 'code', 'reference', 'enforcedBy'] as const) expect(r[key], `${r.id}.${key}`).toMatch(/\S/);
      expect(r.reference, r.id).toMatch(/§\d|issue 13/);
    }
  });
  it('docs/graph-mock-rules.md lists every rule with its reference', () => {
    const md = readFileSync(path.join(ROOT, 'docs/graph-mock-rules.md'), 'utf8');
    for (const r of MOCK_RULES) {
      const row = md.split('\n').find((l) => l.startsWith(`| \`${r.id}\` |`));
      expect(row, r.id).toBeDefined();
      expect(row).toContain(r.reference.replace(/\|/g, '\\|'));
    }
  });
  it('every rule id a behaviour reports is listed, and covers issue 13\'s rules', () => {
    const source = readFileSync(path.join(ROOT, 'templates/mock-runtime/behaviours.ts'), 'utf8');
    const reported = [...source.matchAll(/problem\('([a-z]+\.[a-z-]+)'/g)].map((m) => m[1]);
    expect(reported.length).toBeGreaterThan(15);
    for (const id of reported) expect(rule(id!), id).toBeDefined();
    for (const id of ['throttle.item-budget', 'throttle.retry-after-ledger', 'batch.max-requests', 'batch.unique-ids', 'batch.depends-on',
      'batch.failed-dependency', 'batch.inner-throttling', 'item.body-size', 'state.item-create', 'permissions.owned-by', 'odata.context',
      'activities.max-per-call', 'activities.results', 'connection.id-format', 'connection.duplicate', 'schema.update-no-removal']) {
      expect(rule(id), id).toBeDefined();
    }
  });
});
