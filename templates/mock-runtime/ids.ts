/**
 * Ids of created resources, minted from a rule the generator planned from the id property's own
 * schema (generator/emit/mocks/ids.ts). Dependency-free: shipped verbatim into generated packages.
 *
 * Every rule gives distinct values for counters 0, 1, 2, ... up to its capacity (`count` of an
 * integer rule, the number of `values`, the number of strings a template can spell); past it the
 * ids repeat from the start.
 */

/** One piece of a template id: fixed text, a run of `min`..`max` characters of `chars`, or one of `options` (all the same length). */
export type MockIdPart = { literal: string } | { chars: string; min: number; max: number } | { options: string[] };

export type MockIdRule =
  /** `start`, `start + step`, ...; `count` values when the schema bounds them. */
  | { kind: 'integer'; start: number; step: number; count?: number }
  /** A seeded UUID from the mock's id stream. */
  | { kind: 'uuid' }
  /** The schema's `enum` members in order, cycling. */
  | { kind: 'enum'; values: (string | number)[] }
  /** The counter written in mixed radix over the template's character runs (shortest strings first). */
  | { kind: 'template'; parts: MockIdPart[]; type: 'string'; accepts?: MockIdAccepts }
  /** Values worked out at generation time (patterns a template cannot spell), in order, cycling. */
  | { kind: 'samples'; values: (string | number)[]; accepts?: MockIdAccepts };

/** What an id a request supplies must satisfy (the id property's own pattern and length bounds). */
export interface MockIdAccepts {
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}

/** The `counter`-th (0-based) id of `rule`; `uuid` draws the seeded UUIDs of `kind: 'uuid'`. */
export function mintId(rule: MockIdRule, counter: number, uuid: () => string): string | number {
  const n = Number.isFinite(counter) && counter > 0 ? Math.floor(counter) : 0;
  switch (rule.kind) {
    case 'integer':
      return rule.start + (rule.count !== undefined && rule.count > 0 ? n % rule.count : n) * rule.step;
    case 'uuid':
      return uuid();
    case 'enum':
    case 'samples':
      return rule.values[n % Math.max(1, rule.values.length)] ?? String(n + 1);
    case 'template':
      return mintTemplateId(rule.parts, n);
  }
}

const ID_SATURATED = Number.MAX_SAFE_INTEGER;

/** Strings of one combination of run lengths (saturating). */
function idLevelCapacity(radices: number[], lengths: number[]): number {
  let capacity = 1;
  for (let i = 0; i < radices.length && capacity < ID_SATURATED; i++) {
    for (let k = 0; k < (lengths[i] ?? 0) && capacity < ID_SATURATED; k++) capacity = Math.min(ID_SATURATED, capacity * (radices[i] ?? 0));
  }
  return capacity;
}

/**
 * Levels of run lengths: every run at its `min`, then one character more at a time, the first run
 * that can grow first. Each level is one character longer than the one before, so no two levels
 * spell the same string; within a level every position is fixed, so the mixed-radix digits are.
 */
function mintTemplateId(parts: MockIdPart[], counter: number): string {
  const radices = parts.map((p) => ('chars' in p ? Array.from(p.chars).length : 'options' in p ? p.options.length : 1));
  const start = parts.map((p) => ('chars' in p ? p.min : 'options' in p ? 1 : 0));
  const grow = (lengths: number[]): boolean => {
    const i = parts.findIndex((p, j) => 'chars' in p && (lengths[j] ?? 0) < p.max);
    if (i < 0) return false;
    lengths[i] = (lengths[i] ?? 0) + 1;
    return true;
  };
  let total = 0;
  for (const lengths = [...start]; total < ID_SATURATED; ) {
    total = Math.min(ID_SATURATED, total + idLevelCapacity(radices, lengths));
    if (!grow(lengths)) break;
  }
  let n = total > 0 ? counter % total : 0;
  const lengths = [...start];
  for (let cap = idLevelCapacity(radices, lengths); n >= cap; cap = idLevelCapacity(radices, lengths)) {
    n -= cap;
    if (!grow(lengths)) break;
  }
  const out: string[] = [];
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i];
    const radix = radices[i] ?? 0;
    if (part === undefined) continue;
    if ('literal' in part) {
      out.push(part.literal);
    } else if ('options' in part) {
      out.push(part.options[radix ? n % radix : 0] ?? '');
      if (radix) n = Math.floor(n / radix);
    } else {
      const chars = Array.from(part.chars);
      const piece: string[] = [];
      for (let k = 0; k < (lengths[i] ?? 0) && radix; k++) {
        piece.push(chars[n % radix] ?? '');
        n = Math.floor(n / radix);
      }
      out.push(piece.reverse().join(''));
    }
  }
  return out.reverse().join('');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const patterns = new Map<string, RegExp | null>();

/**
 * A schema `pattern` as an ECMAScript regex with `u` semantics (without `u` when only valid so);
 * null when invalid. Cached; the generator's mock planner uses this one too, so a pattern means the
 * same at generation and at run time.
 */
export function patternOf(source: string): RegExp | null {
  let re = patterns.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source, 'u');
    } catch {
      try {
        re = new RegExp(source);
      } catch {
        re = null;
      }
    }
    if (patterns.size > 4096) patterns.clear();
    patterns.set(source, re);
  }
  return re;
}

/**
 * Whether an id a request supplies fits the id property's schema as far as the mock mints by it: an
 * integer for integer rules, a UUID for UUID rules, a member of an enum, a string within the
 * pattern and length bounds otherwise. A create whose body names an id that does not fit gets a
 * minted one, so the member can be read back through the path parameter that names it.
 */
export function fitsId(rule: MockIdRule, id: unknown): boolean {
  switch (rule.kind) {
    case 'integer':
      return typeof id === 'number' && Number.isInteger(id);
    case 'uuid':
      return typeof id === 'string' && UUID.test(id);
    case 'enum':
      return rule.values.includes(id as string | number);
    case 'template':
    case 'samples': {
      if (typeof id !== 'string' || id === '') return false;
      const a = rule.accepts;
      const length = Array.from(id).length;
      if (a?.minLength !== undefined && length < a.minLength) return false;
      if (a?.maxLength !== undefined && length > a.maxLength) return false;
      const re = a?.pattern === undefined ? null : patternOf(a.pattern);
      return !re || re.test(id);
    }
  }
}
