/**
 * The document as openapi-typescript 7 can print it: a pure pre-pass over the bundled document.
 *
 * It returns a new document (never shares an object with its input, so openapi-typescript and its
 * bundler may edit it at will) plus warnings for what it had to give up. The workarounds:
 *
 * 1. `$ref`s that are not local JSON pointers (`https:`, files, `#anchor`) and non-local
 *    `discriminator.mapping` entries are dropped, and Examples' `externalValue`: redocly would fetch or read them (specgen never
 *    touches the network) and openapi-typescript would print their contents.
 * 2. `$ref`s into the inside of something (`#/components/schemas/X/definitions/Y`,
 *    `…/X/properties/a`, `#/paths/~1x/get/responses/200`, …): openapi-typescript prints them as
 *    indexed access (`components["schemas"]["X"]["definitions"]["Y"]`), which TypeScript rejects
 *    (no such property; or `T | undefined` for an optional property, which also makes
 *    `WithRequired<…>` fail with TS2344 "does not satisfy the constraint 'never'"). Each target is
 *    moved to a component of its own, under a deterministic collision-free name, and left behind
 *    as a `$ref` to it; every ref into it follows.
 * 3. Component schemas that reach themselves through positions TypeScript cannot defer (the schema
 *    itself, `allOf`/`oneOf`/`anyOf`/`items`/`prefixItems` members) make openapi-typescript print
 *    `X: components["schemas"]["X"] & …` (TS2502). One member per cycle is replaced: an `allOf`
 *    member pointing at a polymorphic base (`oneOf` of its children) by that base without its
 *    `oneOf`/`anyOf`/`discriminator`; otherwise by `{}` (unknown).
 * 4. A schema's `$defs`, which openapi-typescript prints as a required `$defs` property of the
 *    object, goes once nothing points into it any more (its members were hoisted by 2).
 *
 * One walk copies the document and notes every `$ref`; the rest works on the notes only.
 */

export interface PrepareWarning {
  /** JSON pointer in the document handed in. */
  pointer: string;
  message: string;
}

export interface Prepared {
  document: Record<string, unknown>;
  warnings: PrepareWarning[];
}

type Json = Record<string, unknown>;
type Container = Json | unknown[];

/** A `$ref` (or a `discriminator.mapping` value) in the copy: `holder[key]` is the ref string. */
interface RefNote {
  holder: Json;
  key: string;
  /** Pointer of the target, decoded. */
  target: string;
}

/** A schema's `$defs` in the copy, and the pointer it was written at. */
interface DefsNote {
  holder: Json;
  /** Pointer of the `$defs` member. */
  pointer: string;
}

// As in the loader: values under these keys are data, a `$ref` inside them is just a string.
const DATA_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);
// Keys whose children are named by the author (a child called `example` is a schema).
const NAMED_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
// The same outside schemas: a response called `default`, a media type, a path, a component.
const OTHER_MAPS = new Set(['paths', 'webhooks', 'responses', 'headers', 'content', 'callbacks', 'links', 'encoding', 'variables']);

export function prepareForOpenapiTypescript(input: Record<string, unknown>): Prepared {
  const warnings: PrepareWarning[] = [];
  const refs: RefNote[] = [];
  const defs: DefsNote[] = [];
  const document = copyDocument(input, refs, defs, warnings);
  const wanted = defsStillWanted(refs);
  const origins = hoistNestedTargets(document, refs);
  dropDefs(defs, wanted);
  breakSchemaCycles(document, origins, warnings);
  return { document, warnings };
}

// ---------------------------------------------------------------------------------------------
// 1. The copy, with the ref notes.

