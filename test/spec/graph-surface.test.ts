import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.ts';
import { buildModel } from '../../generator/model/build.ts';
import { ROOT } from '../helpers/cli.ts';

/**
 * Issue 13's facts in the embedded spec (../shared/reference/graph-connectors.md sections 3-5): the
 * v1.0 surface, the limits as schema keywords, JSON batching, the throttling budgets, the state gates
 * and the extensions the mock reads. Read from the bundled document, the way the generator sees it.
 */
type Json = Record<string, any>;
let doc: Json;

/** Follows local `$ref`s (`#/components/...`) of the bundled document. */
function deref(node: any): any {
  let n = node;
  for (let i = 0; n && typeof n === 'object' && typeof n.$ref === 'string' && i < 20; i++) {
    n = n.$ref.slice(2).split('/').map((p: string) => p.replace(/~1/g, '/').replace(/~0/g, '~')).reduce((o: any, k: string) => o?.[k], doc);
  }
  return n;
}
const schema = (name: string): Json => deref(doc.components.schemas[name]);
const op = (p: string, method: string): Json => {
  const o = doc.paths[p]?.[method];
  if (!o) throw new Error(`no ${method} ${p}`);
  return o;
};
const OPS: Record<string, [string, string]> = {};

beforeAll(async () => {
  const model = buildModel(await loadSpec(path.join(ROOT, 'spec/graph-connectors.yaml')));
  doc = model.document as Json;
  for (const [p, item] of Object.entries(doc.paths as Json)) {
    for (const [m, o] of Object.entries(item as Json)) if (o && typeof o === 'object' && 'operationId' in o) OPS[(o as Json).operationId] = [p, m];
  }
});
const byId = (id: string): Json => {
  const at = OPS[id];
  if (!at) throw new Error(`no operation ${id}`);
  return op(...at);
};

describe('v1.0 surface (reference section 3)', () => {
  it('externalItem.informationProtectionLabel { sensitivityLabelId }', () => {
    const prop = schema('externalItem').properties.informationProtectionLabel;
    const label = deref(prop);
    expect(label.type).toBe('object');
    expect(label.properties.sensitivityLabelId.type).toBe('string');
    expect(schema('informationProtectionLabel').description).toMatch(/UNCERTAIN/);
  });

  it('label: the 10 first members, unknownFutureValue, 20 evolvable ones and 25 person* members', () => {
    const members: string[] = schema('label').enum;
    expect(members.slice(0, 10)).toEqual(['title', 'url', 'createdBy', 'lastModifiedBy', 'authors', 'createdDateTime', 'lastModifiedDateTime', 'fileName', 'fileExtension', 'unknownFutureValue']);
    for (const m of ['containerName', 'containerUrl', 'iconUrl', 'assignedToPeople', 'closedBy', 'closedDate', 'priority', 'sprintName', 'tags', 'severity', 'state', 'dueDate', 'itemParentId', 'itemPath', 'itemType', 'numberOfReactions', 'parentUrl', 'priorityNormalized', 'reportedBy', 'secondaryId']) expect(members).toContain(m);
    const person = members.filter((m) => m.startsWith('person'));
    expect(person).toHaveLength(25);
    expect(person[0]).toBe('personEmails');
    expect(person.at(-1)).toBe('personWorkPositions');
    expect(new Set(members).size).toBe(members.length);
  });

  it('enums of section 3 are complete', () => {
    expect(schema('propertyType').enum).toEqual(['string', 'int64', 'double', 'dateTime', 'boolean', 'stringCollection', 'int64Collection', 'doubleCollection', 'dateTimeCollection', 'unknownFutureValue', 'principal', 'principalCollection']);
    expect(schema('connectionOperationStatus').enum).toEqual(['unspecified', 'inprogress', 'completed', 'failed', 'unknownFutureValue']);
    expect(schema('connectionState').enum).toEqual(['draft', 'ready', 'obsolete', 'limitExceeded', 'unknownFutureValue']);
    expect(schema('contentCategory').enum).toHaveLength(15);
    expect(schema('ruleOperation').enum).toEqual(['null', 'equals', 'notEquals', 'contains', 'notContains', 'lessThan', 'greaterThan', 'startsWith', 'unknownFutureValue']);
    expect(Object.keys(schema('principal').properties).sort()).toEqual(['email', 'entraDisplayName', 'entraId', 'externalId', 'externalName', 'tenantId', 'upn']);
    expect(Object.keys(schema('urlMatchInfo').properties).sort()).toEqual(['baseUrls', 'urlPattern']);
    expect(schema('itemIdResolver').required).toEqual(expect.arrayContaining(['itemId', 'urlMatchInfo']));
  });
});

