const isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const connectorSchema = (value) => {
  const problems = [];
  const properties = isRecord(value) && Array.isArray(value.properties) ? value.properties.filter(isRecord) : [];
  const names = /* @__PURE__ */ new Map();
  const labels = /* @__PURE__ */ new Map();
  for (const p of properties) {
    const name = String(p.name);
    for (const n of [name, ...Array.isArray(p.aliases) ? p.aliases.map(String) : []]) {
      const key = n.toLowerCase();
      if (names.has(key)) problems.push(`The name '${n}' of property '${name}' is already used by property '${names.get(key)}'.`);
      else names.set(key, name);
    }
    for (const label of Array.isArray(p.labels) ? p.labels.map(String) : []) {
      if (labels.has(label)) problems.push(`The label '${label}' is used by both '${labels.get(label)}' and '${name}'.`);
      else labels.set(label, name);
    }
    if (p.isRefinable === true && p.isSearchable === true) problems.push(`Property '${name}' cannot be both refinable and searchable.`);
  }
  return problems;
};
const PRINCIPAL_KEYS = ["email", "entraDisplayName", "entraId", "externalId", "externalName", "tenantId", "upn"];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
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
  if (!isRecord(registered) || !Array.isArray(registered.properties)) return [];
  const byName = /* @__PURE__ */ new Map();
  for (const p of registered.properties.filter(isRecord)) {
    for (const n of [p.name, ...Array.isArray(p.aliases) ? p.aliases : []]) byName.set(String(n).toLowerCase(), p);
  }
  const bag = isRecord(value) && isRecord(value.properties) ? value.properties : {};
  const problems = [];
  for (const [key, v] of Object.entries(bag)) {
    if (key.includes("@")) continue;
    const p = byName.get(key.toLowerCase());
    if (!p) problems.push(`Property '${key}' is not in the connection's schema.`);
    else if (!matchesType(String(p.type), v)) problems.push(`Property '${key}' must be of type '${String(p.type)}'.`);
  }
  return problems;
};
const BUILTIN_BEHAVIOURS = {
  "graph-connector-schema": connectorSchema,
  "graph-connector-item": connectorItem
};
export {
  BUILTIN_BEHAVIOURS
};
