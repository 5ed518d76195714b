/**
 * Code-building helpers of the validator compiler. Schema content reaches the emitted module only
 * through the project's code kit (generator/code): values as JSON literals (`value`, `__proto__` keys
 * computed so they define a property), comment text through `docText` / `lineComment`. `lit` and
 * `commentText` are the compiler's string-typed spellings of those; there is no second implementation.
 */
import { id, numberLiteral, value } from '../../code/code.ts';
import { lineComment } from '../../code/text.ts';

/**
 * A JS expression for any JSON value (strings, numbers, arrays, objects), on one line and
 * double-quoted as `JSON.stringify` prints it (the kit's `value(v, 0)`), so an object key
 * `__proto__` defines a property instead of setting the prototype. NaN / ±Infinity (never in JSON)
 * print as their global names, `undefined` as `undefined`.
 */
export function lit(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'number' && !Number.isFinite(v)) return numberLiteral(v);
  return value(v, 0).toString();
}

/** A checked identifier (the kit's `id`: throws on anything that is not one). */
export function ident(name: string): string {
  return id(name).toString();
}

/** Escape one JSON pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Any text as the body of a one-line comment (`//` or `/** … *\/`): the kit's `lineComment`. */
export function commentText(text: string): string {
  return lineComment(text);
}

/**
 * Line-based code writer with indentation. It follows the block structure of what it writes, which
 * the compiler uses for two things:
 *
 * - facts about variables (`fact` / `setFact`): what a variable is known to be at this point of the
 *   emitted code (e.g. after `if (typeof data !== "string") return false;`). A fact holds in the block
 *   it was recorded in and the blocks nested in it, and is forgotten when that block closes (or an
 *   `else` starts), exactly like TypeScript's control-flow narrowing.
 * - dead code: after `exit()` (an unconditional `return`), nothing more is written into the current
 *   block; writing resumes when it closes.
 */
export class CodeWriter {
  private readonly lines: string[] = [];
  private level = 0;
  private readonly base: number;
  /** Facts per open block, innermost last. */
  private readonly frames: Map<string, unknown>[] = [new Map()];
  /** Level of the block that ended with an unconditional exit, if any. */
  private deadLevel: number | null = null;
  /** `flowCost` of `lines[0 .. costScanned)`. */
  private cost = 0;
  private costScanned = 0;
  constructor(level = 0) {
    this.level = level;
    this.base = level;
  }
  /** True after an unconditional exit from the current block: anything written now is unreachable. */
  get dead(): boolean {
    return this.deadLevel !== null;
  }
  line(text: string): this {
    if (this.deadLevel === null) this.lines.push('  '.repeat(this.level) + text);
    return this;
  }
  open(text: string): this {
    this.line(text);
    this.level++;
    this.frames.push(new Map());
    return this;
  }
  close(text = '}'): this {
    this.level--;
    this.frames.pop();
    if (this.deadLevel !== null && this.level < this.deadLevel) this.deadLevel = null;
    this.line(text);
    return this;
  }
  /** Close one block and open another at the same level: `} else {`. */
  reopen(text: string): this {
    this.frames.pop();
    this.frames.push(new Map());
    if (this.deadLevel !== null && this.level - 1 < this.deadLevel) this.deadLevel = null;
    this.level--;
    this.line(text);
    this.level++;
    return this;
  }
  /** An unconditional exit (`return false;`): the rest of the current block is not written. */
  exit(text: string): this {
    this.line(text);
    if (this.deadLevel === null) this.deadLevel = this.level;
    return this;
  }
  /** What is known about variable `name` here (innermost block first). */
  fact<T>(name: string): T | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i]!.get(name);
      if (f !== undefined) return f as T;
    }
    return undefined;
  }
  /** Record what is known about `name` from here to the end of the current block. */
  setFact<T>(name: string, fact: T): this {
    this.frames[this.frames.length - 1]!.set(name, fact);
    return this;
  }
  /** Insert a line before line `index` (at the writer's base indentation). */
  insert(index: number, text: string): this {
    if (index < this.costScanned) this.costScanned++;
    this.lines.splice(index, 0, '  '.repeat(this.base) + text);
    return this;
  }
  comment(text: string): this {
    return this.line('// ' + lineComment(text));
  }
  get length(): number {
    return this.lines.length;
  }
  /**
   * An upper estimate of the control-flow depth TypeScript needs for a reference at the end of what
   * was written (see FLOW_COST_LIMIT): its flow analysis walks back through every condition and
   * branch label of the function, recursively, and gives up (TS2563 "The containing function or module
   * body is too large for control flow analysis") at 2000 levels. Measured: a plain
   * `if (c) return false;` costs 1, each `&&` / `||` one more, an `if` block one more (`const p = obj.k;
   * if (p !== undefined) { if (!f(p) && ctx.first) return false; }` costs 4: 499 of them pass, 500 fail).
   */
  get flowCost(): number {
    for (; this.costScanned < this.lines.length; this.costScanned++) this.cost += lineFlowCost(this.lines[this.costScanned]!);
    return this.cost;
  }
  toString(): string {
    return this.lines.join('\n');
  }
}

/**
 * Flow depth TypeScript's control-flow analysis can need in one function, with a wide margin: it
 * fails at 2000 (TS2563). Keyword emitters that grow with the schema (object properties) move the rest
 * of their checks into module-level functions once a function's `flowCost` has reached it.
 */
export const FLOW_COST_LIMIT = 600;

/** Flow cost of one emitted line: conditions (`if`, `&&`, `||`, `??`, `?:`, loops, `case`), blocks. */
function lineFlowCost(line: string): number {
  const code = line.includes('"') ? line.replace(/"(?:[^"\\]|\\.)*"/g, '""') : line;
  let cost = code.match(/\b(?:if|for|while|case)\b|&&|\|\||\?/g)?.length ?? 0;
  if (/^\s*(?:if|for|while)\b.*\{$/.test(code)) cost++;
  return cost;
}
