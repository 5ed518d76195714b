import { key, member, str, ts } from '../../code/code.ts';
import { propertyKey, stringLiteral } from '../../code/text.ts';
import { words } from '../../model/names.ts';
import { isObject } from '../../model/resolve.ts';
import type { ApiModel, OperationModel } from '../../model/types.ts';
import { clientSchemes } from '../client/operation-function.ts';

/** One usage snippet per operation for the package README: spec text enters only as JSON literals. */
export interface OperationExample {
  name: string;
  method: string;
  path: string;
  summary: string;
  code: string;
}

/**
 * The README snippet of `op`, from the model alone (parameter values are `ParameterModel.sample`).
 * `_document` is not read: it is accepted for callers written before the model carried the samples.
 */
export function operationExample(op: OperationModel, _document?: unknown): OperationExample {
  const args: string[] = [];
  for (const p of op.parameters.filter((p) => p.required || p.in === 'path')) args.push(`${propertyKey(p.identifier)}: ${literal(p.sample, 2)}`);
  const body = op.requestBody?.contents.find((c) => c.examples.length > 0 || c.schema !== undefined);
  if (body) args.push(`body: ${literal(body.examples[0]?.value ?? {}, 2)}`);
  const call = `client.${op.name}({${args.length ? ` ${args.join(', ')} ` : ''}})`;
  const success = op.responses.find((r) => r.kind === 'success');
  const hasBody = !!success?.contents.length;
  let code: string;
  if (op.pagination) {
    code = `for await (const item of ${call.replace(`client.${op.name}(`, `client.${op.name}.all(`)}) {\n  console.log(item);\n}`;
  } else if (op.longRunning) {
    code = `const operation = await ${call};\nconst done = await operation.wait({ timeoutMs: 15 * 60_000 });\nconsole.log(done${member(op.longRunning.statusProperty)});`;
  } else if (hasBody) {
    code = `const result = await ${call};\nconsole.log(result);`;
  } else {
    code = `await ${call};`;
  }
  return { name: op.name, method: op.method.toUpperCase(), path: op.path, summary: op.summary ?? op.operationId, code };
}

/** A JSON value as a TS literal, single-quoted strings, indented for a README. */
function literal(value: unknown, indent: number): string {
  const text = render(value, '');
  return text.replace(/\n/g, `\n${' '.repeat(indent - 2)}`);
}

function render(value: unknown, pad: string): string {
  if (typeof value === 'string') return stringLiteral(value);
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map((v) => render(v, pad)).join(', ')}]`;
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const inner = `${pad}  `;
    return `{\n${entries.map(([k, v]) => `${inner}${propertyKey(k)}: ${render(v, inner)},`).join('\n')}\n${pad}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The `auth` lines of the README's quick start (`createClient({ ... })`), one callback per security
 * scheme the client sends, reading an environment variable; undefined when `getAccessToken` alone
 * covers the spec (no schemes, or only bearer-like ones: HTTP bearer, OAuth 2, OpenID Connect).
 */
export function authExample(model: ApiModel): string | undefined {
  const schemes = clientSchemes(model).filter((s) => s.type !== 'mutualTLS');
  const bearerLike = (s: (typeof schemes)[number]) => s.type === 'oauth2' || s.type === 'openIdConnect' || (s.type === 'http' && s.scheme === 'bearer');
  if (schemes.every(bearerLike)) return undefined;
  const env = (name: string, suffix: string) => {
    const parts = words(name).map((w) => w.toUpperCase());
    if (parts[parts.length - 1] !== suffix) parts.push(suffix);
    return ts`process.env${member(parts.join('_'))}`;
  };
  const lines = schemes.map((s) => {
    if (s.type === 'http' && s.scheme === 'basic') {
      return ts`    ${key(s.name)}: async () => ({ username: ${env(s.name, 'USER')} ?? ${str('')}, password: ${env(s.name, 'PASSWORD')} ?? ${str('')} }),`;
    }
    return ts`    ${key(s.name)}: async () => ${env(s.name, s.type === 'apiKey' ? 'KEY' : 'TOKEN')},`;
  });
  return ['  auth: { // called per request, never logged; sent to the API\'s origin only', ...lines.map(String), '  },'].join('\n');
}
