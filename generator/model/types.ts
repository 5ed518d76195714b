/**
 * The normalised intermediate model: plain data, independent of any emitter. Emitters read only
 * this (and `document` for raw schemas); none re-reads the spec or follows a `$ref` of its own.
 */
import type { Diagnostic, Located } from '../load/errors.ts';
import type { JsonType } from './schema-facts.ts';
import type { OperationExt } from './mock-extension.ts';
import type { BatchModel, ThrottlingModel } from './traffic-extensions.ts';

export type { JsonType } from './schema-facts.ts';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** Raw JSON Schema as written in the bundled document (local `$ref`s only). */
export type JsonSchema = Record<string, unknown> | boolean;

export interface ApiModel {
  title: string;
  version: string;
  description?: string;
  /** `3.0` or `3.1`: decides the JSON Schema dialect of every schema. */
  openapi: '3.0' | '3.1';
  /** The bundled document (never mutated); schemas are referenced into it by pointer. */
  document: Record<string, unknown>;
  servers: ServerModel[];
  schemas: SchemaModel[];
  operations: OperationModel[];
  securitySchemes: SecuritySchemeModel[];
  /** Where the spec came from, relative to the working directory. */
  source: string;
  /** Where `info.version` is written (version warnings point at it). */
  versionLocation: Located;
  /** Where any pointer of `document` was written (file, line, column), computed when read. */
  locate(pointer: string): Located;
  /** Findings of the model stage (name collisions the planner resolved), located. */
  warnings: Diagnostic[];
  /**
   * The conventions profile the spec opts into with `x-specgen-profile` on its root (docs/profiles.md):
   * conventions its text cannot say (Graph/OData's error envelope and request ids, `$top`/`$skiptoken`
   * paging, `$select`). Absent: the mock and client follow the spec alone.
   */
  profile?: ProfileName;
  /** `x-specgen-throttling` on the root: the API's request budgets (the mock's limiter). */
  throttling?: ThrottlingModel;
}

