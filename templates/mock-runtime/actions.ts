/** What each inferred action does to the store: create, list, read, upsert, update, delete, example. */
import type { MockEngine } from './engine.js';
import { MockError } from './errors.js';
import type { MockCaller } from './options.js';
import { codeFor } from './request.js';
import { getAt } from './paths.js';
import { fillTemplate } from './router.js';
import { getOwn, setOwn, type JsonObject, type MockOperation, type MockResource } from './spec.js';
import { fitsId } from './ids.js';
import type { Outcome } from './response.js';
import { memberPath, splitPath, type StoredEntry } from './store.js';

export interface ActionContext {
  op: MockOperation;
  params: Record<string, string>;
  url: URL;
  basePath: string;
  caller: MockCaller;
  body: unknown;
  /** Headers the action adds to a successful answer (a behaviour's advice as `Warning`). */
  headers?: Record<string, string>;
  /** The `failed-operation` fault: a long-running write started now ends `failed`. */
  failOperation?: boolean;
}

/** A JSON object body (not an array, not the bytes of a binary body). */
const isObj = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v);

/** Where the acted-on member lives: its collection path and id. */
function target(engine: MockEngine, ctx: ActionContext): { res: MockResource; collection: string; id: string } {
  const res = engine.resource(ctx.op.resource);
  if (res.kind === 'singleton') return { res, ...splitPath(fillTemplate(res.template, ctx.params)) };
  return { res, collection: fillTemplate(res.template, ctx.params), id: ctx.op.keyParam ? getOwn(ctx.params, ctx.op.keyParam) ?? '' : '' };
}

function notFound(engine: MockEngine, op: MockOperation, label: string, id: string): MockError {
  return new MockError(404, codeFor(engine, op, 404), `The ${label} '${id}' was not found.`);
}

/**
 * A member the caller may not see (OwnedBy): the resource's `ownership.deniedStatus` with the
 * operation's code for it (Graph: 403 `accessDenied`), else "not found".
 */
function hidden(engine: MockEngine, op: MockOperation, res: MockResource, id: string): MockError {
  const status = res.ownership?.deniedStatus;
  if (status === undefined) return notFound(engine, op, res.label, id);
  return new MockError(status, codeFor(engine, op, status), `The caller may not access the ${res.label} '${id}': it neither created it nor is authorized on it.`);
}

/** Every containing member must exist (404) and be visible to the caller (`ownership.deniedStatus`, else 404). */
export function checkAncestors(engine: MockEngine, ctx: ActionContext): void {
  for (const a of ctx.op.ancestors) {
    const res = engine.resource(a.collection);
    const id = getOwn(ctx.params, a.param) ?? '';
    const entry = engine.store.get(fillTemplate(a.collection, ctx.params), id);
    if (!entry) throw notFound(engine, ctx.op, res.label, id);
    if (!engine.visible(res, entry, ctx.caller, ctx.op)) throw hidden(engine, ctx.op, res, id);
  }
}

/** The write creates the member it acts on (it does not exist yet): what `requires.when` tells apart. */
function creates(engine: MockEngine, ctx: ActionContext): boolean {
  if (ctx.op.resource === undefined) return false;
  const { collection, id } = target(engine, ctx);
  return !engine.store.get(collection, id);
}

/**
 * State gates (`x-specgen-mock.requires`): the target's property must hold one of the listed values;
 * a gate with `when` applies only to a write that creates (or only to one that replaces) its member.
 */
export function checkRequirements(engine: MockEngine, ctx: ActionContext): void {
  let creating: boolean | undefined;
  for (const r of ctx.op.requires) {
    if (r.when !== undefined) {
      creating ??= creates(engine, ctx);
      if ((r.when === 'create') !== creating) continue;
    }
    const entry = engine.store.getPath(fillTemplate(r.target, ctx.params));
    if (!entry) continue;
    const actual = getOwn(entry.value, r.property);
    if (!r.in.includes(actual)) {
      const label = engine.spec.resources[r.target.slice(0, r.target.lastIndexOf('/'))]?.label ?? 'resource';
      throw new MockError(r.status, r.code,
        `The ${label}'s ${r.property} is '${String(actual)}'; this request needs ${r.in.map((v) => `'${String(v)}'`).join(' or ')}.`);
    }
  }
}

