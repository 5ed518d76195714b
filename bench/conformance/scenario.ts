/**
 * The conformance scenario, generic and derived from the paths of specgen's model:
 *
 *  1. for each collection `/x` with a member path `/x/{id}` (also `/x.json` + `/x/{id}.json`),
 *     parents first: POST /x (body sampled from the request schema), GET /x, GET /x/{id} with the id
 *     of the created member (read from the create response: the property named like the path
 *     parameter, else `id`, ...; else the first item of the list), PUT and PATCH /x/{id};
 *  2. every other operation once, parents first;
 *  3. DELETE /x/{id} of every collection, children first (so nested paths still find their parents
 *     in steps 1-2).
 * Path parameters come from the ids created earlier for the collection at that position of the path,
 * else an id seen under the same parameter name, else a sample. Query/header parameters: the required
 * ones and those with an explicit example (not headers the HTTP layer owns: Content-Length,
 * Authorization, ...). Values: the parameter's or media type's examples and
 * specgen's own `sampleOf` (generator/emit/mocks/schema-facts.ts, passed in by child.ts from the
 * specgen tree it generates with), the first that is valid against its schema (ajv), else the
 * sample. Top-level readOnly properties are left out of request bodies; GET/HEAD bodies (some specs
 * declare them) are not sent, as fetch refuses them.
 */
import type { ApiModel, MediaModel, OperationModel, ParameterModel } from '../../generator/model/types.ts';

export type Role = 'create' | 'list' | 'read' | 'replace' | 'update' | 'delete' | 'other';

