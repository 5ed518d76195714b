import { SpecError } from '../load/errors.ts';
import { fragmentToPointer, getAt } from '../load/pointer.ts';
import type { Origins } from '../load/bundle.ts';

/** Longest chain of `$ref`s followed before giving up (a cycle, or a chain no spec needs). */
export const MAX_REF_HOPS = 64;

/**
 * One hop: the node a local `$ref` names, and its pointer; `undefined` for a reference that is not
 * local (`other.yaml#/x`: the bundled document has none left, unless kept on purpose).
 */
function follow(document: Record<string, unknown>, ref: string): { node: unknown; pointer: string } | undefined {
  if (!ref.startsWith('#')) return undefined;
  const pointer = fragmentToPointer(ref);
  return { node: getAt(document, pointer), pointer };
}

/**
 * Follows local `$ref`s of the bundled document, remembering where the final object lives: the one
 * `$ref` follower of the generator (strict `deref` for the model's structure, lenient
 * `resolveSchema` for schemas).
 */
export class DocumentRefs {
  constructor(readonly document: Record<string, unknown>, readonly origins: Origins) {}

  /** The object at `pointer` after following `$ref`s, and its own pointer. Dangling and cyclic refs are located errors. */
  deref<T = Record<string, unknown>>(node: unknown, pointer: string): { node: T; pointer: string } {
    let current = node;
    let at = pointer;
    for (let hops = 0; isRef(current); hops++) {
      if (hops > MAX_REF_HOPS) throw new SpecError('cyclic-ref', 'cyclic $ref cannot be represented', this.origins.locate(at));
      const ref = (current as { $ref: string }).$ref;
      const next = follow(this.document, ref);
      if (!next) return { node: current as T, pointer: at };
      at = next.pointer;
      current = next.node;
      if (current === undefined) {
        throw new SpecError('dangling-ref', `$ref '${ref}' points at nothing`, this.origins.locate(at));
      }
    }
    return { node: current as T, pointer: at };
  }

  /** `resolveSchema` over this document. */
  resolveSchema(schema: unknown): SchemaObject | undefined {
    return resolveSchema(this.document, schema);
  }
}

/** A schema object as written (after `$ref`s are followed). */
export type SchemaObject = Record<string, unknown>;

/**
 * The schema object a schema stands for, following local `$ref`s (bounded, cycle-safe, never
 * throws): `undefined` for boolean schemas, non-local, dangling or cyclic references. 3.1 allows
 * siblings next to `$ref`: they are kept over the target's (a new object); a plain `$ref` gives its
 * target itself, so identity-keyed caches see one schema once.
 */
export function resolveSchema(document: Record<string, unknown>, schema: unknown): SchemaObject | undefined {
  let node = schema;
  for (let hops = 0; isRef(node); hops++) {
    if (hops >= MAX_REF_HOPS) return undefined;
    const next = follow(document, node.$ref);
    if (!next) return undefined;
    const { $ref: _ref, ...siblings } = node as Record<string, unknown>;
    node = isObject(next.node) ? (Object.keys(siblings).length ? { ...next.node, ...siblings } : next.node) : undefined;
  }
  return isObject(node) ? node : undefined;
}

export function isRef(node: unknown): node is { $ref: string } {
  return node !== null && typeof node === 'object' && typeof (node as { $ref?: unknown }).$ref === 'string';
}

export function isObject(node: unknown): node is Record<string, unknown> {
  return node !== null && typeof node === 'object' && !Array.isArray(node);
}

export function extensionsOf(node: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node).sort()) if (key.startsWith('x-')) out[key] = node[key];
  return out;
}
