import { createRequire } from 'node:module';
import { SpecError, type Diagnostic, type Located } from './errors.ts';
import { splitPointer, joinPointer } from './pointer.ts';

interface ConvertOptions {
  patch: boolean;
  warnOnly: boolean;
  resolve: boolean;
  resolveInternal: boolean;
  direct: boolean;
  text: string;
  fetch: () => Promise<never>;
  patches?: number;
}

interface Swagger2OpenApi {
  convertObj(swagger: unknown, options: ConvertOptions): Promise<Record<string, unknown>>;
}

const require = createRequire(import.meta.url);

/**
 * Convert a bundled Swagger 2.0 document (only local `$ref`s left: specgen's loader read, checked
 * and bundled every file first) to OpenAPI 3.0 with swagger2openapi, loaded only on this path.
 * `resolve: false` keeps its resolver (oas-resolver) from following any ref, so it reads no file and
 * fetches nothing; a `fetch` that refuses is handed over all the same.
 */
export async function convertSwagger2(
  document: Record<string, unknown>,
  text: string,
  where: (pointer: string) => Located,
): Promise<{ document: Record<string, unknown>; warning: Diagnostic }> {
  const s2o = require('swagger2openapi') as Swagger2OpenApi;
  const { version } = require('swagger2openapi/package.json') as { version: string };
  const options: ConvertOptions = {
    patch: true,
    warnOnly: false,
    resolve: false,
    resolveInternal: false,
    direct: true,
    text,
    fetch: () => Promise.reject(new Error('specgen never fetches')),
  };
  let converted: Record<string, unknown>;
  try {
    converted = await s2o.convertObj(structuredClone(document), options);
  } catch (err) {
    const message = (err as Error).message.split('\n')[0];
    throw new SpecError('swagger-conversion', `cannot convert Swagger 2.0 to OpenAPI 3.0: ${message}`, where('/swagger'),
      'fix the Swagger 2.0 document, or convert it to OpenAPI 3 yourself');
  }
  const fixes = options.patches ? `, ${options.patches} fix(es) applied on the way` : '';
  return {
    document: converted,
    warning: {
      severity: 'warning',
      code: 'converted-swagger',
      message: `Swagger 2.0 converted to OpenAPI ${String(converted.openapi)} by swagger2openapi ${version}${fixes}; ` +
        'the generated package and its openapi.json describe the converted document',
      ...where('/swagger'),
      hint: 'convert the spec to OpenAPI 3 (e.g. `npx swagger2openapi`) to review and own the result',
    },
  };
}

/** Where a pointer of the converted document was written in the Swagger 2.0 source (the nearest equivalent). */
export function swaggerSourcePointer(pointer: string): string {
  const s = splitPointer(pointer);
  const renamed: Record<string, string> = { schemas: 'definitions', parameters: 'parameters', responses: 'responses', securitySchemes: 'securityDefinitions' };
  if (s[0] === 'components' && s[1] && renamed[s[1]]) return joinPointer('', renamed[s[1]]!, ...s.slice(2));
  if (s[0] === 'components') return '';
  if (s[0] === 'paths' && s.length > 3) {
    // /paths/p/get/requestBody/...  -> the operation's parameters
    if (s[3] === 'requestBody') return joinPointer('', ...s.slice(0, 3), 'parameters');
    // /paths/p/get/responses/200/content/<type>/schema/... -> /paths/p/get/responses/200/schema/...
    if (s[3] === 'responses' && s[5] === 'content' && s.length > 7) return joinPointer('', ...s.slice(0, 5), ...s.slice(7));
  }
  if (s[0] === 'servers') return '/host';
  return pointer;
}
