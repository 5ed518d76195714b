import { type ClientOptions as Options, type CredentialSource, type FailureOf, type LongRunningOperation, type OperationFailedError, type Paged, type RequestOptions } from './runtime/client.js';
import type { AddActivitiesHeaderParameters, AddActivitiesPathParameters, AddActivitiesRequestBody, AddActivitiesResponse200, AddActivitiesResponse207, AddGroupMemberHeaderParameters, AddGroupMemberPathParameters, AddGroupMemberRequestBody, AddGroupMemberResponse201, BatchHeaderParameters, BatchRequestBody, BatchResponse200, CreateConnectionHeaderParameters, CreateConnectionLegacyHeaderParameters, CreateConnectionLegacyRequestBody, CreateConnectionLegacyResponse201, CreateConnectionOperationHeaderParameters, CreateConnectionOperationPathParameters, CreateConnectionOperationRequestBody, CreateConnectionOperationResponse201, CreateConnectionRequestBody, CreateConnectionResponse201, CreateConnectorHeaderParameters, CreateConnectorRequestBody, CreateConnectorResponse201, CreateGroupHeaderParameters, CreateGroupPathParameters, CreateGroupRequestBody, CreateGroupResponse201, DeleteConnectionHeaderParameters, DeleteConnectionPathParameters, DeleteGroupHeaderParameters, DeleteGroupPathParameters, DeleteItemHeaderParameters, DeleteItemPathParameters, GetConnectionHeaderParameters, GetConnectionOperationHeaderParameters, GetConnectionOperationPathParameters, GetConnectionOperationQueryParameters, GetConnectionOperationResponse200, GetConnectionPathParameters, GetConnectionQueryParameters, GetConnectionResponse200, GetGroupHeaderParameters, GetGroupPathParameters, GetGroupResponse200, GetItemHeaderParameters, GetItemPathParameters, GetItemResponse200, GetQuotaHeaderParameters, GetQuotaPathParameters, GetQuotaQueryParameters, GetQuotaResponse200, GetSchemaHeaderParameters, GetSchemaPathParameters, GetSchemaResponse200, ListConnectionsHeaderParameters, ListConnectionsQueryParameters, ListConnectionsResponse200, PutItemHeaderParameters, PutItemPathParameters, PutItemRequestBody, RegisterSchemaHeaderParameters, RegisterSchemaPathParameters, RegisterSchemaRequestBody, RemoveGroupMemberHeaderParameters, RemoveGroupMemberPathParameters, UpdateConnectionHeaderParameters, UpdateConnectionPathParameters, UpdateConnectionRequestBody, UpdateGroupHeaderParameters, UpdateGroupPathParameters, UpdateGroupRequestBody } from './types.js';
import { type BatchOptions } from './runtime/batch.js';
export type { BatchOptions, BatchStep, BatchStepAnswer } from './runtime/batch.js';
export { ApiError, OperationFailedError, OperationTimeoutError, ResponseValidationError, TransportError, isApiError } from './runtime/client.js';
export type { BasicCredentials, CredentialSource, LongRunningOperation, RequestEvent, RequestOptions, ResponseEvent, RetryPolicy, WaitOptions } from './runtime/client.js';
/**
 * The API's roots, in spec order; the first is the default `baseUrl`. Pass one's `url` as `baseUrl`.
 *
 * Each carries the fields of its `x-specgen-server` extension, e.g. `servers.find((s) => s.cloud === 'global' && s.version === 'v1.0')!.url`.
 *
 * Operations that declare their own `servers` go to the one matching the configured root: the same URL, else the one with the most equal `x-specgen-server` fields (e.g. the same cloud), else the same host. A root not listed here keeps its host and has its path swapped for the operation's (`http://localhost:8080/v1.0` -> `http://localhost:8080/beta`).
 */
