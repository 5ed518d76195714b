/** Routes `METHOD /base/path` to an operation: served under each server's base path only. */
import { formatPathLiteral } from '../runtime/params.js';
import { getOwn, setOwn, type MockOperation, type MockSpec } from './spec.js';

interface Route {
  regex: RegExp;
  params: string[];
  literals: number;
  byMethod: Map<string, MockOperation>;
}

export type RouteMatch =
  /** `params`: path parameters decoded; `raw`: as they are in the URL (the codec parses those). */
  | { kind: 'operation'; operation: MockOperation; params: Record<string, string>; raw: Record<string, string>; basePath: string }
  | { kind: 'unknown' }
  | { kind: 'method'; allow: string[] };

/**
 * A template's matcher: `{name}` matches one segment or, inside a segment, the text between its
 * literal parts (`/certificates(thumbprint={thumbprint})`, `/{id}.json`). Literal text counts for
 * precedence (`/a/schema` before `/a/{id}`).
 */
function compile(template: string): { regex: RegExp; params: string[]; literals: number } {
  const params: string[] = [];
  let literals = 0;
  const source = template.split('/').map((segment) => {
    const parts = segment.split(/(\{[^}]+\})/);
    return parts.map((part) => {
      const param = /^\{([^}]+)\}$/.exec(part);
      if (param) {
        params.push(param[1]!);
        return parts.length === 1 || (parts.length === 3 && !parts[0] && !parts[2]) ? '([^/]+)' : '([^/]+?)';
      }
      if (part) literals++;
      // Literal text as it arrives in a URL's path (`#` as `%23`): the client writes it the same way.
      return formatPathLiteral(part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }).join('');
  }).join('/');
  return { regex: new RegExp(`^${source}/?$`), params, literals };
}

export class MockRouter {
  private readonly routes: Route[] = [];
  private readonly basePaths: string[];

  constructor(spec: MockSpec) {
    const byTemplate = new Map<string, Route>();
    for (const op of spec.operations) {
      let route = byTemplate.get(op.template);
      if (!route) {
        route = { ...compile(op.template), byMethod: new Map() };
        byTemplate.set(op.template, route);
        this.routes.push(route);
      }
      route.byMethod.set(op.method, op);
    }
    // Literal segments win over parameters (`/a/schema` before `/a/{id}`).
    this.routes.sort((a, b) => b.literals - a.literals);
    this.basePaths = [...spec.basePaths].sort((a, b) => b.length - a.length);
  }

  match(method: string, pathname: string): RouteMatch {
    let sawMethods: string[] | undefined;
    for (const basePath of this.basePaths) {
      if (basePath && pathname !== basePath && !pathname.startsWith(basePath + '/')) continue;
      const rest = pathname.slice(basePath.length) || '/';
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
        const params: Record<string, string> = {};
        const raw: Record<string, string> = {};
        let bad = false;
        route.params.forEach((name, i) => {
          setOwn(raw, name, m[i + 1]!);
          try {
            setOwn(params, name, decodeURIComponent(m[i + 1]!));
          } catch {
            bad = true;
          }
        });
        if (bad) continue;
        return { kind: 'operation', operation, params, raw, basePath };
      }
    }
    return sawMethods ? { kind: 'method', allow: sawMethods } : { kind: 'unknown' };
  }
}

/** A template with its parameters filled in (percent-encoded). */
export function fillTemplate(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(getOwn(params, name) ?? ''));
}