describe('limits as schema keywords (reference section 3)', () => {
  const FORBIDDEN = [...':;,()[]{}%$+!*=&?@#\\~\'"<>^`', ' ', '\t', '\n', '\u0000', '\u001f', '\u007f'];

  it('property name and each alias: up to 32 characters, none of the forbidden characters', () => {
    const property = schema('property');
    for (const s of [property.properties.name, property.properties.aliases.items]) {
      expect(s.maxLength).toBe(32);
      const re = new RegExp(s.pattern, 'u');
      for (const ok of ['ticketTitle', 'priority_2', 'a-b.c/d', 'Zoë']) expect(re.test(ok), ok).toBe(true);
      for (const ch of FORBIDDEN) expect(re.test(`a${ch}b`), JSON.stringify(ch)).toBe(false);
    }
  });

  it('schema properties 1..128, activities 1..20, displayTemplate id and priority, connection id', () => {
    expect(schema('schema').properties.properties).toMatchObject({ minItems: 1, maxItems: 128 });
    expect(schema('addActivitiesRequest').properties.activities).toMatchObject({ minItems: 1, maxItems: 20 });
    const template = schema('displayTemplate').properties;
    expect(template.id).toMatchObject({ maxLength: 16, pattern: '^[A-Za-z0-9]+$' });
    expect(template.priority.minimum).toBe(1);
    expect(schema('connectionId')).toMatchObject({ minLength: 3, maxLength: 32, pattern: '^[A-Za-z0-9]+$' });
  });
});

