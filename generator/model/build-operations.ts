import { lazyLocation } from '../load/bundle.ts';
import { SpecError, type Diagnostic } from '../load/errors.ts';
import { joinPointer } from '../load/pointer.ts';
import { buildLongRunning, buildPagination, buildIdempotentCreate } from './build-behaviours.ts';
import { camelCase, NameRegistry, words } from './names.ts';
import { extensionsOf, isObject, type DocumentRefs } from './resolve.ts';
import { buildServers, buildVersions } from './build-servers.ts';
import { primaryMedia } from './media.ts';
import { jsonTypeOf, readOnlyPropertiesOf } from './schema-facts.ts';
import { MOCK_EXTENSION, operationExtension } from './mock-extension.ts';
import { BATCH_EXTENSION, batchExtension } from './traffic-extensions.ts';
import type {
  MediaEncoding,
  HeaderModel, HttpMethod, JsonSchema, MediaModel, OperationModel, ParameterLocation, ParameterModel,
  RequestBodyModel, ResponseModel, SecurityRequirementModel,
} from './types.ts';

export const METHODS: HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const IDEMPOTENT: ReadonlySet<HttpMethod> = new Set(['get', 'put', 'delete', 'options', 'head', 'trace']);

/** Every operation in spec order (paths as written, methods in OpenAPI's order). */
export function buildOperations(refs: DocumentRefs, planNamesOf: (ops: OperationModel[]) => void, warnings: Diagnostic[] = []): OperationModel[] {
  const paths = isObject(refs.document.paths) ? refs.document.paths : {};
  const seenIds = new Map<string, string>();
  const ops: OperationModel[] = [];
  for (const path of Object.keys(paths)) {
    const itemPointer = joinPointer('/paths', path);
    if (/%(?![0-9A-Fa-f]{2})/.test(path.replace(/\{[^}]*\}/g, ''))) {
      throw new SpecError('bad-path', `unsupported: path '${path}' has a '%' that does not start a percent-encoding (%XX)`,
        refs.origins.locate(itemPointer), "write a literal '%' as %25");
    }
    const { node: item, pointer: itemAt } = refs.deref(paths[path], itemPointer);
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const pointer = joinPointer(itemAt, method);
      const operationId = typeof op.operationId === 'string' ? op.operationId : derivedId(method, path);
      const first = seenIds.get(operationId);
      if (first !== undefined) {
        // OpenAPI says MUST be unique; real specs break it. The planner gives the later one its own
        // name (`getThing2`); references by operationId (extensions) mean the first.
        const at = refs.origins.locate(joinPointer(pointer, 'operationId'));
        warnings.push({ severity: 'warning', code: 'duplicate-operation-id', message: `duplicate operationId '${operationId}': also used at #${first}; ` +
          'this operation gets a numbered name', file: at.file, line: at.line, column: at.column, pointer: at.pointer,
          hint: 'operationIds must be unique: they name the generated functions' });
      } else seenIds.set(operationId, pointer);
      ops.push(buildOperation(refs, { path, method, op, pointer, item, itemAt, operationId }));
    }
  }
  // Names come from the naming planner (plan-names.ts), before anything reads them.
  planNamesOf(ops);
  for (const op of ops) op.idempotentCreate = buildIdempotentCreate(refs, op, ops);
  for (const op of ops) op.retrySafe = IDEMPOTENT.has(op.method) || op.extensions['x-specgen-retry-safe'] === true || !!op.idempotentCreate;
  return ops;
}

function derivedId(method: string, path: string): string {
  return camelCase([method, ...words(path.replace(/\{([^}]+)\}/g, 'by $1'))].join(' '));
}

interface OperationSite {
  path: string;
  method: HttpMethod;
  op: Record<string, unknown>;
  pointer: string;
  item: Record<string, unknown>;
  itemAt: string;
  operationId: string;
}

