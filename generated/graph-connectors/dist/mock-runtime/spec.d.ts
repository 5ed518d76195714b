/**
 * The facts a generated mock runs on: emitted as JSON data by generator/emit/mocks, read here.
 * Nothing in it is code: paths are templates, names are looked up in tables.
 */
import type { PageNext } from '../runtime/paging.js';
import type { ParamSpec } from '../runtime/params.js';
import type { MockIdRule } from './ids.js';
export type JsonObject = {
    [key: string]: unknown;
};
/**
 * Writes under a spec- or request-controlled key as an own data property: `obj[key] = v` with the
 * key `__proto__` would set the object's prototype instead of a property.
 */
export declare function setOwn(target: object, key: string, value: unknown): void;
/** An own property's value, never an inherited one (`__proto__`, `constructor`, `toString`). */
export declare function getOwn<T>(target: Readonly<Record<string, T>>, key: string): T | undefined;
/** A parameter: how its text is parsed (the codec shared with the client, ../runtime/params.ts). */
export type MockParam = ParamSpec;
/** A security scheme as the mock checks it (components.securitySchemes). */
export interface MockSecurityScheme {
    type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
    /** apiKey: where, under which name. */
    in?: 'header' | 'query' | 'cookie';
    name?: string;
    /** http: `basic`, `bearer`, or another scheme name sent as `Authorization: <scheme> <value>` (lower case). */
    scheme?: string;
}
/**
 * An operation's security: alternatives, any one of which is enough; each lists the schemes it needs
 * (all of them) with scopes. An empty alternative (`{}` in the spec) lets anonymous calls through.
 * No alternatives at all: the operation is open.
 */
export type MockSecurity = {
    scheme: string;
    scopes: string[];
}[][];
/** How a body of a media type is read or written. */
export type MockMediaKind = 'json' | 'form' | 'multipart' | 'text' | 'binary';
/** A request media type the operation accepts. */
export interface MockRequestMedia {
    /** The declared media type (`application/json`, `multipart/form-data`, `image/*`). */
    type: string;
    kind: MockMediaKind;
    /** form / multipart: how each field's text is read (as query parameters are) before validation. */
    fields?: Record<string, MockParam>;
    /** Validator of the decoded body (`validateXxx`), when it has a schema the validators cover. */
    validator?: string;
}
/** A value the server sets, never the request (readOnly properties and `x-specgen-mock.initial`). */
export interface MockServerSet {
    /** Fixed initial value. */
    initial?: unknown;
    /** Or minted: a seeded UUID or the clock's time. */
    mint?: 'uuid' | 'timestamp';
}
export interface MockResource {
    /** Path template of the collection (`/a/{aId}/b`) or of the singleton (`/a/{aId}/settings`). */
    template: string;
    kind: 'collection' | 'singleton';
    /** Property holding the id of each member (collections). */
    key: string;
    /** How ids of new members are minted (from the key property's schema). */
    id: MockIdRule;
    /**
     * Index into `MockSpec.examples`: an object of valid values for the member's required properties,
     * set on a new member where the request left them out (so what is stored answers its own schema).
     */
    fill?: number;
    /** Human name used in error messages (`connection`). */
    label: string;
    serverSet: Record<string, MockServerSet>;
    /**
     * OwnedBy visibility; `deniedStatus`: the status answered when such a caller touches a member it
     * cannot see (404 without it; lists are filtered either way).
     */
    ownership?: {
        ownedScopes: string[];
        sharedWith?: string;
        deniedStatus?: number;
    };
}
export interface MockRequirement {
    /** Item path template of the resource whose property is checked. */
    target: string;
    property: string;
    in: unknown[];
    status: number;
    code: string;
    /** Upserts: the gate applies only when the write creates the member, or only when it replaces one. */
    when?: 'create' | 'replace';
}
/**
 * Per-element results: each element of the request's array (at `items`) is checked by the named
 * behaviour; the answer holds one result per element at `at`, the element plus `error` (`null`, or
 * `{ code, message }`), with the first declared success when all passed, else `partial`.
 */
export interface MockResults {
    items: string[];
    behaviour: string;
    at: string[];
    partial: number;
}
export interface MockLongRunning {
    /** Collection template of the status resources. */
    statusCollection: string;
    statusProperty: string;
    pending: string;
    succeeded: string;
    failed: string;
    errorProperty?: string;
    locationHeader: string;
    delayMs: number;
    /** Behaviour that decides failure (its issues become the status resource's error). */
    behaviour?: string;
    /** Property writes on other resources (item path templates) once the operation succeeded. */
    onSucceeded: {
        target: string;
        property: string;
        value: unknown;
    }[];
    /** `Retry-After` (seconds) on a status answer while it is pending: polls before it are early (ledger). */
    retryAfterSeconds?: number;
}
export type MockAction = 'create' | 'list' | 'read' | 'upsert' | 'update' | 'delete' | 'example' | 'batch';
/** A declared response body: media type, how it is written, and the answer when no state fills it. */
export interface MockBody {
    /** Media type sent as `content-type` (a wildcard declaration becomes a concrete type). */
    type: string;
    kind: MockMediaKind;
    /** Index into `MockSpec.examples`: JSON text (json), the text itself (text), base64 (binary). */
    example: number;
    /** The example is the spec's own (answered as written), not a sample built from the schema. */
    given?: boolean;
}
/**
 * Where stored state goes in a body: the member itself, the member inside a wrapper (at a property
 * path of the example), or the list's items (at a path; `[]` = the body is the array).
 */
