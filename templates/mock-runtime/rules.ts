/**
 * Every rule the Graph connectors mock enforces, as data (docs/graph-mock-rules.md is the same list for
 * people, docs/graph-mock-rules.json the same data; a test keeps the three equal). `reference` names the
 * section of the project's fact sheet (graph-connectors.md) a rule comes from; `enforcedBy` says which
 * part of the mock enforces it. Problems that named behaviours report start with `[<id>]`.
 *
 * This module is data only: nothing in the generic mock engine reads it.
 */

export type MockRuleKind =
  /** The request is refused with `status` and the Graph error body (`error.code` = `code`). */
  | 'refusal'
  /** The request succeeds; the rule shows in part of the answer (a per-element result, an inner batch response). */
  | 'partial'
  /** The request succeeds; the rule shows as advice (`Warning: 199` header, `specgen lint` warning). */
  | 'advice'
  /** A property every answer of its kind has. */
  | 'shape'
  /** Recorded by the mock for tests (test controls), not answered. */
  | 'ledger';

export interface MockRule {
  /** Stable id; behaviour problem messages start with `[id]`. */
  id: string;
  /** What the rule says. */
  what: string;
  kind: MockRuleKind;
  /** HTTP status of the answer (or inner answer) in which the rule shows. */
  status: number;
  /** Graph error code in the error body (`error.code`), or the header / property that carries the rule. */
  code: string;
  /** Section of the fact sheet (../shared/reference/graph-connectors.md) or issue item the rule comes from. */
  reference: string;
  /** Where the mock enforces it: a named behaviour, the spec's JSON Schema, an `x-specgen-*` extension, the engine. */
  enforcedBy: string;
  /** What the reference leaves open and how the mock reads it. */
  note?: string;
}

const SCHEMA_BEHAVIOUR = 'behaviour graph-connector-schema (validate on registerSchema: 400 at once; longRunning: a failed operation)';
const ITEM_BEHAVIOUR = 'behaviour graph-connector-item (validate on putItem)';
const ACTIVITY_BEHAVIOUR = 'behaviour graph-external-activity (x-specgen-mock.results on addActivities)';

