/** A problem in the input, located as precisely as we can: file, line, column and JSON pointer. */
export interface Located {
  /** Path of the file, relative to the working directory when inside it. */
  file: string;
  line?: number;
  column?: number;
  /** RFC 6901 JSON pointer inside `file`, '' for the document root. */
  pointer?: string;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic extends Located {
  severity: Severity;
  code: string;
  message: string;
  hint?: string;
}

/** One clear, located error. The CLI prints it and exits 2. */
export class SpecError extends Error {
  readonly diagnostic: Diagnostic;
  constructor(code: string, message: string, where: Located, hint?: string) {
    super(message);
    this.name = 'SpecError';
    this.diagnostic = { severity: 'error', code, message, ...where, ...(hint ? { hint } : {}) };
  }
}

/** `file:line:col error[code]: message (at #/pointer)` — the one format for every error and warning. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = [d.file, d.line, d.column].filter((p) => p !== undefined).join(':');
  const pointer = d.pointer !== undefined ? ` (at #${d.pointer})` : '';
  const hint = d.hint ? `\n  hint: ${d.hint}` : '';
  return `${place} ${d.severity}[${d.code}]: ${d.message}${pointer}${hint}`;
}
