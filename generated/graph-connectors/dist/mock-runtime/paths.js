import { getOwn, setOwn } from "./spec.js";
const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function getAt(value, path) {
  let node = value;
  for (const key of path) node = isObj(node) ? getOwn(node, key) : void 0;
  return node;
}
function setAt(body, path, value) {
  if (!path.length) return value;
  const root = isObj(body) ? body : {};
  let node = root;
  path.slice(0, -1).forEach((key) => {
    const next = getOwn(node, key);
    if (isObj(next)) node = next;
    else {
      const created = {};
      setOwn(node, key, created);
      node = created;
    }
  });
  setOwn(node, path[path.length - 1], value);
  return root;
}
function deleteAt(body, path) {
  const parent = getAt(body, path.slice(0, -1));
  if (isObj(parent) && path.length) delete parent[path[path.length - 1]];
}
export {
  deleteAt,
  getAt,
  setAt
};
