/**
 * Module-level compiler state: generated functions (one per schema × variant, emitted lazily
 * through a work queue, so recursion works), used helpers and module-level constants.
 */
import { CodeWriter, commentText, lit } from '../code.ts';
import { NameRegistry, pascalCase } from '../names.ts';
import { isObject, type SchemaNode } from '../resolve.ts';
import type { Bindings, FnState, Mode, Unit, Variant } from './types.ts';
import { compileSchema } from './schema.ts';

/** Names used by the emitted runtime; never handed out to generated functions. */
const RUNTIME_NAMES = [
  'hasOwn', 'MAX_DEPTH', 'DepthLimitError', 'IssueContext', 'report', 'Evaluated', 'evaluated', 'mergeEvaluated',
  'escapePointer', 'ucs2length', 'deepEqual', 'deepIncludes', 'canonicalJson', 'hasDuplicates', 'multipleOf', 'regExp',
  'pointerToPath', 'toStandardIssue', 'depthExceeded', 'ValidationIssue', 'ValidationResult', 'ValidateOptions',
  'StandardSchemaV1', 'DATE', 'DAYS', 'TIME', 'DURATION', 'EMAIL', 'HOSTNAME', 'IPV4', 'IPV6_CHARS', 'HEX16', 'URI',
  'PERCENT', 'URI_REFERENCE', 'UUID', 'BASE64', 'formatDate', 'formatTime', 'formatDateTime', 'formatDuration', 'formatEmail', 'formatHostname',
  'formatIpv4', 'formatIpv6', 'formatUri', 'formatUriReference', 'formatUuid', 'formatRegex', 'formatBase64', 'formatInt32', 'formatInt64', 'data', 'path',
  'ctx', 'depth', 'ev', 'start',
];

interface FnInfo {
  key: string;
  name: string;
  node: SchemaNode;
  unit: Unit;
  variant: Variant;
  base: string;
  code?: string;
}

const CONTAINER_SEGMENTS = new Set(['components', 'schemas', '$defs', 'definitions', 'properties', 'paths', 'content', 'schema']);

export class ModuleCompiler {
  readonly names = new NameRegistry(RUNTIME_NAMES);
  readonly helpers = new Set<string>();
  private readonly constants: string[] = [];
  private readonly constantByKey = new Map<string, string>();
  private readonly fns = new Map<string, FnInfo>();
  private readonly order: FnInfo[] = [];
  private readonly queue: FnInfo[] = [];
  private readonly ids = new WeakMap<object, number>();
  private nextId = 1;
  private readonly baseNames = new Map<string, string>();
  private readonly sensitivity = new Map<object, { readOnly: boolean; writeOnly: boolean }>();

  use(helper: string): string {
    this.helpers.add(helper);
    return helper;
  }

  /** A module-level constant, deduplicated by its initializer. */
  constant(hint: string, init: string, doc?: string, type?: string): string {
    const key = `${type ?? ''}=${init}`;
    const existing = this.constantByKey.get(key);
    if (existing) return existing;
    const name = this.names.unique(hint);
    this.constantByKey.set(key, name);
    this.constants.push(`${doc ? `/** ${commentText(doc)} */\n` : ''}const ${name}${type ? `: ${type}` : ''} = ${init};`);
    return name;
  }

  regex(pattern: string): string {
    this.use('regExp');
    return this.constant('pattern', `regExp(${lit(pattern)})`, `pattern ${pattern}`);
  }

  id(node: SchemaNode): string {
    if (typeof node === 'boolean') return String(node);
    let id = this.ids.get(node);
    if (id === undefined) this.ids.set(node, (id = this.nextId++));
    return String(id);
  }

  bindingsKey(b: Bindings): string {
    return [...b].map(([k, v]) => `${k}=${this.id(v)}`).sort().join(',');
  }

  /** readOnly/writeOnly only matter for schemas that (transitively) contain them. */
  effectiveMode(unit: Unit, node: SchemaNode, mode: Mode): Mode {
    if (mode === 'any' || !isObject(node)) return 'any';
    const s = this.sensitivityOf(unit, node, new Set());
    if (mode === 'request' && s.readOnly) return mode;
    if (mode === 'response' && s.writeOnly) return mode;
    return 'any';
  }

  private sensitivityOf(unit: Unit, node: unknown, seen: Set<object>): { readOnly: boolean; writeOnly: boolean } {
    const none = { readOnly: false, writeOnly: false };
    if (!isObject(node) || seen.has(node)) return none;
    const cached = this.sensitivity.get(node);
    if (cached) return cached;
    seen.add(node);
    const result = { readOnly: node.readOnly === true, writeOnly: node.writeOnly === true };
    const visit = (child: unknown): void => {
      const r = this.sensitivityOf(unit, child, seen);
      result.readOnly ||= r.readOnly;
      result.writeOnly ||= r.writeOnly;
    };
    for (const [k, v] of Object.entries(node)) {
      if (k === 'enum' || k === 'const' || k === 'default' || k === 'example' || k === 'examples') continue;
      if (k === '$ref' && typeof v === 'string') {
        try {
          visit(unit.resolver.resolveRef(v, node).node);
        } catch {
          /* reported when compiling */
        }
      } else if (Array.isArray(v)) v.forEach(visit);
      else if (isObject(v)) {
        visit(v);
        for (const c of Object.values(v)) visit(c);
      }
    }
    seen.delete(node);
    if (seen.size === 0) this.sensitivity.set(node, result);
    return result;
  }

