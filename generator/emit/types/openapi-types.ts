import type { GlobalContext, OpenAPI3 } from 'openapi-typescript';
import { prepareForOpenapiTypescript, type PrepareWarning } from './prepare.ts';

/** What openapi-typescript printed, and what the pre-pass had to give up to let it. */
export interface OpenapiTypes {
  text: string;
  warnings: PrepareWarning[];
}

type Transform = (schema: OpenAPI3, ctx: GlobalContext) => unknown[];
interface OtsModules {
  transformSchema: Transform;
  scanDiscriminators: (schema: OpenAPI3, options: { silent: boolean }) => GlobalContext['discriminators'];
  resolveRef: <T>(schema: unknown, ref: string, options: { silent: boolean }) => T | undefined;
  astToString: (ast: never) => string;
}

let modules: Promise<OtsModules> | undefined;

/**
 * openapi-typescript's transform and printer, without its front end: `openapiTS()` first runs
 * redocly's resolver, linter and bundler over the document (two full walks, about half of its time
 * on big specs), which specgen's loader has already done, offline. The modules are its own
 * (`exports` maps `./*`), loaded once.
 */
function otsModules(): Promise<OtsModules> {
  modules ??= Promise.all([
    import('openapi-typescript/dist/transform/index.mjs' as string),
    import('openapi-typescript/dist/lib/utils.mjs' as string),
    import('openapi-typescript/dist/lib/ts.mjs' as string),
  ]).then(([transform, utils, ts]) => ({
    transformSchema: transform.default,
    scanDiscriminators: utils.scanDiscriminators,
    resolveRef: utils.resolveRef,
    astToString: ts.astToString,
  }));
  return modules;
}

/** The options openapi-typescript's CLI uses by default, with specgen's choices (`alphabetize`, `exportType`: off). */
function contextFor(schema: OpenAPI3, m: OtsModules): GlobalContext {
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: m.scanDiscriminators(schema, { silent: true }),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: <T>($ref: string) => m.resolveRef<T>(schema, $ref, { silent: true }),
  } as unknown as GlobalContext;
}

/**
 * openapi-typescript's types for the already validated, bundled document. It gets a fresh copy
 * (the loader promises a never-mutated document) that the pre-pass has made printable (see
 * prepare.ts); no resolver runs, so nothing can be fetched.
 */
export async function openapiTypes(document: Record<string, unknown>): Promise<OpenapiTypes> {
  const prepared = prepareForOpenapiTypescript(document);
  return { text: await printOpenapiTypes(prepared.document), warnings: prepared.warnings };
}

/** Loads openapi-typescript's modules ahead of the first document (the offload thread's warm-up). */
export async function warmOpenapiTypes(): Promise<void> {
  await otsModules();
}

/** openapi-typescript's text for a document the pre-pass has prepared (it is read, not changed). */
export async function printOpenapiTypes(prepared: Record<string, unknown>): Promise<string> {
  const m = await otsModules();
  const schema = prepared as unknown as OpenAPI3;
  return m.astToString(m.transformSchema(schema, contextFor(schema, m)) as never);
}

export async function openapiTypesText(document: Record<string, unknown>): Promise<string> {
  return (await openapiTypes(document)).text;
}
