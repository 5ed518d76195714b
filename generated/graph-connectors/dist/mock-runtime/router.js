import { formatPathLiteral } from "../runtime/params.js";
import { getOwn, setOwn } from "./spec.js";
function compile(template) {
  const params = [];
  let literals = 0;
  const source = template.split("/").map((segment) => {
    const parts = segment.split(/(\{[^}]+\})/);
    return parts.map((part) => {
      const param = /^\{([^}]+)\}$/.exec(part);
      if (param) {
        params.push(param[1]);
        return parts.length === 1 || parts.length === 3 && !parts[0] && !parts[2] ? "([^/]+)" : "([^/]+?)";
      }
      if (part) literals++;
      return formatPathLiteral(part).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }).join("");
  }).join("/");
  return { regex: new RegExp(`^${source}/?$`), params, literals };
}
class MockRouter {
  routes = [];
  basePaths;
  constructor(spec) {
    const byTemplate = /* @__PURE__ */ new Map();
    for (const op of spec.operations) {
      let route = byTemplate.get(op.template);
      if (!route) {
        route = { ...compile(op.template), byMethod: /* @__PURE__ */ new Map() };
        byTemplate.set(op.template, route);
        this.routes.push(route);
      }
      route.byMethod.set(op.method, op);
    }
    this.routes.sort((a, b) => b.literals - a.literals);
    this.basePaths = [...spec.basePaths].sort((a, b) => b.length - a.length);
  }
  match(method, pathname) {
    let sawMethods;
    for (const basePath of this.basePaths) {
      if (basePath && pathname !== basePath && !pathname.startsWith(basePath + "/")) continue;
      const rest = pathname.slice(basePath.length) || "/";
      for (const route of this.routes) {
        const m = route.regex.exec(rest);
        if (!m) continue;
        const served = [...route.byMethod.values()].filter((op) => op.basePaths.includes(basePath));
        if (!served.length) continue;
        const operation = served.find((op) => op.method === method);
        if (!operation) {
          sawMethods ??= served.map((op) => op.method);
          continue;
        }
        const params = {};
        const raw = {};
        let bad = false;
        route.params.forEach((name, i) => {
          setOwn(raw, name, m[i + 1]);
          try {
            setOwn(params, name, decodeURIComponent(m[i + 1]));
          } catch {
            bad = true;
          }
        });
        if (bad) continue;
        return { kind: "operation", operation, params, raw, basePath };
      }
    }
    return sawMethods ? { kind: "method", allow: sawMethods } : { kind: "unknown" };
  }
}
function fillTemplate(template, params) {
  return template.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(getOwn(params, name) ?? ""));
}
export {
  MockRouter,
  fillTemplate
};
