import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, parse as parseYaml, isMap, isSeq, isScalar, isPair, type Node } from 'yaml';
import { SpecError, type Located } from './errors.ts';
import { splitPointer } from './pointer.ts';

/**
 * One file of a spec: its text and parsed value. Positions are computed lazily, only when a
 * diagnostic needs one, so large JSON specs are parsed once with JSON.parse.
 */
export class SpecFile {
  private positions?: { doc: ReturnType<typeof parseDocument>; lines: LineCounter };
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

/** Read and parse one YAML or JSON file. Syntax errors become one located SpecError. */
export async function readSpecFile(absolutePath: string, referencedFrom?: Located): Promise<SpecFile> {
  const displayPath = displayPathOf(absolutePath);
  let text: string;
  try {
    text = await readFile(absolutePath, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`;
    if (referencedFrom) {
      throw new SpecError('file-not-found', `$ref target ${displayPath}: ${what}`, referencedFrom, 'check the relative path of the $ref');
    }
    throw new SpecError('file-not-found', `${what}: ${displayPath}`, { file: displayPath });
  }
  return new SpecFile(absolutePath, displayPath, text, parseText(text, displayPath));
}

function parseText(text: string, displayPath: string): unknown {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.parse(text);
    } catch {
      // Not strict JSON (comments, trailing commas...): YAML 1.2 is a superset, let it report.
    }
  }
  try {
    return parseYaml(text, { uniqueKeys: true, prettyErrors: true, maxAliasCount: 10_000 });
  } catch (err) {
    const e = err as Error & { linePos?: { line: number; col: number }[]; code?: string };
    const at = e.linePos?.[0];
    const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new SpecError('invalid-yaml', `invalid YAML/JSON: ${message}`, {
      file: displayPath,
      ...(at ? { line: at.line, column: at.col } : {}),
      pointer: at ? pointerAtLine(text, at.line) : '',
    });
  }
}

/** Best effort: the JSON pointer of the last mapping key opened at or before `line`, from indentation. */
function pointerAtLine(text: string, line: number): string {
  const stack: { indent: number; key: string }[] = [];
  const lines = text.split(/\r?\n/).slice(0, line);
  for (const raw of lines) {
    const m = /^(\s*)(?:- )?(["']?)([^"'#:]+)\2\s*:(\s|$)/.exec(raw);
    if (!m) continue;
    const indent = m[1]!.length;
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
    stack.push({ indent, key: m[3]!.trim() });
  }
  return stack.map((s) => '/' + s.key.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
