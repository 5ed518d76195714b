/**
 * Servers: the typed `servers` const, and for operations with their own `servers`, a routing table
 * from every root the client may be configured with to the operation's matching root.
 */
import type { WriterFunction } from 'ts-morph';
import { Code, id, join, key, member, str, ts, value } from '../../code/code.ts';
import { docText } from '../../code/text.ts';
import { writeDocs } from './operation-function.ts';
import { SERVER_EXTENSION } from '../../model/build-servers.ts';
import type { ApiModel, OperationModel, ServerModel } from '../../model/types.ts';

/** The extension whose fields (e.g. `{ cloud, version }`) describe a server (parsed by the model): used for typing and routing. */
export { SERVER_EXTENSION };

/** A server's URL with its variables at their defaults, without a trailing slash. */
export function serverUrl(server: ServerModel): string {
  let url = server.url;
  for (const v of server.variables) url = url.split(`{${v.name}}`).join(v.default);
  return url.replace(/\/+$/, '');
}

const originOf = (url: string) => /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i.exec(url)?.[0].toLowerCase();

/**
 * How well `target` (an operation's server) stands in for `from` (a configured root): the same URL
 * wins outright; then each equal `x-specgen-server` field (same cloud, ...), then the same origin.
 */
function affinity(from: ServerModel, target: ServerModel): number {
  if (serverUrl(from) === serverUrl(target)) return 1000;
  const a = from.fields;
  const b = target.fields;
  const shared = Object.keys(a).filter((k) => k in b && JSON.stringify(a[k]) === JSON.stringify(b[k])).length;
  return shared * 2 + (originOf(serverUrl(from)) === originOf(serverUrl(target)) ? 1 : 0);
}

/** Configured root -> the operation's root, for every document server and every server of the operation. */
export function routesOf(model: ApiModel, op: OperationModel): [string, string][] {
  const own = op.servers ?? [];
  if (!own.length) return [];
  const froms = [...model.servers, ...own.filter((s) => !model.servers.some((d) => serverUrl(d) === serverUrl(s)))];
  const out = new Map<string, string>();
  for (const from of froms) {
    let best = own[0]!;
    for (const candidate of own) if (affinity(from, candidate) > affinity(from, best)) best = candidate;
    if (!out.has(serverUrl(from))) out.set(serverUrl(from), serverUrl(best));
  }
  return [...out];
}

const literal = (v: unknown): Code => (typeof v === 'string' ? str(v) : value(v, 0));

/** `export const servers = [...] as const`: URL, description and the server extension's fields of each root. */
export function serversStatement(model: ApiModel): WriterFunction {
  const entry = (s: ServerModel) => {
    const parts = [ts`url: ${serverUrl(s)}`];
    if (s.description) parts.push(ts`description: ${s.description}`);
    const f = s.fields;
    for (const k of Object.keys(f)) if (k !== 'url' && k !== 'description') parts.push(ts`${key(k)}: ${literal(f[k])}`);
    return ts`{ ${join(parts)} }`;
  };
  const example = model.servers.find((s) => Object.keys(s.fields).length);
  const doc = [
    'The API\'s roots, in spec order; the first is the default `baseUrl`. Pass one\'s `url` as `baseUrl`.',
    ...(example ? [`Each carries the fields of its \`${SERVER_EXTENSION}\` extension, e.g. \`servers.find((s) => ` +
      Object.entries(example.fields).map(([k, v]) => ts`s${member(k)} === ${literal(v)}`).join(' && ') + ')!.url`.'] : []),
    'Operations that declare their own `servers` go to the one matching the configured root: the same URL, else the one with the most ' +
      `equal \`${SERVER_EXTENSION}\` fields (e.g. the same cloud), else the same host. A root not listed here keeps its host and has its ` +
      'path swapped for the operation\'s (`http://localhost:8080/v1.0` -> `http://localhost:8080/beta`).',
  ];
  return (w) => {
    w.blankLineIfLastNot();
    writeDocs(w, docText(doc.join('\n\n')));
    w.writeLine('export const servers = [');
    w.indent(() => model.servers.forEach((s) => w.writeLine(ts`${entry(s)},`.toString())));
    w.writeLine('] as const;');
  };
}

/** One routing table per distinct set of routes, named after the first operation that uses it. */
export function routeTables(model: ApiModel, taken: Set<string>): { byOperation: Map<OperationModel, string>; statements: WriterFunction[] } {
  const byKey = new Map<string, { name: string; routes: [string, string][]; users: string[] }>();
  const byOperation = new Map<OperationModel, string>();
  for (const op of model.operations) {
    const routes = routesOf(model, op);
    if (!routes.length) continue;
    const key = JSON.stringify(routes);
    let table = byKey.get(key);
    if (!table) {
      let name = `${op.name}Routes`;
      while (taken.has(name)) name += '_';
      taken.add(name);
      table = { name, routes, users: [] };
      byKey.set(key, table);
    }
    table.users.push(op.name);
    byOperation.set(op, table.name);
  }
  const statements = [...byKey.values()].map((t): WriterFunction => (w) => {
    w.blankLineIfLastNot();
    w.writeLine(`/** Configured root -> the own root of ${docText(t.users.join(', '))}. */`);
    w.writeLine(ts`const ${id(t.name)} = /* @__PURE__ */ route({`.toString());
    w.indent(() => t.routes.forEach(([from, to]) => w.writeLine(ts`${key(from)}: ${to},`.toString())));
    w.writeLine('});');
  });
  return { byOperation, statements };
}
