/**
 * Spec text in the client's new places (security scheme names and their parameters, cookie
 * parameters, request media types and `encoding`, paging properties) stays data: a spec made of
 * code-like text generates a client that type-checks under strict, loads and runs without running
 * any of it, and sends that text as it is.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../../generator/api.ts';
import { tempDir } from '../../helpers/cli.ts';
import { writeSources } from '../../helpers/sources.ts';
import { typecheck } from '../../helpers/typecheck.ts';

const EVIL = [
  "x'); globalThis.__pwned = 1; ('",
  '*/ globalThis.__pwned = 1; /*',
  '`${globalThis.__pwned = 1}`',
  '\u2028"]; globalThis.__pwned = 1; //',
  'a\\',
];

const spec = {
  openapi: '3.1.0',
  info: { title: 'Hostile client', version: '1.0.0' },
  servers: [{ url: 'https://api.example.com' }],
  components: {
    securitySchemes: {
      // Component names are [a-zA-Z0-9._-]+ (the official schema refuses others).
      'key.header': { type: 'apiKey', in: 'header', name: "x-'a'*`b`|c", description: EVIL[3] },
      ['__proto__']: { type: 'apiKey', in: 'query', name: EVIL[2], description: EVIL[1] },
      'cookie-key': { type: 'apiKey', in: 'cookie', name: EVIL[3] },
      '9custom': { type: 'http', scheme: `x${EVIL[4]}` },
      'o.auth': { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://x.example', scopes: { [EVIL[1]!]: EVIL[0] } } } },
    },
  },
  paths: {
    '/things': {
      get: {
        operationId: 'listThings',
        'x-ms-pageable': { nextLinkName: EVIL[0], itemName: EVIL[3] },
        security: [{ 'key.header': [], ['__proto__']: [] }, { 'cookie-key': [] }, { '9custom': [] }, { 'o.auth': [EVIL[1]] }],
        parameters: [
          { name: EVIL[0], in: 'cookie', schema: { type: 'string' } },
          { name: EVIL[4], in: 'header', schema: { type: 'string' } },
        ],
        responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { [EVIL[3]!]: { type: 'array', items: { type: 'string' } }, [EVIL[0]!]: { type: 'string' } } } } } } },
      },
      post: {
        operationId: 'sendThing',
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { type: 'object' } },
            'application/x-www-form-urlencoded': {
              schema: { type: 'object', properties: { [EVIL[0]!]: { type: 'object' } } },
              encoding: { [EVIL[0]!]: { style: 'deepObject', explode: true, contentType: EVIL[1] }, ['__proto__']: { style: 'form' } },
            },
            [`text/plain; x="${EVIL[0]}"`]: { schema: { type: 'string' } },
          },
        },
        responses: { 204: { description: 'ok' } },
      },
    },
  },
};

let out: string;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let api: any;
beforeAll(async () => {
  out = await tempDir('specgen-client-hostile-');
  await writeFile(path.join(out, 'spec.json'), JSON.stringify(spec));
  await generate({ spec: path.join(out, 'spec.json'), out: path.join(out, 'pkg') });
  api = await import(pathToFileURL(path.join(out, 'pkg/dist/client.js')).href);
}, 120_000);

describe('hostile text in the client', () => {
  it('type-checks under strict (the sources, and the declarations shipped) and runs nothing on load', async () => {
    const sources = await writeSources({ spec: path.join(out, 'spec.json') }, path.join(out, 'sources'));
    expect(typecheck([path.join(sources, 'src/client.ts'), path.join(out, 'pkg/dist/client.d.ts')])).toEqual([]);
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  }, 60_000);

  it('sends the text as data', async () => {
    const seen: { url: string; headers: Headers; body: unknown }[] = [];
    const client = api.createClient({
      auth: { 'key.header': () => 'k1', ['__proto__']: () => 'k2' },
      fetch: async (url: string, init: RequestInit) => {
        seen.push({ url, headers: new Headers(init.headers), body: init.body });
        return new Response(JSON.stringify({ [EVIL[3]!]: ['a'] }), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const items: string[] = [];
    for await (const x of client.listThings.all({})) items.push(x);
    expect(items).toEqual(['a']);
    expect(seen[0]!.headers.get("x-'a'*`b`|c")).toBe('k1');
    expect(new URL(seen[0]!.url).searchParams.get(EVIL[2]!)).toBe('k2');
    await client.sendThing({ contentType: 'application/x-www-form-urlencoded', body: { [EVIL[0]!]: { a: 1 } } });
    expect(String(seen[1]!.body)).toBe(`${encodeURIComponent(EVIL[0]!).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}=${encodeURIComponent('{"a":1}')}`);
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});
