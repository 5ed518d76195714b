/**
 * One exported function per operation: `getConnection(args, options?)`. Paged operations are wrapped
 * by `pageable` (adding `.pages()` / `.all()`), long-running ones answer a LongRunningOperation, and
 * idempotent creates carry their recovery; each wrapper is imported only when an operation needs it.
 */
import type { CodeBlockWriter, WriterFunction } from 'ts-morph';
import { Code, id, join, key, str, trusted, ts } from '../../code/code.ts';
import { docText } from '../../code/text.ts';
import type { ApiModel, OperationModel } from '../../model/types.ts';
import { argsOptional, bodyShape, resultAliases, resultType, sentParameters, writeArgsType } from './signature.ts';

export interface OperationContext {
  model: ApiModel;
  /** Routing table name of operations with their own servers. */
  routes: Map<OperationModel, string>;
  /** Runtime helpers and type aliases used, for the imports. */
  runtime: Set<string>;
  aliases: Set<string>;
}

const byId = (model: ApiModel, operationId: string) => model.operations.find((o) => o.operationId === operationId);

/** The delimiter joining a non-exploded query value (deepObject is spread by `deep`). */
function queryStyle(style: string, explode: boolean): string | undefined {
  if (explode || style === 'deepObject') return undefined;
  return style === 'spaceDelimited' ? ' ' : style === 'pipeDelimited' ? '|' : ',';
}

/** `'/external/connections/' + enc(args.connectionId)`. */
function pathExpression(op: OperationModel): Code {
  const parts: Code[] = [];
  let rest = op.path;
  for (const m of op.path.matchAll(/\{([^}]+)\}/g)) {
    const [before] = rest.split(m[0], 1);
    if (before) parts.push(str(before));
    rest = rest.slice((before ?? '').length + m[0].length);
    const p = op.parameters.find((x) => x.in === 'path' && x.name === m[1])!;
    parts.push(ts`enc(args.${id(p.identifier)})`);
  }
  if (rest || !parts.length) parts.push(str(rest));
  return join(parts, ' + ');
}

/** Writes one line of code: only `Code` is accepted, never a raw string. */
function line(w: CodeBlockWriter, code: Code): void {
  w.writeLine(code.toString());
}

function writeRecord(w: CodeBlockWriter, name: Code, entries: [string, Code][]): void {
  if (!entries.length) return;
  line(w, ts`${name}: { ${join(entries.map(([k, v]) => ts`${key(k)}: ${v}`))} },`);
}

