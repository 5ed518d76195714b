/**
 * Values at property paths (`['meta', 'next_cursor']`, `['items', '3', 'id']`) of JSON bodies:
 * object members as own properties (never inherited ones, `__proto__` a plain key), array items
 * by index.
 */
import { getOwn, setOwn, type JsonObject } from './spec.js';

const isObj = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);
const isIndex = (seg: string): boolean => /^(0|[1-9]\d*)$/.test(seg);

/** One step down: an own property of an object, an item of an array. */
export function childAt(node: unknown, seg: string): unknown {
  if (Array.isArray(node)) return isIndex(seg) ? node[Number(seg)] : undefined;
  return isObj(node) ? getOwn(node, seg) : undefined;
}

/** The value at `path` (undefined where the path leaves the body). */
export function getAt(value: unknown, path: string[]): unknown {
  let node = value;
  for (const key of path) node = childAt(node, key);
  return node;
}

/** Sets the value at `path`, creating objects on the way; `path` `[]` is the body itself (returned). */
export function setAt(body: unknown, path: string[], value: unknown): unknown {
  if (!path.length) return value;
  const root = isObj(body) || Array.isArray(body) ? body : {};
  let node: JsonObject | unknown[] = root;
  for (const key of path.slice(0, -1)) {
    const next = childAt(node, key);
    if (isObj(next) || Array.isArray(next)) node = next;
    else {
      const created: JsonObject = {};
      if (Array.isArray(node)) node[Number(key)] = created;
      else setOwn(node, key, created);
      node = created;
    }
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(node)) {
    if (isIndex(last)) node[Number(last)] = value;
  } else setOwn(node, last, value);
  return root;
}

/** Removes the object property at `path`, if there is one. */
export function deleteAt(body: unknown, path: string[]): void {
  const parent = getAt(body, path.slice(0, -1));
  if (isObj(parent) && path.length) delete parent[path[path.length - 1]!];
}
