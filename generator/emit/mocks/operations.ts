/**
 * Per-operation facts of the mock: route, base paths, validators, the inferred action and its
 * resource, state gates, long-running behaviour, examples and error codes. Plain data.
 */
import type { MockLongRunning, MockOperation } from '../../../templates/mock-runtime/spec.ts';
import { validatorEntries } from '../emit-validators.ts';
import type { ApiModel, OperationModel, ServerModel } from '../../model/types.ts';
import { isObject } from '../../model/resolve.ts';
import type { ActionName } from './extensions.ts';
import { isParam, memberTemplates, paramName, parentOf, planResource, successOf, type ResourcePlan } from './resources.ts';
import { SAMPLE_LIMITS, sampleOf } from './schema-facts.ts';

/** The item types a query array is coerced to (anything else stays text for the validator to judge). */
const SCALARS: ReadonlySet<string> = new Set(['string', 'integer', 'number', 'boolean']);

/** The runtime's own type of an operation's facts: generator and mock runtime compile against one type. */
export type OperationPlan = MockOperation;

const DEFAULT_DELAY_MS = 1000;

/** Path of a server URL (variables at their defaults), without trailing slash. */
function basePathOf(server: ServerModel): string {
  const url = server.url.replace(/\{([^}]+)\}/g, (_, name: string) => server.variables.find((v) => v.name === name)?.default ?? '');
  try {
    return new URL(url, 'http://relative.invalid').pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

export function originOf(server: ServerModel): string | undefined {
  const url = server.url.replace(/\{([^}]+)\}/g, (_, name: string) => server.variables.find((v) => v.name === name)?.default ?? '');
  return /^https?:\/\//i.test(url) ? new URL(url).origin : undefined;
}

function basePathsOf(model: ApiModel, op: OperationModel): string[] {
  const servers = op.servers ?? model.servers;
  const versions = op.versions;
  const served = servers.filter((s) => {
    const version = s.fields.version;
    return !versions || typeof version !== 'string' || versions.includes(version);
  });
  const paths = [...new Set(served.map(basePathOf))];
  return paths.length ? paths.sort() : [''];
}

function statusNumber(status: string): number {
  return /^\d{3}$/.test(status) ? Number(status) : Number(status[0]) * 100;
}

function inferAction(op: OperationModel, members: Map<string, string>, written: Set<string>): { action: ActionName; resource?: string; kind?: 'collection' | 'singleton' } {
  const segments = op.path.split('/');
  const last = segments[segments.length - 1];
  if (isParam(last)) {
    const resource = parentOf(op.path);
    const byMethod: Partial<Record<string, ActionName>> = { get: 'read', put: 'upsert', patch: 'update', delete: 'delete' };
    const action = byMethod[op.method];
    return action ? { action, resource, kind: 'collection' } : { action: 'example' };
  }
  const created = successOf(op)?.status === '201';
  if (op.method === 'post' && (created || members.has(op.path))) return { action: 'create', resource: op.path, kind: 'collection' };
  if (op.method === 'get' && (members.has(op.path) || op.pagination)) return { action: 'list', resource: op.path, kind: 'collection' };
  if (members.has(op.path) || op.method === 'post' || op.method === 'head' || op.method === 'options') return { action: 'example' };
  if (op.method === 'get') return written.has(op.path) ? { action: 'read', resource: op.path, kind: 'singleton' } : { action: 'example' };
  const byMethod: Partial<Record<string, ActionName>> = { put: 'upsert', patch: 'update', delete: 'delete' };
  const action = byMethod[op.method];
  return action ? { action, resource: op.path, kind: 'singleton' } : { action: 'example' };
}

/** The member template a `parent` / `self` target names for this operation. */
function resolveTarget(target: string, op: OperationModel): string {
  if (target === 'self') return op.path;
  if (target !== 'parent') return target;
  const segments = op.path.split('/');
  const own = isParam(segments[segments.length - 1]) ? segments.length - 1 : segments.length;
  for (let i = own - 1; i > 0; i--) if (isParam(segments[i])) return segments.slice(0, i + 1).join('/');
  return op.path;
}

function errorCodes(op: OperationModel): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of op.responses) {
    if (r.kind !== 'error' || !/^\d{3}$/.test(r.status)) continue;
    for (const media of r.contents) {
      const ex = media.examples[0]?.value;
      const code = isObject(ex) && isObject(ex.error) ? ex.error.code : undefined;
      if (typeof code === 'string') {
        out[r.status] = code;
        break;
      }
    }
  }
  return out;
}

/** Pending status of a long-running operation: the extension's, else the status enum's first "other" member. */
function pendingStatus(values: string[], done: string[]): string {
  return values.find((v) => !done.includes(v) && !/^(unspecified|unknown|unknownFutureValue|none)$/i.test(v)) ?? 'running';
}

