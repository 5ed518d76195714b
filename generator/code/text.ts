/** Spec text never becomes code: everything from the spec enters generated code through these. */

/**
 * A single-quoted string literal for any text. JSON's escaping does the work (every backslash,
 * control character and quote is escaped); then `\"` becomes `"` and `'` becomes `\'`.
 */
export function stringLiteral(text: string): string {
  const body = JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${body.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
}

/** A JSON value as a TS expression (objects, arrays, strings, numbers, booleans, null). */
export function jsonLiteral(value: unknown): string {
  return JSON.stringify(value ?? null, null, 2).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Text safe inside a JSDoc block: no comment terminator, no stray control characters. */
export function docText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();
}

/** A one-line `//` comment body: no newlines. */
export function lineComment(text: string): string {
  return docText(text).replace(/\s*\n\s*/g, ' ');
}

/** `name` as an object key or property name: bare when it is an identifier, else quoted. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : stringLiteral(name);
}
