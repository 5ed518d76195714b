/**
 * The parameter codec: OpenAPI 3.x parameter serialisation (`style`, `explode`, `allowReserved`),
 * described once for both ends. The generated client writes parameters with `format*`, the generated
 * mock reads them back with `parse*`. No dependencies and no Node built-ins.
 *
 * A parameter is data, a `ParamSpec` (the Parameter Object and its schema, reduced to what the wire
 * needs), e.g. `{ name: 'id', in: 'query', style: 'form', explode: false, type: 'array', items: 'integer' }`.
 * The wire text is RFC 6570 expansion as OpenAPI tabulates it (3.1.1's style examples, which correct
 * 3.1.0's label row); for `color` = "blue" / ["blue","black","brown"] / { R: 100, G: 200, B: 150 }:
 *
 *   style          explode  string       array                                object
 *   simple         false    blue         blue,black,brown                     R,100,G,200,B,150
 *   simple         true     blue         blue,black,brown                     R=100,G=200,B=150
 *   label          false    .blue        .blue,black,brown                    .R,100,G,200,B,150
 *   label          true     .blue        .blue.black.brown                    .R=100.G=200.B=150
 *   matrix         false    ;color=blue  ;color=blue,black,brown              ;color=R,100,G,200,B,150
 *   matrix         true     ;color=blue  ;color=blue;color=black;color=brown  ;R=100;G=200;B=150
 *   form           false    color=blue   color=blue,black,brown               color=R,100,G,200,B,150
 *   form           true     color=blue   color=blue&color=black&color=brown   R=100&G=200&B=150
 *   spaceDelimited false    -            color=blue%20black%20brown           color=R%20100%20G%20200%20B%20150
 *   pipeDelimited  false    -            color=blue|black|brown               color=R|100|G|200|B|150
 *   deepObject     true     -            -                                    color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150
 *
 * Styles by location: path simple (default), label, matrix; query form (default), spaceDelimited,
 * pipeDelimited, deepObject; header simple; cookie form. Any other style reads as the default.
 * `explode` defaults to true for form, false otherwise.
 *
 * Where OpenAPI leaves room, this is what both ends do:
 * - Encoding: values are percent-encoded (UTF-8) down to RFC 3986 unreserved characters, `!'()*`
 *   included (as RFC 6570 does), so every delimiter inside a value is escaped and the parser splits
 *   the raw text before decoding. Label also escapes `.` (%2E), its delimiter. A space is `%20`, never `+`.
 *   Strings must be well-formed UTF-16 (encodeURIComponent throws URIError on a lone surrogate).
 * - The empty string is a value (`;color`, `.`, `color=`, nothing); null, undefined, [] and {} are
 *   "undefined" in RFC 6570 terms (section 2.3): nothing is emitted and the parser reports undefined,
 *   so an empty array or object doesn't survive the trip. Null items and properties are left out.
 * - spaceDelimited joins with `%20` as the table does, so a space inside an item can't be told from
 *   it: it reads as two items. pipeDelimited joins with a raw `|` (3.1.0's table; 3.1.1's `%7C` would
 *   be ambiguous the same way) and a `|` inside an item is `%7C`, read back as data. Both apply to
 *   non-exploded arrays and objects; exploded, or for a single value, they are form. deepObject
 *   applies to objects; other values are form too.
 * - allowReserved (query only): `:/?[]@!$'()*,;` are left unencoded in values, except `,` where it
 *   separates items. `&`, `=`, `#` and `+` stay encoded (they would end the pair or the URL, or read
 *   as a space), and so does `%` (a value is data, not pre-encoded text).
 * - Query (and cookie) names keep `$` (OData's `$select`). deepObject names are `name[key]` with the
 *   brackets encoded (3.1.1); the parser also takes them raw (3.1.0).
 * - `+` reads as a space in the query only (application/x-www-form-urlencoded, which is how servers
 *   read every query parameter whatever its style), and not in allowReserved values, which may carry
 *   a literal `+`. In paths, headers and cookies a `+` is a `+`.
 * - Headers are not URI components, so their encoding is minimal: `%`, control characters (CR, LF,
 *   NUL...), non-ASCII, leading/trailing spaces and tabs, and in arrays and objects the `,` (and the
 *   `=` of exploded objects) are percent-encoded; quotes, inner spaces and the like stay as they are.
 *   A header value is thus always legal and never holds CR or LF. The parser trims blanks around
 *   items (`a, b`, as when a proxy joins repeated fields).
 * - Cookies are form style: `name=value` pairs (the caller joins them with `; `), values encoded as in
 *   the query (`;`, `,`, spaces and quotes never appear raw); non-exploded items are joined with a
 *   raw `,` as the table has it. The parser also takes a "quoted" value.
 * - Path: a value whose text a URL parser would resolve as a `.` or `..` segment (`.`, `..`, label's
 *   empty `.`, `.%2E`) can't be sent: formatPath throws a RangeError rather than reach another resource.
 * - A form-exploded object has no name on the wire: the parser reads the query (or cookie) pairs
 *   named in `properties`, or every pair when none are declared (the caller drops other parameters).
 * - Reading back: integer and number from JSON number text only ('42', '-1.5e3'; not '007', '0x1F',
 *   ''), boolean from 'true'/'false'; anything else stays a string for the validator to reject, as
 *   does an object with an odd number of items. Malformed percent-encoding is kept as it is. A
 *   repeated query name gives an array its items, and a scalar its first value. Label items are split
 *   on `,` and `.` (both escaped in values), so 3.1.0's `.blue.black.brown` reads as well.
 */