function buildOperation(refs: DocumentRefs, s: OperationSite): OperationModel {
  const { op, pointer } = s;
  const extensions = extensionsOf(op);
  const parameters = buildParameters(refs, s);
  const responses = buildResponses(refs, op.responses, joinPointer(pointer, 'responses'));
  const versions = buildVersions(refs, op['x-specgen-versions'], joinPointer(pointer, 'x-specgen-versions'));
  const model: OperationModel = {
    operationId: s.operationId,
    name: '',
    typeName: '',
    method: s.method,
    path: s.path,
    ...(typeof op.summary === 'string' ? { summary: op.summary } : {}),
    ...(typeof op.description === 'string' ? { description: op.description } : {}),
    deprecated: op.deprecated === true,
    tags: Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === 'string') : [],
    parameters,
    ...(op.requestBody !== undefined ? { requestBody: buildRequestBody(refs, op.requestBody, joinPointer(pointer, 'requestBody')) } : {}),
    responses,
    ...(Array.isArray(op.servers) ? { servers: buildServers(refs, op.servers, joinPointer(pointer, 'servers')) }
      : Array.isArray(s.item.servers) ? { servers: buildServers(refs, s.item.servers, joinPointer(s.itemAt, 'servers')) }
        : {}),
    security: buildSecurity(Array.isArray(op.security) ? op.security : refs.document.security),
    retrySafe: false,
    mock: operationExtension(op[MOCK_EXTENSION], lazyLocation(refs.origins, joinPointer(pointer, MOCK_EXTENSION))),
    ...(versions ? { versions } : {}),
    extensions,
    pointer,
    location: lazyLocation(refs.origins, pointer),
  };
  const pagination = buildPagination(refs, model);
  if (pagination) model.pagination = pagination;
  const longRunning = buildLongRunning(refs, model);
  if (longRunning) model.longRunning = longRunning;
  const batchAt = joinPointer(pointer, BATCH_EXTENSION);
  const batch = batchExtension(op[BATCH_EXTENSION], lazyLocation(refs.origins, batchAt));
  if (batch) {
    if (model.method !== 'post' || !model.requestBody) {
      throw new SpecError('bad-extension', `${BATCH_EXTENSION}: a batch endpoint is a POST with a JSON request body`, refs.origins.locate(batchAt), 'see docs/mock-extensions.md');
    }
    model.batch = batch;
  }
  return model;
}

function buildParameters(refs: DocumentRefs, s: OperationSite): ParameterModel[] {
  const byKey = new Map<string, ParameterModel>();
  const collect = (list: unknown, at: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, i) => {
      const { node, pointer } = refs.deref(raw, joinPointer(at, 'parameters', i));
      if (!isObject(node) || typeof node.name !== 'string') return;
      // OpenAPI: header parameters named Accept, Content-Type or Authorization SHALL be ignored (the
      // media types and security schemes say those).
      if (node.in === 'header' && /^(accept|content-type|authorization)$/i.test(node.name)) return;
      const p = buildParameter(refs, node, pointer);
      byKey.set(`${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`, p);
    });
  };
  collect(s.item.parameters, s.itemAt);
  collect(s.op.parameters, s.pointer);
  const params = [...byKey.values()];
  for (const name of [...s.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!)) {
    if (!params.some((p) => p.in === 'path' && p.name === name)) {
      throw new SpecError('missing-path-parameter', `path parameter '{${name}}' of '${s.path}' is not declared`,
        refs.origins.locate(s.pointer), `add { name: ${name}, in: path, required: true, schema: { type: string } }`);
    }
  }
  const idNames = new NameRegistry(['body', 'contentType', 'options', 'signal', 'headers', 'query', 'path']);
  const order: ParameterLocation[] = ['path', 'query', 'header', 'cookie'];
  params.sort((a, b) => order.indexOf(a.in) - order.indexOf(b.in));
  for (const p of params) p.identifier = idNames.claim(camelCase(p.name));
  return params;
}

function buildParameter(refs: DocumentRefs, node: Record<string, unknown>, pointer: string): ParameterModel {
  const where = node.in as ParameterLocation;
  let schema = node.schema as JsonSchema | undefined;
  let schemaPointer = joinPointer(pointer, 'schema');
  if (schema === undefined && isObject(node.content)) {
    const [mediaType] = Object.keys(node.content);
    const media = mediaType ? (node.content[mediaType] as Record<string, unknown>) : undefined;
    schema = media?.schema as JsonSchema | undefined;
    schemaPointer = joinPointer(pointer, 'content', mediaType ?? '', 'schema');
  }
  if (schema === undefined) {
    throw new SpecError('parameter-without-schema', `parameter '${String(node.name)}' (in ${String(where)}) has neither schema nor content`,
      refs.origins.locate(pointer), 'add `schema: { type: string }` (or the right type)');
  }
  const style = typeof node.style === 'string' ? node.style : where === 'query' || where === 'cookie' ? 'form' : 'simple';
  const example = node.example !== undefined ? node.example
    : isObject(node.examples) && Object.keys(node.examples).length
      ? refs.deref<Record<string, unknown>>((node.examples as Record<string, unknown>)[Object.keys(node.examples)[0]!], joinPointer(pointer, 'examples')).node.value
      : undefined;
  const hasExample = node.example !== undefined || (isObject(node.examples) && Object.keys(node.examples).length > 0);
  return {
    name: node.name as string,
    in: where,
    required: where === 'path' ? true : node.required === true,
    identifier: '',
    ...(typeof node.description === 'string' ? { description: node.description } : {}),
    deprecated: node.deprecated === true,
    schema,
    ...(hasExample ? { example } : {}),
    ...jsonTypeOf(refs.document, schema),
    sample: parameterSample(refs, node.name as string, example, schema),
    pointer: schemaPointer,
    style,
    explode: typeof node.explode === 'boolean' ? node.explode : style === 'form',
    allowReserved: node.allowReserved === true,
    location: lazyLocation(refs.origins, pointer),
  };
}

/**
 * What to show for a parameter (README usage): its example, else its schema's example, default or
 * first enum member, else `1` / `true` by type, else a name-derived string (`myConnection`).
 */
