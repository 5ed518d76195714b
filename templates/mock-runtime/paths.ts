/** Values at property paths (`['meta', 'next_cursor']`) of JSON bodies, written as own properties. */
import { getOwn, setOwn, type JsonObject } from './spec.js';

const isObj = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value at `path` (undefined where the path leaves objects). */
export function getAt(value: unknown, path: string[]): unknown {
  let node = value;
  for (const key of path) node = isObj(node) ? getOwn(node, key) : undefined;
  return node;
}

/** Sets the value at `path`, creating objects on the way; `path` `[]` is the body itself (returned). */
export function setAt(body: unknown, path: string[], value: unknown): unknown {
  if (!path.length) return value;
  const root = isObj(body) ? body : {};
  let node: JsonObject = root;
  path.slice(0, -1).forEach((key) => {
    const next = getOwn(node, key);
    if (isObj(next)) node = next;
    else {
      const created: JsonObject = {};
      setOwn(node, key, created);
      node = created;
    }
  });
  setOwn(node, path[path.length - 1]!, value);
  return root;
}

/** Removes the property at `path`, if there is one. */
export function deleteAt(body: unknown, path: string[]): void {
  const parent = getAt(body, path.slice(0, -1));
  if (isObj(parent) && path.length) delete parent[path[path.length - 1]!];
}
