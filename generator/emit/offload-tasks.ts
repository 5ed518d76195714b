/** What the offload worker runs: the same functions the main thread runs when there is no worker. */
export { isolatedDeclarations } from './package/compile.ts';
export { printOpenapiTypes, warmOpenapiTypes } from './types/openapi-types.ts';
