/**
 * Per-operation facts of the mock: route, base paths, validators, the inferred action and its
 * resource, state gates, long-running behaviour, examples and error codes. Plain data.
 */
import type { ParamSpec } from '../../../templates/runtime/params.ts';
import { paramSpec } from '../param-spec.ts';
import type { MockBudget, MockLongRunning, MockOperation, MockRequestMedia, MockResults, MockSecurityScheme } from '../../../templates/mock-runtime/spec.ts';
import { SpecError } from '../../load/errors.ts';
import { validatorEntries } from '../emit-validators.ts';
import { primaryMedia } from '../../model/media.ts';
import type { ApiModel, OperationModel, ParameterModel, ServerModel } from '../../model/types.ts';
import { isObject } from '../../model/resolve.ts';
import { jsonTypeOf, topProperties } from '../../model/schema-facts.ts';
import type { SampleOptions } from './schema-facts.ts';
import { BodyTable, describesMember, holdsItems, holdsMember, isObjectSchema, mediaKind, pagingOf, planResponses } from './bodies.ts';
import { MOCK_EXTENSION, type ActionName } from './extensions.ts';
import type { ResultsExt } from '../../model/mock-extension.ts';
import { isParam, memberOf, memberSchema, memberTemplates, paramName, planResource, successOf, type ResourcePlan } from './resources.ts';


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

function inferAction(model: ApiModel, op: OperationModel, members: Map<string, string>, written: Set<string>): { action: ActionName; resource?: string; kind?: 'collection' | 'singleton' } {
  const document = model.document;
  const segments = op.path.split('/');
  const last = segments[segments.length - 1];
  const memberPath = memberOf(op.path);
  if (memberPath) {
    const resource = memberPath.collection;
    const byMethod: Partial<Record<string, ActionName>> = { get: 'read', put: 'upsert', patch: 'update', delete: 'delete' };
    const action = byMethod[op.method];
    return action ? { action, resource, kind: 'collection' } : { action: 'example' };
  }
  const success = primaryMedia(successOf(op)?.contents)?.schema;
  if (members.has(op.path)) {
    const member = memberSchema(model, op.path, 'collection');
    if (op.method === 'post') {
      // A create only when the structure says so: the body describes the member, and so does the answer (or there is none).
      // A create only when the structure says so: an object body, and an answer that is the member
      // (or wraps it); without an answer, or with a look-alike answer, the body must describe the member too.
      const body = primaryMedia(op.requestBody?.contents)?.schema;
      const object = body !== undefined && isObjectSchema(document, body);
      const create = !object ? false
        : member === undefined ? true
          : success !== undefined && holdsMember(document, success, member) ? true
            : describesMember(document, body, member) && (success === undefined || describesMember(document, success, member));
      return create ? { action: 'create', resource: op.path, kind: 'collection' } : { action: 'example' };
    }
    if (op.method === 'get' && holdsItems(document, success, op.pagination)) return { action: 'list', resource: op.path, kind: 'collection' };
    return { action: 'example' };
  }
  if (op.method === 'get' && op.pagination) return { action: 'list', resource: op.path, kind: 'collection' };
  if (op.method === 'post' || op.method === 'head' || op.method === 'options' || op.method === 'trace') return { action: 'example' };
  if (op.method === 'get') return written.has(op.path) ? { action: 'read', resource: op.path, kind: 'singleton' } : { action: 'example' };
  const byMethod: Partial<Record<string, ActionName>> = { put: 'upsert', patch: 'update', delete: 'delete' };
  const action = byMethod[op.method];
  return action ? { action, resource: op.path, kind: 'singleton' } : { action: 'example' };
}

