/**
 * Request bodies by media type: which declared media a `content-type` selects, and how form and
 * multipart bodies become the object the validators check (each field read by the parameter codec,
 * ../runtime/params.ts, as a query parameter is). Pure decoding: errors are plain `Error`s that
 * request.ts turns into answers.
 */
import { parseQuery } from '../runtime/params.js';
import { getOwn, setOwn, type JsonObject, type MockParam } from './spec.js';

/** `type/subtype` in lower case, parameters (`; charset=...`, `; boundary=...`) left out. */
export function essence(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}

/** The `charset` parameter of a media type, if any. */
export function charsetOf(mediaType: string | null): string | undefined {
  const m = mediaType ? /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(mediaType) : null;
  return m?.[1];
}

/**
 * The declared media a request `content-type` selects: the exact type, then (for a `+json` type)
 * `application/json`, then `type/*`, then `*\/*`; parameters are ignored on both sides. No
 * `content-type` at all selects the first declared media. Undefined: 415.
 */
export function pickMedia<M extends { type: string }>(declared: readonly M[], contentType: string | null): M | undefined {
  if (contentType === null || contentType.trim() === '') return declared[0];
  const type = essence(contentType);
  const slash = type.indexOf('/');
  if (slash <= 0 || slash === type.length - 1 || type.indexOf('/', slash + 1) >= 0) return undefined;
  const find = (wanted: string) => declared.find((m) => essence(m.type) === wanted);
  return find(type)
    ?? (type.endsWith('+json') ? find('application/json') : undefined)
    ?? find(`${type.slice(0, slash)}/*`)
    ?? find('*/*');
}

/** Media types whose bytes are text (a multipart file part of one of these is read as its text). */
export function isTextual(mediaType: string): boolean {
  const type = essence(mediaType);
  return type.startsWith('text/') || /^application\/(?:json|xml|x-www-form-urlencoded|javascript|yaml)$/.test(type) || /\+(?:json|xml|yaml)$/.test(type);
}

/** Text decoded with the media type's charset (UTF-8 when it has none or an unknown one). */
export function decodeText(bytes: ArrayBuffer, contentType: string | null): string {
  const charset = charsetOf(contentType);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset ?? 'utf-8');
  } catch {
    decoder = new TextDecoder();
  }
  return decoder.decode(bytes);
}

/** The field is a form-exploded object: its properties are pairs of their own, without the field's name. */
function explodedObject(p: MockParam): boolean {
  return p.type === 'object' && p.style !== 'deepObject' && (p.explode ?? !(p.style === 'spaceDelimited' || p.style === 'pipeDelimited'));
}

/** Percent-encodes what would end a `name=value` pair (or turn into a space), nothing else: delimiters stay raw. */
const rawPart = (text: string, name: boolean) => text.replace(name ? /[%&+=#]/g : /[%&+#]/g, (c) => encodeURIComponent(c));

/**
 * Fields of an `application/x-www-form-urlencoded` text: each declared field read by the codec as a
 * query parameter of that name (style/explode as declared: repeated or delimited arrays, numbers and
 * booleans from their text, deepObject `a[b]=`, form-exploded objects from their properties' pairs),
 * every other pair as a string (an array of strings when repeated), for the validator to judge.
 */
export function decodeForm(text: string, fields: Readonly<Record<string, MockParam>> | undefined): JsonObject {
  const out: JsonObject = {};
  const declared = Object.keys(fields ?? {});
  const claimed = new Set(declared);
  const prefixes: string[] = [];
  let claimsAll = false;
  for (const name of declared) {
    const spec = getOwn(fields ?? {}, name);
    if (!spec) continue;
    const p: MockParam = { ...spec, name, in: 'query' };
    let value = parseQuery(p, text);
    if (p.type === 'object' && p.style === 'deepObject') prefixes.push(`${name}[`);
    else if (explodedObject(p)) {
      if (p.properties) for (const key of Object.keys(p.properties)) claimed.add(key);
      else {
        claimsAll = true;
        // Every pair was read as a property: those of the other fields are theirs.
        if (value !== null && typeof value === 'object') {
          const rest: JsonObject = {};
          for (const [k, v] of Object.entries(value)) if (!declared.includes(k) || k === name) setOwn(rest, k, v);
          value = Object.keys(rest).length ? rest : undefined;
        }
      }
    }
    if (value !== undefined) setOwn(out, name, value);
  }
  if (claimsAll) return out;
  const rest = new Map<string, string[]>();
  // forEach, not iteration: consumers whose lib has DOM but not DOM.Iterable type-check this too.
  new URLSearchParams(text).forEach((value, key) => {
    if (claimed.has(key) || prefixes.some((prefix) => key.startsWith(prefix))) return;
    const values = rest.get(key);
    if (values) values.push(value);
    else rest.set(key, [value]);
  });
  for (const [key, values] of rest) setOwn(out, key, values.length === 1 ? values[0] : values);
  return out;
}

/** A multipart part as text: string fields as they are, files of a textual type as their text, other files as their name. */
async function partText(value: FormDataEntryValue): Promise<string> {
  if (typeof value === 'string') return value;
  if (isTextual(value.type)) return await value.text();
  return value.name || 'file';
}

/**
 * Fields of a `multipart/form-data` body (parsed by the platform's `Response.formData()`). Parts
 * become text (see `partText`: a binary file is represented by its file name, since the validators
 * see `format: binary` as a string), then each declared field is read as a form field is, except
 * that an object or array field whose single part is JSON text (the default content type of such
 * parts) is parsed as JSON. Undeclared fields are strings, or arrays of strings when repeated.
 */
export async function decodeMultipart(bytes: ArrayBuffer, contentType: string, fields: Readonly<Record<string, MockParam>> | undefined): Promise<JsonObject> {
  const form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  const parts = new Map<string, string[]>();
  const entries: [string, FormDataEntryValue][] = [];
  form.forEach((value, name) => entries.push([name, value]));
  for (const [name, value] of entries) {
    const text = await partText(value);
    const texts = parts.get(name);
    if (texts) texts.push(text);
    else parts.set(name, [text]);
  }
  const out: JsonObject = {};
  const viaCodec: string[] = [];
  for (const [name, texts] of parts) {
    const spec = fields ? getOwn(fields, name) : undefined;
    const json = spec && (spec.type === 'object' || spec.type === 'array') && texts.length === 1 ? parseJson(texts[0]!) : undefined;
    if (json !== undefined && typeof json === 'object' && json !== null && Array.isArray(json) === (spec?.type === 'array')) setOwn(out, name, json);
    else for (const text of texts) viaCodec.push(`${rawPart(name, true)}=${rawPart(text, false)}`);
  }
  // A multipart object field is one part: never a form-exploded set of pairs without its name.
  const asParts: Record<string, MockParam> = {};
  for (const [name, spec] of Object.entries(fields ?? {})) setOwn(asParts, name, explodedObject(spec) ? { ...spec, explode: false } : spec);
  const read = decodeForm(viaCodec.join('&'), asParts);
  for (const [key, value] of Object.entries(read)) if (!Object.prototype.hasOwnProperty.call(out, key)) setOwn(out, key, value);
  return out;
}

function parseJson(text: string): unknown {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
