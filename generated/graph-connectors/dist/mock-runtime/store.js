import { setOwn } from "./spec.js";
function memberPath(collection, id) {
  return `${collection}/${encodeURIComponent(id)}`;
}
function splitPath(path) {
  const cut = path.lastIndexOf("/");
  return { collection: path.slice(0, cut), id: decodeURIComponent(path.slice(cut + 1)) };
}
class MockStore {
  collections = /* @__PURE__ */ new Map();
  get(collection, id) {
    return this.collections.get(collection)?.get(id);
  }
  getPath(path) {
    const { collection, id } = splitPath(path);
    return this.get(collection, id);
  }
  set(collection, id, entry) {
    let members = this.collections.get(collection);
    if (!members) this.collections.set(collection, members = /* @__PURE__ */ new Map());
    members.set(id, entry);
  }
  /** Removes a member and everything contained in it (sub-collections and singletons below its path). */
  delete(collection, id) {
    const members = this.collections.get(collection);
    if (!members?.delete(id)) return false;
    const path = memberPath(collection, id);
    for (const key of [...this.collections.keys()]) {
      if (key === path || key.startsWith(path + "/")) this.collections.delete(key);
    }
    return true;
  }
  members(collection) {
    return (this.collections.get(collection) ?? /* @__PURE__ */ new Map()).entries();
  }
  count(collection) {
    return this.collections.get(collection)?.size ?? 0;
  }
  clear() {
    this.collections.clear();
  }
  /** Every stored resource by path (values are copies). */
  dump() {
    const out = {};
    for (const [collection, members] of this.collections) {
      for (const [id, entry] of members) setOwn(out, memberPath(collection, id), structuredClone(entry.value));
    }
    return out;
  }
}
export {
  MockStore,
  memberPath,
  splitPath
};