export type ParamIn = 'path' | 'query' | 'header' | 'cookie';
/** JSON type of an array item or object property read back from text. */
export type ScalarType = 'string' | 'integer' | 'number' | 'boolean';
/** JSON type a parameter's text is read back as. */
export type ParamType = ScalarType | 'array' | 'object';

/** A parameter as the wire sees it. */
export interface ParamSpec {
  name: string;
  in: ParamIn;
  /** OpenAPI style; default per location: path/header 'simple', query/cookie 'form'. */
  style?: 'simple' | 'label' | 'matrix' | 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  /** Default: true for form, false otherwise. */
  explode?: boolean;
  /** Query only: reserved characters are left unencoded in values (see above). */
  allowReserved?: boolean;
  type: ParamType;
  /** Arrays: the items' type (default string). */
  items?: ScalarType;
  /** Objects: the type of each known property (others read as strings). */
  properties?: Record<string, ScalarType>;
}

type Style = NonNullable<ParamSpec['style']>;

/** How a style lays a value out: RFC 6570's operator table (appendix A), plus the items' delimiter. */
interface Layout {
  /** Text before the value (path). */
  first: string;
  /** Between the parts of an exploded value, in a path or header (query and cookie parts are a list). */
  sep: string;
  /** Parts are `name=value`. */
  named: boolean;
  /** What follows the name of an empty value: `;color` but `color=`. */
  ifemp: string;
  /** Between the items of a non-exploded array or object, as written... */
  join: string;
  /** ...and as read (raw text; in the query `+` is a space by then). */
  split: RegExp;
}

const FORM = { first: '', sep: '&', named: true, ifemp: '=', join: ',', split: /,/ } as const;
const LAYOUT: Record<Style, Layout> = {
  simple: { first: '', sep: ',', named: false, ifemp: '', join: ',', split: /,/ },
  label: { first: '.', sep: '.', named: false, ifemp: '', join: ',', split: /[.,]/ },
  matrix: { first: ';', sep: ';', named: true, ifemp: '', join: ',', split: /,/ },
  form: FORM,
  spaceDelimited: { ...FORM, join: '%20', split: /%20| / },
  pipeDelimited: { ...FORM, join: '|', split: /\|/ },
  deepObject: FORM,
};

/** The styles each location takes, its default first. */
const STYLES: Record<ParamIn, readonly [Style, ...Style[]]> = {
  path: ['simple', 'label', 'matrix'],
  query: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'],
  header: ['simple'],
  cookie: ['form'],
};

const styleOf = (p: ParamSpec): Style => (p.style && STYLES[p.in].includes(p.style) ? p.style : STYLES[p.in][0]);
const explodes = (p: ParamSpec, style: Style): boolean => p.explode ?? style === 'form';

// ---- writing ----

const pct = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
/** All but RFC 3986 unreserved characters (encodeURIComponent spares `!'()*`). */
const strict = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, pct);
/** Query and cookie names, and deepObject's `name[key]`: `$` stays (OData). */
const encName = (s: string) => strict(s).replace(/%24/g, '$');
/** allowReserved: the reserved characters given back, but not `#&+=`. */
const RESERVED = /%(?:2[14789AC]|2F|3[ABF]|40|5[BD])/g;
/** Header values: `%`, controls, non-ASCII, edge blanks and the given delimiters. */
const headerChars = (delims: string) => new RegExp(`[%${delims}\\x00-\\x1f\\x7f-\\u{10ffff}]|^[ \\t]+|[ \\t]+$`, 'gu');
const HEADER = { one: headerChars(''), list: headerChars(','), pairs: headerChars(',=') };

