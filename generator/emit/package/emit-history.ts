import { BUMP_ORDER, diffModels, versionBump } from '../../diff/diff-specs.ts';
import type { ApiDiff } from '../../diff/types.ts';
import type { Diagnostic } from '../../load/errors.ts';
import type { ApiModel } from '../../model/types.ts';
import type { EmittedFile } from '../types.ts';
import { renderTemplate } from './emit-package.ts';

/** What the previous generation left in the output directory (read by the pipeline, not by emitters). */
export interface PreviousGeneration {
  /** The model of the bundled spec it was generated from (`openapi.json`). */
  model?: ApiModel;
  /** The previous bundled document is this one (same hash): no change to report. */
  sameSpec?: boolean;
  changelog?: string;
}

const CHANGELOG_TITLE = '# Changelog\n';

/**
 * `openapi.json` (the bundled spec, kept in the output directory as the base of the next diff; not shipped) and
 * `CHANGELOG.md`: when the spec changed since the last generation, a new entry listing the API
 * changes, and a warning when `info.version` did not move as far as they require.
 */
export function emitHistory(model: ApiModel, previous: PreviousGeneration): { files: EmittedFile[]; warnings: Diagnostic[] } {
  const bundled = JSON.stringify(model.document, null, 2) + '\n';
  const files: EmittedFile[] = [{ path: 'openapi.json', content: bundled }];
  const warnings: Diagnostic[] = [];
  const unchanged = previous.sameSpec || (previous.model && JSON.stringify(previous.model.document) === JSON.stringify(model.document));
  if (unchanged && previous.changelog) {
    files.push({ path: 'CHANGELOG.md', content: previous.changelog });
    return { files, warnings };
  }
  const diff = previous.model ? diffModels(previous.model, model) : undefined;
  const moved = diff ? versionBump(diff.from.version, diff.to.version) : 'major';
  const needed = diff?.bump ?? 'none';
  const underBumped = diff !== undefined && BUMP_ORDER.indexOf(moved) < BUMP_ORDER.indexOf(needed);
  if (underBumped) {
    warnings.push({
      severity: 'warning',
      code: 'version-not-bumped',
      message: `the API changes call for a ${needed} release, but info.version went ${diff.from.version} -> ${diff.to.version} (${moved === 'none' ? 'no bump' : `a ${moved} bump`})`,
      file: model.versionLocation.file,
      ...(model.versionLocation.line !== undefined ? { line: model.versionLocation.line, column: model.versionLocation.column } : {}),
      pointer: '/info/version',
      hint: `bump info.version (${needed}); \`specgen diff\` lists the changes`,
    });
  }
  const entry = renderTemplate('changelog-entry.md.hbs', entryData(model, diff, underBumped));
  const rest = previous.changelog?.startsWith(CHANGELOG_TITLE) ? previous.changelog.slice(CHANGELOG_TITLE.length).replace(/^\n+/, '') : '';
  files.push({ path: 'CHANGELOG.md', content: `${CHANGELOG_TITLE}\n${entry}${rest ? `\n${rest}` : ''}` });
  return { files, warnings };
}

function entryData(model: ApiModel, diff: ApiDiff | undefined, underBumped: boolean) {
  return {
    version: model.version,
    initial: !diff,
    noChanges: diff !== undefined && diff.changes.length === 0,
    from: diff?.from.version,
    bump: diff?.bump,
    underBumped,
    breaking: diff?.changes.filter((c) => c.kind === 'breaking').map((c) => `${c.where}: ${c.message}`) ?? [],
    other: diff?.changes.filter((c) => c.kind !== 'breaking').map((c) => `${c.where}: ${c.message}`) ?? [],
    operations: model.operations.length,
    schemas: model.schemas.length,
  };
}
