/**
 * The mock's state: members of concrete collections (`/external/connections/abc/items`), keyed by
 * id, in insertion order. A singleton lives in its parent's path as the member named after its last
 * segment. Every change happens synchronously inside one request, so concurrent requests never
 * interleave a read-modify-write: nothing is lost.
 */
import { type JsonObject } from './spec.js';
export interface StoredEntry {
    value: JsonObject;
    /** Caller that created it (for ownership checks); absent = everybody's. */
    owner?: string;
}
/** Path of a member: its collection plus the percent-encoded id. */
export declare function memberPath(collection: string, id: string): string;
export declare function splitPath(path: string): {
    collection: string;
    id: string;
};
export declare class MockStore {
    private readonly collections;
    get(collection: string, id: string): StoredEntry | undefined;
    getPath(path: string): StoredEntry | undefined;
    set(collection: string, id: string, entry: StoredEntry): void;
    /** Removes a member and everything contained in it (sub-collections and singletons below its path). */
    delete(collection: string, id: string): boolean;
    members(collection: string): IterableIterator<[string, StoredEntry]>;
    count(collection: string): number;
    clear(): void;
    /** Every stored resource by path (values are copies). */
    dump(): Record<string, JsonObject>;
}