function parameterSample(refs: DocumentRefs, name: string, example: unknown, schema: JsonSchema): unknown {
  if (example !== undefined) return example;
  const node = refs.resolveSchema(schema);
  if (node) {
    if (Array.isArray(node.examples) && node.examples.length) return node.examples[0];
    if (node.example !== undefined) return node.example;
    if (node.default !== undefined) return node.default;
    if (Array.isArray(node.enum) && node.enum.length) return node.enum[0];
    if (node.type === 'integer' || node.type === 'number') return 1;
    if (node.type === 'boolean') return true;
  }
  return `my${name.replace(/[^A-Za-z0-9]+/g, '').replace(/Id$/, '')}`;
}

function buildMedia(refs: DocumentRefs, content: unknown, at: string): MediaModel[] {
  if (!isObject(content)) return [];
  return Object.keys(content).map((mediaType): MediaModel => {
    const media = isObject(content[mediaType]) ? (content[mediaType] as Record<string, unknown>) : {};
    const examples = isObject(media.examples)
      ? Object.keys(media.examples).map((name) => {
          const { node } = refs.deref(media.examples && (media.examples as Record<string, unknown>)[name], joinPointer(at, mediaType, 'examples', name));
          const ex = isObject(node) ? node : {};
          return {
            name,
            ...(typeof ex.summary === 'string' ? { summary: ex.summary } : {}),
            ...(typeof ex.description === 'string' ? { description: ex.description } : {}),
            value: ex.value,
          };
        })
      : media.example !== undefined ? [{ name: 'example', value: media.example }] : [];
    const encoding = encodingOf(refs.deref(media.encoding, joinPointer(at, mediaType, 'encoding')).node);
    return {
      mediaType,
      ...(media.schema !== undefined ? { schemaPointer: joinPointer(at, mediaType, 'schema'), schema: media.schema as JsonSchema } : {}),
      examples,
      ...(encoding ? { encoding } : {}),
    };
  });
}

/** The Encoding Object per property, reduced to what changes how a part is sent; own properties only. */
function encodingOf(raw: unknown): Record<string, MediaEncoding> | undefined {
  if (!isObject(raw)) return undefined;
  const out: Record<string, MediaEncoding> = {};
  for (const [name, e] of Object.entries(raw)) {
    if (!isObject(e)) continue;
    const one: MediaEncoding = {
      ...(typeof e.contentType === 'string' ? { contentType: e.contentType } : {}),
      ...(typeof e.style === 'string' ? { style: e.style } : {}),
      ...(typeof e.explode === 'boolean' ? { explode: e.explode } : {}),
      ...(typeof e.allowReserved === 'boolean' ? { allowReserved: e.allowReserved } : {}),
    };
    if (Object.keys(one).length) Object.defineProperty(out, name, { value: one, enumerable: true, writable: true, configurable: true });
  }
  return Object.keys(out).length ? out : undefined;
}

function buildRequestBody(refs: DocumentRefs, raw: unknown, at: string): RequestBodyModel {
  const { node, pointer } = refs.deref(raw, at);
  const contents = buildMedia(refs, node.content, joinPointer(pointer, 'content'));
  const schema = primaryMedia(contents)?.schema;
  return {
    required: node.required === true,
    ...(typeof node.description === 'string' ? { description: node.description } : {}),
    contents,
    readOnlyProperties: schema === undefined ? [] : readOnlyPropertiesOf(refs.document, schema),
    pointer,
  };
}

function statusRank(status: string): number {
  if (status === 'default') return 1000;
  return Number(status.replace(/X/gi, '0')) + (/X/i.test(status) ? 0.5 : 0);
}

function buildResponses(refs: DocumentRefs, raw: unknown, at: string): ResponseModel[] {
  if (!isObject(raw)) return [];
  const statuses = Object.keys(raw).filter((k) => !k.startsWith('x-')).sort((a, b) => statusRank(a) - statusRank(b));
  return statuses.map((status): ResponseModel => {
    const { node, pointer } = refs.deref(raw[status], joinPointer(at, status));
    const headers: HeaderModel[] = isObject(node.headers)
      ? Object.keys(node.headers).map((name) => {
          const { node: h } = refs.deref((node.headers as Record<string, unknown>)[name], joinPointer(pointer, 'headers', name));
          return {
            name,
            required: h.required === true,
            ...(typeof h.description === 'string' ? { description: h.description } : {}),
            ...(h.schema !== undefined ? { schema: h.schema as JsonSchema } : {}),
          };
        })
      : [];
    return {
      status,
      description: typeof node.description === 'string' ? node.description : '',
      kind: /^[123]/.test(status) ? 'success' : 'error',
      contents: buildMedia(refs, node.content, joinPointer(pointer, 'content')),
      headers,
      pointer,
    };
  });
}

function buildSecurity(raw: unknown): SecurityRequirementModel[][] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObject).map((req) =>
    Object.keys(req).map((scheme) => ({ scheme, scopes: Array.isArray(req[scheme]) ? (req[scheme] as string[]) : [] })),
  );
}
