/**
 * Module-level compiler state: generated functions (one per schema × variant, emitted lazily
 * through a work queue, so recursion works), module-level constants, and the runtime names the
 * emitted code uses (marked by `use`, turned into imports by `takeRuntimeNames`).
 */
import { CodeWriter, commentText, lit } from '../code.ts';
import { NameRegistry, pascalCase } from '../names.ts';
import { isObject, type SchemaNode } from '../resolve.ts';
import type { Bindings, FnState, Mode, Scope, Unit, Variant } from './types.ts';
import { ANNOTATIONS, compileSchema } from './schema.ts';
import { pathCode, SCHEMA_PATH_VAR, schemaPathCode } from './scope.ts';
import { ShapeTable } from './shapes.ts';
import { VALIDATOR_RUNTIME_NAMES, type RuntimeName } from '../runtime.ts';

/** Parameters every generated function reserves (locals never take these names). */
const PARAMETERS = ['data', 'path', 'ctx', 'depth', 'ev', 'start', 'schemaPath'];

/** Names never handed out to generated functions and constants: the runtime's, and the parameters. */
const RUNTIME_NAMES = [...VALIDATOR_RUNTIME_NAMES, ...PARAMETERS];

interface FnInfo {
  key: string;
  name: string;
  node: SchemaNode;
  unit: Unit;
  variant: Variant;
  base: string;
  /** Collect variant of a shared subschema: takes the caller's schema path (`schemaPath` parameter). */
  takesSchemaPath: boolean;
  /** Compiled from a subschema that occurs in several places. */
  shared: boolean;
  code?: string;
  /** Functions holding parts of this one's checks (`part`), emitted right after it. */
  parts: string[];
}

/** Arguments of a call into a generated function (code). */
export interface CallArgs {
  data: string;
  /** Collect variants: the data path expression. */
  path: string;
  /** Collect variants of shared subschemas: the schema path expression of the call site. */
  schemaPath: string;
  ev: string | null;
}

/** readOnly / writeOnly below a schema (bit flags). */
const READ_ONLY = 1;
const WRITE_ONLY = 2;

/** Smallest repeated subschema (keywords in its subtree) compiled into a shared function instead of inline code. */
const MIN_SHARED_WEIGHT_CHECK = 4;
const MIN_SHARED_WEIGHT_COLLECT = 2;

/** Array positions and in-place applicators say little about a subschema: skipped in pointer-derived names. */
const POSITION_SEGMENTS = /^(?:[0-9]+|allOf|anyOf|oneOf)$/;

const CONTAINER_SEGMENTS = new Set(['components', 'schemas', '$defs', 'definitions', 'properties', 'paths', 'content', 'schema']);

export class ModuleCompiler {
  readonly names = new NameRegistry(RUNTIME_NAMES);
  private readonly constants: string[] = [];
  private readonly constantByKey = new Map<string, string>();
  private readonly fns = new Map<string, FnInfo>();
  private readonly order: FnInfo[] = [];
  private readonly queue: FnInfo[] = [];
  private readonly ids = new WeakMap<object, number>();
  private nextId = 1;
  private readonly baseNames = new Map<string, string>();
  /** Base names are unique among themselves; function names are made unique in `names`. */
  private readonly bases = new NameRegistry(RUNTIME_NAMES);
  private readonly sensitivity = new Map<object, number>();
  readonly shapes = new ShapeTable();

  /**
   * A runtime name (helper function, constant or type of templates/runtime/validation.ts or
   * formats.ts) as the emitted code writes it. Every use of the runtime in emitted code goes through
   * here: the name comes back marked, and `takeRuntimeNames` collects the marks of the code that was
   * actually written (a line the writer drops as unreachable imports nothing) and unmarks them.
   */
  use(name: RuntimeName): string {
    return `${RUNTIME_MARK}${name}${RUNTIME_MARK_END}`;
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
    return this.constant('pattern', `${this.use('regExp')}(${lit(pattern)})`, `pattern ${pattern}`);
  }

