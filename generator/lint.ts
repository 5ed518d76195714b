import { formatDiagnostic } from './load/errors.ts';
import { loadSpecFiles } from './load/refs.ts';
import { LINT_RULES, lintSpec } from './load/validate.ts';

/** `specgen lint`: redocly's recommended rules plus examples validated against their schemas. */
export async function lintCommand(specPath: string, warningsFail: boolean): Promise<number> {
  const spec = await loadSpecFiles(specPath);
  const problems = await lintSpec(spec, LINT_RULES, true);
  for (const p of problems) console.log(formatDiagnostic(p));
  const failing = problems.filter((p) => p.severity === 'error' || warningsFail);
  console.log(problems.length === 0 ? `${spec.root.displayPath}: no problems` : `${problems.length} problem(s)`);
  return failing.length ? 2 : 0;
}
