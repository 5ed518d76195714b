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
/** Path: the text that replaces `{name}` in the template (percent-encoded); '' for an undefined value. */
export declare function formatPath(p: ParamSpec, value: unknown): string;
/** Query: `name=value` pairs, already encoded, in order (to be joined with '&'); none for an undefined value. */
export declare function formatQuery(p: ParamSpec, value: unknown): string[];
/** Header: the field value (no CR, LF or other control characters); undefined: send no header. */
export declare function formatHeader(p: ParamSpec, value: unknown): string | undefined;
/** Cookie: `name=value` pairs (joined with '; ' into the Cookie header); none for an undefined value. */
export declare function formatCookie(p: ParamSpec, value: unknown): string[];
/** Reads a path parameter back from the raw (undecoded) text that matched `{name}`; undefined when absent or malformed. */
export declare function parsePath(p: ParamSpec, raw: string): unknown;
/** Reads a query parameter back from the raw query string (without '?'); undefined when absent. */
export declare function parseQuery(p: ParamSpec, rawQuery: string): unknown;
/** Reads a header parameter back from its field value (`headers.get(name)`); undefined when absent. */
export declare function parseHeader(p: ParamSpec, raw: string | null): unknown;
/** Reads a cookie parameter back from the Cookie header; undefined when absent. */
export declare function parseCookie(p: ParamSpec, cookieHeader: string | null): unknown;
/**
 * The literal text of a path template (`/send/#env/v1`) as it travels in a URL's path: what `encodeURI`
 * encodes, plus `#` and `?` (which would end the path). The client writes it, the mock's router
 * matches against it, so both agree on a template with such characters.
 */
export declare function formatPathLiteral(text: string): string;
