/**
 * The parameter codec's description of a parameter (templates/runtime/params.ts `ParamSpec`), from
 * the model: the client serialises and the mock parses every parameter with it, so both read one
 * description.
 */
import type { ParamSpec, ScalarType } from '../../templates/runtime/params.ts';
import { resolveSchema } from '../model/resolve.ts';
import { jsonTypeOf, topProperties } from '../model/schema-facts.ts';
import type { ParameterModel } from '../model/types.ts';

const SCALAR_TYPES: ReadonlySet<string> = new Set(['string', 'integer', 'number', 'boolean']);
const scalar = (t: string | undefined): ScalarType | undefined => (t !== undefined && SCALAR_TYPES.has(t) ? t as ScalarType : undefined);

/** Scalar types of an object parameter's properties (deepObject, form objects). */
function propertyTypes(document: Record<string, unknown>, schema: unknown): Record<string, ScalarType> | undefined {
  const node = resolveSchema(document, schema);
  if (!node) return undefined;
  const out: Record<string, ScalarType> = {};
  for (const [name, prop] of topProperties(document, node)) {
    const t = scalar(jsonTypeOf(document, prop).jsonType);
    if (t) Object.defineProperty(out, name, { value: t, enumerable: true, writable: true, configurable: true });
  }
  return Object.keys(out).length ? out : undefined;
}

/** The codec's description of a parameter (templates/runtime/params.ts), shared with the client. */
export function paramSpec(document: Record<string, unknown>, p: Pick<ParameterModel, 'name' | 'in' | 'style' | 'explode' | 'allowReserved' | 'jsonType' | 'itemsType' | 'schema'>): ParamSpec {
  const items = scalar(p.itemsType);
  const properties = p.jsonType === 'object' ? propertyTypes(document, p.schema) : undefined;
  return {
    name: p.name,
    in: p.in,
    style: p.style as NonNullable<ParamSpec['style']>,
    explode: p.explode,
    ...(p.allowReserved ? { allowReserved: true } : {}),
    type: p.jsonType,
    ...(items ? { items } : {}),
    ...(properties ? { properties } : {}),
  };
}

