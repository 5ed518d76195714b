/**
 * One exported function per operation: `getConnection(args, options?)`. Paged operations are wrapped
 * by `pageable` (adding `.pages()` / `.all()`), long-running ones answer a LongRunningOperation, and
 * idempotent creates carry their recovery; each wrapper is imported only when an operation needs it.
 */
import type { CodeBlockWriter, WriterFunction } from 'ts-morph';
import { docText, propertyKey, stringLiteral } from '../../code/text.ts';
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
function pathExpression(op: OperationModel, ctx: OperationContext): string {
  const parts: string[] = [];
  let rest = op.path;
  for (const m of op.path.matchAll(/\{([^}]+)\}/g)) {
    const [before] = rest.split(m[0], 1);
    if (before) parts.push(stringLiteral(before));
    rest = rest.slice((before ?? '').length + m[0].length);
    const p = op.parameters.find((x) => x.in === 'path' && x.name === m[1])!;
    parts.push(`enc(args.${p.identifier})`);
  }
  if (rest || !parts.length) parts.push(stringLiteral(rest));
  return parts.join(' + ');
}

function writeRecord(w: CodeBlockWriter, name: string, entries: [string, string][]): void {
  if (!entries.length) return;
  w.writeLine(`${name}: { ${entries.map(([k, v]) => `${propertyKey(k)}: ${v}`).join(', ')} },`);
}

/** The `send(...)` descriptor of one call. */
function writeCall(w: CodeBlockWriter, op: OperationModel, ctx: OperationContext): void {
  const params = sentParameters(op);
  const body = bodyShape(op);
  w.writeLine(`op: ${stringLiteral(op.name)},`);
  w.writeLine(`type: ${stringLiteral(op.typeName)},`);
  w.writeLine(`method: ${stringLiteral(op.method.toUpperCase())},`);
  w.writeLine(`path: ${pathExpression(op, ctx)},`);
  const query = params.filter((p) => p.in === 'query');
  const deepObjects = query.filter((p) => p.style === 'deepObject');
  const plain = query.filter((p) => p.style !== 'deepObject').map((p) => `${propertyKey(p.name)}: args.${p.identifier}`);
  const spread = deepObjects.map((p) => `...deep(${stringLiteral(p.name)}, args.${p.identifier})`);
  if (query.length) w.writeLine(`query: { ${[...plain, ...spread].join(', ')} },`);
  writeRecord(w, 'styles', query.flatMap((p): [string, string][] => {
    const s = queryStyle(p.style, p.explode);
    return s ? [[p.name, stringLiteral(s)]] : [];
  }));
  writeRecord(w, 'headers', params.filter((p) => p.in === 'header').map((p) => [p.name, `args.${p.identifier}`]));
  if (body) w.writeLine('body: args.body,');
  if (body?.raw) w.writeLine(`raw: ${/^multipart\//i.test(body.raw) ? 'true' : stringLiteral(body.raw)},`);
  if (op.retrySafe) w.writeLine('retry: true,');
  const routes = ctx.routes.get(op);
  if (routes) w.writeLine(`base: ${routes},`);
  const ic = op.idempotentCreate;
  const read = ic && byId(ctx.model, ic.readOperationId);
  if (ic && read) {
    const readArgs = read.parameters.filter((p) => p.in === 'path').map((p) => {
      const same = op.parameters.find((x) => x.in === 'path' && x.name === p.name);
      if (same) return `${propertyKey(p.identifier)}: args.${same.identifier}`;
      return `${propertyKey(p.identifier)}: prop(args.body, ${stringLiteral(ic.idProperty)})`;
    });
    w.writeLine(`recover: recoverCreate(${ic.conflictStatus}, args.body, [${ic.match.map(stringLiteral).join(', ')}], ` +
      `(o) => ${read.name}({ ${readArgs.join(', ')} }, o)),`);
  }
  const lro = op.longRunning;
  if (lro) {
    const status = lro.statusOperationId ? byId(ctx.model, lro.statusOperationId) : undefined;
    const fields = [
      `op: ${stringLiteral(op.name)}`,
      `statusOp: ${stringLiteral(status?.name ?? op.name)}`,
      `statusType: ${stringLiteral(status?.typeName ?? op.typeName)}`,
      `header: ${stringLiteral(lro.locationHeader)}`,
      `status: ${stringLiteral(lro.statusProperty)}`,
      `succeeded: [${lro.succeeded.map(stringLiteral).join(', ')}]`,
      `failed: [${lro.failed.map(stringLiteral).join(', ')}]`,
      ...(lro.errorProperty ? [`error: ${stringLiteral(lro.errorProperty)}`] : []),
    ];
    w.writeLine(`done: longRunning<${lroResult(op, ctx)}>(defaults, { ${fields.join(', ')} }),`);
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
  for (const line of text.split('\n')) w.writeLine(line ? ` * ${line}` : ' *');
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
    w.write(`${optional ? ' = {}' : ''}, options?: RequestOptions): Promise<${result}> `);
  };
  const body = (w: CodeBlockWriter) => {
    w.write('return send(defaults, options, ').inlineBlock(() => writeCall(w, op, ctx)).write(');');
  };
  return (w) => {
    w.blankLineIfLastNot();
    if (!op.pagination) {
      writeDocs(w, description);
      w.write(`export async function ${op.name}`);
      signature(w);
      w.inlineBlock(() => body(w)).newLine();
      return;
    }
    const paging = [
      `op: ${stringLiteral(op.name)}`,
      `type: ${stringLiteral(op.typeName)}`,
      `items: ${stringLiteral(op.pagination.itemsProperty)}`,
      `next: ${stringLiteral(op.pagination.nextLinkProperty)}`,
    ];
    // The first page as a named function, so the export's type can be written out (isolated declarations).
    const first = `${op.name}$firstPage`;
    w.write(`async function ${first}`);
    signature(w);
    w.inlineBlock(() => body(w)).newLine();
    w.blankLine();
    writeDocs(w, description);
    w.write(`export const ${op.name}: Paged<Parameters<typeof ${first}>[0], Awaited<ReturnType<typeof ${first}>>, ${stringLiteral(op.pagination.itemsProperty)}>`)
      .write(` = /* @__PURE__ */ pageable(defaults, ${first}, { ${paging.join(', ')} });`).newLine();
  };
}
