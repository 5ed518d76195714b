/**
 * Generic behaviours emitters build on — paging, long-running operations, idempotent creates —
 * recognised from the spec's structure, or declared with documented `x-` extensions.
 */
import { SpecError } from '../load/errors.ts';
import { joinPointer } from '../load/pointer.ts';
import { primaryMedia } from './media.ts';
import { isObject, type DocumentRefs } from './resolve.ts';
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

const NEXT_LINK_NAMES = ['@odata.nextLink', 'nextLink', 'next_link', 'nextPageUrl', 'next'];

function jsonSchemaOf(op: OperationModel, kind: 'success'): { schema: unknown; pointer: string } | undefined {
  for (const r of op.responses) {
    if (r.kind !== kind) continue;
    const media = primaryMedia(r.contents);
    if (media?.schemaPointer) return { schema: media.schema, pointer: media.schemaPointer };
  }
  return undefined;
}

/** `x-ms-pageable: { nextLinkName, itemName }` (AutoRest's convention, used by Graph), or a GET whose body has one array and a next link. */
export function buildPagination(refs: DocumentRefs, op: OperationModel): Pagination | undefined {
  const ext = op.extensions['x-ms-pageable'];
  if (ext !== undefined && !isObject(ext)) {
    throw new SpecError('bad-extension', 'x-ms-pageable must be an object', refs.origins.locate(joinPointer(op.pointer, 'x-ms-pageable')));
  }
  if (isObject(ext)) {
    checkExtension(refs, op, 'x-ms-pageable', ext, { nextLinkName: 'string?', itemName: 'string', operationName: 'string' });
    if (ext.nextLinkName === null) return undefined;
    return {
      itemsProperty: typeof ext.itemName === 'string' ? ext.itemName : 'value',
      nextLinkProperty: typeof ext.nextLinkName === 'string' ? ext.nextLinkName : 'nextLink',
      source: 'x-ms-pageable',
    };
  }
  if (op.method !== 'get') return undefined;
  const body = jsonSchemaOf(op, 'success');
  if (!body) return undefined;
  const { node } = refs.deref(body.schema, body.pointer);
  const props = isObject(node) && isObject(node.properties) ? node.properties : undefined;
  if (!props) return undefined;
  const next = NEXT_LINK_NAMES.find((n) => n in props);
  const arrays = Object.keys(props).filter((k) => {
    const { node: p } = refs.deref(props[k], joinPointer(body.pointer, 'properties', k));
    return isObject(p) && (p.type === 'array' || (Array.isArray(p.type) && p.type.includes('array')));
  });
  if (!next || arrays.length !== 1) return undefined;
  return { itemsProperty: arrays[0]!, nextLinkProperty: next, source: 'structure' };
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
