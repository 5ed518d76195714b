/**
 * Path, query, header and cookie parameters in every style (test/fixtures/specs/client-params.yaml),
 * written by the parameter codec the mock reads them back with (templates/runtime/params.ts): what
 * arrives is OpenAPI's style table, and the codec parses it back to the values sent.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCookie, parseHeader, parseQuery, type ParamSpec } from '../../../templates/runtime/params.ts';
import { fixturePackage, type FixturePackage } from '../../helpers/fixture-package.ts';
import { typecheck } from '../../helpers/typecheck.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
let out: string;
let pkg: FixturePackage;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let api: any;

beforeAll(async () => {
  server = await startServer();
  pkg = await fixturePackage('client-params');
  out = path.dirname(pkg.dir);
  api = await pkg.load('dist/client.js');
}, 120_000);
afterAll(() => server.close());

describe('parameters through the codec', () => {
  it('every location and style arrives as OpenAPI tabulates it, and reads back', async () => {
    const args = {
      simple: [1, 2], label: ['a', 'b c'], matrix: { R: 100, G: 200 },
      form: ['x', 'y'], csv: ['x', 'y'], space: ['x', 'y'], pipe: ['x', 'y'], deep: { a: 'b' }, spread: { x: 1, y: 2 },
      reserved: 'a/b?c:d', filter: "name eq 'x'", xIds: [3, 4], xObj: { a: 'b,c' }, sessionId: 's 1', prefs: ['p', 'q'],
    };
    server.on('GET /things/1,2/.a.b%20c/;R=100;G=200', { status: 204 });
    await api.getThing(args, { client: { baseUrl: server.origin } });
    expect(server.received).toHaveLength(1);
    const r = server.received[0]!;
    expect(r.url).toBe('/things/1,2/.a.b%20c/;R=100;G=200?form=x&form=y&csv=x,y&space=x%20y&pipe=x|y&deep%5Ba%5D=b&x=1&y=2' +
      "&reserved=a/b?c:d&$filter=name%20eq%20%27x%27");
    expect(r.headers['x-ids']).toBe('3,4');
    expect(r.headers['x-obj']).toBe('a=b%2Cc');
    expect(r.headers.cookie).toBe('session_id=s%201; prefs=p,q');
    const raw = r.url.slice(r.url.indexOf('?') + 1);
    const q = (spec: Omit<ParamSpec, 'in'>) => parseQuery({ in: 'query', ...spec }, raw);
    expect(q({ name: 'deep', style: 'deepObject', type: 'object' })).toEqual({ a: 'b' });
    expect(q({ name: 'pipe', style: 'pipeDelimited', explode: false, type: 'array' })).toEqual(['x', 'y']);
    expect(q({ name: 'reserved', allowReserved: true, type: 'string' })).toBe('a/b?c:d');
    expect(parseHeader({ name: 'X-Ids', in: 'header', type: 'array', items: 'integer' }, r.headers['x-ids'] as string)).toEqual([3, 4]);
    expect(parseHeader({ name: 'X-Obj', in: 'header', explode: true, type: 'object' }, r.headers['x-obj'] as string)).toEqual({ a: 'b,c' });
    expect(parseCookie({ name: 'session_id', in: 'cookie', type: 'string' }, r.headers.cookie!)).toBe('s 1');
  });

  it('absent optional parameters send nothing; a dot-segment path value is refused', async () => {
    server.reset();
    server.on('GET /things/1/.a/;R=1', { status: 204 });
    await api.getThing({ simple: [1], label: ['a'], matrix: { R: 1 } }, { client: { baseUrl: server.origin } });
    expect(server.received[0]!.url).toBe('/things/1/.a/;R=1');
    expect(server.received[0]!.headers.cookie).toBeUndefined();
    await expect(api.getThing({ simple: ['..'], label: ['a'], matrix: { R: 1 } }, { client: { baseUrl: server.origin } })).rejects.toThrow(RangeError);
  });

  it('type-checks under strict (cookie parameters typed from the spec): the sources, and the declarations shipped', async () => {
    expect(typecheck([path.join(await pkg.sources(), 'src/index.ts'), path.join(out, 'pkg/dist/index.d.ts')])).toEqual([]);
  }, 60_000);
});
