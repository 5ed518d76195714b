/**
 * The parameter codec (templates/runtime/params.ts): the OpenAPI style examples written and read
 * exactly, a round trip per location / style / explode / value kind that OpenAPI defines (through
 * the WHATWG URL parser, `Headers` and a Cookie header, as fetch and a server would see it), and
 * the decisions the module documents where OpenAPI leaves room.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCookie, formatHeader, formatPath, formatQuery, parseCookie, parseHeader, parsePath, parseQuery,
  type ParamIn, type ParamSpec, type ScalarType,
} from '../../templates/runtime/params.ts';

type Style = NonNullable<ParamSpec['style']>;
const RUNS = { seed: 20261202, numRuns: 200 };

/** The whole wire text of a parameter: path text, query string, header value, Cookie header. */
function format(p: ParamSpec, value: unknown): string | undefined {
  switch (p.in) {
    case 'path': return formatPath(p, value);
    case 'query': return formatQuery(p, value).join('&');
    case 'header': return formatHeader(p, value);
    case 'cookie': return formatCookie(p, value).join('; ');
  }
}
function parse(p: ParamSpec, text: string | undefined): unknown {
  switch (p.in) {
    case 'path': return parsePath(p, text ?? '');
    case 'query': return parseQuery(p, text ?? '');
    case 'header': return parseHeader(p, text ?? null);
    case 'cookie': return parseCookie(p, text ?? null);
  }
}

describe('the OpenAPI 3.1 style examples', () => {
  // OAS 3.1.1's table (https://spec.openapis.org/oas/v3.1.1#style-examples), the corrected 3.1 one:
  // 3.1.0 printed label non-exploded as `.blue.black.brown` (RFC 6570 has commas; still read, below),
  // and spaceDelimited / pipeDelimited without the `color=` name. Differences of ours, documented in
  // the module: pipeDelimited joins with a raw `|` (3.1.0; 3.1.1 writes %7C), and label's empty `.`
  // is refused (a dot-segment). `empty` is the empty string; '-' is n/a.
  const COLOR = { string: 'blue', array: ['blue', 'black', 'brown'], object: { R: 100, G: 200, B: 150 }, empty: '' };
  type Row = [ParamIn, Style, boolean, { empty?: string | RangeErrorConstructor; string?: string; array?: string; object?: string }];
  const TABLE: Row[] = [
    ['path', 'matrix', false, { empty: ';color', string: ';color=blue', array: ';color=blue,black,brown', object: ';color=R,100,G,200,B,150' }],
    ['path', 'matrix', true, { empty: ';color', string: ';color=blue', array: ';color=blue;color=black;color=brown', object: ';R=100;G=200;B=150' }],
    ['path', 'label', false, { empty: RangeError, string: '.blue', array: '.blue,black,brown', object: '.R,100,G,200,B,150' }],
    ['path', 'label', true, { empty: RangeError, string: '.blue', array: '.blue.black.brown', object: '.R=100.G=200.B=150' }],
    ['path', 'simple', false, { empty: '', string: 'blue', array: 'blue,black,brown', object: 'R,100,G,200,B,150' }],
    ['path', 'simple', true, { empty: '', string: 'blue', array: 'blue,black,brown', object: 'R=100,G=200,B=150' }],
    ['header', 'simple', false, { empty: '', string: 'blue', array: 'blue,black,brown', object: 'R,100,G,200,B,150' }],
    ['header', 'simple', true, { empty: '', string: 'blue', array: 'blue,black,brown', object: 'R=100,G=200,B=150' }],
    ['query', 'form', false, { empty: 'color=', string: 'color=blue', array: 'color=blue,black,brown', object: 'color=R,100,G,200,B,150' }],
    ['query', 'form', true, { empty: 'color=', string: 'color=blue', array: 'color=blue&color=black&color=brown', object: 'R=100&G=200&B=150' }],
    ['query', 'spaceDelimited', false, { array: 'color=blue%20black%20brown', object: 'color=R%20100%20G%20200%20B%20150' }],
    ['query', 'pipeDelimited', false, { array: 'color=blue|black|brown', object: 'color=R|100|G|200|B|150' }],
    ['query', 'deepObject', true, { object: 'color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150' }],
    // Cookies are form style; the pairs are joined with '; ' in the Cookie header.
    ['cookie', 'form', false, { empty: 'color=', string: 'color=blue', array: 'color=blue,black,brown', object: 'color=R,100,G,200,B,150' }],
    ['cookie', 'form', true, { empty: 'color=', string: 'color=blue', array: 'color=blue; color=black; color=brown', object: 'R=100; G=200; B=150' }],
  ];
  const spec = (inn: ParamIn, style: Style, explode: boolean, kind: keyof typeof COLOR): ParamSpec => ({
    name: 'color', in: inn, style, explode,
    ...(kind === 'array' ? { type: 'array', items: 'string' } : kind === 'object' ? { type: 'object', properties: { R: 'integer', G: 'integer', B: 'integer' } } : { type: 'string' }),
  });
  const cases = TABLE.flatMap(([inn, style, explode, row]) =>
    (Object.keys(row) as (keyof typeof COLOR)[]).map((kind) => [`${inn} ${style} explode=${explode} ${kind}`, inn, style, explode, kind, row[kind]!] as const));

  it.each(cases)('%s', (_, inn, style, explode, kind, text) => {
    const p = spec(inn, style, explode, kind);
    if (text === RangeError) {
      expect(() => format(p, COLOR[kind])).toThrow(RangeError);
      expect(parse(p, '.')).toEqual(COLOR[kind]);
      return;
    }
    expect(format(p, COLOR[kind])).toBe(text);
    expect(parse(p, text as string)).toEqual(COLOR[kind]);
  });

  it('reads the other spellings of the tables too', () => {
    const label = (explode: boolean, type: 'array' | 'object'): ParamSpec =>
      ({ name: 'color', in: 'path', style: 'label', explode, type, items: 'string', properties: { R: 'integer', G: 'integer', B: 'integer' } });
    // 3.1.0's label rows.
    expect(parsePath(label(false, 'array'), '.blue.black.brown')).toEqual(COLOR.array);
    expect(parsePath(label(false, 'object'), '.R.100.G.200.B.150')).toEqual(COLOR.object);
    // 3.1.0's deepObject, brackets raw.
    const deep: ParamSpec = { name: 'color', in: 'query', style: 'deepObject', explode: true, type: 'object', properties: { R: 'integer', G: 'integer', B: 'integer' } };
    expect(parseQuery(deep, 'color[R]=100&color[G]=200&color[B]=150')).toEqual(COLOR.object);
    // 3.1.1's pipeDelimited escapes the delimiter itself: %7C is data here (it is how a `|` inside an item is sent).
    const pipe: ParamSpec = { name: 'color', in: 'query', style: 'pipeDelimited', explode: false, type: 'array' };
    expect(parseQuery(pipe, 'color=blue%7Cblack%7Cbrown')).toEqual(['blue|black|brown']);
    expect(formatQuery(pipe, ['a|b', 'c'])).toEqual(['color=a%7Cb|c']);
  });
});

