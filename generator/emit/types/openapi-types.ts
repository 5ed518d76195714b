import { createConfig, type Config } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import { prepareForOpenapiTypescript, type PrepareWarning } from './prepare.ts';

let offlineConfig: Promise<Config> | undefined;

/** What openapi-typescript printed, and what the pre-pass had to give up to let it. */
export interface OpenapiTypes {
  text: string;
  warnings: PrepareWarning[];
}

/** redocly's HTTP resolver calls this instead of `fetch`: specgen never touches the network. */
async function refuseFetch(url: unknown): Promise<never> {
  throw new Error(`specgen does not fetch remote $refs (${String(url)})`);
}

/**
 * A redocly config without rules (specgen has linted and bundled already, so the second pass is a
 * walk) whose resolver refuses every remote ref. The pre-pass drops non-local refs before redocly
 * sees them; this is the second line.
 */
export function offlineRedoclyConfig(): Promise<Config> {
  offlineConfig ??= createConfig({ extends: [], rules: {} } as never).then((c) => {
    c.resolve = { http: { headers: [], customFetch: refuseFetch } };
    return c;
  });
  return offlineConfig;
}

/**
 * openapi-typescript's Node API on the already validated, bundled document. It gets a fresh copy
 * (its bundler edits what it is given; the loader promises a never-mutated document) that the
 * pre-pass has made printable (see prepare.ts).
 */
export async function openapiTypes(document: Record<string, unknown>): Promise<OpenapiTypes> {
  const prepared = prepareForOpenapiTypescript(document);
  const ast = await openapiTS(prepared.document as never, {
    redocly: await offlineRedoclyConfig(),
    silent: true,
    alphabetize: false,
    exportType: false,
  });
  return { text: astToString(ast), warnings: prepared.warnings };
}

export async function openapiTypesText(document: Record<string, unknown>): Promise<string> {
  return (await openapiTypes(document)).text;
}