  id(node: SchemaNode): string {
    if (typeof node === 'boolean') return String(node);
    let id = this.ids.get(node);
    if (id === undefined) this.ids.set(node, (id = this.nextId++));
    return String(id);
  }

  /** Identity of `node` in function keys: its shape when it may be shared, else the object itself. */
  private fnId(unit: Unit, node: SchemaNode): string {
    if (typeof node === 'boolean') return String(node);
    const shape = this.shapes.shape(unit, node);
    return shape.shareable ? `s${shape.id}` : this.id(node);
  }

  /**
   * Compile `node` once into a shared function instead of inline at each place it occurs? The boolean
   * path inlines small subschemas (a call costs more than a type check); issue collection runs only for
   * invalid data, so there every repeated non-trivial subschema is shared.
   */
  shouldShare(unit: Unit, node: unknown, fast: boolean): boolean {
    if (!isObject(node)) return false;
    const shape = this.shapes.shape(unit, node);
    return shape.shareable && shape.weight >= (fast ? MIN_SHARED_WEIGHT_CHECK : MIN_SHARED_WEIGHT_COLLECT) && this.shapes.usesOf(shape) >= 2;
  }

  private isShared(unit: Unit, node: SchemaNode): boolean {
    if (!isObject(node)) return false;
    const shape = this.shapes.shape(unit, node);
    return shape.shareable && this.shapes.usesOf(shape) >= 2;
  }

  bindingsKey(b: Bindings): string {
    return [...b].map(([k, v]) => `${k}=${this.id(v)}`).sort().join(',');
  }

  /** readOnly/writeOnly only matter for schemas that (transitively) contain them. */
  effectiveMode(unit: Unit, node: SchemaNode, mode: Mode): Mode {
    if (mode === 'any' || !isObject(node)) return 'any';
    const s = this.sensitivityOf(unit, node);
    if (mode === 'request' && s & READ_ONLY) return mode;
    if (mode === 'response' && s & WRITE_ONLY) return mode;
    return 'any';
  }

  /**
   * readOnly/writeOnly flags reachable from `root` (through subschemas and `$ref`s). Tarjan's SCC
   * walk: every node's result is computed once (members of a reference cycle share their result).
   */
  private sensitivityOf(unit: Unit, root: object): number {
    const cached = this.sensitivity.get(root);
    if (cached !== undefined) return cached;
    const index = new Map<object, number>();
    const low = new Map<object, number>();
    const flags = new Map<object, number>();
    const stack: object[] = [];
    const onStack = new Set<object>();
    const children = (node: Record<string, unknown>, out: object[]): void => {
      const add = (v: unknown): void => {
        if (isObject(v)) out.push(v);
        else if (Array.isArray(v)) for (const x of v) add(x);
      };
      for (const k of Object.keys(node)) {
        if (k === 'enum' || k === 'const' || k === 'default' || k === 'example' || k === 'examples') continue;
        const v = node[k];
        if (k === '$ref' && typeof v === 'string') {
          try {
            const target = unit.resolver.resolveRef(v, node).node;
            if (isObject(target)) out.push(target);
          } catch {
            /* reported when compiling */
          }
        } else add(v);
      }
    };
    const visit = (node: Record<string, unknown>): void => {
      const i = index.size;
      index.set(node, i);
      low.set(node, i);
      stack.push(node);
      onStack.add(node);
      let f = (node.readOnly === true ? READ_ONLY : 0) | (node.writeOnly === true ? WRITE_ONLY : 0);
      const next: object[] = [];
      children(node, next);
      for (const child of next) {
        const done = this.sensitivity.get(child);
        if (done !== undefined) f |= done;
        else if (!index.has(child)) {
          visit(child as Record<string, unknown>);
          f |= this.sensitivity.get(child) ?? flags.get(child) ?? 0;
          if (onStack.has(child)) low.set(node, Math.min(low.get(node)!, low.get(child)!));
        } else if (onStack.has(child)) {
          low.set(node, Math.min(low.get(node)!, index.get(child)!));
          f |= flags.get(child) ?? 0;
        }
      }
      flags.set(node, f);
      if (low.get(node) === i) {
        // root of a strongly connected component: its members reach exactly what it reaches
        const members: object[] = [];
        let m: object;
        do {
          m = stack.pop()!;
          onStack.delete(m);
          members.push(m);
        } while (m !== node);
        let all = 0;
        for (const x of members) all |= flags.get(x)!;
        for (const x of members) this.sensitivity.set(x, all);
      }
    };
    visit(root as Record<string, unknown>);
    return this.sensitivity.get(root)!;
  }

