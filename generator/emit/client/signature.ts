/**
 * The typed surface of one operation function: its `args` object, its body media and its result,
 * all in terms of the aliases of types.ts (`GetConnectionPathParameters`, `CreateConnectionRequestBody`,
 * `GetConnectionResponse200`...).
 */
import type { CodeBlockWriter } from 'ts-morph';
import { id, key, trusted, ts } from '../../code/code.ts';
import { docText } from '../../code/text.ts';
import type { MediaModel, OperationModel, ParameterModel } from '../../model/types.ts';

const isJson = (mediaType: string) => /[/+]json\b/i.test(mediaType);

/** The media emit-types aliases: JSON with a schema, else the first with a schema. */
export function aliasedMedia(contents: MediaModel[]): MediaModel | undefined {
  return contents.find((c) => isJson(c.mediaType) && c.schema !== undefined) ?? contents.find((c) => c.schema !== undefined);
}

/** Parameters the client sends (cookies are left to the caller's `headers`/fetch: browsers forbid setting them). */
export function sentParameters(op: OperationModel): ParameterModel[] {
  return op.parameters.filter((p) => p.in !== 'cookie');
}

export interface BodyShape {
  type: string;
  required: boolean;
  /** Media type when the body is sent as given (not JSON). */
  raw?: string;
  alias?: string;
}

export function bodyShape(op: OperationModel): BodyShape | undefined {
  const rb = op.requestBody;
  if (!rb || !rb.contents.length) return undefined;
  const media = aliasedMedia(rb.contents);
  if (media && isJson(media.mediaType)) {
    const alias = `${op.typeName}RequestBody`;
    return { type: alias, alias, required: rb.required };
  }
  const json = rb.contents.find((c) => isJson(c.mediaType));
  if (json) return { type: 'unknown', required: rb.required };
  return { type: 'BodyInit', required: rb.required, raw: rb.contents[0]!.mediaType };
}

const where = (p: ParameterModel) => `${p.in[0]!.toUpperCase()}${p.in.slice(1)}`;

/** `{ connectionId: GetConnectionPathParameters['connectionId']; ... }`, each member with its description. */
export function writeArgsType(w: CodeBlockWriter, op: OperationModel): void {
  const params = sentParameters(op);
  const body = bodyShape(op);
  if (!params.length && !body) {
    w.write('Record<string, never>');
    return;
  }
  w.write('{').newLine();
  w.indent(() => {
    for (const p of params) {
      const doc = [p.description ? docText(p.description) : '', p.deprecated ? '@deprecated' : '', `\`${p.in}\` parameter \`${docText(p.name)}\`.`]
        .filter(Boolean).join('\n\n');
      writeDoc(w, doc);
      w.writeLine(ts`${key(p.identifier)}${trusted(p.required ? '' : '?')}: ${id(`${op.typeName}${where(p)}Parameters`)}[${p.name}];`.toString());
    }
    if (body) {
      const doc = op.requestBody?.description ? docText(op.requestBody.description) : '';
      if (doc) writeDoc(w, doc);
      w.writeLine(`body${body.required ? '' : '?'}: ${body.type};`);
    }
  });
  w.write('}');
}

function writeDoc(w: CodeBlockWriter, text: string): void {
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
    else if (r.contents.length) t = r.contents.every((c) => /^text\//i.test(c.mediaType)) ? 'string' : 'Blob';
    else {
      empty = true;
      continue;
    }
    if (!types.includes(t)) types.push(t);
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
  const out = new Set(sentParameters(op).map((p) => `${op.typeName}${where(p)}Parameters`));
  const body = bodyShape(op);
  if (body?.alias) out.add(body.alias);
  return [...out];
}
