/** Runs JSON-Schema-Test-Suite files through compileValidators (one module per file) and ajv. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileValidator, compileValidators, type Validator } from '../../../generator/emit/validators/compile-validator.ts';
import type { Dialect } from '../../../generator/emit/validators/index.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SUITE_DIR = path.resolve(REPO_ROOT, '../shared/json-schema-test-suite');

export function requireSuite(): string {
  if (!existsSync(path.join(SUITE_DIR, 'tests'))) {
    throw new Error(
      `JSON Schema Test Suite not found at ${SUITE_DIR} (expected ../shared/json-schema-test-suite relative to the repo root). ` +
        'Clone https://github.com/json-schema-org/JSON-Schema-Test-Suite there.',
    );
  }
  return SUITE_DIR;
}

export interface SuiteTest {
  description: string;
  data: unknown;
  valid: boolean;
}
export interface SuiteGroup {
  description: string;
  schema: unknown;
  tests: SuiteTest[];
}

export type Outcome = 'pass' | 'fail' | 'remote' | 'excluded';
export interface CaseResult {
  file: string;
  key: string;
  outcome: Outcome;
  detail?: string;
}

export function caseKey(file: string, group: string, test: string): string {
  return `${file} :: ${group} :: ${test}`;
}

export function loadSuite(draft: string): { file: string; groups: SuiteGroup[] }[] {
  const dir = path.join(requireSuite(), 'tests', draft);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f.replace(/\.json$/, ''), groups: JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as SuiteGroup[] }));
}

const REMOTE_ERROR = /not part of the document/;

/** Our results for one file. Remote-needing schemas (unresolvable refs) are reported as 'remote'. */
export async function runOurs(file: string, groups: SuiteGroup[], dialect: Dialect, exclude?: (g: SuiteGroup) => string | null): Promise<CaseResult[]> {
  const validators: (Validator | Error | string)[] = new Array(groups.length);
  const included = groups.map((g, i) => [g, i] as const).filter(([g, i]) => {
    const why = exclude?.(g) ?? null;
    if (why) validators[i] = why;
    return !why;
  });
  try {
    const compiled = await compileValidators(included.map(([g]) => g.schema), { dialect });
    included.forEach(([, i], j) => (validators[i] = compiled[j]!));
  } catch {
    for (const [g, i] of included) {
      try {
        validators[i] = await compileValidator(g.schema, { dialect });
      } catch (e) {
        validators[i] = e as Error;
      }
    }
  }
  const out: CaseResult[] = [];
  groups.forEach((g, i) => {
    const v = validators[i]!;
    for (const t of g.tests) {
      const key = caseKey(file, g.description, t.description);
      if (typeof v === 'string') out.push({ file, key, outcome: 'excluded', detail: v });
      else if (v instanceof Error) out.push({ file, key, outcome: REMOTE_ERROR.test(v.message) ? 'remote' : 'fail', detail: v.message });
      else {
        let ok: boolean;
        let detail: string | undefined;
        try {
          const fast = v(t.data);
          const full = v.validate(t.data).ok;
          ok = fast === t.valid && full === t.valid;
          if (!ok) detail = `expected ${t.valid}, is=${fast}, validate=${full}`;
        } catch (e) {
          ok = false;
          detail = String(e);
        }
        out.push({ file, key, outcome: ok ? 'pass' : 'fail', detail });
      }
    }
  });
  return out;
}