  /** Pick a readable PascalCase base name for a schema. */
  baseName(unit: Unit, node: SchemaNode, mode: Mode, bindings: Bindings, hint?: string): string {
    const key = `${this.fnId(unit, node)}|${mode}|${this.bindingsKey(bindings)}`;
    const existing = this.baseNames.get(key);
    if (existing) return existing;
    let base = hint;
    if (!base) {
      const pointer = isObject(node) ? unit.resolver.pointerOf.get(node) : undefined;
      const all = (pointer ?? '').split('/').slice(1);
      const parent = all[all.length - 2];
      if (parent === 'schemas' || parent === '$defs' || parent === 'definitions') base = pascalCase(all[all.length - 1]!);
      else {
        // a shared subschema is named by what it is (simple leaves: `NullableString`), by its title when
        // that name is still free, else by where it first occurs
        const shared = this.isShared(unit, node);
        const leaf = shared ? leafName(node) : undefined;
        const title = shared && isObject(node) && typeof node.title === 'string' ? pascalCase(node.title) : '';
        if (leaf) base = leaf;
        else if (title && title !== 'Schema' && title.length <= 48 && !this.bases.has(title)) base = title;
        else {
          const segs = all.filter((s) => !CONTAINER_SEGMENTS.has(s) && !POSITION_SEGMENTS.test(s));
          base = pascalCase(segs.slice(-2).join(' ') || 'Schema');
        }
      }
    }
    if (mode === 'request') base += 'ForRequest';
    if (mode === 'response') base += 'ForResponse';
    const unique = this.bases.unique(base);
    this.baseNames.set(key, unique);
    return unique;
  }

  /** Name (and lazily generate) the function validating `node` with `variant`. */
  fn(unit: Unit, node: SchemaNode, variant: Variant, hint?: string): string {
    return this.info(unit, node, variant, hint).name;
  }

  /** Name of the function validating `node` with `variant`, and whether it takes a `schemaPath` argument. */
  describe(unit: Unit, node: SchemaNode, variant: Variant, hint?: string): { name: string; takesSchemaPath: boolean } {
    const info = this.info(unit, node, variant, hint);
    return { name: info.name, takesSchemaPath: info.takesSchemaPath };
  }

  /** A call of the function validating `node` with `variant` (generated lazily). */
  call(unit: Unit, node: SchemaNode, variant: Variant, args: CallArgs, hint?: string): string {
    const info = this.info(unit, node, variant, hint);
    const list = info.variant.fast ? [args.data, 'depth + 1'] : [args.data, args.path, 'ctx', 'depth + 1'];
    if (info.variant.track) list.push(args.ev!);
    if (info.takesSchemaPath) list.push(args.schemaPath);
    return `${info.name}(${list.join(', ')})`;
  }

  private info(unit: Unit, node: SchemaNode, variant: Variant, hint?: string): FnInfo {
    const mode = this.effectiveMode(unit, node, variant.mode);
    const v: Variant = { ...variant, mode };
    const id = this.fnId(unit, node);
    const key = `${id}|${v.fast ? 'f' : 'c'}|${v.track ? 't' : ''}|${mode}|${this.bindingsKey(v.bindings)}`;
    const existing = this.fns.get(key);
    if (existing) return existing;
    const base = this.baseName(unit, node, mode, v.bindings, hint);
    const name = this.names.unique(`${v.fast ? 'check' : 'collect'}${base}${v.track ? 'Tracked' : ''}`);
    const structural = id.startsWith('s');
    const shared = this.isShared(unit, node);
    const info: FnInfo = { key, name, node, unit, variant: v, base, takesSchemaPath: structural && !v.fast, shared, parts: [] };
    this.fns.set(key, info);
    this.order.push(info);
    this.queue.push(info);
    return info;
  }

