import { loadSpec } from '../load/index.ts';
import { buildModel } from '../model/build.ts';
import { diffModels, formatDiff } from './diff-specs.ts';
import type { ApiDiff } from './types.ts';

export async function diffSpecFiles(oldSpec: string, newSpec: string): Promise<ApiDiff> {
  const [a, b] = await Promise.all([loadSpec(oldSpec), loadSpec(newSpec)]);
  return diffModels(buildModel(a), buildModel(b));
}

/** `specgen diff OLD NEW`: exit 0, or 1 with --fail-on-breaking when a change breaks clients. */
export async function diffCommand(oldSpec: string, newSpec: string, opts: { json?: boolean; failOnBreaking?: boolean }): Promise<number> {
  const diff = await diffSpecFiles(oldSpec, newSpec);
  console.log(opts.json ? JSON.stringify(diff, null, 2) : formatDiff(diff));
  return opts.failOnBreaking && diff.bump === 'major' ? 1 : 0;
}
