/**
 * One exported function per operation: `getConnection(args, options?)`. Paged operations are wrapped
 * by `pageable` (adding `.pages()` / `.all()`), long-running ones answer a LongRunningOperation, and
 * idempotent creates carry their recovery; each wrapper is imported only when an operation needs it.
 */
import type { CodeBlockWriter, WriterFunction } from 'ts-morph';
import { Code, id, join, key, member, str, trusted, ts, value } from '../../code/code.ts';
import { docText } from '../../code/text.ts';
import type { ApiModel, MediaEncoding, OperationModel, PageNext, ParameterModel, ProfileName } from '../../model/types.ts';
import { paramSpec } from '../param-spec.ts';
import type { ParamSpec } from '../../../templates/runtime/params.ts';
import { argsOptional, bodyShape, isJson, resultAliases, resultType, sentParameters, writeArgsType } from './signature.ts';

export interface OperationContext {
  model: ApiModel;
  /** Routing table name of operations with their own servers. */
  routes: Map<OperationModel, string>;
  /** Runtime helpers and type aliases used, for the imports. */
  runtime: Set<string>;
  aliases: Set<string>;
}

const byId = (model: ApiModel, operationId: string) => model.operations.find((o) => o.operationId === operationId);

/**
 * What each conventions profile (`x-specgen-profile`, docs/profiles.md) asks of the client, as data
 * in the descriptors. A spec without a profile gets none of it.
 */
const PROFILE_CONVENTIONS: Record<ProfileName, { requestId?: string }> = {
  /** Graph: every call carries a fresh `client-request-id` (the service echoes it, for support). */
  graph: { requestId: 'client-request-id' },
};

/** The security schemes table of the client (`$security`): the schemes the client knows how to send. */
export const SECURITY_TABLE = '$security';
const SCHEME_TYPES = new Set(['apiKey', 'http', 'oauth2', 'openIdConnect', 'mutualTLS']);

/** Schemes of the spec the client can name (known type; apiKey with a place and a name). */
export function clientSchemes(model: ApiModel): ApiModel['securitySchemes'] {
  return model.securitySchemes.filter((s) => SCHEME_TYPES.has(s.type) && (s.type !== 'apiKey' || (s.in && s.paramName !== undefined)) &&
    (s.type !== 'http' || s.scheme));
}

/**
 * The operation's security alternatives as scheme names, deduplicated (scopes don't change what is
 * sent), in spec order; `[]` is the optional `{}`. Alternatives naming a scheme the spec doesn't
 * define are left out. A spec that defines schemes but applies none anywhere gets each scheme alone,
 * or none: credentials given in `auth` are sent, and nothing else is required.
 */
export function securityAlternatives(model: ApiModel, op: OperationModel): string[][] {
  const known = new Set(clientSchemes(model).map((s) => s.name));
  const applied = model.operations.some((o) => o.security.length);
  const raw = applied ? op.security.map((a) => a.map((r) => r.scheme)) : [...[...known].map((n) => [n]), []];
  const out = new Map<string, string[]>();
  for (const names of raw) {
    const unique = [...new Set(names)];
    if (unique.every((n) => known.has(n))) out.set(JSON.stringify(unique), unique);
  }
  return [...out.values()];
}

/** `[[$security.api_key], [$security.basic, $security.bearer]]`; undefined for a spec without schemes. */
function securityCode(model: ApiModel, op: OperationModel): Code | undefined {
  if (!clientSchemes(model).length) return undefined;
  const table = id(SECURITY_TABLE);
  return ts`[${join(securityAlternatives(model, op).map((a) => ts`[${join(a.map((n) => ts`${table}${member(n)}`))}]`))}]`;
}

const DEFAULT_STYLE = { path: 'simple', query: 'form', header: 'simple', cookie: 'form' } as const;

/** The parameter codec's description of `p` (the mock's, so both ends read one), without its defaults. */
function wireSpec(model: ApiModel, p: ParameterModel): ParamSpec {
  const { style, explode, properties: _, ...rest } = paramSpec(model.document, p);
  const s = style ?? DEFAULT_STYLE[p.in];
  return {
    name: rest.name,
    in: rest.in,
    ...(s !== DEFAULT_STYLE[p.in] ? { style: s } : {}),
    ...(explode !== undefined && explode !== (s === 'form') ? { explode } : {}),
    ...(rest.allowReserved ? { allowReserved: true } : {}),
    type: rest.type,
    ...(rest.items && rest.items !== 'string' ? { items: rest.items } : {}),
  };
}

