import { pathToFileURL } from 'node:url';
import { BaseResolver, Source, createConfig, lintDocument, type Document } from '@redocly/openapi-core';
import type { NormalizedProblem } from '@redocly/openapi-core/lib/walk.js';
import { SpecError, type Diagnostic } from './errors.ts';
import type { Bundled } from './bundle.ts';
import { officialSchemaViolations } from './official-schema.ts';
import { joinPointer } from './pointer.ts';
import { makeSite, type SpecFiles } from './refs.ts';

/**
 * A redocly resolver that reads nothing from disk and fetches nothing: every file is already loaded,
 * checked and parsed, and refs map to them by specgen's own rules (`file:` URLs are paths). Anything
 * else (an `$id`, an example's `externalValue`...) stays unresolved for redocly.
 */
class LoadedFilesResolver extends BaseResolver {
  constructor(private readonly spec: SpecFiles) {
    super();
    for (const [abs, file] of spec.files) {
      const doc: Document = { source: new Source(abs, file.text), parsed: file.value };
      this.cache.set(abs, Promise.resolve(doc));
    }
  }

  override resolveExternalRef(base: string | null, ref: string): string {
    const from = base ? this.spec.files.get(base) : undefined;
    if (!from) return ref;
    try {
      const url = pathToFileURL(from.absolutePath);
      const site = makeSite(from, '', ref, url, url);
      return site.targetFile ?? site.uri ?? ref;
    } catch {
      return ref;
    }
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    throw new Error(`not loaded by specgen (it reads only the spec's checked files and never fetches): ${absoluteRef}`);
  }
}

export function resolverFor(spec: SpecFiles): BaseResolver {
  return new LoadedFilesResolver(spec);
}

export function rootDocument(spec: SpecFiles): Document {
  return { source: new Source(spec.root.absolutePath, spec.root.text), parsed: spec.root.value };
}

/** The version a document declares, and how specgen reads it. */
export interface SpecVersion {
  /** As written: `2.0`, `3.0.3`, `3.2.0`... */
  declared: string;
  /** The semantics specgen generates with: 3.2 is read as 3.1 (its additions are refused). */
  version: '3.0' | '3.1';
  /** Swagger 2.0: converted to OpenAPI 3.0 once bundled. */
  swagger: boolean;
}

/** The versions we generate from: Swagger 2.0 (converted), OpenAPI 3.0.x, 3.1.x and 3.2.x (read as 3.1). */
export function checkVersion(spec: SpecFiles): SpecVersion {
  const doc = spec.root.value as Record<string, unknown> | null;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new SpecError('not-openapi', 'not an OpenAPI document: the root must be a mapping', spec.root.locate(''));
  }
  if ('swagger' in doc) {
    if (doc.swagger === '2.0') return { declared: '2.0', version: '3.0', swagger: true };
    throw new SpecError('unsupported-version', `unsupported version: Swagger ${String(doc.swagger)}`, spec.root.locate('/swagger'),
      'specgen reads Swagger 2.0 (swagger: "2.0", converted to OpenAPI 3.0) and OpenAPI 3.0.x, 3.1.x and 3.2.x');
  }
  const version = typeof doc.openapi === 'string' ? doc.openapi : undefined;
  const m = version ? /^3\.([012])\.\d+(-.+)?$/.exec(version) : null;
  if (!m) {
    throw new SpecError('unsupported-version',
      version === undefined ? 'missing `openapi` version field' : `unsupported OpenAPI version '${version}': specgen reads 3.0.x, 3.1.x and 3.2.x`,
      spec.root.locate(version === undefined ? '' : '/openapi'));
  }
  return { declared: version!, version: m[1] === '0' ? '3.0' : '3.1', swagger: false };
}

/**
 * OpenAPI 3.2 is read with 3.1 semantics; what 3.2 added that the model cannot represent is refused,
 * located: the `query` method, `additionalOperations`, sequential media types (`itemSchema`,
 * `itemEncoding`, `prefixEncoding`) and `in: querystring` parameters. Walks the bundled document
 * iteratively; locations through `origins`.
 */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum', 'value']);

export function refuse32Additions(bundled: Bundled): void {
  const unsupported = (what: string, pointer: string): never => {
    throw new SpecError('unsupported-3.2', `unsupported: ${what} (new in OpenAPI 3.2)`, bundled.origins.locate(pointer),
      'specgen reads OpenAPI 3.2 with 3.1 semantics and cannot generate this yet; describe it with what OpenAPI 3.1 has');
  };
  const doc = bundled.document;
  const pathItems: [unknown, string][] = [];
  for (const section of ['paths', 'webhooks'] as const) {
    const items = doc[section];
    if (items && typeof items === 'object') {
      for (const [name, item] of Object.entries(items)) pathItems.push([item, joinPointer(`/${section}`, name)]);
    }
  }
  const components = doc.components as Record<string, unknown> | undefined;
  if (components?.pathItems && typeof components.pathItems === 'object') {
    for (const [name, item] of Object.entries(components.pathItems)) pathItems.push([item, joinPointer('/components/pathItems', name)]);
  }
  for (const [item, pointer] of pathItems) {
    if (!item || typeof item !== 'object') continue;
    if ('query' in item) unsupported('the `query` method', joinPointer(pointer, 'query'));
    if ('additionalOperations' in item) unsupported('`additionalOperations`', joinPointer(pointer, 'additionalOperations'));
  }
  // Media Type and Parameter Objects can sit anywhere (components, callbacks...): look at every object.
  const stack: [unknown, string][] = [[doc, '']];
  while (stack.length) {
    const [node, pointer] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (!Array.isArray(node)) {
      const obj = node as Record<string, unknown>;
      const inContent = /\/content\/[^/]+$/.test(pointer) || /\/components\/mediaTypes\/[^/]+$/.test(pointer);
      if (inContent) {
        for (const k of ['itemSchema', 'itemEncoding', 'prefixEncoding']) {
          if (k in obj) unsupported(`sequential media types (\`${k}\`)`, joinPointer(pointer, k));
        }
      }
      if (obj.in === 'querystring' && /\/parameters\/[^/]+$/.test(pointer)) {
        unsupported('`in: querystring` parameters', joinPointer(pointer, 'in'));
      }
    }
    for (const [k, child] of Object.entries(node)) {
      if (DATA_KEYS.has(k) && !(k === 'examples' && !Array.isArray(child))) continue;
      if (child && typeof child === 'object') stack.push([child, joinPointer(pointer, k)]);
    }
  }
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
export async function validateStructure(spec: SpecFiles, bundled: Bundled, version: SpecVersion): Promise<Diagnostic[]> {
  // 3.2 is checked against the 3.1 schema (no official 3.2 schema is installed): with its own version it could not pass.
  const document = version.declared.startsWith('3.2') ? { ...bundled.document, openapi: '3.1.0' } : bundled.document;
  const violations = officialSchemaViolations(document, version.version);
  if (violations.length === 0) return [];
  const label = version.swagger ? 'OpenAPI 3.0 (converted from Swagger 2.0)' : `OpenAPI ${version.declared.startsWith('3.2') ? '3.2 (checked as 3.1)' : version.version}`;
  if (version.swagger) {
    // redocly would lint the Swagger source while the violation is in the converted document.
    const v = violations[0]!;
    throw new SpecError('struct', `invalid ${label}: ${v.message} (at #${v.pointer} of the converted document)`, bundled.origins.locate(v.pointer));
  }
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
  throw new SpecError('struct', `invalid ${label}: ${v.message}`, bundled.origins.locate(v.pointer));
}
