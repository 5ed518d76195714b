/** What every emitter is: a function from the model to files, never touching the disk. */
import type { Project } from 'ts-morph';
import type { ApiModel } from '../model/types.ts';

export interface EmittedFile {
  /** POSIX path relative to the output directory. */
  path: string;
  content: string;
  /** TypeScript with declarations only (no values): its `.d.ts` is the file itself, its `.js` empty. */
  typesOnly?: boolean;
  /** Its `.d.ts`, when the emitter wrote it directly (else the compile step derives it). */
  declarations?: string;
}

export interface EmitContext {
  project: Project;
  /** One-line header for generated TypeScript files (without the comment marker). */
  header: string;
  /** The spec path as seen from the output directory (stable wherever specgen runs). */
  specPath: string;
  packageName: string;
  /** Sample data options of the mock (GenerateTarget.mockData). */
  mockData: { optionalRate?: number; seed?: string | number };
  /** Where openapi-typescript runs (a worker thread, emit/offload.ts); default: this thread. */
  offload?: { types(prepared: Record<string, unknown>): Promise<string> };
  /** Time each named step (the pipeline reports them). */
  time<T>(step: string, work: () => T): T;
}

export type Emitter = (model: ApiModel, ctx: EmitContext) => Promise<EmittedFile[]> | EmittedFile[];