export type MockShape = {
    kind: 'member';
} | {
    kind: 'wrapper';
    at: string[];
} | {
    kind: 'items';
    at: string[];
};
/** A response the operation declares. */
export interface MockResponse {
    /** As declared: `200`, `2XX`, `default`. */
    status: string;
    /** The status code answered for it (`2XX` -> 200, `default` -> the status asked for). */
    code: number;
    body?: MockBody;
    shape?: MockShape;
    /** Errors: the path of a plain string property that carries the mock's message. */
    message?: string[];
    /** Errors: the path of a plain integer property that carries the HTTP status (`status`, `code`). */
    statusAt?: string[];
    /** Headers it declares (required ones), with example values. */
    headers: Record<string, string>;
    /** `validateXxx` of its JSON body (strict mode checks every answer with it). */
    validator?: string;
}
/**
 * How the mock pages a list: the client's own paging description (the client follows exactly what
 * the mock writes), plus what a `link`/`cursor` property holds on the last page: left out (default),
 * `null`, or `''`.
 */
export type MockPaging = PageNext & {
    end?: 'null' | 'empty';
};
export interface MockOperation {
    operationId: string;
    method: string;
    template: string;
    /** Base paths (from the servers) this operation is served under. */
    basePaths: string[];
    security: MockSecurity;
    params: MockParam[];
    /** Validator names (`validateXxx`) of the parameters per location. */
    validators: {
        path?: string;
        query?: string;
        header?: string;
        cookie?: string;
    };
    body?: {
        required: boolean;
        readOnly: string[];
        media: MockRequestMedia[];
    };
    maxBodyBytes?: number;
    action: MockAction;
    /** Template of the resource acted on (see MockSpec.resources). */
    resource?: string;
    /** Path parameter naming the member, for member-level actions. */
    keyParam?: string;
    /**
     * `example`: no operation of the spec adds members to this collection, or the operation declares
     * no response a "not found" fits (404, `4XX`, `default`), so what the mock does not hold answers
     * the operation's example instead of a 404 the spec cannot express.
     */
    missing?: 'example';
    /** Item path templates that must exist (and be visible) before anything happens. */
    ancestors: {
        collection: string;
        param: string;
    }[];
    /** Declared responses, successes first (the first success is the usual answer). */
    responses: MockResponse[];
    /** Status of a PUT that created the resource, when the spec declares one. */
    createdStatus?: number;
    paging?: MockPaging;
    /** The query parameter setting the page size (`$top`, `limit`, `per_page`). */
    sizeParam?: string;
    requires: MockRequirement[];
    longRunning?: MockLongRunning;
    validate?: {
        behaviour: string;
        against: string;
    };
    results?: MockResults;
    /** Error code per status, taken from the spec's error examples (the Graph profile's envelope uses them). */
    errorCodes: Record<string, string>;
    /** The operation is an idempotent create (the seed-002 fault applies to it). */
    idempotentCreate: boolean;
    /** Budgets of `MockSpec.throttling` the operation counts against (the limiter, when it is on). */
    budgets?: string[];
    /** `batch`: an OData JSON batch endpoint taking at most this many requests. */
    batch?: {
        maxRequests: number;
    };
}
/**
 * A request budget (`x-specgen-throttling`): counted per caller (`app`) and/or per member of the
 * resources named by member path templates.
 */
export interface MockBudget {
    /** Requests per second (a token bucket holding one second's worth). */
    rate?: number;
    /** Requests in flight at once. */
    concurrency?: number;
    per: string[];
    /** Extra seconds' worth of budget reads may spend: writes are throttled first. */
    readHeadroom: number;
}
export interface MockSpec {
    title: string;
    /** Conventions profile (`x-specgen-profile`): `graph` = OData error envelope, request ids, `$top`/`$skiptoken`/`$select`. */
    profile?: 'graph';
    /** Base paths of the servers (`/v1.0`, `/beta`; `` for a root server). */
    basePaths: string[];
    /** Absolute origins of the servers (for request interception). */
    origins: string[];
    securitySchemes: Record<string, MockSecurityScheme>;
    resources: Record<string, MockResource>;
    operations: MockOperation[];
    defaultErrorCodes: Record<string, string>;
    /** Request budgets by name (`x-specgen-throttling`); the limiter enforces them when it is on. */
    throttling?: Record<string, MockBudget>;
    /**
     * Bodies as text (JSON text, plain text, or base64 for binary), each once; responses refer to
     * them by index. Kept as text: every answer is a fresh copy, and no type is inferred from spec data.
     */
    examples: string[];
}
