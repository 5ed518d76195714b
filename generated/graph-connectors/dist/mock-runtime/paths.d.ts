/** One step down: an own property of an object, an item of an array. */
export declare function childAt(node: unknown, seg: string): unknown;
/** The value at `path` (undefined where the path leaves the body). */
export declare function getAt(value: unknown, path: string[]): unknown;
/** Sets the value at `path`, creating objects on the way; `path` `[]` is the body itself (returned). */
export declare function setAt(body: unknown, path: string[], value: unknown): unknown;
/** Removes the object property at `path`, if there is one. */
export declare function deleteAt(body: unknown, path: string[]): void;