function copyDocument(input: Json, refs: RefNote[], defs: DefsNote[], warnings: PrepareWarning[]): Json {
  const path: string[] = [];
  const pointerHere = () => path.map((s) => `/${escapeSegment(s)}`).join('');
  const dropped = (ref: string, what: string) => warnings.push({
    pointer: pointerHere(),
    message: `$ref '${ref}' is not a JSON pointer into this document; ${what} (specgen resolves nothing outside the bundled document)`,
  });

  /**
   * `isMap`: the node is a map of author-chosen names (`properties`…), whose keys are never keywords.
   * `data`: the node is example/default/enum data. redocly still follows `$ref` and `externalValue`
   * in there, so remote ones go; the rest is copied as written.
   */
  const copy = (node: unknown, key: string, parentKey: string, isMap: boolean, data: boolean): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) {
      const out = new Array<unknown>(node.length);
      for (let i = 0; i < node.length; i++) {
        path.push(String(i));
        out[i] = copy(node[i], String(i), key, false, data);
        path.pop();
      }
      return out;
    }
    const obj = node as Json;
    const ref = isMap ? undefined : obj.$ref;
    const remote = typeof ref === 'string' && !(data ? ref.startsWith('#') : isLocalPointer(ref));
    if (remote && !data) {
      dropped(ref, 'it is typed as unknown');
      return {};
    }
    const out: Json = {};
    for (const k of Object.keys(obj)) {
      const child = obj[k];
      if (!isMap) {
        if (remote && k === '$ref') {
          path.push(k);
          dropped(ref, 'it is left out of the example');
          path.pop();
          continue;
        }
        // redocly follows an Example's externalValue like a $ref; the types never show it.
        if (k === 'externalValue' && typeof child === 'string') continue;
      }
      path.push(k);
      if (data) {
        out[k] = copy(child, k, key, false, true);
      } else if (isMap) {
        out[k] = copy(child, k, key, false, false);
      } else if ((DATA_KEYS.has(k) && !(k === 'examples' && isPlainObject(child))) || (k === 'value' && parentKey === 'examples')) {
        out[k] = copy(child, k, key, false, true);
      } else if (k === 'mapping' && key === 'discriminator' && isPlainObject(child)) {
        out[k] = copyMapping(child);
      } else {
        // The root `components` object's children are maps of names (a property that happens to be
        // called `components` is not).
        const map = NAMED_MAPS.has(k) || OTHER_MAPS.has(k) || (path.length === 2 && path[0] === 'components') || (k === 'examples' && isPlainObject(child));
        out[k] = copy(child, k, key, map, false);
        if (k === '$defs' && isPlainObject(out[k])) defs.push({ holder: out, pointer: pointerHere() });
      }
      path.pop();
    }
    if (!isMap && !data && typeof out.$ref === 'string') refs.push({ holder: out, key: '$ref', target: refPointer(out.$ref) });
    return out;
  };

  const copyMapping = (mapping: Json): Json => {
    const out: Json = {};
    for (const [name, value] of Object.entries(mapping)) {
      if (typeof value === 'string' && isMappingRef(value) && !isLocalPointer(value)) {
        path.push(name);
        warnings.push({
          pointer: pointerHere(),
          message: `discriminator mapping '${name}: ${value}' does not point into this document; it is left out of the types`,
        });
        path.pop();
        continue;
      }
      out[name] = value;
      if (typeof value === 'string' && isLocalPointer(value)) refs.push({ holder: out, key: name, target: refPointer(value) });
    }
    return out;
  };

  return copy(input, '', '', false, false) as Json;
}

function isPlainObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A JSON pointer into this document: the one kind of `$ref` openapi-typescript can print. */
function isLocalPointer(ref: string): boolean {
  return ref.startsWith('#/');
}

/** redocly's test for which mapping values are refs (the rest are schema names). */
function isMappingRef(value: string): boolean {
  return value.startsWith('#') || value.startsWith('https://') || value.startsWith('http://') ||
    value.startsWith('./') || value.startsWith('../') || value.includes('/');
}

function refPointer(ref: string): string {
  const raw = ref.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function splitPointer(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function joinPointer(segments: readonly string[]): string {
  return segments.map((s) => `/${escapeSegment(s)}`).join('');
}

function getAt(root: unknown, segments: readonly string[]): unknown {
  let node = root;
  for (const s of segments) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, s)) return undefined;
    node = (node as Json)[s];
  }
  return node;
}

// ---------------------------------------------------------------------------------------------
// 2. Targets inside other things become components.

type Kind = 'schemas' | 'parameters' | 'responses' | 'requestBodies' | 'headers';
type Place = Kind | 'examples' | 'links' | 'callbacks' | 'pathItems' | 'securitySchemes' | 'paths' | 'pathItem' | 'operation'
  | 'parameterList' | 'responsesMap' | 'components' | 'mediaTypes' | 'mediaType' | 'encodings' | 'encoding' | 'schemaList'
  | 'root' | 'other' | 'itemsOrList' | `${ComponentKind}Map`;
type ComponentKind = 'schemas' | 'parameters' | 'responses' | 'requestBodies' | 'headers' | 'examples' | 'links' | 'callbacks'
  | 'pathItems' | 'securitySchemes';

const HOISTED: ReadonlySet<Place> = new Set<Place>(['schemas', 'parameters', 'responses', 'requestBodies', 'headers']);
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const COMPONENT_KINDS = new Set(['schemas', 'parameters', 'responses', 'requestBodies', 'headers', 'examples', 'links', 'callbacks', 'pathItems', 'securitySchemes']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'oneOf', 'anyOf', 'prefixItems']);
const SCHEMA_ONE = new Set(['additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames',
  'unevaluatedItems', 'unevaluatedProperties', 'additionalItems', 'contentSchema', 'items']);

