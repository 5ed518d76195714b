/**
 * Standalone runtime validator emitter: JSON Schema 2020-12 / OpenAPI 3.1 / OpenAPI 3.0 schemas ->
 * readable, dependency-free TypeScript (`isX`, `validateX`, Standard Schema `XSchema`) that imports its
 * helpers from the runtime modules `./runtime/validation.js` and `./runtime/formats.js`.
 */
import { buildValidatorModuleText, type ValidatorModuleText } from './module.ts';

export type Dialect = '2020-12' | 'openapi-3.1' | 'openapi-3.0';

export interface ValidatorEntry {
  /**
   * PascalCase base name, a safe identifier, unique; its exports are `is${name}`, `validate${name}`,
   * `${name}Schema` (see `validatorExportNames`), which must differ from every other entry's.
   */
  name: string;
  /** JSON pointer into `root` of the schema. */
  pointer: string;
  /** request: readOnly properties present => issue; response: writeOnly present => issue. Default 'any'. */
  mode?: 'request' | 'response' | 'any';
  /** Optional TS type to narrow to; absent => unknown. */
  type?: { from: string; name: string };
}

export interface ValidatorInput {
  root: unknown;
  entries: ValidatorEntry[];
  dialect: Dialect;
  /** One-line comment put at the top. */
  header?: string;
  /**
   * `format` handling. Default: 'annotate' for the bare '2020-12' dialect (the spec's default; the
   * format-assertion vocabulary is optional), 'assert' for OpenAPI dialects.
   */
  formats?: 'assert' | 'annotate';
}

/**
 * The validators module: plain text built by the code kit (megabytes on big specs; a ts-morph file
 * would only parse it to print it back), with its declarations written alongside.
 */
export function emitValidatorsModule(input: ValidatorInput): ValidatorModuleText {
  return buildValidatorModuleText([{ root: input.root, entries: input.entries }], input.dialect, input.header, input.formats);
}

export { compileValidator, compileValidators } from './compile-validator.ts';
/**
 * The runtime names an emitted module may have in scope (every export of templates/runtime/validation.ts
 * and formats.ts: public types, Standard Schema interface, helpers, constants; and the import names of
 * the values it copies), for a naming planner to keep entry and type names clear of them. Generated
 * functions and constants never take these, nor an entry's exports (`validatorExportNames`).
 */
export { VALIDATOR_RUNTIME_NAMES } from './runtime.ts';
export { validatorBaseName, validatorExportNames, type ValidatorModuleText } from './module.ts';
export type { Validator, CompileOptions } from './compile-validator.ts';