export interface MockPlan {
  operations: OperationPlan[];
  resources: Record<string, ResourcePlan>;
  basePaths: string[];
  defaultErrorCodes: Record<string, string>;
  /** JSON texts of the bodies `example` actions answer with (MockSpec.examples). */
  examples: string[];
}

/** Bytes of generated samples a whole mock may hold; past it, samples are built minimal. */
export const SAMPLE_TOTAL_BYTES = 2 * 1024 * 1024;

/**
 * The bodies `example` actions answer with, as JSON text, each text once: operations refer to them
 * by index, so a schema answered by many operations is written once. A sample of the same schema
 * is built once (by `$ref`, else by schema object). Text, not a literal, so a type checker never
 * infers types from spec data however large or varied it is, and every answer is a fresh parse.
 */
class ExampleTable {
  readonly texts: string[] = [];
  private readonly byText = new Map<string, number>();
  private readonly bySchema = new Map<unknown, number>();
  private generated = 0;

  constructor(private readonly document: Record<string, unknown>) {}

  /** A spec-supplied example (bounded by the spec's own size: used whole). */
  given(v: unknown): number {
    return this.add(JSON.stringify(v) ?? 'null');
  }

  /** A sample built from the schema, within SAMPLE_LIMITS and, over the whole mock, SAMPLE_TOTAL_BYTES. */
  sample(schema: unknown): number {
    const key = isObject(schema) && typeof schema.$ref === 'string' && Object.keys(schema).length === 1 ? schema.$ref : schema;
    const known = this.bySchema.get(key);
    if (known !== undefined) return known;
    const limits = this.generated < SAMPLE_TOTAL_BYTES ? SAMPLE_LIMITS : { ...SAMPLE_LIMITS, bytes: 0 };
    const text = JSON.stringify(sampleOf(this.document, schema, limits)) ?? 'null';
    if (!this.byText.has(text)) this.generated += text.length;
    const index = this.add(text);
    this.bySchema.set(key, index);
    return index;
  }

  private add(text: string): number {
    let index = this.byText.get(text);
    if (index === undefined) {
      index = this.texts.push(text) - 1;
      this.byText.set(text, index);
    }
    return index;
  }
}