/**
 * The operation's `validate` behaviour: its problems refuse the request (400, one detail per problem,
 * the behaviour's name as the detail code). A behaviour named `<behaviour>-advice`, when there is
 * one, is asked too: its messages never fail the request, they go out as `Warning: 199 - "<message>"`
 * headers (RFC 7234 §5.5, miscellaneous warning) on the success answer.
 */
function runBehaviour(engine: MockEngine, ctx: ActionContext, value: unknown): void {
  const v = ctx.op.validate;
  if (!v) return;
  const behaviour = engine.behaviour(v.behaviour);
  if (!behaviour) throw new Error(`unknown mock behaviour '${v.behaviour}'`);
  const registered = engine.store.getPath(fillTemplate(v.against, ctx.params))?.value;
  const problems = behaviour(value, registered);
  if (problems.length) {
    throw new MockError(400, codeFor(engine, ctx.op, 400), problems[0]!, problems.map((message) => ({ code: v.behaviour, message })));
  }
  const advice = engine.behaviour(`${v.behaviour}-advice`)?.(value, registered) ?? [];
  if (advice.length) {
    // A quoted-string per RFC 7230: printable ASCII, `"` and `\` escaped; several warnings comma-separated.
    const quoted = (m: string) => `199 - "${m.replace(/[^\x20-\x7E]/g, '?').replace(/["\\]/g, (c) => `\\${c}`)}"`;
    ctx.headers = { ...ctx.headers, warning: advice.map(quoted).join(', ') };
  }
}

function create(engine: MockEngine, ctx: ActionContext): Outcome {
  const { res, collection } = target(engine, ctx);
  const body = isObj(ctx.body) ? ctx.body : {};
  const given = getOwn(body, res.key);
  // The request's id when it is one the id property's schema allows; else a minted one.
  const id = (typeof given === 'string' && given !== '') || typeof given === 'number' ? (fitsId(res.id, given) ? given : engine.mint(res, collection)) : engine.mint(res, collection);
  if (engine.store.get(collection, String(id))) {
    throw new MockError(409, codeFor(engine, ctx.op, 409), `A ${res.label} with the id '${String(id)}' already exists.`);
  }
  runBehaviour(engine, ctx, body);
  const value: JsonObject = { [res.key]: id, ...body };
  setOwn(value, res.key, id);
  engine.fill(res, value);
  engine.serverSet(res, value, undefined);
  engine.store.set(collection, String(id), { value, owner: ctx.caller.id });
  return { status: 201, value, context: contextOf(ctx, 'entity') };
}

/** Where the answer's entity or collection lives, for a profile's `@odata.context`. */
function contextOf(ctx: ActionContext, kind: 'entity' | 'collection'): NonNullable<Outcome['context']> {
  return { kind, basePath: ctx.basePath, params: ctx.params };
}

/** Query value of a parameter as an integer (undefined when absent or not one). */
function intParam(url: URL, name: string | undefined): number | undefined {
  const raw = name === undefined ? null : url.searchParams.get(name);
  const n = raw === null || raw.trim() === '' ? NaN : Number(raw);
  return Number.isInteger(n) ? n : undefined;
}

/**
 * A page of the collection, positioned and linked the way the operation pages (MockPaging): a next
 * link or Link header carrying a position token, a cursor, `starting_after` the last id, an offset,
 * or a page number.
 */
