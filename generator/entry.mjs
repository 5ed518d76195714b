// The package's main entry for plain Node: registers tsx, then exposes the TypeScript API.
import { register } from 'tsx/esm/api';

register();
const api = await import('./index.ts');

export const {
  generate, defineConfig, SpecError, formatDiagnostic, loadSpec, buildModel, generateTarget, renderTarget,
  compileValidator, compileValidators, diffSpecFiles, diffModels,
} = api;
