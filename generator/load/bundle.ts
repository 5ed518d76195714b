import { bundleDocument, createConfig } from '@redocly/openapi-core';
import type { Located } from './errors.ts';
import { getAt, joinPointer, splitPointer } from './pointer.ts';
import type { SpecFiles } from './refs.ts';
import type { SpecFile } from './spec-file.ts';
import { resolverFor, rootDocument } from './validate.ts';

interface Origin {
  file: SpecFile;
  pointer: string;
}

/** Maps pointers of the bundled document back to the file and pointer they were written at. */
export class Origins {
  constructor(
    private readonly spec: SpecFiles,
    /** Components redocly lifted out of other files: bundled pointer -> where they came from. */
    private readonly lifted: Map<string, Origin>,
    /** For a converted document (Swagger 2.0): its pointer -> the nearest pointer of the bundled source. */
    private readonly translate?: (pointer: string) => string,
  ) {}

  /** The same origins for a document converted from the bundled one. */
  converted(translate: (pointer: string) => string): Origins {
    return new Origins(this.spec, this.lifted, translate);
  }

  locate(pointer: string): Located {
    const bundledPointer = this.translate ? this.translate(pointer) : pointer;
    let at: Origin = { file: this.spec.root, pointer: '' };
    let prefix = '';
    for (const segment of splitPointer(bundledPointer)) {
      prefix = joinPointer(prefix, segment);
      const lifted = this.lifted.get(prefix);
      if (lifted) {
        at = lifted;
        continue;
      }
      at = this.follow(at);
      at = { file: at.file, pointer: joinPointer(at.pointer, segment) };
    }
    const final = this.follow(at, true);
    return final.file.locate(final.pointer);
  }

  /** Step through a `$ref` into another file (the bundle inlined or lifted it). */
  private follow(at: Origin, onlyIfMissing = false): Origin {
    const node = getAt(at.file.value, at.pointer);
    if (onlyIfMissing && node !== undefined) return at;
    const ref = node && typeof node === 'object' ? (node as { $ref?: unknown }).$ref : undefined;
    if (typeof ref !== 'string' || ref.startsWith('#')) return at;
    const site = this.spec.refs.find((r) => r.file === at.file && r.pointer === at.pointer);
    const target = site?.targetFile ? this.spec.files.get(site.targetFile) : undefined;
    return target ? { file: target, pointer: site!.targetPointer } : at;
  }
}

export interface Bundled {
  document: Record<string, unknown>;
  origins: Origins;
}

/** One self-contained document with only local refs (redocly's bundler), plus the way back to the sources. */
export async function bundleSpec(spec: SpecFiles): Promise<Bundled> {
  // Any ref naming a file (even the root's own, `file:` URLs included) is bundled into a local one.
  const multiFile = spec.files.size > 1 || spec.refs.some((r) => r.targetFile && !r.ref.startsWith('#'));
  if (!multiFile) {
    return { document: spec.root.value as Record<string, unknown>, origins: new Origins(spec, new Map()) };
  }
  const config = await createConfig({ extends: [], rules: {} } as never);
  // redocly's bundler edits the document it is given: hand it a copy, the sources stay as written.
  const root = rootDocument(spec);
  const result = await bundleDocument({
    document: { source: root.source, parsed: structuredClone(root.parsed) },
    config: config.styleguide,
    externalRefResolver: resolverFor(spec),
    dereference: false,
  });
  const document = result.bundle.parsed as Record<string, unknown>;
  return { document, origins: new Origins(spec, liftedComponents(spec, document)) };
}

/** Walk the bundle and the sources side by side; where a source `$ref` into another file became a local one, remember where the component came from. */
function liftedComponents(spec: SpecFiles, bundled: unknown): Map<string, Origin> {
  const lifted = new Map<string, Origin>();
  const sitesByPlace = new Map(spec.refs.map((s) => [`${s.file.absolutePath}#${s.pointer}`, s]));
  const seen = new Set<string>();
  // Iterative and in document order: nesting is bounded by the loader's limits, chains of lifted components are not.
  const stack: { node: unknown; origin: Origin }[] = [{ node: bundled, origin: { file: spec.root, pointer: '' } }];
  while (stack.length) {
    const frame = stack.pop()!;
    const node = frame.node;
    let origin = frame.origin;
    if (node === null || typeof node !== 'object') continue;
    const key = `${origin.file.absolutePath}#${origin.pointer}`;
    const site = sitesByPlace.get(key);
    if (site?.targetFile && site.targetFile !== spec.root.absolutePath && site.kind !== 'mapping') {
      const target = { file: spec.files.get(site.targetFile)!, pointer: site.targetPointer };
      const bundledRef = (node as { $ref?: unknown }).$ref;
      if (typeof bundledRef === 'string' && bundledRef.startsWith('#/')) {
        const liftedAt = decodeURIComponent(bundledRef.slice(1));
        if (!lifted.has(liftedAt)) {
          lifted.set(liftedAt, target);
          stack.push({ node: getAt(bundled, liftedAt), origin: target });
        }
        continue;
      }
      origin = target;
    }
    const visitKey = `${key}|${origin.file.absolutePath}#${origin.pointer}`;
    if (seen.has(visitKey)) continue;
    seen.add(visitKey);
    const entries = Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, child] = entries[i]!;
      stack.push({ node: child, origin: { file: origin.file, pointer: joinPointer(origin.pointer, k) } });
    }
  }
  return lifted;
}


/** A location computed only when read: positions need a second parse of the file, which only diagnostics pay for. */
export function lazyLocation(origins: Origins, pointer: string): Located {
  let cached: Located | undefined;
  const get = () => (cached ??= origins.locate(pointer));
  return {
    get file() { return get().file; },
    get line() { return get().line; },
    get column() { return get().column; },
    pointer,
    toJSON() { return get(); },
  } as Located;
}
