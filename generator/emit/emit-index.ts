import type { ApiModel } from '../model/types.ts';
import type { EmitContext, EmittedFile } from './types.ts';

/** `src/index.ts`: the package's main entry, re-exporting what the other emitters produced. */
export function emitIndex(_model: ApiModel, ctx: EmitContext, modules: string[]): EmittedFile[] {
  const statements = [`// ${ctx.header}`, ...modules.map((m) => m === 'types' ? `export type * from './${m}.js';` : `export * from './${m}.js';`)];
  const file = ctx.project.createSourceFile('src/index.ts', { statements }, { overwrite: true });
  return [{ path: 'src/index.ts', content: file.getFullText() }];
}
