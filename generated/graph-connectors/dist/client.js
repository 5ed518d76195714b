import { bind, isOperationFailed as operationFailed, longRunning, pageable, prop, recoverCreate, route, send } from "./runtime/client.js";
import { odataBatching } from "./runtime/batch.js";
import { ApiError, OperationFailedError, OperationTimeoutError, ResponseValidationError, TransportError, isApiError } from "./runtime/client.js";
const servers = [
  { url: "https://graph.microsoft.com/v1.0", description: "Global service, v1.0", cloud: "global", version: "v1.0" },
  { url: "https://graph.microsoft.com/beta", description: "Global service, beta", cloud: "global", version: "beta" },
  { url: "https://graph.microsoft.us/v1.0", description: "US Government L4 (GCC High), v1.0", cloud: "usGovL4", version: "v1.0" },
  { url: "https://graph.microsoft.us/beta", description: "US Government L4 (GCC High), beta", cloud: "usGovL4", version: "beta" },
  { url: "https://dod-graph.microsoft.us/v1.0", description: "US Government L5 (DOD), v1.0", cloud: "usGovL5Dod", version: "v1.0" },
  { url: "https://dod-graph.microsoft.us/beta", description: "US Government L5 (DOD), beta", cloud: "usGovL5Dod", version: "beta" },
  { url: "https://microsoftgraph.chinacloudapi.cn/v1.0", description: "China operated by 21Vianet, v1.0. Today's connectors pages mark the API unavailable in this cloud (and its metadata lacks the externalConnectors namespace); seed 002 still lists it.", cloud: "china", version: "v1.0" },
  { url: "https://microsoftgraph.chinacloudapi.cn/beta", description: "China operated by 21Vianet, beta. Today's connectors pages mark the API unavailable in this cloud (and its metadata lacks the externalConnectors namespace); seed 002 still lists it.", cloud: "china", version: "beta" }
];
const defaults = { baseUrl: "https://graph.microsoft.com/v1.0" };
function configure(options) {
  Object.assign(defaults, options);
}
const $security = {
  application: { key: "application", type: "oauth2" },
  delegated: { key: "delegated", type: "oauth2" }
};
const createConnectionOperationRoutes = /* @__PURE__ */ route({
  "https://graph.microsoft.com/v1.0": "https://graph.microsoft.com/beta",
  "https://graph.microsoft.com/beta": "https://graph.microsoft.com/beta",
  "https://graph.microsoft.us/v1.0": "https://graph.microsoft.us/beta",
  "https://graph.microsoft.us/beta": "https://graph.microsoft.us/beta",
  "https://dod-graph.microsoft.us/v1.0": "https://dod-graph.microsoft.us/beta",
  "https://dod-graph.microsoft.us/beta": "https://dod-graph.microsoft.us/beta",
  "https://microsoftgraph.chinacloudapi.cn/v1.0": "https://microsoftgraph.chinacloudapi.cn/beta",
  "https://microsoftgraph.chinacloudapi.cn/beta": "https://microsoftgraph.chinacloudapi.cn/beta"
});
async function listConnections$firstPage(args = {}, options) {
  return send(defaults, options, {
    op: "listConnections",
    type: "ListConnections",
    method: "GET",
    path: "/external/connections",
    params: [
      [{ "name": "$select", "in": "query", "explode": false, "type": "array" }, args.select],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]],
    retry: true
  });
}
const listConnections = /* @__PURE__ */ pageable(listConnections$firstPage, { items: "value", next: { "kind": "link", "property": ["@odata.nextLink"] }, args: {} });
async function createConnection(args, options) {
  return send(defaults, options, {
    op: "createConnection",
    type: "CreateConnection",
    method: "POST",
    path: "/external/connections",
    params: [
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    body: args.body,
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]],
    retry: true,
    recover: recoverCreate(409, args.body, ["id", "name", "description"], (o) => getConnection({ connectionId: prop(args.body, "id") }, o))
  });
}
async function getConnection(args, options) {
  return send(defaults, options, {
    op: "getConnection",
    type: "GetConnection",
    method: "GET",
    path: "/external/connections/{connectionId}",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "$select", "in": "query", "explode": false, "type": "array" }, args.select],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]],
    retry: true
  });
}
async function deleteConnection(args, options) {
  return send(defaults, options, {
    op: "deleteConnection",
    type: "DeleteConnection",
    method: "DELETE",
    path: "/external/connections/{connectionId}",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]],
    retry: true
  });
}
async function updateConnection(args, options) {
  return send(defaults, options, {
    op: "updateConnection",
    type: "UpdateConnection",
    method: "PATCH",
    path: "/external/connections/{connectionId}",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    body: args.body,
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]]
  });
}
async function getSchema(args, options) {
  return send(defaults, options, {
    op: "getSchema",
    type: "GetSchema",
    method: "GET",
    path: "/external/connections/{connectionId}/schema",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId],
      [{ "name": "Prefer", "in": "header", "type": "string" }, args.prefer]
    ],
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]],
    retry: true
  });
}
async function registerSchema(args, options) {
  return send(defaults, options, {
    op: "registerSchema",
    type: "RegisterSchema",
    method: "PATCH",
    path: "/external/connections/{connectionId}/schema",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId],
      [{ "name": "Prefer", "in": "header", "type": "string" }, args.prefer]
    ],
    body: args.body,
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]],
    done: longRunning(defaults, { op: "registerSchema", statusOp: "getConnectionOperation", statusType: "GetConnectionOperation", header: "Location", status: "status", succeeded: ["completed"], failed: ["failed"], error: "error", security: [[$security.delegated], [$security.application]], requestId: "client-request-id" })
  });
}
async function createConnectionOperation(args, options) {
  return send(defaults, options, {
    op: "createConnectionOperation",
    type: "CreateConnectionOperation",
    method: "POST",
    path: "/external/connections/{connectionId}/operations",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    body: args.body,
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]],
    base: createConnectionOperationRoutes
  });
}
async function getConnectionOperation(args, options) {
  return send(defaults, options, {
    op: "getConnectionOperation",
    type: "GetConnectionOperation",
    method: "GET",
    path: "/external/connections/{connectionId}/operations/{operationId}",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "operationId", "in": "path", "type": "string" }, args.operationId],
      [{ "name": "$select", "in": "query", "explode": false, "type": "array" }, args.select],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]],
    retry: true
  });
}
async function getItem(args, options) {
  return send(defaults, options, {
    op: "getItem",
    type: "GetItem",
    method: "GET",
    path: "/external/connections/{connectionId}/items/{itemId}",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "itemId", "in": "path", "type": "string" }, args.itemId],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]],
    retry: true
  });
}
async function putItem(args, options) {
  return send(defaults, options, {
    op: "putItem",
    type: "PutItem",
    method: "PUT",
    path: "/external/connections/{connectionId}/items/{itemId}",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "itemId", "in": "path", "type": "string" }, args.itemId],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    body: args.body,
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]],
    retry: true
  });
}
async function deleteItem(args, options) {
  return send(defaults, options, {
    op: "deleteItem",
    type: "DeleteItem",
    method: "DELETE",
    path: "/external/connections/{connectionId}/items/{itemId}",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "itemId", "in": "path", "type": "string" }, args.itemId],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]],
    retry: true
  });
}
async function addActivities(args, options) {
  return send(defaults, options, {
    op: "addActivities",
    type: "AddActivities",
    method: "POST",
    path: "/external/connections/{connectionId}/items/{itemId}/addActivities",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "itemId", "in": "path", "type": "string" }, args.itemId],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    body: args.body,
    requestId: "client-request-id",
    security: [[$security.application]]
  });
}
async function createGroup(args, options) {
  return send(defaults, options, {
    op: "createGroup",
    type: "CreateGroup",
    method: "POST",
    path: "/external/connections/{connectionId}/groups",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    body: args.body,
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]]
  });
}
async function getGroup(args, options) {
  return send(defaults, options, {
    op: "getGroup",
    type: "GetGroup",
    method: "GET",
    path: "/external/connections/{connectionId}/groups/{groupId}",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "groupId", "in": "path", "type": "string" }, args.groupId],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]],
    retry: true
  });
}
async function deleteGroup(args, options) {
  return send(defaults, options, {
    op: "deleteGroup",
    type: "DeleteGroup",
    method: "DELETE",
    path: "/external/connections/{connectionId}/groups/{groupId}",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "groupId", "in": "path", "type": "string" }, args.groupId],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]],
    retry: true
  });
}
async function updateGroup(args, options) {
  return send(defaults, options, {
    op: "updateGroup",
    type: "UpdateGroup",
    method: "PATCH",
    path: "/external/connections/{connectionId}/groups/{groupId}",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "groupId", "in": "path", "type": "string" }, args.groupId],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    body: args.body,
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]]
  });
}
async function addGroupMember(args, options) {
  return send(defaults, options, {
    op: "addGroupMember",
    type: "AddGroupMember",
    method: "POST",
    path: "/external/connections/{connectionId}/groups/{groupId}/members",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "groupId", "in": "path", "type": "string" }, args.groupId],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    body: args.body,
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]]
  });
}
async function removeGroupMember(args, options) {
  return send(defaults, options, {
    op: "removeGroupMember",
    type: "RemoveGroupMember",
    method: "DELETE",
    path: "/external/connections/{connectionId}/groups/{groupId}/members/{memberId}",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "groupId", "in": "path", "type": "string" }, args.groupId],
      [{ "name": "memberId", "in": "path", "type": "string" }, args.memberId],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]],
    retry: true
  });
}
async function getQuota(args, options) {
  return send(defaults, options, {
    op: "getQuota",
    type: "GetQuota",
    method: "GET",
    path: "/external/connections/{connectionId}/quota",
    params: [
      [{ "name": "connectionId", "in": "path", "type": "string" }, args.connectionId],
      [{ "name": "$select", "in": "query", "explode": false, "type": "array" }, args.select],
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    requestId: "client-request-id",
    security: [[$security.application]],
    retry: true,
    base: createConnectionOperationRoutes
  });
}
async function createConnectionLegacy(args, options) {
  return send(defaults, options, {
    op: "createConnectionLegacy",
    type: "CreateConnectionLegacy",
    method: "POST",
    path: "/connections",
    params: [
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    body: args.body,
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]],
    base: createConnectionOperationRoutes
  });
}
async function createConnector(args, options) {
  return send(defaults, options, {
    op: "createConnector",
    type: "CreateConnector",
    method: "POST",
    path: "/connectors",
    params: [
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    body: args.body,
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]],
    base: createConnectionOperationRoutes
  });
}
async function batch(args, options) {
  return send(defaults, options, {
    op: "batch",
    type: "Batch",
    method: "POST",
    path: "/$batch",
    params: [
      [{ "name": "client-request-id", "in": "header", "type": "string" }, args.clientRequestId]
    ],
    body: args.body,
    requestId: "client-request-id",
    security: [[$security.delegated], [$security.application]]
  });
}
function isOperationFailed(e, operation) {
  return operationFailed(e, operation);
}
function createClient(options = {}) {
  const client = { baseUrl: "https://graph.microsoft.com/v1.0", ...options };
  return {
    listConnections: bind(listConnections, client),
    createConnection: bind(createConnection, client),
    getConnection: bind(getConnection, client),
    deleteConnection: bind(deleteConnection, client),
    updateConnection: bind(updateConnection, client),
    getSchema: bind(getSchema, client),
    registerSchema: bind(registerSchema, client),
    createConnectionOperation: bind(createConnectionOperation, client),
    getConnectionOperation: bind(getConnectionOperation, client),
    getItem: bind(getItem, client),
    putItem: bind(putItem, client),
    deleteItem: bind(deleteItem, client),
    addActivities: bind(addActivities, client),
    createGroup: bind(createGroup, client),
    getGroup: bind(getGroup, client),
    deleteGroup: bind(deleteGroup, client),
    updateGroup: bind(updateGroup, client),
    addGroupMember: bind(addGroupMember, client),
    removeGroupMember: bind(removeGroupMember, client),
    getQuota: bind(getQuota, client),
    createConnectionLegacy: bind(createConnectionLegacy, client),
    createConnector: bind(createConnector, client),
    batch: bind(batch, client)
  };
}
function createBatchClient(options = {}) {
  const { batch: batchOptions, ...rest } = options;
  const client = { baseUrl: "https://graph.microsoft.com/v1.0", ...rest };
  const direct = client.fetch ?? ((input, init) => fetch(input, init));
  const batching = odataBatching(client.baseUrl ?? "", (body) => batch({ body }, { client }), 20, direct, batchOptions);
  return { ...createClient({ ...rest, fetch: batching.fetch }), flush: batching.flush };
}
export {
  ApiError,
  OperationFailedError,
  OperationTimeoutError,
  ResponseValidationError,
  TransportError,
  addActivities,
  addGroupMember,
  batch,
  configure,
  createBatchClient,
  createClient,
  createConnection,
  createConnectionLegacy,
  createConnectionOperation,
  createConnector,
  createGroup,
  deleteConnection,
  deleteGroup,
  deleteItem,
  getConnection,
  getConnectionOperation,
  getGroup,
  getItem,
  getQuota,
  getSchema,
  isApiError,
  isOperationFailed,
  listConnections,
  putItem,
  registerSchema,
  removeGroupMember,
  servers,
  updateConnection,
  updateGroup
};