// ---- round trips ----

/** Text with every delimiter of every style, percent signs, escapes, controls, unicode and spaces. */
const UNIT = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...',|. ;=&[]%+/?#', '%20', '%2C', '%7C', '%2E', '%', '$', '!', "'", '(', ')', '*', ':', '@', '\\', '"', '~', '-', '_', '\t', '\r\n', '\0', '\x7f', '\u00a0') },
  { weight: 4, arbitrary: fc.constantFrom('a', 'Z', '0', '7') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);
const text = (noSpace: boolean) => fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: UNIT, maxLength: 8 }) },
  // Type `string` never coerces, so numeric- or boolean-looking strings come back as strings.
  { weight: 2, arbitrary: fc.constantFrom('', '42', '-1', '1.5', '1e5', '007', 'true', 'false', 'null', '.', '..') },
  { weight: 1, arbitrary: fc.integer().map(String) },
).filter((s) => !noSpace || !s.includes(' '));
const number = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)); // -0 is written '0'
const PROPERTIES: Record<string, ScalarType> = { R: 'integer', G: 'string', B: 'boolean', name: 'string', x: 'number' };

const KINDS = ['string', 'integer', 'number', 'boolean', 'strings', 'integers', 'object'] as const;
type Kind = (typeof KINDS)[number];
const SPECS: Record<Kind, Pick<ParamSpec, 'type' | 'items' | 'properties'>> = {
  string: { type: 'string' }, integer: { type: 'integer' }, number: { type: 'number' }, boolean: { type: 'boolean' },
  strings: { type: 'array', items: 'string' }, integers: { type: 'array', items: 'integer' },
  object: { type: 'object', properties: PROPERTIES },
};
/**
 * Values of a kind. Empty arrays and objects are left out: RFC 6570 calls them undefined, nothing
 * is sent, and they read back as absent (tested below). Empty strings stay, in arrays too: every
 * style tells [''] from [] and ['', ''] (`color=`, nothing, `color=,`). With `noSpace` (spaceDelimited)
 * strings hold no space: the delimiter is %20, as is a space inside an item, so "a b" can only read
 * as two items.
 */
