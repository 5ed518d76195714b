const isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const problem = (rule, message) => `[${rule}] ${message}`;
const PROPERTY_TYPES = [
  "string",
  "int64",
  "double",
  "dateTime",
  "boolean",
  "stringCollection",
  "int64Collection",
  "doubleCollection",
  "dateTimeCollection",
  "principal",
  "principalCollection",
  "unknownFutureValue"
];
const STRING_TYPES = ["string", "stringCollection"];
const MAX_PROPERTIES = 128;
const MAX_NAME = 32;
const FORBIDDEN_NAME_CHAR = /[\s\x00-\x1F\x7F:;,()[\]{}%$+!*=&?@#\\~'"<>^`]/u;
const LABEL_TYPES = {
  title: ["string"],
  url: ["string"],
  iconUrl: ["string"],
  fileName: ["string"],
  fileExtension: ["string"],
  containerName: ["string"],
  containerUrl: ["string"],
  createdBy: ["string", "principal"],
  lastModifiedBy: ["string", "principal"],
  authors: ["stringCollection", "principalCollection"],
  createdDateTime: ["dateTime"],
  lastModifiedDateTime: ["dateTime"]
};
const RECOMMENDED_LABELS = ["title", "url", "iconUrl"];
function typeOf(p) {
  const raw = typeof p.type === "string" ? p.type : "";
  return PROPERTY_TYPES.find((t) => t.toLowerCase() === raw.toLowerCase());
}
const flag = (v) => v === true || typeof v === "string" && v.toLowerCase() === "true";
const listOf = (v) => Array.isArray(v) ? v.map(String) : [];
const schemaProperties = (value) => isRecord(value) && Array.isArray(value.properties) ? value.properties.filter(isRecord) : [];
function nameProblems(rule, what, n) {
  if (n.length === 0 || n.length > MAX_NAME) return [problem(rule, `${what} '${n}' must be 1 to ${MAX_NAME} characters long (it has ${n.length}).`)];
  const bad = FORBIDDEN_NAME_CHAR.exec(n);
  if (bad) return [problem(rule, `${what} '${n}' contains ${/\s/u.test(bad[0]) ? "whitespace" : /[\x00-\x1F\x7F]/u.test(bad[0]) ? "a control character" : `the character '${bad[0]}'`}, which property names cannot.`)];
  return [];
}
function schemaOnItsOwn(value) {
  const problems = [];
  if (!isRecord(value)) return [problem("schema.properties-count", "The schema must be an object with `baseType` and `properties`.")];
  if (value.baseType !== "microsoft.graph.externalItem") {
    problems.push(problem("schema.base-type", `baseType must be 'microsoft.graph.externalItem' (got ${JSON.stringify(value.baseType ?? null)}).`));
  }
  const properties = schemaProperties(value);
  if (!Array.isArray(value.properties) || properties.length < 1 || properties.length > MAX_PROPERTIES) {
    problems.push(problem("schema.properties-count", `A schema has 1 to ${MAX_PROPERTIES} properties (got ${Array.isArray(value.properties) ? value.properties.length : 0}).`));
  }
  const names = /* @__PURE__ */ new Map();
  const labels = /* @__PURE__ */ new Map();
  for (const p of properties) {
    const name = String(p.name ?? "");
    problems.push(...nameProblems("schema.property-name", "The property name", name));
    for (const alias of listOf(p.aliases)) problems.push(...nameProblems("schema.alias-name", `The alias of property '${name}'`, alias));
    for (const n of [name, ...listOf(p.aliases)]) {
      const key = n.toLowerCase();
      if (names.has(key)) problems.push(problem("schema.unique-names", `The name '${n}' of property '${name}' is already used by property '${names.get(key)}' (names and aliases are unique, ignoring case).`));
      else names.set(key, name);
    }
    const type = typeOf(p);
    const searchable = flag(p.isSearchable);
    if (searchable && !(type && STRING_TYPES.includes(type))) {
      problems.push(problem("schema.searchable-type", `Property '${name}' is searchable but of type '${String(p.type)}'; only string and stringCollection properties can be searchable.`));
    }
    if (flag(p.isRefinable) && searchable) problems.push(problem("schema.refinable-not-searchable", `Property '${name}' cannot be both refinable and searchable.`));
    if (flag(p.isExactMatchRequired) && (searchable || !(type && STRING_TYPES.includes(type)))) {
      problems.push(problem("schema.exact-match", `Property '${name}' has isExactMatchRequired; only non-searchable string and stringCollection properties can.`));
    }
    for (const label of listOf(p.labels)) {
      if (labels.has(label)) problems.push(problem("schema.label-unique", `The label '${label}' is used by both '${labels.get(label)}' and '${name}'; a label goes on one property.`));
      else labels.set(label, name);
      if (!flag(p.isRetrievable)) problems.push(problem("schema.label-retrievable", `Property '${name}' has the label '${label}' but is not retrievable (isRetrievable: true is required).`));
      const allowed = LABEL_TYPES[label];
      if (allowed && !(type && allowed.includes(type))) {
        problems.push(problem("schema.label-type", `The label '${label}' needs a property of type ${allowed.join(" or ")}; '${name}' is '${String(p.type)}'.`));
      }
    }
  }
  return problems;
}
function schemaUpdate(value, registered) {
  const before = new Map(schemaProperties(registered).map((p) => [String(p.name ?? "").toLowerCase(), p]));
  if (!before.size) return [];
  const after = new Map(schemaProperties(value).map((p) => [String(p.name ?? "").toLowerCase(), p]));
  const problems = [];
  for (const [key, old] of before) {
    const now = after.get(key);
    const name = String(old.name);
    if (!now) {
      problems.push(problem("schema.update-no-removal", `Property '${name}' of the registered schema is missing; a schema update can only add.`));
      continue;
    }
    const was = typeOf(old) ?? String(old.type);
    const is = typeOf(now) ?? String(now.type);
    if (was !== is) problems.push(problem("schema.update-no-type-change", `Property '${name}' is registered as '${was}'; a schema update cannot change it to '${is}'.`));
    if (flag(now.isRefinable) && !flag(old.isRefinable)) {
      problems.push(problem("schema.update-no-new-refiner", `Property '${name}' was not refinable; a refiner cannot be added by a later schema change.`));
    }
  }
  return problems;
}
const connectorSchema = (value, registered) => [...schemaOnItsOwn(value), ...schemaUpdate(value, registered)];
function missingRecommendedLabels(schema) {
  const present = new Set(schemaProperties(schema).flatMap((p) => listOf(p.labels)));
  return RECOMMENDED_LABELS.filter((l) => !present.has(l));
}
const SEMANTIC_LABELS_RULE = "schema.semantic-labels";
function missingLabelMessage(label) {
  return `The schema has no property labelled '${label}'; Microsoft 365 experiences (search results, Context IQ, Copilot) need the labels ${RECOMMENDED_LABELS.join(", ")}.`;
}
const connectorSchemaAdvice = (value) => missingRecommendedLabels(value).map((l) => problem(SEMANTIC_LABELS_RULE, missingLabelMessage(l)));
const PRINCIPAL_KEYS = ["email", "entraDisplayName", "entraId", "externalId", "externalName", "tenantId", "upn"];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const COLLECTION_ANNOTATIONS = {
  stringCollection: "Collection(String)",
  int64Collection: "Collection(Int64)",
  doubleCollection: "Collection(Double)",
  dateTimeCollection: "Collection(DateTimeOffset)"
};
const annotationKey = (v) => typeof v === "string" ? v.replace(/^#/, "").replace(/\(\s*(#?Edm\.)?/i, "(").replace(/\s/g, "").toLowerCase() : void 0;
function matchesType(type, v) {
  switch (type) {
    case "string":
      return typeof v === "string";
    case "int64":
      return typeof v === "number" && Number.isInteger(v);
    case "double":
      return typeof v === "number";
    case "boolean":
      return typeof v === "boolean";
    case "dateTime":
      return typeof v === "string" && ISO_DATE.test(v);
    case "principal":
      return isRecord(v) && Object.keys(v).every((k) => PRINCIPAL_KEYS.includes(k) || k.startsWith("@odata."));
    default: {
      const base = /^(.*)Collection$/.exec(type)?.[1];
      return base ? Array.isArray(v) && v.every((x) => matchesType(base, x)) : true;
    }
  }
}
const connectorItem = (value, registered) => {
  const bag = isRecord(value) && isRecord(value.properties) ? value.properties : void 0;
  const problems = [];
  const keys = bag ? Object.keys(bag).filter((k) => !k.includes("@")) : [];
  if (!keys.length) problems.push(problem("item.properties-required", "An item needs `properties` with at least one property."));
  if (!bag || !isRecord(registered) || !Array.isArray(registered.properties)) return problems;
  const byName = /* @__PURE__ */ new Map();
  for (const p of registered.properties.filter(isRecord)) {
    for (const n of [p.name, ...listOf(p.aliases)]) byName.set(String(n).toLowerCase(), p);
  }
  for (const key of keys) {
    const v = bag[key];
    const p = byName.get(key.toLowerCase());
    if (!p) {
      problems.push(problem("item.properties-fit-schema", `Property '${key}' is not in the connection's schema.`));
      continue;
    }
    const type = typeOf(p) ?? String(p.type);
    if (!matchesType(type, v)) problems.push(problem("item.properties-fit-schema", `Property '${key}' must be of type '${type}'.`));
    const annotation = bag[`${key}@odata.type`];
    const needed = COLLECTION_ANNOTATIONS[type];
    if (needed && annotation === void 0) {
      problems.push(problem("item.collection-annotation", `Collection property '${key}' needs the annotation "${key}@odata.type": "${needed}".`));
    } else if (needed && annotationKey(annotation) !== annotationKey(needed)) {
      problems.push(problem("item.collection-annotation", `"${key}@odata.type" is ${JSON.stringify(annotation)}; a ${type} property takes "${needed}".`));
    } else if (!type.endsWith("Collection") && /^#?collection\(/i.test(String(annotation ?? ""))) {
      problems.push(problem("item.collection-annotation", `"${key}@odata.type" is ${JSON.stringify(annotation)} but '${key}' is a ${type}, not a collection.`));
    }
  }
  return problems;
};
const ACTIVITY_TYPES = ["viewed", "modified", "created", "commented"];
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]00:?00)$/i;
const FUTURE_SKEW_MS = 5 * 6e4;
const externalActivity = (activity, _registered, { now }) => {
  if (!isRecord(activity)) return [problem("activity.type", "An activity must be an object.")];
  const problems = [];
  if (!ACTIVITY_TYPES.includes(String(activity.type))) {
    problems.push(problem("activity.type", `Activity type ${JSON.stringify(activity.type ?? null)} is not one of ${ACTIVITY_TYPES.join(", ")}.`));
  }
  const start = activity.startDateTime;
  if (typeof start !== "string" || !ISO_UTC.test(start) || Number.isNaN(Date.parse(start))) {
    problems.push(problem("activity.start-date-time", `startDateTime ${JSON.stringify(start ?? null)} must be an ISO 8601 date-time in UTC (e.g. 2024-01-02T03:04:05Z).`));
  } else if (Date.parse(start) > now + FUTURE_SKEW_MS) {
    problems.push(problem("activity.start-date-time", `startDateTime '${start}' is in the future.`));
  }
  const by = activity.performedBy;
  if (!isRecord(by) || by.type !== "user" || typeof by.id !== "string" || by.id === "") {
    problems.push(problem("activity.performed-by", "performedBy must be an identity of type 'user' with an id."));
  }
  return problems;
};
const BUILTIN_BEHAVIOURS = {
  "graph-connector-schema": connectorSchema,
  "graph-connector-schema-advice": connectorSchemaAdvice,
  "graph-connector-item": connectorItem,
  "graph-external-activity": externalActivity
};
export {
  BUILTIN_BEHAVIOURS,
  COLLECTION_ANNOTATIONS,
  LABEL_TYPES,
  RECOMMENDED_LABELS,
  SEMANTIC_LABELS_RULE,
  missingLabelMessage,
  missingRecommendedLabels
};
