export interface paths {
    "/external/connections": {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List connections
         * @description Lists the externalConnection objects of the tenant. The result is paged: follow `@odata.nextLink` (an absolute URL) until it is absent. Apps holding only `ExternalConnection.ReadWrite.OwnedBy` see only the connections they created or are listed in `configuration.authorizedAppIds` of.
         */
        get: operations["listConnections"];
        put?: never;
        /**
         * Create a connection
         * @description Creates an externalConnection. `id`, `name` and `description` are required; the id must follow
         *     the connection-id rules (3-32 letters/digits, no `Microsoft` prefix, no reserved name). The new
         *     connection is in state `draft`; register a schema next (registerSchema). Creating a connection
         *     whose id already exists answers 409.
         *
         *     **Known issue 19908** (seed 002; https://developer.microsoft.com/graph/known-issues/?search=19908):
         *     when the result layout Adaptive Card (a `searchSettings` display template `layout`) is broken, the
         *     first call fails with **503 Service Unavailable although the connection is persisted**; retrying
         *     the same request then fails with **409 Conflict** saying that a connection with the same name
         *     already exists. `x-specgen-idempotent-create` tells the generated client how to recover: after a
         *     409 on a retry it reads the connection with getConnection and treats the create as successful when
         *     `id`, `name` and `description` match the request.
         *
         *     History: the 2019 beta page (seed 000) used namespace `microsoft.graph`, required app-only
         *     `ExternalItem.ReadWrite.All` and returned `configuration.authorizedApps`; today's pages require
         *     `ExternalConnection.ReadWrite.OwnedBy`/`.All` (delegated or application) and use
         *     `authorizedAppIds`. Seed 001 documents the same operation on `POST /connections` too
         *     (createConnectionLegacy). Available in the global service and US Government L4/L5 (DOD); seed 002
         *     also lists China (21Vianet), where today's pages mark connectors unavailable.
         */
        post: operations["createConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/connections/{connectionId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
            };
            cookie?: never;
        };
        /**
         * Get a connection
         * @description Reads an externalConnection. Allowed in every state (`draft`, `ready`, `obsolete`, `limitExceeded`).
         */
        get: operations["getConnection"];
        put?: never;
        post?: never;
        /**
         * Delete a connection
         * @description Deletes the connection. All items indexed in it (and its schema, groups and operations) go with it. Allowed in every state. The v1.0 and beta pages answer 202 Accepted; the generated Graph OpenAPI declares 204, so clients should accept both.
         */
        delete: operations["deleteConnection"];
        options?: never;
        head?: never;
        /**
         * Update a connection
         * @description Updates the properties sent (`name`, `description`, `configuration`, settings; beta also `enabledContentExperiences` and `complianceSettings`); omitted properties keep their values. Allowed in `draft`, `ready` and `limitExceeded`, not in `obsolete`.
         */
        patch: operations["updateConnection"];
        trace?: never;
    };
    "/external/connections/{connectionId}/schema": {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
            };
            cookie?: never;
        };
        /**
         * Get the schema of a connection
         * @description Reads the registered schema. Supports no OData query options. Available once the connection is `ready` (also in `obsolete` and `limitExceeded`); in `draft` there is no schema yet. The doc page's example wraps the body in `"value"` and shows `baseType: "String"`, a doc artefact: the service returns the plain entity. Send `Prefer: include-unknown-enum-members` to receive evolvable `label`/`propertyType` members.
         */
        get: operations["getSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Create or update the schema of a connection
         * @description Registers (creates or updates) the schema asynchronously. The service answers 202 Accepted with no body and a `Location` header holding the absolute URL of a connectionOperation; poll it with getConnectionOperation until `status` is `completed` (the connection becomes `ready`) or `failed` (`error` says why; the connection presumably stays `draft`). Provisioning takes about 5 to 15 minutes. Creating the schema is allowed in `draft`; the 2024 page makes this a create-or-update, so updating in `ready` is allowed too (adding properties or aliases needs no re-ingestion, adding search capabilities or labels does). Older pages used `POST .../schema` with the same 202.
         */
        patch: operations["registerSchema"];
        trace?: never;
    };
    "/external/connections/{connectionId}/operations": {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a connectionOperation (beta, seed 004)
         * @description Kept as seed 004 documents it (`POST /external/connections/{externalConnectionId}/operations`, beta, an unfinished stub). In today's API operations are created only by the service (by registerSchema) and only reading one by id is documented. Seed 004 leaves every permission row as TODO; the scopes below are the nearest documented ones (those of the connection's other operations) and are unconfirmed for this call.
         */
        post: operations["createConnectionOperation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/connections/{connectionId}/operations/{operationId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
                /**
                 * @description Id of the connectionOperation, as returned in the `Location` header of registerSchema.
                 * @example 795e3e1e-8b5b-4c19-9a55-4d1f8b0a2b31
                 */
                operationId: components["parameters"]["operationId"];
            };
            cookie?: never;
        };
        /**
         * Get a connection operation
         * @description Reads the status of a long-running operation, typically the URL from the `Location` header of registerSchema. `status` moves from `inprogress` to `completed` or `failed`; on `failed`, `error.message` explains why.
         */
        get: operations["getConnectionOperation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/connections/{connectionId}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
                /**
                 * @description Developer-supplied id of the externalItem, unique within the connection.
                 * @example TSP228082938
                 */
                itemId: components["parameters"]["itemId"];
            };
            cookie?: never;
        };
        /**
         * Get an item
         * @description Reads an item (`acl`, `properties`, `content`). Supports no OData query options. Allowed when the connection is `ready`, `obsolete` or `limitExceeded`.
         */
        get: operations["getItem"];
        /**
         * Create or replace an item
         * @description Creates the item if it doesn't exist, or replaces it as a whole (no merge) if it does; the answer is a bare 200 without body. `acl` and `properties` (at least one, matching the registered schema) are required, `content` is optional. The request body may not exceed 4 MB (413). Creating items needs a `ready` connection; replacing is allowed in `ready` and `limitExceeded`; the status the service uses for a wrong-state call is not documented (400 or 409). Annotate collection values with `<name>@odata.type` (e.g. `Collection(String)`; DateTime collections need `Collection(DateTimeOffset)`). The older "update externalItem" PATCH (merging top-level fields, replacing `acl`/`properties`, answering 200 with the item) is superseded by this PUT.
         */
        put: operations["putItem"];
        post?: never;
        /**
         * Delete an item
         * @description Deletes an item. Allowed when the connection is `ready` or `limitExceeded`.
         */
        delete: operations["deleteItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/connections/{connectionId}/items/{itemId}/addActivities": {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
                /**
                 * @description Developer-supplied id of the externalItem, unique within the connection.
                 * @example TSP228082938
                 */
                itemId: components["parameters"]["itemId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add activities to an item
         * @description Reports up to 20 activities (viewed, modified, created, commented) on an item; application permissions only. Answers 200 when every activity was added and 207 Multi-Status when some failed; each result repeats the activity with `error` `null` on success. The generated Graph OpenAPI also exposes the bound-action form `.../items/{itemId}/microsoft.graph.externalConnectors.addActivities`. Permissions: the permissions data flags `ExternalItem.ReadWrite.All` as least privileged while the doc page lists `ExternalItem.ReadWrite.OwnedBy` first; this spec follows the permissions data.
         */
        post: operations["addActivities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/connections/{connectionId}/groups": {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an external group
         * @description Creates an externalGroup in the connection. `id` is required and unique within the connection. Item ACLs may reference the group before it exists. Up to 100,000 external groups per tenant; group administration is throttled at 1,000 requests per second.
         */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/connections/{connectionId}/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
                /**
                 * @description Developer-supplied id of the externalGroup, unique within the connection.
                 * @example 31bea3d537902000
                 */
                groupId: components["parameters"]["groupId"];
            };
            cookie?: never;
        };
        /**
         * Get an external group
         * @description Reads an externalGroup. The permissions data flags both `ExternalItem.ReadWrite.OwnedBy` and `ExternalItem.Read.All` as least privileged for this call.
         */
        get: operations["getGroup"];
        put?: never;
        post?: never;
        /**
         * Delete an external group
         * @description Deletes an externalGroup.
         */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        /**
         * Update an external group
         * @description Updates `displayName` and/or `description` of an externalGroup.
         */
        patch: operations["updateGroup"];
        trace?: never;
    };
    "/external/connections/{connectionId}/groups/{groupId}/members": {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
                /**
                 * @description Developer-supplied id of the externalGroup, unique within the connection.
                 * @example 31bea3d537902000
                 */
                groupId: components["parameters"]["groupId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a member to an external group
         * @description Adds a member (identity) to an externalGroup: a Microsoft Entra user or group (`id` = Entra object id) or another externalGroup of the same connection (`id` = its id; nesting is allowed).
         */
        post: operations["addGroupMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/connections/{connectionId}/groups/{groupId}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
                /**
                 * @description Developer-supplied id of the externalGroup, unique within the connection.
                 * @example 31bea3d537902000
                 */
                groupId: components["parameters"]["groupId"];
                /**
                 * @description Id of the member: the Microsoft Entra object id of a user or group, or the id of a nested externalGroup.
                 * @example e811976d-83df-4cbd-8b9b-5215b18aa874
                 */
                memberId: components["parameters"]["memberId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member from an external group
         * @description Removes a member (user, Entra group or nested external group) from an externalGroup.
         */
        delete: operations["removeGroupMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/connections/{connectionId}/quota": {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
            };
            cookie?: never;
        };
        /**
         * Get the item quota of a connection (beta)
         * @description Beta only; application permissions only. Returns how many more items can be ingested: min(connection capacity - items in the connection, tenant quota - items in all connections); for unmonetized tenants just the connection's remainder. Supports OData query parameters such as `$select`.
         */
        get: operations["getQuota"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections": {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a connection via the legacy root path (beta, seed 001)
         * @description Kept as seed 001 (an autogenerated 2019 beta stub) documents it: `POST /connections`, the older path of createConnection, in namespace `microsoft.graph`. Unlike today's API, `id` may be omitted (the old service minted a GUID) and the configuration used `authorizedApps`. The root entity set `connections` still exists in the metadata but is undocumented; use createConnection (`POST /external/connections`). Seed 001 leaves the permissions as TODO; the scopes below are those of createConnection, the nearest documented ones.
         */
        post: operations["createConnectionLegacy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connectors": {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a connector (beta, seed 003)
         * @description Kept exactly as seed 003 documents it (`POST /connectors`, beta, an unfinished stub). Despite the name this is not part of Graph connectors: `connector` is the beta Microsoft Entra application proxy connector (an on-premises agent), documented today under `/onPremisesPublishingProfiles/applicationProxy/connectors` with list and get only and read-only fields. Seed 003 leaves every permission row as TODO and the reference documents none for this call; the scopes below are placeholders taken from this spec's scheme (the connection scopes) so that the operation is callable in generated code, not confirmed permissions.
         */
        post: operations["createConnector"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * entity
         * @description Base type of every Microsoft Graph entity (`microsoft.graph.entity`). Derived entity schemas combine it with `allOf` and re-declare `id` with their own constraints.
         */
        entity: {
            /** @description The unique identifier of the entity. */
            id?: string;
        };
        /**
         * connectionId
         * @description Developer-supplied identifier of an externalConnection: 3 to 32 characters, ASCII letters and digits only, must not start with `Microsoft` and must not be one of the reserved names (the reserved name `MSFT_All_Connectors` already fails the character rule; it is listed for completeness). The checks are case-sensitive here (as the PnP CLI validates them); how the service treats other casings is not documented. The id can't be changed after the connection is created.
         * @example contosohr
         */
        connectionId: string & (unknown & unknown);
        /**
         * externalConnection
         * @description A logical container for external content (`microsoft.graph.externalConnectors.externalConnection`; the 2019 beta used the namespace `microsoft.graph`). Items, external groups, the schema and the schema operations are contained in it. Properties marked `x-specgen-versions: [beta]` exist only in the beta version. Nothing is marked required because responses may be truncated; the create request uses externalConnectionCreate.
         */
        externalConnection: {
            /** @description OData type annotation; accepted and ignored on requests. */
            "@odata.type"?: string;
            id?: components["schemas"]["connectionId"];
            /** @description The display name of the connection shown in Microsoft Search results. */
            name?: string;
            /** @description Description of the connection displayed in the Microsoft 365 admin center. */
            description?: string;
            /** @description Read-only (computed). `draft` after create, `ready` once a schema operation completed, `limitExceeded` when the item quota is hit, `obsolete` when a dependency is deprecated. */
            readonly state?: components["schemas"]["connectionState"];
            configuration?: components["schemas"]["configuration"];
            activitySettings?: components["schemas"]["activitySettings"];
            searchSettings?: components["schemas"]["searchSettings"];
            /** @description The Teams app id of the connector, if the connection was created from a Teams app. */
            connectorId?: string;
            /** @description The category of the content (in the v1.0 CSDL, not on the v1.0 doc page; absent from the US Gov CSDL, so per-cloud support differs). */
            contentCategory?: components["schemas"]["contentCategory"];
            complianceSettings?: components["schemas"]["complianceSettings"];
            /** @description Beta only. Flags enum `contentExperienceType` serialized as one member or a comma-separated list of members, e.g. `"search, compliance"`. The beta doc marks it required. */
            enabledContentExperiences?: components["schemas"]["contentExperienceType"] | string;
            /**
             * Format: int64
             * @description Beta only, read-only. Number of items ingested into the connection, refreshed every 15 minutes; `null` while the connection is in `draft`.
             */
            readonly ingestedItemsCount?: number | null;
        } & components["schemas"]["entity"];
        /**
         * externalConnectionCreate
         * @description Request body of createConnection: an externalConnection whose `id`, `name` and `description` are required (the create page requires all three; the resource page calls `description` optional). `state` and `ingestedItemsCount` are read-only and ignored if sent.
         */
        externalConnectionCreate: WithRequired<components["schemas"]["externalConnection"], "id" | "name" | "description">;
        /**
         * externalConnectionUpdate
         * @description Request body of updateConnection (PATCH). Only the properties sent are changed; omitted properties keep their values. `id` and `state` can't be changed.
         */
        externalConnectionUpdate: {
            /** @description OData type annotation; accepted and ignored. */
            "@odata.type"?: string;
            name?: string;
            description?: string;
            configuration?: components["schemas"]["configuration"];
            activitySettings?: components["schemas"]["activitySettings"];
            searchSettings?: components["schemas"]["searchSettings"];
            connectorId?: string;
            contentCategory?: components["schemas"]["contentCategory"];
            complianceSettings?: components["schemas"]["complianceSettings"];
            /** @description Beta only. One `contentExperienceType` member or a comma-separated list, e.g. `"search, compliance"`. */
            enabledContentExperiences?: components["schemas"]["contentExperienceType"] | string;
        };
        /**
         * externalConnectionCollectionResponse
         * @description A page of connections. When more results exist, `@odata.nextLink` holds the absolute URL of the next page; follow it unchanged until it is absent.
         */
        externalConnectionCollectionResponse: {
            /** @description OData context URL, e.g. `https://graph.microsoft.com/v1.0/$metadata#external/connections`. */
            "@odata.context"?: string;
            /**
             * Format: uri
             * @description Absolute URL of the next page; absent on the last page.
             */
            "@odata.nextLink"?: string;
            value: components["schemas"]["externalConnection"][];
        };
        /**
         * legacyExternalConnection
         * @description The externalConnection as the 2019 autogenerated beta stub (seed 001) documented it for `POST /connections`: namespace `microsoft.graph`, `id` minted by the service as a GUID (so the connection-id rules of today's API don't apply to it), and `configuration.authorizedApps`. Today's equivalent is externalConnection.
         */
        legacyExternalConnection: {
            "@odata.type"?: string;
            /** @description Server-minted GUID in seed 001 (e.g. `1cc90bb3-0bb3-1cc9-b30b-c91cb30bc91c`). */
            id?: string;
            name?: string;
            description?: string;
            configuration?: components["schemas"]["configuration"];
        } & components["schemas"]["entity"];
        /**
         * legacyExternalConnectionCreate
         * @description Request body of createConnectionLegacy (`POST /connections`, seed 001). The seed's table lists `id`, `name`, `description` and `configuration` as required, but its example omits `id` and the old service minted a GUID, so `id` is optional here.
         */
        legacyExternalConnectionCreate: WithRequired<components["schemas"]["legacyExternalConnection"], "name" | "description" | "configuration">;
        /**
         * configuration
         * @description Connection configuration (an OData open type, hence `additionalProperties: true`).
         */
        configuration: {
            /** @description OData type annotation; accepted and ignored on requests. */
            "@odata.type"?: string;
            /** @description Microsoft Entra application (client) ids of the apps allowed to manage the connection and index content into it. Apps holding only `*.OwnedBy` permissions see connections they created or are listed in here. */
            authorizedAppIds?: string[];
            /**
             * @deprecated
             * @description Deprecated: the 2019 beta name of `authorizedAppIds` (seeds 000 and 001). The legacy beta type `microsoft.graph.configuration` still lists it; use `authorizedAppIds`.
             */
            authorizedApps?: string[];
        } & {
            [key: string]: unknown;
        };
        /**
         * activitySettings
         * @description Settings that let Microsoft 365 map URLs shared in Microsoft 365 to items of the connection.
         */
        activitySettings: {
            /** @description Resolvers (type `urlToItemResolverBase[]`). The only concrete subtype is itemIdResolver, which must carry its `@odata.type`. */
            urlToItemResolvers?: components["schemas"]["itemIdResolver"][];
        };
        /**
         * urlToItemResolverBase
         * @description Abstract base of the URL-to-item resolvers (`microsoft.graph.externalConnectors.urlToItemResolverBase`). Derived types (itemIdResolver) add properties; send the derived type's `@odata.type`.
         */
        urlToItemResolverBase: {
            /** @description The derived type, e.g. `#microsoft.graph.externalConnectors.itemIdResolver`. */
            "@odata.type"?: string;
            /**
             * Format: int32
             * @description Priority of the resolver; lower values are evaluated first.
             */
            priority?: number;
        };
        /**
         * itemIdResolver
         * @description Resolves a URL that matches `urlMatchInfo` to the id of an item of the connection.
         */
        itemIdResolver: {
            /** @description Required because the property is typed with the abstract base. */
            "@odata.type": string;
            /** Format: int32 */
            priority?: number;
            /** @description Pattern for the item id, using the named groups of `urlPattern`, e.g. `{slug}`. */
            itemId: string;
            urlMatchInfo: components["schemas"]["urlMatchInfo"];
        } & WithRequired<components["schemas"]["urlToItemResolverBase"], "@odata.type">;
        /**
         * urlMatchInfo
         * @description Which URLs a resolver applies to.
         */
        urlMatchInfo: {
            /** @description Base URLs (scheme and host) the resolver handles. */
            baseUrls?: string[];
            /** @description ECMAScript (ECMA-262) regular expression with named groups, matched against the URL path. */
            urlPattern?: string;
        };
        /**
         * searchSettings
         * @description How the items of the connection are displayed in Microsoft Search results.
         */
        searchSettings: {
            /** @description Result layouts; at most two per connection. */
            searchResultTemplates?: components["schemas"]["displayTemplate"][];
        };
        /**
         * complianceSettings
         * @description Beta only. How the items of the connection are displayed in eDiscovery results.
         */
        complianceSettings: {
            eDiscoveryResultTemplates?: components["schemas"]["displayTemplate"][];
        };
        /**
         * displayTemplate
         * @description A result layout (Adaptive Card) and the rules deciding which items use it. A broken Adaptive Card here triggers known issue 19908 on createConnection.
         */
        displayTemplate: {
            /** @description Identifier of the template; up to 16 letters and digits. */
            id?: string;
            /** @description The Adaptive Card JSON of the layout (OData type `Json`). */
            layout?: {
                [key: string]: unknown;
            };
            /**
             * Format: int32
             * @description Templates are evaluated in ascending priority; gaps are allowed.
             */
            priority?: number;
            /** @description Conditions an item must meet to be displayed with this template. */
            rules?: components["schemas"]["propertyRule"][];
        };
        /**
         * propertyRule
         * @description A condition on one schema property of the items.
         */
        propertyRule: {
            /** @description Name of the schema property the rule tests. */
            property?: string;
            operation?: components["schemas"]["ruleOperation"];
            values?: string[];
            valuesJoinedBy?: components["schemas"]["binaryOperator"];
        };
        /**
         * connectionQuota
         * @description Beta only. Remaining item capacity: `itemsRemaining` = min(connection capacity - items in the connection, tenant quota - items in all connections); for unmonetized tenants just the connection remainder.
         */
        connectionQuota: {
            readonly id?: string;
            /**
             * Format: int64
             * @description Number of items that can still be ingested.
             */
            itemsRemaining?: number;
        } & components["schemas"]["entity"];
        /**
         * schema
         * @description The schema of a connection: which properties its items carry and how they are indexed (entity, single-valued navigation `schema` of the connection; it can't be deleted). Registering it is asynchronous (registerSchema). Adding properties or aliases later needs no re-ingestion; adding search capabilities or labels does.
         */
        schema: {
            readonly id?: string;
            /**
             * @description Must be `microsoft.graph.externalItem` (the resource page's `microsoft.graph.externalConnector.externalItem` is a typo).
             * @enum {string}
             */
            baseType: "microsoft.graph.externalItem";
            /** @description The properties of the items; 1 to 128. */
            properties: components["schemas"]["property"][];
        } & components["schemas"]["entity"];
        /**
         * property
         * @description One property of a connection schema. Not expressed as keywords: a label's data type must match the property's type and each label may be used by one property only per schema; the concept page also says a refinable property can't be searchable and a refiner can't be added by a later schema change (precision unconfirmed, so not enforced here).
         */
        property: {
            /** @description Up to 32 characters; no control characters, whitespace or any of `: ; , ( ) [ ] { } % $ + ! * = & ? @ # \ ~ ' " < > ^` or a backtick. */
            name: string;
            type: components["schemas"]["propertyType"];
            /** @description Full-text searchable; only for `string` and `stringCollection`. */
            isSearchable?: boolean;
            isQueryable?: boolean;
            /** @description Can be returned in search results; required for labelled properties. */
            isRetrievable?: boolean;
            isRefinable?: boolean;
            /** @description Beta only; only for non-searchable `string`/`stringCollection` properties. */
            isExactMatchRequired?: boolean;
            /** @description Semantic labels; a labelled property must be retrievable. */
            labels?: components["schemas"]["label"][];
            /** @description Alternative names; same rules as `name`. */
            aliases?: string[];
            /** @description Describes the property (the beta doc limits it to 200 characters; it helps Copilot). */
            description?: string;
            rankingHint?: components["schemas"]["rankingHint"];
        } & (unknown & unknown & unknown);
        /**
         * rankingHint
         * @description Beta only. How important the property is for ranking.
         */
        rankingHint: {
            importanceScore?: components["schemas"]["importanceScore"];
        };
        /**
         * principal
         * @description Value of a `principal` / `principalCollection` schema property (a person).
         */
        principal: {
            email?: string;
            entraDisplayName?: string;
            entraId?: string;
            externalId?: string;
            externalName?: string;
            tenantId?: string;
            upn?: string;
        };
        /**
         * externalItem
         * @description An item of external content. Created or replaced as a whole with putItem (the request body is limited to 4 MB); `id` comes from the path.
         */
        externalItem: {
            /** @description OData type annotation; accepted and ignored on requests. */
            "@odata.type"?: string;
            /** @description Developer-supplied id, unique within the connection, taken from the request path. The docs say alphanumeric, up to 128 characters (the exact charset the service accepts is unconfirmed, so only the length is enforced). */
            readonly id?: string;
            /** @description Who can see the item. A deny entry overrides grant entries. */
            acl: components["schemas"]["acl"][];
            properties: components["schemas"]["properties"];
            content?: components["schemas"]["externalItemContent"];
        } & components["schemas"]["entity"];
        /**
         * properties
         * @description The property bag of an externalItem (`microsoft.graph.externalConnectors.properties`, an OData open type). Keys are the names registered in the connection schema; at least one is required and the values must match the schema's types. DateTime values are ISO 8601 strings. Annotate a value with `<name>@odata.type`: `Collection(String)`, `Collection(Int64)`, `Collection(Double)` or `Collection(DateTimeOffset)` for every collection (required for DateTime collections), and `String` for strings with non-ASCII characters.
         */
        properties: {
            [key: string]: ((string | number | boolean) | ((string | number) | components["schemas"]["principal"])[] | components["schemas"]["principal"]) | string;
        };
        /**
         * acl
         * @description One access-control entry of an externalItem.
         */
        acl: {
            type: components["schemas"]["aclType"];
            /** @description Microsoft Entra object id for `user`/`group`, the tenant id for `everyone`/`everyoneExceptGuests`, the externalGroup id for `externalGroup` (the group may be created later). */
            value: string;
            accessType: components["schemas"]["accessType"];
            /** @description Beta only (historical). Use `type` `externalGroup` instead of `group` + `external`. */
            identitySource?: components["schemas"]["identitySourceType"];
        };
        /**
         * externalItemContent
         * @description Full-text-indexed content of an item.
         */
        externalItemContent: {
            type?: components["schemas"]["externalItemContentType"];
            /** @description The content; indexed for full-text search. */
            value?: string;
        };
        /**
         * connectionOperation
         * @description A long-running operation of a connection, created by the service when a schema is registered (registerSchema). Poll it until `status` is `completed` or `failed`; on `failed`, `error` explains why.
         */
        connectionOperation: {
            /** @description OData type annotation; accepted and ignored on requests. */
            "@odata.type"?: string;
            /** @description Assigned by the service. */
            readonly id?: string;
            status?: components["schemas"]["connectionOperationStatus"];
            /** @description Set when `status` is `failed`. */
            error?: components["schemas"]["publicError"] | null;
        } & components["schemas"]["entity"];
        /**
         * publicError
         * @description An error reported inside a resource (not the HTTP error body; see odataError).
         */
        publicError: {
            /** @description OData type annotation. */
            "@odata.type"?: string;
            code?: string | null;
            message?: string | null;
            target?: string | null;
            details?: components["schemas"]["publicErrorDetail"][] | null;
            innerError?: components["schemas"]["publicInnerError"] | null;
        };
        /** publicErrorDetail */
        publicErrorDetail: {
            code?: string | null;
            message?: string | null;
            target?: string | null;
        };
        /** publicInnerError */
        publicInnerError: {
            code?: string | null;
            message?: string | null;
            target?: string | null;
            details?: components["schemas"]["publicErrorDetail"][] | null;
        };
        /**
         * externalGroup
         * @description A group defined by the external system, used in item ACLs (`type: externalGroup`). ACLs may reference a group before it is created. Members are identity objects (users, Entra groups or other external groups).
         */
        externalGroup: {
            /** @description Developer-supplied id, unique within the connection; documented as alphanumeric, up to 128 characters (an older concept page also allowed URL/filename-safe base64 characters, so only the length is enforced). */
            id?: string;
            displayName?: string;
            description?: string;
        } & components["schemas"]["entity"];
        /**
         * externalGroupCreate
         * @description Request body of createGroup; `id` is required.
         */
        externalGroupCreate: WithRequired<components["schemas"]["externalGroup"], "id">;
        /**
         * externalGroupUpdate
         * @description Request body of updateGroup (PATCH); only `displayName` and `description` can change.
         */
        externalGroupUpdate: {
            displayName?: string;
            description?: string;
        };
        /**
         * identity
         * @description A member of an externalGroup, or the performer of an externalActivity. For `user` and `group` the id is the Microsoft Entra object id; for `externalGroup` it is the external group's id (nesting is allowed). Beta history: `externalGroupMember {id, type, identitySource}`.
         */
        identity: {
            id: string;
            type: components["schemas"]["identityType"];
        } & WithRequired<components["schemas"]["entity"], "id">;
        /**
         * externalActivity
         * @description Something a person did with an item (viewed, modified, ...), reported with addActivities.
         */
        externalActivity: {
            /** @description Send `#microsoft.graph.externalConnectors.externalActivity` on each activity. */
            "@odata.type"?: string;
            readonly id?: string;
            type: components["schemas"]["externalActivityType"];
            /**
             * Format: date-time
             * @description When the activity took place (UTC, ISO 8601).
             */
            startDateTime: string;
            performedBy?: components["schemas"]["identity"];
        } & components["schemas"]["entity"];
        /**
         * externalActivityResult
         * @description An externalActivity plus the outcome of adding it (`error` is `null` on success). The activity's properties are repeated rather than composed from externalActivity because the result has its own `@odata.type`.
         */
        externalActivityResult: {
            "@odata.type"?: string;
            readonly id?: string;
            type?: components["schemas"]["externalActivityType"];
            /** Format: date-time */
            startDateTime?: string;
            performedBy?: components["schemas"]["identity"];
            /** @description `null` when the activity was added; the reason otherwise. */
            error?: components["schemas"]["publicError"] | null;
        } & components["schemas"]["entity"];
        /**
         * addActivitiesRequest
         * @description Request body of addActivities; at most 20 activities per call.
         */
        addActivitiesRequest: {
            activities: components["schemas"]["externalActivity"][];
        };
        /**
         * addActivitiesResponse
         * @description One result per submitted activity, in the request's order.
         */
        addActivitiesResponse: {
            "@odata.context"?: string;
            value: components["schemas"]["externalActivityResult"][];
        };
        /**
         * connector
         * @description Kept exactly as seed 003 documents it (`microsoft.graph.connector`, `POST /connectors`). This is not a Graph connectors (external content) type: it is the beta Microsoft Entra application proxy connector (an agent installed on-premises), documented today under `/onPremisesPublishingProfiles/applicationProxy/connectors` as list/get only, with read-only fields plus `version` and the navigation `memberOf` (connectorGroup). Seed 003's create page was an unfinished stub.
         */
        connector: {
            "@odata.type"?: string;
            /** @description Assigned by the service (a GUID in seed 003). */
            readonly id?: string;
            /** @description Name of the computer the connector agent runs on. */
            machineName?: string;
            /** @description Public IP address the connector is seen from (seed 003 types it as plain String). */
            externalIp?: string;
            status?: components["schemas"]["connectorStatus"];
        } & components["schemas"]["entity"];
        /**
         * connectorCreate
         * @description Request body of createConnector. Seed 003's table also lists `id` as required, but its example omits it and the response carries a server-assigned GUID, so `id` is not required here.
         */
        connectorCreate: WithRequired<components["schemas"]["connector"], "machineName" | "externalIp" | "status">;
        /**
         * odataError
         * @description The Microsoft Graph error body returned with every 4xx and 5xx status.
         */
        odataError: {
            error: components["schemas"]["mainError"];
        };
        /** mainError */
        mainError: {
            /** @description Error code, e.g. `invalidRequest`, `BadRequest`, `InvalidAuthenticationToken`, `accessDenied`, `Authorization_RequestDenied`, `itemNotFound`, `nameAlreadyExists`, `Conflict`, `TooManyRequests`, `activityLimitReached`, `serviceNotAvailable`. Codes are not a closed set. */
            code: string;
            message: string;
            target?: string;
            details?: components["schemas"]["errorDetails"][];
            innerError?: components["schemas"]["innerError"];
        };
        /** errorDetails */
        errorDetails: {
            code: string;
            message: string;
            target?: string;
        };
        /**
         * innerError
         * @description Service-specific diagnostics; open. Graph often sends `date` without a UTC offset (e.g. `2018-04-24T18:56:48`, meaning UTC), which strict RFC 3339 `date-time` validators reject.
         */
        innerError: {
            /** @description Id of the request, for support cases. */
            "request-id"?: string;
            /** @description Echo of the `client-request-id` request header. */
            "client-request-id"?: string;
            /**
             * Format: date-time
             * @description When the error occurred (UTC).
             */
            date?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * connectionState
         * @description State of a connection. Clients must tolerate `unknownFutureValue` (and members added later).
         * @enum {string}
         */
        connectionState: "draft" | "ready" | "obsolete" | "limitExceeded" | "unknownFutureValue";
        /**
         * connectionOperationStatus
         * @description Seed 004 lists the first four members; today's API adds `unknownFutureValue`.
         * @enum {string}
         */
        connectionOperationStatus: "unspecified" | "inprogress" | "completed" | "failed" | "unknownFutureValue";
        /**
         * connectorStatus
         * @enum {string}
         */
        connectorStatus: "active" | "inactive";
        /**
         * contentCategory
         * @description Category of the content of a connection.
         * @enum {string}
         */
        contentCategory: "uncategorized" | "knowledgeBase" | "wikis" | "fileRepository" | "qna" | "crm" | "dashboard" | "people" | "media" | "email" | "messaging" | "meetingTranscripts" | "taskManagement" | "learningManagement" | "unknownFutureValue";
        /**
         * contentExperienceType
         * @description Beta only. Members of the flags enum used by `enabledContentExperiences`; a combination is serialized as a comma-separated list.
         * @enum {string}
         */
        contentExperienceType: "search" | "compliance" | "unknownFutureValue";
        /**
         * propertyType
         * @description Data type of a schema property. Members after `unknownFutureValue` (`principal`, `principalCollection`) are evolvable: the service returns them only when the request carries `Prefer: include-unknown-enum-members`, otherwise it serializes them as `unknownFutureValue`. Doc samples send capitalised values such as `String`; whether the service coerces them is unconfirmed.
         * @enum {string}
         */
        propertyType: "string" | "int64" | "double" | "dateTime" | "boolean" | "stringCollection" | "int64Collection" | "doubleCollection" | "dateTimeCollection" | "unknownFutureValue" | "principal" | "principalCollection";
        /**
         * label
         * @description Semantic label of a schema property. Members after `unknownFutureValue` are evolvable: returned only with `Prefer: include-unknown-enum-members`, otherwise serialized as `unknownFutureValue`. The person* members (people connectors) follow the order of the v1.0 metadata.
         * @enum {string}
         */
        label: "title" | "url" | "createdBy" | "lastModifiedBy" | "authors" | "createdDateTime" | "lastModifiedDateTime" | "fileName" | "fileExtension" | "unknownFutureValue" | "containerName" | "containerUrl" | "iconUrl" | "assignedToPeople" | "closedBy" | "closedDate" | "priority" | "sprintName" | "tags" | "severity" | "state" | "dueDate" | "itemParentId" | "itemPath" | "itemType" | "numberOfReactions" | "parentUrl" | "priorityNormalized" | "reportedBy" | "secondaryId" | "personEmails" | "personAddresses" | "personAnniversaries" | "personName" | "personNote" | "personPhones" | "personCurrentPosition" | "personWebAccounts" | "personWebSite" | "personSkills" | "personProjects" | "personAccount" | "personAwards" | "personCertifications" | "personAssistants" | "personColleagues" | "personManager" | "personAlternateContacts" | "personEmergencyContacts" | "personEducationalActivities" | "personInterests" | "personLanguages" | "personPublications" | "personPatents" | "personWorkPositions";
        /**
         * aclType
         * @enum {string}
         */
        aclType: "user" | "group" | "everyone" | "everyoneExceptGuests" | "externalGroup" | "unknownFutureValue";
        /**
         * accessType
         * @description `deny` overrides `grant`.
         * @enum {string}
         */
        accessType: "grant" | "deny" | "unknownFutureValue";
        /**
         * externalItemContentType
         * @description Only `text` and `html` (an old concept sample used `json`, which is invalid).
         * @enum {string}
         */
        externalItemContentType: "text" | "html" | "unknownFutureValue";
        /**
         * identityType
         * @enum {string}
         */
        identityType: "user" | "group" | "externalGroup" | "unknownFutureValue";
        /**
         * identitySourceType
         * @description Beta only. Where an ACL or group-member identity comes from.
         * @enum {string}
         */
        identitySourceType: "azureActiveDirectory" | "external";
        /**
         * externalActivityType
         * @enum {string}
         */
        externalActivityType: "viewed" | "modified" | "created" | "commented" | "unknownFutureValue";
        /**
         * ruleOperation
         * @description Comparison of a propertyRule. `null` is a member name (a string), not JSON null.
         * @enum {string}
         */
        ruleOperation: "null" | "equals" | "notEquals" | "contains" | "notContains" | "lessThan" | "greaterThan" | "startsWith" | "unknownFutureValue";
        /**
         * binaryOperator
         * @description How the `values` of a propertyRule are combined.
         * @enum {string}
         */
        binaryOperator: "or" | "and";
        /**
         * importanceScore
         * @description Beta only.
         * @enum {string}
         */
        importanceScore: "low" | "medium" | "high" | "veryHigh" | "unknownFutureValue";
    };
    responses: {
        /** @description 400 Bad Request: malformed JSON, an invalid connection id (length, characters, `Microsoft` prefix, reserved name), a schema that breaks the rules (more than 128 properties, bad names, wrong `baseType`), an item that doesn't match the schema, an unknown enum value, or a call the connection's state doesn't allow (the status used for wrong-state calls is not documented; 400 or 409). */
        badRequest: {
            headers: {
                "request-id": components["headers"]["requestId"];
                "client-request-id": components["headers"]["clientRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description 401 Unauthorized; the bearer token is missing, expired or invalid. */
        unauthorized: {
            headers: {
                "request-id": components["headers"]["requestId"];
                "client-request-id": components["headers"]["clientRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description 403 Forbidden: the token lacks the required permission, or an app holding only `*.OwnedBy` permissions touches a connection it didn't create and isn't listed in `configuration.authorizedAppIds` (whether the service answers 403 or 404 then is unconfirmed). */
        forbidden: {
            headers: {
                "request-id": components["headers"]["requestId"];
                "client-request-id": components["headers"]["clientRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description 404 Not Found; the connection, item, group, member or operation doesn't exist. */
        notFound: {
            headers: {
                "request-id": components["headers"]["requestId"];
                "client-request-id": components["headers"]["clientRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description 409 Conflict: the resource already exists (e.g. a connection with the same id), or the connection's state doesn't allow the call (not documented; 400 is also possible). */
        conflict: {
            headers: {
                "request-id": components["headers"]["requestId"];
                "client-request-id": components["headers"]["clientRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description 413 Payload Too Large; the item's request body exceeds 4 MB. */
        payloadTooLarge: {
            headers: {
                "request-id": components["headers"]["requestId"];
                "client-request-id": components["headers"]["clientRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description 429 Too Many Requests; the call was throttled. Wait `Retry-After` seconds. Writes may be throttled while reads still pass. */
        tooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["retryAfter"];
                "request-id": components["headers"]["requestId"];
                "client-request-id": components["headers"]["clientRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
        /** @description 503 Service Unavailable; retry later, after `Retry-After` seconds when the header is present. */
        serviceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["retryAfterOptional"];
                "request-id": components["headers"]["requestId"];
                "client-request-id": components["headers"]["clientRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["odataError"];
            };
        };
    };
    parameters: {
        /**
         * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
         * @example contosohr
         */
        connectionId: components["schemas"]["connectionId"];
        /**
         * @description Id of the connectionOperation, as returned in the `Location` header of registerSchema.
         * @example 795e3e1e-8b5b-4c19-9a55-4d1f8b0a2b31
         */
        operationId: string;
        /**
         * @description Developer-supplied id of the externalItem, unique within the connection.
         * @example TSP228082938
         */
        itemId: string;
        /**
         * @description Developer-supplied id of the externalGroup, unique within the connection.
         * @example 31bea3d537902000
         */
        groupId: string;
        /**
         * @description Id of the member: the Microsoft Entra object id of a user or group, or the id of a nested externalGroup.
         * @example e811976d-83df-4cbd-8b9b-5215b18aa874
         */
        memberId: string;
        /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
        clientRequestId: string;
        /**
         * @description OData `$select`: comma-separated list of properties to return. The docs say these operations support "some" OData query parameters; `$select` is the one considered safe.
         * @example [
         *       "id",
         *       "name",
         *       "state"
         *     ]
         */
        select: string[];
        /** @description Documented on the beta page: `respond-async` asks for asynchronous processing. The operation is asynchronous (202 + Location) either way. */
        preferRespondAsync: "respond-async";
        /** @description `include-unknown-enum-members` makes the service return evolvable enum members (the `label` and `propertyType` members after `unknownFutureValue`) instead of `unknownFutureValue`. */
        preferIncludeUnknownEnumMembers: "include-unknown-enum-members";
    };
    requestBodies: never;
    headers: {
        /** @description Unique id Graph assigns to the request; quote it in support cases. */
        requestId: string;
        /** @description Echo of the `client-request-id` request header, when one was sent. */
        clientRequestId: string;
        /**
         * @description Number of seconds to wait before retrying the request.
         * @example 30
         */
        retryAfter: number;
        /**
         * @description When present, the number of seconds to wait before retrying.
         * @example 10
         */
        retryAfterOptional: number;
        /**
         * @description Absolute URL of the connectionOperation that tracks the schema provisioning, `{root}/{version}/external/connections/{connectionId}/operations/{operationId}`. Poll it with getConnectionOperation.
         * @example https://graph.microsoft.com/v1.0/external/connections/contosohr/operations/795e3e1e-8b5b-4c19-9a55-4d1f8b0a2b31
         */
        operationLocation: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listConnections: {
        parameters: {
            query?: {
                /**
                 * @description OData `$select`: comma-separated list of properties to return. The docs say these operations support "some" OData query parameters; `$select` is the one considered safe.
                 * @example [
                 *       "id",
                 *       "name",
                 *       "state"
                 *     ]
                 */
                $select?: components["parameters"]["select"];
            };
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of connections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["externalConnectionCollectionResponse"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    createConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["externalConnectionCreate"];
            };
        };
        responses: {
            /** @description The connection was created, in state `draft`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["externalConnection"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            409: components["responses"]["conflict"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    getConnection: {
        parameters: {
            query?: {
                /**
                 * @description OData `$select`: comma-separated list of properties to return. The docs say these operations support "some" OData query parameters; `$select` is the one considered safe.
                 * @example [
                 *       "id",
                 *       "name",
                 *       "state"
                 *     ]
                 */
                $select?: components["parameters"]["select"];
            };
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["externalConnection"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    deleteConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion accepted; the connection and all its items are removed. No body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Deleted (status declared by the generated Graph OpenAPI); no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    updateConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["externalConnectionUpdate"];
            };
        };
        responses: {
            /** @description The connection was updated; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    getSchema: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
                /** @description `include-unknown-enum-members` makes the service return evolvable enum members (the `label` and `propertyType` members after `unknownFutureValue`) instead of `unknownFutureValue`. */
                Prefer?: components["parameters"]["preferIncludeUnknownEnumMembers"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schema. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["schema"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    registerSchema: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
                /** @description Documented on the beta page: `respond-async` asks for asynchronous processing. The operation is asynchronous (202 + Location) either way. */
                Prefer?: components["parameters"]["preferRespondAsync"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["schema"];
            };
        };
        responses: {
            /** @description Accepted; provisioning runs in the background. No body. */
            202: {
                headers: {
                    Location: components["headers"]["operationLocation"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            409: components["responses"]["conflict"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    createConnectionOperation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["connectionOperation"];
            };
        };
        responses: {
            /** @description The connectionOperation was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["connectionOperation"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            409: components["responses"]["conflict"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    getConnectionOperation: {
        parameters: {
            query?: {
                /**
                 * @description OData `$select`: comma-separated list of properties to return. The docs say these operations support "some" OData query parameters; `$select` is the one considered safe.
                 * @example [
                 *       "id",
                 *       "name",
                 *       "state"
                 *     ]
                 */
                $select?: components["parameters"]["select"];
            };
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
                /**
                 * @description Id of the connectionOperation, as returned in the `Location` header of registerSchema.
                 * @example 795e3e1e-8b5b-4c19-9a55-4d1f8b0a2b31
                 */
                operationId: components["parameters"]["operationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["connectionOperation"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    getItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
                /**
                 * @description Developer-supplied id of the externalItem, unique within the connection.
                 * @example TSP228082938
                 */
                itemId: components["parameters"]["itemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["externalItem"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    putItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
                /**
                 * @description Developer-supplied id of the externalItem, unique within the connection.
                 * @example TSP228082938
                 */
                itemId: components["parameters"]["itemId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["externalItem"];
            };
        };
        responses: {
            /** @description The item was created or replaced; no body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            409: components["responses"]["conflict"];
            413: components["responses"]["payloadTooLarge"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    deleteItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
                /**
                 * @description Developer-supplied id of the externalItem, unique within the connection.
                 * @example TSP228082938
                 */
                itemId: components["parameters"]["itemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item was deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    addActivities: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
                /**
                 * @description Developer-supplied id of the externalItem, unique within the connection.
                 * @example TSP228082938
                 */
                itemId: components["parameters"]["itemId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["addActivitiesRequest"];
            };
        };
        responses: {
            /** @description Every activity was added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["addActivitiesResponse"];
                };
            };
            /** @description Some activities were added, some failed; see each result's `error`. */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["addActivitiesResponse"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["externalGroupCreate"];
            };
        };
        responses: {
            /** @description The group was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["externalGroup"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            409: components["responses"]["conflict"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    getGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
                /**
                 * @description Developer-supplied id of the externalGroup, unique within the connection.
                 * @example 31bea3d537902000
                 */
                groupId: components["parameters"]["groupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["externalGroup"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    deleteGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
                /**
                 * @description Developer-supplied id of the externalGroup, unique within the connection.
                 * @example 31bea3d537902000
                 */
                groupId: components["parameters"]["groupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group was deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
                /**
                 * @description Developer-supplied id of the externalGroup, unique within the connection.
                 * @example 31bea3d537902000
                 */
                groupId: components["parameters"]["groupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["externalGroupUpdate"];
            };
        };
        responses: {
            /** @description The group was updated; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    addGroupMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
                /**
                 * @description Developer-supplied id of the externalGroup, unique within the connection.
                 * @example 31bea3d537902000
                 */
                groupId: components["parameters"]["groupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["identity"];
            };
        };
        responses: {
            /** @description The member was added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["identity"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            409: components["responses"]["conflict"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    removeGroupMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
                /**
                 * @description Developer-supplied id of the externalGroup, unique within the connection.
                 * @example 31bea3d537902000
                 */
                groupId: components["parameters"]["groupId"];
                /**
                 * @description Id of the member: the Microsoft Entra object id of a user or group, or the id of a nested externalGroup.
                 * @example e811976d-83df-4cbd-8b9b-5215b18aa874
                 */
                memberId: components["parameters"]["memberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member was removed; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    getQuota: {
        parameters: {
            query?: {
                /**
                 * @description OData `$select`: comma-separated list of properties to return. The docs say these operations support "some" OData query parameters; `$select` is the one considered safe.
                 * @example [
                 *       "id",
                 *       "name",
                 *       "state"
                 *     ]
                 */
                $select?: components["parameters"]["select"];
            };
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path: {
                /**
                 * @description Id of the externalConnection (`{externalConnectionId}` in seed 004, `{cid}` in the reference).
                 * @example contosohr
                 */
                connectionId: components["parameters"]["connectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quota. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["connectionQuota"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            404: components["responses"]["notFound"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    createConnectionLegacy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["legacyExternalConnectionCreate"];
            };
        };
        responses: {
            /** @description The connection was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["legacyExternalConnection"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            409: components["responses"]["conflict"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
    createConnector: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-generated GUID that Graph echoes in the `client-request-id` response header and in `error.innerError`; useful to correlate logs and retries. */
                "client-request-id"?: components["parameters"]["clientRequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["connectorCreate"];
            };
        };
        responses: {
            /** @description The connector was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["connector"];
                };
            };
            400: components["responses"]["badRequest"];
            401: components["responses"]["unauthorized"];
            403: components["responses"]["forbidden"];
            409: components["responses"]["conflict"];
            429: components["responses"]["tooManyRequests"];
            503: components["responses"]["serviceUnavailable"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
export {};
