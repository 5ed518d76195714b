import { CST, Composer, LineCounter, Parser, isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import { SpecError, type Located } from './errors.ts';
import { LIMITS, LIMITS_HINT, nodeBudget } from './limits.ts';
import { escapeSegment } from './pointer.ts';

/**
 * Parsing with bounds. yaml's composer and every later walk recurse once per nesting level, and
 * aliases can make a small file expand to a huge document: both are measured before anything
 * recursive (or expanding) runs, by iterative walks.
 */

function pointerOf(segments: readonly string[]): string {
  return segments.map((s) => '/' + escapeSegment(s)).join('');
}

export function depthError(where: Located): SpecError {
  return new SpecError('too-deep', `refused: nested more than ${LIMITS.maxDepth} levels deep`, where, LIMITS_HINT);
}

function sizeError(where: Located, nodes: number, budget: number): SpecError {
  const count = Number.isFinite(nodes) && nodes < 1e15 ? nodes.toLocaleString('en-US') : 'an astronomical number of';
  return new SpecError('too-large',
    `refused: YAML aliases expand this file to ${count} nodes, over its budget of ${budget.toLocaleString('en-US')}`, where, LIMITS_HINT);
}

/** The first CST node nested deeper than the limit, found without recursion (the CST parser itself is iterative). */
export function firstTooDeep(tokens: Iterable<CST.Token>): { offset: number; pointer: string } | undefined {
  type Frame = { token: CST.Token | null | undefined; depth: number; path: string[] };
  const stack: Frame[] = [];
  for (const token of tokens) {
    if (token.type === 'document') stack.push({ token: token.value, depth: 0, path: [] });
    while (stack.length) {
      const { token: t, depth, path } = stack.pop()!;
      if (!t || !CST.isCollection(t)) continue;
      const level = depth + 1;
      if (level > LIMITS.maxDepth) return { offset: t.offset, pointer: pointerOf(path) };
      const isMapping = t.type === 'block-map' || (t.type === 'flow-collection' && t.start.source === '{');
      t.items.forEach((item, i) => {
        const key = item.key;
        const segment = isMapping ? keySegment(key) : String(i);
        if (key && CST.isCollection(key)) stack.push({ token: key, depth: level, path: [...path, segment] });
        stack.push({ token: item.value, depth: level, path: [...path, segment] });
      });
    }
  }
  return undefined;
}

function keySegment(key: CST.Token | null | undefined): string {
  if (!key) return '';
  if (key.type === 'alias') return key.source;
  if (CST.isScalar(key)) {
    const v = CST.resolveAsScalar(key)?.value;
    return v === undefined ? '' : v;
  }
  return '?';
}

interface Measure {
  /** Nodes once aliases are expanded. */
  size: number;
  /** Nesting levels once aliases are expanded. */
  depth: number;
}

/**
 * Parse YAML (or JSON that JSON.parse refused) into a value, refusing nesting deeper than the limit
 * (before yaml's recursive composer runs), alias cycles, and alias expansion over the node budget
 * (measured on the AST, before anything is expanded).
 */
export function parseYamlChecked(text: string, displayPath: string, bytes: number): unknown {
  const lines = new LineCounter();
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text));
  const at = (offset: number, pointer: string): Located => {
    const p = lines.linePos(offset);
    return { file: displayPath, line: p.line, column: p.col, pointer };
  };
  const deep = firstTooDeep(tokens);
  if (deep) throw depthError(at(deep.offset, deep.pointer));

  let doc: Document.Parsed | undefined;
  for (const d of new Composer({ uniqueKeys: true }).compose(tokens, true, text.length)) {
    if (!doc) doc = d;
    else throw yamlError('source contains more than one YAML document', d.range[0], lines, displayPath, text);
  }
  if (!doc) return null;
  const first = doc.errors[0];
  if (first) throw yamlError(first.message, first.pos[0], lines, displayPath, text);
  for (const warning of doc.warnings) process.emitWarning(warning);

  measureAst(doc, bytes, at);
  try {
    return doc.toJS({ maxAliasCount: LIMITS.yamlMaxAliasCount });
  } catch (err) {
    throw new SpecError('invalid-yaml', `invalid YAML/JSON: ${(err as Error).message}`, { file: displayPath, line: 1, column: 1, pointer: '' });
  }
}

