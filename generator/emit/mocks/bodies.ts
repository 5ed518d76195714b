/**
 * What the mock answers with, planned from each operation's declared responses: the status codes,
 * the media type and an example body for each, where stored state goes in that body (MockShape),
 * where an error's message goes, and the validator strict mode checks it with. Bodies are kept as
 * text in one table (MockSpec.examples), each text once.
 */
import type { MockBody, MockMediaKind, MockPaging, MockResponse, MockShape } from '../../../templates/mock-runtime/spec.ts';
import { isJsonMediaType, primaryMedia } from '../../model/media.ts';
import { isObject, resolveSchema } from '../../model/resolve.ts';
import { hasType as isType, isNullable, requiredOf, topProperties } from '../../model/schema-facts.ts';
import type { ApiModel, MediaModel, OperationModel, Pagination, ResponseModel } from '../../model/types.ts';
import { SAMPLE_LIMITS, sampleOf, surelyInvalid, type SampleOptions } from './schema-facts.ts';

/** Bytes of generated samples a whole mock may hold; past it, samples are built minimal. */
export const SAMPLE_TOTAL_BYTES = 2 * 1024 * 1024;

/** How a media type's body is read and written. */
export function mediaKind(type: string): MockMediaKind {
  const t = type.toLowerCase().split(';')[0]!.trim();
  if (isJsonMediaType(t) || t === '*/*') return 'json';
  if (t === 'application/x-www-form-urlencoded') return 'form';
  if (t.startsWith('multipart/')) return 'multipart';
  if (t.startsWith('text/') || /[/+]xml$/.test(t) || t === 'application/javascript' || t === 'application/yaml' || t === 'application/x-yaml') return 'text';
  return 'binary';
}

/** A concrete media type for a declaration (`image/*` -> `image/png`, `*\/*` -> `application/json`). */
export function concreteType(type: string): string {
  const t = type.split(';')[0]!.trim().toLowerCase();
  if (t === '*/*') return 'application/json';
  if (t === 'text/*') return 'text/plain';
  if (t === 'image/*') return 'image/png';
  if (t.endsWith('/*')) return 'application/octet-stream';
  return t;
}

/** Smallest valid files of common binary types (base64), so a client that decodes them gets a real one. */
const PLACEHOLDERS: Record<string, string> = {
  'image/png': 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'image/gif': 'R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==',
  'image/jpeg': '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k=',
  'application/pdf': 'JVBERi0xLjEKMSAwIG9iajw8L1R5cGUvQ2F0YWxvZy9QYWdlcyAyIDAgUj4+ZW5kb2JqCjIgMCBvYmo8PC9UeXBlL1BhZ2VzL0tpZHNbMyAwIFJdL0NvdW50IDE+PmVuZG9iagozIDAgb2JqPDwvVHlwZS9QYWdlL01lZGlhQm94WzAgMCAxIDFdPj5lbmRvYmoKdHJhaWxlcjw8L1Jvb3QgMSAwIFI+PgolJUVPRgo=',
  'application/zip': 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==',
  'application/gzip': 'H4sIAAAAAAAAAwMAAAAAAAAAAAA=',
};

const TEXT_PLACEHOLDERS: Record<string, string> = {
  'image/svg+xml': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
  'text/html': '<!DOCTYPE html><html><head><title>mock</title></head><body></body></html>',
  'text/csv': 'id\n1\n',
  'application/xml': '<?xml version="1.0" encoding="UTF-8"?><mock/>',
  'text/xml': '<?xml version="1.0" encoding="UTF-8"?><mock/>',
};

/**
 * Example bodies as text, each text once (`MockSpec.examples`): spec examples whole, samples of the
 * same schema built once (by `$ref`, else by schema object), bounded in total by SAMPLE_TOTAL_BYTES.
 */
export class BodyTable {
  readonly texts: string[] = [];
  private readonly byText = new Map<string, number>();
  private readonly bySchema = new Map<unknown, number>();
  private generated = 0;

  constructor(private readonly document: Record<string, unknown>, private readonly options: SampleOptions = {}) {}

