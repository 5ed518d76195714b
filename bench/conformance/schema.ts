/**
 * Response-body validation for the conformance bench, independent of specgen's own validators: the
 * bundled document (the generated package's `openapi.json`) is turned into JSON Schema 2020-12 and
 * handed whole to ajv under one id; each media type's schema is compiled as `{ $ref: '<id>#<pointer>' }`.
 *
 * `@openapi-contrib/openapi-schema-to-json-schema` is not installed here, so OpenAPI 3.0 schema
 * objects are converted by `convertDocument` below (in place on a copy, so every JSON pointer into
 * the document still names the same schema):
 *  - `$ref` replaces its siblings (3.0 semantics; specgen's validators do the same);
 *  - `nullable: true` adds `null` to `type` (and to `enum`); without `type` it lets `null` through
 *    the schema's `allOf`/`anyOf`/`oneOf`/`enum`, the only keywords that could reject it (lenient:
 *    3.0.3 says nullable without type has no effect);
 *  - boolean `exclusiveMinimum`/`exclusiveMaximum` become the numeric 2020-12 form;
 *  - `type: file` (Swagger 2.0 leftovers) is dropped;
 *  - OpenAPI-only annotations (`discriminator`, `xml`, `example`, `externalDocs`, ...) are left:
 *    ajv ignores unknown keywords with `strict: false`.
 * Both versions, for responses: a property that is `writeOnly` is not required (OpenAPI: "required
 * takes effect on the request only"). Its presence in a response is not flagged (a SHOULD NOT).
 * Formats: ajv-formats' (date-time, uuid, email, int32/int64, byte, ...); unknown formats are
 * ignored. Regular expressions are compiled without the `u` flag (many specs' patterns are not valid
 * unicode patterns).
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export const DOCUMENT_ID = 'https://conformance.specgen.invalid/openapi.json';

/** Subschema keywords: `map` holds schemas by name, `list` an array of schemas, `one` a schema. */
const MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'];
const LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const ONES = ['additionalProperties', 'additionalItems', 'not', 'propertyNames', 'contains', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems', 'contentSchema'];

/** Decodes one JSON pointer token. */
const unescape = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~');
export const escapeToken = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** The value at a JSON pointer (`/a/b`), or undefined. */
export function getAt(doc: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '#') return doc;
  let cur: unknown = doc;
  for (const raw of pointer.replace(/^#/, '').slice(1).split('/')) {
    if (!isObj(cur) && !Array.isArray(cur)) return undefined;
    cur = (cur as Obj)[unescape(raw)];
  }
  return cur;
}

/** A local `$ref` (`#/a/b`, percent-encoded or not) as a JSON pointer; undefined for anything else. */
export function refPointer(ref: string): string | undefined {
  if (!ref.startsWith('#')) return undefined;
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return ref.slice(1);
  }
}

/** Follows `$ref`s (bounded) and returns the final object and its pointer. */
export function deref(doc: Obj, node: unknown, pointer: string): { node: Obj; pointer: string } | undefined {
  let cur = node;
  let at = pointer;
  for (let hops = 0; isObj(cur) && typeof cur.$ref === 'string'; hops++) {
    const next = refPointer(cur.$ref);
    if (next === undefined || hops > 64) return undefined;
    at = next;
    cur = getAt(doc, next);
  }
  return isObj(cur) ? { node: cur, pointer: at } : undefined;
}

/**
 * A copy of `document` in which every schema reachable from the places OpenAPI puts schemas (and
 * from their `$ref`s) is JSON Schema 2020-12, fit for validating responses (see the file header).
 */
