/**
 * Security schemes over real HTTP: test/fixtures/specs/client-security.yaml (one operation per scheme
 * kind, alternatives, the optional `{}`) generated into a temp dir; what reaches the server for each,
 * never another origin, never a hook; the generated `auth` option typed per scheme under strict.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePackage, type FixturePackage } from '../../helpers/fixture-package.ts';
import { typecheck } from '../../helpers/typecheck.ts';
import { startServer, type Received, type TestServer } from './server.ts';

let server: TestServer;
let other: TestServer;
let out: string;
let pkg: FixturePackage;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let api: any;

beforeAll(async () => {
  [server, other] = await Promise.all([startServer(), startServer()]);
  pkg = await fixturePackage('client-security');
  out = path.dirname(pkg.dir);
  api = await pkg.load('dist/client.js');
}, 120_000);
afterAll(async () => {
  await Promise.all([server.close(), other.close()]);
});

const KEY = 'key-7f3a';
const TOKEN = 'token-9b2c';
const SECRETS = [KEY, TOKEN, 'pässword', Buffer.from('user:pässword').toString('base64'), 'custom-77'];

const OK = { status: 200, body: { ok: true } };
const ROUTES = ['/v1/header-key', '/v1/query-key', '/v1/cookie-key', '/v1/basic', '/v1/bearer', '/v1/custom', '/v1/oauth', '/v1/oidc',
  '/v1/mtls', '/v1/either', '/v1/optional', '/v1/public'];

/** The credentials part of what arrived. */
const creds = (r: Received) => ({
  authorization: r.headers.authorization,
  key: r.headers['x-api-key'],
  cookie: r.headers.cookie,
  query: r.query.get('api_key') ?? undefined,
});
const none = { authorization: undefined, key: undefined, cookie: undefined, query: undefined };

/** Every credential callback, counting its calls. */
function everything() {
  const calls: Record<string, number> = {};
  const count = <T>(name: string, v: T) => () => ((calls[name] = (calls[name] ?? 0) + 1), v);
  return {
    calls,
    auth: {
      headerKey: count('headerKey', KEY),
      queryKey: count('queryKey', KEY),
      cookieKey: count('cookieKey', KEY),
      basic: count('basic', { username: 'user', password: 'pässword' }),
      bearer: count('bearer', TOKEN),
      custom: count('custom', 'custom-77'),
      oauth: async () => ((calls.oauth = (calls.oauth ?? 0) + 1), TOKEN),
      oidc: count('oidc', TOKEN),
    },
  };
}

async function one(call: (client: any) => Promise<unknown>, options: Record<string, unknown>): Promise<Received> {
  server.reset();
  for (const r of ROUTES) server.on(`GET ${r}`, OK);
  await expect(call(api.createClient({ baseUrl: `${server.origin}/v1`, ...options }))).resolves.toEqual({ ok: true });
  expect(server.received).toHaveLength(1);
  return server.received[0]!;
}

describe('each scheme sends exactly what it says', () => {
  const { auth } = everything();
  it.each([
    ['apiKey in a header', 'withHeaderKey', { ...none, key: KEY }],
    ['apiKey in the query', 'withQueryKey', { ...none, query: KEY }],
    ['apiKey in a cookie', 'withCookieKey', { ...none, cookie: `session=${KEY}` }],
    ['http basic (UTF-8, base64)', 'withBasic', { ...none, authorization: `Basic ${Buffer.from('user:pässword').toString('base64')}` }],
    ['http bearer', 'withBearer', { ...none, authorization: `Bearer ${TOKEN}` }],
    ['another http scheme, as `<Scheme> <value>`', 'withCustom', { ...none, authorization: 'Token custom-77' }],
    ['oauth2, as a bearer token', 'withOauth', { ...none, authorization: `Bearer ${TOKEN}` }],
    ['openIdConnect, as a bearer token', 'withOidc', { ...none, authorization: `Bearer ${TOKEN}` }],
    ['mutualTLS: nothing to send', 'withMutualTls', none],
    ['security: [] sends nothing', 'withNone', none],
  ])('%s', async (_, op, expected) => {
    const r = await one((c) => c[op]({}), { auth });
    expect(creds(r)).toEqual(expected);
  });

  it('a query key is added to the other query parameters; a cookie key joins cookie parameters and the configured cookie', async () => {
    const r = await one((c) => c.withQueryKey({ q: 'a b' }), { auth });
    expect(r.url).toBe(`/v1/query-key?q=a%20b&api_key=${KEY}`);
    const c = await one((cl) => cl.withCookieKey({}), { auth, headers: { cookie: 'theme=dark' } });
    expect(c.headers.cookie).toBe(`theme=dark; session=${KEY}`);
  });

  it('a basic credential given as a string is sent as the raw value', async () => {
    const r = await one((c) => c.withBasic({}), { auth: { basic: () => 'dXNlcjpwdw==' } });
    expect(r.headers.authorization).toBe('Basic dXNlcjpwdw==');
  });
});