/** Per form/multipart media type, the `encoding` the spec declares for its properties (the model's MediaEncoding). */
function encodings(op: OperationModel): Record<string, Record<string, MediaEncoding>> | undefined {
  const out: Record<string, Record<string, MediaEncoding>> = {};
  for (const m of op.requestBody?.contents ?? []) {
    if (!m.encoding || !/^(?:application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(m.mediaType)) continue;
    Object.defineProperty(out, m.mediaType, { value: m.encoding, enumerable: true, writable: true, configurable: true });
  }
  return Object.keys(out).length ? out : undefined;
}

/** The Accept header when the 2xx answers are not (only) JSON: their media types, JSON first. */
function acceptOf(op: OperationModel): string | undefined {
  const types = [...new Set(op.responses.filter((r) => r.kind === 'success').flatMap((r) => r.contents.map((c) => c.mediaType)))];
  if (!types.length || types.every((t) => /^application\/json$/i.test(t))) return undefined;
  const json = types.filter((t) => /[/+]json\b/i.test(t));
  return [...json, ...types.filter((t) => !json.includes(t))].join(', ');
}

/** Writes one line of code: only `Code` is accepted, never a raw string. */
function line(w: CodeBlockWriter, code: Code): void {
  w.writeLine(code.toString());
}

/** The `send(...)` descriptor of one call. */
function writeCall(w: CodeBlockWriter, op: OperationModel, ctx: OperationContext): void {
  const params = sentParameters(op);
  const body = bodyShape(op);
  line(w, ts`op: ${op.name},`);
  line(w, ts`type: ${op.typeName},`);
  line(w, ts`method: ${op.method.toUpperCase()},`);
  line(w, ts`path: ${op.path},`);
  if (params.length) {
    w.writeLine('params: [');
    w.indent(() => params.forEach((p) => line(w, ts`[${value(wireSpec(ctx.model, p), 0)}, args.${id(p.identifier)}],`)));
    w.writeLine('],');
  }
  if (body) {
    line(w, trusted('body: args.body,'));
    const first = body.variants[0]!.mediaType;
    if (body.selector) line(w, ts`media: args.${id(body.selector)} ?? ${first},`);
    else if (first !== 'application/json') line(w, ts`media: ${first},`);
    const encoding = encodings(op);
    if (encoding) line(w, ts`encoding: ${value(encoding, 0)},`);
    if (body.variants.some((v) => !isJson(v.mediaType))) line(w, trusted('encode: encodeBody,'));
  }
  const accept = acceptOf(op);
  if (accept) line(w, ts`accept: ${accept},`);
  const requestId = ctx.model.profile && PROFILE_CONVENTIONS[ctx.model.profile].requestId;
  if (requestId) line(w, ts`requestId: ${requestId},`);
  const security = securityCode(ctx.model, op);
  if (security) line(w, ts`security: ${security},`);
  if (op.retrySafe) line(w, trusted('retry: true,'));
  const routes = ctx.routes.get(op);
  if (routes) line(w, ts`base: ${id(routes)},`);
  const ic = op.idempotentCreate;
  const read = ic && byId(ctx.model, ic.readOperationId);
  if (ic && read) {
    const readArgs = read.parameters.filter((p) => p.in === 'path').map((p) => {
      const same = op.parameters.find((x) => x.in === 'path' && x.name === p.name);
      if (same) return ts`${key(p.identifier)}: args.${id(same.identifier)}`;
      return ts`${key(p.identifier)}: prop(args.body, ${ic.idProperty})`;
    });
    line(w, ts`recover: recoverCreate(${ic.conflictStatus}, args.body, [${join(ic.match.map(str))}], (o) => ${id(read.name)}({ ${join(readArgs)} }, o)),`);
  }
  const lro = op.longRunning;
  if (lro) {
    const status = lro.statusOperationId ? byId(ctx.model, lro.statusOperationId) : undefined;
    const pollSecurity = securityCode(ctx.model, status ?? op);
    const fields = [
      ts`op: ${op.name}`,
      ts`statusOp: ${status?.name ?? op.name}`,
      ts`statusType: ${status?.typeName ?? op.typeName}`,
      ts`header: ${lro.locationHeader}`,
      ts`status: ${lro.statusProperty}`,
      ts`succeeded: [${join(lro.succeeded.map(str))}]`,
      ts`failed: [${join(lro.failed.map(str))}]`,
      ...(lro.errorProperty ? [ts`error: ${lro.errorProperty}`] : []),
      ...(pollSecurity ? [ts`security: ${pollSecurity}`] : []),
      ...(requestId ? [ts`requestId: ${requestId}`] : []),
    ];
    line(w, ts`done: longRunning<${trusted(lroTypeArgs(op, ctx))}>(defaults, { ${join(fields)} }),`);
  }
}

/** What a long-running operation's `wait()` resolves to: the status operation's result. */
function lroResult(op: OperationModel, ctx: OperationContext): string {
  const status = op.longRunning?.statusOperationId ? byId(ctx.model, op.longRunning.statusOperationId) : undefined;
  if (!status) return 'unknown';
  for (const a of resultAliases(status)) ctx.aliases.add(a);
  const t = resultType(status);
  return t === 'void' ? 'unknown' : t;
}

/**
 * What OperationFailedError's `error` holds for a long-running operation: the status resource's
 * `errorProperty` without null (`FailureOf`), or `unknown` when the spec names none.
 */
export function lroFailure(op: OperationModel, ctx: OperationContext): string {
  const error = op.longRunning?.errorProperty;
  if (error === undefined) return 'unknown';
  ctx.runtime.add('type FailureOf');
  return ts`FailureOf<${trusted(lroResult(op, ctx))}, ${error}>`.toString();
}

/**
 * The type arguments of LongRunningOperation / longRunning: the result, and the failure unless it is
 * the default (`FailureOf<Result, 'error'>`, the common `errorProperty`).
 */
function lroTypeArgs(op: OperationModel, ctx: OperationContext): string {
  const result = lroResult(op, ctx);
  return op.longRunning?.errorProperty === 'error' ? result : `${result}, ${lroFailure(op, ctx)}`;
}

function returnType(op: OperationModel, ctx: OperationContext): string {
  if (op.longRunning) {
    ctx.runtime.add('type LongRunningOperation');
    return `LongRunningOperation<${lroTypeArgs(op, ctx)}>`;
  }
  for (const a of resultAliases(op)) ctx.aliases.add(a);
  return resultType(op);
}

function docs(op: OperationModel, ctx: OperationContext): string {
  const parts: string[] = [];
  if (op.summary) parts.push(docText(op.summary));
  if (op.description) parts.push(docText(op.description));
  parts.push(`\`${op.method.toUpperCase()} ${docText(op.path)}\``);
  if (op.pagination && pagingArgs(op)) {
    const items = op.pagination.itemsProperty ? `each item of \`${docText(op.pagination.itemsProperty)}\`` : 'each item of the body (an array)';
    parts.push(`Paged: \`${op.name}.pages(args)\` yields each page and \`${op.name}.all(args)\` ${items}, ${pagingStyle(op.pagination.next)}, ` +
      'with the same arguments and options.');
  }
  const alternatives = securityAlternatives(ctx.model, op);
  if (clientSchemes(ctx.model).length && alternatives.length) {
    const names = alternatives.filter((a) => a.length).map((a) => a.map((n) => `\`${docText(n)}\``).join(' and '));
    const none = alternatives.some((a) => !a.length);
    parts.push(`Credentials (\`auth\`): ${names.length ? `${names.join(' or ')}${none ? ', or none' : ''}` : 'none'}.`);
  }
  const lro = op.longRunning;
  if (lro) {
    const status = lro.statusOperationId ? byId(ctx.model, lro.statusOperationId)?.name : undefined;
    parts.push(`Long-running (\`x-specgen-long-running\`): resolves to a handle whose \`wait({ signal, timeoutMs, maxPolls, intervalMs, authRetryMs })\` polls ` +
      `the \`${docText(lro.locationHeader)}\` URL${status ? ` (as ${status})` : ''} until \`${docText(lro.statusProperty)}\` is ` +
      `${lro.succeeded.map((s) => `\`${docText(s)}\``).join(' or ')} (resolves) or ${lro.failed.map((s) => `\`${docText(s)}\``).join(' or ')} ` +
      `(throws OperationFailedError${lro.errorProperty ? ` with \`${docText(lro.errorProperty)}\`, typed: \`isOperationFailed(e)\`` : ''}); ` +
      'at most `maxPolls` polls (default 120) within `timeoutMs` (default 30 min), else OperationTimeoutError; pauses honour `Retry-After`; ' +
      'a 401/403 poll is retried for `authRetryMs` (default 60 s).');
  }
  const ic = op.idempotentCreate;
  if (ic) {
    parts.push(`Idempotent create (\`x-specgen-idempotent-create\`): retried after 503/504 or a network failure, it may have been ` +
      `applied already; if a retry then answers ${ic.conflictStatus}, the client reads the resource with ${docText(ic.readOperationId)} ` +
      `(by \`${docText(ic.idProperty)}\`) and returns it when ${ic.match.map((m) => `\`${docText(m)}\``).join(', ')} equal what was sent; ` +
      'otherwise the conflict is thrown.');
  }
  if (op.retrySafe && op.method === 'post' && !ic) parts.push('Retried on 429/503/504 (declared safe by `x-specgen-retry-safe`).');
  if (ctx.routes.has(op)) parts.push('Sent to the operation\'s own servers: the root of the same kind as the configured `baseUrl` (see `servers`).');
  if (op.deprecated) parts.push('@deprecated');
  return parts.join('\n\n');
}

/** How the next page is reached, in words (`.pages()` docs). */
function pagingStyle(next: PageNext): string {
  const path = (p: string[]) => `\`${docText(p.join('.'))}\``;
  switch (next.kind) {
    case 'link': return `following the next page's URL in ${path(next.property)} (absolute or relative to the request)`;
    case 'link-header': return 'following the `Link: <url>; rel="next"` response header';
    case 'cursor': return `sending ${path(next.property)} back as \`${docText(next.param)}\` until it is absent`;
    case 'after': return `while ${path(next.hasMore)} is true, sending the last item's \`${docText(next.idProperty)}\` as \`${docText(next.param)}\``;
    case 'offset': return `advancing \`${docText(next.param)}\` by the items received until an empty page or one shorter than the first`;
    case 'page': return `counting \`${docText(next.param)}\` up from ${next.first} until an empty page or one shorter than the first`;
  }
}

