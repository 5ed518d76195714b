import { bundleSpec, type Origins } from './bundle.ts';
import type { Diagnostic } from './errors.ts';
import { loadSpecFiles } from './refs.ts';
import { checkVersion, validateStructure } from './validate.ts';

export interface LoadedSpec {
  /** The root file as people name it. */
  rootFile: string;
  /** Every file the spec is made of (absolute paths), for watch mode. */
  files: string[];
  /** The `openapi` major.minor. */
  version: '3.0' | '3.1';
  /** The bundled document: one object, only local `$ref`s. Never mutated. */
  document: Record<string, unknown>;
  /** Where each bundled pointer was written. */
  origins: Origins;
  /** Non-fatal findings. */
  warnings: Diagnostic[];
}

/** load: read YAML/JSON (multi-file via `$ref`), check every ref, validate the structure, bundle. */
export async function loadSpec(rootPath: string): Promise<LoadedSpec> {
  const spec = await loadSpecFiles(rootPath);
  const version = checkVersion(spec);
  const bundled = await bundleSpec(spec);
  const warnings = await validateStructure(spec, bundled, version);
  const { document, origins } = bundled;
  return { rootFile: spec.root.displayPath, files: [...spec.files.keys()], version, document, origins, warnings };
}

export { SpecError, formatDiagnostic, type Diagnostic, type Located } from './errors.ts';
