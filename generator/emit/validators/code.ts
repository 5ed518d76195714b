/**
 * Small, safe code-building helpers. Every piece of schema content that ends up in the
 * emitted module goes through `lit()` (JSON.stringify) — schema text never becomes code.
 */

/** A JS literal for any JSON value (strings, numbers, arrays, objects). */
export function lit(value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (value === Infinity) return 'Infinity';
    if (value === -Infinity) return '-Infinity';
    if (Object.is(value, -0)) return '0';
    return String(value);
  }
  if (value === undefined) return 'undefined';
  const json = JSON.stringify(value);
  // U+2028/2029 are valid in JSON but were line terminators in old JS; escape them anyway.
  return json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Escape one JSON pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Make arbitrary text safe inside a block comment (JSDoc). */
export function commentText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** Line-based code writer with indentation. */
export class CodeWriter {
  private readonly lines: string[] = [];
  private level = 0;
  private readonly base: number;
  constructor(level = 0) {
    this.level = level;
    this.base = level;
  }
  line(text: string): this {
    this.lines.push('  '.repeat(this.level) + text);
    return this;
  }
  open(text: string): this {
    this.line(text);
    this.level++;
    return this;
  }
  close(text = '}'): this {
    this.level--;
    this.line(text);
    return this;
  }
  /** Close one block and open another at the same level: `} else {`. */
  reopen(text: string): this {
    this.level--;
    this.line(text);
    this.level++;
    return this;
  }
  /** Insert a line before line `index` (at the writer's base indentation). */
  insert(index: number, text: string): this {
    this.lines.splice(index, 0, '  '.repeat(this.base) + text);
    return this;
  }
  comment(text: string): this {
    return this.line('// ' + commentText(text));
  }
  get length(): number {
    return this.lines.length;
  }
  toString(): string {
    return this.lines.join('\n');
  }
}
