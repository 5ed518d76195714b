import { BaseResolver, Source, createConfig, lintDocument, type Document } from '@redocly/openapi-core';
import type { NormalizedProblem } from '@redocly/openapi-core/lib/walk.js';
import { SpecError, type Diagnostic } from './errors.ts';
import type { Bundled } from './bundle.ts';
import { officialSchemaViolations } from './official-schema.ts';
import type { SpecFiles } from './refs.ts';

/** A redocly resolver that reads nothing from disk: every file is already loaded and parsed. */
export function resolverFor(spec: SpecFiles): BaseResolver {
  const resolver = new BaseResolver();
  for (const [abs, file] of spec.files) {
    const doc: Document = { source: new Source(abs, file.text), parsed: file.value };
    resolver.cache.set(abs, Promise.resolve(doc));
  }
  return resolver;
}

export function rootDocument(spec: SpecFiles): Document {
  return { source: new Source(spec.root.absolutePath, spec.root.text), parsed: spec.root.value };
}

/** The OpenAPI versions we generate from. */
export function checkVersion(spec: SpecFiles): '3.0' | '3.1' {
  const doc = spec.root.value as Record<string, unknown> | null;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new SpecError('not-openapi', 'not an OpenAPI document: the root must be a mapping', spec.root.locate(''));
  }
  if ('swagger' in doc) {
    throw new SpecError('unsupported-version', `unsupported version: Swagger ${String(doc.swagger)}`, spec.root.locate('/swagger'),
      'convert it to OpenAPI 3 first (e.g. swagger2openapi)');
  }
  const version = typeof doc.openapi === 'string' ? doc.openapi : undefined;
  const m = version ? /^3\.([01])\.\d+(-.+)?$/.exec(version) : null;
  if (!m) {
    throw new SpecError('unsupported-version',
      version === undefined ? 'missing `openapi` version field' : `unsupported OpenAPI version '${version}': specgen reads 3.0.x and 3.1.x`,
      spec.root.locate(version === undefined ? '' : '/openapi'));
  }
  return m[1] === '0' ? '3.0' : '3.1';
}

type Rules = Record<string, 'error' | 'warn' | 'off' | Record<string, unknown>>;

/** Structural validation against the OpenAPI 3.0/3.1 object model (redocly's `struct` rule). */
export const STRUCTURE_RULES: Rules = { struct: 'error', 'no-unresolved-refs': 'error' };
/** What `specgen lint` asks of a spec people publish. */
export const LINT_RULES: Rules = {
  'no-invalid-media-type-examples': { severity: 'error', allowAdditionalProperties: false },
  'no-invalid-schema-examples': 'error',
  'operation-operationId-unique': 'error',
};

export async function lintSpec(spec: SpecFiles, rules: Rules, extendsRecommended = false): Promise<Diagnostic[]> {
  const config = await createConfig({ extends: extendsRecommended ? ['recommended'] : [], rules } as never);
  const problems = await lintDocument({ document: rootDocument(spec), config: config.styleguide, externalRefResolver: resolverFor(spec) });
  return problems.map((p) => toDiagnostic(p, spec));
}

function toDiagnostic(problem: NormalizedProblem, spec: SpecFiles): Diagnostic {
  const loc = problem.location[0];
  const file = loc ? spec.files.get(loc.source.absoluteRef) : undefined;
  const pointer = loc?.pointer?.replace(/^#/, '') ?? '';
  const where = file ? file.locate(pointer) : { file: spec.root.displayPath, pointer };
  return {
    severity: problem.severity === 'error' ? 'error' : 'warning',
    code: problem.ruleId,
    message: problem.message,
    ...where,
    ...(problem.suggest?.length ? { hint: `did you mean: ${problem.suggest.join(', ')}?` } : {}),
  };
}

/**
 * Redocly's struct rule is stricter than the OpenAPI schemas in a few places. What the official
 * schema accepts stays a warning, so every valid spec generates.
 */
const STRICTER_THAN_THE_STANDARD = [/^The `type` field must be defined when the `nullable` field is used\.$/];

/**
 * Structural validation. The official OpenAPI schema (ajv, compiled once) decides quickly; only a
 * spec it rejects is walked by redocly's struct rule, whose messages name the exact node and
 * offer suggestions. The first error is thrown, located.
 */
export async function validateStructure(spec: SpecFiles, bundled: Bundled, version: '3.0' | '3.1'): Promise<Diagnostic[]> {
  const violations = officialSchemaViolations(bundled.document, version);
  if (violations.length === 0) return [];
  const diagnostics = (await lintSpec(spec, STRUCTURE_RULES)).map((d) =>
    STRICTER_THAN_THE_STANDARD.some((re) => re.test(d.message)) ? { ...d, severity: 'warning' as const } : d,
  );
  // Redocly names the node better, but has false positives of its own (a property called
  // `constructor`...): only trust an error of its that sits where the official schema failed.
  const failing = violations.map((v) => bundled.origins.locate(v.pointer));
  const first = diagnostics.find((d) => d.severity === 'error' &&
    failing.some((f) => f.file === d.file && (d.pointer ?? '').startsWith(f.pointer ?? '')));
  if (first) throw new SpecError(first.code, `invalid OpenAPI: ${first.message}`, first, first.hint);
  const v = violations[0]!;
  throw new SpecError('struct', `invalid OpenAPI ${version}: ${v.message}`, bundled.origins.locate(v.pointer));
}