/**
 * What the object at a pointer is, read off the pointer alone. Maps are named by what they hold;
 * a single object by its own kind (`schemas` = one Schema Object, `parameters` = one Parameter…).
 */
function classify(segments: readonly string[]): Place {
  let place: Place = 'root';
  for (const s of segments) place = step(place, s);
  return place === 'itemsOrList' ? 'schemas' : place;
}

function step(place: Place, s: string): Place {
  switch (place) {
    case 'root':
      return s === 'paths' || s === 'webhooks' ? 'paths' : s === 'components' ? 'components' : 'other';
    case 'components':
      return COMPONENT_KINDS.has(s) ? (`${s as ComponentKind}Map` as const) : 'other';
    case 'paths':
      return 'pathItem';
    case 'pathItem':
      return s === 'parameters' ? 'parameterList' : METHODS.has(s) ? 'operation' : 'other';
    case 'operation':
      return s === 'parameters' ? 'parameterList' : s === 'requestBody' ? 'requestBodies' : s === 'responses' ? 'responsesMap'
        : s === 'callbacks' ? 'callbacksMap' : 'other';
    case 'parameterList':
      return 'parameters';
    case 'responsesMap':
      return 'responses';
    case 'callbacks':
      return 'pathItem';
    case 'responses':
      return s === 'headers' ? 'headersMap' : s === 'content' ? 'mediaTypes' : 'other';
    case 'requestBodies':
      return s === 'content' ? 'mediaTypes' : 'other';
    case 'parameters':
    case 'headers':
      return s === 'schema' ? 'schemas' : s === 'content' ? 'mediaTypes' : 'other';
    case 'mediaTypes':
      return 'mediaType';
    case 'mediaType':
      return s === 'schema' ? 'schemas' : s === 'encoding' ? 'encodings' : 'other';
    case 'encodings':
      return 'encoding';
    case 'encoding':
      return s === 'headers' ? 'headersMap' : 'other';
    case 'schemaList':
      return 'schemas';
    case 'schemas':
      if (SCHEMA_MAPS.has(s)) return 'schemasMap';
      if (SCHEMA_LISTS.has(s)) return 'schemaList';
      if (SCHEMA_ONE.has(s)) return s === 'items' ? 'itemsOrList' : 'schemas';
      return 'other';
    default: {
      // `<kind>Map`: a map of those (component maps, `properties`, `headers`, `callbacks`).
      if (place === 'itemsOrList') return /^\d+$/.test(s) ? 'schemas' : step('schemas', s);
      if (place.endsWith('Map')) {
        const kind = place.slice(0, -3) as ComponentKind;
        return kind === 'pathItems' ? 'pathItem' : kind;
      }
      return 'other';
    }
  }
}

/** Is `segments` a component of its own (`/components/<kind>/<name>`)? */
function isComponent(segments: readonly string[], kind: Place): boolean {
  return segments.length === 3 && segments[0] === 'components' && segments[1] === kind;
}

/**
 * Move every nested ref target to `components/<kind>/<name>` and point every ref there.
 * Returns component name -> the pointer it was written at, for hoisted schemas.
 */
