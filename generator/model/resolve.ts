import { SpecError } from '../load/errors.ts';
import { fragmentToPointer, getAt } from '../load/pointer.ts';
import type { Origins } from '../load/bundle.ts';

/** Follows local `$ref`s of the bundled document, remembering where the final object lives. */
export class DocumentRefs {
  constructor(readonly document: Record<string, unknown>, readonly origins: Origins) {}

  /** The object at `pointer` after following `$ref`s, and its own pointer. */
  deref<T = Record<string, unknown>>(node: unknown, pointer: string): { node: T; pointer: string } {
    let current = node;
    let at = pointer;
    for (let hops = 0; isRef(current); hops++) {
      if (hops > 64) throw new SpecError('cyclic-ref', 'cyclic $ref cannot be represented', this.origins.locate(at));
      const ref = (current as { $ref: string }).$ref;
      if (!ref.startsWith('#')) return { node: current as T, pointer: at };
      at = fragmentToPointer(ref);
      current = getAt(this.document, at);
      if (current === undefined) {
        throw new SpecError('dangling-ref', `$ref '${ref}' points at nothing`, this.origins.locate(at));
      }
    }
    return { node: current as T, pointer: at };
  }
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
