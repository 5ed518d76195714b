/**
 * Conventions profiles: what a spec's text cannot say about its API's conventions, opted into with
 * `x-specgen-profile` on the spec's root (docs/profiles.md). Without a profile the mock follows the
 * spec alone (response.ts). A profile replaces some of those rules; the table is open to more
 * profiles (JSON:API, Stripe-style lists) without touching the engine.
 */
import { DEFAULT_ERROR_CODES, type MockError } from './errors.js';
import type { JsonObject, MockOperation } from './spec.js';

/** A body the profile answers with: JSON value, its status and headers. */
export interface ProfileAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export interface MockProfile {
  /** Headers on every answer (request ids), given the request. */
  headers?(request: Request, requestId: string): Record<string, string>;
  /** Every error answer, in place of the spec's error responses. */
  error?(error: MockError, op: MockOperation | undefined, context: { requestId: string; clientRequestId: string; now: number }): ProfileAnswer;
  /** Query parameter carrying the position in `link` paging (default `page_token`). */
  pageToken?: string;
  /** The member as the caller asked to see it (`$select`). */
  select?(op: MockOperation, url: URL, value: JsonObject): JsonObject;
  /**
   * A context annotation put first in the JSON object answer of a read, create or list: the
   * resource's template (collection, or singleton) with the request's path parameters.
   */
  context?(where: ContextPlace): { name: string; value: string } | undefined;
}

/** Where an answer's entity or collection lives. */
export interface ContextPlace {
  /** The request's origin (the mock's own). */
  origin: string;
  basePath: string;
  /** Collection template (`/a/{aId}/b`) or singleton template of the resource. */
  template: string;
  params: Record<string, string>;
  /** One member (`$entity`) or the collection. */
  entity: boolean;
}

/**
 * OData's context URL of an entity set path: `{origin}{base}/$metadata#a('1')/b` plus `/$entity` for
 * one member. Each key parameter becomes a key segment of the segment before it.
 */
export function odataContext(where: ContextPlace): string {
  const parts: string[] = [];
  for (const segment of where.template.split('/').filter(Boolean)) {
    const param = /^\{([^}]+)\}$/.exec(segment)?.[1];
    if (param !== undefined && parts.length) {
      const key = Object.prototype.hasOwnProperty.call(where.params, param) ? where.params[param]! : '';
      parts[parts.length - 1] += `('${key.replace(/'/g, "''")}')`;
    } else parts.push(segment);
  }
  return `${where.origin}${where.basePath}/$metadata#${parts.join('/')}${where.entity ? '/$entity' : ''}`;
}

/** Graph writes `innerError.date` in UTC to the second. */
export function errorDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

/** Microsoft Graph / OData: the error envelope, `request-id`/`client-request-id`, `$skiptoken`, `$select`. */
const GRAPH: MockProfile = {
  headers: (request, requestId) => ({ 'request-id': requestId, 'client-request-id': request.headers.get('client-request-id') ?? requestId }),
  error: (error, _op, { requestId, clientRequestId, now }) => ({
    status: error.status,
    headers: error.headers,
    body: {
      error: {
        // The spec's examples name codes per status; else Graph's usual code for the status.
        code: error.code === 'error' ? DEFAULT_ERROR_CODES[error.status] ?? 'error' : error.code,
        message: error.message,
        ...(error.details.length ? { details: error.details } : {}),
        innerError: { date: errorDate(now), 'request-id': requestId, 'client-request-id': clientRequestId },
      },
    },
  }),
  pageToken: '$skiptoken',
  context: (where) => ({ name: '@odata.context', value: odataContext(where) }),
  select(op, url, value) {
    const wanted = op.params.some((p) => p.in === 'query' && p.name === '$select') ? url.searchParams.get('$select') : null;
    if (!wanted) return value;
    const keys = new Set(wanted.split(',').map((s) => s.trim()));
    return Object.fromEntries(Object.entries(value).filter(([k]) => keys.has(k) || k.startsWith('@odata.')));
  },
};

export const PROFILES: Record<string, MockProfile> = { graph: GRAPH };

/** The profile of a spec (`{}` without one: the spec's own rules). */
export function profileOf(name: string | undefined): MockProfile {
  return (name !== undefined && Object.prototype.hasOwnProperty.call(PROFILES, name) ? PROFILES[name] : undefined) ?? {};
}