  /** Generate every queued function (each may enqueue more). */
  drain(): void {
    for (let i = 0; i < this.queue.length; i++) {
      const info = this.queue[i]!;
      this.current = info;
      info.code = this.generate(info);
    }
    this.current = undefined;
    this.queue.length = 0;
  }

  /** The function being generated (its `part`s are emitted after it). */
  private current: FnInfo | undefined;

  /**
   * Move checks of the current function into a module-level function of their own, and call it
   * here: `build` emits them against `obj` (the object `s.data` was narrowed to), with the same data
   * path, schema path, evaluated-properties record and dynamic scope as `s`. Keeps a function's body
   * small enough for TypeScript's control-flow analysis (see FLOW_COST_LIMIT) whatever the schema
   * size; verdicts and issues (paths, schema paths, order) are those of the inline code.
   */
  part(s: Scope, obj: string, build: (ps: Scope) => void): void {
    const owner = this.current!;
    // the slot is taken first: parts of this part come after it
    const slot = owner.parts.push('') - 1;
    const name = this.names.unique(`${owner.name}Part${slot + 1}`);
    const fn = newFnState({ fast: s.fn.fast, track: s.ev !== null, mode: s.fn.mode, bindings: s.bindings }, name, s.fn.base, s.fn.unit);
    const w = fn.w;
    const param = fn.local('obj');
    if (!fn.fast) w.line('const start = ctx.issues.length;');
    build({ fn, data: param, path: [{ code: 'path' }], schemaPath: SCHEMA_PATH_VAR, ev: s.ev ? 'ev' : null, bindings: s.bindings });
    w.line(fn.fast ? 'return true;' : 'return ctx.issues.length === start;');
    const params = fn.fast ? [`${param}: Record<string, unknown>`, 'depth: number'] : [`${param}: Record<string, unknown>`, 'path: string', `ctx: ${this.use('IssueContext')}`, 'depth: number'];
    const args = fn.fast ? [obj, 'depth'] : [obj, pathCode(s.path), 'ctx', 'depth'];
    if (s.ev) {
      params.push(`ev: ${this.use('Evaluated')}`);
      args.push(s.ev);
    }
    if (!fn.fast) {
      params.push('schemaPath: string');
      args.push(schemaPathCode(s.schemaPath));
    }
    const doc = `Part ${slot + 1} of ${owner.name}: checks split off so that no function is too large for TypeScript's control-flow analysis.`;
    owner.parts[slot] = `/** ${commentText(doc)} */\nfunction ${name}(${params.join(', ')}): boolean {\n${w.toString()}\n}`;
    s.fn.w.line(fn.fast ? `if (!${name}(${args.join(', ')})) return false;` : `if (!${name}(${args.join(', ')}) && ctx.first) return false;`);
  }

  private generate(info: FnInfo): string {
    const { variant, node, unit } = info;
    const fn = newFnState(variant, info.name, info.base, unit);
    const w = fn.w;
    w.line(`if (depth > ${this.use('MAX_DEPTH')}) throw new ${this.use('DepthLimitError')}();`);
    if (!variant.fast) {
      w.line('const start = ctx.issues.length;');
    }
    const bindings = enterResource(unit, node, variant.bindings);
    compileSchema(this, {
      fn,
      data: 'data',
      path: [{ code: 'path' }],
      schemaPath: SCHEMA_PATH_VAR,
      ev: variant.track ? 'ev' : null,
      bindings,
    }, node);
    w.line(variant.fast ? 'return true;' : 'return ctx.issues.length === start;');
    // Issues' schema paths are `schemaPath + "/suffix"`: a parameter of shared functions, else a local.
    if (!variant.fast && !info.takesSchemaPath && w.toString().includes('schemaPath')) {
      w.insert(2, `const schemaPath = ${lit(schemaPathOf(unit, node))};`);
    }
    const params = variant.fast ? ['data: unknown', 'depth: number'] : ['data: unknown', 'path: string', `ctx: ${this.use('IssueContext')}`, 'depth: number'];
    if (variant.track) params.push(`ev: ${this.use('Evaluated')}`);
    if (info.takesSchemaPath) params.push('schemaPath: string');
    const pointer = isObject(node) ? unit.resolver.pointerOf.get(node) : undefined;
    const doc =
      `${variant.fast ? 'Checks' : 'Collects issues for'} #${pointer ?? ''}${info.shared ? ' (and identical subschemas elsewhere)' : ''}` +
      `${variant.mode !== 'any' ? ` (${variant.mode})` : ''}${variant.track ? ', recording evaluated properties/items' : ''}.`;
    return `/** ${commentText(doc)} */\nfunction ${info.name}(${params.join(', ')}): boolean {\n${w.toString()}\n}`;
  }

