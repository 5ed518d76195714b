/**
 * One recorded response against what its operation declares in the bundled document: the status
 * (exact, `2XX` range or `default`), the media type (wildcards allowed) and, for JSON, the body
 * against the declared schema (ajv, see schema.ts). Nothing here uses specgen's validators.
 */
import { BodyValidator, deref, escapeToken, type BodyIssue } from './schema.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What the harness's fetch saw: a response, or the failure in place of one. */
export interface Recorded {
  method: string;
  url: string;
  requestContentType?: string;
  status?: number;
  headers?: Record<string, string>;
  /** The body as text (UTF-8, replacement characters for binary), cut at 1 MiB. */
  body?: string;
  bodyBytes?: number;
  error?: string;
  /** The request never left: fetch refused it (a GET with a body, an invalid header...). Not a response. */
  refused?: boolean;
  ms: number;
}

export type Category = 'conforming' | 'undeclared status' | 'body violation' | 'mock error';

export interface Verdict {
  category: Category;
  /** Short, for counting: `undeclared status 404`, `body: required`, `content-type not declared`. */
  kind?: string;
  /** Human text: what was expected and what came. */
  reason?: string;
  issues?: BodyIssue[];
  /** The body schema could not be compiled (counted as conforming, listed apart). */
  schemaError?: string;
}

export const isJsonMedia = (media: string) => /[/+]json\b/i.test(media.split(';')[0]!);
const essence = (media: string) => media.split(';')[0]!.trim().toLowerCase();

export interface DeclaredResponse {
  key: string;
  pointer: string;
  /** media type as written -> pointer of its schema (undefined: no schema). */
  content: Map<string, string | undefined>;
}

/** The declared response for `status`: exact, then `4XX`, then `default`. */
export function declaredResponse(doc: Obj, path: string, method: string, status: number): DeclaredResponse | undefined {
  const opPointer = `/paths/${escapeToken(path)}`;
  const item = deref(doc, isObj(doc.paths) ? doc.paths[path] : undefined, opPointer);
  const op = item && isObj(item.node[method]) ? (item.node[method] as Obj) : undefined;
  if (!item || !op || !isObj(op.responses)) return undefined;
  const responses = op.responses;
  const keys = Object.keys(responses);
  const key = keys.find((k) => k === String(status))
    ?? keys.find((k) => k.toUpperCase() === `${String(status)[0]}XX`)
    ?? keys.find((k) => k === 'default');
  if (key === undefined) return undefined;
  const r = deref(doc, responses[key], `${item.pointer}/${method}/responses/${escapeToken(key)}`);
  if (!r) return { key, pointer: '', content: new Map() };
  const content = new Map<string, string | undefined>();
  if (isObj(r.node.content)) {
    for (const [media, m] of Object.entries(r.node.content)) {
      content.set(media, isObj(m) && m.schema !== undefined ? `${r.pointer}/content/${escapeToken(media)}/schema` : undefined);
    }
  }
  return { key, pointer: r.pointer, content };
}

/** Pointers of the request's schemas in the document: parameters by `in:name`, body by media type. */
export function requestSchemaPointers(doc: Obj, path: string, method: string): { params: Map<string, string>; body: Map<string, string> } {
  const params = new Map<string, string>();
  const body = new Map<string, string>();
  const item = deref(doc, isObj(doc.paths) ? doc.paths[path] : undefined, `/paths/${escapeToken(path)}`);
  const op = item && isObj(item.node[method]) ? (item.node[method] as Obj) : undefined;
  if (!item || !op) return { params, body };
  const add = (list: unknown, at: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, i) => {
      const p = deref(doc, raw, `${at}/${i}`);
      if (p && typeof p.node.name === 'string' && p.node.schema !== undefined) params.set(`${String(p.node.in)}:${p.node.name}`, `${p.pointer}/schema`);
    });
  };
  add(item.node.parameters, `${item.pointer}/parameters`);
  add(op.parameters, `${item.pointer}/${method}/parameters`);
  const rb = deref(doc, op.requestBody, `${item.pointer}/${method}/requestBody`);
  if (rb && isObj(rb.node.content)) {
    for (const [media, m] of Object.entries(rb.node.content)) if (isObj(m) && m.schema !== undefined) body.set(media, `${rb.pointer}/content/${escapeToken(media)}/schema`);
  }
  return { params, body };
}

