/**
 * Reading a request in the generated mock (templates/mock-runtime/request.ts): the security scheme
 * matrix, parameters of every location and style through the shared codec, and request bodies by
 * media type. Hand-built plans typed with the runtime's own types, a real MockEngine, tiny validators.
 */
import { describe, expect, it } from 'vitest';
import { MockEngine, type MockValidator } from '../../templates/mock-runtime/engine.ts';
import { MockError } from '../../templates/mock-runtime/errors.ts';
import type { MockCaller, MockCredential, MockOptions } from '../../templates/mock-runtime/options.ts';
import { authenticate, checkParameters, readBody } from '../../templates/mock-runtime/request.ts';
import { MockRouter } from '../../templates/mock-runtime/router.ts';
import type {
  MockOperation, MockParam, MockRequestMedia, MockSecurity, MockSecurityScheme, MockSpec,
} from '../../templates/mock-runtime/spec.ts';

const ORIGIN = 'http://mock.test';

const SCHEMES: Record<string, MockSecurityScheme> = {
  keyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
  keyQuery: { type: 'apiKey', in: 'query', name: 'api_key' },
  keyCookie: { type: 'apiKey', in: 'cookie', name: 'session' },
  basic: { type: 'http', scheme: 'basic' },
  bearer: { type: 'http', scheme: 'bearer' },
  digest: { type: 'http', scheme: 'digest' },
  oauth: { type: 'oauth2' },
  oidc: { type: 'openIdConnect' },
  mtls: { type: 'mutualTLS' },
};

function operation(over: Partial<MockOperation> = {}): MockOperation {
  return {
    operationId: 'op', method: 'POST', template: '/things', basePaths: ['/v1'], security: [], params: [], validators: {},
    action: 'example', ancestors: [], responses: [], requires: [], errorCodes: {}, idempotentCreate: false, ...over,
  };
}

function engineFor(op: MockOperation, validators: Record<string, MockValidator> = {}, options: MockOptions = {}): MockEngine {
  const spec: MockSpec = {
    title: 'test', basePaths: ['/v1'], origins: [ORIGIN], securitySchemes: SCHEMES, resources: {}, operations: [op],
    defaultErrorCodes: { '400': 'BadRequest', '401': 'Unauthorized', '403': 'Forbidden', '413': 'TooLarge', '415': 'UnsupportedMediaType' },
    examples: [],
  };
  return new MockEngine(spec, validators, options);
}

const ok = (value: unknown) => ({ ok: true as const, value });
const fail = (path: string, message: string) => ({ ok: false as const, issues: [{ path, keyword: 'type', message }] });
/** A validator that accepts anything and remembers what it saw. */
function recorder(): MockValidator & { seen: unknown[] } {
  const seen: unknown[] = [];
  return Object.assign((data: unknown) => (seen.push(data), ok(data)), { seen });
}

async function rejection(promise: Promise<unknown> | (() => unknown)): Promise<MockError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (e) {
    if (e instanceof MockError) return e;
    throw e;
  }
  throw new Error('expected a MockError');
}

const jwt = (claims: object) => `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.sig`;
const basic = (userPass: string) => `Basic ${btoa(userPass)}`;

// ---- security ----

function secured(security: MockSecurity, options: MockOptions = {}) {
  const op = operation({ security });
  const engine = engineFor(op, {}, options);
  return (init: { headers?: Record<string, string>; query?: string } = {}) => {
    const request = new Request(`${ORIGIN}/v1/things${init.query ?? ''}`, { headers: init.headers ?? {} });
    return authenticate(engine, op, request, new URL(request.url));
  };
}
const one = (scheme: string, scopes: string[] = []): MockSecurity => [[{ scheme, scopes }]];

