import { createConfig, type Config } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';

let quietConfig: Promise<Config> | undefined;

/**
 * openapi-typescript's Node API on the already validated, bundled document. It is handed a
 * redocly config without rules: specgen has linted and bundled already, so the second pass is a walk.
 */
export async function openapiTypesText(document: Record<string, unknown>): Promise<string> {
  quietConfig ??= createConfig({ extends: [], rules: {} } as never);
  const ast = await openapiTS(document as never, {
    redocly: await quietConfig,
    silent: true,
    alphabetize: false,
    exportType: false,
  });
  return astToString(ast);
}
