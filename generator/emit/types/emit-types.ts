import { docText, jsDocBlock, stringLiteral } from '../../code/text.ts';
import { primaryMedia } from '../../model/media.ts';
import type { ApiModel, OperationModel } from '../../model/types.ts';
import type { EmitContext, EmittedFile } from '../types.ts';
import { printOpenapiTypes } from './openapi-types.ts';
import { prepareForOpenapiTypescript } from './prepare.ts';
import { SpecError } from '../../load/errors.ts';
import type { PrepareWarning } from './prepare.ts';

/**
 * `src/openapi.ts`: openapi-typescript's output, passed on as text.
 * `src/types.ts`: readable names for it — one alias per component schema and per operation part.
 * `warnings` receives what the pre-pass had to give up (pointers into `model.document`).
 */
export async function emitTypes(model: ApiModel, ctx: EmitContext, warnings?: PrepareWarning[]): Promise<EmittedFile[]> {
  const prepared = ctx.time('types:prepare', () => prepareForOpenapiTypescript(model.document));
  warnings?.push(...prepared.warnings);
  // Started now, awaited last: on a worker thread (ctx.offload) it runs while the aliases below and the other emitters do.
  const printing = (ctx.offload?.types ?? printOpenapiTypes)(prepared.document).catch((err: Error) => {
    // openapi-typescript has no located errors of its own: say where we were and what it said.
    throw new SpecError('types-failed', `unsupported: openapi-typescript could not type this document: ${err.message.split('\n')[0]}`,
      model.locate(''), 'please report it with the spec (or a reduced one)');
  });
  printing.catch(() => {}); // the error surfaces where it is awaited

  // One line per alias (with its JSDoc): finished text from the code kit, as ts-morph would print it,
  // without building and printing thousands of structures on big specs.
  const aliases = ctx.time('types:aliases', () => joinLines([
    `// ${ctx.header}`,
    "import type { components, operations, paths } from './openapi.js';",
    "export type { components, operations, paths } from './openapi.js';",
    ...model.schemas.map((s) => aliasText(s.typeName, `components['schemas'][${stringLiteral(s.key)}]`, docsOf(s.description, s.deprecated))),
    ...model.operations.flatMap((op) => operationAliases(op).map((a) => aliasText(a.name, a.type, a.doc))),
  ]));
  // openapi-typescript's printer gives finished text: it is passed on as it is (a ts-morph source
  // file here would only parse megabytes to hand back the same string).
  const raw = await ctx.time('types:openapi-typescript', () => printing);
  return [
    { path: 'src/openapi.ts', content: `// ${ctx.header}\n\n${raw}`, typesOnly: true },
    { path: 'src/types.ts', content: aliases, typesOnly: true },
  ];
}

function docsOf(description: string | undefined, deprecated: boolean): string | undefined {
  const parts = [description ? docText(description) : '', deprecated ? '@deprecated' : ''].filter(Boolean);
  return parts.length ? parts.join('\n\n') : undefined;
}

/** `export type Name = type;` after its JSDoc, if any (`name` is a planned identifier, `type` code-kit text). */
function aliasText(name: string, type: string, doc: string | undefined): string {
  return `${doc ? `${jsDocBlock(doc)}\n` : ''}export type ${name} = ${type};`;
}

function joinLines(lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** `paths['/x']['get']`: works for operations with and without an operationId. */
export function operationTypeRef(op: OperationModel): string {
  return `paths[${stringLiteral(op.path)}][${stringLiteral(op.method)}]`;
}


/** Parameters, body and responses of one operation under readable names. */
export function operationAliases(op: OperationModel): { name: string; type: string; doc?: string }[] {
  const base = operationTypeRef(op);
  const out: { name: string; type: string; doc?: string }[] = [];
  const alias = (suffix: string, type: string, doc?: string) => out.push({ name: `${op.typeName}${suffix}`, type, ...(doc ? { doc: docText(doc) } : {}) });
  const summary = op.summary ?? op.operationId;
  for (const where of ['path', 'query', 'header'] as const) {
    if (op.parameters.some((p) => p.in === where)) {
      alias(`${where[0]!.toUpperCase()}${where.slice(1)}Parameters`, `NonNullable<${base}['parameters'][${stringLiteral(where)}]>`, `${where} parameters of: ${summary}`);
    }
  }
  const body = primaryMedia(op.requestBody?.contents);
  if (body) alias('RequestBody', `NonNullable<${base}['requestBody']>['content'][${stringLiteral(body.mediaType)}]`, `Request body of: ${summary}`);
  for (const r of op.responses) {
    const media = primaryMedia(r.contents);
    if (!media) continue;
    const suffix = r.status === 'default' ? 'DefaultResponse' : `Response${r.status.toUpperCase()}`;
    alias(suffix, `${base}['responses'][${/^\d+$/.test(r.status) ? r.status : stringLiteral(r.status)}]['content'][${stringLiteral(media.mediaType)}]`,
      `${r.status} response of: ${summary}`);
  }
  return out;
}
