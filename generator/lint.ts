import { formatDiagnostic } from './load/errors.ts';
import { loadSpecFiles } from './load/refs.ts';
import { LINT_RULES, lintSpec } from './load/validate.ts';
import { payloadDiagnostics, specLabelWarnings } from './lint/graph-labels.ts';

export interface LintOptions {
  /** A connection schema payload (JSON) to check instead of the spec: its rule violations and missing semantic labels. */
  connectorSchema?: string;
}

/**
 * `specgen lint`: redocly's recommended rules plus examples validated against their schemas, plus the
 * semantic-label guidance on connection schema examples (lint/graph-labels.ts). With `connectorSchema`,
 * the payload file is checked instead of the spec. Exit 2 on errors, and on warnings with `warningsFail`.
 */
export async function lintCommand(specPath: string, warningsFail: boolean, options: LintOptions = {}): Promise<number> {
  let problems;
  let subject: string;
  if (options.connectorSchema !== undefined) {
    problems = await payloadDiagnostics(options.connectorSchema);
    subject = options.connectorSchema;
  } else {
    const spec = await loadSpecFiles(specPath);
    problems = [...(await lintSpec(spec, LINT_RULES, true)), ...specLabelWarnings(spec)];
    subject = spec.root.displayPath;
  }
  for (const p of problems) console.log(formatDiagnostic(p));
  const failing = problems.filter((p) => p.severity === 'error' || warningsFail);
  console.log(problems.length === 0 ? `${subject}: no problems` : `${problems.length} problem(s)`);
  return failing.length ? 2 : 0;
}
