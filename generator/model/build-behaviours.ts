/**
 * Generic behaviours emitters build on — paging, long-running operations, idempotent creates —
 * recognised from the spec's structure, or declared with documented `x-` extensions.
 */
import { SpecError } from '../load/errors.ts';
import { joinPointer } from '../load/pointer.ts';
import { primaryMedia } from './media.ts';
import { isObject, resolveSchema, type DocumentRefs } from './resolve.ts';
import { hasType as isType, topProperties } from './schema-facts.ts';
import type { IdempotentCreate, LongRunning, OperationModel, Pagination } from './types.ts';

/**
 * An extension's fields, checked against what they must be: a wrong type is a located error at the
 * field, not a value quietly turned into something else.
 */
type FieldKind = 'string' | 'string?' | 'strings' | 'status' | 'boolean';
function checkExtension(refs: DocumentRefs, op: OperationModel, name: string, ext: Record<string, unknown>, fields: Record<string, FieldKind>): void {
  for (const [field, kind] of Object.entries(fields)) {
    const v = ext[field];
    if (v === undefined) continue;
    const ok = kind === 'string' ? typeof v === 'string'
      : kind === 'string?' ? typeof v === 'string' || v === null
        : kind === 'strings' ? Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')
          : kind === 'boolean' ? typeof v === 'boolean'
            : Number.isInteger(v) && (v as number) >= 100 && (v as number) <= 599;
    if (!ok) {
      const want = { string: 'a string', 'string?': 'a string or null', strings: 'a non-empty array of strings', boolean: 'a boolean', status: 'an HTTP status (integer 100-599)' }[kind];
      throw new SpecError('bad-extension', `${name}.${field} must be ${want}`, refs.origins.locate(joinPointer(op.pointer, name, field)),
        'see docs/extensions.md');
    }
  }
}

/** Body properties holding the next page's URL. */
const NEXT_LINK_NAMES = ['@odata.nextLink', 'nextLink', 'next_link', 'nextPageUrl', 'next_page_url', 'nextUrl', 'next_url', 'nextPageLink', 'next_href', 'nextHref'];
/** Wrapper objects whose `next` / `href` is the next link (`links.next`, `_links.next.href`, `paging.next`). */
const LINK_HOLDERS = ['links', '_links', 'paging', 'pagination', 'meta', 'page_info', 'pageInfo'];
/** Body properties holding an opaque next-page token, and the query parameters that take one back. */
const CURSOR_NAMES = ['next_cursor', 'nextCursor', 'cursor', 'next_page_token', 'nextPageToken', 'next_token', 'nextToken',
  'continuation_token', 'continuationToken', 'continuation', 'end_cursor', 'endCursor', 'next_key', 'nextKey', 'next_marker', 'nextMarker', 'marker', 'after', 'next'];
const CURSOR_HOLDERS = ['meta', 'response_metadata', 'pagination', 'paging', 'page_info', 'pageInfo', 'metadata', '_meta', 'cursor'];
const CURSOR_PARAMS = ['cursor', 'page_token', 'pageToken', 'next_token', 'nextToken', 'continuation_token', 'continuationToken',
  'continuation', 'after', 'marker', 'starting_token', 'page[cursor]', 'page[after]', 'next', 'token', 'key'];
const AFTER_PARAMS = ['starting_after', 'startingAfter', 'after_id', 'since_id'];
const OFFSET_PARAMS = ['offset', 'skip', 'start', '$skip', 'startIndex', 'start_index', 'from'];
const PAGE_PARAMS = ['page', 'page_number', 'pageNumber', 'page_num', 'pageNum', 'page[number]', 'p'];
const SIZE_PARAMS = ['$top', 'limit', 'per_page', 'perPage', 'page_size', 'pageSize', 'size', 'count', 'max_results', 'maxResults', 'top',
  'page[size]', 'page[limit]', 'rows', 'pagesize', 'num', 'first'];
/** Array properties that hold the items when a wrapper has more than one array. */
const ITEM_NAMES = ['value', 'data', 'items', 'results', 'records', 'entries', 'list', 'elements', 'nodes', 'edges', 'content', 'hits'];

function success(op: OperationModel): { schema: unknown; pointer: string; headers: string[] } | undefined {
  for (const r of op.responses) {
    if (r.kind !== 'success' || r.status === '204') continue;
    const media = primaryMedia(r.contents);
    if (media?.schemaPointer) return { schema: media.schema, pointer: media.schemaPointer, headers: r.headers.map((h) => h.name.toLowerCase()) };
  }
  return undefined;
}


