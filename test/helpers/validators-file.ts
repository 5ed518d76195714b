import type { Project, SourceFile } from 'ts-morph';
import { emitValidatorsModule, type ValidatorInput } from '../../generator/emit/validators/index.ts';

/**
 * The emitted validators module as a ts-morph source file in `project`, for tests that type-check it
 * with other in-memory files or walk its functions. The emitter itself hands over plain text.
 */
export function emitValidatorsFile(project: Project, filePath: string, input: ValidatorInput): SourceFile {
  return project.createSourceFile(filePath, emitValidatorsModule(input).source, { overwrite: true });
}