export function planOperations(model: ApiModel): MockPlan {
  const members = memberTemplates(model);
  // Singletons are stateful when something writes them.
  const written = new Set(model.operations.filter((o) => ['put', 'patch', 'delete'].includes(o.method) && !isParam(o.path.split('/').pop())).map((o) => o.path));
  const validatorNames = new Set(validatorEntries(model).entries.map((e) => e.name));
  const validator = (name: string) => (validatorNames.has(name) ? `validate${name}` : undefined);
  const resources: Record<string, ResourcePlan> = {};
  const inferred = new Map(model.operations.map((op) => {
    const ext = op.mock;
    const base = inferAction(op, members, written);
    const action = ext.action ?? base.action;
    const resource = ext.resource ?? base.resource;
    const kind = base.kind ?? (resource && members.has(resource) ? 'collection' : 'singleton');
    if (action !== 'example' && resource && !resources[resource]) resources[resource] = planResource(model, resource, kind, op);
    return [op, { action: resource || action === 'example' ? action : 'example', resource: action === 'example' ? undefined : resource }] as const;
  }));
  // Collections some operation adds members to: only those must exist as ancestors.
  const populated = new Set([...inferred.values()].filter((i) => i.action === 'create' || i.action === 'upsert').map((i) => i.resource));
  const codeCounts = new Map<string, Map<string, number>>();
  const examples = new ExampleTable(model.document);

  const operations = model.operations.map((op): OperationPlan => {
    const ext = op.mock;
    const { action, resource } = inferred.get(op)!;
    const res = resource ? resources[resource] : undefined;
    const success = successOf(op);
    const status = success ? statusNumber(success.status) : 200;
    const created = op.method === 'put' && op.responses.some((r) => r.status === '201') && status !== 201 ? 201 : undefined;
    const segments = op.path.split('/');
    const ancestors: { collection: string; param: string }[] = [];
    const ownIndex = res?.kind === 'collection' && isParam(segments[segments.length - 1]) ? segments.length - 1 : segments.length;
    for (let i = 1; i < ownIndex; i++) {
      const collection = segments.slice(0, i).join('/');
      if (isParam(segments[i]) && populated.has(collection)) ancestors.push({ collection, param: paramName(segments[i]!) });
    }
    const codes = errorCodes(op);
    for (const [s, c] of Object.entries(codes)) {
      const counts = codeCounts.get(s) ?? new Map<string, number>();
      counts.set(c, (counts.get(c) ?? 0) + 1);
      codeCounts.set(s, counts);
    }
    const media = success?.contents.find((c) => /json/i.test(c.mediaType)) ?? success?.contents[0];
    const hasBody = !!success?.contents.length;
    const scopes = [...new Set(op.security.flatMap((alt) => alt.flatMap((r) => r.scopes)))].sort();
    const secured = op.security.length > 0 && op.security.every((alt) => alt.length > 0);
    const params = op.parameters.flatMap((p) => p.in === 'cookie' ? [] : [{
      name: p.name, in: p.in, type: p.jsonType, ...(p.itemsType !== undefined && SCALARS.has(p.itemsType) ? { items: p.itemsType as 'string' } : {}),
    }]);
    const where = (loc: string) => validator(`${op.typeName}${loc}Parameters`);
    const validators = Object.fromEntries(Object.entries({
      path: where('Path'), query: where('Query'), header: where('Header'), body: validator(`${op.typeName}RequestBody`),
    }).filter(([, v]) => v !== undefined));
    const requires = ext.requires.map((r) => {
      const s = r.status ?? (op.responses.some((x) => x.status === '409') ? 409 : 400);
      return { target: resolveTarget(r.target, op), property: r.property, in: r.in, status: s, code: r.code ?? codes['400'] ?? 'invalidRequest' };
    });
    let longRunning: MockLongRunning | undefined;
    if (op.longRunning && op.longRunning.statusOperationId) {
      const lr = op.longRunning;
      const statusOp = model.operations.find((o) => o.operationId === lr.statusOperationId);
      const lrExt = ext.longRunning;
      if (statusOp && isParam(statusOp.path.split('/').pop())) {
        longRunning = {
          statusCollection: parentOf(statusOp.path),
          statusProperty: lr.statusProperty,
          pending: lrExt?.pending ?? pendingStatus(lr.statusValues ?? [], [...lr.succeeded, ...lr.failed]),
          succeeded: lr.succeeded[0] ?? 'succeeded',
          failed: lr.failed[0] ?? 'failed',
          ...(lr.errorProperty ? { errorProperty: lr.errorProperty } : {}),
          locationHeader: lr.locationHeader,
          delayMs: lrExt?.delayMs ?? DEFAULT_DELAY_MS,
          ...(lrExt?.behaviour ? { behaviour: lrExt.behaviour } : {}),
          onSucceeded: (lrExt?.onSucceeded ?? []).map((s) => ({ ...s, target: resolveTarget(s.target, op) })),
        };
        if (!resources[parentOf(statusOp.path)]) resources[parentOf(statusOp.path)] = planResource(model, parentOf(statusOp.path), 'collection', statusOp);
      }
    }
    const given = media?.examples[0]?.value;
    const exampleBody = action !== 'example' || !hasBody ? undefined
      : given !== undefined && given !== null ? examples.given(given)
      : media?.schema !== undefined ? examples.sample(media.schema) : examples.given(null);
    const pageable = op.pagination ? { items: op.pagination.itemsProperty, nextLink: op.pagination.nextLinkProperty } : undefined;
    return {
      operationId: op.operationId,
      method: op.method.toUpperCase(),
      template: op.path,
      basePaths: basePathsOf(model, op),
      secured,
      scopes,
      params,
      validators,
      ...(op.requestBody ? { body: { required: op.requestBody.required, readOnly: op.requestBody.readOnlyProperties } } : {}),
      ...(ext.maxBodyBytes !== undefined ? { maxBodyBytes: ext.maxBodyBytes } : {}),
      action,
      ...(resource ? { resource } : {}),
      ...(res?.kind === 'collection' && isParam(segments[segments.length - 1]) ? { keyParam: paramName(segments[segments.length - 1]!) } : {}),
      ancestors,
      status,
      ...(created ? { createdStatus: created } : {}),
      hasBody,
      ...(exampleBody !== undefined ? { example: exampleBody } : {}),
      headers: {},
      ...(pageable ? { pagination: pageable } : {}),
      requires,
      ...(longRunning ? { longRunning } : {}),
      ...(ext.validate ? { validate: ext.validate } : {}),
      errorCodes: codes,
      idempotentCreate: !!op.idempotentCreate,
      select: op.parameters.some((p) => p.in === 'query' && p.name === '$select'),
    };
  });
  const defaultErrorCodes: Record<string, string> = {};
  for (const [s, counts] of [...codeCounts].sort(([a], [b]) => Number(a) - Number(b))) {
    defaultErrorCodes[s] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  }
  const basePaths = [...new Set(operations.flatMap((o) => o.basePaths as string[]))].sort();
  return { operations, resources, basePaths, defaultErrorCodes, examples: examples.texts };
}
