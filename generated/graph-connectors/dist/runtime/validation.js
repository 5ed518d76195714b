const hasOwn = Object.prototype.hasOwnProperty;
const MAX_DEPTH = 1e3;
class DepthLimitError extends Error {
  constructor() {
    super("data is nested too deeply");
  }
}
function report(ctx, path, keyword, message, schemaPath, expected) {
  const issue = { path, keyword, message, schemaPath };
  if (expected !== void 0) issue.expected = expected;
  ctx.issues.push(issue);
  return ctx.first;
}
function evaluated() {
  return { props: /* @__PURE__ */ new Set(), allProps: false, items: 0, matched: void 0 };
}
function mergeEvaluated(into, from) {
  if (from.allProps) into.allProps = true;
  else for (const k of from.props) into.props.add(k);
  if (from.items > into.items) into.items = from.items;
  if (from.matched) {
    const matched = into.matched ??= /* @__PURE__ */ new Set();
    for (const i of from.matched) matched.add(i);
  }
}
function escapePointer(segment) {
  return segment.indexOf("~") < 0 && segment.indexOf("/") < 0 ? segment : segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function ucs2length(str) {
  const len = str.length;
  let length = 0;
  for (let i = 0; i < len; i++) {
    length++;
    const c = str.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < len) {
      const next = str.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) i++;
    }
  }
  return length;
}
function deepEqual(a, b, depth = 0) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (depth > 2e3) throw new DepthLimitError();
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!hasOwn.call(b, k)) return false;
    if (!deepEqual(a[k], b[k], depth + 1)) return false;
  }
  return true;
}
function deepIncludes(values, data) {
  for (const v of values) if (deepEqual(v, data)) return true;
  return false;
}
function canonicalJson(value, depth) {
  if (depth > 2e3) throw new DepthLimitError();
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return "[" + value.map((v) => canonicalJson(v, depth + 1)).join(",") + "]";
  const obj = value;
  return "{" + Object.keys(obj).sort().map((k) => JSON.stringify(k) + ":" + canonicalJson(obj[k], depth + 1)).join(",") + "}";
}
function hasDuplicates(items) {
  if (items.length < 2) return false;
  const seen = /* @__PURE__ */ new Set();
  let structured;
  for (const item of items) {
    if (typeof item === "object" && item !== null) {
      const key = canonicalJson(item, 0);
      structured ??= /* @__PURE__ */ new Set();
      if (structured.has(key)) return true;
      structured.add(key);
    } else {
      if (seen.has(item)) return true;
      seen.add(item);
    }
  }
  return false;
}
function multipleOf(value, divisor) {
  if (Number.isInteger(value) && Number.isInteger(divisor)) return value % divisor === 0;
  const quotient = value / divisor;
  if (!Number.isFinite(quotient)) return false;
  if (Number.isInteger(quotient)) return true;
  return Math.abs(quotient - Math.round(quotient)) < 1e-9 * Math.max(1, Math.abs(quotient));
}
function regExp(source) {
  try {
    return new RegExp(source, "u");
  } catch {
    try {
      return new RegExp(source);
    } catch {
      return /(?!)/;
    }
  }
}
function depthExceeded(error) {
  return error instanceof DepthLimitError || error instanceof RangeError;
}
function runCheck(check, data) {
  try {
    return check(data, 0);
  } catch (error) {
    if (depthExceeded(error)) return false;
    throw error;
  }
}
function runValidation(check, collect, data, options, schemaPath = "#") {
  const ctx = { issues: [], first: options?.firstIssueOnly === true };
  try {
    if (check(data, 0)) return { ok: true, value: data };
    collect(data, "", ctx, 0, schemaPath);
  } catch (error) {
    if (!depthExceeded(error)) throw error;
    ctx.issues.push({ path: "", keyword: "maxDepth", message: "data is nested too deeply to validate" });
  }
  if (ctx.issues.length === 0) ctx.issues.push({ path: "", keyword: "schema", message: "must be valid" });
  return { ok: false, issues: ctx.issues };
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function toStandardIssue(issue) {
  return { message: issue.message, path: pointerToPath(issue.path) };
}
function standardView(validate) {
  return {
    "~standard": {
      version: 1,
      vendor: "specgen",
      validate(value) {
        const result = validate(value);
        return result.ok ? { value: result.value } : { issues: result.issues.map(toStandardIssue) };
      }
    }
  };
}
export {
  DepthLimitError,
  MAX_DEPTH,
  deepEqual,
  deepIncludes,
  escapePointer,
  evaluated,
  hasDuplicates,
  hasOwn,
  mergeEvaluated,
  multipleOf,
  regExp,
  report,
  runCheck,
  runValidation,
  standardView,
  ucs2length
};
