/**
 * The typed surface of one operation function: its `args` object, its body media and its result,
 * all in terms of the aliases of types.ts (`GetConnectionPathParameters`, `CreateConnectionRequestBody`,
 * `GetConnectionResponse200`...).
 */
import type { CodeBlockWriter } from 'ts-morph';
import { Code, id, key, trusted, ts } from '../../code/code.ts';
import { docText } from '../../code/text.ts';
import type { MediaModel, OperationModel, ParameterModel } from '../../model/types.ts';

export const isJson = (mediaType: string): boolean => /[/+]json\b/i.test(mediaType);
/** Media types the runtime reads as text (templates/runtime/client.ts `TEXT_TYPE`: the two must agree). */
export const isText = (mediaType: string): boolean =>
  /^text\/|[/+]xml\b|^application\/(?:x-)?(?:javascript|ecmascript|yaml|graphql|sql|www-form-urlencoded|ndjson|jsonl)\b|;\s*charset=/i.test(mediaType);
const isForm = (mediaType: string) => /^application\/x-www-form-urlencoded\b/i.test(mediaType);
const isMultipart = (mediaType: string) => /^multipart\/form-data\b/i.test(mediaType);

/** The media emit-types aliases: JSON with a schema, else the first with a schema. */
export function aliasedMedia(contents: MediaModel[]): MediaModel | undefined {
  return contents.find((c) => isJson(c.mediaType) && c.schema !== undefined) ?? contents.find((c) => c.schema !== undefined);
}

/** Parameters the client sends: all of them (cookies too: Node's fetch sends a Cookie header; browsers drop it). */
export function sentParameters(op: OperationModel): ParameterModel[] {
  return op.parameters;
}

/** One media type the request body may be sent in, with the TypeScript type of `body` for it. */
export interface BodyVariant {
  mediaType: string;
  type: Code;
  /** types.ts aliases the type names. */
  alias?: string;
}

export interface BodyShape {
  required: boolean;
  /** In preference order: JSON first (the default), then as declared. */
  variants: BodyVariant[];
  /** The `args` member choosing the media type, when there are several (`contentType`, unless a parameter has the name). */
  selector?: string;
  /** Uses openapi-typescript's `paths` (imported from types.ts). */
  usesPaths: boolean;
}

/** `NonNullable<paths['/pets']['post']['requestBody']>['content']['multipart/form-data']`. */
function contentRef(op: OperationModel, mediaType: string): Code {
  return ts`NonNullable<paths[${op.path}][${op.method}]['requestBody']>['content'][${mediaType}]`;
}