/** The encoder of values: `list` when they are items joined by `join`, `pairs` for `k=v` items. */
function encoder(p: ParamSpec, style: Style, list: boolean, pairs: boolean): (s: string) => string {
  if (p.in === 'header') {
    const re = pairs ? HEADER.pairs : list ? HEADER.list : HEADER.one;
    return (s) => s.replace(re, encodeURIComponent);
  }
  if (p.in === 'query' && p.allowReserved) return (s) => strict(s).replace(RESERVED, (m) => (list && m === '%2C' ? m : decodeURIComponent(m)));
  if (style === 'label') return (s) => strict(s).replace(/\./g, '%2E');
  return strict;
}

/** A scalar's text. */
const text = (v: unknown): string => (v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The parts of a value, encoded; undefined when RFC 6570 calls the value undefined. */
function expand(p: ParamSpec, value: unknown): string[] | undefined {
  if (value == null) return undefined;
  const style = styleOf(p);
  const L = LAYOUT[style];
  const x = explodes(p, style);
  const named = (t: string) => (L.named ? encName(p.name) + (t === '' ? L.ifemp : '=') : '') + t;
  if (typeof value !== 'object' || value instanceof Date) return [named(encoder(p, style, false, false)(text(value)))];
  const items = Array.isArray(value) ? value.filter((v) => v != null).map(text) : undefined;
  const pairs = Object.entries(items ? {} : value).filter(([, v]) => v != null).map(([k, v]) => [k, text(v)] as const);
  if (!(items ?? pairs).length) return undefined;
  if (!items && style === 'deepObject') {
    const e = encoder(p, style, false, false);
    return pairs.map(([k, v]) => `${encName(`${p.name}[${k}]`)}=${e(v)}`);
  }
  if (!x) {
    const e = encoder(p, style, true, false);
    return [named((items ?? pairs.flat()).map(e).join(L.join))];
  }
  // Exploded: named styles give each item its own pair; unnamed ones still separate items by `sep`.
  const e = encoder(p, style, !L.named, !items && !L.named);
  if (items) return items.map((v) => named(e(v)));
  const key = L.named ? encName : e;
  return pairs.map(([k, v]) => key(k) + (L.named && v === '' ? L.ifemp : `=${e(v)}`));
}

/** Path: the text that replaces `{name}` in the template (percent-encoded); '' for an undefined value. */
export function formatPath(p: ParamSpec, value: unknown): string {
  const parts = expand(p, value);
  if (!parts) return '';
  const L = LAYOUT[styleOf(p)];
  const out = L.first + parts.join(L.sep);
  // WHATWG URL parsers resolve `.`, `..`, `.%2E`... segments away: the request would reach another path.
  if (/^(?:\.|%2e){1,2}$/i.test(out)) throw new RangeError(`Path parameter ${p.name} can't be ${JSON.stringify(out)} (a dot-segment)`);
  return out;
}

/** Query: `name=value` pairs, already encoded, in order (to be joined with '&'); none for an undefined value. */
export function formatQuery(p: ParamSpec, value: unknown): string[] {
  return expand(p, value) ?? [];
}

/** Header: the field value (no CR, LF or other control characters); undefined: send no header. */
export function formatHeader(p: ParamSpec, value: unknown): string | undefined {
  return expand(p, value)?.join(',');
}

/** Cookie: `name=value` pairs (joined with '; ' into the Cookie header); none for an undefined value. */
export function formatCookie(p: ParamSpec, value: unknown): string[] {
  return expand(p, value) ?? [];
}

// ---- reading ----

/** Percent-decoding that keeps malformed sequences as they are. */
function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/(?:%[\da-f]{2})+/gi, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return m;
      }
    });
  }
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** A scalar of `type` from its text, or the text when it isn't one. */
function coerce(s: string, type: ParamType | undefined): unknown {
  if (type === 'integer' || type === 'number') return NUMBER.test(s) && Number.isFinite(+s) ? +s : s;
  if (type === 'boolean') return s === 'true' ? true : s === 'false' ? false : s;
  return s;
}

