import * as validators from "./validators.js";
import { createMockRuntime } from "./mock-runtime/handler.js";
import { FAULT_HEADER } from "./mock-runtime/faults.js";
import { MockStrictError } from "./mock-runtime/errors.js";
const MOCK_RESOURCES = {
  "/external/connections": {
    "template": "/external/connections",
    "kind": "collection",
    "key": "id",
    "id": {
      "kind": "template",
      "parts": [
        {
          "chars": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
          "min": 3,
          "max": 32
        }
      ],
      "type": "string",
      "accepts": {
        "pattern": "^[A-Za-z0-9]+$",
        "minLength": 3,
        "maxLength": 32
      }
    },
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
      "sharedWith": "configuration.authorizedAppIds",
      "deniedStatus": 403
    }
  },
  "/external/connections/{connectionId}/schema": {
    "template": "/external/connections/{connectionId}/schema",
    "kind": "singleton",
    "key": "id",
    "id": {
      "kind": "template",
      "parts": [
        {
          "chars": "123456789",
          "min": 1,
          "max": 1
        },
        {
          "chars": "0123456789",
          "min": 0,
          "max": 15
        }
      ],
      "type": "string"
    },
    "fill": 0,
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
    "id": {
      "kind": "template",
      "parts": [
        {
          "chars": "123456789",
          "min": 1,
          "max": 1
        },
        {
          "chars": "0123456789",
          "min": 0,
          "max": 15
        }
      ],
      "type": "string"
    },
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
    "id": {
      "kind": "template",
      "parts": [
        {
          "chars": "123456789",
          "min": 1,
          "max": 1
        },
        {
          "chars": "0123456789",
          "min": 0,
          "max": 15
        }
      ],
      "type": "string",
      "accepts": {
        "minLength": 1,
        "maxLength": 128
      }
    },
    "fill": 1,
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
    "id": {
      "kind": "template",
      "parts": [
        {
          "chars": "123456789",
          "min": 1,
          "max": 1
        },
        {
          "chars": "0123456789",
          "min": 0,
          "max": 15
        }
      ],
      "type": "string",
      "accepts": {
        "minLength": 1,
        "maxLength": 128
      }
    },
    "label": "group",
    "serverSet": {}
  },
  "/external/connections/{connectionId}/groups/{groupId}/members": {
    "template": "/external/connections/{connectionId}/groups/{groupId}/members",
    "kind": "collection",
    "key": "id",
    "id": {
      "kind": "template",
      "parts": [
        {
          "chars": "123456789",
          "min": 1,
          "max": 1
        },
        {
          "chars": "0123456789",
          "min": 0,
          "max": 15
        }
      ],
      "type": "string",
      "accepts": {
        "minLength": 1
      }
    },
    "fill": 2,
    "label": "member",
    "serverSet": {}
  }
};
const MOCK_EXAMPLES = [
  '{"baseType":"microsoft.graph.externalItem","properties":[{"name":"|v8","type":"string","isSearchable":true,"isQueryable":true,"isRetrievable":true,"isRefinable":true,"isExactMatchRequired":true,"labels":["title"],"aliases":["EUIJx7"],"description":"string","rankingHint":{"importanceScore":"low"}}]}',
  '{"acl":[{"type":"user","value":"string","accessType":"grant","identitySource":"azureActiveDirectory"}],"properties":{"property1":"string"}}',
  '{"type":"user"}',
  '{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#external/connections","@odata.nextLink":"https://graph.microsoft.com/v1.0/external/connections?$skiptoken=U29tZVNraXBUb2tlbg","value":[{"id":"contosohr","name":"Contoso HR","description":"Connection to index Contoso HR system","state":"ready","configuration":{"authorizedAppIds":["d310d35d-72ec-47dd-92f2-fb9c40936555"]}},{"id":"contosotickets","name":"Contoso tickets","description":"Connection to index Contoso ticketing system","state":"draft"}]}',
  `{"error":{"code":"invalidRequest","message":"The connection id 'MicrosoftHR' is invalid. Ids must be 3-32 letters or digits, must not start with 'Microsoft' and must not be a reserved name.","target":"id","innerError":{"date":"2024-05-06T10:12:31Z","request-id":"0b8e9d2c-3f6a-4d0e-9c1b-7a2f5e4d3c21","client-request-id":"0b8e9d2c-3f6a-4d0e-9c1b-7a2f5e4d3c21"}}}`,
  '{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid.","innerError":{"date":"2024-05-06T10:12:31Z","request-id":"4c9f6d0a-2b7e-4f3a-8d21-6e5b4a3c2d10","client-request-id":"4c9f6d0a-2b7e-4f3a-8d21-6e5b4a3c2d10"}}}',
  '{"error":{"code":"accessDenied","message":"Either scp or roles claim need to be present in the token.","innerError":{"date":"2024-05-06T10:12:31Z","request-id":"9a1d2e3f-4b5c-4d6e-8f70-1a2b3c4d5e6f","client-request-id":"9a1d2e3f-4b5c-4d6e-8f70-1a2b3c4d5e6f"}}}',
  '{"error":{"code":"TooManyRequests","message":"Too many requests. Retry after the interval in the Retry-After header.","innerError":{"date":"2024-05-06T10:12:31Z","request-id":"1b2c3d4e-5f60-4718-89a0-b1c2d3e4f506","client-request-id":"1b2c3d4e-5f60-4718-89a0-b1c2d3e4f506"}}}',
  '{"error":{"code":"serviceNotAvailable","message":"The service is temporarily unavailable. Try again later.","innerError":{"date":"2024-05-06T10:12:31Z","request-id":"8c7b6a59-4837-4261-a5f4-e3d2c1b0a998","client-request-id":"8c7b6a59-4837-4261-a5f4-e3d2c1b0a998"}}}',
  '{"id":"contosohr","name":"Contoso HR","description":"Connection to index Contoso HR system","configuration":{"authorizedApps":["d310d35d-72ec-47dd-92f2-fb9c40936555"]}}',
  '{"error":{"code":"nameAlreadyExists","message":"A connection with the same name already exists.","innerError":{"date":"2024-05-06T10:12:31Z","request-id":"7e6d5c4b-3a29-4180-b7c6-d5e4f3a2b1c0","client-request-id":"7e6d5c4b-3a29-4180-b7c6-d5e4f3a2b1c0"}}}',
  '{"id":"contosohr","name":"Contoso HR","description":"Connection to index Contoso HR system","state":"ready","contentCategory":"knowledgeBase","configuration":{"authorizedAppIds":["d310d35d-72ec-47dd-92f2-fb9c40936555"]}}',
  `{"error":{"code":"itemNotFound","message":"The connection 'contosohr' was not found.","innerError":{"date":"2024-05-06T10:12:31Z","request-id":"2f3e4d5c-6b7a-4890-a1b2-c3d4e5f60718","client-request-id":"2f3e4d5c-6b7a-4890-a1b2-c3d4e5f60718"}}}`,
  '{"baseType":"microsoft.graph.externalItem","properties":[{"name":"ticketTitle","type":"string","isSearchable":true,"isRetrievable":true,"isQueryable":false,"isRefinable":false,"labels":["title"],"aliases":[]},{"name":"priority","type":"string","isSearchable":false,"isRetrievable":true,"isQueryable":true,"isRefinable":false,"labels":[],"aliases":[]}]}',
  '{"@odata.type":"#microsoft.graph.connectionOperation","id":"05f5b0a2-b0a2-05f5-a2b0-f505a2b0f505","error":{"@odata.type":"microsoft.graph.publicError"},"status":"unspecified"}',
  '{"id":"795e3e1e-8b5b-4c19-9a55-4d1f8b0a2b31","status":"inprogress","error":null}',
  `{"id":"TSP228082938","acl":[{"type":"user","value":"e811976d-83df-4cbd-8b9b-5215b18aa874","accessType":"grant"}],"properties":{"ticketTitle":"Error in the payment gateway","priority":"high","assignee":"john@contoso.com"},"content":{"type":"text","value":"Error in payment gateway. Customers can't complete a purchase with a credit card."}}`,
  '{"error":{"code":"RequestEntityTooLarge","message":"The request body exceeds the maximum item size of 4 MB.","innerError":{"date":"2024-05-06T10:12:31Z","request-id":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","client-request-id":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"}}}',
  '{"value":[{"@odata.type":"#microsoft.graph.externalConnectors.externalActivityResult","type":"created","startDateTime":"2024-05-06T10:00:00Z","performedBy":{"type":"user","id":"e811976d-83df-4cbd-8b9b-5215b18aa874"},"error":null},{"@odata.type":"#microsoft.graph.externalConnectors.externalActivityResult","type":"viewed","startDateTime":"2024-05-06T10:05:00Z","performedBy":{"type":"user","id":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"},"error":null}]}',
  '{"value":[{"@odata.type":"#microsoft.graph.externalConnectors.externalActivityResult","type":"created","startDateTime":"2024-05-06T10:00:00Z","performedBy":{"type":"user","id":"e811976d-83df-4cbd-8b9b-5215b18aa874"},"error":null},{"@odata.type":"#microsoft.graph.externalConnectors.externalActivityResult","type":"viewed","startDateTime":"2024-05-06T10:05:00Z","performedBy":{"type":"user","id":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"},"error":{"code":"InvalidRequest","message":"The user 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d was not found."}}]}',
  '{"id":"31bea3d537902000","displayName":"Contoso Marketing","description":"The product marketing team"}',
  '{"id":"e811976d-83df-4cbd-8b9b-5215b18aa874","type":"user"}',
  '{"itemsRemaining":7000}',
  '{"@odata.type":"#microsoft.graph.externalConnection","id":"1cc90bb3-0bb3-1cc9-b30b-c91cb30bc91c","name":"Name value","description":"Description value","configuration":{"@odata.type":"microsoft.graph.configuration","authorizedApps":["Authorized Apps value"]}}',
  '{"@odata.type":"#microsoft.graph.connector","id":"4443f0a9-f0a9-4443-a9f0-4344a9f04344","machineName":"String","externalIp":"String","status":"active"}',
  `{"responses":[{"id":"1","status":409,"headers":{"Content-Type":"application/json"},"body":{"error":{"code":"nameAlreadyExists","message":"An external group with the id '31bea3d537902000' already exists.","innerError":{"date":"2024-05-06T10:12:31Z","request-id":"3d2c1b0a-9f8e-4d7c-a6b5-4c3d2e1f0a9b","client-request-id":"3d2c1b0a-9f8e-4d7c-a6b5-4c3d2e1f0a9b"}}}},{"id":"2","status":424,"body":{"error":{"code":"FailedDependency","message":"The request depends on request '1', which failed."}}},{"id":"3","status":200,"headers":{"request-id":"6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d"}},{"id":"4","status":429,"headers":{"Retry-After":"10","Content-Type":"application/json"},"body":{"error":{"code":"TooManyRequests","message":"Too many requests. Retry after the interval in the Retry-After header.","innerError":{"date":"2024-05-06T10:12:31Z","request-id":"1b2c3d4e-5f60-4718-89a0-b1c2d3e4f506","client-request-id":"1b2c3d4e-5f60-4718-89a0-b1c2d3e4f506"}}}},{"id":"5","status":200,"headers":{"Content-Type":"application/json"},"body":{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#external/connections('contosohr')/items/$entity","id":"TSP228082938","acl":[{"type":"externalGroup","value":"31bea3d537902000","accessType":"grant"}],"properties":{"ticketTitle":"Error in the payment gateway","priority":"high"}}}]}`
];
const MOCK_OPERATION_0 = {
  "operationId": "listConnections",
  "method": "GET",
  "template": "/external/connections",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.Read.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.Read.All"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "$select",
      "in": "query",
      "style": "form",
      "explode": false,
      "type": "array",
      "items": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
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
  "responses": [
    {
      "status": "200",
      "code": 200,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 3,
        "given": true
      },
      "shape": {
        "kind": "items",
        "at": [
          "value"
        ]
      },
      "headers": {},
      "validator": "validateListConnectionsResponse200"
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateListConnectionsResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateListConnectionsResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateListConnectionsResponse403"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateListConnectionsResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateListConnectionsResponse503"
    }
  ],
  "paging": {
    "kind": "link",
    "property": [
      "@odata.nextLink"
    ]
  },
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false
};
const MOCK_OPERATION_1 = {
  "operationId": "createConnection",
  "method": "POST",
  "template": "/external/connections",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
      "type": "string"
    }
  ],
  "validators": {
    "header": "validateCreateConnectionHeaderParameters"
  },
  "body": {
    "required": true,
    "readOnly": [
      "@odata.context",
      "ingestedItemsCount",
      "state"
    ],
    "media": [
      {
        "type": "application/json",
        "kind": "json",
        "validator": "validateCreateConnectionRequestBody"
      }
    ]
  },
  "action": "create",
  "resource": "/external/connections",
  "ancestors": [],
  "responses": [
    {
      "status": "201",
      "code": 201,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 9,
        "given": true
      },
      "shape": {
        "kind": "member"
      },
      "headers": {},
      "validator": "validateCreateConnectionResponse201"
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionResponse403"
    },
    {
      "status": "409",
      "code": 409,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 10,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionResponse409"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionResponse503"
    }
  ],
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": true
};
const MOCK_OPERATION_2 = {
  "operationId": "getConnection",
  "method": "GET",
  "template": "/external/connections/{connectionId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.Read.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.Read.All"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "$select",
      "in": "query",
      "style": "form",
      "explode": false,
      "type": "array",
      "items": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
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
  "responses": [
    {
      "status": "200",
      "code": 200,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 11,
        "given": true
      },
      "shape": {
        "kind": "member"
      },
      "headers": {},
      "validator": "validateGetConnectionResponse200"
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetConnectionResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetConnectionResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetConnectionResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetConnectionResponse404"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetConnectionResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetConnectionResponse503"
    }
  ],
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
  "budgets": [
    "connectionOperations"
  ]
};
const MOCK_OPERATION_3 = {
  "operationId": "deleteConnection",
  "method": "DELETE",
  "template": "/external/connections/{connectionId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
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
  "responses": [
    {
      "status": "202",
      "code": 202,
      "headers": {}
    },
    {
      "status": "204",
      "code": 204,
      "headers": {}
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteConnectionResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteConnectionResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteConnectionResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteConnectionResponse404"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteConnectionResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteConnectionResponse503"
    }
  ],
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
  "budgets": [
    "connectionOperations"
  ]
};
const MOCK_OPERATION_4 = {
  "operationId": "updateConnection",
  "method": "PATCH",
  "template": "/external/connections/{connectionId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateUpdateConnectionPathParameters",
    "header": "validateUpdateConnectionHeaderParameters"
  },
  "body": {
    "required": true,
    "readOnly": [],
    "media": [
      {
        "type": "application/json",
        "kind": "json",
        "validator": "validateUpdateConnectionRequestBody"
      }
    ]
  },
  "action": "update",
  "resource": "/external/connections",
  "keyParam": "connectionId",
  "ancestors": [],
  "responses": [
    {
      "status": "204",
      "code": 204,
      "headers": {}
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateUpdateConnectionResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateUpdateConnectionResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateUpdateConnectionResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateUpdateConnectionResponse404"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateUpdateConnectionResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateUpdateConnectionResponse503"
    }
  ],
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
  "budgets": [
    "connectionOperations"
  ]
};
const MOCK_OPERATION_5 = {
  "operationId": "getSchema",
  "method": "GET",
  "template": "/external/connections/{connectionId}/schema",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.Read.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.Read.All"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "Prefer",
      "in": "header",
      "style": "simple",
      "explode": false,
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
  "responses": [
    {
      "status": "200",
      "code": 200,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 13,
        "given": true
      },
      "shape": {
        "kind": "member"
      },
      "headers": {},
      "validator": "validateGetSchemaResponse200"
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetSchemaResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetSchemaResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetSchemaResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetSchemaResponse404"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetSchemaResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetSchemaResponse503"
    }
  ],
  "requires": [
    {
      "target": "/external/connections/{connectionId}",
      "property": "state",
      "in": [
        "ready",
        "obsolete",
        "limitExceeded"
      ],
      "status": 404,
      "code": "itemNotFound"
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
  "budgets": [
    "connectionOperations"
  ]
};
const MOCK_OPERATION_6 = {
  "operationId": "registerSchema",
  "method": "PATCH",
  "template": "/external/connections/{connectionId}/schema",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "Prefer",
      "in": "header",
      "style": "simple",
      "explode": false,
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateRegisterSchemaPathParameters",
    "header": "validateRegisterSchemaHeaderParameters"
  },
  "body": {
    "required": true,
    "readOnly": [
      "@odata.context",
      "id"
    ],
    "media": [
      {
        "type": "application/json",
        "kind": "json",
        "validator": "validateRegisterSchemaRequestBody"
      }
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
  "responses": [
    {
      "status": "202",
      "code": 202,
      "headers": {}
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateRegisterSchemaResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateRegisterSchemaResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateRegisterSchemaResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateRegisterSchemaResponse404"
    },
    {
      "status": "409",
      "code": 409,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 10,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateRegisterSchemaResponse409"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateRegisterSchemaResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateRegisterSchemaResponse503"
    }
  ],
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
    ],
    "retryAfterSeconds": 1
  },
  "validate": {
    "behaviour": "graph-connector-schema",
    "against": "/external/connections/{connectionId}/schema"
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
  "budgets": [
    "connectionOperations"
  ]
};
const MOCK_OPERATION_7 = {
  "operationId": "createConnectionOperation",
  "method": "POST",
  "template": "/external/connections/{connectionId}/operations",
  "basePaths": [
    "/beta"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateCreateConnectionOperationPathParameters",
    "header": "validateCreateConnectionOperationHeaderParameters"
  },
  "body": {
    "required": true,
    "readOnly": [
      "@odata.context",
      "id"
    ],
    "media": [
      {
        "type": "application/json",
        "kind": "json",
        "validator": "validateCreateConnectionOperationRequestBody"
      }
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
  "responses": [
    {
      "status": "201",
      "code": 201,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 14,
        "given": true
      },
      "shape": {
        "kind": "member"
      },
      "headers": {},
      "validator": "validateCreateConnectionOperationResponse201"
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionOperationResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionOperationResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionOperationResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionOperationResponse404"
    },
    {
      "status": "409",
      "code": 409,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 10,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionOperationResponse409"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionOperationResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionOperationResponse503"
    }
  ],
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
  "budgets": [
    "connectionOperations"
  ]
};
const MOCK_OPERATION_8 = {
  "operationId": "getConnectionOperation",
  "method": "GET",
  "template": "/external/connections/{connectionId}/operations/{operationId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.Read.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.Read.All"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "operationId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "$select",
      "in": "query",
      "style": "form",
      "explode": false,
      "type": "array",
      "items": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
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
  "responses": [
    {
      "status": "200",
      "code": 200,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 15,
        "given": true
      },
      "shape": {
        "kind": "member"
      },
      "headers": {},
      "validator": "validateGetConnectionOperationResponse200"
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetConnectionOperationResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetConnectionOperationResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetConnectionOperationResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetConnectionOperationResponse404"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetConnectionOperationResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetConnectionOperationResponse503"
    }
  ],
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
  "budgets": [
    "connectionOperations"
  ]
};
const MOCK_OPERATION_9 = {
  "operationId": "getItem",
  "method": "GET",
  "template": "/external/connections/{connectionId}/items/{itemId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.Read.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.Read.All"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "itemId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
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
  "responses": [
    {
      "status": "200",
      "code": 200,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 16,
        "given": true
      },
      "shape": {
        "kind": "member"
      },
      "headers": {},
      "validator": "validateGetItemResponse200"
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetItemResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetItemResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetItemResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetItemResponse404"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetItemResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetItemResponse503"
    }
  ],
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
  "budgets": [
    "items",
    "connectionOperations"
  ]
};
const MOCK_OPERATION_10 = {
  "operationId": "putItem",
  "method": "PUT",
  "template": "/external/connections/{connectionId}/items/{itemId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "itemId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
      "type": "string"
    }
  ],
  "validators": {
    "path": "validatePutItemPathParameters",
    "header": "validatePutItemHeaderParameters"
  },
  "body": {
    "required": true,
    "readOnly": [
      "@odata.context",
      "id"
    ],
    "media": [
      {
        "type": "application/json",
        "kind": "json",
        "validator": "validatePutItemRequestBody"
      }
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
  "responses": [
    {
      "status": "200",
      "code": 200,
      "headers": {}
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validatePutItemResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validatePutItemResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validatePutItemResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validatePutItemResponse404"
    },
    {
      "status": "409",
      "code": 409,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 10,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validatePutItemResponse409"
    },
    {
      "status": "413",
      "code": 413,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 17,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validatePutItemResponse413"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validatePutItemResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validatePutItemResponse503"
    }
  ],
  "requires": [
    {
      "target": "/external/connections/{connectionId}",
      "property": "state",
      "in": [
        "ready"
      ],
      "status": 409,
      "code": "invalidRequest",
      "when": "create"
    },
    {
      "target": "/external/connections/{connectionId}",
      "property": "state",
      "in": [
        "ready",
        "limitExceeded"
      ],
      "status": 409,
      "code": "invalidRequest",
      "when": "replace"
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
  "budgets": [
    "items",
    "connectionOperations"
  ]
};
const MOCK_OPERATION_11 = {
  "operationId": "deleteItem",
  "method": "DELETE",
  "template": "/external/connections/{connectionId}/items/{itemId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "itemId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
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
  "responses": [
    {
      "status": "204",
      "code": 204,
      "headers": {}
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteItemResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteItemResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteItemResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteItemResponse404"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteItemResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteItemResponse503"
    }
  ],
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
  "budgets": [
    "items",
    "connectionOperations"
  ]
};
const MOCK_OPERATION_12 = {
  "operationId": "addActivities",
  "method": "POST",
  "template": "/external/connections/{connectionId}/items/{itemId}/addActivities",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "itemId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateAddActivitiesPathParameters",
    "header": "validateAddActivitiesHeaderParameters"
  },
  "body": {
    "required": true,
    "readOnly": [],
    "media": [
      {
        "type": "application/json",
        "kind": "json",
        "validator": "validateAddActivitiesRequestBody"
      }
    ]
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
  "responses": [
    {
      "status": "200",
      "code": 200,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 18,
        "given": true
      },
      "headers": {},
      "validator": "validateAddActivitiesResponse200"
    },
    {
      "status": "207",
      "code": 207,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 19,
        "given": true
      },
      "headers": {},
      "validator": "validateAddActivitiesResponse207"
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateAddActivitiesResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateAddActivitiesResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateAddActivitiesResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateAddActivitiesResponse404"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateAddActivitiesResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateAddActivitiesResponse503"
    }
  ],
  "requires": [],
  "results": {
    "items": [
      "activities"
    ],
    "behaviour": "graph-external-activity",
    "at": [
      "value"
    ],
    "partial": 207
  },
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "404": "itemNotFound",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "budgets": [
    "items",
    "connectionOperations"
  ]
};
const MOCK_OPERATION_13 = {
  "operationId": "createGroup",
  "method": "POST",
  "template": "/external/connections/{connectionId}/groups",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateCreateGroupPathParameters",
    "header": "validateCreateGroupHeaderParameters"
  },
  "body": {
    "required": true,
    "readOnly": [
      "@odata.context"
    ],
    "media": [
      {
        "type": "application/json",
        "kind": "json",
        "validator": "validateCreateGroupRequestBody"
      }
    ]
  },
  "action": "create",
  "resource": "/external/connections/{connectionId}/groups",
  "ancestors": [
    {
      "collection": "/external/connections",
      "param": "connectionId"
    }
  ],
  "responses": [
    {
      "status": "201",
      "code": 201,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 20,
        "given": true
      },
      "shape": {
        "kind": "member"
      },
      "headers": {},
      "validator": "validateCreateGroupResponse201"
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateGroupResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateGroupResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateGroupResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateGroupResponse404"
    },
    {
      "status": "409",
      "code": 409,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 10,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateGroupResponse409"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateGroupResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateGroupResponse503"
    }
  ],
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
  "budgets": [
    "groupAdministration",
    "connectionOperations"
  ]
};
const MOCK_OPERATION_14 = {
  "operationId": "getGroup",
  "method": "GET",
  "template": "/external/connections/{connectionId}/groups/{groupId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.Read.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.Read.All"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "groupId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
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
  "responses": [
    {
      "status": "200",
      "code": 200,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 20,
        "given": true
      },
      "shape": {
        "kind": "member"
      },
      "headers": {},
      "validator": "validateGetGroupResponse200"
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetGroupResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetGroupResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetGroupResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetGroupResponse404"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetGroupResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetGroupResponse503"
    }
  ],
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
  "budgets": [
    "groupAdministration",
    "connectionOperations"
  ]
};
const MOCK_OPERATION_15 = {
  "operationId": "deleteGroup",
  "method": "DELETE",
  "template": "/external/connections/{connectionId}/groups/{groupId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "groupId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
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
  "responses": [
    {
      "status": "204",
      "code": 204,
      "headers": {}
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteGroupResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteGroupResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteGroupResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteGroupResponse404"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteGroupResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateDeleteGroupResponse503"
    }
  ],
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
  "budgets": [
    "groupAdministration",
    "connectionOperations"
  ]
};
const MOCK_OPERATION_16 = {
  "operationId": "updateGroup",
  "method": "PATCH",
  "template": "/external/connections/{connectionId}/groups/{groupId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "groupId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateUpdateGroupPathParameters",
    "header": "validateUpdateGroupHeaderParameters"
  },
  "body": {
    "required": true,
    "readOnly": [],
    "media": [
      {
        "type": "application/json",
        "kind": "json",
        "validator": "validateUpdateGroupRequestBody"
      }
    ]
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
  "responses": [
    {
      "status": "204",
      "code": 204,
      "headers": {}
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateUpdateGroupResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateUpdateGroupResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateUpdateGroupResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateUpdateGroupResponse404"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateUpdateGroupResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateUpdateGroupResponse503"
    }
  ],
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
  "budgets": [
    "groupAdministration",
    "connectionOperations"
  ]
};
const MOCK_OPERATION_17 = {
  "operationId": "addGroupMember",
  "method": "POST",
  "template": "/external/connections/{connectionId}/groups/{groupId}/members",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "groupId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
      "type": "string"
    }
  ],
  "validators": {
    "path": "validateAddGroupMemberPathParameters",
    "header": "validateAddGroupMemberHeaderParameters"
  },
  "body": {
    "required": true,
    "readOnly": [
      "@odata.context"
    ],
    "media": [
      {
        "type": "application/json",
        "kind": "json",
        "validator": "validateAddGroupMemberRequestBody"
      }
    ]
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
  "responses": [
    {
      "status": "201",
      "code": 201,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 21,
        "given": true
      },
      "shape": {
        "kind": "member"
      },
      "headers": {},
      "validator": "validateAddGroupMemberResponse201"
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateAddGroupMemberResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateAddGroupMemberResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateAddGroupMemberResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateAddGroupMemberResponse404"
    },
    {
      "status": "409",
      "code": 409,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 10,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateAddGroupMemberResponse409"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateAddGroupMemberResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateAddGroupMemberResponse503"
    }
  ],
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
  "budgets": [
    "groupAdministration",
    "connectionOperations"
  ]
};
const MOCK_OPERATION_18 = {
  "operationId": "removeGroupMember",
  "method": "DELETE",
  "template": "/external/connections/{connectionId}/groups/{groupId}/members/{memberId}",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalItem.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "groupId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "memberId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
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
  "responses": [
    {
      "status": "204",
      "code": 204,
      "headers": {}
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateRemoveGroupMemberResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateRemoveGroupMemberResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateRemoveGroupMemberResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateRemoveGroupMemberResponse404"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateRemoveGroupMemberResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateRemoveGroupMemberResponse503"
    }
  ],
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
  "budgets": [
    "groupAdministration",
    "connectionOperations"
  ]
};
const MOCK_OPERATION_19 = {
  "operationId": "getQuota",
  "method": "GET",
  "template": "/external/connections/{connectionId}/quota",
  "basePaths": [
    "/beta"
  ],
  "security": [
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "connectionId",
      "in": "path",
      "style": "simple",
      "explode": false,
      "type": "string"
    },
    {
      "name": "$select",
      "in": "query",
      "style": "form",
      "explode": false,
      "type": "array",
      "items": "string"
    },
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
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
  "responses": [
    {
      "status": "200",
      "code": 200,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 22,
        "given": true
      },
      "headers": {},
      "validator": "validateGetQuotaResponse200"
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetQuotaResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetQuotaResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetQuotaResponse403"
    },
    {
      "status": "404",
      "code": 404,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 12,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetQuotaResponse404"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetQuotaResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateGetQuotaResponse503"
    }
  ],
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
  "budgets": [
    "connectionOperations"
  ]
};
const MOCK_OPERATION_20 = {
  "operationId": "createConnectionLegacy",
  "method": "POST",
  "template": "/connections",
  "basePaths": [
    "/beta"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
      "type": "string"
    }
  ],
  "validators": {
    "header": "validateCreateConnectionLegacyHeaderParameters"
  },
  "body": {
    "required": true,
    "readOnly": [
      "@odata.context"
    ],
    "media": [
      {
        "type": "application/json",
        "kind": "json",
        "validator": "validateCreateConnectionLegacyRequestBody"
      }
    ]
  },
  "action": "example",
  "ancestors": [],
  "responses": [
    {
      "status": "201",
      "code": 201,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 23,
        "given": true
      },
      "headers": {},
      "validator": "validateCreateConnectionLegacyResponse201"
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionLegacyResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionLegacyResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionLegacyResponse403"
    },
    {
      "status": "409",
      "code": 409,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 10,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionLegacyResponse409"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionLegacyResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectionLegacyResponse503"
    }
  ],
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false
};
const MOCK_OPERATION_21 = {
  "operationId": "createConnector",
  "method": "POST",
  "template": "/connectors",
  "basePaths": [
    "/beta"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.OwnedBy"
        ]
      }
    ],
    [
      {
        "scheme": "delegated",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": [
          "ExternalConnection.ReadWrite.All"
        ]
      }
    ]
  ],
  "params": [
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
      "type": "string"
    }
  ],
  "validators": {
    "header": "validateCreateConnectorHeaderParameters"
  },
  "body": {
    "required": true,
    "readOnly": [
      "@odata.context",
      "id"
    ],
    "media": [
      {
        "type": "application/json",
        "kind": "json",
        "validator": "validateCreateConnectorRequestBody"
      }
    ]
  },
  "action": "example",
  "ancestors": [],
  "responses": [
    {
      "status": "201",
      "code": 201,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 24,
        "given": true
      },
      "headers": {},
      "validator": "validateCreateConnectorResponse201"
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectorResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectorResponse401"
    },
    {
      "status": "403",
      "code": 403,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 6,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectorResponse403"
    },
    {
      "status": "409",
      "code": 409,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 10,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectorResponse409"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectorResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateCreateConnectorResponse503"
    }
  ],
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "403": "accessDenied",
    "409": "nameAlreadyExists",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false
};
const MOCK_OPERATION_22 = {
  "operationId": "batch",
  "method": "POST",
  "template": "/$batch",
  "basePaths": [
    "/beta",
    "/v1.0"
  ],
  "security": [
    [
      {
        "scheme": "delegated",
        "scopes": []
      }
    ],
    [
      {
        "scheme": "application",
        "scopes": []
      }
    ]
  ],
  "params": [
    {
      "name": "client-request-id",
      "in": "header",
      "style": "simple",
      "explode": false,
      "type": "string"
    }
  ],
  "validators": {
    "header": "validateBatchHeaderParameters"
  },
  "body": {
    "required": true,
    "readOnly": [],
    "media": [
      {
        "type": "application/json",
        "kind": "json",
        "validator": "validateBatchRequestBody"
      }
    ]
  },
  "action": "batch",
  "ancestors": [],
  "responses": [
    {
      "status": "200",
      "code": 200,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 25,
        "given": true
      },
      "headers": {},
      "validator": "validateBatchResponse200"
    },
    {
      "status": "400",
      "code": 400,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 4,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateBatchResponse400"
    },
    {
      "status": "401",
      "code": 401,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 5,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateBatchResponse401"
    },
    {
      "status": "429",
      "code": 429,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 7,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateBatchResponse429"
    },
    {
      "status": "503",
      "code": 503,
      "body": {
        "type": "application/json",
        "kind": "json",
        "example": 8,
        "given": true
      },
      "message": [
        "error",
        "message"
      ],
      "headers": {},
      "validator": "validateBatchResponse503"
    }
  ],
  "requires": [],
  "errorCodes": {
    "400": "invalidRequest",
    "401": "InvalidAuthenticationToken",
    "429": "TooManyRequests",
    "503": "serviceNotAvailable"
  },
  "idempotentCreate": false,
  "batch": {
    "maxRequests": 20
  }
};
const MOCK_SPEC = {
  title: "Microsoft Graph external connectors",
  profile: "graph",
  basePaths: ["/beta", "/v1.0"],
  origins: ["https://dod-graph.microsoft.us", "https://graph.microsoft.com", "https://graph.microsoft.us", "https://microsoftgraph.chinacloudapi.cn"],
  securitySchemes: { "application": { "type": "oauth2" }, "delegated": { "type": "oauth2" } },
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
    MOCK_OPERATION_21,
    MOCK_OPERATION_22
  ],
  defaultErrorCodes: { "400": "invalidRequest", "401": "InvalidAuthenticationToken", "403": "accessDenied", "404": "itemNotFound", "409": "nameAlreadyExists", "413": "RequestEntityTooLarge", "429": "TooManyRequests", "503": "serviceNotAvailable" },
  throttling: { "items": { "rate": 25, "per": ["app", "/external/connections/{connectionId}"], "readHeadroom": 1 }, "groupAdministration": { "rate": 1e3, "per": ["app"], "readHeadroom": 0 }, "connectionOperations": { "concurrency": 25, "per": ["app", "/external/connections/{connectionId}"], "readHeadroom": 0 } },
  examples: MOCK_EXAMPLES
};
function createMockHandler(options = {}) {
  return createMockRuntime(MOCK_SPEC, validators, options);
}
export {
  FAULT_HEADER,
  MOCK_SPEC,
  MockStrictError,
  createMockHandler
};
