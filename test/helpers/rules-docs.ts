/**
 * docs/graph-mock-rules.json and the "Every rule" table of docs/graph-mock-rules.md, rendered from
 * MOCK_RULES (templates/mock-runtime/rules.ts). `node --import tsx test/helpers/rules-docs.ts --write`
 * (npm run docs:rules) rewrites both; the rule-list test fails when they differ from the render.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MOCK_RULES } from '../../templates/mock-runtime/rules.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RULES_JSON = path.join(ROOT, 'docs/graph-mock-rules.json');
export const RULES_MD = path.join(ROOT, 'docs/graph-mock-rules.md');
const HEADING = '## Every rule';

export function renderRulesJson(): string {
  return `${JSON.stringify(MOCK_RULES, null, 2)}\n`;
}

const esc = (s: string) => s.replace(/\|/g, '\\|');

/** The page with its "Every rule" section (the last one) rendered from MOCK_RULES. */
export function renderRulesMarkdown(current: string): string {
  const at = current.indexOf(HEADING);
  if (at < 0) throw new Error(`${RULES_MD}: no '${HEADING}' section`);
  const rows = MOCK_RULES.map((r) => `| \`${r.id}\` | ${esc(r.what)}${r.note ? ` *${esc(r.note)}*` : ''} | ${r.kind} | ${r.status} | \`${esc(r.code)}\` | ${esc(r.reference)} | ${esc(r.enforcedBy)} |`);
  return `${current.slice(0, at)}${HEADING}\n\n| Id | What | Kind | Status | Code | Reference | Enforced by |\n|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv.includes('--write')) {
  writeFileSync(RULES_JSON, renderRulesJson());
  writeFileSync(RULES_MD, renderRulesMarkdown(readFileSync(RULES_MD, 'utf8')));
  console.log(`wrote ${path.relative(ROOT, RULES_JSON)} and ${path.relative(ROOT, RULES_MD)} (${MOCK_RULES.length} rules)`);
}
