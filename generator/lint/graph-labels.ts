/**
 * The semantic-label guidance Microsoft's Dev Proxy gives (its Graph connector guidance plugin), from
 * the spec: a connection schema should label properties `title`, `url` and `iconUrl`. The check itself
 * is the mock runtime's (templates/mock-runtime/behaviours.ts: missingRecommendedLabels), so `specgen
 * lint` and the mock's `Warning` header at registration say the same thing.
 *
 * - In a spec: the request-body examples of every operation whose `x-specgen-mock` validates its body
 *   with the `graph-connector-schema` behaviour (`validate.behaviour` or `longRunning.behaviour`).
 * - A payload file (`specgen lint --connector-schema file.json`): the schema a connector would send;
 *   its rule violations (the same behaviour) are errors, missing labels warnings.
 */
import path from 'node:path';
import { BUILTIN_BEHAVIOURS, missingLabelMessage, missingRecommendedLabels, SEMANTIC_LABELS_RULE } from '../../templates/mock-runtime/behaviours.ts';
import type { Diagnostic } from '../load/errors.ts';
import { getAt, joinPointer } from '../load/pointer.ts';
import type { SpecFiles } from '../load/refs.ts';
import { readSpecFile, type SpecFile } from '../load/spec-file.ts';

/** The behaviour whose request bodies are connection schemas. */
export const SCHEMA_BEHAVIOUR = 'graph-connector-schema';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A node of the spec: the file it is in and its pointer there. */
interface At {
  file: SpecFile;
  pointer: string;
  value: unknown;
}

/** Follow `$ref`s (as the loader resolved them) from a node to the node they end at. */
function deref(spec: SpecFiles, at: At): At {
  let here = at;
  for (let hops = 0; hops < 32 && isRecord(here.value) && typeof here.value.$ref === 'string'; hops++) {
    const site = spec.refs.find((r) => r.file === here.file && r.pointer === here.pointer && r.kind !== 'mapping');
    const file = site?.targetFile ? spec.files.get(site.targetFile) : undefined;
    if (!site || !file) break;
    here = { file, pointer: site.targetPointer, value: getAt(file.value, site.targetPointer) };
  }
  return here;
}

const child = (at: At, ...segments: (string | number)[]): At => ({
  file: at.file,
  pointer: joinPointer(at.pointer, ...segments),
  value: getAt(at.value, joinPointer('', ...segments)),
});

function labelWarnings(at: At): Diagnostic[] {
  const where = isRecord(at.value) && 'properties' in at.value ? joinPointer(at.pointer, 'properties') : at.pointer;
  return missingRecommendedLabels(at.value).map((label) => ({
    severity: 'warning' as const, code: SEMANTIC_LABELS_RULE, message: missingLabelMessage(label), ...at.file.locate(where),
  }));
}

/** Whether an operation's `x-specgen-mock` checks its body with the schema behaviour. */
function checksSchemas(op: Rec): boolean {
  const ext = op['x-specgen-mock'];
  if (!isRecord(ext)) return false;
  const named = (o: unknown) => isRecord(o) && o.behaviour === SCHEMA_BEHAVIOUR;
  return named(ext.validate) || named(ext.longRunning);
}

/** Missing recommended labels in the request-body examples of the spec's schema-registering operations. */
export function specLabelWarnings(spec: SpecFiles): Diagnostic[] {
  const out: Diagnostic[] = [];
  const paths = deref(spec, { file: spec.root, pointer: '/paths', value: getAt(spec.root.value, '/paths') });
  if (!isRecord(paths.value)) return out;
  for (const key of Object.keys(paths.value)) {
    const item = deref(spec, child(paths, key));
    if (!isRecord(item.value)) continue;
    for (const method of METHODS) {
      const op = deref(spec, child(item, method));
      if (!isRecord(op.value) || !checksSchemas(op.value)) continue;
      const body = deref(spec, child(op, 'requestBody'));
      const content = child(body, 'content');
      if (!isRecord(content.value)) continue;
      for (const media of Object.keys(content.value)) {
        const m = child(content, media);
        if (getAt(m.value, '/example') !== undefined) out.push(...labelWarnings(child(m, 'example')));
        const examples = child(m, 'examples');
        if (!isRecord(examples.value)) continue;
        for (const name of Object.keys(examples.value)) {
          const ex = deref(spec, child(examples, name));
          if (isRecord(ex.value) && 'value' in ex.value) out.push(...labelWarnings(child(ex, 'value')));
        }
      }
    }
  }
  return out;
}

/** A connection schema payload file: its rule violations (errors) and missing recommended labels (warnings). */
export async function payloadDiagnostics(file: string): Promise<Diagnostic[]> {
  const loaded = await readSpecFile(path.resolve(file));
  const at: At = { file: loaded, pointer: '', value: loaded.value };
  const errors = BUILTIN_BEHAVIOURS[SCHEMA_BEHAVIOUR]!(loaded.value, undefined, { now: Date.now() }).map((p): Diagnostic => {
    const m = /^\[([^\]]+)\] (.*)$/s.exec(p);
    return { severity: 'error', code: m?.[1] ?? SCHEMA_BEHAVIOUR, message: m?.[2] ?? p, ...loaded.locate(isRecord(loaded.value) && 'properties' in loaded.value ? '/properties' : '') };
  });
  return [...errors, ...labelWarnings(at)];
}
