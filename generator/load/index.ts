import { createHash } from 'node:crypto';
import { bundleSpec, type Origins } from './bundle.ts';
import { SpecError, type Diagnostic } from './errors.ts';
import { LIMITS, LIMITS_HINT } from './limits.ts';
import { currentLoadOptions, type LoadOptions } from './policy.ts';
import { loadSpecFiles } from './refs.ts';
import { valueShape } from './shape.ts';
import { convertSwagger2, swaggerSourcePointer } from './swagger.ts';
import { checkVersion, refuse32Additions, validateStructure } from './validate.ts';

export interface LoadedSpec {
  /** The root file as people name it. */
  rootFile: string;
  /** Every file the spec is made of (absolute paths), for watch mode. */
  files: string[];
  /** sha256 of each file's text as read, in the order of `files`: what the next run compares to skip work. */
  fileHashes: string[];
  /** The OpenAPI semantics of `document`: 3.2 documents are read as 3.1, Swagger 2.0 ones are converted to 3.0. */
  version: '3.0' | '3.1';
  /** The version the root file declares (`2.0`, `3.0.3`, `3.2.0`...). */
  declaredVersion: string;
  /** The bundled document: one object, only local `$ref`s. Never mutated. */
  document: Record<string, unknown>;
  /** Where each bundled pointer was written. */
  origins: Origins;
  /** Non-fatal findings. */
  warnings: Diagnostic[];
}

/**
 * load: read YAML/JSON (multi-file via `$ref`, within the allowed directories and limits), check
 * every ref, bundle, convert Swagger 2.0, validate the structure. Reads nothing else and never
 * fetches. Options default to those of an enclosing `withLoadOptions`.
 */
export async function loadSpec(rootPath: string, options: LoadOptions = currentLoadOptions()): Promise<LoadedSpec> {
  const spec = await loadSpecFiles(rootPath, options);
  const version = checkVersion(spec);
  let bundled = await bundleSpec(spec);
  const warnings: Diagnostic[] = [];
  if (version.swagger) {
    const { document, warning } = await convertSwagger2(bundled.document, spec.root.text, (p) => spec.root.locate(p));
    bundled = { document, origins: bundled.origins.converted(swaggerSourcePointer) };
    warnings.push(warning);
  }
  // Bundling and conversion copy what they inline: measure the result too before anything recursive reads it.
  const shape = valueShape(bundled.document, LIMITS.nodeBudgetFloor + LIMITS.nodeBudgetPerByte * totalBytes(spec.files));
  if (shape.tooDeep !== undefined) {
    throw new SpecError('too-deep', `refused: the bundled document is nested more than ${LIMITS.maxDepth} levels deep`,
      bundled.origins.locate(shape.tooDeep), LIMITS_HINT);
  }
  if (shape.overBudget) {
    throw new SpecError('too-large', 'refused: the bundled document expands beyond the node budget of its files', spec.root.locate(''), LIMITS_HINT);
  }
  if (version.declared.startsWith('3.2')) refuse32Additions(bundled);
  warnings.push(...(await validateStructure(spec, bundled, version)));
  const { document, origins } = bundled;
  return {
    rootFile: spec.root.displayPath, files: [...spec.files.keys()],
    fileHashes: [...spec.files.values()].map((f) => createHash('sha256').update(f.text).digest('hex')), version: version.version, declaredVersion: version.declared,
    document, origins, warnings,
  };
}

function totalBytes(files: Map<string, { text: string }>): number {
  let bytes = 0;
  for (const file of files.values()) bytes += Buffer.byteLength(file.text, 'utf8');
  return bytes;
}

export { SpecError, formatDiagnostic, type Diagnostic, type Located } from './errors.ts';
export { LIMITS } from './limits.ts';
export { withLoadOptions, type LoadOptions } from './policy.ts';
