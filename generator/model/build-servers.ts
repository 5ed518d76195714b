import { SpecError } from '../load/errors.ts';
import { joinPointer } from '../load/pointer.ts';
import { extensionsOf, isObject, type DocumentRefs } from './resolve.ts';
import type { ServerFieldValue, ServerModel } from './types.ts';

/** The extension whose fields (e.g. `{ cloud, version }`) describe a server (docs/extensions.md). */
export const SERVER_EXTENSION = 'x-specgen-server';

/** Servers with a string `url`, in spec order; `at` is the pointer of the list (`/servers`, `/paths/~1a/get/servers`). */
export function buildServers(refs: DocumentRefs, raw: unknown[], at: string): ServerModel[] {
  const out: ServerModel[] = [];
  raw.forEach((s, i) => {
    if (!isObject(s) || typeof s.url !== 'string') return;
    const vars = isObject(s.variables) ? s.variables : {};
    out.push({
      url: s.url,
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
      fields: serverFields(refs, s[SERVER_EXTENSION], joinPointer(at, i, SERVER_EXTENSION)),
      extensions: extensionsOf(s),
    });
  });
  return out;
}

/** `x-specgen-server`: an object of JSON scalars (they become `as const` literals of the client's `servers`). */
function serverFields(refs: DocumentRefs, ext: unknown, at: string): Record<string, ServerFieldValue> {
  if (ext === undefined) return {};
  if (!isObject(ext)) {
    throw new SpecError('bad-extension', `${SERVER_EXTENSION} must be an object of fields`, refs.origins.locate(at), 'see docs/extensions.md');
  }
  for (const [field, v] of Object.entries(ext)) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) continue;
    throw new SpecError('bad-extension', `${SERVER_EXTENSION}.${field} must be a string, number, boolean or null`,
      refs.origins.locate(joinPointer(at, field)), 'see docs/extensions.md');
  }
  // Own data properties, in the order written (`__proto__` included).
  return Object.fromEntries(Object.entries(ext)) as Record<string, ServerFieldValue>;
}

/** `x-specgen-versions` of an operation: a list of version names (`[v1.0, beta]`), or `undefined` when absent. */
export function buildVersions(refs: DocumentRefs, ext: unknown, at: string): string[] | undefined {
  if (ext === undefined) return undefined;
  if (!Array.isArray(ext) || !ext.every((v) => typeof v === 'string')) {
    throw new SpecError('bad-extension', 'x-specgen-versions must be a list of strings', refs.origins.locate(at), 'see docs/extensions.md');
  }
  return [...ext];
}