function yamlError(message: string, offset: number, lines: LineCounter, displayPath: string, text: string): SpecError {
  const p = lines.linePos(offset);
  return new SpecError('invalid-yaml', `invalid YAML/JSON: ${message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, {
    file: displayPath, line: p.line, column: p.col, pointer: pointerAtLine(text, p.line),
  });
}

/** Expanded size and depth of the AST, each anchored node measured once; the recursion is bounded by the checked depth. */
function measureAst(doc: Document.Parsed, bytes: number, at: (offset: number, pointer: string) => Located): void {
  const memo = new Map<Node, Measure>();
  const inProgress = new Set<Node>();
  const path: string[] = [];
  let worst: { size: number; offset: number; pointer: string } | undefined;
  const budget = nodeBudget(bytes);

  // The node each anchor name stands for at this point of the walk (document order, as yaml resolves them).
  const anchors = new Map<string, Node>();

  const measure = (node: unknown, level: number): Measure => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const offset = node.range?.[0] ?? 0;
      if (!target) return { size: 1, depth: 0 };
      const m = memo.get(target);
      if (!m || inProgress.has(target)) {
        throw new SpecError('invalid-yaml', `invalid YAML/JSON: alias *${node.source} refers to a node that contains it`,
          at(offset, pointerOf(path)), 'an alias must refer to a node that ends before it: a recursive structure needs a $ref');
      }
      if (level + m.depth > LIMITS.maxDepth) throw depthError(at(offset, pointerOf(path)));
      if (!worst || m.size > worst.size) worst = { size: m.size, offset, pointer: pointerOf(path) };
      return m;
    }
    const anchor = node && typeof node === 'object' ? (node as { anchor?: string }).anchor : undefined;
    if (anchor) anchors.set(anchor, node as Node);
    let result: Measure = { size: 1, depth: 0 };
    if (isMap(node) || isSeq(node)) {
      inProgress.add(node);
      let size = 1;
      let depth = 0;
      node.items.forEach((item: unknown, i: number) => {
        if (isPair(item)) {
          path.push(isScalar(item.key) ? String(item.key.value) : String(item.key));
          const k = measure(item.key, level + 1);
          const v = measure(item.value, level + 1);
          path.pop();
          size += k.size + v.size;
          depth = Math.max(depth, k.depth, v.depth);
        } else {
          path.push(String(i));
          const v = measure(item, level + 1);
          path.pop();
          size += v.size;
          depth = Math.max(depth, v.depth);
        }
      });
      inProgress.delete(node);
      result = { size, depth: depth + 1 };
    }
    // Only anchored nodes are reached again (through aliases).
    if (anchor) memo.set(node as Node, result);
    return result;
  };
  const total = measure(doc.contents, 0);
  if (total.size > budget) {
    throw sizeError(worst ? at(worst.offset, worst.pointer) : at(0, ''), total.size, budget);
  }
}

/**
 * Depth and expanded size of a parsed value, iteratively (objects shared through aliases are
 * counted each time they are reached; the walk stops once over budget).
 */
export function valueShape(value: unknown, budget: number): { tooDeep?: string; overBudget?: boolean } {
  const stack: { node: unknown; level: number; path: string[] | null; parent?: { path: string[] | null }; key?: string }[] = [];
  let count = 0;
  stack.push({ node: value, level: 0, path: [] });
  while (stack.length) {
    const frame = stack.pop()!;
    if (++count > budget) return { overBudget: true };
    const { node, level } = frame;
    if (node === null || typeof node !== 'object') continue;
    const path = frame.path ?? [...(frame.parent!.path ?? []), frame.key!];
    if (level + 1 > LIMITS.maxDepth) return { tooDeep: pointerOf(path) };
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
    for (const [k, v] of entries) {
      // Paths are built only for collections, from their parent's.
      stack.push({ node: v, level: level + 1, path: null, parent: { path }, key: k });
    }
  }
  return {};
}

/** Best effort: the JSON pointer of the last mapping key opened at or before `line`, from indentation. */
export function pointerAtLine(text: string, line: number): string {
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
