import path from 'node:path';
import { findNodeAtLocation, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { LineCounter, Parser, parseDocument, isMap, isSeq, isScalar, isPair, type Node } from 'yaml';
import type { Located } from './errors.ts';
import { splitPointer } from './pointer.ts';
import { readRegularFile } from './policy.ts';
import { depthError, firstTooDeep, parseYamlChecked, valueShape } from './shape.ts';

/**
 * One file of a spec: its text and parsed value. Positions are computed lazily, only when a
 * diagnostic needs one, so large JSON specs are parsed once with JSON.parse.
 */
export class SpecFile {
  private positions?: { doc: ReturnType<typeof parseDocument>; lines: LineCounter };
  /** `null`: not strict JSON (the YAML CST locates it). */
  private jsonPositions?: { tree: JsonNode; lineStarts: number[] } | null;
  constructor(
    /** Absolute path. */
    readonly absolutePath: string,
    /** Path shown to people: relative to the working directory when inside it. */
    readonly displayPath: string,
    readonly text: string,
    readonly value: unknown,
  ) {}

  /** file, line and column of the node at `pointer` (the nearest existing ancestor when missing). */
  locate(pointer: string): Located {
    if (this.jsonPositions === undefined) this.jsonPositions = jsonPositions(this.text);
    if (this.jsonPositions) return this.locateJson(this.jsonPositions, pointer);
    const { doc, lines } = (this.positions ??= parsePositions(this.text));
    let node: unknown = doc.contents;
    let keyNode: Node | undefined;
    for (const segment of splitPointer(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === segment);
        if (!pair) break;
        keyNode = pair.key as Node;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined) break;
        keyNode = undefined;
        node = item;
      } else break;
    }
    const range = (keyNode ?? (node as Node | null))?.range;
    const at = range ? lines.linePos(range[0]) : { line: 1, col: 1 };
    return { file: this.displayPath, line: at.line, column: at.col, pointer };
  }

  /** Strict JSON is located through jsonc-parser's offset tree: a fraction of the YAML CST's cost on big specs. */
  private locateJson({ tree, lineStarts }: { tree: JsonNode; lineStarts: number[] }, pointer: string): Located {
    let node: JsonNode | undefined = tree;
    let keyOffset: number | undefined;
    const segments = splitPointer(pointer);
    for (let i = 0; i < segments.length && node; i++) {
      const next = findNodeAtLocation(node, [node.type === 'array' ? Number(segments[i]) : segments[i]!]);
      if (!next) break;
      keyOffset = next.parent?.type === 'property' ? next.parent.offset : undefined;
      node = next;
    }
    const offset = keyOffset ?? node?.offset ?? 0;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.displayPath, line: lo + 1, column: offset - lineStarts[lo]! + 1, pointer };
  }
}

function jsonPositions(text: string): { tree: JsonNode; lineStarts: number[] } | null {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return null;
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return tree && errors.length === 0 ? { tree, lineStarts: lineStartsOf(text) } : null;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function parsePositions(text: string) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, strict: false });
  return { doc, lines };
}

export function displayPathOf(absolutePath: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, absolutePath);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : absolutePath;
}

/**
 * A file name as diagnostics show it: control characters and the line/paragraph separators
 * U+2028/U+2029 (line terminators to JavaScript, which some terminals and tools honour) written as
 * `\uXXXX`, so a located error stays one line whatever the file is called.
 */
export function printable(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Read and parse one YAML or JSON file: a regular file of sane size (for a `$ref` target, inside
 * `roots`), nested and expanding within the limits. Every refusal and syntax error is one located SpecError.
 */
export async function readSpecFile(absolutePath: string, referencedFrom?: Located, roots?: string[]): Promise<SpecFile> {
  const displayPath = printable(displayPathOf(absolutePath));
  const text = await readRegularFile(absolutePath, displayPath, referencedFrom, roots);
  return new SpecFile(absolutePath, displayPath, text, parseText(text, displayPath));
}

export function parseText(text: string, displayPath: string): unknown {
  const bytes = Buffer.byteLength(text, 'utf8');
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let value: unknown;
    let parsed = false;
    try {
      value = JSON.parse(text);
      parsed = true;
    } catch {
      // Not strict JSON (comments, trailing commas...): YAML 1.2 is a superset, let it report.
    }
    if (parsed) {
      // JSON.parse is not recursive, the walks after it are: measure first (iteratively). JSON has no
      // aliases, so it cannot expand beyond its size.
      const shape = valueShape(value, Number.POSITIVE_INFINITY);
      if (shape.tooDeep !== undefined) {
        // Locate through the (iterative) YAML CST: the JSON text is YAML too.
        const lines = new LineCounter();
        const deep = firstTooDeep(new Parser(lines.addNewLine).parse(text));
        const p = deep ? lines.linePos(deep.offset) : { line: 1, col: 1 };
        throw depthError({ file: displayPath, line: p.line, column: p.col, pointer: deep?.pointer ?? shape.tooDeep ?? '' });
      }
      return value;
    }
  }
  return parseYamlChecked(text, displayPath, bytes);
}
