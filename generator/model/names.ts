/** The one place identifiers are made from spec names. */

const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with as implements interface ' +
    'let package private protected public static yield any boolean constructor declare get module require number set string ' +
    'symbol type from of await async undefined never unknown object bigint keyof readonly infer is asserts arguments eval')
    .split(' '),
);

/** Words of a name: split on non-alphanumerics and on case changes (`getHTTPResponse2` -> get HTTP Response2). */
export function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export function pascalCase(name: string): string {
  const out = words(name).map(cap).join('');
  return safeIdentifier(out || 'Unnamed', 'T');
}

export function camelCase(name: string): string {
  const [first = 'unnamed', ...rest] = words(name);
  const out = first.charAt(0).toLowerCase() + first.slice(1) + rest.map(cap).join('');
  return safeIdentifier(out, '_');
}

/** A valid, non-reserved identifier: a leading digit gets `prefix`, a reserved word a trailing `_`. */
export function safeIdentifier(name: string, prefix = '_'): string {
  let id = name.replace(/[^A-Za-z0-9_$]/g, '_');
  if (!id || /^[0-9]/.test(id)) id = prefix + id;
  if (RESERVED.has(id)) id += '_';
  return id;
}

/** Is `name` usable as written in `a.name` / `{ name: 1 }`? Otherwise it must be quoted. */
export function isIdentifierName(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/**
 * Hands out unique names in a deterministic order: the first claimant gets the name, the next
 * ones `Name2`, `Name3`... Callers claim in a sorted order, so results never depend on timing.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();
  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.taken.add(r.toLowerCase());
  }
  claim(name: string): string {
    let candidate = name;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${name}${n}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}

/** Locale-free comparison, so sorting gives the same order on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
