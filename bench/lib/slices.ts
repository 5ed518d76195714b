/**
 * Slices of one OpenAPI description, for the scaling bench: the first `fraction` of its paths in a
 * deterministic order (sha256 of `specgen-slices-v1:<path>`, so a slice spreads over the whole API
 * rather than taking its first tags; the slices are nested: 20 % ⊂ 40 % ⊂ ...), with `components`
 * pruned to what the kept paths reach transitively through `$ref` (and discriminator `mapping`
 * values). Everything else at the top level is kept as is, except `webhooks` / `x-webhooks`, which
 * are dropped: the family scales by operations, and webhook-only components would not.
 * `components.securitySchemes` is kept whole (it is named from `security`, never `$ref`-ed).
 *
 *   node --import tsx bench/lib/slices.ts --check   (the self-check; also run by `npm run bench -- --check`)
 */
import { createHash } from 'node:crypto';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };
export interface OpenApiDoc {
  paths?: Record<string, Obj>;
  components?: Record<string, Record<string, Json>>;
  [k: string]: unknown;
}

const SEED = 'specgen-slices-v1';
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const DROPPED = new Set(['paths', 'components', 'webhooks', 'x-webhooks']);

/** The paths of `doc` in slice order. */
export function sliceOrder(doc: OpenApiDoc): string[] {
  const hash = (p: string) => createHash('sha256').update(`${SEED}:${p}`).digest('hex');
  return Object.keys(doc.paths ?? {}).map((p) => [hash(p), p] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, p]) => p);
}

/** `#/components/<kind>/<name>...` -> [kind, name] (JSON pointer and URI escapes undone); undefined for anything else. */
export function componentOf(ref: string): [string, string] | undefined {
  if (!ref.startsWith('#/components/')) return undefined;
  const [kind, name] = ref.slice('#/components/'.length).split('/');
  if (!kind || name === undefined) return undefined;
  const unescape = (s: string) => {
    let t = s;
    try {
      t = decodeURIComponent(s);
    } catch {
      // not percent-encoded
    }
    return t.replace(/~1/g, '/').replace(/~0/g, '~');
  };
  return [unescape(kind), unescape(name)];
}

/** Every internal reference in `value`: `$ref` strings and discriminator mapping values. */
function refsIn(value: Json, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else if (k === 'discriminator' && v && typeof v === 'object' && !Array.isArray(v) && v.mapping && typeof v.mapping === 'object' && !Array.isArray(v.mapping)) {
        for (const m of Object.values(v.mapping)) if (typeof m === 'string' && m.startsWith('#')) out.push(m);
        refsIn(v, out);
      } else refsIn(v, out);
    }
  }
  return out;
}

export interface Slice {
  doc: OpenApiDoc;
  paths: number;
  operations: number;
  components: number;
}

/** The slice of `doc` with the first ceil(fraction x paths) paths of {@link sliceOrder}. */
export function sliceSpec(doc: OpenApiDoc, fraction: number, order = sliceOrder(doc)): Slice {
  if (!(fraction > 0 && fraction <= 1)) throw new Error(`slice fraction must be in (0, 1], got ${fraction}`);
  const keep = new Set(order.slice(0, Math.max(1, Math.ceil(order.length * fraction))));
  const paths: Record<string, Obj> = {};
  for (const [p, item] of Object.entries(doc.paths ?? {})) if (keep.has(p)) paths[p] = item;

  const source = doc.components ?? {};
  const reached = new Map<string, Set<string>>();
  const queue: Json[] = [paths as Json];
  for (const [k, v] of Object.entries(doc)) if (!DROPPED.has(k)) queue.push(v as Json);
  while (queue.length) {
    for (const ref of refsIn(queue.pop()!)) {
      const c = componentOf(ref);
      if (!c) continue;
      const [kind, name] = c;
      const names = reached.get(kind) ?? new Set<string>();
      reached.set(kind, names);
      if (names.has(name) || source[kind]?.[name] === undefined) continue;
      names.add(name);
      queue.push(source[kind][name]!);
    }
  }
  const components: Record<string, Record<string, Json>> = {};
  let count = 0;
  for (const [kind, entries] of Object.entries(source)) {
    const names = kind === 'securitySchemes' ? new Set(Object.keys(entries)) : reached.get(kind);
    const kept = Object.fromEntries(Object.entries(entries).filter(([n]) => names?.has(n)));
    if (Object.keys(kept).length) {
      components[kind] = kept;
      count += Object.keys(kept).length;
    }
  }

  const out: OpenApiDoc = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k === 'paths') out.paths = paths;
    else if (k === 'components') {
      if (Object.keys(components).length) out.components = components;
    } else if (!DROPPED.has(k)) out[k] = v;
  }
  const operations = Object.values(paths).reduce((n, item) => n + Object.keys(item).filter((m) => METHODS.has(m)).length, 0);
  return { doc: out, paths: keep.size, operations, components: count };
}

