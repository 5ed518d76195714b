import type { LoadedSpec } from '../load/index.ts';
import { lazyLocation } from '../load/bundle.ts';
import { SpecError } from '../load/errors.ts';
import { joinPointer } from '../load/pointer.ts';
import { buildOperations } from './build-operations.ts';
import { buildSchemas } from './build-schemas.ts';
import { buildServers } from './build-servers.ts';
import { planNames } from './plan-names.ts';
import type { Diagnostic } from '../load/errors.ts';
import { primaryMedia } from './media.ts';
import { DocumentRefs, isObject } from './resolve.ts';
import { topProperties } from './schema-facts.ts';
import { THROTTLING_EXTENSION, throttlingExtension } from './traffic-extensions.ts';
import { PROFILE_NAMES, type ApiModel, type ProfileName, type SecuritySchemeModel } from './types.ts';

/** model: the bundled document -> the normalised model every emitter reads. */
export function buildModel(spec: LoadedSpec): ApiModel {
  const doc = spec.document;
  const refs = new DocumentRefs(doc, spec.origins);
  const info = isObject(doc.info) ? doc.info : {};
  // Every public name of the package comes from one planner, in one namespace (plan-names.ts).
  const schemas = buildSchemas(refs);
  const operationWarnings: Diagnostic[] = [];
  let nameWarnings: Diagnostic[] = [];
  const operations = buildOperations(refs, (ops) => (nameWarnings = planNames(schemas, ops)), operationWarnings);
  for (const op of operations) {
    const lro = op.longRunning;
    if (!lro?.statusOperationId) continue;
    const statusOp = operations.find((o) => o.operationId === lro.statusOperationId);
    if (!statusOp) {
      throw new SpecError('bad-extension', `x-specgen-long-running: no operation '${lro.statusOperationId}'`,
        spec.origins.locate(joinPointer(op.pointer, 'x-specgen-long-running')));
    }
    const schema = primaryMedia(statusOp.responses.find((r) => r.kind === 'success')?.contents)?.schema;
    const prop = schema === undefined ? undefined : topProperties(doc, schema).get(lro.statusProperty);
    lro.statusValues = Array.isArray(prop?.enum) ? prop.enum.filter((v): v is string => typeof v === 'string') : [];
  }
  const throttling = throttlingExtension(doc[THROTTLING_EXTENSION], lazyLocation(spec.origins, `/${THROTTLING_EXTENSION}`));
  for (const op of operations) {
    for (const name of op.mock.budgets ?? []) {
      if (!throttling?.budgets.some((b) => b.name === name)) {
        throw new SpecError('bad-extension', `x-specgen-mock: budget '${name}' is not declared in ${THROTTLING_EXTENSION}`,
          spec.origins.locate(joinPointer(op.pointer, 'x-specgen-mock')), 'see docs/mock-extensions.md');
      }
    }
  }
  return {
    title: typeof info.title === 'string' ? info.title : 'API',
    version: typeof info.version === 'string' ? info.version : '0.0.0',
    ...(typeof info.description === 'string' ? { description: info.description } : {}),
    openapi: spec.version,
    document: doc,
    servers: buildServers(refs, Array.isArray(doc.servers) ? doc.servers : [{ url: '/' }], '/servers'),
    schemas,
    operations,
    securitySchemes: buildSecuritySchemes(doc),
    source: spec.rootFile,
    versionLocation: lazyLocation(spec.origins, '/info/version'),
    locate: (pointer: string) => lazyLocation(spec.origins, pointer),
    warnings: [...operationWarnings, ...nameWarnings],
    ...profileOf(doc, spec),
    ...(throttling ? { throttling } : {}),
  };
}

/** `x-specgen-profile: <name>` on the root: one of PROFILE_NAMES, else a located error. */
function profileOf(doc: Record<string, unknown>, spec: LoadedSpec): { profile?: ProfileName } {
  const raw = doc['x-specgen-profile'];
  if (raw === undefined) return {};
  if (typeof raw !== 'string' || !(PROFILE_NAMES as readonly string[]).includes(raw)) {
    throw new SpecError('bad-extension', `x-specgen-profile must be one of: ${PROFILE_NAMES.join(', ')}`,
      spec.origins.locate('/x-specgen-profile'), 'see docs/profiles.md');
  }
  return { profile: raw as ProfileName };
}

function buildSecuritySchemes(doc: Record<string, unknown>): SecuritySchemeModel[] {
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  return Object.keys(schemes).sort().map((name) => {
    const s = isObject(schemes[name]) ? (schemes[name] as Record<string, unknown>) : {};
    return {
      name,
      type: String(s.type ?? ''),
      ...(typeof s.description === 'string' ? { description: s.description } : {}),
      ...(typeof s.scheme === 'string' ? { scheme: s.scheme.toLowerCase() } : {}),
      ...(s.in === 'header' || s.in === 'query' || s.in === 'cookie' ? { in: s.in } : {}),
      ...(typeof s.name === 'string' ? { paramName: s.name } : {}),
      ...(typeof s.bearerFormat === 'string' ? { bearerFormat: s.bearerFormat } : {}),
      ...(isObject(s.flows) ? { flows: s.flows as SecuritySchemeModel['flows'] } : {}),
    };
  });
}