function list(engine: MockEngine, ctx: ActionContext): Outcome {
  const { res, collection } = target(engine, ctx);
  const all: JsonObject[] = [];
  for (const [, entry] of engine.store.members(collection)) if (engine.visible(res, entry, ctx.caller, ctx.op)) all.push(entry.value);
  const paging = ctx.op.paging;
  const asked = intParam(ctx.url, ctx.op.sizeParam ?? (paging?.kind === 'offset' ? paging.limitParam : paging?.kind === 'page' ? paging.sizeParam : undefined));
  const size = Math.max(1, Math.min(engine.options.pageSize ?? 100, asked !== undefined && asked > 0 ? asked : Infinity));
  const tokenParam = engine.profile.pageToken ?? 'page_token';
  let start = 0;
  switch (paging?.kind) {
    case 'cursor':
      start = intParam(ctx.url, paging.param) ?? 0;
      break;
    case 'offset':
      start = intParam(ctx.url, paging.param) ?? 0;
      break;
    case 'page':
      start = ((intParam(ctx.url, paging.param) ?? paging.first) - paging.first) * size;
      break;
    case 'after': {
      const after = ctx.url.searchParams.get(paging.param);
      const at = after === null ? -1 : all.findIndex((v) => String(getOwn(v, paging.idProperty)) === after);
      start = at + 1;
      break;
    }
    default:
      start = intParam(ctx.url, tokenParam) ?? 0;
  }
  start = Math.max(0, start);
  const items = all.slice(start, start + size);
  const more = start + size < all.length;
  let next: { url: string; token: string; hasMore: boolean } | undefined;
  if (more) {
    const url = new URL(ctx.url.href);
    const token = String(start + size);
    if (paging?.kind === 'link' || paging?.kind === 'link-header' || !paging) url.searchParams.set(tokenParam, token);
    next = { url: url.href, token, hasMore: true };
  }
  return { page: { items, ...(next ? { next } : {}) }, context: contextOf(ctx, 'collection') };
}

/**
 * The member when it exists and the caller sees it; undefined when it does not exist, or is hidden
 * from the caller and its resource answers hidden members as missing (else `deniedStatus`).
 */
function existing(engine: MockEngine, ctx: ActionContext, res: MockResource, collection: string, id: string): StoredEntry | undefined {
  const entry = engine.store.get(collection, id);
  if (!entry || engine.visible(res, entry, ctx.caller, ctx.op)) return entry;
  if (res.ownership?.deniedStatus !== undefined) throw hidden(engine, ctx.op, res, id);
  return undefined;
}

function read(engine: MockEngine, ctx: ActionContext): Outcome {
  const { res, collection, id } = target(engine, ctx);
  const entry = existing(engine, ctx, res, collection, id);
  if (!entry && ctx.op.missing === 'example') return {};
  if (!entry) throw notFound(engine, ctx.op, res.label, id);
  return { value: entry.value, context: contextOf(ctx, 'entity') };
}

function upsert(engine: MockEngine, ctx: ActionContext): Outcome {
  const { res, collection, id } = target(engine, ctx);
  const before = engine.store.get(collection, id);
  if (before && !engine.visible(res, before, ctx.caller, ctx.op)) throw hidden(engine, ctx.op, res, id);
  const body = isObj(ctx.body) ? ctx.body : {};
  runBehaviour(engine, ctx, body);
  const value: JsonObject = res.kind === 'collection' ? { [res.key]: engine.keyValue(res, id), ...body } : { ...body };
  if (res.kind === 'collection') setOwn(value, res.key, engine.keyValue(res, id));
  engine.fill(res, value);
  engine.serverSet(res, value, before?.value);
  engine.store.set(collection, id, { value, owner: before?.owner ?? ctx.caller.id });
  return { ...(before || ctx.op.createdStatus === undefined ? {} : { status: ctx.op.createdStatus }), value };
}

function update(engine: MockEngine, ctx: ActionContext): Outcome {
  const { res, collection, id } = target(engine, ctx);
  const before = existing(engine, ctx, res, collection, id);
  if (!before && ctx.op.missing === 'example') return {};
  if (!before && res.kind === 'collection') throw notFound(engine, ctx.op, res.label, id);
  const body = isObj(ctx.body) ? ctx.body : {};
  if (ctx.op.longRunning) {
    runBehaviour(engine, ctx, body);
    return startLongRunning(engine, ctx, collection, id, body);
  }
  const value: JsonObject = { ...before?.value, ...body };
  if (res.kind === 'collection') setOwn(value, res.key, before?.value[res.key] ?? engine.keyValue(res, id));
  runBehaviour(engine, ctx, value);
  engine.fill(res, value);
  engine.serverSet(res, value, before?.value);
  engine.store.set(collection, id, { value, owner: before?.owner ?? ctx.caller.id });
  return { value };
}