/** Known conventions profiles (docs/profiles.md). */
export const PROFILE_NAMES = ['graph'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export interface ServerModel {
  url: string;
  description?: string;
  variables: { name: string; default: string; enum?: string[]; description?: string }[];
  /** The fields of its `x-specgen-server` extension (`{ cloud, version }`), JSON scalars; `{}` without one. */
  fields: Record<string, ServerFieldValue>;
  extensions: Record<string, unknown>;
}

export type ServerFieldValue = string | number | boolean | null;

export interface SchemaModel {
  /** The component key as written (`externalConnection`). */
  key: string;
  /** The exported TypeScript name (`ExternalConnection`). */
  typeName: string;
  pointer: string;
  schema: JsonSchema;
  description?: string;
  deprecated: boolean;
  location: Located;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterModel {
  name: string;
  in: ParameterLocation;
  required: boolean;
  /** A safe identifier derived from `name`, unique within the operation. */
  identifier: string;
  description?: string;
  deprecated: boolean;
  schema: JsonSchema;
  /** The parameter's own `example` (or first of `examples`), when it has one. */
  example?: unknown;
  /** The JSON type its text is read as, after following `$ref`s (`string` unless the schema names another). */
  jsonType: JsonType;
  /** For arrays: the items' first JSON type as written (`string` unless the schema names one). */
  itemsType?: string;
  /**
   * A value to show for it (README usage): its example, else the schema's example, default or first
   * enum member, else `1` / `true` by type, else `my<Name>`.
   */
  sample: unknown;
  pointer: string;
  style: string;
  explode: boolean;
  /** Query: reserved characters are sent unencoded. */
  allowReserved: boolean;
  location: Located;
}

export interface MediaModel {
  mediaType: string;
  /** Pointer of the media type's schema in the document, when it has one. */
  schemaPointer?: string;
  schema?: JsonSchema;
  examples: { name: string; summary?: string; description?: string; value: unknown }[];
  /** Form and multipart bodies: the Encoding Object of each property that has one (reduced to what is sent). */
  encoding?: Record<string, MediaEncoding>;
}

export interface MediaEncoding {
  contentType?: string;
  style?: string;
  explode?: boolean;
  allowReserved?: boolean;
}

export interface HeaderModel {
  name: string;
  required: boolean;
  description?: string;
  schema?: JsonSchema;
}

export interface RequestBodyModel {
  required: boolean;
  description?: string;
  contents: MediaModel[];
  /** Top-level `readOnly` properties of the primary media's schema (through `$ref`/`allOf`), sorted. */
  readOnlyProperties: string[];
  pointer: string;
}

export interface ResponseModel {
  /** `200`, `4XX`, `default`. */
  status: string;
  description: string;
  /** 2XX (or 1XX/3XX) = success; 4XX/5XX/default = error. */
  kind: 'success' | 'error';
  contents: MediaModel[];
  headers: HeaderModel[];
  pointer: string;
}

/**
 * How the next page is reached, recognised from the spec's structure (or declared): the client
 * runtimes' own type (templates/runtime/paging.ts), so the model, the client's `.pages()`/`.all()`
 * and the mock's list answers compile against one description.
 */
export type { PageNext } from '../../templates/runtime/paging.ts';
import type { PageNext } from '../../templates/runtime/paging.ts';

export interface Pagination {
  /** Body property holding the page's items; `''` when the body is the array itself. */
  itemsProperty: string;
  next: PageNext;
  /** The query parameter that sets the page size, when the spec has one (`$top`, `limit`, `per_page`). */
  sizeParam?: string;
  source: 'x-ms-pageable' | 'structure';
}

export interface LongRunning {
  /** Response header holding the URL of the status resource. */
  locationHeader: string;
  /** Operation that reads the status resource (its response types the poll result). */
  statusOperationId?: string;
  statusProperty: string;
  /**
   * The string `enum` members of `statusProperty` in `statusOperationId`'s success body (through
   * `$ref`/`allOf`), as written; `[]` when it has none. Set with `statusOperationId`.
   */
  statusValues?: string[];
  succeeded: string[];
  failed: string[];
  errorProperty?: string;
  source: 'x-specgen-long-running' | 'structure';
}

export interface IdempotentCreate {
  /** Operation that reads the created resource back (same path parameters plus the id). */
  readOperationId: string;
  conflictStatus: number;
  /** Body properties that must be equal for the existing resource to count as "what was sent". */
  match: string[];
  /** Body property holding the id, which names the resource in the read operation's path. */
  idProperty: string;
}

export interface SecurityRequirementModel {
  scheme: string;
  scopes: string[];
}

export interface SecuritySchemeModel {
  name: string;
  /** `apiKey`, `http`, `oauth2`, `openIdConnect`, `mutualTLS`. */
  type: string;
  description?: string;
  /** `http`: the scheme (`basic`, `bearer`, `digest`, ...), lower case. */
  scheme?: string;
  /** `apiKey`: where the key goes and under which name. */
  in?: 'header' | 'query' | 'cookie';
  paramName?: string;
  bearerFormat?: string;
  flows?: Record<string, { scopes: Record<string, string>; authorizationUrl?: string; tokenUrl?: string }>;
}

export interface OperationModel {
  /** operationId as written, or one derived from method and path. */
  operationId: string;
  /** camelCase function name (`createConnection`). */
  name: string;
  /** PascalCase base for the operation's type names (`CreateConnection`). */
  typeName: string;
  method: HttpMethod;
  /** Path template as written (`/external/connections/{connectionId}`). */
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  tags: string[];
  parameters: ParameterModel[];
  requestBody?: RequestBodyModel;
  responses: ResponseModel[];
  /** Servers of this operation when it overrides the document's. */
  servers?: ServerModel[];
  /** Alternatives: any one of them is enough. `undefined` = the document's default. */
  security: SecurityRequirementModel[][];
  /** Safe to retry automatically: idempotent by method, or declared so (`x-specgen-retry-safe`, idempotent create). */
  retrySafe: boolean;
  pagination?: Pagination;
  longRunning?: LongRunning;
  idempotentCreate?: IdempotentCreate;
  /** Its `x-specgen-mock` (docs/mock-extensions.md), parsed and checked; `{ requires: [] }` without one. */
  mock: OperationExt;
  /** `x-specgen-batch`: the operation is a JSON batch endpoint (mock answers it, client batches through it). */
  batch?: BatchModel;
  /** `x-specgen-versions`: the API versions (`x-specgen-server` `version`s) serving it, when declared. */
  versions?: string[];
  /** Every `x-` extension of the operation, for emitters that want more. */
  extensions: Record<string, unknown>;
  pointer: string;
  location: Located;
}
