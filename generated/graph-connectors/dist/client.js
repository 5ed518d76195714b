import { bind, enc, longRunning, pageable, prop, recoverCreate, route, send } from "./runtime/client.js";
import { ApiError, OperationFailedError, ResponseValidationError, TransportError, isApiError } from "./runtime/client.js";
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
    query: { $select: args.select },
    styles: { $select: "," },
    headers: { "client-request-id": args.clientRequestId },
    retry: true
  });
}
const listConnections = /* @__PURE__ */ pageable(defaults, listConnections$firstPage, { op: "listConnections", type: "ListConnections", items: "value", next: "@odata.nextLink" });
async function createConnection(args, options) {
  return send(defaults, options, {
    op: "createConnection",
    type: "CreateConnection",
    method: "POST",
    path: "/external/connections",
    headers: { "client-request-id": args.clientRequestId },
    body: args.body,
    retry: true,
    recover: recoverCreate(409, args.body, ["id", "name", "description"], (o) => getConnection({ connectionId: prop(args.body, "id") }, o))
  });
}
async function getConnection(args, options) {
  return send(defaults, options, {
    op: "getConnection",
    type: "GetConnection",
    method: "GET",
    path: "/external/connections/" + enc(args.connectionId),
    query: { $select: args.select },
    styles: { $select: "," },
    headers: { "client-request-id": args.clientRequestId },
    retry: true
  });
}
async function deleteConnection(args, options) {
  return send(defaults, options, {
    op: "deleteConnection",
    type: "DeleteConnection",
    method: "DELETE",
    path: "/external/connections/" + enc(args.connectionId),
    headers: { "client-request-id": args.clientRequestId },
    retry: true
  });
}
async function updateConnection(args, options) {
  return send(defaults, options, {
    op: "updateConnection",
    type: "UpdateConnection",
    method: "PATCH",
    path: "/external/connections/" + enc(args.connectionId),
    headers: { "client-request-id": args.clientRequestId },
    body: args.body
  });
}
async function getSchema(args, options) {
  return send(defaults, options, {
    op: "getSchema",
    type: "GetSchema",
    method: "GET",
    path: "/external/connections/" + enc(args.connectionId) + "/schema",
    headers: { "client-request-id": args.clientRequestId, Prefer: args.prefer },
    retry: true
  });
}
async function registerSchema(args, options) {
  return send(defaults, options, {
    op: "registerSchema",
    type: "RegisterSchema",
    method: "PATCH",
    path: "/external/connections/" + enc(args.connectionId) + "/schema",
    headers: { "client-request-id": args.clientRequestId, Prefer: args.prefer },
    body: args.body,
    done: longRunning(defaults, { op: "registerSchema", statusOp: "getConnectionOperation", statusType: "GetConnectionOperation", header: "Location", status: "status", succeeded: ["completed"], failed: ["failed"], error: "error" })
  });
}
async function createConnectionOperation(args, options) {
  return send(defaults, options, {
    op: "createConnectionOperation",
    type: "CreateConnectionOperation",
    method: "POST",
    path: "/external/connections/" + enc(args.connectionId) + "/operations",
    headers: { "client-request-id": args.clientRequestId },
    body: args.body,
    base: createConnectionOperationRoutes
  });
}
async function getConnectionOperation(args, options) {
  return send(defaults, options, {
    op: "getConnectionOperation",
    type: "GetConnectionOperation",
    method: "GET",
    path: "/external/connections/" + enc(args.connectionId) + "/operations/" + enc(args.operationId),
    query: { $select: args.select },
    styles: { $select: "," },
    headers: { "client-request-id": args.clientRequestId },
    retry: true
  });
}
async function getItem(args, options) {
  return send(defaults, options, {
    op: "getItem",
    type: "GetItem",
    method: "GET",
    path: "/external/connections/" + enc(args.connectionId) + "/items/" + enc(args.itemId),
    headers: { "client-request-id": args.clientRequestId },
    retry: true
  });
}
async function putItem(args, options) {
  return send(defaults, options, {
    op: "putItem",
    type: "PutItem",
    method: "PUT",
    path: "/external/connections/" + enc(args.connectionId) + "/items/" + enc(args.itemId),
    headers: { "client-request-id": args.clientRequestId },
    body: args.body,
    retry: true
  });
}
async function deleteItem(args, options) {
  return send(defaults, options, {
    op: "deleteItem",
    type: "DeleteItem",
    method: "DELETE",
    path: "/external/connections/" + enc(args.connectionId) + "/items/" + enc(args.itemId),
    headers: { "client-request-id": args.clientRequestId },
    retry: true
  });
}
async function addActivities(args, options) {
  return send(defaults, options, {
    op: "addActivities",
    type: "AddActivities",
    method: "POST",
    path: "/external/connections/" + enc(args.connectionId) + "/items/" + enc(args.itemId) + "/addActivities",
    headers: { "client-request-id": args.clientRequestId },
    body: args.body
  });
}
async function createGroup(args, options) {
  return send(defaults, options, {
    op: "createGroup",
    type: "CreateGroup",
    method: "POST",
    path: "/external/connections/" + enc(args.connectionId) + "/groups",
    headers: { "client-request-id": args.clientRequestId },
    body: args.body
  });
}
async function getGroup(args, options) {
  return send(defaults, options, {
    op: "getGroup",
    type: "GetGroup",
    method: "GET",
    path: "/external/connections/" + enc(args.connectionId) + "/groups/" + enc(args.groupId),
    headers: { "client-request-id": args.clientRequestId },
    retry: true
  });
}
async function deleteGroup(args, options) {
  return send(defaults, options, {
    op: "deleteGroup",
    type: "DeleteGroup",
    method: "DELETE",
    path: "/external/connections/" + enc(args.connectionId) + "/groups/" + enc(args.groupId),
    headers: { "client-request-id": args.clientRequestId },
    retry: true
  });
}
async function updateGroup(args, options) {
  return send(defaults, options, {
    op: "updateGroup",
    type: "UpdateGroup",
    method: "PATCH",
    path: "/external/connections/" + enc(args.connectionId) + "/groups/" + enc(args.groupId),
    headers: { "client-request-id": args.clientRequestId },
    body: args.body
  });
}
async function addGroupMember(args, options) {
  return send(defaults, options, {
    op: "addGroupMember",
    type: "AddGroupMember",
    method: "POST",
    path: "/external/connections/" + enc(args.connectionId) + "/groups/" + enc(args.groupId) + "/members",
    headers: { "client-request-id": args.clientRequestId },
    body: args.body
  });
}
async function removeGroupMember(args, options) {
  return send(defaults, options, {
    op: "removeGroupMember",
    type: "RemoveGroupMember",
    method: "DELETE",
    path: "/external/connections/" + enc(args.connectionId) + "/groups/" + enc(args.groupId) + "/members/" + enc(args.memberId),
    headers: { "client-request-id": args.clientRequestId },
    retry: true
  });
}
async function getQuota(args, options) {
  return send(defaults, options, {
    op: "getQuota",
    type: "GetQuota",
    method: "GET",
    path: "/external/connections/" + enc(args.connectionId) + "/quota",
    query: { $select: args.select },
    styles: { $select: "," },
    headers: { "client-request-id": args.clientRequestId },
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
    headers: { "client-request-id": args.clientRequestId },
    body: args.body,
    base: createConnectionOperationRoutes
  });
}
async function createConnector(args, options) {
  return send(defaults, options, {
    op: "createConnector",
    type: "CreateConnector",
    method: "POST",
    path: "/connectors",
    headers: { "client-request-id": args.clientRequestId },
    body: args.body,
    base: createConnectionOperationRoutes
  });
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
    createConnector: bind(createConnector, client)
  };
}
export {
  ApiError,
  OperationFailedError,
  ResponseValidationError,
  TransportError,
  addActivities,
  addGroupMember,
  configure,
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
  listConnections,
  putItem,
  registerSchema,
  removeGroupMember,
  servers,
  updateConnection,
  updateGroup
};
