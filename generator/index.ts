/** specgen's programmatic API. */
export { generate, type GenerateOptions, type GenerateSummary } from './api.ts';
export { defineConfig, type SpecgenConfig } from './config.ts';
export { SpecError, formatDiagnostic, type Diagnostic, type Located } from './load/errors.ts';
export { loadSpec, type LoadedSpec } from './load/index.ts';
export { buildModel } from './model/build.ts';
export type * from './model/types.ts';
export { generateTarget, renderTarget, type GenerateResult, type GenerateTarget } from './pipeline.ts';
export { compileValidator, compileValidators } from './emit/validators/index.ts';
export { diffSpecFiles } from './diff/command.ts';
export { diffModels } from './diff/diff-specs.ts';
export type { ApiChange, ApiDiff, SemverBump } from './diff/types.ts';
