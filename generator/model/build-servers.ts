import { extensionsOf, isObject } from './resolve.ts';
import type { ServerModel } from './types.ts';

export function buildServers(raw: unknown[]): ServerModel[] {
  return raw.filter(isObject).filter((s) => typeof s.url === 'string').map((s): ServerModel => {
    const vars = isObject(s.variables) ? s.variables : {};
    return {
      url: s.url as string,
      ...(typeof s.description === 'string' ? { description: s.description } : {}),
      variables: Object.keys(vars).map((name) => {
        const v = isObject(vars[name]) ? (vars[name] as Record<string, unknown>) : {};
        return {
          name,
          default: String(v.default ?? ''),
          ...(Array.isArray(v.enum) ? { enum: v.enum.map(String) } : {}),
          ...(typeof v.description === 'string' ? { description: v.description } : {}),
        };
      }),
      extensions: extensionsOf(s),
    };
  });
}