function hoistNestedTargets(document: Json, refs: RefNote[]): Map<string, string> {
  const origins = new Map<string, string>();
  // Follow refs to refs, so `$ref: '#/paths/…/parameters/0'` holding `$ref: '#/components/parameters/P'` points at P.
  const settle = (target: string): string => {
    for (let hops = 0; hops < 64; hops++) {
      const node = getAt(document, splitPointer(target));
      if (!isPlainObject(node) || typeof node.$ref !== 'string' || !isLocalPointer(node.$ref)) return target;
      if (Object.keys(node).some((k) => k !== '$ref' && k !== 'description' && k !== 'summary')) return target;
      target = refPointer(node.$ref);
    }
    return target;
  };
  const moves = new Map<string, { kind: Kind; segments: string[] }>();
  for (const note of refs) {
    const target = settle(note.target);
    if (target !== note.target) {
      note.target = target;
      note.holder[note.key] = `#${joinPointer(splitPointer(target))}`;
    }
    if (moves.has(target)) continue;
    const segments = splitPointer(target);
    const kind = classify(segments);
    if (!HOISTED.has(kind) || isComponent(segments, kind)) continue;
    if (getAt(document, segments) === undefined) continue;
    moves.set(target, { kind: kind as Kind, segments });
  }
  if (moves.size === 0) return origins;

  // Names in pointer order, so they do not depend on where the refs stand.
  const components = ensureObject(document, 'components');
  const taken = new Map<Kind, Set<string>>();
  const takenOf = (kind: Kind) => {
    let set = taken.get(kind);
    if (!set) taken.set(kind, (set = new Set(Object.keys(ensureObject(components, kind)))));
    return set;
  };
  const newPointer = new Map<string, string>();
  for (const target of [...moves.keys()].sort()) {
    const { kind, segments } = moves.get(target)!;
    const taken = takenOf(kind);
    const base = hoistedName(document, segments);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    ensureObject(components, kind)[name] = null; // its place, in pointer order; filled below
    newPointer.set(target, joinPointer(['components', kind, name]));
    if (kind === 'schemas') origins.set(name, target);
  }
  // Deepest first: a target inside another one leaves before its container moves.
  const order = [...moves.keys()].sort((a, b) => moves.get(b)!.segments.length - moves.get(a)!.segments.length || (a < b ? -1 : 1));
  for (const target of order) {
    const { segments } = moves.get(target)!;
    const to = splitPointer(newPointer.get(target)!);
    const parent = getAt(document, segments.slice(0, -1)) as Container;
    const key = segments[segments.length - 1]!;
    const node = (parent as Json)[key];
    (components[to[1]!] as Json)[to[2]!] = node;
    (parent as Json)[key] = { $ref: `#${joinPointer(to)}` };
  }
  // Every ref into a moved target (or below one) follows it.
  for (const note of refs) {
    const segments = splitPointer(note.target);
    for (let n = segments.length; n > 0; n--) {
      const moved = newPointer.get(joinPointer(segments.slice(0, n)));
      if (moved === undefined) continue;
      const rewritten = moved + joinPointer(segments.slice(n));
      note.holder[note.key] = `#${rewritten}`;
      note.target = rewritten;
      break;
    }
  }
  return origins;
}

function ensureObject(parent: Json, key: string): Json {
  const value = parent[key];
  if (isPlainObject(value)) return value;
  const created: Json = {};
  parent[key] = created;
  return created;
}

/** `X/definitions/Y` -> `X_Y`; `paths/~1pets/get/responses/200` -> `listPets_responses_200`. */
function hoistedName(document: Json, segments: readonly string[]): string {
  let base: string;
  let rest: readonly string[];
  if (segments[0] === 'components') {
    base = segments[2] ?? 'component';
    rest = segments.slice(3);
  } else if ((segments[0] === 'paths' || segments[0] === 'webhooks') && segments.length > 2 && METHODS.has(segments[2]!)) {
    const op = getAt(document, segments.slice(0, 3));
    const id = isPlainObject(op) && typeof op.operationId === 'string' ? op.operationId : '';
    base = id || `${segments[2]}${segments[1]}`;
    rest = segments.slice(3);
  } else {
    base = segments.slice(0, 2).join('_');
    rest = segments.slice(2);
  }
  const kept: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const s = rest[i]!;
    if (SCHEMA_MAPS.has(s) && i + 1 < rest.length) {
      kept.push(rest[++i]!); // the name, whatever it is
      continue;
    }
    if (s === 'schema') continue;
    if (s === 'content' && i + 1 < rest.length) {
      i++; // and the media type
      continue;
    }
    kept.push(s);
  }
  const name = [base, ...kept].join('_').replace(/[^A-Za-z0-9_]+/g, '_').replace(/_+/g, '_').replace(/^_|_$/g, '');
  return name || 'Hoisted';
}

/**
 * openapi-typescript prints a schema's `$defs` as a required property `$defs` of the object type
 * (so no value of it can be written). Once every ref into them points at a component of its own,
 * the definitions go, except the ones something still reaches through (`…/$defs/X/example`).
 */
function defsStillWanted(refs: RefNote[]): Set<string> {
  const wanted = new Set<string>();
  for (const note of refs) {
    const segments = splitPointer(note.target);
    segments.forEach((s, i) => {
      if (s === '$defs' && i + 1 < segments.length - 1) wanted.add(joinPointer(segments.slice(0, i + 2)));
    });
  }
  return wanted;
}