/** `k=v` as [k, v] ('' when there is no `=`). */
const pair = (s: string): [string, string] => {
  const i = s.indexOf('=');
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
};

/**
 * A value from its raw text: `body` for the unnamed styles (simple, label), else the `name=value`
 * pairs around it, names decoded (`all`: every pair is the parameter's, as in a matrix path segment).
 */
function read(p: ParamSpec, src: string | readonly (readonly [string, string])[], dec: (raw: string) => string, all = false): unknown {
  const style = styleOf(p);
  const L = LAYOUT[style];
  const x = explodes(p, style);
  const props = p.properties;
  const typeOf = (k: string) => (props && Object.hasOwn(props, k) ? props[k] : undefined);
  const object = (kv: readonly (readonly [string, string])[]) =>
    Object.fromEntries(kv.map(([k, v]) => [k, coerce(dec(v), typeOf(k))]));
  const own = typeof src === 'string' ? [src] : src.filter(([k]) => k === p.name).map(([, v]) => v);

  if (p.type === 'object' && typeof src !== 'string' && style === 'deepObject') {
    const pre = `${p.name}[`;
    const kv = src.filter(([k]) => k.startsWith(pre) && k.endsWith(']')).map(([k, v]) => [k.slice(pre.length, -1), v] as const);
    return kv.length ? object(kv) : undefined;
  }
  if (p.type === 'object' && x) {
    const kv = typeof src === 'string'
      ? src.split(L.split).filter(Boolean).map(pair).map(([k, v]) => [dec(k), v] as const)
      : src.filter(([k]) => all || !props || Object.hasOwn(props, k));
    return kv.length || typeof src === 'string' ? object(kv) : undefined;
  }
  const [first] = own;
  if (first === undefined) return undefined;
  if (p.type === 'array') return (x && typeof src !== 'string' ? own : own.flatMap((t) => t.split(L.split))).map((t) => coerce(dec(t), p.items));
  if (p.type !== 'object') return coerce(dec(first), p.type);
  const flat = first.split(L.split);
  if (flat.length === 1 && flat[0] === '') return {};
  if (flat.length % 2) return dec(first);
  return object(flat.flatMap((k, i) => (i % 2 ? [] : [[dec(k), flat[i + 1] ?? ''] as const])));
}

/** Reads a path parameter back from the raw (undecoded) text that matched `{name}`; undefined when absent or malformed. */
export function parsePath(p: ParamSpec, raw: string): unknown {
  const style = styleOf(p);
  const first = LAYOUT[style].first;
  if (!raw.startsWith(first)) return undefined;
  const body = raw.slice(first.length);
  if (style !== 'matrix') return read(p, body, decode);
  return read(p, body.split(';').map(pair).map(([k, v]) => [decode(k), v] as const), decode, true);
}

/** Reads a query parameter back from the raw query string (without '?'); undefined when absent. */
export function parseQuery(p: ParamSpec, rawQuery: string): unknown {
  const plus = (s: string) => s.replace(/\+/g, ' ');
  const pairs = rawQuery.replace(/^\?/, '').split('&').filter(Boolean).map(pair)
    .map(([k, v]) => [decode(plus(k)), p.allowReserved ? v : plus(v)] as const);
  return read(p, pairs, decode);
}

/** Reads a header parameter back from its field value (`headers.get(name)`); undefined when absent. */
export function parseHeader(p: ParamSpec, raw: string | null): unknown {
  return raw == null ? undefined : read(p, raw, (s) => decode(s.replace(/^[ \t]+|[ \t]+$/g, '')));
}

/** Reads a cookie parameter back from the Cookie header; undefined when absent. */
export function parseCookie(p: ParamSpec, cookieHeader: string | null): unknown {
  if (cookieHeader == null) return undefined;
  const pairs = cookieHeader.split(';').map((s) => s.trim()).filter(Boolean).map(pair)
    .map(([k, v]) => [decode(k.trim()), v.trim().replace(/^"(.*)"$/s, '$1')] as const);
  return read(p, pairs, decode);
}

/**
 * The literal text of a path template (`/send/#env/v1`) as it travels in a URL's path: what `encodeURI`
 * encodes, plus `#` and `?` (which would end the path). The client writes it, the mock's router
 * matches against it, so both agree on a template with such characters.
 */
export function formatPathLiteral(text: string): string {
  return encodeURI(text).replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
}
