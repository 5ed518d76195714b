import type { LoadedSpec } from '../load/index.ts';
import { lazyLocation } from '../load/bundle.ts';
import { SpecError } from '../load/errors.ts';
import { joinPointer } from '../load/pointer.ts';
import { buildOperations } from './build-operations.ts';
import { buildSchemas } from './build-schemas.ts';
import { buildServers } from './build-servers.ts';
import { NameRegistry } from './names.ts';
import { DocumentRefs, isObject } from './resolve.ts';
import type { ApiModel, SecuritySchemeModel } from './types.ts';

/** Names client.ts exports besides the operations (index.ts re-exports them next to types.ts's). */
export const CLIENT_TYPE_EXPORTS = [
  'ApiClient', 'ApiError', 'ClientOptions', 'LongRunningOperation', 'OperationFailedError', 'RequestEvent', 'RequestOptions',
  'ResponseEvent', 'ResponseValidationError', 'RetryPolicy', 'ServerUrl', 'TransportError', 'WaitOptions',
];
export const CLIENT_VALUE_EXPORTS = ['configure', 'isApiError'];

/** model: the bundled document -> the normalised model every emitter reads. */
export function buildModel(spec: LoadedSpec): ApiModel {
  const doc = spec.document;
  const refs = new DocumentRefs(doc, spec.origins);
  const info = isObject(doc.info) ? doc.info : {};
  // Types and operations share one namespace in the generated package (types.ts / client.ts exports).
  const typeNames = new NameRegistry(['components', 'paths', 'operations', 'webhooks', '$defs', ...CLIENT_TYPE_EXPORTS]);
  const schemas = buildSchemas(refs, typeNames);
  const operations = buildOperations(refs, new NameRegistry(['createClient', 'servers', ...CLIENT_VALUE_EXPORTS]));
  for (const op of operations) {
    const lro = op.longRunning;
    if (lro?.statusOperationId && !operations.some((o) => o.operationId === lro.statusOperationId)) {
      throw new SpecError('bad-extension', `x-specgen-long-running: no operation '${lro.statusOperationId}'`,
        spec.origins.locate(joinPointer(op.pointer, 'x-specgen-long-running')));
    }
  }
  return {
    title: typeof info.title === 'string' ? info.title : 'API',
    version: typeof info.version === 'string' ? info.version : '0.0.0',
    ...(typeof info.description === 'string' ? { description: info.description } : {}),
    openapi: spec.version,
    document: doc,
    servers: buildServers(Array.isArray(doc.servers) ? doc.servers : [{ url: '/' }]),
    schemas,
    operations,
    securitySchemes: buildSecuritySchemes(doc),
    source: spec.rootFile,
    versionLocation: lazyLocation(spec.origins, '/info/version'),
  };
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
      ...(typeof s.scheme === 'string' ? { scheme: s.scheme } : {}),
      ...(isObject(s.flows) ? { flows: s.flows as SecuritySchemeModel['flows'] } : {}),
    };
  });
}