export interface Step {
  op: OperationModel;
  role: Role;
  /** The collection path this step belongs to (steps of step 1 and 3). */
  collection?: string;
  /** The member path parameter of that collection (`/x/{id}` -> `id`). */
  member?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{id}` or `{id}.json`: the parameter name and the suffix. */
const MEMBER = /^\{([^}]+)\}(\.[A-Za-z0-9]+)?$/;
const METHOD_ORDER = ['post', 'get', 'put', 'patch', 'head', 'options', 'trace', 'delete'];

/** The collection path a member path belongs to (`/a/{id}` -> `/a`, `/a/{id}.json` -> `/a.json`). */
export function collectionOf(path: string): string | undefined {
  const segments = path.split('/');
  const m = MEMBER.exec(segments[segments.length - 1] ?? '');
  if (!m || segments.length < 2) return undefined;
  const parent = segments.slice(0, -1).join('/');
  return parent ? parent + (m[2] ?? '') : undefined;
}

const depth = (path: string) => path.split('/').filter(Boolean).length;
const byPath = (a: OperationModel, b: OperationModel) =>
  depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method);

export function planScenario(model: ApiModel): Step[] {
  const byKey = new Map<string, OperationModel[]>();
  for (const op of model.operations) byKey.set(op.path, [...(byKey.get(op.path) ?? []), op]);
  const pairs: { collection: string; member: string }[] = [];
  for (const member of byKey.keys()) {
    const collection = collectionOf(member);
    if (collection && byKey.has(collection)) pairs.push({ collection, member });
  }
  pairs.sort((a, b) => depth(a.collection) - depth(b.collection) || (a.collection < b.collection ? -1 : 1) || (a.member < b.member ? -1 : 1));
  const used = new Set<OperationModel>();
  const steps: Step[] = [];
  const add = (op: OperationModel | undefined, role: Role, pair?: { collection: string; member: string }) => {
    if (!op || used.has(op)) return;
    used.add(op);
    const member = pair ? memberParam(pair.member) : undefined;
    steps.push({ op, role, ...(pair ? { collection: pair.collection } : {}), ...(member ? { member } : {}) });
  };
  const find = (path: string, method: string) => byKey.get(path)?.find((o) => o.method === method);
  for (const pair of pairs) {
    add(find(pair.collection, 'post'), 'create', pair);
    add(find(pair.collection, 'get'), 'list', pair);
    add(find(pair.member, 'get'), 'read', pair);
    add(find(pair.member, 'put'), 'replace', pair);
    add(find(pair.member, 'patch'), 'update', pair);
  }
  const deletes = pairs.map((pair) => ({ op: find(pair.member, 'delete'), pair })).filter((d) => d.op && !used.has(d.op));
  for (const op of [...model.operations].sort(byPath)) if (!deletes.some((d) => d.op === op)) add(op, 'other');
  for (const d of deletes.reverse()) add(d.op, 'delete', d.pair);
  return steps;
}

/** Ids seen so far: by collection path and by path parameter name. */
export class Ids {
  readonly byCollection = new Map<string, unknown>();
  readonly byParam = new Map<string, unknown>();
  /** `created` (from a create answer) or `listed` (first item of a list), by collection. */
  readonly sources = new Map<string, IdSource>();

  set(collection: string, member: string | undefined, id: unknown, source: IdSource): void {
    this.byCollection.set(collection, id);
    this.sources.set(collection, source);
    if (member) this.byParam.set(member, id);
  }

  /** An id in `body` (a created member, or a list whose first item is one) for the member parameter `param`. */
  static idIn(body: unknown, param: string | undefined): unknown {
    const names = [param, 'id', 'Id', 'ID', '_id', 'uuid', 'key', 'sid', 'Sid', 'name'].filter((n): n is string => !!n);
    const pick = (o: unknown): unknown => {
      if (!isObj(o)) return undefined;
      for (const n of names) {
        const v = o[n] ?? Object.entries(o).find(([k]) => k.toLowerCase() === n.toLowerCase())?.[1];
        if (typeof v === 'string' && v !== '' || typeof v === 'number') return v;
      }
      return undefined;
    };
    const direct = pick(body);
    if (direct !== undefined) return direct;
    if (isObj(body)) for (const k of ['data', 'item', 'result', 'resource']) if (pick(body[k]) !== undefined) return pick(body[k]);
    return undefined;
  }

  /** The first item of a list body: a plain array, or the first array property (`data`, `items`, `results`, `value` first). */
  static firstItem(body: unknown): unknown {
    if (Array.isArray(body)) return body[0];
    if (!isObj(body)) return undefined;
    for (const k of ['data', 'items', 'results', 'value', 'records', 'entries', 'list']) if (Array.isArray(body[k])) return (body[k] as unknown[])[0];
    for (const v of Object.values(body)) if (Array.isArray(v)) return v[0];
    if (isObj(body.data)) return Ids.firstItem(body.data);
    return undefined;
  }
}

export interface CallArgs {
  args: Obj;
  /** Path parameters: where each value came from. */
  pathSources: Record<string, IdSource>;
  /** Media type of the body sent, when there is one. */
  bodyMedia?: string;
}

/** The member parameter of a member path (`/x/{id}` -> `id`). */
export function memberParam(path: string): string | undefined {
  const last = path.split('/').pop() ?? '';
  return MEMBER.exec(last)?.[1];
}

/** specgen's `sampleOf(document, schema)`. */
export type Sampler = (document: Record<string, unknown>, schema: unknown) => unknown;

/**
 * Picks the value to send among candidates (examples first, then samples): the first one valid
 * against its schema, else the last. Public specs' examples often contradict their schemas, and
 * the harness should send requests the spec accepts.
 */
export type Chooser = (target: { param: ParameterModel } | { media: string }, candidates: unknown[]) => unknown;

export interface Sampling {
  sampleOf: Sampler;
  choose: Chooser;
}

function sample(model: ApiModel, schema: unknown, { sampleOf }: Sampling): unknown {
  try {
    return sampleOf(model.document, schema);
  } catch {
    return undefined;
  }
}

function coerce(value: unknown, p: ParameterModel): unknown {
  if (p.jsonType === 'integer' || p.jsonType === 'number') {
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
    return value;
  }
  if (p.jsonType === 'string' && typeof value === 'number') return String(value);
  return value;
}

/**
 * Where a path parameter's value came from: the id of a member created in its collection, of the
 * first item listed there, one created or listed elsewhere under the same parameter name, or a sample.
 */
export type IdSource = 'created' | 'listed' | 'reused' | 'sample';

function parameterValue(model: ApiModel, p: ParameterModel, path: string, ids: Ids, sampling: Sampling): { value: unknown; source: IdSource } {
  const s = sample(model, p.schema, sampling);
  const samples = [p.example, p.sample, s].filter((v) => v !== undefined && v !== null);
  // An id known from earlier calls is used only when the parameter's schema accepts it (a `{Sid}` of
  // one collection is not a valid `{Sid}` of another): otherwise the request would be invalid.
  const known = (value: unknown, source: IdSource): { value: unknown; source: IdSource } | undefined => {
    const chosen = sampling.choose({ param: p }, [coerce(value, p), ...samples]);
    return chosen === coerce(value, p) ? { value: chosen, source } : undefined;
  };
  if (p.in === 'path') {
    const segments = path.split('/');
    const index = segments.findIndex((seg) => MEMBER.exec(seg)?.[1] === p.name);
    if (index > 0) {
      const m = MEMBER.exec(segments[index]!)!;
      const base = segments.slice(0, index).join('/');
      // `/Accounts/{AccountSid}/Calls.json` nests under the collection `/Accounts.json` (member `/Accounts/{Sid}.json`).
      const collection = [base + (m[2] ?? ''), base, ...ids.byCollection.keys()].find((k) => ids.byCollection.has(k) && k.replace(/\.[A-Za-z0-9]+$/, '') === base);
      const found = collection !== undefined ? known(ids.byCollection.get(collection), ids.sources.get(collection) ?? 'created') : undefined;
      if (found) return found;
    }
    const reused = ids.byParam.has(p.name) ? known(ids.byParam.get(p.name), 'reused') : undefined;
    if (reused) return reused;
  }
  return { value: samples.length ? sampling.choose({ param: p }, samples) : p.sample, source: 'sample' };
}

/** The body's media type and value: JSON when the operation takes JSON, else its first media type. */
function bodyOf(model: ApiModel, op: OperationModel, sampling: Sampling): { media: string; value: unknown } | undefined {
  const rb = op.requestBody;
  if (!rb || !rb.contents.length) return undefined;
  // As the client picks its default: application/json, else another JSON type, else the first.
  const json = rb.contents.find((c) => /^application\/json\b/i.test(c.mediaType)) ?? rb.contents.find((c) => /[/+]json\b/i.test(c.mediaType));
  const media: MediaModel = json ?? rb.contents[0]!;
  const withoutReadOnly = (v: unknown) => (isObj(v) && rb.readOnlyProperties.length ? Object.fromEntries(Object.entries(v).filter(([k]) => !rb.readOnlyProperties.includes(k))) : v);
  const candidates = [...media.examples.map((e) => e.value), ...(media.schema !== undefined ? [sample(model, media.schema, sampling)] : [])]
    .filter((v) => v !== undefined).map(withoutReadOnly);
  const value = candidates.length ? sampling.choose({ media: media.mediaType }, candidates) : undefined;
  if (json) return { media: media.mediaType, value: value ?? {} };
  return { media: media.mediaType, value: encodeBody(media.mediaType, value) };
}

const scalar = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** A non-JSON body as the client sends it (BodyInit): form fields, multipart parts, text or bytes. */
function encodeBody(media: string, value: unknown): unknown {
  const entries = isObj(value) ? Object.entries(value) : [];
  if (/x-www-form-urlencoded/i.test(media)) {
    const form = new URLSearchParams();
    for (const [k, v] of entries) for (const item of Array.isArray(v) ? v : [v]) form.append(k, scalar(item));
    return form.toString();
  }
  if (/^multipart\//i.test(media)) {
    const form = new FormData();
    for (const [k, v] of entries) for (const item of Array.isArray(v) ? v : [v]) form.append(k, scalar(item));
    return form;
  }
  if (/^text\//i.test(media) || /xml/i.test(media)) return typeof value === 'string' ? value : scalar(value ?? 'conformance');
  return new Uint8Array([99, 111, 110, 102, 111, 114, 109]); // "conform"
}

/** Header parameters the HTTP layer owns: a sampled `Content-Length` makes servers drop the connection. */
const TRANSPORT_HEADERS = new Set(['content-length', 'content-type', 'accept', 'authorization', 'host', 'connection', 'transfer-encoding', 'cookie', 'expect', 'te', 'upgrade', 'keep-alive']);

/** The client call's `args`: one property per sent parameter by its identifier, plus `body`. */
export function argsFor(model: ApiModel, op: OperationModel, ids: Ids, sampling: Sampling): CallArgs {
  const args: Obj = {};
  const pathSources: Record<string, IdSource> = {};
  for (const p of op.parameters) {
    if (p.in === 'cookie' || (p.in === 'header' && TRANSPORT_HEADERS.has(p.name.toLowerCase()))) continue;
    if (!p.required && p.example === undefined && p.in !== 'path') continue;
    const { value, source } = parameterValue(model, p, op.path, ids, sampling);
    args[p.identifier] = value;
    if (p.in === 'path') pathSources[p.name] = source;
  }
  // fetch refuses a GET/HEAD with a body (the client would pass it on): such a body is left out.
  const body = op.method === 'get' || op.method === 'head' ? undefined : bodyOf(model, op, sampling);
  if (body) args.body = body.value;
  return { args, pathSources, ...(body ? { bodyMedia: body.media } : {}) };
}