describe('getAccessToken', () => {
  it('supplies bearer, oauth2 and openIdConnect schemes that have no auth entry, and nothing else', async () => {
    const getAccessToken = () => 'from-getAccessToken';
    for (const op of ['withBearer', 'withOauth', 'withOidc']) {
      expect((await one((c) => c[op]({}), { getAccessToken })).headers.authorization).toBe('Bearer from-getAccessToken');
    }
    for (const op of ['withHeaderKey', 'withBasic', 'withCustom', 'withNone']) {
      expect(creds(await one((c) => c[op]({}), { getAccessToken }))).toEqual(none);
    }
    // An auth entry wins over getAccessToken, even when it has nothing.
    expect((await one((c) => c.withOauth({}), { getAccessToken, auth: { oauth: () => 'own' } })).headers.authorization).toBe('Bearer own');
    expect((await one((c) => c.withOauth({}), { getAccessToken, auth: { oauth: () => undefined } })).headers.authorization).toBeUndefined();
  });
});

describe('alternatives', () => {
  it('the first alternative whose credentials are all available is sent, and only it', async () => {
    const { auth, calls } = everything();
    expect(creds(await one((c) => c.withAlternatives({}), { auth }))).toEqual({ ...none, key: KEY });
    // The second alternative's callbacks are not even called.
    expect(calls).toEqual({ headerKey: 1 });
    const { headerKey: _, ...rest } = auth;
    expect(creds(await one((c) => c.withAlternatives({}), { auth: rest }))).toEqual({
      ...none, authorization: `Basic ${Buffer.from('user:pässword').toString('base64')}`, query: KEY,
    });
  });

  it('none satisfiable: what is available is sent (the server answers 401)', async () => {
    const r = await one((c) => c.withAlternatives({}), { auth: { basic: () => ({ username: 'u', password: 'p' }), headerKey: () => '' } });
    expect(creds(r)).toEqual({ ...none, authorization: `Basic ${Buffer.from('u:p').toString('base64')}` });
  });

  it('the optional {} sends nothing when nothing is available, and the credential when it is', async () => {
    expect(creds(await one((c) => c.withOptional({}), {}))).toEqual(none);
    expect(creds(await one((c) => c.withOptional({}), { auth: { bearer: () => TOKEN } }))).toEqual({ ...none, authorization: `Bearer ${TOKEN}` });
  });

  it('callbacks are called per request and attempt, async ones included', async () => {
    const { auth, calls } = everything();
    server.reset();
    server.on('GET /v1/oauth', [{ status: 503, headers: { 'retry-after': '0' }, body: { message: 'busy' } }, OK]);
    const client = api.createClient({ baseUrl: `${server.origin}/v1`, auth });
    await client.withOauth({});
    await client.withOauth({});
    expect(calls).toEqual({ oauth: 3 });
    expect(server.received.map((r) => r.headers.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
  });
});

describe('credentials stay with the API', () => {
  it('a next link to another origin gets none; onRequest/onResponse events and errors hold none', async () => {
    server.reset();
    other.reset();
    const { auth, calls } = everything();
    server.on('GET /v1/items', (r) => r.query.get('page') === '2'
      ? { status: 200, body: { items: ['b'], next: `${other.origin}/v1/items?page=3&api_key=${KEY}` } }
      : { status: 200, body: { items: ['a'], next: `/v1/items?page=2&api_key=${KEY}` } });
    other.on('GET /v1/items', { status: 200, body: { items: ['c'], next: null } });
    const events: string[] = [];
    const client = api.createClient({
      baseUrl: `${server.origin}/v1`, auth,
      onRequest: (e: unknown) => void events.push(JSON.stringify(e)),
      onResponse: (e: { headers: Headers }) => void events.push(JSON.stringify({ ...e, headers: Object.fromEntries(e.headers) })),
    });
    const items: string[] = [];
    for await (const x of client.listItems.all({})) items.push(x);
    expect(items).toEqual(['a', 'b', 'c']);
    // Same origin (a relative next link echoing the key): the key is sent once, by the client.
    expect(server.received.map((r) => [r.url, r.headers['x-api-key']])).toEqual([
      [`/v1/items?api_key=${KEY}`, KEY],
      [`/v1/items?page=2&api_key=${KEY}`, KEY],
    ]);
    // Another origin: no header key, and the echoed query key is dropped rather than passed on.
    expect(other.received.map((r) => [r.url, creds(r)])).toEqual([['/v1/items?page=3', none]]);
    expect(calls).toEqual({ headerKey: 2, queryKey: 2 });
    expect(events).toHaveLength(6);
    for (const secret of SECRETS) expect(events.join('\n')).not.toContain(secret);

    server.on('GET /v1/basic', { status: 401, body: { error: 'invalid_token', error_description: 'bad credentials' } });
    const e = await client.withBasic({}).catch((x: unknown) => x);
    expect(e).toMatchObject({ name: 'ApiError', status: 401, code: 'invalid_token', message: 'withBasic 401: bad credentials' });
    for (const secret of SECRETS) expect(`${(e as Error).stack} ${JSON.stringify(e)}`).not.toContain(secret);
  });

  it('an operation routed with a custom fetch never shows credentials in the request event', async () => {
    const { auth } = everything();
    const seen: { url: string; headers: Headers }[] = [];
    const events: unknown[] = [];
    const client = api.createClient({
      baseUrl: 'https://api.example.com/v1', auth,
      onRequest: (e: unknown) => void events.push(e),
      fetch: async (url: string, init: RequestInit) => {
        seen.push({ url, headers: new Headers(init.headers) });
        return new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    for (const op of ['withHeaderKey', 'withQueryKey', 'withCookieKey', 'withBasic', 'withCustom']) await client[op]({});
    expect(seen.map((s) => s.url)).toContain(`https://api.example.com/v1/query-key?api_key=${KEY}`);
    expect(seen.find((s) => s.url.endsWith('/header-key'))!.headers.get('x-api-key')).toBe(KEY);
    for (const secret of SECRETS) expect(JSON.stringify(events)).not.toContain(secret);
  });
});

describe('types', () => {
  it('the generated client type-checks under strict, and auth is typed per scheme', async () => {
    const file = path.join(out, 'usage.ts');
    await writeFile(file, `
import { createClient, configure, type ClientOptions } from './pkg/dist/client.js';

export const ok: ClientOptions = {
  auth: {
    headerKey: () => 'k',
    queryKey: async () => undefined,
    basic: () => ({ username: 'u', password: 'p' }),
    oauth: async () => 't',
  },
  getAccessToken: () => 't',
};
createClient(ok);
configure({ auth: { bearer: () => 'x' } });

// @ts-expect-error basic takes { username, password }
createClient({ auth: { basic: () => 'x' } });
// @ts-expect-error an API key is a string
createClient({ auth: { headerKey: () => ({ username: 'u', password: 'p' }) } });
// @ts-expect-error no such scheme
createClient({ auth: { nosuch: () => 'x' } });
// @ts-expect-error mutual TLS is nothing the client sends
createClient({ auth: { mtls: () => 'x' } });
`);
    // the usage against the declarations the package ships, and the implementation (its sources)
    expect(typecheck([file, path.join(out, 'pkg/dist/index.d.ts'), path.join(await pkg.sources(), 'src/index.ts')])).toEqual([]);
  }, 60_000);
});
