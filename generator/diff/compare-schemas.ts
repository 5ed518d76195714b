import { isObject, isRef } from '../model/resolve.ts';
import type { ApiChange } from './types.ts';

/** Which way data flows through a schema decides what breaks: requests are written by clients, responses read by them. */
export type Direction = 'request' | 'response';

export interface SchemaSide {
  doc: Record<string, unknown>;
  schema: unknown;
}

const MAX_DEPTH = 24;

function deref(side: SchemaSide, schema: unknown, seen = 0): Record<string, unknown> | boolean | undefined {
  let node = schema;
  for (let i = 0; isRef(node) && i < 32 + seen; i++) {
    const ref = node.$ref;
    if (!ref.startsWith('#/')) return undefined;
    node = ref.slice(2).split('/').map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((n, k) => (isObject(n) ? n[k] : undefined), side.doc);
  }
  return isObject(node) || typeof node === 'boolean' ? (node as Record<string, unknown> | boolean) : undefined;
}

/** The schema's own properties and required list, with allOf members folded in. */
function shape(side: SchemaSide, schema: unknown, depth = 0): { props: Record<string, unknown>; required: Set<string>; types: Set<string>; enum?: unknown[] } {
  const node = deref(side, schema);
  const out = { props: {} as Record<string, unknown>, required: new Set<string>(), types: new Set<string>(), enum: undefined as unknown[] | undefined };
  if (!isObject(node) || depth > MAX_DEPTH) return out;
  if (isObject(node.properties)) Object.assign(out.props, node.properties);
  if (Array.isArray(node.required)) for (const r of node.required) out.required.add(String(r));
  const t = node.type;
  for (const x of Array.isArray(t) ? t : t !== undefined ? [t] : []) out.types.add(String(x));
  if (node.nullable === true) out.types.add('null');
  if (Array.isArray(node.enum)) out.enum = node.enum;
  if (Array.isArray(node.allOf)) {
    for (const member of node.allOf) {
      const m = shape(side, member, depth + 1);
      Object.assign(out.props, m.props);
      m.required.forEach((r) => out.required.add(r));
      m.types.forEach((x) => out.types.add(x));
      out.enum ??= m.enum;
    }
  }
  return out;
}

/** Compare two schemas; changes are classified by the direction data flows. */
export function compareSchemas(where: string, root: string, at: string, dir: Direction, a: SchemaSide, b: SchemaSide, out: ApiChange[], depth = 0, seen = new Set<string>()): void {
  if (depth > MAX_DEPTH) return;
  const key = `${JSON.stringify(a.schema)}|${JSON.stringify(b.schema)}|${dir}`;
  if (seen.has(key)) return;
  seen.add(key);
  const sa = shape(a, a.schema);
  const sb = shape(b, b.schema);
  const push = (kind: ApiChange['kind'], code: string, message: string) => out.push({ kind, code, where, message: `${root}: ${message}` });
  const self = at ? ` of \`${at}\`` : '';

  if (sa.types.size && sb.types.size) {
    const removed = [...sa.types].filter((t) => !sb.types.has(t) && !(t === 'integer' && sb.types.has('number')));
    const added = [...sb.types].filter((t) => !sa.types.has(t) && !(t === 'number' && sa.types.has('integer')));
    // Narrowing what a client may send, or widening what it may receive, breaks it.
    if (removed.length && dir === 'request') push('breaking', 'type-changed', `type${self} ${fmt(sa.types)} became ${fmt(sb.types)}`);
    else if (added.length && dir === 'response') push('breaking', 'type-changed', `type${self} ${fmt(sa.types)} became ${fmt(sb.types)}`);
    else if (removed.length || added.length) push(dir === 'request' ? 'non-breaking' : 'breaking', 'type-changed', `type${self} ${fmt(sa.types)} became ${fmt(sb.types)}`);
  }
  if (sa.enum && sb.enum) {
    const gone = sa.enum.filter((v) => !sb.enum!.some((w) => JSON.stringify(w) === JSON.stringify(v)));
    const added = sb.enum.filter((v) => !sa.enum!.some((w) => JSON.stringify(w) === JSON.stringify(v)));
    for (const v of gone) push(dir === 'request' ? 'breaking' : 'non-breaking', 'enum-value-removed', `enum value ${JSON.stringify(v)}${self} removed`);
    for (const v of added) push('non-breaking', 'enum-value-added', `enum value ${JSON.stringify(v)}${self} added${dir === 'response' ? ' (clients must tolerate it)' : ''}`);
  }
  for (const name of Object.keys(sa.props).sort()) {
    const path = at ? `${at}.${name}` : name;
    if (!(name in sb.props)) {
      push('breaking', 'property-removed', `property \`${path}\` removed`);
      continue;
    }
    if (dir === 'request' && !sa.required.has(name) && sb.required.has(name)) push('breaking', 'property-became-required', `property \`${path}\` became required`);
    if (dir === 'response' && sa.required.has(name) && !sb.required.has(name)) push('breaking', 'property-became-optional', `property \`${path}\` is no longer always present`);
    if (dir === 'request' && sa.required.has(name) && !sb.required.has(name)) push('non-breaking', 'property-became-optional', `property \`${path}\` became optional`);
    compareSchemas(where, root, path, dir, { doc: a.doc, schema: sa.props[name] }, { doc: b.doc, schema: sb.props[name] }, out, depth + 1, seen);
  }
  for (const name of Object.keys(sb.props).sort()) {
    if (name in sa.props) continue;
    const path = at ? `${at}.${name}` : name;
    if (dir === 'request' && sb.required.has(name)) push('breaking', 'required-property-added', `required property \`${path}\` added`);
    else push('non-breaking', 'property-added', `property \`${path}\` added`);
  }
  const itemsA = deref(a, a.schema);
  const itemsB = deref(b, b.schema);
  if (isObject(itemsA) && isObject(itemsB) && itemsA.items !== undefined && itemsB.items !== undefined) {
    compareSchemas(where, root, `${at}[]`, dir, { doc: a.doc, schema: itemsA.items }, { doc: b.doc, schema: itemsB.items }, out, depth + 1, seen);
  }
}

function fmt(types: Set<string>): string {
  return [...types].sort().join('|');
}