describe('security: each scheme type accepted, missing, malformed', () => {
  type Row = {
    scheme: string;
    good: { headers?: Record<string, string>; query?: string };
    caller: MockCaller;
    malformed: { headers?: Record<string, string>; query?: string }[];
    missing: RegExp;
    challenge: string;
  };
  const rows: Row[] = [
    {
      scheme: 'keyHeader', good: { headers: { 'x-api-key': 'k1' } }, caller: { id: 'k1', scopes: [] },
      malformed: [{ headers: { 'x-api-key': '' } }, { headers: { 'x-api-key': '   ' } }],
      missing: /API key is missing: expected the header 'X-API-Key'/, challenge: 'ApiKey in="header", name="X-API-Key"',
    },
    {
      scheme: 'keyQuery', good: { query: '?x=1&api_key=k%202' }, caller: { id: 'k 2', scopes: [] },
      malformed: [{ query: '?api_key=' }, { query: '?api_key' }],
      missing: /expected the query parameter 'api_key'/, challenge: 'ApiKey in="query", name="api_key"',
    },
    {
      scheme: 'keyCookie', good: { headers: { cookie: 'a=1; session=s3' } }, caller: { id: 's3', scopes: [] },
      malformed: [{ headers: { cookie: 'session=' } }, { headers: { cookie: 'session=""' } }],
      missing: /expected the cookie 'session'/, challenge: 'ApiKey in="cookie", name="session"',
    },
    {
      scheme: 'basic', good: { headers: { authorization: basic('ann:p:w') } }, caller: { id: 'ann', scopes: [] },
      malformed: [{ headers: { authorization: basic('no-colon') } }, { headers: { authorization: 'Basic !!!' } }, { headers: { authorization: 'Bearer abc' } }],
      missing: /Basic credentials are missing/, challenge: 'Basic realm="mock"',
    },
    {
      scheme: 'bearer', good: { headers: { authorization: 'bearer tok-1' } }, caller: { id: 'mock-caller', scopes: [] },
      malformed: [{ headers: { authorization: 'Bearer' } }, { headers: { authorization: 'Bearer two words' } }, { headers: { authorization: basic('u:p') } }],
      missing: /^Access token is empty\.$/, challenge: 'Bearer',
    },
    {
      scheme: 'digest', good: { headers: { authorization: 'DIGEST username="u", response="r"' } }, caller: { id: 'username="u", response="r"', scopes: [] },
      malformed: [{ headers: { authorization: 'Digest' } }, { headers: { authorization: 'Bearer t' } }],
      missing: /expected `Authorization: digest <credentials>`/, challenge: 'Digest realm="mock"',
    },
    {
      scheme: 'oauth', good: { headers: { authorization: `Bearer ${jwt({ appid: 'app-1', roles: ['R'] })}` } }, caller: { id: 'app-1', scopes: ['R'] },
      malformed: [{ headers: { authorization: 'Bearer a b' } }],
      missing: /^Access token is empty\.$/, challenge: 'Bearer',
    },
    {
      scheme: 'oidc', good: { headers: { authorization: `Bearer ${jwt({ sub: 'user-1', scp: 'a b' })}` } }, caller: { id: 'user-1', scopes: ['a', 'b'] },
      malformed: [{ headers: { authorization: 'Token x' } }],
      missing: /^Access token is empty\.$/, challenge: 'Bearer',
    },
  ];
  for (const row of rows) {
    it(row.scheme, async () => {
      const call = secured(one(row.scheme));
      expect(await call(row.good)).toEqual(row.caller);
      const missing = await rejection(call());
      expect(missing.status).toBe(401);
      expect(missing.code).toBe('Unauthorized');
      expect(missing.message).toMatch(row.missing);
      expect(missing.headers['www-authenticate']).toBe(row.challenge);
      for (const init of row.malformed) {
        const malformed = await rejection(call(init));
        expect(malformed.status, JSON.stringify(init)).toBe(401);
        expect(malformed.message).toMatch(/malformed|empty/);
        expect(malformed.headers['www-authenticate']).toBe(row.challenge);
      }
    });
  }
  it('mutualTLS is the TLS layer\'s business: always present', async () => {
    expect(await secured(one('mtls'))()).toEqual({ id: 'mock-caller', scopes: [] });
  });
  it('a scheme the spec does not declare is never satisfied', async () => {
    const e = await rejection(secured(one('nope'))({ headers: { authorization: 'Bearer t' } }));
    expect(e.status).toBe(401);
    expect(e.message).toContain("'nope' is not declared");
    expect(e.headers).toEqual({});
  });
  it('challenge parameters are quoted and stay visible ASCII', async () => {
    const op = operation({ security: one('odd') });
    const engine = engineFor(op);
    engine.spec.securitySchemes.odd = { type: 'apiKey', in: 'query', name: 'k"\\\né' };
    const e = await rejection(authenticate(engine, op, new Request(`${ORIGIN}/v1/things`)));
    expect(e.headers['www-authenticate']).toBe('ApiKey in="query", name="k\\"\\\\%0A%C3%A9"');
  });
});