  /** A spec-supplied JSON value. */
  json(v: unknown): number {
    return this.add(JSON.stringify(v) ?? 'null');
  }

  /** A sample of the schema (JSON). */
  sample(schema: unknown): number {
    const key = isObject(schema) && typeof schema.$ref === 'string' && Object.keys(schema).length === 1 ? schema.$ref : schema;
    const known = this.bySchema.get(key);
    if (known !== undefined) return known;
    const text = JSON.stringify(this.value(schema)) ?? 'null';
    if (!this.byText.has(text)) this.generated += text.length;
    const index = this.add(text);
    this.bySchema.set(key, index);
    return index;
  }

  /** A sample value of the schema, within the budgets. */
  value(schema: unknown): unknown {
    const limits = this.generated < SAMPLE_TOTAL_BYTES ? SAMPLE_LIMITS : { ...SAMPLE_LIMITS, bytes: 0 };
    return sampleOf(this.document, schema, limits, this.options);
  }

  /** Text as it is (text bodies, base64 of binary ones). */
  text(t: string): number {
    return this.add(t);
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

/** Status code answered for a declared status (`2XX` -> 200; `default` -> 0: the code asked for). */
export function statusCode(status: string): number {
  if (/^\d{3}$/.test(status)) return Number(status);
  if (/^[1-5]XX$/i.test(status)) return Number(status[0]) * 100;
  return 0;
}

/** The media the mock answers with: JSON with a schema first, else the first declared. */
function answerMedia(r: ResponseModel): MediaModel | undefined {
  return primaryMedia(r.contents) ?? r.contents[0];
}

/**
 * The spec's example for a media type: the first one that does not break its own schema (a cheap
 * check that only flags values certainly invalid), else none (a sample is built instead).
 */
function exampleOf(document: Record<string, unknown>, media: MediaModel): unknown {
  for (const { value } of media.examples) {
    if (value === null || value === undefined) continue;
    if (media.schema === undefined || !surelyInvalid(document, value, media.schema)) return value;
  }
  return undefined;
}

function bodyOf(model: ApiModel, media: MediaModel, table: BodyTable): MockBody {
  const type = concreteType(media.mediaType);
  const kind = mediaKind(type);
  const given = exampleOf(model.document, media);
  if (kind === 'json' || kind === 'form' || kind === 'multipart') {
    const example = given !== undefined ? table.json(given) : media.schema !== undefined ? table.sample(media.schema) : table.json({});
    return { type: kind === 'json' ? type : 'application/json', kind: 'json', example, ...(given !== undefined ? { given: true } : {}) };
  }
  if (kind === 'text') {
    if (typeof given === 'string') return { type, kind, example: table.text(given), given: true };
    const sample = media.schema !== undefined ? table.value(media.schema) : undefined;
    const text = TEXT_PLACEHOLDERS[type] ?? (typeof sample === 'string' && sample ? sample : 'text');
    return { type, kind, example: table.text(text) };
  }
  void model;
  const bytes = typeof given === 'string' ? Buffer.from(given, 'utf8').toString('base64') : PLACEHOLDERS[type] ?? Buffer.from('mock').toString('base64');
  return { type, kind, example: table.text(bytes) };
}

/** Same schema after following `$ref`s (and a lone `allOf: [$ref]`). */
export function sameSchema(document: Record<string, unknown>, a: unknown, b: unknown): boolean {
  const unwrap = (s: unknown): unknown => {
    const node = resolveSchema(document, s);
    if (node && Array.isArray(node.allOf) && node.allOf.length === 1 && Object.keys(node).every((k) => k === 'allOf' || k === 'description' || k === 'title')) return unwrap(node.allOf[0]);
    return node;
  };
  const x = unwrap(a);
  return x !== undefined && x === unwrap(b);
}


/** Where a member goes in a success body: itself, or a wrapper's property holding it (`data`, `result`). */
function memberShape(document: Record<string, unknown>, schema: unknown, member: unknown): MockShape | undefined {
  if (member === undefined || schema === undefined) return undefined;
  if (sameSchema(document, schema, member)) return { kind: 'member' };
  const node = resolveSchema(document, schema);
  if (!isType(node, 'object') && !(node && isObject(node.properties))) return undefined;
  for (const [name, prop] of topProperties(document, node)) {
    if (sameSchema(document, prop, member)) return { kind: 'wrapper', at: [name] };
  }
  return undefined;
}

/** Where a list's items go: the pagination's items property, or the array the body is / holds. */
function itemsShape(document: Record<string, unknown>, schema: unknown, pagination: Pagination | undefined): MockShape | undefined {
  if (pagination) return { kind: 'items', at: pagination.itemsProperty === '' ? [] : [pagination.itemsProperty] };
  const node = resolveSchema(document, schema);
  if (isType(node, 'array')) return { kind: 'items', at: [] };
  if (!node) return undefined;
  const arrays = [...topProperties(document, node)].filter(([, p]) => isType(resolveSchema(document, p), 'array')).map(([n]) => n);
  const name = arrays.length === 1 ? arrays[0] : ['value', 'data', 'items', 'results', 'records', 'entries'].find((n) => arrays.includes(n));
  return name === undefined ? undefined : { kind: 'items', at: [name] };
}

const MESSAGE_NAMES = ['message', 'error_description', 'detail', 'errorMessage', 'error_message', 'description', 'msg', 'error', 'title', 'reason'];

/** A plain string property (no enum, const, pattern, format or length bound) that can carry any message. */
function plainString(document: Record<string, unknown>, schema: unknown): boolean {
  const node = resolveSchema(document, schema);
  return !!node && isType(node, 'string') && ['enum', 'const', 'pattern', 'format', 'maxLength', 'minLength', 'contentEncoding'].every((k) => node[k] === undefined);
}

const STATUS_NAMES = ['status', 'status_code', 'statusCode', 'http_status', 'httpStatus', 'code'];

/** A plain integer property that can carry any HTTP status (no enum, const or bound excluding it). */
function plainStatus(document: Record<string, unknown>, schema: unknown): boolean {
  const node = resolveSchema(document, schema);
  if (!node || !(isType(node, 'integer') || isType(node, 'number'))) return false;
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const low = num(node.minimum) ?? num(node.exclusiveMinimum);
  const high = num(node.maximum) ?? num(node.exclusiveMaximum);
  return node.enum === undefined && node.const === undefined && node.multipleOf === undefined && (low === undefined || low <= 100) && (high === undefined || high >= 599);
}

/** The path of an error body's HTTP status property (`status`, `status_code`, `code`, `error.code`). */
function statusPath(document: Record<string, unknown>, schema: unknown): string[] | undefined {
  if (schema === undefined) return undefined;
  const props = topProperties(document, schema);
  for (const name of STATUS_NAMES) if (plainStatus(document, props.get(name))) return [name];
  const inner = props.get('error');
  if (inner && isType(resolveSchema(document, inner), 'object')) {
    const innerProps = topProperties(document, inner);
    for (const name of STATUS_NAMES) if (plainStatus(document, innerProps.get(name))) return ['error', name];
  }
  return undefined;
}

/** The path of an error body's message property: top level, or inside an `error` object. */
function messagePath(document: Record<string, unknown>, schema: unknown): string[] | undefined {
  if (schema === undefined) return undefined;
  const props = topProperties(document, schema);
  for (const name of MESSAGE_NAMES) if (plainString(document, props.get(name))) return [name];
  const inner = props.get('error');
  if (inner && isType(resolveSchema(document, inner), 'object')) {
    const innerProps = topProperties(document, inner);
    for (const name of MESSAGE_NAMES) if (plainString(document, innerProps.get(name))) return ['error', name];
  }
  return undefined;
}

export interface ResponsePlanInput {
  model: ApiModel;
  op: OperationModel;
  table: BodyTable;
  /** Validator names the package has. */
  validators: Set<string>;
  /** The member schema of the resource the operation acts on, if any. */
  member?: unknown;
  /** The operation lists a collection. */
  list: boolean;
}

/** Every declared response, in the model's order (successes first). */
export function planResponses({ model, op, table, validators, member, list }: ResponsePlanInput): MockResponse[] {
  const document = model.document;
  return op.responses.map((r): MockResponse => {
    const media = answerMedia(r);
    const body = media ? bodyOf(model, media, table) : undefined;
    const schema = media?.schema;
    const json = body?.kind === 'json';
    const shape = !json || r.kind !== 'success' ? undefined
      : list ? itemsShape(document, schema, op.pagination) : memberShape(document, schema, member);
    const message = json && r.kind === 'error' ? messagePath(document, schema) : undefined;
    const statusAt = json && r.kind === 'error' ? statusPath(document, schema) : undefined;
    const validator = `${op.typeName}${r.status === 'default' ? 'DefaultResponse' : `Response${r.status.toUpperCase()}`}`;
    const headers: Record<string, string> = {};
    for (const h of r.headers) {
      if (!h.required || /^(content-type|content-length|link|location|operation-location|retry-after)$/i.test(h.name)) continue;
      const v = h.schema === undefined ? 'mock' : table.value(h.schema);
      headers[h.name.toLowerCase()] = typeof v === 'string' ? v : JSON.stringify(v) ?? 'mock';
    }
    return {
      status: r.status,
      code: statusCode(r.status),
      ...(body ? { body } : {}),
      ...(shape ? { shape } : {}),
      ...(message ? { message } : {}),
      ...(statusAt ? { statusAt } : {}),
      headers,
      ...(json && media === primaryMedia(r.contents) && validators.has(validator) ? { validator: `validate${validator}` } : {}),
    };
  });
}

/** The mock's paging rule for a list: the model's, with what the last page's next property holds. */
export function pagingOf(model: ApiModel, op: OperationModel): MockPaging | undefined {
  const p = op.pagination;
  if (!p) return undefined;
  const next = p.next;
  if (next.kind !== 'link' && next.kind !== 'cursor') return next;
  const media = primaryMedia(op.responses.find((r) => r.kind === 'success')?.contents);
  let node: unknown = media?.schema;
  let required = false;
  for (const name of next.property) {
    if (node === undefined) break;
    required = requiredOf(model.document, node).has(name);
    node = topProperties(model.document, node).get(name);
  }
  const resolved = resolveSchema(model.document, node);
  const end = !required ? undefined : resolved && (isNullable(resolved) || isType(resolved, 'null')) ? 'null' as const : 'empty' as const;
  return { ...next, ...(end ? { end } : {}) };
}

/**
 * The schema describes the member: the same schema, or an object whose properties are mostly the
 * member's (a `NewPet` of `name`, `tag` for a `Pet` of `id`, `name`, `tag`), or a wrapper holding it.
 */
export function describesMember(document: Record<string, unknown>, schema: unknown, member: unknown): boolean {
  if (schema === undefined || member === undefined) return false;
  if (memberShape(document, schema, member)) return true;
  const mine = [...topProperties(document, schema).keys()];
  if (!mine.length) return false;
  const theirs = topProperties(document, member);
  const shared = mine.filter((n) => theirs.has(n)).length;
  return shared > 0 && shared * 2 >= mine.length;
}

/** The schema is the member, or an object wrapping it (`{ data: <member> }`). */
export function holdsMember(document: Record<string, unknown>, schema: unknown, member: unknown): boolean {
  return memberShape(document, schema, member) !== undefined;
}

/** An object schema (by type or by its properties / allOf). */
export function isObjectSchema(document: Record<string, unknown>, schema: unknown): boolean {
  const node = resolveSchema(document, schema);
  return !!node && (isType(node, 'object') || isObject(node.properties) || Array.isArray(node.allOf));
}

/** A list body: an array, or an object with an array property. */
export function holdsItems(document: Record<string, unknown>, schema: unknown, pagination: Pagination | undefined): boolean {
  return schema !== undefined && itemsShape(document, schema, pagination) !== undefined;
}
