import type { components, paths } from './openapi.js';
export type { components, operations, paths } from './openapi.js';
/** `deny` overrides `grant`. */
export type AccessType = components['schemas']['accessType'];
/** One access-control entry of an externalItem. */
export type Acl = components['schemas']['acl'];
export type AclType = components['schemas']['aclType'];
/** Settings that let Microsoft 365 map URLs shared in Microsoft 365 to items of the connection. */
export type ActivitySettings = components['schemas']['activitySettings'];
/** Request body of addActivities; at most 20 activities per call. */
export type AddActivitiesRequest = components['schemas']['addActivitiesRequest'];
/** One result per submitted activity, in the request's order. */
export type AddActivitiesResponse = components['schemas']['addActivitiesResponse'];
/** How the `values` of a propertyRule are combined. */
export type BinaryOperator = components['schemas']['binaryOperator'];
/** Beta only. How the items of the connection are displayed in eDiscovery results. */
export type ComplianceSettings = components['schemas']['complianceSettings'];
/** Connection configuration (an OData open type, hence `additionalProperties: true`). */
export type Configuration = components['schemas']['configuration'];
/** Developer-supplied identifier of an externalConnection: 3 to 32 characters, ASCII letters and digits only, must not start with `Microsoft` and must not be one of the reserved names (the reserved name `MSFT_All_Connectors` already fails the character rule; it is listed for completeness). The checks are case-sensitive here (as the PnP CLI validates them); how the service treats other casings is not documented. The id can't be changed after the connection is created. */
export type ConnectionId = components['schemas']['connectionId'];
/** A long-running operation of a connection, created by the service when a schema is registered (registerSchema). Poll it until `status` is `completed` or `failed`; on `failed`, `error` explains why. */
export type ConnectionOperation = components['schemas']['connectionOperation'];
/** Seed 004 lists the first four members; today's API adds `unknownFutureValue`. */
export type ConnectionOperationStatus = components['schemas']['connectionOperationStatus'];
/** Beta only. Remaining item capacity: `itemsRemaining` = min(connection capacity - items in the connection, tenant quota - items in all connections); for unmonetized tenants just the connection remainder. */
export type ConnectionQuota = components['schemas']['connectionQuota'];
/** State of a connection. Clients must tolerate `unknownFutureValue` (and members added later). */
export type ConnectionState = components['schemas']['connectionState'];
/** Kept exactly as seed 003 documents it (`microsoft.graph.connector`, `POST /connectors`). This is not a Graph connectors (external content) type: it is the beta Microsoft Entra application proxy connector (an agent installed on-premises), documented today under `/onPremisesPublishingProfiles/applicationProxy/connectors` as list/get only, with read-only fields plus `version` and the navigation `memberOf` (connectorGroup). Seed 003's create page was an unfinished stub. */
export type Connector = components['schemas']['connector'];
/** Request body of createConnector. Seed 003's table also lists `id` as required, but its example omits it and the response carries a server-assigned GUID, so `id` is not required here. */
export type ConnectorCreate = components['schemas']['connectorCreate'];
export type ConnectorStatus = components['schemas']['connectorStatus'];
/** Category of the content of a connection. */
export type ContentCategory = components['schemas']['contentCategory'];
/** Beta only. Members of the flags enum used by `enabledContentExperiences`; a combination is serialized as a comma-separated list. */
export type ContentExperienceType = components['schemas']['contentExperienceType'];
/** A result layout (Adaptive Card) and the rules deciding which items use it. A broken Adaptive Card here triggers known issue 19908 on createConnection. */
export type DisplayTemplate = components['schemas']['displayTemplate'];
/** Base type of every Microsoft Graph entity (`microsoft.graph.entity`). Derived entity schemas combine it with `allOf` and re-declare `id` with their own constraints. */
export type Entity = components['schemas']['entity'];
export type ErrorDetails = components['schemas']['errorDetails'];
/** Something a person did with an item (viewed, modified, ...), reported with addActivities. */
export type ExternalActivity = components['schemas']['externalActivity'];
/** An externalActivity plus the outcome of adding it (`error` is `null` on success). The activity's properties are repeated rather than composed from externalActivity because the result has its own `@odata.type`. */
export type ExternalActivityResult = components['schemas']['externalActivityResult'];
export type ExternalActivityType = components['schemas']['externalActivityType'];
/** A logical container for external content (`microsoft.graph.externalConnectors.externalConnection`; the 2019 beta used the namespace `microsoft.graph`). Items, external groups, the schema and the schema operations are contained in it. Properties marked `x-specgen-versions: [beta]` exist only in the beta version. Nothing is marked required because responses may be truncated; the create request uses externalConnectionCreate. */
export type ExternalConnection = components['schemas']['externalConnection'];
/** A page of connections. When more results exist, `@odata.nextLink` holds the absolute URL of the next page; follow it unchanged until it is absent. */
export type ExternalConnectionCollectionResponse = components['schemas']['externalConnectionCollectionResponse'];
/** Request body of createConnection: an externalConnection whose `id`, `name` and `description` are required (the create page requires all three; the resource page calls `description` optional). `state` and `ingestedItemsCount` are read-only and ignored if sent. */
export type ExternalConnectionCreate = components['schemas']['externalConnectionCreate'];
/** Request body of updateConnection (PATCH). Only the properties sent are changed; omitted properties keep their values. `id` and `state` can't be changed. */
export type ExternalConnectionUpdate = components['schemas']['externalConnectionUpdate'];
/** A group defined by the external system, used in item ACLs (`type: externalGroup`). ACLs may reference a group before it is created. Members are identity objects (users, Entra groups or other external groups). */
export type ExternalGroup = components['schemas']['externalGroup'];
/** Request body of createGroup; `id` is required. */
export type ExternalGroupCreate = components['schemas']['externalGroupCreate'];
/** Request body of updateGroup (PATCH); only `displayName` and `description` can change. */
export type ExternalGroupUpdate = components['schemas']['externalGroupUpdate'];
/** An item of external content. Created or replaced as a whole with putItem (the request body is limited to 4 MB); `id` comes from the path. */
export type ExternalItem = components['schemas']['externalItem'];
/** Full-text-indexed content of an item. */
export type ExternalItemContent = components['schemas']['externalItemContent'];
/** Only `text` and `html` (an old concept sample used `json`, which is invalid). */
export type ExternalItemContentType = components['schemas']['externalItemContentType'];
/** A member of an externalGroup, or the performer of an externalActivity. For `user` and `group` the id is the Microsoft Entra object id; for `externalGroup` it is the external group's id (nesting is allowed). Beta history: `externalGroupMember {id, type, identitySource}`. */
export type Identity = components['schemas']['identity'];
/** Beta only. Where an ACL or group-member identity comes from. */
export type IdentitySourceType = components['schemas']['identitySourceType'];
export type IdentityType = components['schemas']['identityType'];
/** Beta only. */
export type ImportanceScore = components['schemas']['importanceScore'];
/** Service-specific diagnostics; open. Graph often sends `date` without a UTC offset (e.g. `2018-04-24T18:56:48`, meaning UTC), which strict RFC 3339 `date-time` validators reject. */
export type InnerError = components['schemas']['innerError'];
/** Resolves a URL that matches `urlMatchInfo` to the id of an item of the connection. */
export type ItemIdResolver = components['schemas']['itemIdResolver'];
/** Semantic label of a schema property. Members after `unknownFutureValue` are evolvable: returned only with `Prefer: include-unknown-enum-members`, otherwise serialized as `unknownFutureValue`. The person* members (people connectors) follow the order of the v1.0 metadata. */
export type Label = components['schemas']['label'];
/** The externalConnection as the 2019 autogenerated beta stub (seed 001) documented it for `POST /connections`: namespace `microsoft.graph`, `id` minted by the service as a GUID (so the connection-id rules of today's API don't apply to it), and `configuration.authorizedApps`. Today's equivalent is externalConnection. */
export type LegacyExternalConnection = components['schemas']['legacyExternalConnection'];
/** Request body of createConnectionLegacy (`POST /connections`, seed 001). The seed's table lists `id`, `name`, `description` and `configuration` as required, but its example omits `id` and the old service minted a GUID, so `id` is optional here. */
export type LegacyExternalConnectionCreate = components['schemas']['legacyExternalConnectionCreate'];
export type MainError = components['schemas']['mainError'];
/** The Microsoft Graph error body returned with every 4xx and 5xx status. */
export type OdataError = components['schemas']['odataError'];
/** Value of a `principal` / `principalCollection` schema property (a person). */
export type Principal = components['schemas']['principal'];
/** The property bag of an externalItem (`microsoft.graph.externalConnectors.properties`, an OData open type). Keys are the names registered in the connection schema; at least one is required and the values must match the schema's types. DateTime values are ISO 8601 strings. Annotate a value with `<name>@odata.type`: `Collection(String)`, `Collection(Int64)`, `Collection(Double)` or `Collection(DateTimeOffset)` for every collection (required for DateTime collections), and `String` for strings with non-ASCII characters. */
export type Properties = components['schemas']['properties'];
/** One property of a connection schema. Not expressed as keywords: a label's data type must match the property's type and each label may be used by one property only per schema; the concept page also says a refinable property can't be searchable and a refiner can't be added by a later schema change (precision unconfirmed, so not enforced here). */
export type Property = components['schemas']['property'];
/** A condition on one schema property of the items. */
export type PropertyRule = components['schemas']['propertyRule'];
/** Data type of a schema property. Members after `unknownFutureValue` (`principal`, `principalCollection`) are evolvable: the service returns them only when the request carries `Prefer: include-unknown-enum-members`, otherwise it serializes them as `unknownFutureValue`. Doc samples send capitalised values such as `String`; whether the service coerces them is unconfirmed. */
export type PropertyType = components['schemas']['propertyType'];
/** An error reported inside a resource (not the HTTP error body; see odataError). */
export type PublicError = components['schemas']['publicError'];
export type PublicErrorDetail = components['schemas']['publicErrorDetail'];
export type PublicInnerError = components['schemas']['publicInnerError'];
/** Beta only. How important the property is for ranking. */
export type RankingHint = components['schemas']['rankingHint'];
/** Comparison of a propertyRule. `null` is a member name (a string), not JSON null. */
export type RuleOperation = components['schemas']['ruleOperation'];
/** The schema of a connection: which properties its items carry and how they are indexed (entity, single-valued navigation `schema` of the connection; it can't be deleted). Registering it is asynchronous (registerSchema). Adding properties or aliases later needs no re-ingestion; adding search capabilities or labels does. */
export type Schema = components['schemas']['schema'];
/** How the items of the connection are displayed in Microsoft Search results. */
export type SearchSettings = components['schemas']['searchSettings'];
/** Which URLs a resolver applies to. */
export type UrlMatchInfo = components['schemas']['urlMatchInfo'];
/** Abstract base of the URL-to-item resolvers (`microsoft.graph.externalConnectors.urlToItemResolverBase`). Derived types (itemIdResolver) add properties; send the derived type's `@odata.type`. */
export type UrlToItemResolverBase = components['schemas']['urlToItemResolverBase'];
/** query parameters of: List connections */
export type ListConnectionsQueryParameters = NonNullable<paths['/external/connections']['get']['parameters']['query']>;
/** header parameters of: List connections */
export type ListConnectionsHeaderParameters = NonNullable<paths['/external/connections']['get']['parameters']['header']>;
/** 200 response of: List connections */
export type ListConnectionsResponse200 = paths['/external/connections']['get']['responses'][200]['content']['application/json'];
/** 400 response of: List connections */
export type ListConnectionsResponse400 = paths['/external/connections']['get']['responses'][400]['content']['application/json'];
/** 401 response of: List connections */
export type ListConnectionsResponse401 = paths['/external/connections']['get']['responses'][401]['content']['application/json'];
/** 403 response of: List connections */
export type ListConnectionsResponse403 = paths['/external/connections']['get']['responses'][403]['content']['application/json'];
/** 429 response of: List connections */
export type ListConnectionsResponse429 = paths['/external/connections']['get']['responses'][429]['content']['application/json'];
/** 503 response of: List connections */
export type ListConnectionsResponse503 = paths['/external/connections']['get']['responses'][503]['content']['application/json'];
/** header parameters of: Create a connection */
export type CreateConnectionHeaderParameters = NonNullable<paths['/external/connections']['post']['parameters']['header']>;
/** Request body of: Create a connection */
export type CreateConnectionRequestBody = NonNullable<paths['/external/connections']['post']['requestBody']>['content']['application/json'];
/** 201 response of: Create a connection */
export type CreateConnectionResponse201 = paths['/external/connections']['post']['responses'][201]['content']['application/json'];
/** 400 response of: Create a connection */
export type CreateConnectionResponse400 = paths['/external/connections']['post']['responses'][400]['content']['application/json'];
/** 401 response of: Create a connection */
export type CreateConnectionResponse401 = paths['/external/connections']['post']['responses'][401]['content']['application/json'];
/** 403 response of: Create a connection */
export type CreateConnectionResponse403 = paths['/external/connections']['post']['responses'][403]['content']['application/json'];
/** 409 response of: Create a connection */
export type CreateConnectionResponse409 = paths['/external/connections']['post']['responses'][409]['content']['application/json'];
/** 429 response of: Create a connection */
export type CreateConnectionResponse429 = paths['/external/connections']['post']['responses'][429]['content']['application/json'];
/** 503 response of: Create a connection */
export type CreateConnectionResponse503 = paths['/external/connections']['post']['responses'][503]['content']['application/json'];
/** path parameters of: Get a connection */
export type GetConnectionPathParameters = NonNullable<paths['/external/connections/{connectionId}']['get']['parameters']['path']>;
/** query parameters of: Get a connection */
export type GetConnectionQueryParameters = NonNullable<paths['/external/connections/{connectionId}']['get']['parameters']['query']>;
/** header parameters of: Get a connection */
export type GetConnectionHeaderParameters = NonNullable<paths['/external/connections/{connectionId}']['get']['parameters']['header']>;
/** 200 response of: Get a connection */
export type GetConnectionResponse200 = paths['/external/connections/{connectionId}']['get']['responses'][200]['content']['application/json'];
/** 400 response of: Get a connection */
export type GetConnectionResponse400 = paths['/external/connections/{connectionId}']['get']['responses'][400]['content']['application/json'];
/** 401 response of: Get a connection */
export type GetConnectionResponse401 = paths['/external/connections/{connectionId}']['get']['responses'][401]['content']['application/json'];
/** 403 response of: Get a connection */
export type GetConnectionResponse403 = paths['/external/connections/{connectionId}']['get']['responses'][403]['content']['application/json'];
/** 404 response of: Get a connection */
export type GetConnectionResponse404 = paths['/external/connections/{connectionId}']['get']['responses'][404]['content']['application/json'];
/** 429 response of: Get a connection */
export type GetConnectionResponse429 = paths['/external/connections/{connectionId}']['get']['responses'][429]['content']['application/json'];
/** 503 response of: Get a connection */
export type GetConnectionResponse503 = paths['/external/connections/{connectionId}']['get']['responses'][503]['content']['application/json'];
/** path parameters of: Delete a connection */
export type DeleteConnectionPathParameters = NonNullable<paths['/external/connections/{connectionId}']['delete']['parameters']['path']>;
/** header parameters of: Delete a connection */
export type DeleteConnectionHeaderParameters = NonNullable<paths['/external/connections/{connectionId}']['delete']['parameters']['header']>;
/** 400 response of: Delete a connection */
export type DeleteConnectionResponse400 = paths['/external/connections/{connectionId}']['delete']['responses'][400]['content']['application/json'];
/** 401 response of: Delete a connection */
export type DeleteConnectionResponse401 = paths['/external/connections/{connectionId}']['delete']['responses'][401]['content']['application/json'];
/** 403 response of: Delete a connection */
export type DeleteConnectionResponse403 = paths['/external/connections/{connectionId}']['delete']['responses'][403]['content']['application/json'];
/** 404 response of: Delete a connection */
export type DeleteConnectionResponse404 = paths['/external/connections/{connectionId}']['delete']['responses'][404]['content']['application/json'];
/** 429 response of: Delete a connection */
export type DeleteConnectionResponse429 = paths['/external/connections/{connectionId}']['delete']['responses'][429]['content']['application/json'];
/** 503 response of: Delete a connection */
export type DeleteConnectionResponse503 = paths['/external/connections/{connectionId}']['delete']['responses'][503]['content']['application/json'];
/** path parameters of: Update a connection */
export type UpdateConnectionPathParameters = NonNullable<paths['/external/connections/{connectionId}']['patch']['parameters']['path']>;
/** header parameters of: Update a connection */
export type UpdateConnectionHeaderParameters = NonNullable<paths['/external/connections/{connectionId}']['patch']['parameters']['header']>;
/** Request body of: Update a connection */
export type UpdateConnectionRequestBody = NonNullable<paths['/external/connections/{connectionId}']['patch']['requestBody']>['content']['application/json'];
/** 400 response of: Update a connection */
export type UpdateConnectionResponse400 = paths['/external/connections/{connectionId}']['patch']['responses'][400]['content']['application/json'];
/** 401 response of: Update a connection */
export type UpdateConnectionResponse401 = paths['/external/connections/{connectionId}']['patch']['responses'][401]['content']['application/json'];
/** 403 response of: Update a connection */
export type UpdateConnectionResponse403 = paths['/external/connections/{connectionId}']['patch']['responses'][403]['content']['application/json'];
/** 404 response of: Update a connection */
export type UpdateConnectionResponse404 = paths['/external/connections/{connectionId}']['patch']['responses'][404]['content']['application/json'];
/** 429 response of: Update a connection */
export type UpdateConnectionResponse429 = paths['/external/connections/{connectionId}']['patch']['responses'][429]['content']['application/json'];
/** 503 response of: Update a connection */
export type UpdateConnectionResponse503 = paths['/external/connections/{connectionId}']['patch']['responses'][503]['content']['application/json'];
/** path parameters of: Get the schema of a connection */
export type GetSchemaPathParameters = NonNullable<paths['/external/connections/{connectionId}/schema']['get']['parameters']['path']>;
/** header parameters of: Get the schema of a connection */
export type GetSchemaHeaderParameters = NonNullable<paths['/external/connections/{connectionId}/schema']['get']['parameters']['header']>;
/** 200 response of: Get the schema of a connection */
export type GetSchemaResponse200 = paths['/external/connections/{connectionId}/schema']['get']['responses'][200]['content']['application/json'];
/** 400 response of: Get the schema of a connection */
export type GetSchemaResponse400 = paths['/external/connections/{connectionId}/schema']['get']['responses'][400]['content']['application/json'];
/** 401 response of: Get the schema of a connection */
export type GetSchemaResponse401 = paths['/external/connections/{connectionId}/schema']['get']['responses'][401]['content']['application/json'];
/** 403 response of: Get the schema of a connection */
export type GetSchemaResponse403 = paths['/external/connections/{connectionId}/schema']['get']['responses'][403]['content']['application/json'];
/** 404 response of: Get the schema of a connection */
export type GetSchemaResponse404 = paths['/external/connections/{connectionId}/schema']['get']['responses'][404]['content']['application/json'];
/** 429 response of: Get the schema of a connection */
export type GetSchemaResponse429 = paths['/external/connections/{connectionId}/schema']['get']['responses'][429]['content']['application/json'];
/** 503 response of: Get the schema of a connection */
export type GetSchemaResponse503 = paths['/external/connections/{connectionId}/schema']['get']['responses'][503]['content']['application/json'];
/** path parameters of: Create or update the schema of a connection */
export type RegisterSchemaPathParameters = NonNullable<paths['/external/connections/{connectionId}/schema']['patch']['parameters']['path']>;
/** header parameters of: Create or update the schema of a connection */
export type RegisterSchemaHeaderParameters = NonNullable<paths['/external/connections/{connectionId}/schema']['patch']['parameters']['header']>;
/** Request body of: Create or update the schema of a connection */
export type RegisterSchemaRequestBody = NonNullable<paths['/external/connections/{connectionId}/schema']['patch']['requestBody']>['content']['application/json'];
/** 400 response of: Create or update the schema of a connection */
export type RegisterSchemaResponse400 = paths['/external/connections/{connectionId}/schema']['patch']['responses'][400]['content']['application/json'];
/** 401 response of: Create or update the schema of a connection */
export type RegisterSchemaResponse401 = paths['/external/connections/{connectionId}/schema']['patch']['responses'][401]['content']['application/json'];
/** 403 response of: Create or update the schema of a connection */
export type RegisterSchemaResponse403 = paths['/external/connections/{connectionId}/schema']['patch']['responses'][403]['content']['application/json'];
/** 404 response of: Create or update the schema of a connection */
export type RegisterSchemaResponse404 = paths['/external/connections/{connectionId}/schema']['patch']['responses'][404]['content']['application/json'];
/** 409 response of: Create or update the schema of a connection */
export type RegisterSchemaResponse409 = paths['/external/connections/{connectionId}/schema']['patch']['responses'][409]['content']['application/json'];
/** 429 response of: Create or update the schema of a connection */
export type RegisterSchemaResponse429 = paths['/external/connections/{connectionId}/schema']['patch']['responses'][429]['content']['application/json'];
/** 503 response of: Create or update the schema of a connection */
export type RegisterSchemaResponse503 = paths['/external/connections/{connectionId}/schema']['patch']['responses'][503]['content']['application/json'];
/** path parameters of: Create a connectionOperation (beta, seed 004) */
export type CreateConnectionOperationPathParameters = NonNullable<paths['/external/connections/{connectionId}/operations']['post']['parameters']['path']>;
/** header parameters of: Create a connectionOperation (beta, seed 004) */
export type CreateConnectionOperationHeaderParameters = NonNullable<paths['/external/connections/{connectionId}/operations']['post']['parameters']['header']>;
/** Request body of: Create a connectionOperation (beta, seed 004) */
export type CreateConnectionOperationRequestBody = NonNullable<paths['/external/connections/{connectionId}/operations']['post']['requestBody']>['content']['application/json'];
/** 201 response of: Create a connectionOperation (beta, seed 004) */
export type CreateConnectionOperationResponse201 = paths['/external/connections/{connectionId}/operations']['post']['responses'][201]['content']['application/json'];
/** 400 response of: Create a connectionOperation (beta, seed 004) */
export type CreateConnectionOperationResponse400 = paths['/external/connections/{connectionId}/operations']['post']['responses'][400]['content']['application/json'];
/** 401 response of: Create a connectionOperation (beta, seed 004) */
export type CreateConnectionOperationResponse401 = paths['/external/connections/{connectionId}/operations']['post']['responses'][401]['content']['application/json'];
/** 403 response of: Create a connectionOperation (beta, seed 004) */
export type CreateConnectionOperationResponse403 = paths['/external/connections/{connectionId}/operations']['post']['responses'][403]['content']['application/json'];
/** 404 response of: Create a connectionOperation (beta, seed 004) */
export type CreateConnectionOperationResponse404 = paths['/external/connections/{connectionId}/operations']['post']['responses'][404]['content']['application/json'];
/** 409 response of: Create a connectionOperation (beta, seed 004) */
export type CreateConnectionOperationResponse409 = paths['/external/connections/{connectionId}/operations']['post']['responses'][409]['content']['application/json'];
/** 429 response of: Create a connectionOperation (beta, seed 004) */
export type CreateConnectionOperationResponse429 = paths['/external/connections/{connectionId}/operations']['post']['responses'][429]['content']['application/json'];
/** 503 response of: Create a connectionOperation (beta, seed 004) */
export type CreateConnectionOperationResponse503 = paths['/external/connections/{connectionId}/operations']['post']['responses'][503]['content']['application/json'];
/** path parameters of: Get a connection operation */
export type GetConnectionOperationPathParameters = NonNullable<paths['/external/connections/{connectionId}/operations/{operationId}']['get']['parameters']['path']>;
/** query parameters of: Get a connection operation */
export type GetConnectionOperationQueryParameters = NonNullable<paths['/external/connections/{connectionId}/operations/{operationId}']['get']['parameters']['query']>;
/** header parameters of: Get a connection operation */
export type GetConnectionOperationHeaderParameters = NonNullable<paths['/external/connections/{connectionId}/operations/{operationId}']['get']['parameters']['header']>;
/** 200 response of: Get a connection operation */
export type GetConnectionOperationResponse200 = paths['/external/connections/{connectionId}/operations/{operationId}']['get']['responses'][200]['content']['application/json'];
/** 400 response of: Get a connection operation */
export type GetConnectionOperationResponse400 = paths['/external/connections/{connectionId}/operations/{operationId}']['get']['responses'][400]['content']['application/json'];
/** 401 response of: Get a connection operation */
export type GetConnectionOperationResponse401 = paths['/external/connections/{connectionId}/operations/{operationId}']['get']['responses'][401]['content']['application/json'];
/** 403 response of: Get a connection operation */
export type GetConnectionOperationResponse403 = paths['/external/connections/{connectionId}/operations/{operationId}']['get']['responses'][403]['content']['application/json'];
/** 404 response of: Get a connection operation */
export type GetConnectionOperationResponse404 = paths['/external/connections/{connectionId}/operations/{operationId}']['get']['responses'][404]['content']['application/json'];
/** 429 response of: Get a connection operation */
export type GetConnectionOperationResponse429 = paths['/external/connections/{connectionId}/operations/{operationId}']['get']['responses'][429]['content']['application/json'];
/** 503 response of: Get a connection operation */
export type GetConnectionOperationResponse503 = paths['/external/connections/{connectionId}/operations/{operationId}']['get']['responses'][503]['content']['application/json'];
/** path parameters of: Get an item */
export type GetItemPathParameters = NonNullable<paths['/external/connections/{connectionId}/items/{itemId}']['get']['parameters']['path']>;
/** header parameters of: Get an item */
export type GetItemHeaderParameters = NonNullable<paths['/external/connections/{connectionId}/items/{itemId}']['get']['parameters']['header']>;
/** 200 response of: Get an item */
export type GetItemResponse200 = paths['/external/connections/{connectionId}/items/{itemId}']['get']['responses'][200]['content']['application/json'];
/** 400 response of: Get an item */
export type GetItemResponse400 = paths['/external/connections/{connectionId}/items/{itemId}']['get']['responses'][400]['content']['application/json'];
/** 401 response of: Get an item */
export type GetItemResponse401 = paths['/external/connections/{connectionId}/items/{itemId}']['get']['responses'][401]['content']['application/json'];
/** 403 response of: Get an item */
export type GetItemResponse403 = paths['/external/connections/{connectionId}/items/{itemId}']['get']['responses'][403]['content']['application/json'];
/** 404 response of: Get an item */
export type GetItemResponse404 = paths['/external/connections/{connectionId}/items/{itemId}']['get']['responses'][404]['content']['application/json'];
/** 429 response of: Get an item */
export type GetItemResponse429 = paths['/external/connections/{connectionId}/items/{itemId}']['get']['responses'][429]['content']['application/json'];
/** 503 response of: Get an item */
export type GetItemResponse503 = paths['/external/connections/{connectionId}/items/{itemId}']['get']['responses'][503]['content']['application/json'];
/** path parameters of: Create or replace an item */
export type PutItemPathParameters = NonNullable<paths['/external/connections/{connectionId}/items/{itemId}']['put']['parameters']['path']>;
/** header parameters of: Create or replace an item */
export type PutItemHeaderParameters = NonNullable<paths['/external/connections/{connectionId}/items/{itemId}']['put']['parameters']['header']>;
/** Request body of: Create or replace an item */
export type PutItemRequestBody = NonNullable<paths['/external/connections/{connectionId}/items/{itemId}']['put']['requestBody']>['content']['application/json'];
/** 400 response of: Create or replace an item */
export type PutItemResponse400 = paths['/external/connections/{connectionId}/items/{itemId}']['put']['responses'][400]['content']['application/json'];
/** 401 response of: Create or replace an item */
export type PutItemResponse401 = paths['/external/connections/{connectionId}/items/{itemId}']['put']['responses'][401]['content']['application/json'];
/** 403 response of: Create or replace an item */
export type PutItemResponse403 = paths['/external/connections/{connectionId}/items/{itemId}']['put']['responses'][403]['content']['application/json'];
/** 404 response of: Create or replace an item */
export type PutItemResponse404 = paths['/external/connections/{connectionId}/items/{itemId}']['put']['responses'][404]['content']['application/json'];
/** 409 response of: Create or replace an item */
export type PutItemResponse409 = paths['/external/connections/{connectionId}/items/{itemId}']['put']['responses'][409]['content']['application/json'];
/** 413 response of: Create or replace an item */
export type PutItemResponse413 = paths['/external/connections/{connectionId}/items/{itemId}']['put']['responses'][413]['content']['application/json'];
/** 429 response of: Create or replace an item */
export type PutItemResponse429 = paths['/external/connections/{connectionId}/items/{itemId}']['put']['responses'][429]['content']['application/json'];
/** 503 response of: Create or replace an item */
export type PutItemResponse503 = paths['/external/connections/{connectionId}/items/{itemId}']['put']['responses'][503]['content']['application/json'];
/** path parameters of: Delete an item */
export type DeleteItemPathParameters = NonNullable<paths['/external/connections/{connectionId}/items/{itemId}']['delete']['parameters']['path']>;
/** header parameters of: Delete an item */
export type DeleteItemHeaderParameters = NonNullable<paths['/external/connections/{connectionId}/items/{itemId}']['delete']['parameters']['header']>;
/** 400 response of: Delete an item */
export type DeleteItemResponse400 = paths['/external/connections/{connectionId}/items/{itemId}']['delete']['responses'][400]['content']['application/json'];
/** 401 response of: Delete an item */
export type DeleteItemResponse401 = paths['/external/connections/{connectionId}/items/{itemId}']['delete']['responses'][401]['content']['application/json'];
/** 403 response of: Delete an item */
export type DeleteItemResponse403 = paths['/external/connections/{connectionId}/items/{itemId}']['delete']['responses'][403]['content']['application/json'];
/** 404 response of: Delete an item */
export type DeleteItemResponse404 = paths['/external/connections/{connectionId}/items/{itemId}']['delete']['responses'][404]['content']['application/json'];
/** 429 response of: Delete an item */
export type DeleteItemResponse429 = paths['/external/connections/{connectionId}/items/{itemId}']['delete']['responses'][429]['content']['application/json'];
/** 503 response of: Delete an item */
export type DeleteItemResponse503 = paths['/external/connections/{connectionId}/items/{itemId}']['delete']['responses'][503]['content']['application/json'];
/** path parameters of: Add activities to an item */
export type AddActivitiesPathParameters = NonNullable<paths['/external/connections/{connectionId}/items/{itemId}/addActivities']['post']['parameters']['path']>;
/** header parameters of: Add activities to an item */
export type AddActivitiesHeaderParameters = NonNullable<paths['/external/connections/{connectionId}/items/{itemId}/addActivities']['post']['parameters']['header']>;
/** Request body of: Add activities to an item */
export type AddActivitiesRequestBody = NonNullable<paths['/external/connections/{connectionId}/items/{itemId}/addActivities']['post']['requestBody']>['content']['application/json'];
/** 200 response of: Add activities to an item */
export type AddActivitiesResponse200 = paths['/external/connections/{connectionId}/items/{itemId}/addActivities']['post']['responses'][200]['content']['application/json'];
/** 207 response of: Add activities to an item */
export type AddActivitiesResponse207 = paths['/external/connections/{connectionId}/items/{itemId}/addActivities']['post']['responses'][207]['content']['application/json'];
/** 400 response of: Add activities to an item */
export type AddActivitiesResponse400 = paths['/external/connections/{connectionId}/items/{itemId}/addActivities']['post']['responses'][400]['content']['application/json'];
/** 401 response of: Add activities to an item */
export type AddActivitiesResponse401 = paths['/external/connections/{connectionId}/items/{itemId}/addActivities']['post']['responses'][401]['content']['application/json'];
/** 403 response of: Add activities to an item */
export type AddActivitiesResponse403 = paths['/external/connections/{connectionId}/items/{itemId}/addActivities']['post']['responses'][403]['content']['application/json'];
/** 404 response of: Add activities to an item */
export type AddActivitiesResponse404 = paths['/external/connections/{connectionId}/items/{itemId}/addActivities']['post']['responses'][404]['content']['application/json'];
/** 429 response of: Add activities to an item */
export type AddActivitiesResponse429 = paths['/external/connections/{connectionId}/items/{itemId}/addActivities']['post']['responses'][429]['content']['application/json'];
/** 503 response of: Add activities to an item */
export type AddActivitiesResponse503 = paths['/external/connections/{connectionId}/items/{itemId}/addActivities']['post']['responses'][503]['content']['application/json'];
/** path parameters of: Create an external group */
export type CreateGroupPathParameters = NonNullable<paths['/external/connections/{connectionId}/groups']['post']['parameters']['path']>;
/** header parameters of: Create an external group */
export type CreateGroupHeaderParameters = NonNullable<paths['/external/connections/{connectionId}/groups']['post']['parameters']['header']>;
/** Request body of: Create an external group */
export type CreateGroupRequestBody = NonNullable<paths['/external/connections/{connectionId}/groups']['post']['requestBody']>['content']['application/json'];
/** 201 response of: Create an external group */
export type CreateGroupResponse201 = paths['/external/connections/{connectionId}/groups']['post']['responses'][201]['content']['application/json'];
/** 400 response of: Create an external group */
export type CreateGroupResponse400 = paths['/external/connections/{connectionId}/groups']['post']['responses'][400]['content']['application/json'];
/** 401 response of: Create an external group */
export type CreateGroupResponse401 = paths['/external/connections/{connectionId}/groups']['post']['responses'][401]['content']['application/json'];
/** 403 response of: Create an external group */
export type CreateGroupResponse403 = paths['/external/connections/{connectionId}/groups']['post']['responses'][403]['content']['application/json'];
/** 404 response of: Create an external group */
export type CreateGroupResponse404 = paths['/external/connections/{connectionId}/groups']['post']['responses'][404]['content']['application/json'];
/** 409 response of: Create an external group */
export type CreateGroupResponse409 = paths['/external/connections/{connectionId}/groups']['post']['responses'][409]['content']['application/json'];
/** 429 response of: Create an external group */
export type CreateGroupResponse429 = paths['/external/connections/{connectionId}/groups']['post']['responses'][429]['content']['application/json'];
/** 503 response of: Create an external group */
export type CreateGroupResponse503 = paths['/external/connections/{connectionId}/groups']['post']['responses'][503]['content']['application/json'];
/** path parameters of: Get an external group */
export type GetGroupPathParameters = NonNullable<paths['/external/connections/{connectionId}/groups/{groupId}']['get']['parameters']['path']>;
/** header parameters of: Get an external group */
export type GetGroupHeaderParameters = NonNullable<paths['/external/connections/{connectionId}/groups/{groupId}']['get']['parameters']['header']>;
/** 200 response of: Get an external group */
export type GetGroupResponse200 = paths['/external/connections/{connectionId}/groups/{groupId}']['get']['responses'][200]['content']['application/json'];
/** 400 response of: Get an external group */
export type GetGroupResponse400 = paths['/external/connections/{connectionId}/groups/{groupId}']['get']['responses'][400]['content']['application/json'];
/** 401 response of: Get an external group */
export type GetGroupResponse401 = paths['/external/connections/{connectionId}/groups/{groupId}']['get']['responses'][401]['content']['application/json'];
/** 403 response of: Get an external group */
export type GetGroupResponse403 = paths['/external/connections/{connectionId}/groups/{groupId}']['get']['responses'][403]['content']['application/json'];
/** 404 response of: Get an external group */
export type GetGroupResponse404 = paths['/external/connections/{connectionId}/groups/{groupId}']['get']['responses'][404]['content']['application/json'];
/** 429 response of: Get an external group */
export type GetGroupResponse429 = paths['/external/connections/{connectionId}/groups/{groupId}']['get']['responses'][429]['content']['application/json'];
/** 503 response of: Get an external group */
export type GetGroupResponse503 = paths['/external/connections/{connectionId}/groups/{groupId}']['get']['responses'][503]['content']['application/json'];
/** path parameters of: Delete an external group */
export type DeleteGroupPathParameters = NonNullable<paths['/external/connections/{connectionId}/groups/{groupId}']['delete']['parameters']['path']>;
/** header parameters of: Delete an external group */
export type DeleteGroupHeaderParameters = NonNullable<paths['/external/connections/{connectionId}/groups/{groupId}']['delete']['parameters']['header']>;
/** 400 response of: Delete an external group */
export type DeleteGroupResponse400 = paths['/external/connections/{connectionId}/groups/{groupId}']['delete']['responses'][400]['content']['application/json'];
/** 401 response of: Delete an external group */
export type DeleteGroupResponse401 = paths['/external/connections/{connectionId}/groups/{groupId}']['delete']['responses'][401]['content']['application/json'];
/** 403 response of: Delete an external group */
export type DeleteGroupResponse403 = paths['/external/connections/{connectionId}/groups/{groupId}']['delete']['responses'][403]['content']['application/json'];
/** 404 response of: Delete an external group */
export type DeleteGroupResponse404 = paths['/external/connections/{connectionId}/groups/{groupId}']['delete']['responses'][404]['content']['application/json'];
/** 429 response of: Delete an external group */
export type DeleteGroupResponse429 = paths['/external/connections/{connectionId}/groups/{groupId}']['delete']['responses'][429]['content']['application/json'];
/** 503 response of: Delete an external group */
export type DeleteGroupResponse503 = paths['/external/connections/{connectionId}/groups/{groupId}']['delete']['responses'][503]['content']['application/json'];
/** path parameters of: Update an external group */
export type UpdateGroupPathParameters = NonNullable<paths['/external/connections/{connectionId}/groups/{groupId}']['patch']['parameters']['path']>;
/** header parameters of: Update an external group */
export type UpdateGroupHeaderParameters = NonNullable<paths['/external/connections/{connectionId}/groups/{groupId}']['patch']['parameters']['header']>;
/** Request body of: Update an external group */
export type UpdateGroupRequestBody = NonNullable<paths['/external/connections/{connectionId}/groups/{groupId}']['patch']['requestBody']>['content']['application/json'];
/** 400 response of: Update an external group */
export type UpdateGroupResponse400 = paths['/external/connections/{connectionId}/groups/{groupId}']['patch']['responses'][400]['content']['application/json'];
/** 401 response of: Update an external group */
export type UpdateGroupResponse401 = paths['/external/connections/{connectionId}/groups/{groupId}']['patch']['responses'][401]['content']['application/json'];
/** 403 response of: Update an external group */
export type UpdateGroupResponse403 = paths['/external/connections/{connectionId}/groups/{groupId}']['patch']['responses'][403]['content']['application/json'];
/** 404 response of: Update an external group */
export type UpdateGroupResponse404 = paths['/external/connections/{connectionId}/groups/{groupId}']['patch']['responses'][404]['content']['application/json'];
/** 429 response of: Update an external group */
export type UpdateGroupResponse429 = paths['/external/connections/{connectionId}/groups/{groupId}']['patch']['responses'][429]['content']['application/json'];
/** 503 response of: Update an external group */
export type UpdateGroupResponse503 = paths['/external/connections/{connectionId}/groups/{groupId}']['patch']['responses'][503]['content']['application/json'];
/** path parameters of: Add a member to an external group */
export type AddGroupMemberPathParameters = NonNullable<paths['/external/connections/{connectionId}/groups/{groupId}/members']['post']['parameters']['path']>;
/** header parameters of: Add a member to an external group */
export type AddGroupMemberHeaderParameters = NonNullable<paths['/external/connections/{connectionId}/groups/{groupId}/members']['post']['parameters']['header']>;
/** Request body of: Add a member to an external group */
export type AddGroupMemberRequestBody = NonNullable<paths['/external/connections/{connectionId}/groups/{groupId}/members']['post']['requestBody']>['content']['application/json'];
/** 201 response of: Add a member to an external group */
export type AddGroupMemberResponse201 = paths['/external/connections/{connectionId}/groups/{groupId}/members']['post']['responses'][201]['content']['application/json'];
/** 400 response of: Add a member to an external group */
export type AddGroupMemberResponse400 = paths['/external/connections/{connectionId}/groups/{groupId}/members']['post']['responses'][400]['content']['application/json'];
/** 401 response of: Add a member to an external group */
export type AddGroupMemberResponse401 = paths['/external/connections/{connectionId}/groups/{groupId}/members']['post']['responses'][401]['content']['application/json'];
/** 403 response of: Add a member to an external group */
export type AddGroupMemberResponse403 = paths['/external/connections/{connectionId}/groups/{groupId}/members']['post']['responses'][403]['content']['application/json'];
/** 404 response of: Add a member to an external group */
export type AddGroupMemberResponse404 = paths['/external/connections/{connectionId}/groups/{groupId}/members']['post']['responses'][404]['content']['application/json'];
/** 409 response of: Add a member to an external group */
export type AddGroupMemberResponse409 = paths['/external/connections/{connectionId}/groups/{groupId}/members']['post']['responses'][409]['content']['application/json'];
/** 429 response of: Add a member to an external group */
export type AddGroupMemberResponse429 = paths['/external/connections/{connectionId}/groups/{groupId}/members']['post']['responses'][429]['content']['application/json'];
/** 503 response of: Add a member to an external group */
export type AddGroupMemberResponse503 = paths['/external/connections/{connectionId}/groups/{groupId}/members']['post']['responses'][503]['content']['application/json'];
/** path parameters of: Remove a member from an external group */
export type RemoveGroupMemberPathParameters = NonNullable<paths['/external/connections/{connectionId}/groups/{groupId}/members/{memberId}']['delete']['parameters']['path']>;
/** header parameters of: Remove a member from an external group */
export type RemoveGroupMemberHeaderParameters = NonNullable<paths['/external/connections/{connectionId}/groups/{groupId}/members/{memberId}']['delete']['parameters']['header']>;
/** 400 response of: Remove a member from an external group */
export type RemoveGroupMemberResponse400 = paths['/external/connections/{connectionId}/groups/{groupId}/members/{memberId}']['delete']['responses'][400]['content']['application/json'];
/** 401 response of: Remove a member from an external group */
export type RemoveGroupMemberResponse401 = paths['/external/connections/{connectionId}/groups/{groupId}/members/{memberId}']['delete']['responses'][401]['content']['application/json'];
/** 403 response of: Remove a member from an external group */
export type RemoveGroupMemberResponse403 = paths['/external/connections/{connectionId}/groups/{groupId}/members/{memberId}']['delete']['responses'][403]['content']['application/json'];
/** 404 response of: Remove a member from an external group */
export type RemoveGroupMemberResponse404 = paths['/external/connections/{connectionId}/groups/{groupId}/members/{memberId}']['delete']['responses'][404]['content']['application/json'];
/** 429 response of: Remove a member from an external group */
export type RemoveGroupMemberResponse429 = paths['/external/connections/{connectionId}/groups/{groupId}/members/{memberId}']['delete']['responses'][429]['content']['application/json'];
/** 503 response of: Remove a member from an external group */
export type RemoveGroupMemberResponse503 = paths['/external/connections/{connectionId}/groups/{groupId}/members/{memberId}']['delete']['responses'][503]['content']['application/json'];
/** path parameters of: Get the item quota of a connection (beta) */
export type GetQuotaPathParameters = NonNullable<paths['/external/connections/{connectionId}/quota']['get']['parameters']['path']>;
/** query parameters of: Get the item quota of a connection (beta) */
export type GetQuotaQueryParameters = NonNullable<paths['/external/connections/{connectionId}/quota']['get']['parameters']['query']>;
/** header parameters of: Get the item quota of a connection (beta) */
export type GetQuotaHeaderParameters = NonNullable<paths['/external/connections/{connectionId}/quota']['get']['parameters']['header']>;
/** 200 response of: Get the item quota of a connection (beta) */
export type GetQuotaResponse200 = paths['/external/connections/{connectionId}/quota']['get']['responses'][200]['content']['application/json'];
/** 400 response of: Get the item quota of a connection (beta) */
export type GetQuotaResponse400 = paths['/external/connections/{connectionId}/quota']['get']['responses'][400]['content']['application/json'];
/** 401 response of: Get the item quota of a connection (beta) */
export type GetQuotaResponse401 = paths['/external/connections/{connectionId}/quota']['get']['responses'][401]['content']['application/json'];
/** 403 response of: Get the item quota of a connection (beta) */
export type GetQuotaResponse403 = paths['/external/connections/{connectionId}/quota']['get']['responses'][403]['content']['application/json'];
/** 404 response of: Get the item quota of a connection (beta) */
export type GetQuotaResponse404 = paths['/external/connections/{connectionId}/quota']['get']['responses'][404]['content']['application/json'];
/** 429 response of: Get the item quota of a connection (beta) */
export type GetQuotaResponse429 = paths['/external/connections/{connectionId}/quota']['get']['responses'][429]['content']['application/json'];
/** 503 response of: Get the item quota of a connection (beta) */
export type GetQuotaResponse503 = paths['/external/connections/{connectionId}/quota']['get']['responses'][503]['content']['application/json'];
/** header parameters of: Create a connection via the legacy root path (beta, seed 001) */
export type CreateConnectionLegacyHeaderParameters = NonNullable<paths['/connections']['post']['parameters']['header']>;
/** Request body of: Create a connection via the legacy root path (beta, seed 001) */
export type CreateConnectionLegacyRequestBody = NonNullable<paths['/connections']['post']['requestBody']>['content']['application/json'];
/** 201 response of: Create a connection via the legacy root path (beta, seed 001) */
export type CreateConnectionLegacyResponse201 = paths['/connections']['post']['responses'][201]['content']['application/json'];
/** 400 response of: Create a connection via the legacy root path (beta, seed 001) */
export type CreateConnectionLegacyResponse400 = paths['/connections']['post']['responses'][400]['content']['application/json'];
/** 401 response of: Create a connection via the legacy root path (beta, seed 001) */
export type CreateConnectionLegacyResponse401 = paths['/connections']['post']['responses'][401]['content']['application/json'];
/** 403 response of: Create a connection via the legacy root path (beta, seed 001) */
export type CreateConnectionLegacyResponse403 = paths['/connections']['post']['responses'][403]['content']['application/json'];
/** 409 response of: Create a connection via the legacy root path (beta, seed 001) */
export type CreateConnectionLegacyResponse409 = paths['/connections']['post']['responses'][409]['content']['application/json'];
/** 429 response of: Create a connection via the legacy root path (beta, seed 001) */
export type CreateConnectionLegacyResponse429 = paths['/connections']['post']['responses'][429]['content']['application/json'];
/** 503 response of: Create a connection via the legacy root path (beta, seed 001) */
export type CreateConnectionLegacyResponse503 = paths['/connections']['post']['responses'][503]['content']['application/json'];
/** header parameters of: Create a connector (beta, seed 003) */
export type CreateConnectorHeaderParameters = NonNullable<paths['/connectors']['post']['parameters']['header']>;
/** Request body of: Create a connector (beta, seed 003) */
export type CreateConnectorRequestBody = NonNullable<paths['/connectors']['post']['requestBody']>['content']['application/json'];
/** 201 response of: Create a connector (beta, seed 003) */
export type CreateConnectorResponse201 = paths['/connectors']['post']['responses'][201]['content']['application/json'];
/** 400 response of: Create a connector (beta, seed 003) */
export type CreateConnectorResponse400 = paths['/connectors']['post']['responses'][400]['content']['application/json'];
/** 401 response of: Create a connector (beta, seed 003) */
export type CreateConnectorResponse401 = paths['/connectors']['post']['responses'][401]['content']['application/json'];
/** 403 response of: Create a connector (beta, seed 003) */
export type CreateConnectorResponse403 = paths['/connectors']['post']['responses'][403]['content']['application/json'];
/** 409 response of: Create a connector (beta, seed 003) */
export type CreateConnectorResponse409 = paths['/connectors']['post']['responses'][409]['content']['application/json'];
/** 429 response of: Create a connector (beta, seed 003) */
export type CreateConnectorResponse429 = paths['/connectors']['post']['responses'][429]['content']['application/json'];
/** 503 response of: Create a connector (beta, seed 003) */
export type CreateConnectorResponse503 = paths['/connectors']['post']['responses'][503]['content']['application/json'];