/** The declared media type a response's content type matches: exact, then `type/*`, then `*\/*`. */
function matchMedia(declared: string[], actual: string): string | undefined {
  const a = essence(actual);
  const [type] = a.split('/');
  return declared.find((d) => essence(d) === a)
    ?? declared.find((d) => essence(d) === `${type}/*`)
    ?? declared.find((d) => essence(d) === '*/*' || essence(d) === '*');
}

const CRASH = /^(\w*Error|Error)\b|\n\s+at /;

export function checkRecorded(doc: Obj, validator: BodyValidator, path: string, method: string, rec: Recorded): Verdict {
  if (rec.status === undefined) {
    return { category: 'mock error', kind: `no response: ${(rec.error ?? 'unknown').replace(/\d+/g, 'N').slice(0, 60)}`, reason: rec.error ?? 'no response' };
  }
  const status = rec.status;
  const body = rec.body ?? '';
  const contentType = rec.headers?.['content-type'];
  if (status >= 500 && CRASH.test(body) && !(contentType && isJsonMedia(contentType))) {
    return { category: 'mock error', kind: `mock crash (${status})`, reason: `${status} ${body.split('\n')[0]!.slice(0, 200)}` };
  }
  const declared = declaredResponse(doc, path, method, status);
  if (!declared) {
    const snippet = body ? `: ${body.replace(/\s+/g, ' ').slice(0, 160)}` : '';
    if (status >= 500) return { category: 'mock error', kind: `undeclared ${status}`, reason: `undeclared ${status}${snippet}` };
    return { category: 'undeclared status', kind: `undeclared status ${status}`, reason: `status ${status} not declared${snippet}` };
  }
  const hasBody = (rec.bodyBytes ?? body.length) > 0 && method !== 'head';
  const media = [...declared.content.keys()];
  if (!media.length) {
    if (hasBody) return { category: 'body violation', kind: 'body where none declared', reason: `${status} (${declared.key}) declares no content; got ${contentType ?? 'no content-type'}: ${body.slice(0, 120)}` };
    return { category: 'conforming' };
  }
  if (!hasBody) {
    if (status === 204 || status === 304 || method === 'head') return { category: 'conforming' };
    return { category: 'body violation', kind: 'empty body where content declared', reason: `${status} (${declared.key}) declares ${media.join(', ')}; got an empty body` };
  }
  if (!contentType) return { category: 'body violation', kind: 'no content-type', reason: `${status}: a body without content-type (declared ${media.join(', ')})` };
  const matched = matchMedia(media, contentType);
  if (matched === undefined) {
    return { category: 'body violation', kind: 'content-type not declared', reason: `${status}: content-type ${essence(contentType)} not among ${media.join(', ')}` };
  }
  if (!isJsonMedia(contentType)) return { category: 'conforming' };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return { category: 'body violation', kind: 'invalid JSON', reason: `${status}: ${(e as Error).message.slice(0, 120)}: ${body.slice(0, 80)}` };
  }
  const pointer = declared.content.get(matched);
  if (pointer === undefined) return { category: 'conforming' };
  const result = validator.validate(pointer, data);
  if ('error' in result) return { category: 'conforming', schemaError: result.error };
  if (result.ok) return { category: 'conforming' };
  const first = result.issues[0];
  // Counted by what was wrong, not where: property names and long literals left out.
  const what = (first?.message ?? 'invalid').replace(/ \[.*$/, '').replace(/'[^']*'/g, "'…'").replace(/"[^"]{24,}"/g, '"…"');
  return {
    category: 'body violation',
    kind: `body ${String(status)[0]}xx: ${what}`,
    reason: `${status} ${matched}: ${result.issues.slice(0, 3).map((i) => `${i.instancePath || '/'} ${i.message}`).join('; ')}${result.issues.length > 3 ? ` (+${result.issues.length - 3})` : ''}`,
    issues: result.issues.slice(0, 20),
  };
}
