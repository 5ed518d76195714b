import { createTwoFilesPatch } from 'diff';
import type { WritePlan } from './plan.ts';

export interface StaleFile {
  path: string;
  status: 'added' | 'changed' | 'removed';
  diff: string;
}

/** What `--check` reports: each file that differs from disk, with a short unified diff. */
export function staleFiles(plan: WritePlan, maxDiffLines = 40): StaleFile[] {
  const out: StaleFile[] = [];
  for (const f of plan.files) {
    if (f.status === 'unchanged') continue;
    out.push({ path: f.path, status: f.status, diff: shortDiff(f.path, f.previous ?? '', f.content, maxDiffLines) });
  }
  for (const r of plan.removed) out.push({ path: r.path, status: 'removed', diff: shortDiff(r.path, r.previous, '', maxDiffLines) });
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function shortDiff(file: string, before: string, after: string, maxLines: number): string {
  const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, '', '', { context: 2 });
  const lines = patch.split('\n').slice(2).filter((l) => !l.startsWith('====='));
  if (lines.length <= maxLines) return lines.join('\n').trimEnd();
  return [...lines.slice(0, maxLines), `... ${lines.length - maxLines} more diff lines`].join('\n');
}
