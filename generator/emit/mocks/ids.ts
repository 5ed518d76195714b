/**
 * How the mock mints the ids of created resources: a rule planned here from the id property's own
 * schema, minted at run time by templates/mock-runtime/ids.ts (`mintId`). Both sides compile
 * against the one `MockIdRule` type.
 *
 * - `enum` / `const`: the members in order (cycling);
 * - `integer` / `number`: from `minimum` (exclusive bounds and `multipleOf` honoured), else from 1,
 *   counting down from `maximum` when 1 is above it; `count` when both bounds hold it;
 * - `format: uuid` (and a `pattern` that the mock's lowercase UUIDs match): seeded UUIDs;
 * - `pattern`: a template read from the regex (regjsparser, `u` flag): literal text, character
 *   classes with their counts, alternatives of equal-length literals as one choice; an alternation
 *   of anything else takes its first alternative, an optional or repeated group is written once
 *   (its minimum count when above 1), anchors are dropped. Ids go into URL paths: a class's
 *   characters are narrowed to its letters and digits when it has two or more, else to the
 *   URL-unreserved ones (`-._~`) when it has any, and to 64 of them. Lookarounds and back-references cannot be written so: those patterns, and any
 *   template whose first ids do not match the pattern and lengths, fall back to `samples`: up to
 *   SAMPLE_IDS distinct values drawn at generation time by the sample builder (sampleOf's
 *   `pattern` support), which then cycle;
 * - other string formats: a template of the format (`user12@example.com`, `10.12.34.56`,
 *   `2000-01-10T10:00:00Z`, ...);
 * - other strings: `1`, `2`, ... (decimal; padded to `minLength`), or alphanumeric tokens when
 *   `maxLength` is under 6.
 * `minLength`/`maxLength` grow or cap the template's runs; a template that cannot meet them keeps
 * its own lengths (the format or pattern wins).
 */
import regjsparser from 'regjsparser';
import type { AstNode, Features } from 'regjsparser';
import { mintId, type MockIdPart, type MockIdRule } from '../../../templates/mock-runtime/ids.ts';
import { compilePattern, distinctSamples, effectiveSchema, typeOf } from './schema-facts.ts';

export type { MockIdPart, MockIdRule };

/** Values of a `samples` rule. */
export const SAMPLE_IDS = 64;

/** Extra characters an unbounded run (`*`, `+`, `{n,}`) may grow by. */
const GROWTH = 32;

