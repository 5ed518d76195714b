import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SpecError, type Located } from './errors.ts';
import { fragmentToPointer, getAt, joinPointer } from './pointer.ts';
import { allowedRoots, currentLoadOptions, WIDEN_HINT, type LoadOptions } from './policy.ts';
import { readSpecFile, type SpecFile } from './spec-file.ts';

/** A `$ref` as written: where it stands and where it points. */
export interface RefSite {
  file: SpecFile;
  /** Pointer of the object holding `$ref` (for a discriminator mapping: of the mapping entry). */
  pointer: string;
  ref: string;
  /** `mapping`: a discriminator mapping value, which resolvers follow like a `$ref`. */
  kind?: 'mapping';
  /** Absolute path of the target file, or undefined for refs that are not files (`$id`-relative). */
  targetFile?: string;
  targetPointer: string;
  /** The absolute URI (fragment removed) of a ref that is not a file: it must name an `$id` of the spec. */
  uri?: string;
}

export interface SpecFiles {
  root: SpecFile;
  /** Every file reached through `$ref`, by absolute path, root first then in discovery order. */
  files: Map<string, SpecFile>;
  refs: RefSite[];
  /** Every `$id` the files declare, resolved to an absolute URI without fragment. */
  ids: Set<string>;
}

// Keys whose values are data, not spec structure: `$ref` inside them is a string like any other.
const DATA_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);
// Keys whose children are named by the author, so a child called `example` is a schema.
const NAMED_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/** Where a ref is written: the `$ref` key, or the mapping entry. */
export function refLocation(site: RefSite): Located {
  return site.file.locate(site.kind === 'mapping' ? site.pointer : joinPointer(site.pointer, '$ref'));
}

/**
 * Load the root file and every file it reaches through `$ref`; every ref must resolve, to a regular
 * file inside the root spec's directory tree (or `allowRefRoots`), or to an `$id` the spec declares.
 * specgen never fetches anything.
 */
export async function loadSpecFiles(rootPath: string, options: LoadOptions = currentLoadOptions()): Promise<SpecFiles> {
  const rootAbs = path.resolve(rootPath);
  const roots = await allowedRoots(rootAbs, options);
  const root = await readSpecFile(rootAbs);
  const files = new Map<string, SpecFile>([[rootAbs, root]]);
  const refs: RefSite[] = [];
  const ids = new Set<string>();
  const queue: SpecFile[] = [root];
  while (queue.length) {
    const file = queue.shift()!;
    const found = collectRefs(file);
    for (const id of found.ids) ids.add(id);
    refs.push(...found.sites);
    for (const site of found.sites) {
      if (!site.targetFile || files.has(site.targetFile)) continue;
      const loaded = await readSpecFile(site.targetFile, refLocation(site), roots);
      files.set(site.targetFile, loaded);
      queue.push(loaded);
    }
  }
  for (const site of refs) checkUri(site, ids);
  for (const site of refs) checkTarget(site, files);
  checkAliasCycles(refs, files);
  return { root, files, refs, ids };
}

/** A ref that is not a file must be a JSON Schema identifier declared in the spec: specgen never fetches. */
function checkUri(site: RefSite, ids: Set<string>): void {
  if (site.targetFile || site.uri === undefined || ids.has(site.uri)) return;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(site.uri)?.[1]?.toLowerCase();
  const what = scheme === 'http' || scheme === 'https' ? 'remote $ref' : `$ref to a ${scheme ?? 'non-file'}: URI`;
  throw new SpecError('remote-ref', `unsupported: ${what} '${site.ref}': specgen never fetches, and no $id in the spec declares ${site.uri}`,
    refLocation(site), `download the document next to the spec and $ref it by relative path; ${WIDEN_HINT}`);
}

interface Frame {
  node: unknown;
  pointer: string;
  key: string;
  parentKey: string;
  /** This object's children are named by the author (`properties`, `$defs`...): each is a schema. */
  named: boolean;
  /** This node is one of those children (so a child called `properties` or `example` is a schema). */
  inNamed: boolean;
  /** The parent is one of those children. */
  parentInNamed: boolean;
  idBase: URL;
}

