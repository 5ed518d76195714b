import type { CodeWriter } from '../code.ts';
import type { Dialect } from '../index.ts';
import type { SchemaNode, SchemaResolver } from '../resolve.ts';

export type Mode = 'request' | 'response' | 'any';

/** `$dynamicAnchor` name -> schema the outermost dynamic scope binds it to. */
export type Bindings = ReadonlyMap<string, SchemaNode>;

export interface Unit {
  resolver: SchemaResolver;
  dialect: Dialect;
  /** Assert `format` (true) or treat it as an annotation (false). */
  assertFormats: boolean;
}

/** Options that select one generated function variant for a schema. */
export interface Variant {
  /** Boolean-only fast path (no issues). */
  fast: boolean;
  /** Records evaluated properties/items into an `ev: Evaluated` parameter. */
  track: boolean;
  mode: Mode;
  bindings: Bindings;
}

export interface FnState extends Variant {
  name: string;
  /** PascalCase base name, used for naming branch functions. */
  base: string;
  unit: Unit;
  w: CodeWriter;
  local(hint: string): string;
}

/** A piece of a data path: literal text or code producing a pointer segment. */
export type PathPart = { lit: string } | { code: string };

export interface Scope {
  fn: FnState;
  /** Variable holding the data being validated. */
  data: string;
  /** Path to `data` (code parts; see pathCode). */
  path: PathPart[];
  /** Schema location (static JSON pointer fragment). */
  schemaPath: string;
  /** Variable holding the `Evaluated` collector, or null when annotations are not tracked. */
  ev: string | null;
  bindings: Bindings;
}