/**
 * `x-ms-pageable: { nextLinkName, itemName }` (AutoRest's convention), or, on a GET, the structure of
 * the success body and query parameters: where the items are (the body array, or the wrapper's array
 * property) and how the next page is reached (PageNext), in that order of preference: a next-link
 * property, a cursor property with its query parameter, `has_more` + `starting_after`, a declared
 * `Link` header, a page number, an offset.
 */
export function buildPagination(refs: DocumentRefs, op: OperationModel): Pagination | undefined {
  const ext = op.extensions['x-ms-pageable'];
  if (ext !== undefined && !isObject(ext)) {
    throw new SpecError('bad-extension', 'x-ms-pageable must be an object', refs.origins.locate(joinPointer(op.pointer, 'x-ms-pageable')));
  }
  const query = op.parameters.filter((p) => p.in === 'query');
  const param = (names: string[], type?: 'integer') => names.map((n) => query.find((p) => p.name === n && (!type || p.jsonType === 'integer' || p.jsonType === 'number'))).find((p) => p)?.name;
  const sizeParam = param(SIZE_PARAMS, 'integer');
  const withSize = (p: Pagination): Pagination => (sizeParam && !(p.next.kind === 'offset' && p.next.limitParam) && !(p.next.kind === 'page' && p.next.sizeParam) ? { ...p, sizeParam } : p);
  if (isObject(ext)) {
    checkExtension(refs, op, 'x-ms-pageable', ext, { nextLinkName: 'string?', itemName: 'string', operationName: 'string' });
    if (ext.nextLinkName === null) return undefined;
    return withSize({
      itemsProperty: typeof ext.itemName === 'string' ? ext.itemName : 'value',
      next: { kind: 'link', property: [typeof ext.nextLinkName === 'string' ? ext.nextLinkName : 'nextLink'] },
      source: 'x-ms-pageable',
    });
  }
  if (op.method !== 'get') return undefined;
  const body = success(op);
  if (!body) return undefined;
  const document = refs.document;
  const root = resolveSchema(document, body.schema);
  let itemsProperty: string | undefined;
  let props = new Map<string, Record<string, unknown>>();
  if (isType(root, 'array')) itemsProperty = '';
  else if (root) {
    props = topProperties(document, root);
    const arrays = [...props].filter(([, p]) => isType(resolveSchema(document, p), 'array')).map(([name]) => name);
    itemsProperty = arrays.length === 1 ? arrays[0] : ITEM_NAMES.find((n) => arrays.includes(n));
  }
  if (itemsProperty === undefined) return undefined;
  const nested = (holders: string[], names: string[], type: string): string[] | undefined => {
    for (const name of names) if (isType(resolveSchema(document, props.get(name)), type)) return [name];
    for (const holder of holders) {
      const h = props.get(holder);
      if (!h) continue;
      const inner = topProperties(document, h);
      for (const name of names) {
        const node = resolveSchema(document, inner.get(name));
        if (isType(node, type)) return [holder, name];
        if (type === 'string' && isType(node, 'object') && isType(resolveSchema(document, topProperties(document, node!).get('href')), 'string')) return [holder, name, 'href'];
      }
    }
    return undefined;
  };
  const cursorParam = param(CURSOR_PARAMS);
  const link = nested(LINK_HOLDERS, [...NEXT_LINK_NAMES, ...(cursorParam ? [] : ['next'])], 'string');
  if (link) return withSize({ itemsProperty, next: { kind: 'link', property: link }, source: 'structure' });
  const cursor = cursorParam ? nested(CURSOR_HOLDERS, CURSOR_NAMES, 'string') : undefined;
  if (cursor && cursorParam) return withSize({ itemsProperty, next: { kind: 'cursor', property: cursor, param: cursorParam }, source: 'structure' });
  const afterParam = param(AFTER_PARAMS);
  const hasMore = nested(CURSOR_HOLDERS, ['has_more', 'hasMore', 'has_next', 'hasNext', 'more'], 'boolean');
  if (afterParam && hasMore) return withSize({ itemsProperty, next: { kind: 'after', hasMore, param: afterParam, idProperty: 'id' }, source: 'structure' });
  if (body.headers.includes('link')) return withSize({ itemsProperty, next: { kind: 'link-header' }, source: 'structure' });
  const pageParam = param(PAGE_PARAMS, 'integer');
  if (pageParam) {
    const p = query.find((x) => x.name === pageParam)!;
    const schema = resolveSchema(document, p.schema);
    const min = typeof schema?.minimum === 'number' ? schema.minimum : typeof schema?.default === 'number' ? schema.default : 1;
    const first = min === 0 ? 0 : 1;
    return { itemsProperty, next: { kind: 'page', param: pageParam, ...(sizeParam ? { sizeParam } : {}), first }, source: 'structure' };
  }
  const offsetParam = param(OFFSET_PARAMS, 'integer');
  if (offsetParam) return { itemsProperty, next: { kind: 'offset', param: offsetParam, ...(sizeParam ? { limitParam: sizeParam } : {}) }, source: 'structure' };
  return undefined;
}

