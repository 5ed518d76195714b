import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SpecError } from './errors.ts';
import { fragmentToPointer, getAt, joinPointer } from './pointer.ts';
import { readSpecFile, type SpecFile } from './spec-file.ts';

/** A `$ref` as written: where it stands and where it points. */
export interface RefSite {
  file: SpecFile;
  /** Pointer of the object holding `$ref`. */
  pointer: string;
  ref: string;
  /** Absolute path of the target file, or undefined for refs we do not follow (remote, `$id`-relative). */
  targetFile?: string;
  targetPointer: string;
}

export interface SpecFiles {
  root: SpecFile;
  /** Every file reached through `$ref`, by absolute path, root first then in discovery order. */
  files: Map<string, SpecFile>;
  refs: RefSite[];
}

// Keys whose values are data, not spec structure: `$ref` inside them is a string like any other.
const DATA_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);
// Keys whose children are named by the author, so a child called `example` is a schema.
const NAMED_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/** Load the root file and every file it reaches through `$ref`; every ref must resolve. */
export async function loadSpecFiles(rootPath: string): Promise<SpecFiles> {
  const rootAbs = path.resolve(rootPath);
  const root = await readSpecFile(rootAbs);
  const files = new Map<string, SpecFile>([[rootAbs, root]]);
  const refs: RefSite[] = [];
  const queue: SpecFile[] = [root];
  while (queue.length) {
    const file = queue.shift()!;
    const sites = collectRefs(file);
    refs.push(...sites);
    for (const site of sites) {
      if (!site.targetFile || files.has(site.targetFile)) continue;
      const loaded = await readSpecFile(site.targetFile, file.locate(joinPointer(site.pointer, '$ref')));
      files.set(site.targetFile, loaded);
      queue.push(loaded);
    }
  }
  for (const site of refs) checkTarget(site, files);
  checkAliasCycles(refs, files);
  return { root, files, refs };
}

function collectRefs(file: SpecFile): RefSite[] {
  const sites: RefSite[] = [];
  const base = pathToFileURL(file.absolutePath);
  const visit = (node: unknown, pointer: string, key: string, parentKey: string, idBase: URL) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, joinPointer(pointer, i), String(i), key, idBase));
      return;
    }
    const obj = node as Record<string, unknown>;
    let scope = idBase;
    if (typeof obj.$id === 'string' && !NAMED_MAPS.has(key)) {
      try {
        scope = new URL(obj.$id, idBase);
      } catch {
        /* an invalid $id is the validator's business */
      }
    }
    if (typeof obj.$ref === 'string' && !NAMED_MAPS.has(key)) sites.push(makeSite(file, pointer, obj.$ref, scope, base));
    for (const [k, child] of Object.entries(obj)) {
      const isData = DATA_KEYS.has(k) && !NAMED_MAPS.has(key);
      // Example Objects keep their data under `value`.
      const isExampleValue = k === 'value' && parentKey === 'examples' && !NAMED_MAPS.has(key);
      if (isData && !(k === 'examples' && isExampleMap(child))) continue;
      if (isExampleValue) continue;
      visit(child, joinPointer(pointer, k), k, key, scope);
    }
  };
  visit(file.value, '', '', '', base);
  return sites;
}

/** OpenAPI's `examples` maps names to Example Objects (which may be `$ref`s); JSON Schema's is an array of data. */
function isExampleMap(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function makeSite(file: SpecFile, pointer: string, ref: string, scope: URL, base: URL): RefSite {
  const hash = ref.indexOf('#');
  const uri = hash === -1 ? ref : ref.slice(0, hash);
  const targetPointer = hash === -1 ? '' : fragmentToPointer(ref.slice(hash));
  if (uri === '') {
    // Local to the document, unless an enclosing $id moved the base somewhere else.
    return { file, pointer, ref, targetFile: scope.href === base.href ? file.absolutePath : undefined, targetPointer };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri) && !uri.startsWith('file:')) {
    // Remote (https:) or URN refs: JSON Schema identifiers, resolved by validators, not files to load.
    return { file, pointer, ref, targetPointer };
  }
  const target = new URL(uri, scope);
  if (target.protocol !== 'file:') return { file, pointer, ref, targetPointer };
  return { file, pointer, ref, targetFile: fileURLToPath(target), targetPointer };
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
      site.file.locate(joinPointer(site.pointer, '$ref')),
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
          site.file.locate(joinPointer(site.pointer, '$ref')),
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