/** Writes a JSDoc block. */
export function writeDocs(w: CodeBlockWriter, text: string): void {
  w.writeLine('/**');
  // Sanitised again as a whole: the one pass that sees the final text.
  for (const line of docText(text).split('\n')) w.writeLine(line ? ` * ${line}` : ' *');
  w.writeLine(' */');
}

/** Runtime helpers one operation uses (collected before any writer runs, for the imports). */
function collectRuntime(op: OperationModel, ctx: OperationContext): void {
  ctx.runtime.add('send');
  ctx.runtime.add('type RequestOptions');
  if (pagingArgs(op)) {
    ctx.runtime.add('pageable');
    ctx.runtime.add('type Paged');
  }
  if (ctx.routes.has(op)) ctx.runtime.add('route');
  if (op.longRunning) ctx.runtime.add('longRunning');
  if (bodyShape(op)?.variants.some((v) => !isJson(v.mediaType))) ctx.runtime.add('encodeBody');
  const ic = op.idempotentCreate;
  const read = ic && byId(ctx.model, ic.readOperationId);
  if (ic && read) {
    ctx.runtime.add('recoverCreate');
    if (read.parameters.some((p) => p.in === 'path' && !op.parameters.some((x) => x.in === 'path' && x.name === p.name))) ctx.runtime.add('prop');
  }
}