describe('JSON batching', () => {
  it('POST /$batch in both versions, with the batch extension and no particular scope', () => {
    const batch = op('/$batch', 'post');
    expect(batch.operationId).toBe('batch');
    expect(batch['x-specgen-versions']).toEqual(['v1.0', 'beta']);
    expect(batch.servers).toBeUndefined();
    expect(batch['x-specgen-batch']).toEqual({ format: 'odata-json', maxRequests: 20 });
    expect(batch.security).toEqual([{ delegated: [] }, { application: [] }]);
    expect(Object.keys(batch.responses).sort()).toEqual(['200', '400', '401', '429', '503']);
    expect(batch.description).toMatch(/424/);
    expect(batch.description).toMatch(/Retry-After/);
  });

  it('batchRequest / batchResponse shapes', () => {
    expect(schema('batchRequest').properties.requests).toMatchObject({ minItems: 1, maxItems: 20 });
    const step = schema('batchRequestStep');
    expect(step.required).toEqual(['id', 'method', 'url']);
    expect(step.properties.method.enum).toEqual(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
    expect(step.properties.headers.additionalProperties).toEqual({ type: 'string' });
    expect(step.properties.dependsOn.items.type).toBe('string');
    expect(schema('batchResponse').properties).toHaveProperty(['@odata.nextLink']);
    expect(schema('batchResponseStep').required).toEqual(['id', 'status']);
  });

  it('the response examples show a throttled inner request with Retry-After and a failed dependency', () => {
    const examples = op('/$batch', 'post').responses['200'].content['application/json'].examples;
    const partial = deref(examples.batchPartialFailure).value.responses as Json[];
    expect(partial.find((r) => r.status === 429)?.headers['Retry-After']).toMatch(/^\d+$/);
    expect(partial.some((r) => r.status === 424)).toBe(true);
    const request = deref(op('/$batch', 'post').requestBody.content['application/json'].examples.batchRequest).value.requests as Json[];
    const ids = new Set(request.map((r) => r.id));
    expect(request.some((r) => r.dependsOn?.length)).toBe(true);
    for (const r of request) {
      for (const d of r.dependsOn ?? []) expect(ids.has(d)).toBe(true);
      if ('body' in r) expect(r.headers['Content-Type']).toBe('application/json');
    }
  });
});

describe('throttling', () => {
  it('the root declares the three budgets of reference section 5', () => {
    expect(doc['x-specgen-throttling']).toEqual({
      budgets: {
        items: { rate: 25, per: ['app', '/external/connections/{connectionId}'], readHeadroom: 1 },
        groupAdministration: { rate: 1000, per: ['app'] },
        connectionOperations: { concurrency: 25, per: ['app', '/external/connections/{connectionId}'], appliesTo: 'all' },
      },
    });
  });

  const ITEMS = ['putItem', 'getItem', 'deleteItem', 'addActivities'];
  const GROUPS = ['createGroup', 'getGroup', 'updateGroup', 'deleteGroup', 'addGroupMember', 'removeGroupMember'];
  it('item and group operations name their budget', () => {
    for (const id of ITEMS) expect(byId(id)['x-specgen-mock']?.budgets, id).toEqual(['items']);
    for (const id of GROUPS) expect(byId(id)['x-specgen-mock']?.budgets, id).toEqual(['groupAdministration']);
  });

  it('every operation declares 429 (with a required Retry-After) and 503', () => {
    expect(Object.keys(OPS)).toHaveLength(23);
    for (const id of Object.keys(OPS)) {
      const responses = byId(id).responses;
      expect(responses, id).toHaveProperty('429');
      expect(responses, id).toHaveProperty('503');
      const retryAfter = deref(deref(responses['429']).headers['Retry-After']);
      expect(retryAfter.required, id).toBe(true);
      expect(retryAfter.schema.type).toBe('integer');
    }
  });
});

describe('mock extensions', () => {
  const gate = (id: string) => (byId(id)['x-specgen-mock']?.requires ?? []).map((r: Json) => ({ in: r.in, ...(r.when ? { when: r.when } : {}) }));

  it('state gates follow the table of reference section 4', () => {
    expect(gate('getSchema')).toEqual([{ in: ['ready', 'obsolete', 'limitExceeded'] }]);
    expect(gate('registerSchema')).toEqual([{ in: ['draft', 'ready'] }]);
    expect(gate('putItem')).toEqual([{ in: ['ready'], when: 'create' }, { in: ['ready', 'limitExceeded'], when: 'replace' }]);
    expect(gate('getItem')).toEqual([{ in: ['ready', 'obsolete', 'limitExceeded'] }]);
    expect(gate('deleteItem')).toEqual([{ in: ['ready', 'limitExceeded'] }]);
    expect(gate('updateConnection')[0].in).not.toContain('obsolete');
  });

  it('registerSchema validates synchronously and paces polling; addActivities reports per-activity results', () => {
    const register = byId('registerSchema')['x-specgen-mock'];
    expect(register.validate).toEqual({ behaviour: 'graph-connector-schema', against: '/external/connections/{connectionId}/schema' });
    expect(register.longRunning).toMatchObject({ pending: 'inprogress', retryAfterSeconds: 1, behaviour: 'graph-connector-schema' });
    expect(byId('addActivities')['x-specgen-mock']).toEqual({
      budgets: ['items'], results: { items: 'activities', behaviour: 'graph-external-activity', at: 'value', partial: 207 },
    });
  });

  it('addActivities examples: error null on success, a publicError on a failure', () => {
    const responses = byId('addActivities').responses;
    const all = deref(responses['200'].content['application/json'].examples.addActivitiesAllAdded).value.value as Json[];
    expect(all.every((r) => r.error === null)).toBe(true);
    const partial = deref(responses['207'].content['application/json'].examples.addActivitiesPartial).value.value as Json[];
    expect(partial.some((r) => r.error === null)).toBe(true);
    expect(partial.some((r) => r.error && typeof r.error.code === 'string' && typeof r.error.message === 'string')).toBe(true);
  });

  it('OwnedBy: another app\'s connection answers 403 accessDenied, declared on every connection-scoped operation', () => {
    expect(schema('externalConnection')['x-specgen-mock'].ownership.deniedStatus).toBe(403);
    for (const [id, [p]] of Object.entries(OPS)) {
      if (!p.startsWith('/external/connections/{connectionId}')) continue;
      const forbidden = deref(byId(id).responses['403']);
      expect(forbidden, id).toBeDefined();
      const example = deref(Object.values(forbidden.content['application/json'].examples)[0]);
      expect(example.value.error.code, id).toBe('accessDenied');
    }
  });

  it('entities and collections allow @odata.context', () => {
    expect(schema('entity').properties['@odata.context'].type).toBe('string');
    expect(schema('externalConnectionCollectionResponse').properties['@odata.context'].type).toBe('string');
    expect(schema('addActivitiesResponse').properties['@odata.context'].type).toBe('string');
    const closed = JSON.stringify(doc.components.schemas).includes('"additionalProperties":false');
    expect(closed).toBe(false);
  });
});
