import { getOwn, setOwn } from "./spec.js";
const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const isIndex = (seg) => /^(0|[1-9]\d*)$/.test(seg);
function childAt(node, seg) {
  if (Array.isArray(node)) return isIndex(seg) ? node[Number(seg)] : void 0;
  return isObj(node) ? getOwn(node, seg) : void 0;
}
function getAt(value, path) {
  let node = value;
  for (const key of path) node = childAt(node, key);
  return node;
}
function setAt(body, path, value) {
  if (!path.length) return value;
  const root = isObj(body) || Array.isArray(body) ? body : {};
  let node = root;
  for (const key of path.slice(0, -1)) {
    const next = childAt(node, key);
    if (isObj(next) || Array.isArray(next)) node = next;
    else {
      const created = {};
      if (Array.isArray(node)) node[Number(key)] = created;
      else setOwn(node, key, created);
      node = created;
    }
  }
  const last = path[path.length - 1];
  if (Array.isArray(node)) {
    if (isIndex(last)) node[Number(last)] = value;
  } else setOwn(node, last, value);
  return root;
}
function deleteAt(body, path) {
  const parent = getAt(body, path.slice(0, -1));
  if (isObj(parent) && path.length) delete parent[path[path.length - 1]];
}
export {
  childAt,
  deleteAt,
  getAt,
  setAt
};