export const MOCK_RULES: readonly MockRule[] = [
  // ---- connections (§3, §5) ----
  {
    id: 'connection.id-format', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 externalConnection.id',
    what: 'A connection id is 3 to 32 characters, letters and digits only.',
    enforcedBy: 'request schema spec/schemas/connectionId.yaml (createConnection body)',
    note: 'Checked case-sensitively, as the PnP CLI does; the service\'s case handling is UNCERTAIN.',
  },
  {
    id: 'connection.id-reserved', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 externalConnection.id',
    what: 'A connection id must not start with "Microsoft" nor be a reserved name (None, Directory, Exchange, ExchangeArchive, LinkedIn, Mailbox, OneDriveBusiness, SharePoint, Teams, Yammer, Connectors, TaskFabric, PowerBI, Assistant, TopicEngine, MSFT_All_Connectors).',
    enforcedBy: 'request schema spec/schemas/connectionId.yaml (createConnection body)',
  },
  {
    id: 'connection.duplicate', kind: 'refusal', status: 409, code: 'nameAlreadyExists', reference: '§5 (409 row, known issue 19908); §2 row 1',
    what: 'Creating a connection with an id that already exists is refused.',
    enforcedBy: 'engine create action (an existing id answers 409)',
    note: 'The code is UNCERTAIN in the reference (nameAlreadyExists / Conflict); the spec\'s 409 example says nameAlreadyExists.',
  },
  // ---- state gates (§4) ----
  {
    id: 'state.schema-register', kind: 'refusal', status: 409, code: 'invalidRequest', reference: '§4 (create schema; footnote: update in ready)',
    what: 'A schema can be registered while the connection is draft, and updated while it is ready.',
    enforcedBy: 'x-specgen-mock.requires on registerSchema (state in draft, ready)',
    note: 'The status for wrong-state calls is undocumented (400 or 409); the mock answers 409 where the operation declares 409, else 400.',
  },
  {
    id: 'state.schema-read', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§4 (read schema)',
    what: 'The schema can be read once the connection is ready, obsolete or limitExceeded (not in draft).',
    enforcedBy: 'x-specgen-mock.requires on getSchema',
  },
  {
    id: 'state.item-create', kind: 'refusal', status: 409, code: 'invalidRequest', reference: '§4 (create item)',
    what: 'Items are created only in a ready connection.',
    enforcedBy: 'x-specgen-mock.requires on putItem (when it creates)',
  },
  {
    id: 'state.item-replace', kind: 'refusal', status: 409, code: 'invalidRequest', reference: '§4 (update/delete item)',
    what: 'Items are replaced in a ready or limitExceeded connection.',
    enforcedBy: 'x-specgen-mock.requires on putItem (when it replaces)',
  },
  {
    id: 'state.item-read', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§4 (read item)',
    what: 'Items are read in a ready, obsolete or limitExceeded connection.',
    enforcedBy: 'x-specgen-mock.requires on getItem',
  },
  {
    id: 'state.item-delete', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§4 (update/delete item)',
    what: 'Items are deleted in a ready or limitExceeded connection.',
    enforcedBy: 'x-specgen-mock.requires on deleteItem',
  },
  {
    id: 'state.connection-update', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§4 (read/update/delete connection)',
    what: 'An obsolete connection can be read and deleted, not updated.',
    enforcedBy: 'x-specgen-mock.requires on updateConnection (state in draft, ready, limitExceeded)',
  },
  // ---- permissions (§6) ----
  {
    id: 'permissions.owned-by', kind: 'refusal', status: 403, code: 'accessDenied', reference: '§6 (OwnedBy semantics); §5 (403 row)',
    what: 'A caller holding only ExternalConnection/ExternalItem.ReadWrite.OwnedBy may act only on connections it created or whose configuration.authorizedAppIds lists it; lists show only those.',
    enforcedBy: 'x-specgen-mock.ownership on the connection schema (ownedScopes, sharedWith, deniedStatus)',
    note: 'The reference leaves 403 vs 404 UNCERTAIN; the mock answers 403 as the issue asks.',
  },
  // ---- schemas (§3, §4) ----
  {
    id: 'schema.base-type', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 schema.baseType',
    what: 'baseType must be microsoft.graph.externalItem.',
    enforcedBy: `request schema spec/schemas/schema.yaml (enum); ${SCHEMA_BEHAVIOUR}`,
  },
  {
    id: 'schema.properties-count', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 schema.properties; §5 limits (128 schema properties)',
    what: 'A schema has 1 to 128 properties.',
    enforcedBy: `request schema spec/schemas/schema.yaml (minItems, maxItems); ${SCHEMA_BEHAVIOUR}`,
  },
  {
    id: 'schema.property-name', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 property.name',
    what: 'A property name is 1 to 32 characters with no control characters, whitespace or any of : ; , ( ) [ ] { } % $ + ! * = & ? @ # \\ ~ \' " < > ^ `.',
    enforcedBy: `request schema spec/schemas/property.yaml (maxLength, pattern); ${SCHEMA_BEHAVIOUR}`,
  },
  {
    id: 'schema.alias-name', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 property.aliases',
    what: 'Each alias follows the property name rules (1 to 32 characters, same forbidden characters).',
    enforcedBy: `request schema spec/schemas/property.yaml (aliases items); ${SCHEMA_BEHAVIOUR}`,
  },
  {
    id: 'schema.unique-names', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 property.name, property.aliases',
    what: 'Property names and aliases are unique within a schema, ignoring case.',
    enforcedBy: SCHEMA_BEHAVIOUR,
    note: 'Case-insensitive comparison is the mock\'s reading (property names are matched case-insensitively in items).',
  },
  {
    id: 'schema.searchable-type', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 property.isSearchable',
    what: 'Only string and stringCollection properties can be searchable.',
    enforcedBy: `request schema spec/schemas/property.yaml (if/then); ${SCHEMA_BEHAVIOUR}`,
  },
  {
    id: 'schema.refinable-not-searchable', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 property.isRefinable',
    what: 'A refinable property cannot also be searchable.',
    enforcedBy: SCHEMA_BEHAVIOUR,
  },
  {
    id: 'schema.exact-match', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 property (beta isExactMatchRequired)',
    what: 'isExactMatchRequired only on non-searchable string and stringCollection properties.',
    enforcedBy: `request schema spec/schemas/property.yaml (if/then, beta); ${SCHEMA_BEHAVIOUR}`,
  },
  {
    id: 'schema.label-retrievable', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 property.labels',
    what: 'A labelled property must be retrievable (isRetrievable: true).',
    enforcedBy: `request schema spec/schemas/property.yaml (if/then); ${SCHEMA_BEHAVIOUR}`,
  },
  {
    id: 'schema.label-type', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 property.labels (label and property have the same data type)',
    what: 'A label sits on a property of its data type: title, url, iconUrl, fileName, fileExtension, containerName, containerUrl on string; createdBy, lastModifiedBy on string (or principal); authors on stringCollection (or principalCollection); createdDateTime, lastModifiedDateTime on dateTime.',
    enforcedBy: SCHEMA_BEHAVIOUR,
    note: 'Types from the concept page\'s example schema and semantic-label table (con/cec-manage-schema.md); principal types are allowed for the people labels because the reference does not exclude them; other labels are not type-checked (the reference is silent).',
  },
  {
    id: 'schema.label-unique', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 property.labels (one label, one property)',
    what: 'Each label is used by one property only.',
    enforcedBy: SCHEMA_BEHAVIOUR,
  },
  {
    id: 'schema.update-no-removal', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§4 footnote (allowed schema changes); con/cec-manage-schema.md',
    what: 'A schema update keeps every registered property (updates are additive: properties, aliases, search capabilities and labels may be added).',
    enforcedBy: SCHEMA_BEHAVIOUR,
  },
  {
    id: 'schema.update-no-type-change', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§4 footnote (allowed schema changes)',
    what: 'A schema update cannot change the type of a registered property.',
    enforcedBy: SCHEMA_BEHAVIOUR,
  },
  {
    id: 'schema.update-no-new-refiner', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 property.isRefinable (a refiner cannot be added by a later schema change); §4 footnote',
    what: 'A schema update cannot make a registered property refinable that was not.',
    enforcedBy: SCHEMA_BEHAVIOUR,
    note: 'Precision UNCERTAIN in the reference; a new property may be added refinable.',
  },
  {
    id: 'schema.semantic-labels', kind: 'advice', status: 202, code: 'Warning: 199', reference: 'issue 13 item 4 (Dev Proxy semantic-label check); §3 label',
    what: 'A schema should label properties title, url and iconUrl; the mock answers the registration with a Warning header per missing label, and `specgen lint` warns.',
    enforcedBy: 'behaviour graph-connector-schema-advice (Warning: 199 header); specgen lint (spec examples, --connector-schema file)',
  },
  // ---- items (§2 row 9, §3, §5, §7) ----
  {
    id: 'item.body-size', kind: 'refusal', status: 413, code: 'RequestEntityTooLarge', reference: '§5 limits (item size 4 MB); §2 row 9',
    what: 'An item request body is at most 4 MB.',
    enforcedBy: 'x-specgen-mock.maxBodyBytes 4194304 on putItem (checked before the body is read)',
  },
  {
    id: 'item.properties-required', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 externalItem.properties (required, at least one entry)',
    what: 'An item has properties with at least one property (annotations do not count).',
    enforcedBy: `request schema spec/schemas/externalItem.yaml (required); ${ITEM_BEHAVIOUR}`,
  },
  {
    id: 'item.properties-fit-schema', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 externalItem.properties (must fit schema)',
    what: 'Each item property is a property (or alias) of the registered schema, with a value of its type (dateTime as ISO 8601, principal as a principal object).',
    enforcedBy: ITEM_BEHAVIOUR,
  },
  {
    id: 'item.collection-annotation', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§3 externalItem.properties; §7 property annotations',
    what: 'Every collection value carries "<name>@odata.type": Collection(String), Collection(Int64), Collection(Double) or Collection(DateTimeOffset) for stringCollection, int64Collection, doubleCollection, dateTimeCollection; a wrong or non-collection annotation is refused.',
    enforcedBy: ITEM_BEHAVIOUR,
    note: 'Compared ignoring case and an Edm. prefix; principalCollection needs no annotation (the reference does not say which).',
  },
  // ---- activities (§2 row 12, §3, §5) ----
  {
    id: 'activities.max-per-call', kind: 'refusal', status: 400, code: 'invalidRequest', reference: '§2 row 12; §5 limits (20 activities per call)',
    what: 'addActivities takes 1 to 20 activities per call.',
    enforcedBy: 'request schema spec/schemas/addActivitiesRequest.yaml (minItems, maxItems)',
  },
  {
    id: 'activities.results', kind: 'shape', status: 200, code: 'value[].error', reference: '§2 row 12; §5 (207 row)',
    what: 'addActivities answers {"value": [externalActivityResult...]}: 200 when every activity was added, 207 when some failed; a result\'s error is null on success.',
    enforcedBy: 'x-specgen-mock.results on addActivities (partial: 207)',
  },
  {
    id: 'activity.type', kind: 'partial', status: 207, code: 'invalidRequest', reference: '§3 externalActivity.type',
    what: 'An activity\'s type is viewed, modified, created or commented.',
    enforcedBy: ACTIVITY_BEHAVIOUR,
  },
  {
    id: 'activity.start-date-time', kind: 'partial', status: 207, code: 'invalidRequest', reference: '§3 externalActivity.startDateTime',
    what: 'An activity\'s startDateTime is an ISO 8601 date-time in UTC, not in the future.',
    enforcedBy: ACTIVITY_BEHAVIOUR,
    note: '"In the future" is measured against the mock\'s clock (the clock option) plus 5 minutes of skew.',
  },
  {
    id: 'activity.performed-by', kind: 'partial', status: 207, code: 'invalidRequest', reference: '§3 externalActivity.performedBy; §2 row 12',
    what: 'An activity\'s performedBy is an identity of type user with an id.',
    enforcedBy: ACTIVITY_BEHAVIOUR,
  },
  // ---- OData (§7) ----
  {
    id: 'odata.context', kind: 'shape', status: 200, code: '@odata.context', reference: '§7 @odata.context',
    what: 'Entity and collection responses carry @odata.context ({root}/{version}/$metadata#external/connections/$entity, ...#external/connections, nested paths).',
    enforcedBy: 'mock response shaping (spec/schemas/entity.yaml declares the annotation)',
  },
  // ---- throttling (§5) ----
  {
    id: 'throttle.item-budget', kind: 'refusal', status: 429, code: 'TooManyRequests', reference: '§5 limits (ingestion throughput 25 items/s); §5 (429 row)',
    what: 'With the limiter on: at most 25 item requests (PUT/GET/DELETE item, addActivities) per second per app per connection; beyond, 429 with Retry-After (whole seconds until the budget allows it) and the Graph error body. The refused request does not run.',
    enforcedBy: 'limiter: x-specgen-throttling budget `items` (rate 25, per app and connection); mock option `throttling`, CLI --throttle; off by default',
  },
  {
    id: 'throttle.group-budget', kind: 'refusal', status: 429, code: 'TooManyRequests', reference: '§5 limits (group-admin throttle 1,000 req/s)',
    what: 'With the limiter on: at most 1,000 group-administration requests (groups and members) per second per app; beyond, 429 with Retry-After.',
    enforcedBy: 'limiter: x-specgen-throttling budget `groupAdministration` (rate 1000, per app)',
  },
  {
    id: 'throttle.concurrency', kind: 'refusal', status: 429, code: 'TooManyRequests', reference: '§5 (25 concurrent operations per app per connection)',
    what: 'With the limiter on: at most 25 requests in flight per app per connection (any operation below the connection); the 26th gets 429 with Retry-After: 1.',
    enforcedBy: 'limiter: x-specgen-throttling budget `connectionOperations` (concurrency 25, appliesTo all)',
  },
  {
    id: 'throttle.writes-first', kind: 'refusal', status: 429, code: 'TooManyRequests', reference: '§5 ("writes may be throttled while reads still pass")',
    what: 'When a budget runs out, writes are throttled first: a write needs a whole token, a read may spend one more second of the budget (readHeadroom 1).',
    enforcedBy: 'limiter: budget readHeadroom',
  },
  {
    id: 'throttle.early-retry', kind: 'refusal', status: 429, code: 'TooManyRequests', reference: '§5 (429 row: Retry-After)',
    what: 'With the limiter on, a request that comes back (same caller, method and URL) before the Retry-After it was given has elapsed is answered 429 again with the seconds still to wait.',
    enforcedBy: 'limiter + compliance ledger',
  },
  {
    id: 'throttle.retry-after-ledger', kind: 'ledger', status: 429, code: 'Retry-After', reference: '§5 (429 row: Retry-After); issue 13 item 1',
    what: 'Every answer with Retry-After (429 and 503 of the limiter and the faults, pending long-running status answers) is remembered per caller, method and URL; a request arriving before that time (5 ms timer grace) is recorded as a violation, readable with compliance() on the handler. Always on.',
    enforcedBy: 'compliance ledger (templates/mock-runtime/limiter.ts), test control compliance()',
  },
  {
    id: 'lro.poll-retry-after', kind: 'shape', status: 200, code: 'Retry-After', reference: '§2 row 6 (poll Location until completed); issue 13 item 5',
    what: 'A connectionOperation that is still inprogress answers with Retry-After: 1; a poll before it is an early request (ledger; 429 while the limiter is on).',
    enforcedBy: 'x-specgen-mock longRunning.retryAfterSeconds on registerSchema',
  },
  // ---- JSON batching (issue 13 item 2; Graph JSON batching, not in the fact sheet) ----
  {
    id: 'batch.max-requests', kind: 'refusal', status: 400, code: 'invalidRequest', reference: 'issue 13 item 2 (Graph JSON batching)',
    what: 'POST /$batch takes 1 to 20 requests; more (or none) is a 400 for the whole batch and nothing runs.',
    enforcedBy: 'spec JSON Schema (batchRequest maxItems 20) and x-specgen-batch maxRequests',
  },
  {
    id: 'batch.unique-ids', kind: 'refusal', status: 400, code: 'invalidRequest', reference: 'issue 13 item 2 (Graph JSON batching)',
    what: 'Every request of a batch has an id, unique in the batch, and a method of GET, POST, PUT, PATCH, DELETE.',
    enforcedBy: 'batch endpoint of the mock (templates/mock-runtime/batch.ts)',
  },
  {
    id: 'batch.depends-on', kind: 'refusal', status: 400, code: 'invalidRequest', reference: 'issue 13 item 2 (Graph JSON batching)',
    what: 'dependsOn names ids of the same batch, without cycles; dependencies run first.',
    enforcedBy: 'batch endpoint of the mock',
  },
  {
    id: 'batch.relative-url', kind: 'refusal', status: 400, code: 'invalidRequest', reference: 'issue 13 item 2 (Graph JSON batching)',
    what: 'Inner URLs are relative to the version root: an absolute URL or a nested $batch is a 400 for the whole batch.',
    enforcedBy: 'batch endpoint of the mock',
  },
  {
    id: 'batch.version-segment', kind: 'partial', status: 400, code: 'invalidRequest', reference: 'issue 13 item 2; msgraph-sdk-javascript#1178',
    what: "An inner URL that repeats the version (/v1.0/...) answers 400 on its own: Resource not found for the segment 'v1.0'.",
    enforcedBy: 'batch endpoint of the mock',
  },
  {
    id: 'batch.content-type', kind: 'partial', status: 400, code: 'invalidRequest', reference: 'issue 13 item 2; msgraph-sdk-dotnet#2628',
    what: 'An inner request with a body but no Content-Type in its headers answers 400 on its own ("Write request id : <id> does not contain Content-Type header or body.").',
    enforcedBy: 'batch endpoint of the mock',
  },
  {
    id: 'batch.failed-dependency', kind: 'partial', status: 424, code: 'failedDependency', reference: 'issue 13 item 2 (Graph JSON batching)',
    what: 'An inner request whose dependency did not succeed is not run and answers 424 (Failed Dependency) in responses.',
    enforcedBy: 'batch endpoint of the mock',
  },
  {
    id: 'batch.inner-throttling', kind: 'partial', status: 429, code: 'TooManyRequests', reference: 'issue 13 item 2; §5 (429 row)',
    what: 'Each inner request is authorised, validated and throttled on its own: a throttled one answers 429 with Retry-After in its inner headers while the batch answers 200.',
    enforcedBy: 'batch endpoint, through the same handler (limiter, faults, ledger)',
  },
];