/** Internal refs of `doc` that point at nothing (`#/components/...` only). */
export function danglingRefs(doc: OpenApiDoc): string[] {
  const comps = doc.components ?? {};
  return refsIn(doc as unknown as Json).filter((r) => {
    const c = componentOf(r);
    return c !== undefined && comps[c[0]]?.[c[1]] === undefined;
  });
}

/** The self-check: a tiny description whose slices are known. Throws on the first mismatch; returns how many checks passed. */
export function checkSlices(): number {
  let passed = 0;
  const expect = (cond: boolean, what: string) => {
    if (!cond) throw new Error(`slices self-check failed: ${what}`);
    passed++;
  };
  const op = (ref: string): Obj => ({ get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: ref } } } } } } });
  const doc: OpenApiDoc = {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    security: [{ key: [] }],
    paths: {
      '/a': op('#/components/schemas/A'),
      '/b': { ...op('#/components/schemas/B'), post: { responses: { default: { $ref: '#/components/responses/Err' } } } },
      '/c': op('#/components/schemas/Pet'),
      '/d': op('#/components/schemas/a~1b'),
      '/e': op('#/components/schemas/A'),
    },
    'x-webhooks': { hook: { post: { requestBody: { $ref: '#/components/requestBodies/OnlyWebhook' } } } },
    components: {
      schemas: {
        A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
        B: { type: 'array', items: { $ref: '#/components/schemas/C' } },
        C: { type: 'string' },
        Unused: { $ref: '#/components/schemas/C' },
        Pet: { oneOf: [{ $ref: '#/components/schemas/Cat' }], discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } } },
        Cat: { type: 'object' },
        Dog: { type: 'object' },
        'a/b': { type: 'integer' },
      },
      responses: { Err: { description: 'e', content: { 'application/json': { schema: { $ref: '#/components/schemas/C' } } } } },
      requestBodies: { OnlyWebhook: { content: {} } },
      securitySchemes: { key: { type: 'apiKey', name: 'k', in: 'header' } },
    },
  };
  const order = sliceOrder(doc);
  expect(order.length === 5 && new Set(order).size === 5, 'the order lists every path once');
  expect(JSON.stringify(sliceOrder(structuredClone(doc))) === JSON.stringify(order), 'the order is deterministic');
  const fractions = [0.2, 0.4, 0.6, 0.8, 1];
  const slices = fractions.map((f) => sliceSpec(doc, f, order));
  expect(slices.map((s) => s.paths).join() === '1,2,3,4,5', `paths per slice 1..5 (got ${slices.map((s) => s.paths).join()})`);
  for (let i = 1; i < slices.length; i++) {
    expect(Object.keys(slices[i - 1]!.doc.paths!).every((p) => p in slices[i]!.doc.paths!), `slice ${i} contains slice ${i - 1}`);
  }
  for (const s of slices) expect(danglingRefs(s.doc).length === 0, `no dangling $ref at ${s.paths} paths (${danglingRefs(s.doc).join(', ')})`);
  const full = slices.at(-1)!;
  const schemas = Object.keys(full.doc.components!.schemas!);
  expect(schemas.join() === 'A,B,C,Pet,Cat,Dog,a/b', `100 % keeps what the paths reach, in the original order (got ${schemas.join()})`);
  expect(!('Unused' in full.doc.components!.schemas!), 'an unreferenced schema is pruned');
  expect(full.doc.components!.requestBodies === undefined && !('x-webhooks' in full.doc), 'webhooks and what only they use are dropped');
  expect(full.doc.components!.securitySchemes !== undefined, 'securitySchemes are kept');
  expect(full.operations === 6 && full.components === 9, `6 operations, 9 components (got ${full.operations}, ${full.components})`);
  const one = sliceSpec(doc, 0.2, order);
  const onlyPath = Object.keys(one.doc.paths!)[0]!;
  const reach: Record<string, string> = { '/a': 'A,B,C', '/e': 'A,B,C', '/b': 'B,C', '/c': 'Pet,Cat,Dog', '/d': 'a/b' };
  expect(Object.keys(one.doc.components?.schemas ?? {}).join() === reach[onlyPath], `${onlyPath} alone keeps ${reach[onlyPath]}`);
  expect(componentOf('#/components/schemas/a~1b%20c')?.join() === 'schemas,a/b c', 'pointer and percent escapes are undone');
  expect(componentOf('./other.yaml#/components/schemas/X') === undefined, 'external refs are left alone');
  return passed;
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--check')) {
  console.log(`slices self-check: ${checkSlices()} passed, 0 failed`);
}
