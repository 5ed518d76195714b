/**
 * Groups the failures of a corpus run by cause: status, step, file of the first error, TS code and
 * the first error's text with names and numbers blanked out. Markdown on stdout.
 *
 *   node --import tsx bench/corpus/report.ts [--tool specgen] [--out .tmp/corpus]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, type CheckResult } from './check.ts';

const { values } = parseArgs({ options: { tool: { type: 'string', default: 'specgen' }, out: { type: 'string', default: '.tmp/corpus' } } });
const file = path.resolve(ROOT, values.out!, `results-${values.tool}.json`);
const { results } = JSON.parse(await readFile(file, 'utf8')) as { results: CheckResult[] };

/** The shape of a message: quoted text, numbers and positions blanked. */
export function shapeOf(message: string): string {
  return message
    .replace(/^.*?error (TS\d+): /, '')
    .replace(/^\S+:\d+:\d+ /, '')
    .replace(/'[^']*'/g, "'…'")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/`[^`]*`/g, '`…`')
    .replace(/\b\d+(\.\d+)?\b/g, 'N')
    .slice(0, 160);
}

const groups = new Map<string, CheckResult[]>();
for (const r of results) {
  if (r.status === 'ok') continue;
  const key = [r.status, r.step ?? '', r.file ?? '', r.code ?? '', shapeOf(r.error ?? '')].join(' | ');
  groups.set(key, [...(groups.get(key) ?? []), r]);
}
const ok = results.filter((r) => r.status === 'ok').length;
console.log(`# ${values.tool}: ${ok} passed, ${results.length - ok} failed of ${results.length}\n`);
console.log('| # | status | step | file | code | first error (shape) | examples |');
console.log('|---|---|---|---|---|---|---|');
for (const [key, rs] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length)) {
  const [status, step, f, code, shape] = key.split(' | ');
  console.log(`| ${rs.length} | ${status} | ${step} | ${f} | ${code} | ${shape!.replace(/\|/g, '\\|')} | ${rs.slice(0, 3).map((r) => r.path).join(', ')} |`);
}
console.log('\n## every failure\n');
for (const r of results.filter((x) => x.status !== 'ok')) {
  const files = r.errorFiles ? ` [${Object.entries(r.errorFiles).map(([k, v]) => `${k}: ${v}`).join(', ')}]` : '';
  const codes = r.errorCodes ? ` {${Object.entries(r.errorCodes).map(([k, v]) => `${k}: ${v}`).join(', ')}}` : '';
  console.log(`- ${r.path}: ${r.status}${files}${codes}\n  ${(r.error ?? '').slice(0, 300)}`);
}
