import * as validators from "./validators.js";
import { createMockRuntime } from "./mock-runtime/handler.js";
import { FAULT_HEADER } from "./mock-runtime/faults.js";
const MOCK_RESOURCES = {
  "/external/connections": {
    "template": "/external/connections",
    "kind": "collection",
    "key": "id",
    "label": "connection",
    "serverSet": {
      "ingestedItemsCount": {
        "initial": null
      },
      "state": {
        "initial": "draft"
      }
    },
    "ownership": {
      "ownedScopes": [
        "ExternalConnection.ReadWrite.OwnedBy",
        "ExternalItem.ReadWrite.OwnedBy"
      ],
      "sharedWith": "configuration.authorizedAppIds"
    }
  },
  "/external/connections/{connectionId}/schema": {
    "template": "/external/connections/{connectionId}/schema",
    "kind": "singleton",
    "key": "id",
    "label": "schema",
    "serverSet": {
      "id": {
        "mint": "uuid"
      }
    }
  },
  "/external/connections/{connectionId}/operations": {
    "template": "/external/connections/{connectionId}/operations",
    "kind": "collection",
    "key": "id",
    "label": "operation",
    "serverSet": {
      "id": {
        "mint": "uuid"
      }
    }
  },
  "/external/connections/{connectionId}/items": {
    "template": "/external/connections/{connectionId}/items",
    "kind": "collection",
    "key": "id",
    "label": "item",
    "serverSet": {
      "id": {
        "mint": "uuid"
      }
    }
  },
  "/external/connections/{connectionId}/groups": {
    "template": "/external/connections/{connectionId}/groups",
    "kind": "collection",
    "key": "id",
    "label": "group",
    "serverSet": {}
  },
  "/external/connections/{connectionId}/groups/{groupId}/members": {
    "template": "/external/connections/{connectionId}/groups/{groupId}/members",
    "kind": "collection",
    "key": "id",
    "label": "member",
    "serverSet": {}
  },
  "/connections": {
    "template": "/connections",
    "kind": "collection",
    "key": "id",
    "label": "connection",
    "serverSet": {}
  },
  "/connectors": {
    "template": "/connectors",
    "kind": "collection",
    "key": "id",
    "label": "connector",
    "serverSet": {
      "id": {
        "mint": "uuid"
      }
    }
  }
};
const MOCK_EXAMPLES = [
  '{"value":[{"@odata.type":"#microsoft.graph.externalConnectors.externalActivityResult","type":"created","startDateTime":"2024-05-06T10:00:00Z","performedBy":{"type":"user","id":"e811976d-83df-4cbd-8b9b-5215b18aa874"},"error":null},{"@odata.type":"#microsoft.graph.externalConnectors.externalActivityResult","type":"viewed","startDateTime":"2024-05-06T10:05:00Z","performedBy":{"type":"user","id":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"},"error":null}]}',
  '{"itemsRemaining":7000}'
];
const MOCK_OPERATION_0 = {
  "operationId": "listConnections",
  "method": "GET",
  "template": "/external/connections",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.Read.All",
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "$select",
      "in": "query",
      "type": "array",
      "items": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "query": "validateListConnectionsQueryParameters",
    "header": "validateListConnectionsHeaderParameters"
  },
  "action": "list",
  "resource": "/external/connections",
  "ancestors": [],
  "status": 200,
  "hasBody": true,
  "headers": {},
  "pagination": {
    "items": "value",
    "nextLink": "@odata.nextLink"
  },
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": true
};
const MOCK_OPERATION_1 = {
  "operationId": "createConnection",
  "method": "POST",
  "template": "/external/connections",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "header": "validateCreateConnectionHeaderParameters",
    "body": "validateCreateConnectionRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": [
      "ingestedItemsCount",
      "state"
    ]
  },
  "action": "create",
  "resource": "/external/connections",
  "ancestors": [],
  "status": 201,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": true,
  "select": false
};
const MOCK_OPERATION_2 = {
  "operationId": "getConnection",
  "method": "GET",
  "template": "/external/connections/{connectionId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.Read.All",
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "$select",
      "in": "query",
      "type": "array",
      "items": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateGetConnectionPathParameters",
    "query": "validateGetConnectionQueryParameters",
    "header": "validateGetConnectionHeaderParameters"
  },
  "action": "read",
  "resource": "/external/connections",
  "keyParam": "connectionId",
  "ancestors": [],
  "status": 200,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": true
};
const MOCK_OPERATION_3 = {
  "operationId": "deleteConnection",
  "method": "DELETE",
  "template": "/external/connections/{connectionId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateDeleteConnectionPathParameters",
    "header": "validateDeleteConnectionHeaderParameters"
  },
  "action": "delete",
  "resource": "/external/connections",
  "keyParam": "connectionId",
  "ancestors": [],
  "status": 202,
  "hasBody": false,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_4 = {
  "operationId": "updateConnection",
  "method": "PATCH",
  "template": "/external/connections/{connectionId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateUpdateConnectionPathParameters",
    "header": "validateUpdateConnectionHeaderParameters",
    "body": "validateUpdateConnectionRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": []
  },
  "action": "update",
  "resource": "/external/connections",
  "keyParam": "connectionId",
  "ancestors": [],
  "status": 204,
  "hasBody": false,
  "headers": {},
  "requires": [
    {
      "target": "/external/connections/{connectionId}",
      "property": "state",
      "in": [
        "draft",
        "ready",
        "limitExceeded"
      ],
      "status": 400,
      "code": "invalidRequest"
    }
  ],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_5 = {
  "operationId": "getSchema",
  "method": "GET",
  "template": "/external/connections/{connectionId}/schema",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.Read.All",
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    },
    {
      "name": "Prefer",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateGetSchemaPathParameters",
    "header": "validateGetSchemaHeaderParameters"
  },
  "action": "read",
  "resource": "/external/connections/{connectionId}/schema",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 200,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_6 = {
  "operationId": "registerSchema",
  "method": "PATCH",
  "template": "/external/connections/{connectionId}/schema",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    },
    {
      "name": "Prefer",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateRegisterSchemaPathParameters",
    "header": "validateRegisterSchemaHeaderParameters",
    "body": "validateRegisterSchemaRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": [
      "id"
    ]
  },
  "action": "update",
  "resource": "/external/connections/{connectionId}/schema",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 202,
  "hasBody": false,
  "headers": {},
  "requires": [
    {
      "target": "/external/connections/{connectionId}",
      "property": "state",
      "in": [
        "draft",
        "ready"
      ],
      "status": 409,
      "code": "invalidRequest"
    }
  ],
  "longRunning": {
    "statusCollection": "/external/connections/{connectionId}/operations",
    "statusProperty": "status",
    "pending": "inprogress",
    "succeeded": "completed",
    "failed": "failed",
    "errorProperty": "error",
    "locationHeader": "Location",
    "delayMs": 1e3,
    "behaviour": "graph-connector-schema",
    "onSucceeded": [
      {
        "target": "/external/connections/{connectionId}",
        "property": "state",
        "value": "ready"
      }
    ]
  },
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_7 = {
  "operationId": "createConnectionOperation",
  "method": "POST",
  "template": "/external/connections/{connectionId}/operations",
  "basePaths": [
    "/beta"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateCreateConnectionOperationPathParameters",
    "header": "validateCreateConnectionOperationHeaderParameters",
    "body": "validateCreateConnectionOperationRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": [
      "id"
    ]
  },
  "action": "create",
  "resource": "/external/connections/{connectionId}/operations",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 201,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_8 = {
  "operationId": "getConnectionOperation",
  "method": "GET",
  "template": "/external/connections/{connectionId}/operations/{operationId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.Read.All",
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "operationId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "$select",
      "in": "query",
      "type": "array",
      "items": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateGetConnectionOperationPathParameters",
    "query": "validateGetConnectionOperationQueryParameters",
    "header": "validateGetConnectionOperationHeaderParameters"
  },
  "action": "read",
  "resource": "/external/connections/{connectionId}/operations",
  "keyParam": "operationId",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 200,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": true
};
const MOCK_OPERATION_9 = {
  "operationId": "getItem",
  "method": "GET",
  "template": "/external/connections/{connectionId}/items/{itemId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.Read.All",
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "itemId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateGetItemPathParameters",
    "header": "validateGetItemHeaderParameters"
  },
  "action": "read",
  "resource": "/external/connections/{connectionId}/items",
  "keyParam": "itemId",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 200,
  "hasBody": true,
  "headers": {},
  "requires": [
    {
      "target": "/external/connections/{connectionId}",
      "property": "state",
      "in": [
        "ready",
        "obsolete",
        "limitExceeded"
      ],
      "status": 400,
      "code": "invalidRequest"
    }
  ],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_10 = {
  "operationId": "putItem",
  "method": "PUT",
  "template": "/external/connections/{connectionId}/items/{itemId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "itemId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validatePutItemPathParameters",
    "header": "validatePutItemHeaderParameters",
    "body": "validatePutItemRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": [
      "id"
    ]
  },
  "maxBodyBytes": 4194304,
  "action": "upsert",
  "resource": "/external/connections/{connectionId}/items",
  "keyParam": "itemId",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 200,
  "hasBody": false,
  "headers": {},
  "requires": [
    {
      "target": "/external/connections/{connectionId}",
      "property": "state",
      "in": [
        "ready",
        "limitExceeded"
      ],
      "status": 409,
      "code": "invalidRequest"
    }
  ],
  "validate": {
    "behaviour": "graph-connector-item",
    "against": "/external/connections/{connectionId}/schema"
  },
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "409": "nameAlreadyExists",
    "413": "RequestEntityTooLarge",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_11 = {
  "operationId": "deleteItem",
  "method": "DELETE",
  "template": "/external/connections/{connectionId}/items/{itemId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "itemId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateDeleteItemPathParameters",
    "header": "validateDeleteItemHeaderParameters"
  },
  "action": "delete",
  "resource": "/external/connections/{connectionId}/items",
  "keyParam": "itemId",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 204,
  "hasBody": false,
  "headers": {},
  "requires": [
    {
      "target": "/external/connections/{connectionId}",
      "property": "state",
      "in": [
        "ready",
        "limitExceeded"
      ],
      "status": 400,
      "code": "invalidRequest"
    }
  ],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_12 = {
  "operationId": "addActivities",
  "method": "POST",
  "template": "/external/connections/{connectionId}/items/{itemId}/addActivities",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "itemId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateAddActivitiesPathParameters",
    "header": "validateAddActivitiesHeaderParameters",
    "body": "validateAddActivitiesRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": []
  },
  "action": "example",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    },
    {
      "collection": "/external/connections/{connectionId}/items",
      "param": "itemId"
    }
  ],
  "status": 200,
  "hasBody": true,
  "example": 0,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_13 = {
  "operationId": "createGroup",
  "method": "POST",
  "template": "/external/connections/{connectionId}/groups",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateCreateGroupPathParameters",
    "header": "validateCreateGroupHeaderParameters",
    "body": "validateCreateGroupRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": []
  },
  "action": "create",
  "resource": "/external/connections/{connectionId}/groups",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 201,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_14 = {
  "operationId": "getGroup",
  "method": "GET",
  "template": "/external/connections/{connectionId}/groups/{groupId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.Read.All",
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "groupId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateGetGroupPathParameters",
    "header": "validateGetGroupHeaderParameters"
  },
  "action": "read",
  "resource": "/external/connections/{connectionId}/groups",
  "keyParam": "groupId",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 200,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_15 = {
  "operationId": "deleteGroup",
  "method": "DELETE",
  "template": "/external/connections/{connectionId}/groups/{groupId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "groupId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateDeleteGroupPathParameters",
    "header": "validateDeleteGroupHeaderParameters"
  },
  "action": "delete",
  "resource": "/external/connections/{connectionId}/groups",
  "keyParam": "groupId",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 204,
  "hasBody": false,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_16 = {
  "operationId": "updateGroup",
  "method": "PATCH",
  "template": "/external/connections/{connectionId}/groups/{groupId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "groupId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateUpdateGroupPathParameters",
    "header": "validateUpdateGroupHeaderParameters",
    "body": "validateUpdateGroupRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": []
  },
  "action": "update",
  "resource": "/external/connections/{connectionId}/groups",
  "keyParam": "groupId",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 204,
  "hasBody": false,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_17 = {
  "operationId": "addGroupMember",
  "method": "POST",
  "template": "/external/connections/{connectionId}/groups/{groupId}/members",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "groupId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateAddGroupMemberPathParameters",
    "header": "validateAddGroupMemberHeaderParameters",
    "body": "validateAddGroupMemberRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": []
  },
  "action": "create",
  "resource": "/external/connections/{connectionId}/groups/{groupId}/members",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    },
    {
      "collection": "/external/connections/{connectionId}/groups",
      "param": "groupId"
    }
  ],
  "status": 201,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_18 = {
  "operationId": "removeGroupMember",
  "method": "DELETE",
  "template": "/external/connections/{connectionId}/groups/{groupId}/members/{memberId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "secured": true,
  "scopes": [
    "ExternalItem.ReadWrite.All",
    "ExternalItem.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "groupId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "memberId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateRemoveGroupMemberPathParameters",
    "header": "validateRemoveGroupMemberHeaderParameters"
  },
  "action": "delete",
  "resource": "/external/connections/{connectionId}/groups/{groupId}/members",
  "keyParam": "memberId",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    },
    {
      "collection": "/external/connections/{connectionId}/groups",
      "param": "groupId"
    }
  ],
  "status": 204,
  "hasBody": false,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_19 = {
  "operationId": "getQuota",
  "method": "GET",
  "template": "/external/connections/{connectionId}/quota",
  "basePaths": [
    "/beta"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "type": "string"
    },
    {
      "name": "$select",
      "in": "query",
      "type": "array",
      "items": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateGetQuotaPathParameters",
    "query": "validateGetQuotaQueryParameters",
    "header": "validateGetQuotaHeaderParameters"
  },
  "action": "example",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "status": 200,
  "hasBody": true,
  "example": 1,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": true
};
const MOCK_OPERATION_20 = {
  "operationId": "createConnectionLegacy",
  "method": "POST",
  "template": "/connections",
  "basePaths": [
    "/beta"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "header": "validateCreateConnectionLegacyHeaderParameters",
    "body": "validateCreateConnectionLegacyRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": []
  },
  "action": "create",
  "resource": "/connections",
  "ancestors": [],
  "status": 201,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_OPERATION_21 = {
  "operationId": "createConnector",
  "method": "POST",
  "template": "/connectors",
  "basePaths": [
    "/beta"
  ],
  "secured": true,
  "scopes": [
    "ExternalConnection.ReadWrite.All",
    "ExternalConnection.ReadWrite.OwnedBy"
  ],
  "params": [
    {
      "name": "client-request-id",
      "in": "header",
      "type": "string"
    }
  ],
  "validators": {
    "header": "validateCreateConnectorHeaderParameters",
    "body": "validateCreateConnectorRequestBody"
  },
  "body": {
    "required": true,
    "readOnly": [
      "id"
    ]
  },
  "action": "create",
  "resource": "/connectors",
  "ancestors": [],
  "status": 201,
  "hasBody": true,
  "headers": {},
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "select": false
};
const MOCK_SPEC = {
  title: "Microsoft Graph external connectors",
  basePaths: ["/beta", "/v1.0"],
  origins: ["https://dod-graph.microsoft.us", "https://graph.microsoft.com", "https://graph.microsoft.us", "https://microsoftgraph.chinacloudapi.cn"],
  resources: MOCK_RESOURCES,
  operations: [
    MOCK_OPERATION_0,
    MOCK_OPERATION_1,
    MOCK_OPERATION_2,
    MOCK_OPERATION_3,
    MOCK_OPERATION_4,
    MOCK_OPERATION_5,
    MOCK_OPERATION_6,
    MOCK_OPERATION_7,
    MOCK_OPERATION_8,
    MOCK_OPERATION_9,
    MOCK_OPERATION_10,
    MOCK_OPERATION_11,
    MOCK_OPERATION_12,
    MOCK_OPERATION_13,
    MOCK_OPERATION_14,
    MOCK_OPERATION_15,
    MOCK_OPERATION_16,
    MOCK_OPERATION_17,
    MOCK_OPERATION_18,
    MOCK_OPERATION_19,
    MOCK_OPERATION_20,
    MOCK_OPERATION_21
  ],
  defaultErrorCodes: { "400": "invalidRequest", "401": "InvalidAuthenticationToken", "403": "accessDenied", "404": "itemNotFound", "409": "nameAlreadyExists", "413": "RequestEntityTooLarge", "429": "TooManyRequests", "503": "serviceNotAvailable" },
  examples: MOCK_EXAMPLES
};
function createMockHandler(options = {}) {
  return createMockRuntime(MOCK_SPEC, validators, options);
}
export {
  FAULT_HEADER,
  MOCK_SPEC,
  createMockHandler
};