const DIGITS = '0123456789';
const NONZERO = '123456789';
const HEX = '0123456789abcdef';
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const UNRESERVED = new Set(Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~'));

const lit = (literal: string): MockIdPart => ({ literal });
const run = (chars: string, min: number, max = min): MockIdPart => ({ chars, min, max });
/** `1`, `2`, ... `9`, `10`, ...: a decimal number without leading zeros. */
const decimal = (): MockIdPart[] => [run(NONZERO, 1), run(DIGITS, 0, 15)];
const date = (): MockIdPart[] => [lit('20'), run(DIGITS, 2), lit('-0'), run(NONZERO, 1), lit('-1'), run(DIGITS, 1)];
const clock = (): MockIdPart[] => [lit('1'), run(DIGITS, 1), lit(':'), run('012345', 1), run(DIGITS, 1), lit(':'), run('012345', 1), run(DIGITS, 1), lit('Z')];
const uri = (): MockIdPart[] => [lit('https://example.com/items/'), ...decimal()];
const email = (): MockIdPart[] => [lit('user'), ...decimal(), lit('@example.com')];
const host = (): MockIdPart[] => [lit('host'), ...decimal(), lit('.example.com')];
const octet = (): MockIdPart[] => [run(NONZERO, 1), run(DIGITS, 1)];

/** Templates of string formats (valid under ajv-formats' full definitions; idn-*, iri* accept these ASCII forms). */
const FORMAT_TEMPLATES: Record<string, () => MockIdPart[]> = {
  date,
  'date-time': () => [...date(), lit('T'), ...clock()],
  time: clock,
  duration: () => [lit('P'), ...decimal(), lit('D')],
  email,
  'idn-email': email,
  hostname: host,
  'idn-hostname': host,
  ipv4: () => [lit('10.'), ...octet(), lit('.'), ...octet(), lit('.'), ...octet()],
  ipv6: () => [lit('2001:db8::'), run(HEX.slice(1), 1), run(HEX, 3), lit(':'), run(HEX, 4)],
  uri,
  url: uri,
  iri: uri,
  'uri-reference': uri,
  'iri-reference': uri,
  'uri-template': uri,
  'json-pointer': () => [lit('/items/'), ...decimal()],
  'relative-json-pointer': decimal,
  regex: () => [lit('id'), ...decimal()],
  byte: () => [run(ALNUM, 8)],
  int32: decimal,
  int64: decimal,
};

/** An id the mock's UUIDs look like, to check a pattern given with `format: uuid`. */
const UUID_SHAPE = ['123e4567-e89b-42d3-a456-426614174000', 'ffffffff-ffff-4fff-bfff-ffffffffffff', '00000000-0000-4000-8000-000000000000'];

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The rule the mock mints ids of `schema` (the id property's schema) by. */
export function planIdRule(document: Record<string, unknown>, schema: unknown): MockIdRule {
  const rule = mintingRule(document, schema);
  if (rule.kind !== 'template' && rule.kind !== 'samples') return rule;
  // What a request's own id must satisfy to be kept (the schema's, not the narrowed template's).
  const node = effectiveSchema(document, schema) ?? {};
  const accepts = {
    ...(typeof node.pattern === 'string' ? { pattern: node.pattern } : {}),
    ...(num(node.minLength) !== undefined ? { minLength: Math.ceil(node.minLength as number) } : {}),
    ...(num(node.maxLength) !== undefined ? { maxLength: Math.floor(node.maxLength as number) } : {}),
  };
  return Object.keys(accepts).length ? { ...rule, accepts } : rule;
}

function mintingRule(document: Record<string, unknown>, schema: unknown): MockIdRule {
  const node = effectiveSchema(document, schema) ?? {};
  if (node.const !== undefined && (typeof node.const === 'string' || typeof node.const === 'number')) return { kind: 'enum', values: [node.const] };
  if (Array.isArray(node.enum)) {
    const values = node.enum.filter((m): m is string | number => typeof m === 'string' || typeof m === 'number');
    if (values.length) return { kind: 'enum', values };
  }
  const type = typeOf(document, node);
  if (type === 'integer' || type === 'number') return integerRule(node);
  const pattern = typeof node.pattern === 'string' ? node.pattern : undefined;
  const format = typeof node.format === 'string' ? node.format : undefined;
  const minLength = num(node.minLength) !== undefined ? Math.max(0, Math.ceil(node.minLength as number)) : 0;
  const maxLength = num(node.maxLength) !== undefined ? Math.max(0, Math.floor(node.maxLength as number)) : Infinity;
  const valid = (id: string) => {
    const n = Array.from(id).length;
    return n >= minLength && n <= maxLength && (pattern === undefined || compilePattern(pattern)?.test(id) === true);
  };
  if (format === 'uuid' && UUID_SHAPE.every(valid)) return { kind: 'uuid' };
  let parts: MockIdPart[] | undefined;
  if (pattern !== undefined) parts = templateOfPattern(pattern);
  else if (format !== undefined && FORMAT_TEMPLATES[format]) parts = FORMAT_TEMPLATES[format]();
  else parts = maxLength < 6 ? [run(ALNUM, Math.max(1, minLength), Math.max(1, maxLength))] : [run(NONZERO, 1), run(DIGITS, 0, Math.max(15, minLength))];
  if (parts) {
    const fitted = fitLengths(parts, minLength, maxLength) ?? parts;
    const rule: MockIdRule = { kind: 'template', parts: fitted, type: 'string' };
    if (checks(rule, valid)) return rule;
  }
  const values = distinctSamples(document, node, SAMPLE_IDS).filter((v): v is string => typeof v === 'string' && valid(v));
  if (values.length) return { kind: 'samples', values };
  // Nothing valid was found: distinct, though not valid, ids rather than none.
  return { kind: 'template', parts: parts ?? decimal(), type: 'string' };
}

/** Counters checked at generation time: the first ids, and some far ones. */
const CHECKED = [...Array.from({ length: 64 }, (_, i) => i), 99, 499, 999, 4_999, 99_999, 999_999];

function checks(rule: MockIdRule, valid: (id: string) => boolean): boolean {
  const seen = new Set<string>();
  const capacity = idCapacity(rule);
  for (const counter of CHECKED) {
    if (counter >= capacity) break;
    const id = String(mintId(rule, counter, () => ''));
    if (seen.has(id) || !valid(id)) return false;
    seen.add(id);
  }
  return capacity > 0;
}

function integerRule(node: Record<string, unknown>): MockIdRule {
  const step = num(node.multipleOf) !== undefined && (node.multipleOf as number) > 0 && Number.isInteger(node.multipleOf) ? (node.multipleOf as number) : 1;
  let low = num(node.minimum);
  if (low !== undefined && node.exclusiveMinimum === true) low = Math.floor(low) + 1;
  if (num(node.exclusiveMinimum) !== undefined) low = Math.max(low ?? -Infinity, Math.floor(node.exclusiveMinimum as number) + 1);
  let high = num(node.maximum);
  if (high !== undefined && node.exclusiveMaximum === true) high = Math.ceil(high) - 1;
  if (num(node.exclusiveMaximum) !== undefined) high = Math.min(high ?? Infinity, Math.ceil(node.exclusiveMaximum as number) - 1);
  const up = (v: number) => Math.ceil(v / step) * step;
  const down = (v: number) => Math.floor(v / step) * step;
  if (low === undefined && high !== undefined && up(1) > high) {
    return { kind: 'integer', start: down(high), step: -step };
  }
  const start = up(low ?? 1);
  if (high === undefined) return { kind: 'integer', start, step };
  const count = Math.max(1, Math.floor((down(high) - start) / step) + 1);
  return { kind: 'integer', start, step, count };
}

/** How many distinct ids a rule gives (saturating at Number.MAX_SAFE_INTEGER; Infinity for UUIDs and unbounded integers). */
export function idCapacity(rule: MockIdRule): number {
  switch (rule.kind) {
    case 'integer':
      return rule.count ?? Infinity;
    case 'uuid':
      return Infinity;
    case 'enum':
    case 'samples':
      return new Set(rule.values).size;
    case 'template': {
      const radices = rule.parts.map((p) => ('chars' in p ? Array.from(p.chars).length : 'options' in p ? p.options.length : 1));
      const lengths = rule.parts.map((p) => ('chars' in p ? p.min : 'options' in p ? 1 : 0));
      let total = 0;
      for (;;) {
        let level = 1;
        radices.forEach((r, i) => {
          for (let k = 0; k < lengths[i]!; k++) level = Math.min(Number.MAX_SAFE_INTEGER, level * r);
        });
        total = Math.min(Number.MAX_SAFE_INTEGER, total + level);
        const g = rule.parts.findIndex((p, i) => 'chars' in p && lengths[i]! < p.max);
        if (g < 0 || total >= Number.MAX_SAFE_INTEGER) return total;
        lengths[g]!++;
      }
    }
  }
}

// -------------------------------------------------------------------------------------------------
// regex -> template

class Unsupported extends Error {}

type Node = AstNode<{ namedGroups: true; lookbehind: true; unicodePropertyEscape: true }>;
const FEATURES: Features = { namedGroups: true, lookbehind: true, unicodePropertyEscape: true };

/** The pattern as template parts, or `undefined` when it has parts a template cannot write. */
export function templateOfPattern(pattern: string): MockIdPart[] | undefined {
  let ast: Node;
  try {
    ast = regjsparser.parse(pattern, 'u', FEATURES) as Node;
  } catch {
    try {
      ast = regjsparser.parse(pattern, '', FEATURES) as Node;
    } catch {
      return undefined;
    }
  }
  try {
    return tidy(partsOf(ast));
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

function partsOf(node: Node): MockIdPart[] {
  switch (node.type) {
    case 'alternative':
      return node.body.flatMap((n) => partsOf(n as Node));
    case 'disjunction': {
      const alternatives = node.body.map((n) => {
        try {
          return tidy(partsOf(n as Node));
        } catch (err) {
          if (err instanceof Unsupported) return undefined;
          throw err;
        }
      });
      const literals = alternatives.map((a) => (a && a.every((p) => 'literal' in p) ? a.map((p) => (p as { literal: string }).literal).join('') : undefined));
      const sizes = new Set(literals.map((l) => (l === undefined ? -1 : Array.from(l).length)));
      if (literals.every((l) => l !== undefined) && sizes.size === 1 && !sizes.has(0) && new Set(literals).size === literals.length) {
        return [{ options: literals as string[] }];
      }
      const first = alternatives.find((a) => a !== undefined);
      if (!first) throw new Unsupported('no alternative');
      return first;
    }
    case 'group':
      if (node.behavior !== 'normal' && node.behavior !== 'ignore') throw new Unsupported(node.behavior);
      return node.body.flatMap((n) => partsOf(n as Node));
    case 'quantifier': {
      const inner = tidy(partsOf(node.body[0] as Node));
      const max = node.max ?? Infinity;
      const single = inner.length === 1 ? inner[0]! : undefined;
      const one = single && 'chars' in single && single.min === 1 && single.max === 1 ? single.chars : single && 'literal' in single && Array.from(single.literal).length === 1 ? single.literal : undefined;
      if (one !== undefined) return [run(one, node.min, Math.min(max, node.min + GROWTH))];
      const times = node.min > 0 ? node.min : max >= 1 ? 1 : 0;
      if (times > 256) throw new Unsupported('long repetition');
      const out: MockIdPart[] = [];
      for (let i = 0; i < times; i++) out.push(...inner.map((p) => ({ ...p })));
      return out;
    }
    case 'value':
      return [lit(String.fromCodePoint(node.codePoint))];
    case 'characterClass':
      return [run(classChars(node), 1)];
    case 'characterClassEscape':
      return [run(idChars(escapeCodes(node.value)), 1)];
    case 'unicodePropertyEscape':
      return [run(idChars(propertyCodes(node.raw)), 1)];
    case 'dot':
      return [run(ALNUM, 1)];
    case 'anchor':
      // `^`, `$` add nothing; `\b`, `\B` add nothing either and the checked ids say whether that holds.
      return [];
    default:
      throw new Unsupported(node.type);
  }
}

/** Printable ASCII, the universe of negated classes. */
const PRINTABLE = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => 0x21 + i);

function escapeCodes(value: string): number[] {
  const word = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  switch (value) {
    case 'd':
      return PRINTABLE.filter((c) => c >= 48 && c <= 57);
    case 'D':
      return PRINTABLE.filter((c) => !(c >= 48 && c <= 57));
    case 'w':
      return [...PRINTABLE.filter((c) => word(c) && c !== 95), 95];
    case 'W':
      return PRINTABLE.filter((c) => !word(c));
    case 's':
      return [0x20];
    case 'S':
      return PRINTABLE;
    default:
      return [];
  }
}

/** Characters of a `\p{..}` / `\P{..}`: tried over ASCII, Latin and a few other blocks. */
function propertyCodes(raw: string): number[] {
  let re: RegExp;
  try {
    re = new RegExp(`^${raw}$`, 'u');
  } catch {
    return [];
  }
  const out: number[] = [];
  const blocks: [number, number][] = [[0x21, 0x7e], [0xa1, 0x24f], [0x370, 0x3ff], [0x400, 0x4ff], [0x3041, 0x3096], [0x4e00, 0x4e3f], [0x1f600, 0x1f64f]];
  for (const [from, to] of blocks) for (let c = from; c <= to && out.length < 256; c++) if (re.test(String.fromCodePoint(c))) out.push(c);
  return out;
}

function classChars(node: Extract<Node, { type: 'characterClass' }>): string {
  const codes: number[] = [];
  for (const item of node.body) {
    if (item.type === 'value') codes.push(item.codePoint);
    else if (item.type === 'characterClassRange') for (let c = item.min.codePoint; c <= item.max.codePoint && c - item.min.codePoint < 4096; c++) codes.push(c);
    else if (item.type === 'characterClassEscape') codes.push(...escapeCodes(item.value));
    else if (item.type === 'unicodePropertyEscape') codes.push(...propertyCodes(item.raw));
    else throw new Unsupported('class');
  }
  if (!node.negative) return idChars(codes);
  const excluded = new Set(codes);
  return idChars(PRINTABLE.filter((c) => !excluded.has(c)));
}

/**
 * Distinct characters in order, narrowed for ids that go into URL paths: the letters and digits
 * when the class has two or more, else the URL-unreserved ones (`-._~` too) when it has any, else
 * all; at most 64.
 */
function idChars(codes: number[]): string {
  const chars = [...new Set(codes.map((c) => String.fromCodePoint(c)))];
  const alnum = chars.filter((c) => ALNUM.includes(c));
  const safe = chars.filter((c) => UNRESERVED.has(c));
  return (alnum.length >= 2 ? alnum : safe.length ? safe : chars).slice(0, 64).join('');
}

/** Adjacent literals joined; runs of one fixed character as literals; empty pieces dropped. */
function tidy(parts: MockIdPart[]): MockIdPart[] {
  const out: MockIdPart[] = [];
  for (const raw of parts) {
    let part = raw;
    if ('chars' in part && part.chars === '') throw new Unsupported('empty class');
    if ('chars' in part && part.min === part.max && Array.from(part.chars).length === 1) part = lit(part.chars.repeat(part.min));
    if ('literal' in part && part.literal === '') continue;
    if ('chars' in part && part.max === 0) continue;
    const last = out[out.length - 1];
    if (last && 'literal' in last && 'literal' in part) out[out.length - 1] = lit(last.literal + part.literal);
    else out.push(part);
  }
  return out;
}

/**
 * The template's runs grown to make `minLength` (the last runs that can grow first) and capped to
 * keep within `maxLength` (growth room kept for the first runs, which the mint grows first);
 * `undefined` when the lengths cannot be met.
 */
function fitLengths(parts: MockIdPart[], minLength: number, maxLength: number): MockIdPart[] | undefined {
  const out = parts.map((p) => ({ ...p }));
  const size = (p: MockIdPart, which: 'min' | 'max') => ('literal' in p ? Array.from(p.literal).length : 'options' in p ? Array.from(p.options[0] ?? '').length : p[which]);
  let shortest = out.reduce((n, p) => n + size(p, 'min'), 0);
  for (let i = out.length - 1; i >= 0 && shortest < minLength; i--) {
    const p = out[i]!;
    if (!('chars' in p) || p.max <= p.min) continue;
    const more = Math.min(p.max - p.min, minLength - shortest);
    p.min += more;
    shortest += more;
  }
  if (shortest < minLength) return undefined;
  if (maxLength !== Infinity) {
    let room = maxLength - shortest;
    if (room < 0) return undefined;
    for (const p of out) {
      if (!('chars' in p)) continue;
      const grow = Math.min(p.max - p.min, room);
      p.max = p.min + grow;
      room -= grow;
    }
  }
  return out;
}

/**
 * The `variant`-th string the pattern's template spells, fitted to [min, max] when it can be, if it
 * matches the pattern: the sample builder's second way for patterns randexp cannot draw (`\p{..}`).
 */
export function patternTemplateSample(pattern: string, variant: number, min = 0, max = Infinity): string | undefined {
  const parts = templateOfPattern(pattern);
  if (!parts) return undefined;
  const rule: MockIdRule = { kind: 'template', parts: fitLengths(parts, min, max) ?? parts, type: 'string' };
  const value = String(mintId(rule, variant, () => ''));
  return compilePattern(pattern)?.test(value) ? value : undefined;
}
