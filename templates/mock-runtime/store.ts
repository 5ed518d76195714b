/**
 * The mock's state: members of concrete collections (`/external/connections/abc/items`), keyed by
 * id, in insertion order. A singleton lives in its parent's path as the member named after its last
 * segment. Every change happens synchronously inside one request, so concurrent requests never
 * interleave a read-modify-write: nothing is lost.
 */
import { setOwn, type JsonObject } from './spec.js';

export interface StoredEntry {
  value: JsonObject;
  /** Caller that created it (for ownership checks); absent = everybody's. */
  owner?: string;
}

/** Path of a member: its collection plus the percent-encoded id. */
export function memberPath(collection: string, id: string): string {
  return `${collection}/${encodeURIComponent(id)}`;
}

export function splitPath(path: string): { collection: string; id: string } {
  const cut = path.lastIndexOf('/');
  return { collection: path.slice(0, cut), id: decodeURIComponent(path.slice(cut + 1)) };
}

export class MockStore {
  private readonly collections = new Map<string, Map<string, StoredEntry>>();

  get(collection: string, id: string): StoredEntry | undefined {
    return this.collections.get(collection)?.get(id);
  }

  getPath(path: string): StoredEntry | undefined {
    const { collection, id } = splitPath(path);
    return this.get(collection, id);
  }

  set(collection: string, id: string, entry: StoredEntry): void {
    let members = this.collections.get(collection);
    if (!members) this.collections.set(collection, (members = new Map()));
    members.set(id, entry);
  }

  /** Removes a member and everything contained in it (sub-collections and singletons below its path). */
  delete(collection: string, id: string): boolean {
    const members = this.collections.get(collection);
    if (!members?.delete(id)) return false;
    const path = memberPath(collection, id);
    for (const key of [...this.collections.keys()]) {
      if (key === path || key.startsWith(path + '/')) this.collections.delete(key);
    }
    return true;
  }

  members(collection: string): IterableIterator<[string, StoredEntry]> {
    return (this.collections.get(collection) ?? new Map<string, StoredEntry>()).entries();
  }

  count(collection: string): number {
    return this.collections.get(collection)?.size ?? 0;
  }

  clear(): void {
    this.collections.clear();
  }

  /** Every stored resource by path (values are copies). */
  dump(): Record<string, JsonObject> {
    const out: Record<string, JsonObject> = {};
    for (const [collection, members] of this.collections) {
      for (const [id, entry] of members) setOwn(out, memberPath(collection, id), structuredClone(entry.value));
    }
    return out;
  }
}
