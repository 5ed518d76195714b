/**
 * Schema resources: walks a document once, records the base URI of every schema object,
 * `$id` resources, `$anchor`s and `$dynamicAnchor`s, and resolves `$ref`/`$dynamicRef`.
 * Only local references are supported (everything must be inside `root`).
 */
import { unescapePointerSegment } from './code.ts';
import type { Dialect } from './index.ts';

export type SchemaNode = Record<string, unknown> | boolean;

/** Keywords whose value is a single subschema. */
const SINGLE = [
  'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'contains', 'propertyNames', 'not', 'if', 'then',
  'else', 'additionalItems', 'items',
];
/** Keywords whose value is an array of subschemas. */
const ARRAY = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
/** Keywords whose value is a map of subschemas. */
const MAP = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies'];

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function resolveUri(ref: string, base: string): string {
  try {
    return new URL(ref, base).href;
  } catch {
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return ref;
    if (ref.startsWith('#')) return base.split('#')[0] + ref;
    return ref;
  }
}

function splitFragment(uri: string): [string, string] {
  const i = uri.indexOf('#');
  return i < 0 ? [uri, ''] : [uri.slice(0, i), uri.slice(i + 1)];
}

export class SchemaResolver {
  readonly baseOf = new Map<object, string>();
  readonly pointerOf = new Map<object, string>();
  readonly resourceOf = new Map<object, object>();
  /** Dynamic anchors declared directly in each resource. */
  readonly dynamicAnchors = new Map<object, Map<string, SchemaNode>>();
  private readonly byUri = new Map<string, SchemaNode>();
  private readonly idKeyword: string | null;
  readonly isOpenApiDocument: boolean;

  constructor(
    readonly root: unknown,
    readonly dialect: Dialect,
    readonly rootUri = 'specgen:///root.json',
  ) {
    this.isOpenApiDocument = isObject(root) && (typeof root.openapi === 'string' || typeof root.swagger === 'string');
    this.idKeyword = dialect === 'openapi-3.0' ? (this.isOpenApiDocument ? null : 'id') : '$id';
    if (isObject(root) || typeof root === 'boolean') this.byUri.set(rootUri, root);
    if (this.isOpenApiDocument) this.walkDocument(root, '', rootUri, root as object);
    else this.walkSchema(root, '', rootUri, isObject(root) ? root : {});
  }