function remove(engine: MockEngine, ctx: ActionContext): Outcome {
  const { res, collection, id } = target(engine, ctx);
  const entry = existing(engine, ctx, res, collection, id);
  if (!entry && ctx.op.missing === 'example') return {};
  if (!entry) throw notFound(engine, ctx.op, res.label, id);
  engine.store.delete(collection, id);
  return { value: entry.value };
}
/**
 * A long-running write: a status member is created `pending` and answered with 202 + its absolute
 * URL; after the delay it becomes `succeeded` (the write lands, `onSucceeded` sets run) or `failed`
 * (the behaviour's problems become its error).
 */
function startLongRunning(engine: MockEngine, ctx: ActionContext, collection: string, id: string, body: JsonObject): Outcome {
  const lr = ctx.op.longRunning!;
  const statusCollection = fillTemplate(lr.statusCollection, ctx.params);
  const statusId = engine.ids.uuid();
  engine.store.set(statusCollection, statusId, { value: { id: statusId, [lr.statusProperty]: lr.pending }, owner: ctx.caller.id });
  const behaviour = lr.behaviour === undefined ? undefined : engine.behaviour(lr.behaviour);
  const problems = behaviour ? behaviour(body, engine.store.get(collection, id)?.value) : [];
  if (ctx.failOperation) problems.push('The operation failed (the failed-operation fault was asked for).');
  const params = { ...ctx.params };
  const owner = ctx.caller.id;
  engine.schedule(engine.clock() + (engine.options.longRunningDelayMs ?? lr.delayMs), () => {
    const status = engine.store.get(statusCollection, statusId);
    if (!status) return;
    if (problems.length) {
      setOwn(status.value, lr.statusProperty, lr.failed);
      if (lr.errorProperty) {
        setOwn(status.value, lr.errorProperty, { code: codeFor(engine, ctx.op, 400), message: problems.join(' '), details: problems.map((message) => ({ code: 'invalidSchema', message })) });
      }
      return;
    }
    const before = engine.store.get(collection, id);
    engine.store.set(collection, id, { value: { ...before?.value, ...body }, owner: before?.owner ?? owner });
    setOwn(status.value, lr.statusProperty, lr.succeeded);
    for (const set of lr.onSucceeded) {
      const entry = engine.store.getPath(fillTemplate(set.target, params));
      if (entry) setOwn(entry.value, set.property, structuredClone(set.value));
    }
  });
  const location = `${ctx.url.origin}${ctx.basePath}${memberPath(statusCollection, statusId)}`;
  return { status: 202, headers: { [lr.locationHeader.toLowerCase()]: location } };
}

/**
 * Operations with no state to act on answer their first declared success, from its example; with
 * per-element results (`results`), each element of the request's array is checked by the named
 * behaviour and answered in place of the example's array: the element with `error` `null`, or
 * `{ code, message }` (the operation's 400 code). All passed: the first declared success; else `partial`.
 */
function example(engine: MockEngine, ctx: ActionContext): Outcome {
  const r = ctx.op.results;
  if (!r) return {};
  const behaviour = engine.behaviour(r.behaviour);
  if (!behaviour) throw new Error(`unknown mock behaviour '${r.behaviour}'`);
  const elements = getAt(ctx.body, r.items);
  let failed = false;
  const items = (Array.isArray(elements) ? elements : []).map((element: unknown) => {
    const problems = behaviour(element, undefined);
    if (problems.length) failed = true;
    const error = problems.length ? { code: codeFor(engine, ctx.op, 400), message: problems.join(' ') } : null;
    return { ...(isObj(element) ? element : {}), error };
  });
  return { ...(failed ? { status: r.partial } : {}), results: { at: r.at, items } };
}

/** A batch endpoint is answered by the handler (batch.ts), request by request; it is no action on the store. */
function batch(): Outcome {
  throw new Error('a batch request is answered by the handler, not by an action');
}

export const ACTIONS: Record<MockOperation['action'], (engine: MockEngine, ctx: ActionContext) => Outcome> = {
  create, list, read, upsert, update, delete: remove, example, batch,
};
