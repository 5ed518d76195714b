/**
 * Security: the client's table of the spec's security schemes (`$security`, referred to by every
 * operation's alternatives) and the `auth` member of its `ClientOptions`, typed per scheme: a string
 * (API key, token, raw value) or `{ username, password }` for HTTP basic.
 */
import type { CodeBlockWriter, WriterFunction } from 'ts-morph';
import { Code, id, join, key, trusted, ts } from '../../code/code.ts';
import { docText } from '../../code/text.ts';
import type { ApiModel, SecuritySchemeModel } from '../../model/types.ts';
import { clientSchemes, SECURITY_TABLE, writeDocs } from './operation-function.ts';
import { writeDoc } from './signature.ts';

const code = (s: SecuritySchemeModel): Code => {
  const fields = [ts`key: ${s.name}`, ts`type: ${s.type}`];
  if (s.type === 'apiKey') fields.push(ts`in: ${s.in!}`, ts`name: ${s.paramName!}`);
  if (s.type === 'http') fields.push(ts`scheme: ${s.scheme!}`);
  return ts`{ ${join(fields)} }`;
};

/** `const $security = { name: { key, type, ... }, ... } as const;`, when the spec has schemes. */
export function securityStatement(model: ApiModel): WriterFunction[] {
  const schemes = clientSchemes(model);
  if (!schemes.length) return [];
  return [(w) => {
    w.blankLineIfLastNot();
    writeDocs(w, 'The spec\'s security schemes, as the client sends them; operations list the alternatives they accept (see `auth` in ClientOptions).');
    w.writeLine(ts`const ${id(SECURITY_TABLE)} = {`.toString());
    w.indent(() => schemes.forEach((s) => w.writeLine(ts`${key(s.name)}: ${code(s)},`.toString())));
    w.writeLine('} as const;');
  }];
}

const flows = (s: SecuritySchemeModel) => Object.keys(s.flows ?? {}).map((f) => `\`${docText(f)}\``).join(', ');

/** What one scheme's `auth` callback returns and how it is sent, in words. */
function how(s: SecuritySchemeModel): string {
  const token = 'sent as `Authorization: Bearer <token>`; without this entry, `getAccessToken`\'s token';
  switch (s.type) {
    case 'apiKey': {
      const where = s.in === 'query' ? 'query parameter' : s.in === 'cookie' ? 'cookie (Node; browsers forbid setting cookies)' : 'header';
      return `API key, sent in ${where} \`${docText(s.paramName ?? '')}\`.`;
    }
    case 'http':
      if (s.scheme === 'basic') return 'HTTP basic: `{ username, password }`, sent as `Authorization: Basic <base64>`.';
      if (s.scheme === 'bearer') return `HTTP bearer token${s.bearerFormat ? ` (${docText(s.bearerFormat)})` : ''}, ${token}.`;
      return `HTTP \`${docText(s.scheme ?? '')}\`: the credentials, sent as \`Authorization: ${docText(s.scheme ?? '')} <value>\`.`;
    case 'oauth2':
      return `OAuth 2.0 access token${flows(s) ? ` (flows: ${flows(s)})` : ''}, ${token}.`;
    case 'openIdConnect':
      return `OpenID Connect access token, ${token}.`;
    default:
      return 'Mutual TLS: nothing the client sends (never set it); give a `fetch` whose connections present the client certificate.';
  }
}

function credentialType(s: SecuritySchemeModel, runtime: Set<string>): Code {
  if (s.type === 'mutualTLS') return trusted('never');
  runtime.add('type CredentialSource');
  if (s.type === 'http' && s.scheme === 'basic') {
    runtime.add('type BasicCredentials');
    return trusted('CredentialSource<BasicCredentials>');
  }
  return trusted('CredentialSource<string>');
}

/**
 * The type of `ClientOptions.auth` for this spec (`{ api_key?: CredentialSource<string>; ... }`),
 * adding the runtime types it names to `runtime`; undefined for a spec without security schemes.
 */
export function authType(model: ApiModel, runtime: Set<string>): ((w: CodeBlockWriter) => void) | undefined {
  const schemes = clientSchemes(model);
  if (!schemes.length) return undefined;
  const members = schemes.map((s) => ({ s, type: credentialType(s, runtime) }));
  return (w) => {
    w.inlineBlock(() => {
      for (const { s, type } of members) {
        writeDoc(w, [s.description ? docText(s.description) : '', how(s)].filter(Boolean).join('\n\n'));
        w.writeLine(ts`${key(s.name)}?: ${type};`.toString());
      }
    });
  };
}