/** The `send(...)` descriptor of one call. */
function writeCall(w: CodeBlockWriter, op: OperationModel, ctx: OperationContext): void {
  const params = sentParameters(op);
  const body = bodyShape(op);
  line(w, ts`op: ${op.name},`);
  line(w, ts`type: ${op.typeName},`);
  line(w, ts`method: ${op.method.toUpperCase()},`);
  line(w, ts`path: ${pathExpression(op)},`);
  const query = params.filter((p) => p.in === 'query');
  const deepObjects = query.filter((p) => p.style === 'deepObject');
  const plain = query.filter((p) => p.style !== 'deepObject').map((p) => ts`${key(p.name)}: args.${id(p.identifier)}`);
  const spread = deepObjects.map((p) => ts`...deep(${p.name}, args.${id(p.identifier)})`);
  if (query.length) line(w, ts`query: { ${join([...plain, ...spread])} },`);
  writeRecord(w, trusted('styles'), query.flatMap((p): [string, Code][] => {
    const s = queryStyle(p.style, p.explode);
    return s ? [[p.name, str(s)]] : [];
  }));
  writeRecord(w, trusted('headers'), params.filter((p) => p.in === 'header').map((p) => [p.name, ts`args.${id(p.identifier)}`]));
  if (body) line(w, trusted('body: args.body,'));
  if (body?.raw) line(w, ts`raw: ${/^multipart\//i.test(body.raw) ? true : body.raw},`);
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
    const fields = [
      ts`op: ${op.name}`,
      ts`statusOp: ${status?.name ?? op.name}`,
      ts`statusType: ${status?.typeName ?? op.typeName}`,
      ts`header: ${lro.locationHeader}`,
      ts`status: ${lro.statusProperty}`,
      ts`succeeded: [${join(lro.succeeded.map(str))}]`,
      ts`failed: [${join(lro.failed.map(str))}]`,
      ...(lro.errorProperty ? [ts`error: ${lro.errorProperty}`] : []),
    ];
    line(w, ts`done: longRunning<${trusted(lroResult(op, ctx))}>(defaults, { ${join(fields)} }),`);
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

function returnType(op: OperationModel, ctx: OperationContext): string {
  if (op.longRunning) {
    ctx.runtime.add('type LongRunningOperation');
    return `LongRunningOperation<${lroResult(op, ctx)}>`;
  }
  for (const a of resultAliases(op)) ctx.aliases.add(a);
  return resultType(op);
}

function docs(op: OperationModel, ctx: OperationContext): string {
  const parts: string[] = [];
  if (op.summary) parts.push(docText(op.summary));
  if (op.description) parts.push(docText(op.description));
  parts.push(`\`${op.method.toUpperCase()} ${docText(op.path)}\``);
  if (op.pagination) {
    parts.push(`Paged: \`${op.name}.pages(args)\` yields each page and \`${op.name}.all(args)\` each item of \`${docText(op.pagination.itemsProperty)}\`, ` +
      `following \`${docText(op.pagination.nextLinkProperty)}\` (an absolute URL) with the same options.`);
  }
  const lro = op.longRunning;
  if (lro) {
    const status = lro.statusOperationId ? byId(ctx.model, lro.statusOperationId)?.name : undefined;
    parts.push(`Long-running (\`x-specgen-long-running\`): resolves to a handle whose \`wait({ signal, timeoutMs, intervalMs })\` polls ` +
      `the \`${docText(lro.locationHeader)}\` URL${status ? ` (as ${status})` : ''} until \`${docText(lro.statusProperty)}\` is ` +
      `${lro.succeeded.map((s) => `\`${docText(s)}\``).join(' or ')} (resolves) or ${lro.failed.map((s) => `\`${docText(s)}\``).join(' or ')} ` +
      `(throws OperationFailedError${lro.errorProperty ? ` with \`${docText(lro.errorProperty)}\`` : ''}).`);
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
  if (/\{[^}]+\}/.test(op.path)) ctx.runtime.add('enc');
  if (op.pagination) {
    ctx.runtime.add('pageable');
    ctx.runtime.add('type Paged');
  }
  if (op.parameters.some((p) => p.in === 'query' && p.style === 'deepObject')) ctx.runtime.add('deep');
  if (ctx.routes.has(op)) ctx.runtime.add('route');
  if (op.longRunning) ctx.runtime.add('longRunning');
  const ic = op.idempotentCreate;
  const read = ic && byId(ctx.model, ic.readOperationId);
  if (ic && read) {
    ctx.runtime.add('recoverCreate');
    if (read.parameters.some((p) => p.in === 'path' && !op.parameters.some((x) => x.in === 'path' && x.name === p.name))) ctx.runtime.add('prop');
  }
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
    if (!op.pagination) {
      writeDocs(w, description);
      w.write(ts`export async function ${id(op.name)}`.toString());
      signature(w);
      w.inlineBlock(() => body(w)).newLine();
      return;
    }
    const paging = [
      ts`op: ${op.name}`,
      ts`type: ${op.typeName}`,
      ts`items: ${op.pagination.itemsProperty}`,
      ts`next: ${op.pagination.nextLinkProperty}`,
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
    line(w, ts`export const ${name}: ${type} = /* @__PURE__ */ pageable(defaults, ${first}, { ${join(paging)} });`);
  };
}
