/**
 * The facts a generated mock runs on: emitted as JSON data by generator/emit/mocks, read here.
 * Nothing in it is code: paths are templates, names are looked up in tables.
 */
export type JsonObject = {
    [key: string]: unknown;
};
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
/** Seeded, deterministic ids: same seed, same ids, whatever the run. */
export interface RandomStream {
    next(): number;
    uuid(): string;
}
/** Graph-style error bodies (`error.code`, `message`, `innerError` with `request-id` and `date`). */
export interface MockErrorDetail {
    code: string;
    message: string;
    target?: string;
}
/**
 * The mock's state: members of concrete collections (`/external/connections/abc/items`), keyed by
 * id, in insertion order. A singleton lives in its parent's path as the member named after its last
 * segment. Every change happens synchronously inside one request, so concurrent requests never
 * interleave a read-modify-write: nothing is lost.
 */
export interface StoredEntry {
    value: JsonObject;
    /** Caller that created it (for ownership checks); absent = everybody's. */
    owner?: string;
}
export type RouteMatch = {
    kind: 'operation';
    operation: MockOperation;
    params: Record<string, string>;
    basePath: string;
} | {
    kind: 'unknown';
} | {
    kind: 'method';
    allow: string[];
};
/** What a user of the mock can configure. */
/** Who is calling: an app or user id and the scopes/roles its token grants. */
export interface MockCaller {
    id: string;
    /** Empty: the token says nothing about scopes, every operation is allowed and nothing is owner-filtered. */
    scopes: string[];
}
/** Faults for testing clients. Rates are probabilities (0..1) drawn from the seeded stream. */
export interface MockFaults {
    /** Delay before answering, fixed or uniformly drawn from [min, max]. */
    latencyMs?: number | {
        min: number;
        max: number;
    };
    /** Rate of 429 Too Many Requests (with `Retry-After`). */
    throttleRate?: number;
    /** Rate of 503 Service Unavailable (with `Retry-After`). */
    unavailableRate?: number;
    /** `Retry-After` seconds on 429/503 (default 1). */
    retryAfterSeconds?: number;
    /**
     * Rate at which an idempotent create (`x-specgen-idempotent-create`) stores the resource and
     * still answers 503, so the retry gets 409 (Graph known issue 19908, seed 002). `true` = always.
     */
    createdButUnavailable?: number | boolean;
    /** Limit the faults to these operationIds (default: every operation). */
    operations?: string[];
    /** Fail only the next N requests the faults apply to, then stop (default: no limit). */
    count?: number;
}
/** A named behaviour: returns problems (empty = fine). `registered` is the resource it checks against. */
export type MockBehaviour = (value: unknown, registered: unknown) => string[];
export interface MockOptions {
    /** Seed of ids and fault draws (default 1). */
    seed?: string | number;
    /** Milliseconds since the epoch; drives timestamps and long-running delays (default Date.now). */
    clock?: () => number;
    /**
     * Token check. Default: any well-formed bearer token passes. `false`: no token needed. A function
     * may return a caller identity instead of `true`.
     */
    auth?: false | ((token: string, request: Request) => boolean | MockCaller | Promise<boolean | MockCaller>);
    /**
     * Caller identity. Default: the `appid`/`azp`/`oid`/`sub` and `roles`/`scp` claims of a JWT bearer
     * token, or `{ id: 'mock-caller', scopes: [] }` for opaque tokens.
     */
    caller?: MockCaller | ((request: Request, token: string | undefined) => MockCaller | undefined);
    faults?: MockFaults;
    /** Members per list page before `nextLink` (default 100; `$top` lowers it). */
    pageSize?: number;
    /** Request body limit in bytes where the spec sets none (default 4 MiB). */
    maxBodyBytes?: number;
    /** Overrides every long-running operation's delay. */
    longRunningDelayMs?: number;
    /** State to start from (and return to on `reset()`): resource path -> value. */
    initialState?: Record<string, JsonObject>;
    /** Extra or replacement named behaviours. */
    behaviours?: Record<string, MockBehaviour>;
}
/** The state a mock instance carries between requests: store, seeded streams, clock, timers, faults. */
export type MockValidator = (data: unknown) => {
    ok: true;
    value: unknown;
} | {
    ok: false;
    issues: {
        path: string;
        keyword: string;
        message: string;
    }[];
};
/** Faults for testing clients: latency, 429 and 503 with `Retry-After`, and the created-but-503 create. */
export type FaultKind = 'throttle' | 'unavailable' | 'created-but-unavailable';
/** Per-request override header: `throttle`, `unavailable`, `created-but-unavailable`, `latency=<ms>` (comma-separated). */
export declare const FAULT_HEADER = "x-specgen-mock-fault";
/** What each inferred action does to the store: create, list, read, upsert, update, delete, example. */
export interface ActionContext {
    op: MockOperation;
    params: Record<string, string>;
    url: URL;
    basePath: string;
    caller: MockCaller;
    body: unknown;
}
export interface Outcome {
    status: number;
    body?: unknown;
    /** The body as JSON text already (example answers): sent as it is. */
    json?: string;
    headers?: Record<string, string>;
}
/**
 * `createMockRuntime(spec, validators, options)`: a `(request: Request) => Promise<Response>` built
 * on web standards only, with test controls attached.
 */
/** Reading and preloading state; paths are resource paths without base path (`/external/connections/abc`). */
export interface MockState {
    dump(): Record<string, JsonObject>;
    load(resources: Record<string, JsonObject>, options?: {
        owner?: string;
    }): void;
    get(path: string): JsonObject | undefined;
    put(path: string, value: JsonObject, options?: {
        owner?: string;
    }): void;
    delete(path: string): boolean;
    /** Members of a collection path, in insertion order. */
    list(collectionPath: string): JsonObject[];
}
export interface MockControls {
    readonly spec: MockSpec;
    readonly state: MockState;
    /** Empty the store, re-seed ids, restore `initialState` and the configured faults. */
    reset(): void;
    /** Replace the faults (undefined = none). */
    setFaults(faults: MockFaults | undefined): void;
    /** Run long-running transitions that are due by the clock (requests do this by themselves). */
    advance(): void;
}
/** An answer before it becomes a `Response` (adapters that write to their own transport use it directly). */
export interface MockAnswer {
    status: number;
    headers: Record<string, string>;
    /** JSON text, when the answer has a body. */
    body?: string;
}
export type MockHandler = ((request: Request) => Promise<Response>) & MockControls & {
    /** The same as calling the handler, without building a `Response`. */
    answer(request: Request): Promise<MockAnswer>;
};
export declare function createMockRuntime(spec: MockSpec, validators: Record<string, unknown>, options?: MockOptions): MockHandler;
/** What the mock knows about the API, planned from the spec by specgen (data only). */
export declare const MOCK_SPEC: MockSpec;
/** A mock of Microsoft Graph external connectors as a fetch-style handler: `(request: Request) => Promise<Response>`, plus test controls. */
export declare function createMockHandler(options?: MockOptions): MockHandler;