describe('security: alternatives, optional {}, open operations', () => {
  it('any one alternative is enough; every scheme of an alternative is needed', async () => {
    const call = secured([[{ scheme: 'keyHeader', scopes: [] }, { scheme: 'keyQuery', scopes: [] }], [{ scheme: 'bearer', scopes: [] }]]);
    expect(await call({ headers: { 'x-api-key': 'h' }, query: '?api_key=q' })).toEqual({ id: 'h', scopes: [] });
    expect(await call({ headers: { authorization: 'Bearer t' } })).toEqual({ id: 'mock-caller', scopes: [] });
    const half = await rejection(call({ headers: { 'x-api-key': 'h' } }));
    expect(half.status).toBe(401);
    expect(half.message).toBe("The API key is missing: expected the query parameter 'api_key'. Or: Access token is empty.");
    // The first alternative is challenged.
    expect(half.headers['www-authenticate']).toBe('ApiKey in="header", name="X-API-Key", ApiKey in="query", name="api_key"');
  });
  it('the message leads with the alternative where something malformed was sent', async () => {
    const call = secured([[{ scheme: 'keyHeader', scopes: [] }], [{ scheme: 'basic', scopes: [] }]]);
    const e = await rejection(call({ headers: { authorization: 'Basic nope' } }));
    expect(e.message).toMatch(/^Basic credentials are malformed: .* Or: The API key is missing/);
  });
  it('identical problems are said once (Graph: four oauth2 alternatives)', async () => {
    const call = secured([one('oauth', ['A'])[0]!, one('oauth', ['B'])[0]!, one('oidc', ['A'])[0]!]);
    const e = await rejection(call({ headers: { authorization: 'Basic dXNlcjpwYXNz' } }));
    expect(e.message).toBe('Access token is malformed: expected `Authorization: Bearer <token>`.');
    expect(e.headers['www-authenticate']).toBe('Bearer');
  });
  it('an empty alternative lets anonymous calls through; credentials sent are still checked', async () => {
    const call = secured([[{ scheme: 'bearer', scopes: [] }], []], { auth: (token) => token !== 'bad' });
    expect(await call()).toEqual({ id: 'mock-caller', scopes: [] });
    expect(await call({ headers: { authorization: 'Bearer malformed token' } })).toEqual({ id: 'mock-caller', scopes: [] });
    expect(await call({ headers: { authorization: `Bearer ${jwt({ oid: 'o1' })}` } })).toEqual({ id: 'o1', scopes: [] });
    const refused = await rejection(call({ headers: { authorization: 'Bearer bad' } }));
    expect(refused.status).toBe(401);
    expect(refused.message).toBe('Access token validation failure.');
  });
  it('no alternatives: open; the caller still comes from a bearer token sent', async () => {
    const call = secured([]);
    expect(await call()).toEqual({ id: 'mock-caller', scopes: [] });
    expect(await call({ headers: { authorization: `Bearer ${jwt({ azp: 'z', roles: ['x'] })}` } })).toEqual({ id: 'z', scopes: ['x'] });
  });
});

describe('security: scopes', () => {
  const token = (claims: object) => ({ headers: { authorization: `Bearer ${jwt(claims)}` } });
  it('an oauth2 caller listing scopes must hold one of the requirement\'s; opaque tokens are not checked', async () => {
    const call = secured(one('oauth', ['things.read', 'things.write']));
    expect(await call(token({ appid: 'a', roles: ['things.read'] }))).toEqual({ id: 'a', scopes: ['things.read'] });
    expect(await call({ headers: { authorization: 'Bearer opaque' } })).toEqual({ id: 'mock-caller', scopes: [] });
    const e = await rejection(call(token({ appid: 'a', scp: 'other' })));
    expect(e.status).toBe(403);
    expect(e.code).toBe('Forbidden');
    expect(e.message).toBe('The token grants none of: things.read, things.write.');
  });
  it('per alternative: one granting alternative is enough; the 403 names the scopes of all', async () => {
    const call = secured([one('oauth', ['B'])[0]!, one('oidc', ['A'])[0]!]);
    expect(await call(token({ appid: 'a', roles: ['A'] }))).toEqual({ id: 'a', scopes: ['A'] });
    expect((await rejection(call(token({ appid: 'a', roles: ['C'] })))).message).toBe('The token grants none of: A, B.');
  });
  it('scopes of non-OAuth requirements are roles the mock does not check', async () => {
    expect(await secured(one('keyHeader', ['admin']))({ headers: { 'x-api-key': 'k' } })).toEqual({ id: 'k', scopes: [] });
  });
});

