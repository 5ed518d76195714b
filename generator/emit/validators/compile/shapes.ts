/**
 * Structural sharing (hash-consing) of subschemas. Every schema object gets a small integer shape id:
 * two subschemas have the same id exactly when they would compile to the same code — same keywords and
 * values (pure annotations such as `description` aside), structurally equal subschemas, the same unit
 * (document, dialect, format setting) and the same base URI (so relative `$ref`s resolve to the same
 * targets). Keys are built bottom-up from the children's ids, so each node costs O(own keywords), and
 * uses are counted on the resulting DAG (a subschema repeated inside one shared parent counts once).
 *
 * Subschemas that are tied to their place are never shared: named schemas (the document root, `schemas`,
 * `$defs` and `definitions` members: their functions carry their names), and anything that
 * declares or depends on resources and dynamic scope below it (`$id`, draft-4 `id`, `$anchor`,
 * `$dynamicAnchor`, `$dynamicRef`, `$recursive*`), or is cyclic by object identity.
 */
import { isObject, type SchemaNode } from '../resolve.ts';
import type { Unit } from './types.ts';

/** Keywords whose value is a single subschema / an array of subschemas / a map of subschemas (as in resolve.ts). */
const SINGLE = new Set([
  'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'contains', 'propertyNames', 'not', 'if', 'then',
  'else', 'additionalItems', 'items',
]);
const ARRAY = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items']);
const MAP = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);

/** Pure annotations: they never change the emitted code, so they do not prevent sharing. */
const IGNORED = new Set(['title', 'description', 'example', 'examples', '$comment', 'externalDocs', 'xml', 'deprecated', 'default']);

/** Keywords that tie a subschema to its location (resources, anchors, dynamic scope). */
const PLACE_BOUND = new Set(['$id', '$anchor', '$dynamicAnchor', '$dynamicRef', '$recursiveRef', '$recursiveAnchor']);

const NAMED_PARENTS = new Set(['schemas', '$defs', 'definitions']);

export interface Shape {
  /** Equal ids <=> interchangeable compiled code. */
  readonly id: number;
  /** May be compiled once and called from every place it occurs. */
  readonly shareable: boolean;
  /** Rough size of the compiled code (keywords in the subtree). */
  readonly weight: number;
}

export class ShapeTable {
  private readonly idByKey = new Map<string, number>();
  private readonly uses: number[] = [];
  private readonly byUnit = new Map<Unit, WeakMap<object, Shape>>();
  private readonly unitIndex = new Map<Unit, number>();
  private readonly baseIndex = new Map<string, number>();
  private readonly rawIds = new WeakMap<object, string>();
  private readonly inProgress = new Set<object>();
  private nextUnique = -1;

  /** Compute the shapes of every schema the resolver knows (so use counts are complete before compiling). */
  prepare(unit: Unit): void {
    for (const node of unit.resolver.pointerOf.keys()) this.shape(unit, node as SchemaNode);
  }

  /** How many distinct places (parents in the shared DAG) use this shape. */
  usesOf(shape: Shape): number {
    return shape.id >= 0 ? (this.uses[shape.id] ?? 0) : 1;
  }

  shape(unit: Unit, node: SchemaNode): Shape {
    if (typeof node === 'boolean') return { id: this.intern(node ? 'true' : 'false'), shareable: false, weight: 0 };
    let memo = this.byUnit.get(unit);
    if (!memo) this.byUnit.set(unit, (memo = new WeakMap()));
    const known = memo.get(node);
    if (known) return known;
    if (this.inProgress.has(node)) return { id: this.nextUnique--, shareable: false, weight: 1 };
    this.inProgress.add(node);
    let shareable = !this.isNamed(unit, node);
    let weight = 0;
    const draft4Ids = unit.dialect === 'openapi-3.0' && !unit.resolver.isOpenApiDocument;
    const children: number[] = [];
    const child = (value: unknown): string => {
      if (!isObject(value) && typeof value !== 'boolean') return this.raw(value);
      const s = this.shape(unit, value);
      shareable &&= s.shareable || typeof value === 'boolean';
      weight += s.weight;
      children.push(s.id);
      return `#${s.id}`;
    };
    const parts: string[] = [];
    for (const [k, v] of Object.entries(node)) {
      if (IGNORED.has(k)) continue;
      weight++;
      if (PLACE_BOUND.has(k) || (draft4Ids && k === 'id')) shareable = false;
      let part: string;
      if (ARRAY.has(k) && Array.isArray(v)) part = `[${v.map(child).join(',')}]`;
      else if (SINGLE.has(k) && (isObject(v) || typeof v === 'boolean')) part = child(v);
      else if (MAP.has(k) && isObject(v)) part = `{${Object.entries(v).map(([name, s]) => `${JSON.stringify(name)}:${Array.isArray(s) ? this.raw(s) : child(s)}`).join(',')}}`;
      else part = this.raw(v);
      parts.push(`${JSON.stringify(k)}:${part}`);
    }
    this.inProgress.delete(node);
    let id: number;
    if (!shareable) id = this.nextUnique--;
    else {
      // keyword order never changes the emitted code (keywords are compiled in a fixed order)
      parts.sort();
      const key = `${this.indexOf(this.unitIndex, unit)}@${this.indexOf(this.baseIndex, unit.resolver.base(node))}{${parts.join(',')}}`;
      const existing = this.idByKey.get(key);
      if (existing !== undefined) id = existing;
      else {
        id = this.intern(key);
        for (const c of children) if (c >= 0) this.uses[c] = (this.uses[c] ?? 0) + 1;
      }
    }
    if (id < 0) for (const c of children) if (c >= 0) this.uses[c] = (this.uses[c] ?? 0) + 1;
    const shape: Shape = { id, shareable, weight };
    memo.set(node, shape);
    return shape;
  }

  private isNamed(unit: Unit, node: object): boolean {
    const pointer = unit.resolver.pointerOf.get(node);
    if (pointer === undefined) return false;
    const i = pointer.lastIndexOf('/');
    if (i < 0) return true; // the document root
    const parent = pointer.slice(pointer.lastIndexOf('/', i - 1) + 1, i);
    return NAMED_PARENTS.has(parent);
  }

  private intern(key: string): number {
    let id = this.idByKey.get(key);
    if (id === undefined) {
      id = this.idByKey.size;
      this.idByKey.set(key, id);
    }
    return id;
  }

  private indexOf<K>(map: Map<K, number>, key: K): number {
    let i = map.get(key);
    if (i === undefined) map.set(key, (i = map.size));
    return i;
  }

  /** A key for a non-schema value (enum, const, required, discriminator, ...). */
  private raw(value: unknown): string {
    if (value === undefined) return 'u';
    if (typeof value !== 'object' || value === null) return JSON.stringify(value);
    let key = this.rawIds.get(value);
    if (key === undefined) {
      let json: string;
      try {
        json = JSON.stringify(value);
      } catch {
        json = `unique${this.nextUnique--}`;
      }
      key = `r${this.intern(`raw:${json}`)}`;
      this.rawIds.set(value, key);
    }
    return key;
  }
}