export function convertDocument(document: Obj, version: '3.0' | '3.1'): Obj {
  const doc = structuredClone(document);
  const seen = new Set<Obj>();
  const pending: Obj[] = [];
  const convert = (schema: unknown) => {
    if (!isObj(schema) || seen.has(schema)) return;
    seen.add(schema);
    pending.push(schema);
    if (typeof schema.$ref === 'string') {
      if (version === '3.0') for (const k of Object.keys(schema)) if (k !== '$ref') delete schema[k];
      const p = refPointer(schema.$ref);
      if (p !== undefined) convert(getAt(doc, p));
      return;
    }
    for (const k of MAPS) if (isObj(schema[k])) for (const v of Object.values(schema[k])) convert(v);
    for (const k of LISTS) if (Array.isArray(schema[k])) for (const v of schema[k]) convert(v);
    for (const k of ONES) convert(schema[k]);
    if (Array.isArray(schema.items)) for (const v of schema.items) convert(v);
    else convert(schema.items);
    if (isObj(schema.dependencies)) for (const v of Object.values(schema.dependencies)) convert(v);
  };
  // Where OpenAPI puts schemas. Example data goes: ajv walks every key of the document it is given
  // for `$id`s, and examples hold data like `{ "$id": ... }`.
  const dropExamples = (o: Obj) => {
    delete o.example;
    delete o.examples;
  };
  const media = (content: unknown) => {
    if (isObj(content)) {
      for (const m of Object.values(content)) {
        if (!isObj(m)) continue;
        dropExamples(m);
        convert(m.schema);
      }
    }
  };
  const parameter = (p: unknown) => {
    if (!isObj(p)) return;
    if (typeof p.$ref === 'string') {
      const target = deref(doc, p, '');
      if (target) parameter(target.node);
      return;
    }
    dropExamples(p);
    convert(p.schema);
    media(p.content);
  };
  const headers = (hs: unknown) => {
    if (isObj(hs)) for (const h of Object.values(hs)) parameter(h);
  };
  const response = (r: unknown) => {
    const t = deref(doc, r, '');
    if (!t) return;
    media(t.node.content);
    headers(t.node.headers);
  };
  const operation = (op: unknown) => {
    if (!isObj(op)) return;
    if (Array.isArray(op.parameters)) op.parameters.forEach(parameter);
    const body = deref(doc, op.requestBody, '');
    if (body) media(body.node.content);
    if (isObj(op.responses)) for (const r of Object.values(op.responses)) response(r);
    if (isObj(op.callbacks)) for (const cb of Object.values(op.callbacks)) if (isObj(cb)) for (const item of Object.values(cb)) pathItem(item);
  };
  const pathItem = (item: unknown) => {
    const t = deref(doc, item, '');
    if (!t) return;
    if (Array.isArray(t.node.parameters)) t.node.parameters.forEach(parameter);
    for (const m of ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']) operation(t.node[m]);
  };
  if (isObj(doc.paths)) for (const item of Object.values(doc.paths)) pathItem(item);
  if (isObj(doc.webhooks)) for (const item of Object.values(doc.webhooks)) pathItem(item);
  const c = isObj(doc.components) ? doc.components : {};
  if (isObj(c.schemas)) for (const s of Object.values(c.schemas)) convert(s);
  if (isObj(c.parameters)) for (const p of Object.values(c.parameters)) parameter(p);
  headers(c.headers);
  if (isObj(c.responses)) for (const r of Object.values(c.responses)) response(r);
  if (isObj(c.requestBodies)) for (const b of Object.values(c.requestBodies)) if (isObj(b)) media(b.content);
  delete c.examples;
  // Keyword changes after the walk (the walk above must see `allOf` where it was written).
  for (const s of pending) rewrite(s, version);
  for (const s of pending) dropWriteOnlyRequired(doc, s);
  return doc;
}

function rewrite(s: Obj, version: '3.0' | '3.1'): void {
  delete s.example;
  if (Array.isArray(s.examples)) delete s.examples;
  if (version === '3.0') {
    // Not keywords in 3.0 (and an `$id` would move the base URI of every `$ref` below it).
    delete s.$id;
    delete s.$schema;
  }
  for (const [bound, limit] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (typeof s[bound] !== 'boolean') continue;
    if (s[bound] === true && typeof s[limit] === 'number') {
      s[bound] = s[limit];
      delete s[limit];
    } else delete s[bound];
  }
  if (s.type === 'file') delete s.type;
  if (version !== '3.0' || typeof s.$ref === 'string') return;
  if (s.nullable === true) {
    if (typeof s.type === 'string') s.type = [s.type, 'null'];
    else if (Array.isArray(s.type) && !s.type.includes('null')) s.type = [...s.type, 'null'];
    if (Array.isArray(s.enum) && !s.enum.includes(null)) s.enum = [...s.enum, null];
    if (s.type === undefined) {
      const inner: Obj = {};
      for (const k of ['allOf', 'anyOf', 'oneOf']) {
        if (s[k] !== undefined) {
          inner[k] = s[k];
          delete s[k];
        }
      }
      if (Object.keys(inner).length) s.anyOf = [{ type: 'null' }, inner];
    }
  }
  delete s.nullable;
}

/** Properties of a schema (through `$ref` and `allOf`), resolved. */
function propertySchemas(doc: Obj, schema: unknown, seen = new Set<unknown>()): Map<string, Obj> {
  const out = new Map<string, Obj>();
  const t = deref(doc, schema, '');
  if (!t || seen.has(t.node)) return out;
  seen.add(t.node);
  if (isObj(t.node.properties)) {
    for (const [k, v] of Object.entries(t.node.properties)) {
      const r = deref(doc, v, '');
      if (r) out.set(k, r.node);
    }
  }
  if (Array.isArray(t.node.allOf)) for (const part of t.node.allOf) for (const [k, v] of propertySchemas(doc, part, seen)) if (!out.has(k)) out.set(k, v);
  return out;
}

function isWriteOnly(doc: Obj, schema: Obj, depth = 0): boolean {
  if (schema.writeOnly === true) return true;
  if (depth > 8 || !Array.isArray(schema.allOf)) return false;
  return schema.allOf.some((p) => {
    const r = deref(doc, p, '');
    return !!r && isWriteOnly(doc, r.node, depth + 1);
  });
}

function dropWriteOnlyRequired(doc: Obj, s: Obj): void {
  if (!Array.isArray(s.required) || !s.required.length) return;
  const props = propertySchemas(doc, s);
  const kept = s.required.filter((name) => {
    const p = props.get(String(name));
    return !p || !isWriteOnly(doc, p);
  });
  if (kept.length !== s.required.length) s.required = kept;
}

export interface BodyIssue {
  instancePath: string;
  keyword: string;
  message: string;
}

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

/** Compiles (once per pointer) and runs the schema at `pointer` of the converted document. */
export class BodyValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction | Error>();

  constructor(document: Obj, version: '3.0' | '3.1') {
    this.ajv = new Ajv2020({
      strict: false,
      allErrors: true,
      validateSchema: false,
      logger: false,
      unicodeRegExp: false,
      inlineRefs: false,
      code: { regExp: safeRegExp },
    });
    addFormats(this.ajv);
    const converted = convertDocument(document, version);
    try {
      this.ajv.addSchema(converted, DOCUMENT_ID);
    } catch (e) {
      // Duplicate or clashing `$id`s (3.1): validate without them rather than not at all.
      this.note = `ajv refused the document (${(e as Error).message.slice(0, 160)}); every $id removed`;
      this.ajv.removeSchema(DOCUMENT_ID);
      this.ajv.addSchema(withoutIds(converted) as Obj, DOCUMENT_ID);
    }
  }

  /** Set when the document needed a fix to be accepted. */
  note: string | undefined;

  /** `{ ok }`, the issues, or `error` when the schema itself cannot be compiled. */
  validate(pointer: string, data: unknown): { ok: true } | { ok: false; issues: BodyIssue[] } | { error: string } {
    let fn = this.compiled.get(pointer);
    if (!fn) {
      try {
        const fragment = pointer.split('/').map((t) => encodeURIComponent(t)).join('/');
        fn = this.ajv.compile({ $ref: `${DOCUMENT_ID}#${fragment}` });
      } catch (e) {
        fn = e instanceof Error ? e : new Error(String(e));
      }
      this.compiled.set(pointer, fn);
    }
    if (fn instanceof Error) return { error: fn.message.split('\n')[0]!.slice(0, 300) };
    if (fn(data)) return { ok: true };
    return { ok: false, issues: (fn.errors ?? []).map(issueOf) };
  }
}

function withoutIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIds);
  if (!isObj(node)) return node;
  return Object.fromEntries(Object.entries(node).filter(([k, v]) => !(k === '$id' && typeof v === 'string')).map(([k, v]) => [k, withoutIds(v)]));
}

function issueOf(e: ErrorObject): BodyIssue {
  const extra = e.keyword === 'additionalProperties' ? ` '${String((e.params as { additionalProperty?: string }).additionalProperty)}'`
    : e.keyword === 'enum' ? ` ${JSON.stringify((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).slice(0, 120)}` : '';
  return { instancePath: e.instancePath, keyword: e.keyword, message: `${e.message ?? e.keyword}${extra}` };
}

/** ajv's RegExp engine: a pattern the JavaScript engine rejects matches anything (the spec's problem, not the mock's). */
const safeRegExp = Object.assign((pattern: string, flags: string): { test: (s: string) => boolean; toString(): string } => {
  try {
    return new RegExp(pattern, flags);
  } catch {
    return { test: () => true, toString: () => `/${pattern}/ (invalid, ignored)` };
  }
}, { code: 'new RegExp' });
