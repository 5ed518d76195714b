import { emitValidatorsModule, type ValidatorEntry } from './validators/index.ts';
import { runtimeModulesOf } from './validators/runtime.ts';
import { runtimeFiles } from './runtime-files.ts';
import { joinPointer } from '../load/pointer.ts';
import { primaryMedia } from '../model/media.ts';
import type { ApiModel, OperationModel } from '../model/types.ts';
import type { EmitContext, EmittedFile } from './types.ts';

/** Where the synthetic parameter-object schemas live inside the validators' root document. */
const PARAMETERS_KEY = 'x-specgen-parameter-objects';

/**
 * `src/validators.ts`: a validator for every component schema and for every operation's
 * parameters (one object per location), request body and responses. Names follow the type
 * aliases of types.ts, so `validateCreateConnectionRequestBody` narrows to `CreateConnectionRequestBody`.
 * Its helpers are the runtime modules it imports (`src/runtime/validation.ts`, and
 * `src/runtime/formats.ts` when a schema asserts a format), shipped by `runtimeFiles`.
 */
export function emitValidators(model: ApiModel, ctx: EmitContext): EmittedFile[] {
  const { entries, parameterObjects } = validatorEntries(model);
  const root = { ...model.document, [PARAMETERS_KEY]: parameterObjects };
  const module = emitValidatorsModule({
    root,
    entries,
    dialect: model.openapi === '3.0' ? 'openapi-3.0' : 'openapi-3.1',
    header: ctx.header,
  });
  // the runtime modules the file imports or re-exports from (the public types always come from validation.ts)
  return [
    { path: 'src/validators.ts', content: module.source, declarations: module.declarations },
    ...runtimeFiles(runtimeModulesOf(module.runtimeSpecifiers), ctx.header),
  ];
}

export function validatorEntries(model: ApiModel): { entries: ValidatorEntry[]; parameterObjects: Record<string, unknown> } {
  const entries: ValidatorEntry[] = model.schemas.map((s) => ({
    name: s.typeName,
    pointer: s.pointer,
    mode: 'any',
    type: { from: './types.js', name: s.typeName },
  }));
  const parameterObjects: Record<string, unknown> = {};
  for (const op of model.operations) {
    for (const where of ['path', 'query', 'header'] as const) {
      const params = op.parameters.filter((p) => p.in === where);
      if (!params.length) continue;
      const name = `${op.typeName}${where[0]!.toUpperCase()}${where.slice(1)}Parameters`;
      parameterObjects[name] = parameterObjectSchema(params);
      entries.push({ name, pointer: joinPointer('', PARAMETERS_KEY, name), mode: 'request', type: { from: './types.js', name } });
    }
    const body = primaryMedia(op.requestBody?.contents);
    if (body?.schemaPointer) {
      const name = `${op.typeName}RequestBody`;
      entries.push({ name, pointer: body.schemaPointer, mode: 'request', type: { from: './types.js', name } });
    }
    for (const r of op.responses) {
      const media = primaryMedia(r.contents);
      if (!media?.schemaPointer) continue;
      const name = `${op.typeName}${r.status === 'default' ? 'DefaultResponse' : `Response${r.status.toUpperCase()}`}`;
      entries.push({ name, pointer: media.schemaPointer, mode: 'response', type: { from: './types.js', name } });
    }
  }
  return { entries, parameterObjects };
}


/** A `$ref` to a pointer, or undefined when the pointer cannot be a URI fragment (a lone surrogate in a name). */
function refTo(pointer: string): { $ref: string } | undefined {
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(pointer)) return undefined;
  return { $ref: `#${pointer.split('/').map((s) => encodeURIComponent(s)).join('/')}` };
}

/** The parameters of one location as one object schema; each property refers to the parameter's own schema. */
function parameterObjectSchema(params: OperationModel['parameters']): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const p of params) properties[p.name] = refTo(p.pointer) ?? p.schema;
  return { type: 'object', properties, required: params.filter((p) => p.required).map((p) => p.name) };
}