export function bodyShape(op: OperationModel): BodyShape | undefined {
  const rb = op.requestBody;
  if (!rb || !rb.contents.length) return undefined;
  const primary = aliasedMedia(rb.contents);
  let usesPaths = false;
  const variant = (m: MediaModel): BodyVariant => {
    const alias = `${op.typeName}RequestBody`;
    const typed = (): Code => {
      if (m === primary) return id(alias);
      usesPaths = true;
      return contentRef(op, m.mediaType);
    };
    const t = m.mediaType;
    if (isJson(t)) return m.schema !== undefined ? { mediaType: t, type: typed(), ...(m === primary ? { alias } : {}) } : { mediaType: t, type: trusted('unknown') };
    if (isForm(t)) {
      return { mediaType: t, type: m.schema !== undefined ? ts`${typed()} | URLSearchParams | string` : trusted('Record<string, unknown> | URLSearchParams | string'),
        ...(m === primary ? { alias } : {}) };
    }
    if (isMultipart(t)) {
      // openapi-typescript types `format: binary` as string: any property may be a Blob (File) too.
      const fields = m.schema !== undefined ? ts`{ [K in keyof ${typed()}]: ${typed()}[K] | Blob | readonly Blob[] }` : trusted('Record<string, unknown>');
      return { mediaType: t, type: ts`${fields} | FormData`, ...(m === primary ? { alias } : {}) };
    }
    if (/^text\//i.test(t)) return { mediaType: t, type: trusted('string') };
    return { mediaType: t, type: trusted('BodyInit') };
  };
  const json = rb.contents.filter((c) => isJson(c.mediaType));
  const preferred = json.find((c) => /^application\/json\b/i.test(c.mediaType)) ?? json[0] ?? rb.contents[0]!;
  const ordered = [preferred, ...rb.contents.filter((c) => c !== preferred)];
  const variants = ordered.map(variant);
  let selector: string | undefined;
  if (variants.length > 1) {
    selector = 'contentType';
    while (op.parameters.some((p) => p.identifier === selector)) selector += '_';
  }
  return { required: rb.required, variants, ...(selector ? { selector } : {}), usesPaths };
}

const where = (p: ParameterModel) => `${p.in[0]!.toUpperCase()}${p.in.slice(1)}`;

/** The type of one parameter: its member of the types.ts alias (cookies: of openapi-typescript's `paths`). */
function parameterType(op: OperationModel, p: ParameterModel): Code {
  if (p.in === 'cookie') return ts`NonNullable<paths[${op.path}][${op.method}]['parameters']['cookie']>[${p.name}]`;
  return ts`${id(`${op.typeName}${where(p)}Parameters`)}[${p.name}]`;
}

/** Whether the args type names openapi-typescript's `paths` (cookie parameters, bodies of other media types). */
export function usesPaths(op: OperationModel): boolean {
  return op.parameters.some((p) => p.in === 'cookie') || !!bodyShape(op)?.usesPaths;
}

/**
 * `{ connectionId: GetConnectionPathParameters['connectionId']; ... }`, each member with its
 * description; with several request media types, `& ({ contentType?: 'application/json'; body: ... } | ...)`.
 */
export function writeArgsType(w: CodeBlockWriter, op: OperationModel): void {
  const params = sentParameters(op);
  const body = bodyShape(op);
  if (!params.length && !body) {
    w.write('Record<string, never>');
    return;
  }
  const optional = body?.required ? '' : '?';
  const bodyDoc = op.requestBody?.description ? docText(op.requestBody.description) : '';
  const variants = body?.variants ?? [];
  if (params.length || variants.length === 1) {
    w.write('{').newLine();
    w.indent(() => {
      for (const p of params) {
        const doc = [p.description ? docText(p.description) : '', p.deprecated ? '@deprecated' : '', `\`${p.in}\` parameter \`${docText(p.name)}\`.`]
          .filter(Boolean).join('\n\n');
        writeDoc(w, doc);
        w.writeLine(ts`${key(p.identifier)}${trusted(p.required ? '' : '?')}: ${parameterType(op, p)};`.toString());
      }
      if (variants.length === 1) {
        if (bodyDoc) writeDoc(w, bodyDoc);
        w.writeLine(ts`body${trusted(optional)}: ${variants[0]!.type};`.toString());
      }
    });
    w.write('}');
  }
  if (variants.length > 1) {
    if (params.length) w.write(' & ');
    w.write('(');
    variants.forEach((v, i) => {
      if (i) w.write(' | ');
      w.write('{').newLine();
      w.indent(() => {
        writeDoc(w, i ? `Send the body as \`${docText(v.mediaType)}\`.` : `The body's media type: \`${docText(v.mediaType)}\` (the default), or another the operation accepts.`);
        w.writeLine(ts`${key(body!.selector!)}${trusted(i ? '' : '?')}: ${v.mediaType};`.toString());
        if (bodyDoc) writeDoc(w, bodyDoc);
        w.writeLine(ts`body${trusted(optional)}: ${v.type};`.toString());
      });
      w.write('}');
    });
    w.write(')');
  }
}

export function writeDoc(w: CodeBlockWriter, text: string): void {
  const lines = docText(text).split('\n');
  if (lines.length === 1) w.writeLine(`/** ${lines[0]} */`);
  else {
    w.writeLine('/**');
    for (const l of lines) w.writeLine(l ? ` * ${l}` : ' *');
    w.writeLine(' */');
  }
}

/** Whether every member of `args` may be left out (so `args` defaults to `{}`). */
export function argsOptional(op: OperationModel): boolean {
  const body = bodyShape(op);
  return sentParameters(op).every((p) => !p.required) && (!body || !body.required);
}

const is2xx = (status: string) => /^2(\d\d|XX)$/i.test(status);

/** The resolved value of the operation: the union of its 2xx bodies (`void` when none has one). */
export function resultType(op: OperationModel): string {
  const ok = op.responses.filter((r) => r.kind === 'success' && is2xx(r.status));
  if (!ok.length) return 'unknown';
  const types: string[] = [];
  let empty = false;
  for (const r of ok) {
    const media = aliasedMedia(r.contents);
    let t: string;
    if (media && isJson(media.mediaType)) t = `${op.typeName}Response${r.status.toUpperCase()}`;
    else if (r.contents.some((c) => isJson(c.mediaType))) t = 'unknown';
    else if (r.contents.length) {
      const text = r.contents.filter((c) => isText(c.mediaType)).length;
      t = text === r.contents.length ? 'string' : text ? 'string | Blob' : 'Blob';
    } else {
      empty = true;
      continue;
    }
    for (const one of t.split(' | ')) if (!types.includes(one)) types.push(one);
  }
  if (!types.length) return 'void';
  return empty ? [...types, 'undefined'].join(' | ') : types.join(' | ');
}

/** Aliases of types.ts the result type names. */
export function resultAliases(op: OperationModel): string[] {
  return resultType(op).split(' | ').filter((t) => t.startsWith(op.typeName));
}

/** Aliases of types.ts the args type names. */
export function argsAliases(op: OperationModel): string[] {
  const out = new Set(sentParameters(op).filter((p) => p.in !== 'cookie').map((p) => `${op.typeName}${where(p)}Parameters`));
  for (const v of bodyShape(op)?.variants ?? []) if (v.alias) out.add(v.alias);
  return [...out];
}