describe('security: the auth and caller options', () => {
  it('the old bearer-only form `(token) => boolean` keeps working', async () => {
    const call = secured(one('oauth'), { auth: (token) => token === 'good' });
    expect(await call({ headers: { authorization: 'Bearer good' } })).toEqual({ id: 'mock-caller', scopes: [] });
    const e = await rejection(call({ headers: { authorization: 'Bearer bad' } }));
    expect(e.status).toBe(401);
    expect(e.message).toBe('Access token validation failure.');
    expect(e.headers['www-authenticate']).toBe('Bearer');
  });
  it('gets the credential of each scheme of the satisfied alternative, once per scheme', async () => {
    const got: MockCredential[] = [];
    const call = secured([[{ scheme: 'basic', scopes: [] }, { scheme: 'keyCookie', scopes: [] }], [{ scheme: 'keyCookie', scopes: [] }]], {
      auth: (value, request, credential) => {
        expect(request).toBeInstanceOf(Request);
        got.push(credential);
        return credential.type === 'apiKey' ? value === 'c1' : { id: `user:${credential.username}`, scopes: [] };
      },
    });
    const token = btoa('ann:secret');
    expect(await call({ headers: { authorization: `Basic ${token}`, cookie: 'session=c1' } })).toEqual({ id: 'user:ann', scopes: [] });
    expect(got).toEqual([
      { scheme: 'basic', type: 'http', value: token, username: 'ann', password: 'secret' },
      { scheme: 'keyCookie', type: 'apiKey', value: 'c1' },
    ]);
    got.length = 0;
    const refused = await rejection(call({ headers: { cookie: 'session=c2' } }));
    expect(refused.message).toBe('API key validation failure.');
    expect(refused.headers['www-authenticate']).toBe('ApiKey in="cookie", name="session"');
    expect(got).toHaveLength(1);
  });
  it('an async verdict; refusals of one alternative fall through to another', async () => {
    const calls: string[] = [];
    const call = secured([[{ scheme: 'keyHeader', scopes: [] }], [{ scheme: 'bearer', scopes: [] }]], {
      auth: async (value, _request, credential) => (calls.push(credential.scheme), value !== 'revoked'),
    });
    expect(await call({ headers: { 'x-api-key': 'revoked', authorization: 'Bearer fine' } })).toEqual({ id: 'mock-caller', scopes: [] });
    expect(calls).toEqual(['keyHeader', 'bearer']);
    const basicRefused = await rejection(secured(one('basic'), { auth: () => false })({ headers: { authorization: basic('u:p') } }));
    expect(basicRefused.message).toBe('Credentials validation failure.');
    expect(basicRefused.headers['www-authenticate']).toBe('Basic realm="mock"');
  });
  it('the caller returned by auth is scope-checked too', async () => {
    const call = secured(one('oauth', ['S']), { auth: () => ({ id: 'x', scopes: ['T'] }) });
    expect((await rejection(call({ headers: { authorization: 'Bearer t' } }))).status).toBe(403);
  });
  it('auth: false needs no credentials; the caller is still read and its OAuth scopes checked', async () => {
    const call = secured(one('oauth', ['S']), { auth: false });
    expect(await call()).toEqual({ id: 'mock-caller', scopes: [] });
    expect(await call({ headers: { authorization: 'nonsense' } })).toEqual({ id: 'mock-caller', scopes: [] });
    expect(await call({ headers: { authorization: `Bearer ${jwt({ appid: 'a', roles: ['S'] })}` } })).toEqual({ id: 'a', scopes: ['S'] });
    expect((await rejection(call({ headers: { authorization: `Bearer ${jwt({ appid: 'a', roles: ['X'] })}` } }))).status).toBe(403);
    expect(await secured(one('keyQuery'), { auth: false })({ query: '?api_key=kk' })).toEqual({ id: 'kk', scopes: [] });
  });
  it('the caller option: fixed, or from the request and the credential value', async () => {
    const fixed = { id: 'fixed', scopes: ['S'] };
    expect(await secured(one('oauth', ['S']), { caller: fixed })({ headers: { authorization: 'Bearer t' } })).toBe(fixed);
    expect((await rejection(secured(one('oauth', ['X']), { caller: fixed })({ headers: { authorization: 'Bearer t' } }))).status).toBe(403);
    const seen: (string | undefined)[] = [];
    const call = secured(one('keyHeader'), { caller: (_request, token) => (seen.push(token), token === 'k9' ? { id: 'nine', scopes: [] } : undefined) });
    expect(await call({ headers: { 'x-api-key': 'k9' } })).toEqual({ id: 'nine', scopes: [] });
    expect(await call({ headers: { 'x-api-key': 'k1' } })).toEqual({ id: 'k1', scopes: [] });
    expect(seen).toEqual(['k9', 'k1']);
  });
  it('without a URL argument it reads the request\'s own', async () => {
    const op = operation({ security: one('keyQuery') });
    expect(await authenticate(engineFor(op), op, new Request(`${ORIGIN}/v1/things?api_key=z`))).toEqual({ id: 'z', scopes: [] });
  });
});

