/**
 * Ids of created resources, minted from a rule the generator planned from the id property's own
 * schema (generator/emit/mocks/ids.ts). Dependency-free: shipped verbatim into generated packages.
 *
 * Every rule gives distinct values for counters 0, 1, 2, ... up to its capacity (`count` of an
 * integer rule, the number of `values`, the number of strings a template can spell); past it the
 * ids repeat from the start.
 */
/** One piece of a template id: fixed text, a run of `min`..`max` characters of `chars`, or one of `options` (all the same length). */
export type MockIdPart = {
    literal: string;
} | {
    chars: string;
    min: number;
    max: number;
} | {
    options: string[];
};
export type MockIdRule = 
/** `start`, `start + step`, ...; `count` values when the schema bounds them. */
{
    kind: 'integer';
    start: number;
    step: number;
    count?: number;
}
/** A seeded UUID from the mock's id stream. */
 | {
    kind: 'uuid';
}
/** The schema's `enum` members in order, cycling. */
 | {
    kind: 'enum';
    values: (string | number)[];
}
/** The counter written in mixed radix over the template's character runs (shortest strings first). */
 | {
    kind: 'template';
    parts: MockIdPart[];
    type: 'string';
    accepts?: MockIdAccepts;
}
/** Values worked out at generation time (patterns a template cannot spell), in order, cycling. */
 | {
    kind: 'samples';
    values: (string | number)[];
    accepts?: MockIdAccepts;
};
/** What an id a request supplies must satisfy (the id property's own pattern and length bounds). */
export interface MockIdAccepts {
    pattern?: string;
    minLength?: number;
    maxLength?: number;
}
/** The `counter`-th (0-based) id of `rule`; `uuid` draws the seeded UUIDs of `kind: 'uuid'`. */
export declare function mintId(rule: MockIdRule, counter: number, uuid: () => string): string | number;
/**
 * A schema `pattern` as an ECMAScript regex with `u` semantics (without `u` when only valid so);
 * null when invalid. Cached; the generator's mock planner uses this one too, so a pattern means the
 * same at generation and at run time.
 */
export declare function patternOf(source: string): RegExp | null;
/**
 * Whether an id a request supplies fits the id property's schema as far as the mock mints by it: an
 * integer for integer rules, a UUID for UUID rules, a member of an enum, a string within the
 * pattern and length bounds otherwise. A create whose body names an id that does not fit gets a
 * minted one, so the member can be read back through the path parameter that names it.
 */
export declare function fitsId(rule: MockIdRule, id: unknown): boolean;
