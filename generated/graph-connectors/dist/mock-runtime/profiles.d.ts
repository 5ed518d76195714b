/**
 * Conventions profiles: what a spec's text cannot say about its API's conventions, opted into with
 * `x-specgen-profile` on the spec's root (docs/profiles.md). Without a profile the mock follows the
 * spec alone (response.ts). A profile replaces some of those rules; the table is open to more
 * profiles (JSON:API, Stripe-style lists) without touching the engine.
 */
import { type MockError } from './errors.js';
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
    error?(error: MockError, op: MockOperation | undefined, context: {
        requestId: string;
        clientRequestId: string;
        now: number;
    }): ProfileAnswer;
    /** Query parameter carrying the position in `link` paging (default `page_token`). */
    pageToken?: string;
    /** The member as the caller asked to see it (`$select`). */
    select?(op: MockOperation, url: URL, value: JsonObject): JsonObject;
    /**
     * A context annotation put first in the JSON object answer of a read, create or list: the
     * resource's template (collection, or singleton) with the request's path parameters.
     */
    context?(where: ContextPlace): {
        name: string;
        value: string;
    } | undefined;
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
export declare function odataContext(where: ContextPlace): string;
/** Graph writes `innerError.date` in UTC to the second. */
export declare function errorDate(ms: number): string;
export declare const PROFILES: Record<string, MockProfile>;
/** The profile of a spec (`{}` without one: the spec's own rules). */
export declare function profileOf(name: string | undefined): MockProfile;