/** The operation declares a response a "not found" fits: 404, `4XX` or `default`. */
function saysMissing(op: OperationModel): boolean {
  return op.responses.some((r) => r.status === '404' || /^4XX$/i.test(r.status) || r.status === 'default');
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

/**
 * `results`: checked against the operation (an operation answering from its examples, with a JSON
 * request body, declaring the partial status); paths split at dots.
 */
function planResults(op: OperationModel, action: string, r: ResultsExt): MockResults {
  const fail = (message: string): never => {
    throw new SpecError('bad-extension', `${MOCK_EXTENSION}: results${message} (${op.operationId})`, op.location, 'see docs/mock-extensions.md');
  };
  if (action !== 'example') fail(` needs an operation that does not act on stored members; this one is a ${action}`);
  if (!op.requestBody || primaryMedia(op.requestBody.contents)?.schema === undefined) fail(' needs a JSON request body holding the items');
  if (!op.responses.some((x) => x.status === String(r.partial))) fail(`.partial ${r.partial} is not a declared response`);
  if (!op.responses.some((x) => x.kind === 'success' && x.status !== String(r.partial))) fail(' needs a declared success other than the partial status');
  return { items: r.items.split('.'), behaviour: r.behaviour, at: r.at.split('.'), partial: r.partial };
}

/** Pending status of a long-running operation: the extension's, else the status enum's first "other" member. */
function pendingStatus(values: string[], done: string[]): string {
  return values.find((v) => !done.includes(v) && !/^(unspecified|unknown|unknownFutureValue|none)$/i.test(v)) ?? 'running';
}

export interface MockPlan {
  operations: OperationPlan[];
  resources: Record<string, ResourcePlan>;
  basePaths: string[];
  securitySchemes: Record<string, MockSecurityScheme>;
  defaultErrorCodes: Record<string, string>;
  /** Body texts (MockSpec.examples). */
  examples: string[];
  /** Request budgets by name (MockSpec.throttling). */
  throttling?: Record<string, MockBudget>;
}

/** Request media types the operation accepts, with how form/multipart fields are read. */
function requestMedia(model: ApiModel, op: OperationModel, validator: string | undefined): MockRequestMedia[] {
  const contents = op.requestBody?.contents ?? [];
  const primary = primaryMedia(contents);
  return contents.map((m): MockRequestMedia => {
    const kind = mediaKind(m.mediaType);
    let fields: Record<string, ParamSpec> | undefined;
    if ((kind === 'form' || kind === 'multipart') && m.schema !== undefined) {
      fields = {};
      for (const [name, prop] of topProperties(model.document, m.schema)) {
        const { jsonType, itemsType } = jsonTypeOf(model.document, prop);
        // A field is read as a form query parameter is, with its Encoding Object's style where it has one.
        const enc = m.encoding ? Object.prototype.hasOwnProperty.call(m.encoding, name) ? m.encoding[name] : undefined : undefined;
        const style = enc?.style ?? 'form';
        const spec = paramSpec(model.document, {
          name, in: 'query', style, explode: enc?.explode ?? style === 'form', allowReserved: enc?.allowReserved ?? false,
          jsonType, ...(itemsType !== undefined ? { itemsType } : {}), schema: prop as ParameterModel['schema'],
        });
        Object.defineProperty(fields, name, { value: spec, enumerable: true, writable: true, configurable: true });
      }
    }
    const sameAsPrimary = m === primary || (primary?.schema !== undefined && m.schema === primary.schema);
    return { type: m.mediaType, kind, ...(fields ? { fields } : {}), ...(validator && sameAsPrimary ? { validator } : {}) };
  });
}

function securitySchemes(model: ApiModel): Record<string, MockSecurityScheme> {
  const out: Record<string, MockSecurityScheme> = {};
  for (const s of model.securitySchemes) {
    const type = s.type as MockSecurityScheme['type'];
    if (!['apiKey', 'http', 'oauth2', 'openIdConnect', 'mutualTLS'].includes(type)) continue;
    const scheme: MockSecurityScheme = {
      type,
      ...(s.in ? { in: s.in } : {}),
      ...(s.paramName !== undefined ? { name: s.paramName } : {}),
      ...(s.scheme ? { scheme: s.scheme } : {}),
    };
    Object.defineProperty(out, s.name, { value: scheme, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function planOperations(model: ApiModel, data: SampleOptions = {}): MockPlan {
  const members = memberTemplates(model);
  // Singletons are stateful when something writes them.
  const written = new Set(model.operations.filter((o) => ['put', 'patch', 'delete'].includes(o.method) && !isParam(o.path.split('/').pop())).map((o) => o.path));
  const validatorNames = new Set(validatorEntries(model).entries.map((e) => e.name));
  const validator = (name: string) => (validatorNames.has(name) ? `validate${name}` : undefined);
  const resources: Record<string, ResourcePlan> = {};
  const table = new BodyTable(model.document, data);
  const schemes = securitySchemes(model);
  const inferred = new Map(model.operations.map((op) => {
    const ext = op.mock;
    const base = inferAction(model, op, members, written);
    const action = op.batch ? 'batch' : ext.action ?? base.action;
    const resource = op.batch ? undefined : ext.resource ?? base.resource;
    const kind = base.kind ?? (resource && members.has(resource) ? 'collection' : 'singleton');
    if (action !== 'example' && resource && !resources[resource]) resources[resource] = planResource(model, resource, kind, op, table);
    return [op, { action: resource || action === 'example' || action === 'batch' ? action : 'example', resource: action === 'example' ? undefined : resource }] as const;
  }));
  // Collections some operation adds members to: only those must exist as ancestors.
  const populated = new Set([...inferred.values()].filter((i) => i.action === 'create' || i.action === 'upsert').map((i) => i.resource));
  const codeCounts = new Map<string, Map<string, number>>();

  const operations = model.operations.map((op): OperationPlan => {
    const ext = op.mock;
    const { action, resource } = inferred.get(op)!;
    const res = resource ? resources[resource] : undefined;
    const created = op.method === 'put' && op.responses.some((r) => r.status === '201') && successOf(op)?.status !== '201' ? 201 : undefined;
    const segments = op.path.split('/');
    const ancestors: { collection: string; param: string }[] = [];
    const own = memberOf(op.path);
    const ownIndex = res?.kind === 'collection' && own ? segments.length - 1 : segments.length;
    for (let i = 1; i < ownIndex; i++) {
      const collection = segments.slice(0, i).join('/');
      // An operation that cannot say "not found" (no 404, 4XX, default) does not check for its parents either.
      if (isParam(segments[i]) && populated.has(collection) && saysMissing(op)) ancestors.push({ collection, param: paramName(segments[i]!) });
    }
    const codes = errorCodes(op);
    for (const [s, c] of Object.entries(codes)) {
      const counts = codeCounts.get(s) ?? new Map<string, number>();
      counts.set(c, (counts.get(c) ?? 0) + 1);
      codeCounts.set(s, counts);
    }
    const security = op.security.map((alt) => alt.map((r) => ({ scheme: r.scheme, scopes: r.scopes })));
    const params = op.parameters.map((p) => paramSpec(model.document, p));
    const where = (loc: string) => validator(`${op.typeName}${loc}Parameters`);
    const validators = Object.fromEntries(Object.entries({
      path: where('Path'), query: where('Query'), header: where('Header'), cookie: where('Cookie'),
    }).filter(([, v]) => v !== undefined));
    const requires = ext.requires.map((r) => {
      const s = r.status ?? (op.responses.some((x) => x.status === '409') ? 409 : 400);
      if (r.when && !(resource && (action === 'upsert' || action === 'create' || action === 'update'))) {
        throw new SpecError('bad-extension', `${MOCK_EXTENSION}: requires.when needs an operation that writes a member (upsert); ${op.operationId} ${action === 'example' ? 'answers from examples' : `is a ${action}`}`, op.location, 'see docs/mock-extensions.md');
      }
      return {
        target: resolveTarget(r.target, op), property: r.property, in: r.in, status: s, code: r.code ?? codes['400'] ?? 'invalidRequest',
        ...(r.when ? { when: r.when } : {}),
      };
    });
    const results = ext.results ? planResults(op, action, ext.results) : undefined;
    let longRunning: MockLongRunning | undefined;
    if (op.longRunning && op.longRunning.statusOperationId) {
      const lr = op.longRunning;
      const statusOp = model.operations.find((o) => o.operationId === lr.statusOperationId);
      const lrExt = ext.longRunning;
      const statusMember = statusOp ? memberOf(statusOp.path) : undefined;
      if (statusOp && statusMember) {
        longRunning = {
          statusCollection: statusMember.collection,
          statusProperty: lr.statusProperty,
          pending: lrExt?.pending ?? pendingStatus(lr.statusValues ?? [], [...lr.succeeded, ...lr.failed]),
          succeeded: lr.succeeded[0] ?? 'succeeded',
          failed: lr.failed[0] ?? 'failed',
          ...(lr.errorProperty ? { errorProperty: lr.errorProperty } : {}),
          locationHeader: lr.locationHeader,
          delayMs: lrExt?.delayMs ?? DEFAULT_DELAY_MS,
          ...(lrExt?.behaviour ? { behaviour: lrExt.behaviour } : {}),
          onSucceeded: (lrExt?.onSucceeded ?? []).map((s) => ({ ...s, target: resolveTarget(s.target, op) })),
          ...(lrExt?.retryAfterSeconds !== undefined ? { retryAfterSeconds: lrExt.retryAfterSeconds } : {}),
        };
        if (!resources[statusMember.collection]) resources[statusMember.collection] = planResource(model, statusMember.collection, 'collection', statusOp, table);
      }
    }
    const member = resource ? memberSchema(model, resource, res?.kind ?? 'collection') : undefined;
    const responses = planResponses({ model, op, table, validators: validatorNames, member, list: action === 'list' });
    const paging = action === 'list' ? pagingOf(model, op) : undefined;
    const bodyValidator = validator(`${op.typeName}RequestBody`);
    return {
      operationId: op.operationId,
      method: op.method.toUpperCase(),
      template: op.path,
      basePaths: basePathsOf(model, op),
      security,
      params,
      validators,
      ...(op.requestBody ? { body: { required: op.requestBody.required, readOnly: op.requestBody.readOnlyProperties, media: requestMedia(model, op, bodyValidator) } } : {}),
      ...(ext.maxBodyBytes !== undefined ? { maxBodyBytes: ext.maxBodyBytes } : {}),
      action,
      ...(resource ? { resource } : {}),
      ...(res?.kind === 'collection' && own ? { keyParam: own.param } : {}),
      // Nothing in the spec adds members here, or the operation declares no response a "not found" fits
      // (404, 4XX, default): what the mock does not hold answers the example (seeded state is still served).
      ...(['read', 'update', 'delete'].includes(action) && ((res?.kind === 'collection' && own && !populated.has(resource)) || !saysMissing(op))
        ? { missing: 'example' as const } : {}),
      ancestors,
      responses,
      ...(created ? { createdStatus: created } : {}),
      ...(paging ? { paging } : {}),
      ...(action === 'list' && op.pagination?.sizeParam ? { sizeParam: op.pagination.sizeParam } : {}),
      requires,
      ...(longRunning ? { longRunning } : {}),
      ...(ext.validate ? { validate: ext.validate } : {}),
      ...(results ? { results } : {}),
      errorCodes: codes,
      idempotentCreate: !!op.idempotentCreate,
      ...budgetsOf(model, op),
      ...(op.batch ? { batch: { maxRequests: op.batch.maxRequests } } : {}),
    };
  });
  const defaultErrorCodes: Record<string, string> = {};
  for (const [s, counts] of [...codeCounts].sort(([a], [b]) => Number(a) - Number(b))) {
    defaultErrorCodes[s] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  }
  const basePaths = [...new Set(operations.flatMap((o) => o.basePaths))].sort();
  const throttling = model.throttling && Object.fromEntries(model.throttling.budgets.map((b) => [b.name, {
    ...(b.rate !== undefined ? { rate: b.rate } : {}),
    ...(b.concurrency !== undefined ? { concurrency: b.concurrency } : {}),
    per: b.per,
    readHeadroom: b.readHeadroom,
  }]));
  return { operations, resources, basePaths, securitySchemes: schemes, defaultErrorCodes, examples: table.texts, ...(throttling ? { throttling } : {}) };
}

/**
 * The budgets an operation counts against: those it names, and those that apply to all operations
 * below their member templates (`appliesTo: all`) whose templates its path lies under.
 */
function budgetsOf(model: ApiModel, op: OperationModel): { budgets?: string[] } {
  const under = (template: string) => template === 'app' || op.path === template || op.path.startsWith(`${template}/`);
  const names = (model.throttling?.budgets ?? [])
    .filter((b) => (op.mock.budgets ?? []).includes(b.name) || (b.appliesTo === 'all' && b.per.every(under)))
    .map((b) => b.name);
  return names.length ? { budgets: names } : {};
}
