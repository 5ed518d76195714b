/**
 * Collections and singletons, inferred from the path structure: `/a/{id}` makes `/a` a collection
 * keyed by `id`; a literal segment with no member path below it is a singleton of its parent
 * (stateful when something writes it). The member schema supplies key, server-set properties and
 * the schema-level `x-specgen-mock`.
 */
import type { MockResource } from '../../../templates/mock-runtime/spec.ts';
import { primaryMedia } from '../../model/media.ts';
import type { ApiModel, OperationModel } from '../../model/types.ts';
import { propertyExtension, schemaExtensionOf, MOCK_EXTENSION } from './extensions.ts';
import { requiredOf } from '../../model/schema-facts.ts';
import type { BodyTable } from './bodies.ts';
import { planIdRule } from './ids.ts';
import { isNullable, schemaExtension, setOwn, topProperties } from './schema-facts.ts';

/** The runtime's own type of a resource's facts. */
export type ResourcePlan = MockResource;

export const isParam = (segment: string | undefined) => !!segment && /^\{[^}]+\}$/.test(segment);
export const paramName = (segment: string) => segment.slice(1, -1);
export const parentOf = (template: string) => template.slice(0, template.lastIndexOf('/'));
const lastSegment = (template: string) => template.slice(template.lastIndexOf('/') + 1);

/**
 * A member path and its collection: `/a/{id}` of `/a`, and `/a/{id}.json` of `/a.json` (APIs that
 * put a format suffix on every path, like Twilio's).
 */
export function memberOf(template: string): { collection: string; param: string } | undefined {
  const m = /^\{([^}]+)\}(\.[A-Za-z0-9]+)?$/.exec(lastSegment(template));
  return m ? { collection: parentOf(template) + (m[2] ?? ''), param: m[1]! } : undefined;
}

export function jsonSchemaOf(contents: OperationModel['responses'][number]['contents'] | undefined): unknown {
  const media = primaryMedia(contents);
  return media?.schema;
}

export function successOf(op: OperationModel) {
  return op.responses.find((r) => r.kind === 'success');
}

/** Member paths (`.../{param}`) present in the spec, by their collection template. */
export function memberTemplates(model: ApiModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const op of model.operations) {
    const member = memberOf(op.path);
    if (member) out.set(member.collection, member.param);
  }
  return out;
}

function singular(word: string): string {
  return word.replace(/ies$/, 'y').replace(/(ss|x|ch|sh)es$/, '$1').replace(/s$/, '');
}

/** The schema describing one member: read response, else create response, else the write body. */
export function memberSchema(model: ApiModel, template: string, kind: 'collection' | 'singleton'): unknown {
  const memberPath = kind === 'collection' ? undefined : template;
  const ops = model.operations.filter((o) => (kind === 'singleton' ? o.path === memberPath : memberOf(o.path)?.collection === template));
  const reads = ops.filter((o) => o.method === 'get').map((o) => jsonSchemaOf(successOf(o)?.contents));
  const creates = model.operations.filter((o) => o.path === template && o.method === 'post').map((o) => jsonSchemaOf(successOf(o)?.contents));
  const writes = ops.filter((o) => o.method === 'put' || o.method === 'patch').map((o) => jsonSchemaOf(o.requestBody?.contents));
  return [...reads, ...creates, ...writes].find((s) => s !== undefined);
}

export function planResource(model: ApiModel, template: string, kind: 'collection' | 'singleton', where: OperationModel, table: BodyTable): ResourcePlan {
  const schema = memberSchema(model, template, kind);
  const ext = schemaExtensionOf(schema === undefined ? undefined : schemaExtension(model.document, schema), where.location);
  const properties = schema === undefined ? new Map() : topProperties(model.document, schema);
  const keyParam = kind === 'collection' ? model.operations.map((o) => memberOf(o.path)).find((m) => m?.collection === template)?.param : undefined;
  // The member's id property: declared, else `id`, else the one named like the path parameter (`/users/{username}`).
  const key = ext.key ?? (properties.has('id') || keyParam === undefined ? 'id'
    : properties.has(keyParam) ? keyParam
      : [...properties.keys()].find((n) => n.toLowerCase() === keyParam.toLowerCase() || `${n}id`.toLowerCase() === keyParam.toLowerCase()) ?? 'id');
  // Ids are minted from the key property's schema, else from the member path parameter's.
  const pathParam = keyParam === undefined ? undefined
    : model.operations.find((o) => memberOf(o.path)?.collection === template)?.parameters.find((p) => p.in === 'path' && p.name === keyParam);
  const idSchema = properties.get(key) ?? pathParam?.schema;
  const id = planIdRule(model.document, idSchema ?? { type: 'string', format: 'uuid' });
  // Required properties the request may leave out: filled with valid values so what is stored answers its schema.
  const fill: Record<string, unknown> = {};
  if (schema !== undefined) {
    const required = requiredOf(model.document, schema);
    for (const [name, prop] of properties) {
      if (!required.has(name) || name === key) continue;
      setOwn(fill, name, table.value(prop));
    }
  }
  const serverSet: ResourcePlan['serverSet'] = {};
  for (const [name, prop] of [...properties].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // Spec property names index the plan: `__proto__` must define a property, not set a prototype.
    const own = propertyExtension(prop[MOCK_EXTENSION], where.location);
    if (own) setOwn(serverSet, name, own);
    else if (prop.readOnly === true) {
      if (name === key) setOwn(serverSet, name, { mint: 'uuid' });
      else if (prop.format === 'date-time') setOwn(serverSet, name, { mint: 'timestamp' });
      else if (prop.format === 'uuid') setOwn(serverSet, name, { mint: 'uuid' });
      else if (isNullable(prop)) setOwn(serverSet, name, { initial: null });
    }
  }
  const literal = template.split('/').filter((s) => s && !isParam(s)).pop()?.replace(/\.[A-Za-z0-9]+$/, '') ?? 'resource';
  return {
    template,
    kind,
    key,
    id,
    ...(Object.keys(fill).length ? { fill: table.json(fill) } : {}),
    label: ext.label ?? singular(literal),
    serverSet,
    ...(ext.ownership ? { ownership: ext.ownership } : {}),
  };
}