/** The refs and `$id`s of one file, walked iteratively in document order. */
function collectRefs(file: SpecFile): { sites: RefSite[]; ids: string[] } {
  const sites: RefSite[] = [];
  const ids: string[] = [];
  const base = pathToFileURL(file.absolutePath);
  const stack: Frame[] = [{ node: file.value, pointer: '', key: '', parentKey: '', named: false, inNamed: false, parentInNamed: false, idBase: base }];
  while (stack.length) {
    const frame = stack.pop()!;
    const { node, pointer, key, named, inNamed, idBase } = frame;
    if (node === null || typeof node !== 'object') continue;
    const children: Frame[] = [];
    const child = (k: string, value: unknown, scope: URL): Frame => ({
      node: value, pointer: joinPointer(pointer, k), key: k, parentKey: key,
      named: !Array.isArray(node) && NAMED_MAPS.has(k) && !named, inNamed: named, parentInNamed: inNamed, idBase: scope,
    });
    if (Array.isArray(node)) {
      node.forEach((value, i) => children.push(child(String(i), value, idBase)));
    } else {
      const obj = node as Record<string, unknown>;
      let scope = idBase;
      if (typeof obj.$id === 'string' && !named) {
        try {
          scope = new URL(obj.$id, idBase);
          ids.push(withoutFragment(scope));
        } catch {
          /* an invalid $id is the validator's business */
        }
      }
      if (typeof obj.$ref === 'string' && !named) sites.push(makeSite(file, pointer, obj.$ref, scope, base));
      if (key === 'mapping' && frame.parentKey === 'discriminator' && !named && !inNamed && !frame.parentInNamed) {
        for (const [name, value] of Object.entries(obj)) {
          // Resolvers (redocly) follow mapping values that look like refs, not plain schema names.
          if (typeof value === 'string' && isMappingRef(value)) {
            sites.push({ ...makeSite(file, joinPointer(pointer, name), value, base, base), kind: 'mapping' });
          }
        }
      }
      for (const [k, value] of Object.entries(obj)) {
        const isData = DATA_KEYS.has(k) && !named;
        // Example Objects keep their data under `value`.
        const isExampleValue = k === 'value' && frame.parentKey === 'examples' && !named;
        if (isData && !(k === 'examples' && isExampleMap(value))) continue;
        if (isExampleValue) continue;
        children.push(child(k, value, scope));
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { sites, ids };
}

/** redocly's rule for discriminator mapping values it resolves as references. */
function isMappingRef(value: string): boolean {
  return value.startsWith('#') || value.startsWith('https://') || value.startsWith('http://') ||
    value.startsWith('./') || value.startsWith('../') || value.includes('/');
}

/** OpenAPI's `examples` maps names to Example Objects (which may be `$ref`s); JSON Schema's is an array of data. */
function isExampleMap(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function withoutFragment(url: URL): string {
  const u = new URL(url.href);
  u.hash = '';
  return u.href;
}

/** Where a ref written in `file` (under `$id` scope `scope`) points. `file:` URLs are paths like any other. */
export function makeSite(file: SpecFile, pointer: string, ref: string, scope: URL, base: URL): RefSite {
  const hash = ref.indexOf('#');
  const uri = hash === -1 ? ref : ref.slice(0, hash);
  const targetPointer = hash === -1 ? '' : fragmentToPointer(ref.slice(hash));
  const bad = (why: string): never => {
    throw new SpecError('bad-ref', `invalid $ref '${ref}': ${why}`, file.locate(joinPointer(pointer, '$ref')), 'a $ref is a relative path or URI, then an optional #/json/pointer');
  };
  if (uri === '') {
    // Local to the document, unless an enclosing $id moved the base somewhere else.
    if (scope.href === base.href) return { file, pointer, ref, targetFile: file.absolutePath, targetPointer };
    return { file, pointer, ref, targetPointer, uri: withoutFragment(scope) };
  }
  let target: URL;
  try {
    target = new URL(uri, scope);
  } catch {
    return bad('not a valid URI reference');
  }
  if (target.protocol !== 'file:') return { file, pointer, ref, targetPointer, uri: withoutFragment(target) };
  let targetFile: string;
  try {
    targetFile = fileURLToPath(target);
  } catch (err) {
    return bad((err as Error).message);
  }
  return { file, pointer, ref, targetFile, targetPointer };
}

function checkTarget(site: RefSite, files: Map<string, SpecFile>): void {
  if (!site.targetFile) return;
  const target = files.get(site.targetFile)!;
  if (site.targetPointer !== '' && !site.targetPointer.startsWith('/')) {
    // A plain-name fragment is a JSON Schema $anchor: validators resolve it.
    return;
  }
  if (getAt(target.value, site.targetPointer) === undefined) {
    throw new SpecError(
      'dangling-ref',
      `$ref '${site.ref}' points at nothing: ${target.displayPath} has no #${site.targetPointer}`,
      refLocation(site),
      'check the spelling of the target and that it exists',
    );
  }
}

/** A chain of objects that are nothing but `$ref`s and comes back to itself cannot mean anything. */
function checkAliasCycles(refs: RefSite[], files: Map<string, SpecFile>): void {
  const next = new Map<string, RefSite>();
  for (const site of refs) next.set(`${site.file.absolutePath}#${site.pointer}`, site);
  const done = new Set<string>();
  for (const start of refs) {
    const seen: string[] = [];
    let site: RefSite | undefined = start;
    while (site?.targetFile) {
      const key = `${site.file.absolutePath}#${site.pointer}`;
      if (done.has(key)) break;
      if (seen.includes(key)) {
        const loop = seen.slice(seen.indexOf(key)).map((k) => next.get(k)!.ref);
        throw new SpecError(
          'cyclic-ref',
          `cyclic $ref cannot be represented: ${[...loop, loop[0]].join(' -> ')}`,
          refLocation(site),
          'a $ref chain must end in a real object',
        );
      }
      seen.push(key);
      const target = getAt(files.get(site.targetFile)?.value, site.targetPointer);
      site = target && typeof target === 'object' && typeof (target as { $ref?: unknown }).$ref === 'string'
        ? next.get(`${site.targetFile}#${site.targetPointer}`)
        : undefined;
    }
    for (const k of seen) done.add(k);
  }
}