  constantSources(): string[] {
    return [...this.constants];
  }

  functionSources(): string[] {
    return this.order.flatMap((f) => [f.code ?? '', ...f.parts]);
  }
}

/** Brackets a runtime name in emitted code until `takeRuntimeNames` (control characters: never in emitted text otherwise). */
const RUNTIME_MARK = '\u0001';
const RUNTIME_MARK_END = '\u0002';
const MARKED = /\u0001([A-Za-z_$][\w$]*)\u0002/g;

/**
 * The emitted statements with the runtime names `use` marked in them unmarked, and the set of those
 * names: exactly the runtime names the module's code refers to.
 */
export function takeRuntimeNames(statements: string[]): { statements: string[]; names: Set<string> } {
  const names = new Set<string>();
  const out = statements.map((text) =>
    text.indexOf(RUNTIME_MARK) < 0
      ? text
      : text.replace(MARKED, (_, name: string) => {
          names.add(name);
          return name;
        }),
  );
  for (const text of out) if (text.indexOf(RUNTIME_MARK) >= 0 || text.indexOf(RUNTIME_MARK_END) >= 0) throw new Error('unterminated runtime name mark in emitted code');
  return { statements: out, names };
}

/** State of a function being generated: its writer and its locals (unique in the function). */
function newFnState(variant: Variant, name: string, base: string, unit: Unit): FnState {
  // locals are unique in the function: `prop_a2` (property "a2") and the second `prop_a` never meet
  const counts = new Map<string, number>();
  const taken = new Set<string>(PARAMETERS);
  return {
    fast: variant.fast,
    track: variant.track,
    mode: variant.mode,
    bindings: variant.bindings,
    name,
    base,
    unit,
    w: new CodeWriter(1),
    local(hint: string): string {
      let n = counts.get(hint) ?? 0;
      let local: string;
      do {
        n++;
        local = n === 1 ? hint : `${hint}${n}`;
      } while (taken.has(local));
      counts.set(hint, n);
      taken.add(local);
      return local;
    },
  };
}

const LEAF_KEYWORDS = new Set(['type', 'format', 'nullable']);

/** `{ type: "string", format: "uri", nullable: true }` -> `NullableUriString`; undefined for anything else. */
function leafName(node: SchemaNode): string | undefined {
  if (!isObject(node)) return undefined;
  const keys = Object.keys(node).filter((k) => !ANNOTATIONS.has(k) || k === 'nullable');
  if (!keys.includes('type') || !keys.every((k) => LEAF_KEYWORDS.has(k))) return undefined;
  const types = typeof node.type === 'string' ? [node.type] : Array.isArray(node.type) ? node.type : [];
  if (types.length === 0 || !types.every((t) => typeof t === 'string' && /^[a-z]+$/.test(t))) return undefined;
  const format = typeof node.format === 'string' && /^[A-Za-z0-9-]{1,24}$/.test(node.format) ? pascalCase(node.format) : '';
  return `${node.nullable === true ? 'Nullable' : ''}${format}${types.map((t) => pascalCase(t as string)).join('Or')}`;
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
