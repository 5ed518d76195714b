/**
 * Every OpenAPI security scheme, generated client x generated mock, over real HTTP on 127.0.0.1
 * (test/fixtures/specs/client-security.yaml, strict mock): the client sends each scheme's credential
 * where the spec says, the mock accepts exactly that and refuses what is missing.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../../generator/api.ts';
import { fixture, tempDir } from '../../helpers/cli.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
let server: { url: string; close(): Promise<void> };
let pkg: Any;
/** What the mock's `auth` hook saw, per request: scheme -> value. */
let seen: Record<string, { value: string; username?: string; password?: string }>[] = [];

beforeAll(async () => {
  const out = path.join(await tempDir('specgen-security-'), 'pkg');
  await generate({ spec: fixture('specs/client-security.yaml'), out });
  pkg = await import(pathToFileURL(path.join(out, 'dist/client.js')).href);
  const { startMockServer } = await import(pathToFileURL(path.join(out, 'dist/mock-server.js')).href);
  let current: Record<string, { value: string; username?: string; password?: string }> = {};
  server = await startMockServer({
    strict: true,
    auth: (value: string, request: Request, credential: { scheme: string; username?: string; password?: string }) => {
      void request;
      current[credential.scheme] = { value, ...(credential.username !== undefined ? { username: credential.username, password: credential.password! } : {}) };
      return true;
    },
    caller: () => {
      seen.push(current);
      current = {};
      return undefined;
    },
  });
}, 120_000);
afterAll(() => server?.close());

const CREDENTIALS = {
  headerKey: () => 'hk-1',
  queryKey: () => 'qk-2',
  cookieKey: () => 'ck-3',
  basic: () => ({ username: 'ada', password: 'pä:ss' }),
  bearer: () => 'bearer-4',
  custom: () => 'custom-5',
  oauth: () => 'oauth-6',
  oidc: () => 'oidc-7',
};

function client(auth: Record<string, unknown>): Any {
  return pkg.createClient({ baseUrl: `${server.url}/v1`, auth, retry: false });
}

async function status(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    if (e instanceof pkg.ApiError) return (e as Any).status;
    throw e;
  }
}

describe('security schemes: generated client x generated mock', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['withHeaderKey', 'headerKey', { value: 'hk-1' }],
    ['withQueryKey', 'queryKey', { value: 'qk-2' }],
    ['withCookieKey', 'cookieKey', { value: 'ck-3' }],
    ['withBasic', 'basic', { username: 'ada', password: 'pä:ss' }],
    ['withBearer', 'bearer', { value: 'bearer-4' }],
    ['withCustom', 'custom', { value: 'custom-5' }],
    ['withOauth', 'oauth', { value: 'oauth-6' }],
    ['withOidc', 'oidc', { value: 'oidc-7' }],
  ];
  for (const [operation, scheme, expected] of cases) {
    it(`${scheme}: accepted as sent, refused with 401 when missing`, async () => {
      seen = [];
      expect(await status(client(CREDENTIALS)[operation]({}))).toBe(200);
      expect(seen.at(-1)?.[scheme]).toMatchObject(expected);
      const without = { ...CREDENTIALS } as Record<string, unknown>;
      delete without[scheme];
      let refused: Any;
      try {
        await client(without)[operation]({});
      } catch (e) {
        refused = e;
      }
      expect(refused).toBeInstanceOf(pkg.ApiError);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBeTruthy();
    });
  }

  it('getAccessToken still supplies bearer-like schemes', async () => {
    const c = pkg.createClient({ baseUrl: `${server.url}/v1`, getAccessToken: () => 'from-getAccessToken', retry: false });
    seen = [];
    expect(await status(c.withOauth({}))).toBe(200);
    expect(seen.at(-1)?.oauth?.value).toBe('from-getAccessToken');
  });

  it('alternatives: the first satisfiable one; an AND alternative needs all its schemes', async () => {
    seen = [];
    expect(await status(client({ basic: CREDENTIALS.basic, queryKey: CREDENTIALS.queryKey }).withAlternatives({}))).toBe(200);
    expect(Object.keys(seen.at(-1)!).sort()).toEqual(['basic', 'queryKey']);
    expect(await status(client({ basic: CREDENTIALS.basic }).withAlternatives({}))).toBe(401);
    expect(await status(client({ headerKey: CREDENTIALS.headerKey }).withAlternatives({}))).toBe(200);
    expect(await status(client({ headerKey: CREDENTIALS.headerKey, queryKey: CREDENTIALS.queryKey }).listItems({}))).toBe(200);
    expect(await status(client({ headerKey: CREDENTIALS.headerKey }).listItems({}))).toBe(401);
  });

  it('optional security ({}) and open operations need nothing; mutualTLS is the transport\'s', async () => {
    expect(await status(client({}).withOptional({}))).toBe(200);
    expect(await status(client({}).withNone({}))).toBe(200);
    expect(await status(client({}).withMutualTls({}))).toBe(200);
  });
});
