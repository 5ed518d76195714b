import { DEFAULT_ERROR_CODES } from "./errors.js";
function odataContext(where) {
  const parts = [];
  for (const segment of where.template.split("/").filter(Boolean)) {
    const param = /^\{([^}]+)\}$/.exec(segment)?.[1];
    if (param !== void 0 && parts.length) {
      const key = Object.prototype.hasOwnProperty.call(where.params, param) ? where.params[param] : "";
      parts[parts.length - 1] += `('${key.replace(/'/g, "''")}')`;
    } else parts.push(segment);
  }
  return `${where.origin}${where.basePath}/$metadata#${parts.join("/")}${where.entity ? "/$entity" : ""}`;
}
function errorDate(ms) {
  return new Date(ms).toISOString().slice(0, 19) + "Z";
}
const GRAPH = {
  headers: (request, requestId) => ({ "request-id": requestId, "client-request-id": request.headers.get("client-request-id") ?? requestId }),
  error: (error, _op, { requestId, clientRequestId, now }) => ({
    status: error.status,
    headers: error.headers,
    body: {
      error: {
        // The spec's examples name codes per status; else Graph's usual code for the status.
        code: error.code === "error" ? DEFAULT_ERROR_CODES[error.status] ?? "error" : error.code,
        message: error.message,
        ...error.details.length ? { details: error.details } : {},
        innerError: { date: errorDate(now), "request-id": requestId, "client-request-id": clientRequestId }
      }
    }
  }),
  pageToken: "$skiptoken",
  context: (where) => ({ name: "@odata.context", value: odataContext(where) }),
  select(op, url, value) {
    const wanted = op.params.some((p) => p.in === "query" && p.name === "$select") ? url.searchParams.get("$select") : null;
    if (!wanted) return value;
    const keys = new Set(wanted.split(",").map((s) => s.trim()));
    return Object.fromEntries(Object.entries(value).filter(([k]) => keys.has(k) || k.startsWith("@odata.")));
  }
};
const PROFILES = { graph: GRAPH };
function profileOf(name) {
  return (name !== void 0 && Object.prototype.hasOwnProperty.call(PROFILES, name) ? PROFILES[name] : void 0) ?? {};
}
export {
  PROFILES,
  errorDate,
  odataContext,
  profileOf
};
