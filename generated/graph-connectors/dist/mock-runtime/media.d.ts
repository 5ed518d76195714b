import { type JsonObject, type MockParam } from './spec.js';
/** `type/subtype` in lower case, parameters (`; charset=...`, `; boundary=...`) left out. */
export declare function essence(mediaType: string): string;
/** The `charset` parameter of a media type, if any. */
export declare function charsetOf(mediaType: string | null): string | undefined;
/**
 * The declared media a request `content-type` selects: the exact type, then (for a `+json` type)
 * `application/json`, then `type/*`, then `*\/*`; parameters are ignored on both sides. No
 * `content-type` at all selects the first declared media. Undefined: 415.
 */
export declare function pickMedia<M extends {
    type: string;
}>(declared: readonly M[], contentType: string | null): M | undefined;
/** Media types whose bytes are text (a multipart file part of one of these is read as its text). */
export declare function isTextual(mediaType: string): boolean;
/** Text decoded with the media type's charset (UTF-8 when it has none or an unknown one). */
export declare function decodeText(bytes: ArrayBuffer, contentType: string | null): string;
/**
 * Fields of an `application/x-www-form-urlencoded` text: each declared field read by the codec as a
 * query parameter of that name (style/explode as declared: repeated or delimited arrays, numbers and
 * booleans from their text, deepObject `a[b]=`, form-exploded objects from their properties' pairs),
 * every other pair as a string (an array of strings when repeated), for the validator to judge.
 */
export declare function decodeForm(text: string, fields: Readonly<Record<string, MockParam>> | undefined): JsonObject;
/**
 * Fields of a `multipart/form-data` body (parsed by the platform's `Response.formData()`). Parts
 * become text (see `partText`: a binary file is represented by its file name, since the validators
 * see `format: binary` as a string), then each declared field is read as a form field is, except
 * that an object or array field whose single part is JSON text (the default content type of such
 * parts) is parsed as JSON. Undeclared fields are strings, or arrays of strings when repeated.
 */
export declare function decodeMultipart(bytes: ArrayBuffer, contentType: string, fields: Readonly<Record<string, MockParam>> | undefined): Promise<JsonObject>;