  /** OpenAPI documents: everything under a `schema`/`schemas` key, or `$defs`, is a schema. */
  private walkDocument(node: unknown, pointer: string, base: string, resource: object): void {
    if (Array.isArray(node)) {
      node.forEach((v, i) => this.walkDocument(v, `${pointer}/${i}`, base, resource));
      return;
    }
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const p = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (key === 'schema') this.walkSchema(value, p, base, resource);
      else if (key === 'schemas' && isObject(value)) {
        for (const [name, s] of Object.entries(value)) this.walkSchema(s, `${p}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, base, resource);
      } else if (key !== 'example' && key !== 'examples' && key !== 'default') this.walkDocument(value, p, base, resource);
    }
  }

  walkSchema(node: unknown, pointer: string, base: string, resource: object): void {
    if (!isObject(node) || this.baseOf.has(node)) return;
    const draft4 = this.idKeyword === 'id';
    // draft 4: `id` next to `$ref` is ignored ($ref replaces the whole schema)
    const id = this.idKeyword && !(draft4 && typeof node.$ref === 'string') ? node[this.idKeyword] : undefined;
    if (typeof id === 'string' && !(!draft4 && id.startsWith('#'))) {
      const [uri, fragment] = splitFragment(resolveUri(id, base));
      if (uri !== base || !draft4 || !fragment) {
        base = uri;
        resource = node;
        if (!this.byUri.has(uri)) this.byUri.set(uri, node);
      }
      // draft 4 location-independent identifiers: `id: "#foo"` / `id: "other.json#foo"`
      if (draft4 && fragment) this.byUri.set(`${uri}#${fragment}`, node);
    }
    this.baseOf.set(node, base);
    this.pointerOf.set(node, pointer);
    this.resourceOf.set(node, resource);
    if (this.dialect !== 'openapi-3.0') {
      if (typeof node.$anchor === 'string') this.byUri.set(`${base}#${node.$anchor}`, node);
      if (typeof node.$dynamicAnchor === 'string') {
        const key = `${base}#${node.$dynamicAnchor}`;
        if (!this.byUri.has(key)) this.byUri.set(key, node);
        let anchors = this.dynamicAnchors.get(resource);
        if (!anchors) this.dynamicAnchors.set(resource, (anchors = new Map()));
        if (!anchors.has(node.$dynamicAnchor)) anchors.set(node.$dynamicAnchor, node);
      }
    }
    for (const k of SINGLE) if (k in node) this.walkSchema(node[k], `${pointer}/${k}`, base, resource);
    for (const k of ARRAY) {
      const v = node[k];
      if (Array.isArray(v)) v.forEach((s, i) => this.walkSchema(s, `${pointer}/${k}/${i}`, base, resource));
    }
    for (const k of MAP) {
      const v = node[k];
      if (isObject(v)) {
        for (const [name, s] of Object.entries(v)) {
          this.walkSchema(s, `${pointer}/${k}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, base, resource);
        }
      }
    }
  }

  /** Resolve a JSON pointer (document-relative, unescaped per RFC 6901) from the document root. */
  resolvePointer(pointer: string, from: unknown = this.root): unknown {
    if (pointer === '' || pointer === '#') return from;
    const parts = pointer.replace(/^#/, '').split('/').slice(1);
    let cur: unknown = from;
    for (const raw of parts) {
      const seg = unescapePointerSegment(raw);
      if (Array.isArray(cur)) {
        if (!/^(0|[1-9][0-9]*)$/.test(seg)) return undefined;
        cur = cur[Number(seg)];
      } else if (isObject(cur)) {
        if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
        cur = cur[seg];
      } else return undefined;
    }
    return cur;
  }

  /** Ensure a node reached by pointer has a base URI (walk it lazily). */
  ensureKnown(node: unknown, pointer: string, base = this.rootUri, resource: object = isObject(this.root) ? this.root : {}): void {
    if (isObject(node) && !this.baseOf.has(node)) this.walkSchema(node, pointer, base, resource);
  }

  base(node: unknown): string {
    return (isObject(node) && this.baseOf.get(node)) || this.rootUri;
  }

  resource(node: unknown): object | undefined {
    return isObject(node) ? this.resourceOf.get(node) : undefined;
  }

  /** Resolve a `$ref` found in `from`; throws on unresolvable (e.g. remote) references. */
  resolveRef(ref: string, from: unknown): { node: SchemaNode; uri: string; fragment: string } {
    const abs = resolveUri(ref, this.base(from));
    const [uri, fragment] = splitFragment(abs);
    const resource = this.byUri.get(uri);
    if (resource === undefined) throw new Error(`Cannot resolve $ref ${JSON.stringify(ref)}: ${uri} is not part of the document (remote references are not supported)`);
    let node: unknown;
    if (fragment === '') node = resource;
    else if (fragment.startsWith('/')) {
      let decoded: string;
      try {
        decoded = fragment.split('/').map((s) => decodeURIComponent(s)).join('/');
      } catch {
        decoded = fragment;
      }
      node = this.resolvePointer(decoded, resource);
      const basePointer = this.pointerOf.get(resource as object) ?? '';
      this.ensureKnown(node, basePointer + decoded, uri, resource as object);
    } else node = this.byUri.get(`${uri}#${decodeURIComponent(fragment)}`);
    if (!(isObject(node) || typeof node === 'boolean')) {
      throw new Error(`Cannot resolve $ref ${JSON.stringify(ref)} (${abs})`);
    }
    return { node, uri, fragment };
  }
}
