/**
 * The one code kit. Spec text reaches generated code only through it: as a string literal, a JSON
 * value literal, a checked identifier or a property key. Code is its own type (`Code`), built with
 * the `ts` tagged template, which turns every interpolated plain string into a string literal; only
 * values that are already `Code` pass through as code. A raw string therefore cannot become code by
 * mistake: to make one into code it must go through `id()` (checked against the identifier grammar)
 * or `trusted()` (generator-authored constants only, never spec text).
 */

export class Code {
  /** Use `ts`, `id`, `key`, `str`, `value` or `trusted` to make one. */
  private constructor(private readonly text: string) {}
  /** @internal */
  static of(text: string): Code {
    return new Code(text);
  }
  toString(): string {
    return this.text;
  }
  get length(): number {
    return this.text.length;
  }
}

/** What may be interpolated into `ts`: code as it is, plain data as a literal. */
export type Interpolated = Code | string | number | boolean | null | undefined | bigint;

/** Code from generator-authored text. Never call it with spec text: use `ts`, `str`, `id` or `key`. */
export function trusted(text: string): Code {
  return Code.of(text);
}

/**
 * `ts\`send(${op.name}, ${args})\``: strings become string literals, numbers number literals,
 * `Code` stays code. The one way to build code that mixes generator text with spec text.
 */
export function ts(strings: TemplateStringsArray, ...values: Interpolated[]): Code {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += interpolate(v) + strings[i + 1]!;
  });
  return Code.of(out);
}

function interpolate(v: Interpolated): string {
  if (v instanceof Code) return v.toString();
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number') return numberLiteral(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'boolean' || v === null) return String(v);
  if (v === undefined) return 'undefined';
  throw new TypeError(`cannot interpolate ${typeof v} into code`);
}

/** `parts` joined by `separator` (generator text). */
export function join(parts: readonly Code[], separator = ', '): Code {
  return Code.of(parts.map(String).join(separator));
}

/** A single-quoted string literal for any text (the project's quote style). */
export function str(text: string): Code {
  return Code.of(quote(text));
}

function quote(text: string): string {
  // JSON escapes every backslash, quote and control character (lone surrogates too); then
  // `\"` becomes `"`, `'` becomes `\'`, and the two line terminators JSON allows are escaped.
  const body = JSON.stringify(String(text)).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${closable(body.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029'))}'`;
}

/**
 * A literal's body must not end in an escaped backslash (`'a\\'`): code writers that track strings
 * by "a quote after a backslash is escaped" (ts-morph's CodeBlockWriter) would think the string goes
 * on, and take spec text after it for code or comments. The last backslash is written `\x5c`.
 */
function closable(body: string): string {
  return body.endsWith('\\\\') ? `${body.slice(0, -2)}\\x5c` : body;
}

/** A finite number as written by JavaScript; NaN and the infinities as their global names. */
export function numberLiteral(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (Object.is(n, -0)) return '-0';
  return String(n);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Keys that name an object's prototype machinery: a literal `__proto__:` would set the prototype. */
export const PROTOTYPE_KEYS = new Set(['__proto__']);

/** A checked identifier. Throws on anything else: names come from the naming planner, never raw. */
export function id(name: string): Code {
  if (!IDENTIFIER.test(name) || PROTOTYPE_KEYS.has(name)) throw new Error(`internal: ${JSON.stringify(name)} is not a safe identifier`);
  return Code.of(name);
}

/**
 * `name` as an object-literal or type-literal key: bare when it is an identifier, quoted otherwise,
 * and computed (`['__proto__']`) for prototype keys, so the key defines a property.
 */
export function key(name: string): Code {
  if (PROTOTYPE_KEYS.has(name)) return Code.of(`[${quote(name)}]`);
  return Code.of(IDENTIFIER.test(name) ? name : quote(name));
}

/** `.name` or `['name']`: a property access for any name. */
export function member(name: string): Code {
  return Code.of(IDENTIFIER.test(name) && !PROTOTYPE_KEYS.has(name) ? `.${name}` : `[${quote(name)}]`);
}

/**
 * A JSON value (objects, arrays, strings, numbers, booleans, null) as an expression, laid out as
 * `JSON.stringify(value, null, indent)` would, but with `__proto__` keys computed so they define a
 * property and U+2028/U+2029 escaped. Non-finite numbers and undefined become `null`, as in JSON.
 */
export function value(v: unknown, indent = 2): Code {
  return Code.of(printValue(v, indent, ''));
}

function printValue(v: unknown, step: number, pad: string): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return jsonString(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'bigint') return String(v);
  if (typeof v !== 'object') return 'null';
  const inner = step ? pad + ' '.repeat(step) : '';
  const nl = step ? '\n' : '';
  const sep = step ? ': ' : ':';
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    return `[${nl}${v.map((x) => inner + printValue(x, step, inner)).join(`,${nl}`)}${nl}${pad}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined && typeof x !== 'function');
  if (!entries.length) return '{}';
  const keyText = (k: string) => (PROTOTYPE_KEYS.has(k) ? `[${jsonString(k)}]` : jsonString(k));
  return `{${nl}${entries.map(([k, x]) => `${inner}${keyText(k)}${sep}${printValue(x, step, inner)}`).join(`,${nl}`)}${nl}${pad}}`;
}

function jsonString(s: string): string {
  return `"${closable(JSON.stringify(s).slice(1, -1).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029'))}"`;
}