/**
 * `x-specgen-long-running: { statusOperationId, statusProperty, succeeded, failed, errorProperty, locationHeader }`,
 * or, from structure alone, a 202 response with a `Location` / `Operation-Location` header.
 */
export function buildLongRunning(refs: DocumentRefs, op: OperationModel): LongRunning | undefined {
  const ext = op.extensions['x-specgen-long-running'];
  const accepted = op.responses.find((r) => r.status === '202');
  const header = accepted?.headers.find((h) => /^(operation-)?location$/i.test(h.name))?.name;
  if (ext !== undefined && !isObject(ext)) {
    throw new SpecError('bad-extension', 'x-specgen-long-running must be an object', refs.origins.locate(joinPointer(op.pointer, 'x-specgen-long-running')));
  }
  if (isObject(ext)) {
    checkExtension(refs, op, 'x-specgen-long-running', ext, {
      locationHeader: 'string', statusOperationId: 'string', statusProperty: 'string', succeeded: 'strings', failed: 'strings', errorProperty: 'string',
    });
    const strings = (v: unknown, dflt: string[]) => (Array.isArray(v) ? v.map(String) : dflt);
    return {
      locationHeader: typeof ext.locationHeader === 'string' ? ext.locationHeader : header ?? 'Location',
      ...(typeof ext.statusOperationId === 'string' ? { statusOperationId: ext.statusOperationId } : {}),
      statusProperty: typeof ext.statusProperty === 'string' ? ext.statusProperty : 'status',
      succeeded: strings(ext.succeeded, ['succeeded', 'completed']),
      failed: strings(ext.failed, ['failed', 'canceled', 'cancelled']),
      ...(typeof ext.errorProperty === 'string' ? { errorProperty: ext.errorProperty } : {}),
      source: 'x-specgen-long-running',
    };
  }
  if (!header) return undefined;
  void refs;
  return {
    locationHeader: header,
    statusProperty: 'status',
    succeeded: ['succeeded', 'completed'],
    failed: ['failed', 'canceled', 'cancelled'],
    errorProperty: 'error',
    source: 'structure',
  };
}

/** `x-specgen-idempotent-create: { readOperationId, conflictStatus, match, idProperty }`. */
export function buildIdempotentCreate(refs: DocumentRefs, op: OperationModel, all: OperationModel[]): IdempotentCreate | undefined {
  const ext = op.extensions['x-specgen-idempotent-create'];
  if (ext === undefined) return undefined;
  const at = refs.origins.locate(joinPointer(op.pointer, 'x-specgen-idempotent-create'));
  if (!isObject(ext) || typeof ext.readOperationId !== 'string') {
    throw new SpecError('bad-extension', 'x-specgen-idempotent-create needs `readOperationId`', at);
  }
  if (!all.some((o) => o.operationId === ext.readOperationId)) {
    throw new SpecError('bad-extension', `x-specgen-idempotent-create: no operation '${ext.readOperationId}'`, at);
  }
  if (validateStatusOperation(ext.conflictStatus)) {
    throw new SpecError('bad-extension', 'x-specgen-idempotent-create: conflictStatus must be an HTTP status', at);
  }
  checkExtension(refs, op, 'x-specgen-idempotent-create', ext, { readOperationId: 'string', conflictStatus: 'status', match: 'strings', idProperty: 'string' });
  return {
    readOperationId: ext.readOperationId,
    conflictStatus: typeof ext.conflictStatus === 'number' ? ext.conflictStatus : 409,
    match: Array.isArray(ext.match) ? ext.match.map(String) : ['id'],
    idProperty: typeof ext.idProperty === 'string' ? ext.idProperty : 'id',
  };
}

function validateStatusOperation(status: unknown): boolean {
  return status !== undefined && !(Number.isInteger(status) && (status as number) >= 400 && (status as number) < 600);
}