export declare const servers: readonly [{
    readonly url: "https://graph.microsoft.com/v1.0";
    readonly description: "Global service, v1.0";
    readonly cloud: "global";
    readonly version: "v1.0";
}, {
    readonly url: "https://graph.microsoft.com/beta";
    readonly description: "Global service, beta";
    readonly cloud: "global";
    readonly version: "beta";
}, {
    readonly url: "https://graph.microsoft.us/v1.0";
    readonly description: "US Government L4 (GCC High), v1.0";
    readonly cloud: "usGovL4";
    readonly version: "v1.0";
}, {
    readonly url: "https://graph.microsoft.us/beta";
    readonly description: "US Government L4 (GCC High), beta";
    readonly cloud: "usGovL4";
    readonly version: "beta";
}, {
    readonly url: "https://dod-graph.microsoft.us/v1.0";
    readonly description: "US Government L5 (DOD), v1.0";
    readonly cloud: "usGovL5Dod";
    readonly version: "v1.0";
}, {
    readonly url: "https://dod-graph.microsoft.us/beta";
    readonly description: "US Government L5 (DOD), beta";
    readonly cloud: "usGovL5Dod";
    readonly version: "beta";
}, {
    readonly url: "https://microsoftgraph.chinacloudapi.cn/v1.0";
    readonly description: "China operated by 21Vianet, v1.0. Today's connectors pages mark the API unavailable in this cloud (and its metadata lacks the externalConnectors namespace); seed 002 still lists it.";
    readonly cloud: "china";
    readonly version: "v1.0";
}, {
    readonly url: "https://microsoftgraph.chinacloudapi.cn/beta";
    readonly description: "China operated by 21Vianet, beta. Today's connectors pages mark the API unavailable in this cloud (and its metadata lacks the externalConnectors namespace); seed 002 still lists it.";
    readonly cloud: "china";
    readonly version: "beta";
}];
/** A root URL of the spec (any other string is accepted too). */
export type ServerUrl = (typeof servers)[number]['url'];
/** Options of a client: `baseUrl` (default: the first of `servers`), `fetch`, `auth` (credentials per security scheme of the spec), `getAccessToken`, `headers`, `signal`, `timeoutMs`, `retry`, `onRequest`/`onResponse`, `validators`. */
export type ClientOptions = Options<ServerUrl, {
    /**
     * Application permissions (app roles granted by an admin). Request a token for `https://graph.microsoft.com/.default` from the tenant's endpoint (replace `common` with the tenant id or domain); the granted roles below appear in the token's `roles` claim.
     *
     * OAuth 2.0 access token (flows: `clientCredentials`), sent as `Authorization: Bearer <token>`; without this entry, `getAccessToken`'s token.
     */
    application?: CredentialSource<string>;
    /**
     * Delegated permissions (work or school accounts only; personal Microsoft accounts are never supported). Scopes are requested as `https://graph.microsoft.com/<scope>`. National clouds use their own login hosts (e.g. `login.microsoftonline.us`, `login.chinacloudapi.cn`).
     *
     * OAuth 2.0 access token (flows: `authorizationCode`), sent as `Authorization: Bearer <token>`; without this entry, `getAccessToken`'s token.
     */
    delegated?: CredentialSource<string>;
}>;
/** Sets options of the standalone functions (merged into the current ones). */
export declare function configure(options: ClientOptions): void;
declare function listConnections$firstPage(args?: {
    /**
     * OData `$select`: comma-separated list of properties to return. The docs say these operations support "some" OData query parameters; `$select` is the one considered safe.
     *
     * `query` parameter `$select`.
     */
    select?: ListConnectionsQueryParameters['$select'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: ListConnectionsHeaderParameters['client-request-id'];
}, options?: RequestOptions): Promise<ListConnectionsResponse200>;
/**
 * List connections
 *
 * Lists the externalConnection objects of the tenant. The result is paged: follow `@odata.nextLink` (an absolute URL) until it is absent. Apps holding only `ExternalConnection.ReadWrite.OwnedBy` see only the connections they created or are listed in `configuration.authorizedAppIds` of.
 *
 * `GET /external/connections`
 *
 * Paged: `listConnections.pages(args)` yields each page and `listConnections.all(args)` each item of `value`, following the next page's URL in `@odata.nextLink` (absolute or relative to the request), with the same arguments and options.
 *
 * Credentials (`auth`): `delegated` or `application`.
 */
export declare const listConnections: Paged<Parameters<typeof listConnections$firstPage>[0], Awaited<ReturnType<typeof listConnections$firstPage>>, 'value'>;
/**
 * Create a connection
 *
 * Creates an externalConnection. `id`, `name` and `description` are required; the id must follow
 * the connection-id rules (3-32 letters/digits, no `Microsoft` prefix, no reserved name). The new
 * connection is in state `draft`; register a schema next (registerSchema). Creating a connection
 * whose id already exists answers 409.
 *
 * **Known issue 19908** (seed 002; https://developer.microsoft.com/graph/known-issues/?search=19908):
 * when the result layout Adaptive Card (a `searchSettings` display template `layout`) is broken, the
 * first call fails with **503 Service Unavailable although the connection is persisted**; retrying
 * the same request then fails with **409 Conflict** saying that a connection with the same name
 * already exists. `x-specgen-idempotent-create` tells the generated client how to recover: after a
 * 409 on a retry it reads the connection with getConnection and treats the create as successful when
 * `id`, `name` and `description` match the request.
 *
 * History: the 2019 beta page (seed 000) used namespace `microsoft.graph`, required app-only
 * `ExternalItem.ReadWrite.All` and returned `configuration.authorizedApps`; today's pages require
 * `ExternalConnection.ReadWrite.OwnedBy`/`.All` (delegated or application) and use
 * `authorizedAppIds`. Seed 001 documents the same operation on `POST /connections` too
 * (createConnectionLegacy). Available in the global service and US Government L4/L5 (DOD); seed 002
 * also lists China (21Vianet), where today's pages mark connectors unavailable.
 *
 * `POST /external/connections`
 *
 * Credentials (`auth`): `delegated` or `application`.
 *
 * Idempotent create (`x-specgen-idempotent-create`): retried after 503/504 or a network failure, it may have been applied already; if a retry then answers 409, the client reads the resource with getConnection (by `id`) and returns it when `id`, `name`, `description` equal what was sent; otherwise the conflict is thrown.
 */
export declare function createConnection(args: {
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: CreateConnectionHeaderParameters['client-request-id'];
    body: CreateConnectionRequestBody;
}, options?: RequestOptions): Promise<CreateConnectionResponse201>;
/**
 * Get a connection
 *
 * Reads an externalConnection. Allowed in every state (`draft`, `ready`, `obsolete`, `limitExceeded`).
 *
 * `GET /external/connections/{connectionId}`
 *
 * Credentials (`auth`): `delegated` or `application`.
 */
export declare function getConnection(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: GetConnectionPathParameters['connectionId'];
    /**
     * OData `$select`: comma-separated list of properties to return. The docs say these operations support "some" OData query parameters; `$select` is the one considered safe.
     *
     * `query` parameter `$select`.
     */
    select?: GetConnectionQueryParameters['$select'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: GetConnectionHeaderParameters['client-request-id'];
}, options?: RequestOptions): Promise<GetConnectionResponse200>;
/**
 * Delete a connection
 *
 * Deletes the connection. All items indexed in it (and its schema, groups and operations) go with it. Allowed in every state. The v1.0 and beta pages answer 202 Accepted; the generated Graph OpenAPI declares 204, so clients should accept both.
 *
 * `DELETE /external/connections/{connectionId}`
 *
 * Credentials (`auth`): `delegated` or `application`.
 */
export declare function deleteConnection(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: DeleteConnectionPathParameters['connectionId'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: DeleteConnectionHeaderParameters['client-request-id'];
}, options?: RequestOptions): Promise<void>;
/**
 * Update a connection
 *
 * Updates the properties sent (`name`, `description`, `configuration`, settings; beta also `enabledContentExperiences` and `complianceSettings`); omitted properties keep their values. Allowed in `draft`, `ready` and `limitExceeded`, not in `obsolete`.
 *
 * `PATCH /external/connections/{connectionId}`
 *
 * Credentials (`auth`): `delegated` or `application`.
 */
export declare function updateConnection(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: UpdateConnectionPathParameters['connectionId'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: UpdateConnectionHeaderParameters['client-request-id'];
    body: UpdateConnectionRequestBody;
}, options?: RequestOptions): Promise<void>;
/**
 * Get the schema of a connection
 *
 * Reads the registered schema. Supports no OData query options. Available once the connection is `ready` (also in `obsolete` and `limitExceeded`); in `draft` there is no schema yet, so the call answers 404 `itemNotFound` (the reference's state table; the status is not documented). The doc page's example wraps the body in `"value"` and shows `baseType: "String"`, a doc artefact: the service returns the plain entity. Send `Prefer: include-unknown-enum-members` to receive evolvable `label`/`propertyType` members.
 *
 * `GET /external/connections/{connectionId}/schema`
 *
 * Credentials (`auth`): `delegated` or `application`.
 */
export declare function getSchema(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: GetSchemaPathParameters['connectionId'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: GetSchemaHeaderParameters['client-request-id'];
    /**
     * `include-unknown-enum-members` makes the service return evolvable enum members (the `label` and `propertyType` members after `unknownFutureValue`) instead of `unknownFutureValue`.
     *
     * `header` parameter `Prefer`.
     */
    prefer?: GetSchemaHeaderParameters['Prefer'];
}, options?: RequestOptions): Promise<GetSchemaResponse200>;
/**
 * Create or update the schema of a connection
 *
 * Registers (creates or updates) the schema asynchronously. The service answers 202 Accepted with no body and a `Location` header holding the absolute URL of a connectionOperation; poll it with getConnectionOperation until `status` is `completed` (the connection becomes `ready`) or `failed` (`error` says why; the connection presumably stays `draft`). Provisioning takes about 5 to 15 minutes. Creating the schema is allowed in `draft`; the 2024 page makes this a create-or-update, so updating in `ready` is allowed too (adding properties or aliases needs no re-ingestion, adding search capabilities or labels does). Older pages used `POST .../schema` with the same 202. A schema that breaks a rule (duplicate names or aliases, a label on two properties or on a non-retrievable property, a refinable searchable property, more than 128 properties, ...) is refused at once with 400; only provisioning itself runs in the background. Poll answers carry `Retry-After` while the operation is in progress; wait that long between polls.
 *
 * `PATCH /external/connections/{connectionId}/schema`
 *
 * Credentials (`auth`): `delegated` or `application`.
 *
 * Long-running (`x-specgen-long-running`): resolves to a handle whose `wait({ signal, timeoutMs, maxPolls, intervalMs, authRetryMs })` polls the `Location` URL (as getConnectionOperation) until `status` is `completed` (resolves) or `failed` (throws OperationFailedError with `error`, typed: `isOperationFailed(e)`); at most `maxPolls` polls (default 120) within `timeoutMs` (default 30 min), else OperationTimeoutError; pauses honour `Retry-After`; a 401/403 poll is retried for `authRetryMs` (default 60 s).
 */
export declare function registerSchema(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: RegisterSchemaPathParameters['connectionId'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: RegisterSchemaHeaderParameters['client-request-id'];
    /**
     * Documented on the beta page: `respond-async` asks for asynchronous processing. The operation is asynchronous (202 + Location) either way.
     *
     * `header` parameter `Prefer`.
     */
    prefer?: RegisterSchemaHeaderParameters['Prefer'];
    body: RegisterSchemaRequestBody;
}, options?: RequestOptions): Promise<LongRunningOperation<GetConnectionOperationResponse200>>;
/**
 * Create a connectionOperation (beta, seed 004)
 *
 * Kept as seed 004 documents it (`POST /external/connections/{externalConnectionId}/operations`, beta, an unfinished stub). In today's API operations are created only by the service (by registerSchema) and only reading one by id is documented. Seed 004 leaves every permission row as TODO; the scopes below are the nearest documented ones (those of the connection's other operations) and are unconfirmed for this call.
 *
 * `POST /external/connections/{connectionId}/operations`
 *
 * Credentials (`auth`): `delegated` or `application`.
 *
 * Sent to the operation's own servers: the root of the same kind as the configured `baseUrl` (see `servers`).
 */
export declare function createConnectionOperation(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: CreateConnectionOperationPathParameters['connectionId'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: CreateConnectionOperationHeaderParameters['client-request-id'];
    body: CreateConnectionOperationRequestBody;
}, options?: RequestOptions): Promise<CreateConnectionOperationResponse201>;
/**
 * Get a connection operation
 *
 * Reads the status of a long-running operation, typically the URL from the `Location` header of registerSchema. `status` moves from `inprogress` to `completed` or `failed`; on `failed`, `error.message` explains why.
 *
 * `GET /external/connections/{connectionId}/operations/{operationId}`
 *
 * Credentials (`auth`): `delegated` or `application`.
 */
export declare function getConnectionOperation(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: GetConnectionOperationPathParameters['connectionId'];
    /**
     * Id of the connectionOperation, as returned in the `Location` header of registerSchema.
     *
     * `path` parameter `operationId`.
     */
    operationId: GetConnectionOperationPathParameters['operationId'];
    /**
     * OData `$select`: comma-separated list of properties to return. The docs say these operations support "some" OData query parameters; `$select` is the one considered safe.
     *
     * `query` parameter `$select`.
     */
    select?: GetConnectionOperationQueryParameters['$select'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: GetConnectionOperationHeaderParameters['client-request-id'];
}, options?: RequestOptions): Promise<GetConnectionOperationResponse200>;
/**
 * Get an item
 *
 * Reads an item (`acl`, `properties`, `content`). Supports no OData query options. Allowed when the connection is `ready`, `obsolete` or `limitExceeded`.
 *
 * `GET /external/connections/{connectionId}/items/{itemId}`
 *
 * Credentials (`auth`): `delegated` or `application`.
 */
export declare function getItem(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: GetItemPathParameters['connectionId'];
    /**
     * Developer-supplied id of the externalItem, unique within the connection.
     *
     * `path` parameter `itemId`.
     */
    itemId: GetItemPathParameters['itemId'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: GetItemHeaderParameters['client-request-id'];
}, options?: RequestOptions): Promise<GetItemResponse200>;
/**
 * Create or replace an item
 *
 * Creates the item if it doesn't exist, or replaces it as a whole (no merge) if it does; the answer is a bare 200 without body. `acl` and `properties` (at least one, matching the registered schema) are required, `content` is optional. The request body may not exceed 4 MB (413). Creating items needs a `ready` connection; replacing is allowed in `ready` and `limitExceeded`; the status the service uses for a wrong-state call is not documented (400 or 409). Item requests share a budget of 25 requests per second per app and connection; beyond it the call answers 429 with `Retry-After`. Annotate collection values with `<name>@odata.type` (e.g. `Collection(String)`; DateTime collections need `Collection(DateTimeOffset)`). The older "update externalItem" PATCH (merging top-level fields, replacing `acl`/`properties`, answering 200 with the item) is superseded by this PUT.
 *
 * `PUT /external/connections/{connectionId}/items/{itemId}`
 *
 * Credentials (`auth`): `delegated` or `application`.
 */
export declare function putItem(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: PutItemPathParameters['connectionId'];
    /**
     * Developer-supplied id of the externalItem, unique within the connection.
     *
     * `path` parameter `itemId`.
     */
    itemId: PutItemPathParameters['itemId'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: PutItemHeaderParameters['client-request-id'];
    body: PutItemRequestBody;
}, options?: RequestOptions): Promise<void>;
/**
 * Delete an item
 *
 * Deletes an item. Allowed when the connection is `ready` or `limitExceeded`.
 *
 * `DELETE /external/connections/{connectionId}/items/{itemId}`
 *
 * Credentials (`auth`): `delegated` or `application`.
 */
export declare function deleteItem(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: DeleteItemPathParameters['connectionId'];
    /**
     * Developer-supplied id of the externalItem, unique within the connection.
     *
     * `path` parameter `itemId`.
     */
    itemId: DeleteItemPathParameters['itemId'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: DeleteItemHeaderParameters['client-request-id'];
}, options?: RequestOptions): Promise<void>;
/**
 * Add activities to an item
 *
 * Reports up to 20 activities (viewed, modified, created, commented) on an item; application permissions only. Answers 200 when every activity was added and 207 Multi-Status when some failed; each result repeats the activity, in the request's order, with `error` `null` on success and a publicError on a failed one. More than 20 activities answer 400. Draws from the item budget (25 requests per second per app and connection). The generated Graph OpenAPI also exposes the bound-action form `.../items/{itemId}/microsoft.graph.externalConnectors.addActivities`. Permissions: the permissions data flags `ExternalItem.ReadWrite.All` as least privileged while the doc page lists `ExternalItem.ReadWrite.OwnedBy` first; this spec follows the permissions data.
 *
 * `POST /external/connections/{connectionId}/items/{itemId}/addActivities`
 *
 * Credentials (`auth`): `application`.
 */
export declare function addActivities(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: AddActivitiesPathParameters['connectionId'];
    /**
     * Developer-supplied id of the externalItem, unique within the connection.
     *
     * `path` parameter `itemId`.
     */
    itemId: AddActivitiesPathParameters['itemId'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: AddActivitiesHeaderParameters['client-request-id'];
    body: AddActivitiesRequestBody;
}, options?: RequestOptions): Promise<AddActivitiesResponse200 | AddActivitiesResponse207>;
/**
 * Create an external group
 *
 * Creates an externalGroup in the connection. `id` is required and unique within the connection. Item ACLs may reference the group before it exists. Up to 100,000 external groups per tenant; group administration is throttled at 1,000 requests per second.
 *
 * `POST /external/connections/{connectionId}/groups`
 *
 * Credentials (`auth`): `delegated` or `application`.
 */
export declare function createGroup(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: CreateGroupPathParameters['connectionId'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: CreateGroupHeaderParameters['client-request-id'];
    body: CreateGroupRequestBody;
}, options?: RequestOptions): Promise<CreateGroupResponse201>;
/**
 * Get an external group
 *
 * Reads an externalGroup. The permissions data flags both `ExternalItem.ReadWrite.OwnedBy` and `ExternalItem.Read.All` as least privileged for this call.
 *
 * `GET /external/connections/{connectionId}/groups/{groupId}`
 *
 * Credentials (`auth`): `delegated` or `application`.
 */
export declare function getGroup(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: GetGroupPathParameters['connectionId'];
    /**
     * Developer-supplied id of the externalGroup, unique within the connection.
     *
     * `path` parameter `groupId`.
     */
    groupId: GetGroupPathParameters['groupId'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: GetGroupHeaderParameters['client-request-id'];
}, options?: RequestOptions): Promise<GetGroupResponse200>;
/**
 * Delete an external group
 *
 * Deletes an externalGroup.
 *
 * `DELETE /external/connections/{connectionId}/groups/{groupId}`
 *
 * Credentials (`auth`): `delegated` or `application`.
 */
export declare function deleteGroup(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: DeleteGroupPathParameters['connectionId'];
    /**
     * Developer-supplied id of the externalGroup, unique within the connection.
     *
     * `path` parameter `groupId`.
     */
    groupId: DeleteGroupPathParameters['groupId'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: DeleteGroupHeaderParameters['client-request-id'];
}, options?: RequestOptions): Promise<void>;
/**
 * Update an external group
 *
 * Updates `displayName` and/or `description` of an externalGroup.
 *
 * `PATCH /external/connections/{connectionId}/groups/{groupId}`
 *
 * Credentials (`auth`): `delegated` or `application`.
 */
export declare function updateGroup(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: UpdateGroupPathParameters['connectionId'];
    /**
     * Developer-supplied id of the externalGroup, unique within the connection.
     *
     * `path` parameter `groupId`.
     */
    groupId: UpdateGroupPathParameters['groupId'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: UpdateGroupHeaderParameters['client-request-id'];
    body: UpdateGroupRequestBody;
}, options?: RequestOptions): Promise<void>;
/**
 * Add a member to an external group
 *
 * Adds a member (identity) to an externalGroup: a Microsoft Entra user or group (`id` = Entra object id) or another externalGroup of the same connection (`id` = its id; nesting is allowed).
 *
 * `POST /external/connections/{connectionId}/groups/{groupId}/members`
 *
 * Credentials (`auth`): `delegated` or `application`.
 */
export declare function addGroupMember(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: AddGroupMemberPathParameters['connectionId'];
    /**
     * Developer-supplied id of the externalGroup, unique within the connection.
     *
     * `path` parameter `groupId`.
     */
    groupId: AddGroupMemberPathParameters['groupId'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: AddGroupMemberHeaderParameters['client-request-id'];
    body: AddGroupMemberRequestBody;
}, options?: RequestOptions): Promise<AddGroupMemberResponse201>;
/**
 * Remove a member from an external group
 *
 * Removes a member (user, Entra group or nested external group) from an externalGroup.
 *
 * `DELETE /external/connections/{connectionId}/groups/{groupId}/members/{memberId}`
 *
 * Credentials (`auth`): `delegated` or `application`.
 */
export declare function removeGroupMember(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: RemoveGroupMemberPathParameters['connectionId'];
    /**
     * Developer-supplied id of the externalGroup, unique within the connection.
     *
     * `path` parameter `groupId`.
     */
    groupId: RemoveGroupMemberPathParameters['groupId'];
    /**
     * Id of the member: the Microsoft Entra object id of a user or group, or the id of a nested externalGroup.
     *
     * `path` parameter `memberId`.
     */
    memberId: RemoveGroupMemberPathParameters['memberId'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: RemoveGroupMemberHeaderParameters['client-request-id'];
}, options?: RequestOptions): Promise<void>;
/**
 * Get the item quota of a connection (beta)
 *
 * Beta only; application permissions only. Returns how many more items can be ingested: min(connection capacity - items in the connection, tenant quota - items in all connections); for unmonetized tenants just the connection's remainder. Supports OData query parameters such as `$select`.
 *
 * `GET /external/connections/{connectionId}/quota`
 *
 * Credentials (`auth`): `application`.
 *
 * Sent to the operation's own servers: the root of the same kind as the configured `baseUrl` (see `servers`).
 */
export declare function getQuota(args: {
    /**
     * Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
     *
     * `path` parameter `connectionId`.
     */
    connectionId: GetQuotaPathParameters['connectionId'];
    /**
     * OData `$select`: comma-separated list of properties to return. The docs say these operations support "some" OData query parameters; `$select` is the one considered safe.
     *
     * `query` parameter `$select`.
     */
    select?: GetQuotaQueryParameters['$select'];
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: GetQuotaHeaderParameters['client-request-id'];
}, options?: RequestOptions): Promise<GetQuotaResponse200>;
/**
 * Create a connection via the legacy root path (beta, seed 001)
 *
 * Kept as seed 001 (an autogenerated 2019 beta stub) documents it: `POST /connections`, the older path of createConnection, in namespace `microsoft.graph`. Unlike today's API, `id` may be omitted (the old service minted a GUID) and the configuration used `authorizedApps`. The root entity set `connections` still exists in the metadata but is undocumented; use createConnection (`POST /external/connections`). Seed 001 leaves the permissions as TODO; the scopes below are those of createConnection, the nearest documented ones.
 *
 * `POST /connections`
 *
 * Credentials (`auth`): `delegated` or `application`.
 *
 * Sent to the operation's own servers: the root of the same kind as the configured `baseUrl` (see `servers`).
 */
export declare function createConnectionLegacy(args: {
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: CreateConnectionLegacyHeaderParameters['client-request-id'];
    body: CreateConnectionLegacyRequestBody;
}, options?: RequestOptions): Promise<CreateConnectionLegacyResponse201>;
/**
 * Create a connector (beta, seed 003)
 *
 * Kept exactly as seed 003 documents it (`POST /connectors`, beta, an unfinished stub). Despite the name this is not part of Graph connectors: `connector` is the beta Microsoft Entra application proxy connector (an on-premises agent), documented today under `/onPremisesPublishingProfiles/applicationProxy/connectors` with list and get only and read-only fields. Seed 003 leaves every permission row as TODO and the reference documents none for this call; the scopes below are placeholders taken from this spec's scheme (the connection scopes) so that the operation is callable in generated code, not confirmed permissions.
 *
 * `POST /connectors`
 *
 * Credentials (`auth`): `delegated` or `application`.
 *
 * Sent to the operation's own servers: the root of the same kind as the configured `baseUrl` (see `servers`).
 */
export declare function createConnector(args: {
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: CreateConnectorHeaderParameters['client-request-id'];
    body: CreateConnectorRequestBody;
}, options?: RequestOptions): Promise<CreateConnectorResponse201>;
/**
 * Send up to 20 requests in one JSON batch
 *
 * Microsoft Graph's **JSON batching**: combines up to 20 requests into one HTTP call to `/$batch`
 * under the version root (`https://graph.microsoft.com/v1.0/$batch` or `.../beta/$batch`). Each
 * request has an `id`, a `method`, a `url` relative to that version root (e.g.
 * `/external/connections/contosohr/items/TSP228082938`), optional `headers` and `body`, and optional
 * `dependsOn` (ids of requests that must complete first). Rules:
 *
 * - At most 20 requests per batch (more answers 400); ids must be unique and `dependsOn` must name
 *   requests of the same batch.
 * - Without `dependsOn` the requests may run in any order, in parallel; responses are matched by
 *   `id`, not by position.
 * - A request whose dependency failed is not run and answers **424 Failed Dependency**.
 * - Every inner request is authorised and **throttled on its own**: a throttled one answers **429**
 *   with `Retry-After` in that response's `headers`, while the others may succeed; retry only the
 *   throttled requests after the delay.
 * - The batch itself answers **200** even when inner requests fail; read each response's `status`.
 *   A 4xx/5xx on the batch itself (400 malformed batch, 401, 429, 503) means no request ran.
 * - A request carrying a `body` needs `Content-Type` in its `headers`.
 *
 * The `Authorization` header of the batch applies to every request, so this operation requires no
 * particular scope: each inner request needs the permissions of the operation it calls.
 *
 * `POST /$batch`
 *
 * Credentials (`auth`): `delegated` or `application`.
 */
export declare function batch(args: {
    /**
     * Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries.
     *
     * `header` parameter `client-request-id`.
     */
    clientRequestId?: BatchHeaderParameters['client-request-id'];
    body: BatchRequestBody;
}, options?: RequestOptions): Promise<BatchResponse200>;
/** What OperationFailedError's `error` holds, per long-running operation (`errorProperty` of `x-specgen-long-running`; `unknown` without one). */
export interface OperationFailures {
    registerSchema: FailureOf<GetConnectionOperationResponse200, 'error'>;
}
/**
 * `e` is an OperationFailedError (of `operation`, when given), its `error` typed by the spec:
 * `catch (e) { if (isOperationFailed(e)) console.log(e.error?.code); }`.
 */
export declare function isOperationFailed<Op extends keyof OperationFailures = keyof OperationFailures>(e: unknown, operation?: Op): e is OperationFailedError<OperationFailures[Op]>;
/** Every operation, bound to `options` (independent of `configure`); per-call options still apply. */
export declare function createClient(options?: ClientOptions): ApiClient;
/** What `createClient` returns: every operation, bound to its options. */
export interface ApiClient {
    readonly listConnections: typeof listConnections;
    readonly createConnection: typeof createConnection;
    readonly getConnection: typeof getConnection;
    readonly deleteConnection: typeof deleteConnection;
    readonly updateConnection: typeof updateConnection;
    readonly getSchema: typeof getSchema;
    readonly registerSchema: typeof registerSchema;
    readonly createConnectionOperation: typeof createConnectionOperation;
    readonly getConnectionOperation: typeof getConnectionOperation;
    readonly getItem: typeof getItem;
    readonly putItem: typeof putItem;
    readonly deleteItem: typeof deleteItem;
    readonly addActivities: typeof addActivities;
    readonly createGroup: typeof createGroup;
    readonly getGroup: typeof getGroup;
    readonly deleteGroup: typeof deleteGroup;
    readonly updateGroup: typeof updateGroup;
    readonly addGroupMember: typeof addGroupMember;
    readonly removeGroupMember: typeof removeGroupMember;
    readonly getQuota: typeof getQuota;
    readonly createConnectionLegacy: typeof createConnectionLegacy;
    readonly createConnector: typeof createConnector;
    readonly batch: typeof batch;
}
/**
 * Every operation, bound to `options` like `createClient`, sending its request inside JSON batches
 * (`POST /$batch`, at most 20 requests each) instead of on its own: concurrent calls
 * share batches, each call still resolves to its own typed result or error, and a throttled inner
 * request is retried after its own `Retry-After`. `flush()` sends what is queued now.
 */
export declare function createBatchClient(options?: ClientOptions & {
    batch?: BatchOptions;
}): ApiClient & {
    flush(): Promise<void>;
};
