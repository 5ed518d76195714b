/**
 * The facts a generated mock runs on: emitted as JSON data by generator/emit/mocks, read here.
 * Nothing in it is code: paths are templates, names are looked up in tables.
 */
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
export interface MockParam {
    name: string;
    in: 'path' | 'query' | 'header';
    /** JSON type the text is coerced to before validation. */
    type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
    items?: 'string' | 'integer' | 'number' | 'boolean';
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
    /** Human name used in error messages (`connection`). */
    label: string;
    serverSet: Record<string, MockServerSet>;
    ownership?: {
        ownedScopes: string[];
        sharedWith?: string;
    };
}
export interface MockRequirement {
    /** Item path template of the resource whose property is checked. */
    target: string;
    property: string;
    in: unknown[];
    status: number;
    code: string;
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
}
export type MockAction = 'create' | 'list' | 'read' | 'upsert' | 'update' | 'delete' | 'example';
export interface MockOperation {
    operationId: string;
    method: string;
    template: string;
    /** Base paths (from the servers) this operation is served under. */
    basePaths: string[];
    /** Bearer token required. */
    secured: boolean;
    /** Scopes any one of which grants the call (empty: any caller). */
    scopes: string[];
    params: MockParam[];
    /** Validator names (`validateXxx`) per part of the request. */
    validators: {
        path?: string;
        query?: string;
        header?: string;
        body?: string;
    };
    body?: {
        required: boolean;
        readOnly: string[];
    };
    maxBodyBytes?: number;
    action: MockAction;
    /** Template of the resource acted on (see MockSpec.resources). */
    resource?: string;
    /** Path parameter naming the member, for member-level actions. */
    keyParam?: string;
    /** Item path templates that must exist (and be visible) before anything happens. */
    ancestors: {
        collection: string;
        param: string;
    }[];
    status: number;
    /** Status of a PUT that created the resource, when the spec declares one. */
    createdStatus?: number;
    hasBody: boolean;
    /**
     * Body of `example` actions: index into `MockSpec.examples` (the spec's example, else data derived
     * from the schema).
     */
    example?: number;
    /** Response headers declared by the success response, with example values. */
    headers: Record<string, string>;
    pagination?: {
        items: string;
        nextLink: string;
    };
    requires: MockRequirement[];
    longRunning?: MockLongRunning;
    validate?: {
        behaviour: string;
        against: string;
    };
    /** Error code per status, taken from the spec's error examples. */
    errorCodes: Record<string, string>;
    /** The operation is an idempotent create (the seed-002 fault applies to it). */
    idempotentCreate: boolean;
    /** The operation declares OData `$select`. */
    select: boolean;
}
export interface MockSpec {
    title: string;
    /** Base paths of the servers (`/v1.0`, `/beta`; `` for a root server). */
    basePaths: string[];
    /** Absolute origins of the servers (for request interception). */
    origins: string[];
    resources: Record<string, MockResource>;
    operations: MockOperation[];
    defaultErrorCodes: Record<string, string>;
    /**
     * JSON texts of the bodies `example` actions answer with, each once; operations refer to them by
     * index. Kept as text: every answer is a fresh copy, and no type is inferred from spec data.
     */
    examples: string[];
}