/**
 * The arguments paging sets, by query parameter name (`{ cursor: 'cursor' }`); undefined when the
 * operation does not page, or pages by a parameter it doesn't have.
 */
function pagingArgs(op: OperationModel): Record<string, string> | undefined {
  const next = op.pagination?.next;
  if (!next) return undefined;
  if (next.kind === 'link' || next.kind === 'link-header') return {};
  const p = op.parameters.find((x) => x.in === 'query' && x.name === next.param);
  if (!p) return undefined;
  const out: Record<string, string> = {};
  Object.defineProperty(out, p.name, { value: p.identifier, enumerable: true, writable: true, configurable: true });
  return out;
}

/** The statement of one operation: an async function, or for paged operations a `pageable(...)` const. */
export function operationStatement(op: OperationModel, ctx: OperationContext): WriterFunction {
  collectRuntime(op, ctx);
  const optional = argsOptional(op);
  const result = returnType(op, ctx);
  const description = docs(op, ctx);
  const signature = (w: CodeBlockWriter) => {
    w.write('(args: ');
    writeArgsType(w, op);
    w.write(ts`${trusted(optional ? ' = {}' : '')}, options?: RequestOptions): Promise<${trusted(result)}> `.toString());
  };
  const body = (w: CodeBlockWriter) => {
    w.write('return send(defaults, options, ').inlineBlock(() => writeCall(w, op, ctx)).write(');');
  };
  return (w) => {
    w.blankLineIfLastNot();
    const paged = op.pagination && pagingArgs(op);
    if (!op.pagination || !paged) {
      writeDocs(w, description);
      w.write(ts`export async function ${id(op.name)}`.toString());
      signature(w);
      w.inlineBlock(() => body(w)).newLine();
      return;
    }
    const paging = [
      ts`items: ${op.pagination.itemsProperty}`,
      ts`next: ${value(op.pagination.next, 0)}`,
      ts`args: ${value(paged, 0)}`,
    ];
    // The first page as a named function, so the export's type can be written out (isolated declarations).
    const first = id(`${op.name}$firstPage`);
    const name = id(op.name);
    w.write(ts`async function ${first}`.toString());
    signature(w);
    w.inlineBlock(() => body(w)).newLine();
    w.blankLine();
    writeDocs(w, description);
    const type = ts`Paged<Parameters<typeof ${first}>[0], Awaited<ReturnType<typeof ${first}>>, ${op.pagination.itemsProperty}>`;
    line(w, ts`export const ${name}: ${type} = /* @__PURE__ */ pageable(${first}, { ${join(paging)} });`);
  };
}