// ---- parameters ----

describe('parameters through the codec', () => {
  const P = (p: MockParam) => p;
  const params: MockParam[] = [
    P({ name: 'id', in: 'path', type: 'integer' }),
    P({ name: 'names', in: 'path', type: 'array' }),
    P({ name: 'colors', in: 'path', style: 'label', explode: true, type: 'array' }),
    P({ name: 'point', in: 'path', style: 'matrix', type: 'object', properties: { x: 'integer', y: 'integer' } }),
    P({ name: 'tag', in: 'query', type: 'array' }),
    P({ name: 'ids', in: 'query', explode: false, type: 'array', items: 'integer' }),
    P({ name: 'words', in: 'query', style: 'spaceDelimited', explode: false, type: 'array' }),
    P({ name: 'pipes', in: 'query', style: 'pipeDelimited', explode: false, type: 'array', items: 'boolean' }),
    P({ name: 'filter', in: 'query', style: 'deepObject', explode: true, type: 'object', properties: { min: 'number' } }),
    P({ name: '$top', in: 'query', type: 'integer' }),
    P({ name: 'rest', in: 'query', type: 'object' }),
    P({ name: '__proto__', in: 'query', type: 'string' }),
    P({ name: 'x-ids', in: 'header', type: 'array', items: 'integer' }),
    P({ name: 'x-obj', in: 'header', explode: true, type: 'object', properties: { a: 'integer' } }),
    P({ name: 'x-flag', in: 'header', type: 'boolean' }),
    P({ name: 'sid', in: 'cookie', type: 'string' }),
    P({ name: 'prefs', in: 'cookie', explode: false, type: 'array', items: 'integer' }),
  ];
  const op = operation({
    method: 'GET', template: '/things/{id}/{names}/{colors}/{point}', params,
    validators: { path: 'validatePath', query: 'validateQuery', header: 'validateHeader', cookie: 'validateCookie' },
  });
  function run(url: string, headers: Record<string, string> = {}, validators: Record<string, MockValidator> = {}) {
    const seen = { validatePath: recorder(), validateQuery: recorder(), validateHeader: recorder(), validateCookie: recorder() };
    const engine = engineFor(op, { ...seen, ...validators });
    const request = new Request(url, { headers });
    const u = new URL(request.url);
    // The router gives the path parameters decoded and raw (as in the URL): the codec reads the raw ones.
    const match = new MockRouter(engine.spec).match('GET', u.pathname);
    if (match.kind !== 'operation') throw new Error(`no route for ${u.pathname}`);
    checkParameters(engine, op, match.params, u, request, match.raw);
    return { path: seen.validatePath.seen[0], query: seen.validateQuery.seen[0], header: seen.validateHeader.seen[0], cookie: seen.validateCookie.seen[0] };
  }

  it('every location and style, validated per location', () => {
    const got = run(
      `${ORIGIN}/v1/things/7/a%2Cb,c/.red.green/;point=x,1,y,2`
        + '?tag=a&tag=b+c&ids=1,2,3&words=x%20y&pipes=true|false&filter%5Bmin%5D=1.5&$top=10&__proto__=p&extra=e&more=m',
      { 'x-ids': '1, 2', 'x-obj': 'a=1,b=two', 'x-flag': 'true', cookie: 'sid=s%201; prefs=3,4' },
    );
    expect(got.path).toEqual({ id: 7, names: ['a,b', 'c'], colors: ['red', 'green'], point: { x: 1, y: 2 } });
    expect(got.query).toEqual({
      tag: ['a', 'b c'], ids: [1, 2, 3], words: ['x', 'y'], pipes: [true, false], filter: { min: 1.5 }, $top: 10,
      // A form-exploded object without declared properties takes the pairs no other parameter has.
      rest: { extra: 'e', more: 'm' }, ['__proto__']: 'p',
    });
    expect(Object.getPrototypeOf(got.query)).toBe(Object.prototype);
    expect(Object.hasOwn(got.query as object, '__proto__')).toBe(true);
    expect(got.header).toEqual({ 'x-ids': [1, 2], 'x-obj': { a: 1, b: 'two' }, 'x-flag': true });
    expect(got.cookie).toEqual({ sid: 's 1', prefs: [3, 4] });
  });
  it('absent parameters are left out; text that is not of the type stays text for the validator', () => {
    const got = run(`${ORIGIN}/v1/things/007/x/.y/;point=x,a`);
    expect(got.path).toEqual({ id: '007', names: ['x'], colors: ['y'], point: { x: 'a' } });
    expect(got.query).toEqual({});
    expect(got.header).toEqual({});
    expect(got.cookie).toEqual({});
  });
  it('under another base path too; without raw segments, the decoded values are read with % escaped', () => {
    const other = operation({ ...op, basePaths: ['', '/v1'] });
    const seen = recorder();
    const engine = engineFor(other, { validatePath: seen });
    const request = new Request(`${ORIGIN}/things/1/a/.b/;point=x,1,y,2`);
    const match = new MockRouter({ ...engine.spec, basePaths: ['', '/v1'] }).match('GET', '/things/1/a/.b/;point=x,1,y,2');
    if (match.kind !== 'operation') throw new Error('no route');
    expect(match.basePath).toBe('');
    checkParameters(engine, other, match.params, new URL(request.url), request, match.raw);
    expect(seen.seen[0]).toEqual({ id: 1, names: ['a'], colors: ['b'], point: { x: 1, y: 2 } });
    const elsewhere = new Request(`${ORIGIN}/somewhere/else`);
    checkParameters(engine, other, { id: '5', names: 'a%,b', colors: '.c', point: ';point=x,3' }, new URL(elsewhere.url), elsewhere);
    expect(seen.seen[1]).toEqual({ id: 5, names: ['a%', 'b'], colors: ['c'], point: { x: 3 } });
  });
  it('400 naming the location, the parameter and the issue', () => {
    const validateQuery: MockValidator = (d) => (typeof (d as { $top?: unknown }).$top === 'number' ? ok(d) : fail('/$top', 'must be integer'));
    const validateHeader: MockValidator = () => ({ ok: false, issues: [{ path: '/x-flag', keyword: 'type', message: 'must be boolean' }, { path: '/x-ids/0', keyword: 'type', message: 'must be integer' }] });
    const e = (() => {
      try {
        run(`${ORIGIN}/v1/things/1/a/.b/;point=x,1?$top=ten`, {}, { validateQuery });
      } catch (error) {
        return error as MockError;
      }
      throw new Error('expected a 400');
    })();
    expect(e).toBeInstanceOf(MockError);
    expect(e.status).toBe(400);
    expect(e.code).toBe('BadRequest');
    expect(e.message).toBe('Invalid query: /$top must be integer.');
    expect(e.details).toEqual([{ code: 'type', message: 'must be integer', target: 'query/$top' }]);
    expect(() => run(`${ORIGIN}/v1/things/1/a/.b/;point=x,1`, { 'x-flag': 'yes' }, { validateHeader })).toThrow('Invalid header: /x-flag must be boolean.');
  });
});

