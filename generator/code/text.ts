/**
 * Spec text as comment and Markdown text. Comments are sanitised in one pass that sees the final
 * form: first every line terminator is normalised and every other control or bidi-override
 * character removed, and only then is anything that could end the comment neutralised. (Escaping
 * first and deleting afterwards re-creates what the escape removed: `*\u0001/` becomes `*\/`.)
 */
import { key, str, value } from './code.ts';

// Every line terminator JavaScript knows, plus NEL.
const LINE_BREAKS = /\r\n|[\r\u0085\u2028\u2029]/g;
// C0 controls but tab and LF, DEL, C1 controls, bidi embeddings/overrides/isolates (Trojan Source),
// and the BOM / zero-width no-break space.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

function normalise(text: string): string {
  return String(text).replace(LINE_BREAKS, '\n').replace(INVISIBLE, '').replace(/\t/g, '  ');
}

/**
 * Text safe inside a `/* ... *\/` block (JSDoc): cannot end the comment whatever it contains. Every
 * `*` followed by `/` gets a backslash between them, which nothing later removes; so does every `/*`
 * (harmless to JavaScript, but writers that track comments, ts-morph's among them, take it for a
 * nested opener). In JSDoc's Markdown both still read as written.
 */
export function docText(text: string): string {
  return normalise(text)
    .replace(/\*\//g, '*\\/')
    .replace(/\/\*/g, '/\\*')
    .replace(/[ \t]+$/gm, '')
    .trim();
}

/** Text on one line: line terminators to spaces, other controls and bidi overrides removed. */
function oneLine(text: string): string {
  return normalise(text).replace(/\s*\n\s*/g, ' ').trim();
}

/** A one-line `//` comment body: no line terminator of any kind survives. */
export function lineComment(text: string): string {
  return docText(text).replace(/\s*\n\s*/g, ' ');
}

/**
 * Spec text as inline Markdown: one line; `<` (raw HTML, autolinks), `[`/`]` (links, images),
 * backticks (code spans), `*`, `_`, `~` (emphasis), `|` (tables) and `\` backslash-escaped, and a
 * leading block marker (`#`, `>`, `-`, `+`, `1.`) too, so it renders as the literal text.
 */
export function markdownText(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, (_, space: string, marker: string) => `${space}${marker.replace(/[#>+\-.)]/, (c) => `\\${c}`)}`);
}

/** Spec text inside a Markdown code span: a fence longer than any backtick run inside it. */
export function markdownCode(text: string): string {
  const body = oneLine(text);
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A single-quoted string literal for any text (the kit's `str`, as text for ts-morph structures). */
export function stringLiteral(text: string): string {
  return str(text).toString();
}

/** A JSON value as a TS expression: `__proto__` keys computed, U+2028/U+2029 escaped. */
export function jsonLiteral(v: unknown): string {
  return value(v).toString();
}

/** `name` as an object or type-literal key: bare, quoted, or computed for `__proto__`. */
export function propertyKey(name: string): string {
  return key(name).toString();
}

/**
 * Statements the code kit wrote, joined into a module's text: one-line statements (constants,
 * imports) on consecutive lines, a blank line around every multi-line one. For modules whose
 * statements are finished text, where a ts-morph file would only parse megabytes to print them back.
 */
export function joinStatements(statements: string[]): string {
  let text = '';
  let previousBlock = false;
  for (const statement of statements) {
    const block = statement.includes('\n');
    if (text) text += block || previousBlock ? '\n\n' : '\n';
    text += statement;
    previousBlock = block;
  }
  return `${text}\n`;
}

/**
 * A JSDoc block for text already made safe by `docText`: `/** text *\/` on one line, else one ` * `
 * line per line (a bare ` *` for an empty one), as ts-morph prints a documented declaration.
 */
export function jsDocBlock(safeText: string): string {
  if (!safeText.includes('\n')) return `/** ${safeText} */`;
  return `/**\n${safeText.split('\n').map((line) => (line ? ` * ${line}` : ' *')).join('\n')}\n */`;
}