  /** Pick a readable PascalCase base name for a schema. */
  baseName(unit: Unit, node: SchemaNode, mode: Mode, bindings: Bindings, hint?: string): string {
    const key = `${this.id(node)}|${mode}|${this.bindingsKey(bindings)}`;
    const existing = this.baseNames.get(key);
    if (existing) return existing;
    let base = hint;
    if (!base) {
      const pointer = isObject(node) ? unit.resolver.pointerOf.get(node) : undefined;
      const all = (pointer ?? '').split('/').slice(1);
      const parent = all[all.length - 2];
      if (parent === 'schemas' || parent === '$defs' || parent === 'definitions') base = pascalCase(all[all.length - 1]!);
      else {
        const segs = all.filter((s) => !CONTAINER_SEGMENTS.has(s));
        base = pascalCase(segs.slice(-2).join(' ') || 'Schema');
      }
    }
    if (mode === 'request') base += 'ForRequest';
    if (mode === 'response') base += 'ForResponse';
    const unique = this.names.unique(base);
    this.baseNames.set(key, unique);
    return unique;
  }

  /** Name (and lazily generate) the function validating `node` with `variant`. */
  fn(unit: Unit, node: SchemaNode, variant: Variant, hint?: string): string {
    const mode = this.effectiveMode(unit, node, variant.mode);
    const v: Variant = { ...variant, mode };
    const key = `${this.id(node)}|${v.fast ? 'f' : 'c'}|${v.track ? 't' : ''}|${mode}|${this.bindingsKey(v.bindings)}`;
    const existing = this.fns.get(key);
    if (existing) return existing.name;
    const base = this.baseName(unit, node, mode, v.bindings, hint);
    const name = this.names.unique(`${v.fast ? 'check' : 'collect'}${base}${v.track ? 'Tracked' : ''}`);
    const info: FnInfo = { key, name, node, unit, variant: v, base };
    this.fns.set(key, info);
    this.order.push(info);
    this.queue.push(info);
    return name;
  }

  /** Generate every queued function (each may enqueue more). */
  drain(): void {
    for (let info = this.queue.shift(); info; info = this.queue.shift()) info.code = this.generate(info);
  }

  private generate(info: FnInfo): string {
    const { variant, node, unit } = info;
    const w = new CodeWriter(1);
    const locals = new Map<string, number>();
    const fn: FnState = {
      ...variant,
      name: info.name,
      base: info.base,
      unit,
      w,
      local(hint: string): string {
        const n = (locals.get(hint) ?? 0) + 1;
        locals.set(hint, n);
        return n === 1 ? hint : `${hint}${n}`;
      },
    };
    for (const reserved of ['data', 'path', 'ctx', 'depth', 'ev', 'start']) locals.set(reserved, 1);
    this.use('MAX_DEPTH');
    this.use('DepthLimitError');
    w.line('if (depth > MAX_DEPTH) throw new DepthLimitError();');
    if (!variant.fast) {
      this.use('report');
      w.line('const start = ctx.issues.length;');
    }
    const bindings = enterResource(unit, node, variant.bindings);
    compileSchema(this, {
      fn,
      data: 'data',
      path: [{ code: 'path' }],
      schemaPath: schemaPathOf(unit, node),
      ev: variant.track ? 'ev' : null,
      bindings,
    }, node);
    w.line(variant.fast ? 'return true;' : 'return ctx.issues.length === start;');
    const params = variant.fast
      ? 'data: unknown, depth: number'
      : 'data: unknown, path: string, ctx: IssueContext, depth: number';
    if (!variant.fast) this.use('IssueContext');
    if (variant.track) this.use('Evaluated');
    const pointer = isObject(node) ? unit.resolver.pointerOf.get(node) : undefined;
    const doc = `${variant.fast ? 'Checks' : 'Collects issues for'} #${pointer ?? ''}${variant.mode !== 'any' ? ` (${variant.mode})` : ''}${variant.track ? ', recording evaluated properties/items' : ''}.`;
    return `/** ${commentText(doc)} */\nfunction ${info.name}(${params}${variant.track ? ', ev: Evaluated' : ''}): boolean {\n${w.toString()}\n}`;
  }

  constantSources(): string[] {
    return [...this.constants];
  }

  functionSources(): string[] {
    return this.order.map((f) => f.code ?? '');
  }
}

export function schemaPathOf(unit: Unit, node: SchemaNode): string {
  const pointer = isObject(node) ? unit.resolver.pointerOf.get(node) : undefined;
  return `#${pointer ?? ''}`;
}

/** Entering a schema resource adds its `$dynamicAnchor`s to the dynamic scope (outermost wins). */
export function enterResource(unit: Unit, node: SchemaNode, bindings: Bindings): Bindings {
  const resource = unit.resolver.resource(node);
  if (!resource) return bindings;
  const anchors = unit.resolver.dynamicAnchors.get(resource);
  if (!anchors) return bindings;
  let next: Map<string, SchemaNode> | undefined;
  for (const [name, target] of anchors) {
    if (!bindings.has(name)) {
      next ??= new Map(bindings);
      next.set(name, target);
    }
  }
  return next ?? bindings;
}