// ---- bodies ----

describe('request bodies by media type', () => {
  const media = (type: string, kind: MockRequestMedia['kind'], extra: Partial<MockRequestMedia> = {}): MockRequestMedia => ({ type, kind, ...extra });
  function bodyOp(list: MockRequestMedia[], over: Partial<MockOperation> = {}, required = true): MockOperation {
    return operation({ body: { required, readOnly: ['id', '__proto__'], media: list }, ...over });
  }
  const post = (body: BodyInit | null, headers: Record<string, string> = {}) => new Request(`${ORIGIN}/v1/things`, { method: 'POST', body, headers });
  const json = { 'content-type': 'application/json' };

  it('JSON: parsed, readOnly dropped, validated; +json and parameters match application/json', async () => {
    const seen = recorder();
    const op = bodyOp([media('application/json', 'json', { validator: 'validateThing' })]);
    const engine = engineFor(op, { validateThing: seen });
    const value = await readBody(engine, op, post('{"id":"x","name":"n","__proto__":{"polluted":true}}', json));
    expect(value).toEqual({ name: 'n' });
    expect(Object.hasOwn(value as object, '__proto__')).toBe(false);
    expect(seen.seen).toEqual([{ name: 'n' }]);
    expect(await readBody(engine, op, post('[1]', { 'content-type': 'application/merge-patch+json; charset=utf-8' }))).toEqual([1]);
    expect(await readBody(engine, op, post('{"a":1}', { 'content-type': 'Application/JSON;charset=UTF-8' }))).toEqual({ a: 1 });
    const notJson = await rejection(readBody(engine, op, post('{nope', json)));
    expect(notJson.status).toBe(400);
    expect(notJson.message).toMatch(/^The request body is not valid JSON: /);
  });
  it('JSON: 400 in the `Invalid body: /path message.` format', async () => {
    const op = bodyOp([media('application/json', 'json', { validator: 'v' })]);
    const engine = engineFor(op, { v: () => fail('/name', 'must be string') });
    const e = await rejection(readBody(engine, op, post('{"name":1}', json)));
    expect(e.message).toBe('Invalid body: /name must be string.');
    expect(e.details).toEqual([{ code: 'type', message: 'must be string', target: 'body/name' }]);
  });
  it('413 over the limit (content-length or bytes): operation, option, 4 MiB default', async () => {
    const small = bodyOp([media('application/json', 'json')], { maxBodyBytes: 8 });
    const e = await rejection(readBody(engineFor(small), small, post('{"a":"123456"}', json)));
    expect(e.status).toBe(413);
    expect(e.code).toBe('TooLarge');
    expect(e.message).toBe('The request body exceeds the limit of 8 bytes.');
    const byOption = bodyOp([media('application/json', 'json')]);
    expect((await rejection(readBody(engineFor(byOption, {}, { maxBodyBytes: 4 }), byOption, post('"12345"', json)))).status).toBe(413);
    const declared = { headers: new Headers({ 'content-length': String(4 * 1024 * 1024 + 1) }), arrayBuffer: async () => new ArrayBuffer(0) } as unknown as Request;
    expect((await rejection(readBody(engineFor(byOption), byOption, declared))).message).toBe('The request body exceeds the limit of 4194304 bytes.');
  });
  it('an empty body is no body: 400 when required', async () => {
    const op = bodyOp([media('application/json', 'json')]);
    expect((await rejection(readBody(engineFor(op), op, post(null, json)))).message).toBe('A request body is required.');
    const optional = bodyOp([media('application/json', 'json')], {}, false);
    expect(await readBody(engineFor(optional), optional, post(null))).toBeUndefined();
    expect(await readBody(engineFor(operation()), operation(), post('ignored'))).toBeUndefined();
  });
  it('415 when no declared media matches, listing the declared types', async () => {
    const op = bodyOp([media('application/json', 'json'), media('application/x-www-form-urlencoded', 'form'), media('image/*', 'binary')]);
    for (const type of ['text/plain;charset=UTF-8', 'application/xml', 'nonsense', 'a/b/c']) {
      const e = await rejection(readBody(engineFor(op), op, post('{}', { 'content-type': type })));
      expect(e.status, type).toBe(415);
      expect(e.code).toBe('UnsupportedMediaType');
      expect(e.message).toContain('expected application/json, application/x-www-form-urlencoded, image/*.');
    }
  });
  it('media selection: exact before type/* before */*; no content-type takes the first', async () => {
    const op = bodyOp([media('*/*', 'binary'), media('text/*', 'text'), media('text/csv', 'json')]);
    const engine = engineFor(op);
    expect(await readBody(engine, op, post('[1]', { 'content-type': 'text/csv' }))).toEqual([1]);
    expect(await readBody(engine, op, post('[1]', { 'content-type': 'text/plain' }))).toBe('[1]');
    expect(await readBody(engine, op, post('[1]', { 'content-type': 'application/pdf' }))).toEqual(new Uint8Array([91, 49, 93]));
    const bare = { headers: new Headers(), arrayBuffer: async () => new TextEncoder().encode('[1]').buffer } as unknown as Request;
    expect(await readBody(engine, op, bare)).toEqual(new Uint8Array([91, 49, 93]));
  });
  it('form: fields coerced by their ParamSpec, undeclared ones as strings, readOnly dropped, validated', async () => {
    const seen = recorder();
    const fields: Record<string, MockParam> = {
      count: { name: 'count', in: 'query', type: 'integer' },
      tags: { name: 'tags', in: 'query', type: 'array' },
      ids: { name: 'ids', in: 'query', explode: false, type: 'array', items: 'integer' },
      flag: { name: 'flag', in: 'query', type: 'boolean' },
      range: { name: 'range', in: 'query', style: 'deepObject', type: 'object', properties: { min: 'integer' } },
      id: { name: 'id', in: 'query', type: 'string' },
    };
    const op = bodyOp([media('application/x-www-form-urlencoded', 'form', { fields, validator: 'validateForm' })]);
    const text = 'count=3&tags=a&tags=b+c&ids=1%2C2,3&flag=false&range%5Bmin%5D=2&range[max]=9&note=hi%21&x=1&x=2&id=ro';
    const value = await readBody(engineFor(op, { validateForm: seen }), op, post(text, { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' }));
    expect(value).toEqual({ count: 3, tags: ['a', 'b c'], ids: ['1,2', 3], flag: false, range: { min: 2, max: '9' }, note: 'hi!', x: ['1', '2'] });
    expect(seen.seen).toEqual([value]);
    // URLSearchParams as a body sets the content type itself.
    expect(await readBody(engineFor(op), op, new Request(`${ORIGIN}/v1/things`, { method: 'POST', body: new URLSearchParams({ count: 'x1' }) }))).toEqual({ count: 'x1' });
  });
  it('form: a form-exploded object field without declared properties takes the pairs of no other field', async () => {
    const fields: Record<string, MockParam> = { a: { name: 'a', in: 'query', type: 'integer' }, meta: { name: 'meta', in: 'query', type: 'object' } };
    const op = bodyOp([media('application/x-www-form-urlencoded', 'form', { fields })]);
    expect(await readBody(engineFor(op), op, post('a=1&k=v&j=w', { 'content-type': 'application/x-www-form-urlencoded' }))).toEqual({ a: 1, meta: { k: 'v', j: 'w' } });
  });
  it('multipart: text fields coerced, JSON object fields parsed, files as text or name; also from a Request-like object', async () => {
    const seen = recorder();
    const fields: Record<string, MockParam> = {
      count: { name: 'count', in: 'query', type: 'integer' },
      tags: { name: 'tags', in: 'query', type: 'array' },
      csv: { name: 'csv', in: 'query', explode: false, type: 'array', items: 'number' },
      meta: { name: 'meta', in: 'query', type: 'object', properties: { n: 'integer' } },
      pair: { name: 'pair', in: 'query', type: 'object', properties: { n: 'integer' } },
    };
    const op = bodyOp([media('multipart/form-data', 'multipart', { fields, validator: 'validateUpload' })]);
    const form = new FormData();
    form.append('count', '2');
    form.append('tags', 'a,b');
    form.append('tags', 'c & d=e+f%');
    form.append('csv', '1.5,2');
    form.append('meta', new Blob(['{"n":1,"deep":{"x":[1]}}'], { type: 'application/json' }), 'meta.json');
    form.append('pair', 'n,5');
    form.append('notes', new File(['héllo'], 'notes.txt', { type: 'text/plain' }));
    form.append('image', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'pic.png', { type: 'image/png' }));
    form.append('id', 'read-only');
    const expected = {
      count: 2, tags: ['a,b', 'c & d=e+f%'], csv: [1.5, 2], meta: { n: 1, deep: { x: [1] } }, pair: { n: 5 },
      notes: 'héllo', image: 'pic.png',
    };
    const request = new Request(`${ORIGIN}/v1/things`, { method: 'POST', body: form });
    expect(request.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const engine = engineFor(op, { validateUpload: seen });
    // server.ts hands the handler a Request-like view with no formData(): only headers and the bytes.
    const bytes = await request.clone().arrayBuffer();
    const view = { headers: request.headers, arrayBuffer: async () => bytes } as unknown as Request;
    expect(await readBody(engine, op, view)).toEqual(expected);
    expect(await readBody(engine, op, request)).toEqual(expected);
    expect(seen.seen).toEqual([expected, expected]);
  });
  it('multipart: a body that is not multipart is a 400', async () => {
    const op = bodyOp([media('multipart/form-data', 'multipart')]);
    const e = await rejection(readBody(engineFor(op), op, post('garbage', { 'content-type': 'multipart/form-data; boundary=xyz' })));
    expect(e.status).toBe(400);
    expect(e.message).toMatch(/^The request body is not valid multipart\/form-data/);
  });
  it('text: decoded with its charset, validated', async () => {
    const seen = recorder();
    const op = bodyOp([media('text/plain', 'text', { validator: 'validateText' })]);
    const engine = engineFor(op, { validateText: seen });
    expect(await readBody(engine, op, post(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), { 'content-type': 'text/plain; charset=ISO-8859-1' }))).toBe('café');
    expect(await readBody(engine, op, post('naïve', { 'content-type': 'text/plain' }))).toBe('naïve');
    expect(await readBody(engine, op, post('x', { 'content-type': 'text/plain; charset=unknown-charset' }))).toBe('x');
    expect(seen.seen).toEqual(['café', 'naïve', 'x']);
    const strict = engineFor(op, { validateText: () => fail('', 'must match pattern "^[a-z]+$"') });
    expect((await rejection(readBody(strict, op, post('ABC', { 'content-type': 'text/plain' })))).message).toBe('Invalid body: / must match pattern "^[a-z]+$".');
  });
  it('binary: the bytes, never validated', async () => {
    const op = bodyOp([media('image/*', 'binary', { validator: 'never' })]);
    const engine = engineFor(op, { never: () => { throw new Error('binary bodies are not validated'); } });
    const value = await readBody(engine, op, post(new Uint8Array([1, 2, 255]), { 'content-type': 'image/png' }));
    expect(value).toBeInstanceOf(Uint8Array);
    expect([...(value as Uint8Array)]).toEqual([1, 2, 255]);
  });
});