function dropDefs(defs: DefsNote[], wanted: Set<string>): void {
  for (const { holder, pointer } of defs) {
    const members = holder.$defs as Json;
    for (const name of Object.keys(members)) {
      if (!wanted.has(`${pointer}/${escapeSegment(name)}`)) delete members[name];
    }
    if (Object.keys(members).length === 0) delete holder.$defs;
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Cycles TypeScript cannot defer.

interface Edge {
  from: string;
  to: string;
  /** Segments from the component to the ref holder. */
  path: string[];
  /** Where the holder sits: container[key]. */
  container: Container;
  key: string | number;
}

const SCHEMA_PREFIX = '/components/schemas/';

/** `X -> Y` when openapi-typescript prints Y's name where TypeScript must resolve it to declare X. */
function eagerEdges(name: string, schema: unknown, components: Json): Edge[] {
  const edges: Edge[] = [];
  const visit = (node: unknown, path: string[], container: Container, key: string | number) => {
    if (!isPlainObject(node)) return;
    if (typeof node.$ref === 'string' && isLocalPointer(node.$ref)) {
      const target = refPointer(node.$ref);
      if (target.startsWith(SCHEMA_PREFIX)) {
        const segments = splitPointer(target);
        if (segments.length === 3) edges.push({ from: name, to: segments[2]!, path, container, key });
      }
    }
    for (const k of ['allOf', 'oneOf', 'anyOf', 'prefixItems', 'items']) {
      const child = node[k];
      if (Array.isArray(child)) child.forEach((c, i) => visit(c, [...path, k, String(i)], child, i));
      else if (k === 'items') visit(child, [...path, k], node, k);
    }
  };
  visit(schema, [], components, name);
  return edges;
}

function breakSchemaCycles(document: Json, origins: Map<string, string>, warnings: PrepareWarning[]): void {
  const components = document.components;
  if (!isPlainObject(components) || !isPlainObject(components.schemas)) return;
  const schemas = components.schemas;
  const names = Object.keys(schemas);
  const edges = new Map<string, Edge[]>();
  for (const name of names) edges.set(name, eagerEdges(name, schemas[name], schemas));
  const originalPointer = (edge: Edge) =>
    (origins.get(edge.from) ?? `/components/schemas/${escapeSegment(edge.from)}`) + joinPointer(edge.path);

  // Each round removes at least one eager edge, so this ends; the bound is a safety net.
  let budget = [...edges.values()].reduce((n, e) => n + e.length, 0) + 1;
  for (let cycle = findCycle(names, edges); cycle && budget-- > 0; cycle = findCycle(names, edges)) {
    const loop = cycle.map((e) => e.from).concat(cycle[0]!.from).join(' -> ');
    const polymorphic = cycle.findIndex((e, i) =>
      e.path.length === 2 && e.path[0] === 'allOf' && ['oneOf', 'anyOf'].includes(cycle[(i + 1) % cycle.length]!.path[0] ?? ''));
    if (polymorphic !== -1) {
      const edge = cycle[polymorphic]!;
      const base = structuredClone(schemas[edge.to]) as Json;
      delete base.oneOf;
      delete base.anyOf;
      delete base.discriminator;
      (edge.container as Json)[edge.key as string] = base;
      warnings.push({
        pointer: originalPointer(edge),
        message: `schema cycle ${loop} cannot be typed by openapi-typescript; '${edge.to}' is inlined here without its oneOf/anyOf/discriminator`,
      });
    } else {
      const edge = cycle[cycle.length - 1]!;
      (edge.container as Json)[edge.key as string] = {};
      warnings.push({
        pointer: originalPointer(edge),
        message: `schema cycle ${loop} cannot be typed by openapi-typescript (TypeScript cannot defer it); this member is typed as unknown`,
      });
    }
    const changed = cycle[polymorphic === -1 ? cycle.length - 1 : polymorphic]!.from;
    edges.set(changed, eagerEdges(changed, schemas[changed], schemas));
  }
}

/** The first cycle a depth-first search meets, visiting components in document order: its edges in order. */
function findCycle(names: string[], edges: Map<string, Edge[]>): Edge[] | undefined {
  const state = new Map<string, 1 | 2>(); // 1: on the stack, 2: done
  for (const root of names) {
    if (state.has(root)) continue;
    const stack: { name: string; next: number; via?: Edge }[] = [{ name: root, next: 0 }];
    state.set(root, 1);
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      const out = edges.get(frame.name) ?? [];
      if (frame.next >= out.length) {
        state.set(frame.name, 2);
        stack.pop();
        continue;
      }
      const edge = out[frame.next++]!;
      if (!edges.has(edge.to)) continue;
      const seen = state.get(edge.to);
      if (seen === 2) continue;
      if (seen === 1) {
        const start = stack.findIndex((f) => f.name === edge.to);
        return [...stack.slice(start + 1).map((f) => f.via!), edge];
      }
      state.set(edge.to, 1);
      stack.push({ name: edge.to, next: 0, via: edge });
    }
  }
  return undefined;
}
