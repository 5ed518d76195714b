/** Identifier helpers: every identifier derived from schema content is checked here. */

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await async arguments eval ' +
    'undefined NaN Infinity Object Array String Number Boolean Symbol Function Error RegExp Map Set Date JSON Math ' +
    'Reflect Proxy Promise globalThis constructor prototype __proto__ any unknown never object string number boolean ' +
    'symbol bigint type declare namespace module require keyof readonly as is infer satisfies'
  ).split(' '),
);

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isSafeIdentifier(name: string): boolean {
  return IDENT.test(name) && !RESERVED.has(name);
}

/** `external-connection`, `external_connection`, `123abc` -> `ExternalConnection`, `_123abc`. */
export function pascalCase(text: string): string {
  const words = text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  let out = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  if (!out) out = 'Schema';
  if (/^[0-9]/.test(out)) out = '_' + out;
  return out;
}

/** Hands out unique identifiers (case-sensitive), always valid and never reserved. */
export class NameRegistry {
  private readonly used = new Set<string>();
  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.used.add(r);
  }
  reserve(name: string): void {
    this.used.add(name);
  }
  has(name: string): boolean {
    return this.used.has(name);
  }
  unique(base: string): string {
    let name = IDENT.test(base) ? base : pascalCase(base);
    if (RESERVED.has(name)) name = name + '_';
    if (!this.used.has(name)) {
      this.used.add(name);
      return name;
    }
    for (let i = 2; ; i++) {
      const candidate = name + i;
      if (!this.used.has(candidate)) {
        this.used.add(candidate);
        return candidate;
      }
    }
  }
}
