/**
 * Named behaviours an `x-specgen-mock` extension selects by name. Each checks a value, optionally
 * against a registered resource, and returns its problems. Every problem message starts with the id
 * of the rule it breaks in brackets (`[schema.label-type] ...`); the ids are those of `MOCK_RULES`
 * (rules.ts, docs/graph-mock-rules.md). A behaviour named `<name>-advice` next to `<name>` returns
 * advice that does not fail the request (the mock sends it as `Warning` headers).
 */
import type { MockBehaviour } from './options.js';
/**
 * The property types each semantic label may sit on (reference §3: "label & property same data type",
 * con/cec-manage-schema.md; the types are those of the concept page's example schema and its
 * semantic-label table). `principal`/`principalCollection` are allowed for the people labels because
 * the reference does not rule them out (conservative). Labels not listed here are not type-checked:
 * the reference is silent on their types.
 */
export declare const LABEL_TYPES: Readonly<Record<string, readonly string[]>>;
/**
 * The semantic labels Microsoft's Dev Proxy (GraphConnectorGuidancePlugin) and the Context IQ /
 * Copilot experiences expect on every connection schema.
 */
export declare const RECOMMENDED_LABELS: readonly ["title", "url", "iconUrl"];
/**
 * The recommended semantic labels (RECOMMENDED_LABELS) a schema leaves out, in that order. Shared by
 * the mock's registration advice and `specgen lint`.
 */
export declare function missingRecommendedLabels(schema: unknown): string[];
/** The rule id of the recommended-labels advice (MOCK_RULES). */
export declare const SEMANTIC_LABELS_RULE = "schema.semantic-labels";
/** The advice for a missing recommended label, without the rule id (the same text in the mock's Warning header and in lint). */
export declare function missingLabelMessage(label: string): string;
/**
 * The `<name>@odata.type` annotation each collection type needs in an item's `properties` (reference
 * §3 externalItem.properties, d1/api put-items; no `Edm.` prefix, the doc's form). `principalCollection`
 * is not listed: the reference does not say which annotation it takes, so none is required.
 */
export declare const COLLECTION_ANNOTATIONS: Readonly<Record<string, string>>;
export declare const BUILTIN_BEHAVIOURS: Record<string, MockBehaviour>;
