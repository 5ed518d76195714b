import { lazyLocation } from '../load/bundle.ts';
import { SpecError } from '../load/errors.ts';
import { fragmentToPointer, joinPointer } from '../load/pointer.ts';
import { compareStrings } from './names.ts';
import { isObject, isRef, type DocumentRefs } from './resolve.ts';
import type { JsonSchema, SchemaModel } from './types.ts';

/** Component schemas, sorted by key; `typeName` is assigned by the naming planner. */
export function buildSchemas(refs: DocumentRefs): SchemaModel[] {
  const components = refs.document.components;
  const schemas = isObject(components) && isObject(components.schemas) ? components.schemas : {};
  const keys = Object.keys(schemas).sort(compareStrings);
  const models = keys.map((key): SchemaModel => {
    const schema = schemas[key] as JsonSchema;
    const pointer = joinPointer('/components/schemas', key);
    const obj = isObject(schema) ? schema : {};
    return {
      key,
      typeName: '',
      pointer,
      schema,
      ...(typeof obj.description === 'string' ? { description: obj.description } : {}),
      deprecated: obj.deprecated === true,
      location: lazyLocation(refs.origins, pointer),
    };
  });
  checkRepresentable(refs, keys);
  return models;
}

/**
 * A schema that is, through `$ref`/allOf/anyOf/oneOf alone, made of itself has no finite type
 * (`type A = A & {...}`). Recursion through a property or an item is fine; this is not.
 */
function checkRepresentable(refs: DocumentRefs, keys: string[]): void {
  const edges = new Map<string, { to: string; at: string }[]>();
  for (const key of keys) {
    const out: { to: string; at: string }[] = [];
    const visit = (node: unknown, pointer: string) => {
      if (isRef(node)) {
        const target = fragmentToPointer(node.$ref);
        const m = /^\/components\/schemas\/([^/]+)$/.exec(target);
        if (m) out.push({ to: m[1]!.replace(/~1/g, '/').replace(/~0/g, '~'), at: pointer });
      }
      if (!isObject(node)) return;
      for (const k of ['allOf', 'anyOf', 'oneOf'] as const) {
        const list = node[k];
        if (Array.isArray(list)) list.forEach((s, i) => visit(s, joinPointer(pointer, k, i)));
      }
    };
    const pointer = joinPointer('/components/schemas', key);
    visit(refs.document.components && (refs.document.components as Record<string, Record<string, unknown>>).schemas?.[key], pointer);
    edges.set(key, out);
  }
  const state = new Map<string, 'active' | 'done'>();
  const dfs = (key: string, trail: string[]) => {
    state.set(key, 'active');
    for (const edge of edges.get(key) ?? []) {
      if (state.get(edge.to) === 'active') {
        const loop = [...trail.slice(trail.indexOf(edge.to)), key, edge.to];
        throw new SpecError('cyclic-ref', `cyclic $ref cannot be represented: ${loop.join(' -> ')} (a schema made only of itself)`,
          refs.origins.locate(joinPointer(edge.at, '$ref')), 'recursion must pass through a property or array item');
      }
      if (!state.has(edge.to)) dfs(edge.to, [...trail, key]);
    }
    state.set(key, 'done');
  };
  for (const key of keys) if (!state.has(key)) dfs(key, []);
}