function values(kind: Kind, noSpace = false): fc.Arbitrary<unknown> {
  const str = text(noSpace);
  switch (kind) {
    case 'string': return str;
    case 'integer': return fc.integer();
    case 'number': return number;
    case 'boolean': return fc.boolean();
    case 'strings': return fc.array(str, { minLength: 1, maxLength: 5 });
    case 'integers': return fc.array(fc.integer(), { minLength: 1, maxLength: 5 });
    case 'object': return fc.record({ R: fc.integer(), G: str, B: fc.boolean(), name: str, x: number }, { requiredKeys: [] })
      .filter((o) => Object.keys(o).length > 0);
  }
}

/**
 * The values formatPath refuses, worked out from the rules rather than the code: those whose text
 * is a `.` or `..` segment once decoded (label escapes a `.` as %2E, which URL parsers still resolve).
 */
function dotSegment(style: Style, explode: boolean, v: unknown): boolean {
  if (typeof v !== 'string' && !Array.isArray(v)) return false;
  const items = (Array.isArray(v) ? v : [v]).map(String);
  const body = style === 'label' ? `.${items.join(explode ? '.' : ',')}` : style === 'simple' ? items.join(',') : ';';
  return body === '.' || body === '..';
}

/** Sends a value the way fetch would and reads it the way the mock would. */
function trip(p: ParamSpec, v: unknown): unknown {
  switch (p.in) {
    case 'path': {
      const t = formatPath(p, v);
      const url = new URL(`http://h/a/${t}/z`);
      expect(url.pathname).toBe(`/a/${t}/z`); // the URL parser leaves the text alone
      return parsePath(p, url.pathname.slice(3, -2));
    }
    case 'query': {
      // Other parameters around it; the URL parser may re-encode (allowReserved's `'` becomes %27).
      const url = new URL(`http://h/p?${['a_=1', ...formatQuery(p, v), 'z_=%2C+'].join('&')}`);
      return parseQuery(p, url.search.slice(1));
    }
    case 'header': {
      const t = formatHeader(p, v);
      const headers = new Headers();
      if (t !== undefined) headers.set('x-color', t); // throws on a value a header can't carry
      return parseHeader(p, headers.get('x-color'));
    }
    case 'cookie': {
      const parts = formatCookie(p, v);
      for (const part of parts) expect(part).toMatch(/^[^\s;"\\\x00-\x1f\x7f]+$/);
      return parseCookie(p, ['a_=1', ...parts, 'z_=2'].join('; '));
    }
  }
}

type Combo = [ParamIn, Style, boolean, readonly Kind[], boolean?];
const COLLECTIONS = ['strings', 'integers', 'object'] as const;
/** Every combination OpenAPI defines (3.1.1's style values and examples), allowReserved last. */
const COMBOS: Combo[] = [
  ...(['simple', 'label', 'matrix'] as const).flatMap((s) => [false, true].map((x): Combo => ['path', s, x, KINDS])),
  ['query', 'form', false, KINDS], ['query', 'form', true, KINDS],
  ['query', 'form', false, KINDS, true], ['query', 'form', true, KINDS, true],
  ['query', 'spaceDelimited', false, COLLECTIONS], ['query', 'pipeDelimited', false, COLLECTIONS],
  ['query', 'pipeDelimited', false, COLLECTIONS, true],
  ['query', 'deepObject', true, ['object']], ['query', 'deepObject', true, ['object'], true],
  ['header', 'simple', false, KINDS], ['header', 'simple', true, KINDS],
  ['cookie', 'form', false, KINDS], ['cookie', 'form', true, KINDS],
];

describe('round trip: parse(format(v)) is v', () => {
  const cases = COMBOS.flatMap(([inn, style, explode, kinds, reserved]) => kinds.map((kind) =>
    [`${inn} ${style} explode=${explode}${reserved ? ' allowReserved' : ''} ${kind}`, inn, style, explode, kind, reserved ?? false] as const));

  it.each(cases)('%s', (_, inn, style, explode, kind, allowReserved) => {
    const p: ParamSpec = { name: 'color', in: inn, style, explode, ...SPECS[kind], ...(allowReserved ? { allowReserved } : {}) };
    fc.assert(fc.property(values(kind, style === 'spaceDelimited'), (v) => {
      if (inn === 'path' && dotSegment(style, explode, v)) {
        expect(() => formatPath(p, v)).toThrow(RangeError);
        return;
      }
      expect(trip(p, v)).toEqual(v);
    }), RUNS);
  });

  // Free-form objects (additionalProperties): keys are text too, delimiters included. Not for
  // form-exploded objects, whose keys are query or cookie names of their own.
  const FREE: [ParamIn, Style, boolean][] = [
    ['path', 'simple', false], ['path', 'simple', true], ['path', 'label', false], ['path', 'label', true],
    ['path', 'matrix', false], ['path', 'matrix', true], ['header', 'simple', false], ['header', 'simple', true],
    ['query', 'form', false], ['query', 'pipeDelimited', false], ['query', 'deepObject', true], ['cookie', 'form', false],
  ];
  it.each(FREE)('%s %s explode=%s object with any keys', (inn, style, explode) => {
    const p: ParamSpec = { name: 'color', in: inn, style, explode, type: 'object' };
    fc.assert(fc.property(fc.dictionary(text(false), text(false), { minKeys: 1, maxKeys: 4 }), (v) => {
      expect(trip(p, v)).toEqual(v);
    }), RUNS);
  });
});

// ---- decisions ----

const q = (extra: Partial<ParamSpec> = {}): ParamSpec => ({ name: 'q', in: 'query', type: 'string', ...extra });

describe('headers', () => {
  it('never carry CR, LF or another control character, nor non-ASCII: they are percent-encoded', () => {
    const hostile = fc.string({ unit: fc.constantFrom('\r', '\n', '\r\n', '\0', '\x1b', '\x7f', '\u0085', '\u2028', 'é', '😀', ' ', '\t', ',', '=', '%', 'a'), maxLength: 10 });
    const kinds = fc.oneof(hostile, fc.array(hostile, { minLength: 1, maxLength: 4 }), fc.dictionary(fc.constantFrom('R', 'G', 'B'), hostile, { minKeys: 1 }));
    fc.assert(fc.property(kinds, fc.boolean(), (v, explode) => {
      const p: ParamSpec = { name: 'x-color', in: 'header', explode, type: typeof v === 'string' ? 'string' : Array.isArray(v) ? 'array' : 'object' };
      const t = formatHeader(p, v)!;
      expect(t).toMatch(/^[\t\x20-\x7e]*$/);
      expect(t).not.toMatch(/^[ \t]|[ \t]$/); // HTTP would trim edge blanks
      expect(parseHeader(p, new Headers({ [p.name]: t }).get(p.name))).toEqual(v);
    }), RUNS);
    expect(formatHeader({ name: 'x', in: 'header', type: 'string' }, 'a\r\nSet-Cookie: b=c')).toBe('a%0D%0ASet-Cookie: b=c');
  });

  it('keep printable text readable and read list items with blanks around them', () => {
    const p: ParamSpec = { name: 'if-match', in: 'header', type: 'string' };
    expect(formatHeader(p, '"abc", W/"x y"')).toBe('"abc", W/"x y"');
    expect(formatHeader(p, '50%')).toBe('50%25');
    expect(formatHeader({ ...p, type: 'array' }, ['a,b', ' c'])).toBe('a%2Cb,%20c');
    expect(parseHeader({ ...p, type: 'array', items: 'integer' }, '1, 2 ,3')).toEqual([1, 2, 3]);
    expect(parseHeader(p, null)).toBeUndefined();
    expect(formatHeader(p, undefined)).toBeUndefined();
    expect(formatHeader({ ...p, type: 'array' }, [])).toBeUndefined();
  });
});

describe('query', () => {
  it('reads `+` as a space (form-urlencoded) but never writes it; allowReserved values keep a literal `+`', () => {
    expect(formatQuery(q(), 'a b+c')).toEqual(['q=a%20b%2Bc']);
    expect(parseQuery(q(), 'q=a+b%2Bc')).toBe('a b+c');
    expect(parseQuery(q({ allowReserved: true }), 'q=a+b')).toBe('a+b');
    expect(parseQuery(q({ style: 'spaceDelimited', type: 'array' }), 'q=a+b%20c')).toEqual(['a', 'b', 'c']);
    expect(parseQuery(q({ name: 'a b' }), 'a+b=1')).toBe('1');
    // Elsewhere a `+` is a `+`.
    expect(parsePath({ name: 'p', in: 'path', type: 'string' }, 'a+b')).toBe('a+b');
    expect(parseHeader({ name: 'h', in: 'header', type: 'string' }, 'a+b')).toBe('a+b');
    expect(parseCookie({ name: 'c', in: 'cookie', type: 'string' }, 'c=a+b')).toBe('a+b');
  });

  it('allowReserved leaves reserved characters but never `&`, `=`, `#`, `+`, `%` or a delimiter', () => {
    expect(formatQuery(q({ allowReserved: true }), "a/b:c?d[e]@!$'()*,;&=#+%")).toEqual(["q=a/b:c?d[e]@!$'()*,;%26%3D%23%2B%25"]);
    expect(formatQuery(q({ allowReserved: true, type: 'array', explode: false }), ['a,b', 'c/d'])).toEqual(['q=a%2Cb,c/d']);
    expect(formatQuery(q(), 'a/b,c')).toEqual(['q=a%2Fb%2Cc']);
    expect(parseQuery(q({ allowReserved: true }), 'q=a/b,c;d')).toBe('a/b,c;d');
  });

  it('keeps `$` in names (OData)', () => {
    expect(formatQuery(q({ name: '$select' }), 'id,name')).toEqual(['$select=id%2Cname']);
    expect(formatQuery(q({ name: '$filter', style: 'deepObject', type: 'object' }), { $eq: 1 })).toEqual(['$filter%5B$eq%5D=1']);
    expect(parseQuery(q({ name: '$select' }), '%24select=a')).toBe('a');
    expect(parseQuery(q({ name: '$select' }), '$select=a')).toBe('a');
  });

  it('reads repeated names, non-exploded objects, and takes a scalar\'s first value', () => {
    const ids = q({ name: 'id', type: 'array', items: 'integer' });
    expect(parseQuery(ids, 'id=1&x=0&id=2')).toEqual([1, 2]);
    expect(parseQuery({ ...ids, explode: false }, 'id=1,2&id=3')).toEqual([1, 2, 3]);
    expect(parseQuery(q({ name: 'color', type: 'object', explode: false, properties: { R: 'integer' } }), 'color=R,100,G,200')).toEqual({ R: 100, G: '200' });
    expect(parseQuery(q(), 'q=a&q=b')).toBe('a');
    expect(parseQuery(q(), '?q=a')).toBe('a');
    expect(parseQuery(q(), 'x=1')).toBeUndefined();
    expect(parseQuery(q(), '')).toBeUndefined();
  });

  it('reads a form-exploded object from its declared properties, or from every pair when none are declared', () => {
    const o = q({ name: 'filter', type: 'object', properties: { a: 'integer', b: 'string' } });
    expect(parseQuery(o, 'a=1&limit=5&b=x')).toEqual({ a: 1, b: 'x' });
    expect(parseQuery(o, 'limit=5')).toBeUndefined();
    const { properties: _, ...free } = o;
    expect(parseQuery(free, 'a=1&limit=5')).toEqual({ a: '1', limit: '5' });
  });

  it('reads deepObject keys as own properties (no prototype pollution)', () => {
    const o = q({ name: 'f', style: 'deepObject', type: 'object' });
    const v = parseQuery(o, 'f[__proto__]=1&f%5Bconstructor%5D=2&f[a%5Db]=3') as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__', 'constructor', 'a]b']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseQuery(o, 'g[a]=1')).toBeUndefined();
  });

  it('falls back to form for a style the location does not take, or a value the style does not take', () => {
    expect(formatQuery(q({ style: 'matrix' }), 'x')).toEqual(['q=x']);
    expect(formatQuery(q({ style: 'deepObject', type: 'array' }), ['a', 'b'])).toEqual(['q=a,b']);
    expect(formatQuery(q({ style: 'pipeDelimited', type: 'array', explode: true }), ['a', 'b'])).toEqual(['q=a', 'q=b']);
    expect(formatPath({ name: 'p', in: 'path', style: 'form', type: 'array' }, ['a', 'b'])).toBe('a,b');
  });
});

describe('values', () => {
  it('coerces scalars only when the text is one of the type', () => {
    const read = (type: ParamSpec['type'], s: string) => parseQuery(q({ type }), `q=${s}`);
    expect(read('integer', '42')).toBe(42);
    expect(read('integer', '-1.5e3')).toBe(-1500);
    expect(read('number', '1.5')).toBe(1.5);
    expect(read('integer', '1.5')).toBe(1.5); // a number: the validator says it isn't an integer
    for (const s of ['4x', '007', '0x1F', '', '%20', 'NaN', 'Infinity', '1e999', '%2B1', '.5']) expect(read('number', s)).toBe(decodeURIComponent(s));
    expect(read('boolean', 'true')).toBe(true);
    expect(read('boolean', 'false')).toBe(false);
    for (const s of ['TRUE', '1', 'yes', '']) expect(read('boolean', s)).toBe(s);
    expect(read('string', '42')).toBe('42');
    expect(parseQuery(q({ type: 'object', explode: false }), 'q=a,1,b')).toBe('a,1,b'); // odd: a string, for the validator
  });

  it('writes nothing for null, undefined, [] and {}, and reads absence as undefined', () => {
    for (const v of [null, undefined, [], {}, [null]]) {
      expect(formatQuery(q({ type: 'array' }), v)).toEqual([]);
      expect(formatCookie({ name: 'c', in: 'cookie', type: 'array' }, v)).toEqual([]);
      expect(formatPath({ name: 'p', in: 'path', type: 'array' }, v)).toBe('');
    }
    expect(formatQuery(q({ type: 'object' }), { a: null, b: 1 })).toEqual(['b=1']);
    expect(parseCookie({ name: 'c', in: 'cookie', type: 'string' }, 'd=1')).toBeUndefined();
    expect(parseCookie({ name: 'c', in: 'cookie', type: 'string' }, null)).toBeUndefined();
    expect(parsePath({ name: 'p', in: 'path', style: 'label', type: 'string' }, 'x')).toBeUndefined();
    expect(parsePath({ name: 'p', in: 'path', style: 'matrix', type: 'string' }, ';q=1')).toBeUndefined();
  });

  it('writes dates as ISO text and keeps malformed percent-encoding as it is', () => {
    expect(formatQuery(q(), new Date(Date.UTC(2026, 0, 2)))).toEqual(['q=2026-01-02T00%3A00%3A00.000Z']);
    expect(parseQuery(q(), 'q=100%&x')).toBe('100%');
    expect(parseQuery(q(), 'q=%E0%A4%A')).toBe('%E0%A4%A');
    expect(parseQuery(q(), 'q=%zz%41')).toBe('%zzA');
  });

  it('reads a quoted cookie value', () => {
    expect(parseCookie({ name: 'c', in: 'cookie', type: 'integer' }, 'a=1; c="42"')).toBe(42);
  });
});

describe('path', () => {
  it('refuses a value that would be a dot-segment, which URL parsers resolve away', () => {
    const p = (style: Style, explode = false, type: ParamSpec['type'] = 'string'): ParamSpec => ({ name: 'id', in: 'path', style, explode, type });
    expect(new URL('http://h/users/../admin').pathname).toBe('/admin');
    expect(new URL('http://h/users/.%2E/admin').pathname).toBe('/admin');
    for (const v of ['.', '..']) expect(() => formatPath(p('simple'), v)).toThrow(RangeError);
    for (const v of ['', '.']) expect(() => formatPath(p('label'), v)).toThrow(RangeError);
    expect(() => formatPath(p('label', true, 'array'), ['', ''])).toThrow(RangeError);
    expect(() => formatPath(p('simple', false, 'array'), ['.'])).toThrow(RangeError);
    expect(formatPath(p('simple'), '...')).toBe('...');
    expect(formatPath(p('simple'), '')).toBe('');
    expect(formatPath(p('label'), 'a.b')).toBe('.a%2Eb');
    expect(formatPath(p('matrix'), '..')).toBe(';id=..');
  });

  it('encodes everything but unreserved characters, `!\'()*` included', () => {
    expect(formatPath({ name: 'p', in: 'path', type: 'string' }, "a/b?c#d e!'()*~-_.é")).toBe('a%2Fb%3Fc%23d%20e%21%27%28%29%2A~-_.%C3%A9');
  });
});
