/**
 * `.pages()` / `.all()` for every paging style (test/fixtures/specs/client-paging.yaml, one list
 * operation per PageNext kind), against a server that pages 7 items by 3: every item once, in order,
 * the other arguments kept, relative links resolved, and a server that repeats itself doesn't loop.
 */
import path from 'node:path';
import { afterAll, beforeAll, afterEach, describe, expect, it } from 'vitest';
import { fixturePackage, type FixturePackage } from '../../helpers/fixture-package.ts';
import { typecheck } from '../../helpers/typecheck.ts';
import { startServer, type Received, type Reply, type TestServer } from './server.ts';

let server: TestServer;
let out: string;
let pkg: FixturePackage;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let api: any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let client: any;

beforeAll(async () => {
  server = await startServer();
  pkg = await fixturePackage('client-paging');
  out = path.dirname(pkg.dir);
  api = await pkg.load('dist/client.js');
  client = api.createClient({ baseUrl: server.origin });
}, 120_000);
afterAll(() => server.close());
afterEach(() => server.reset());

const ITEMS = Array.from({ length: 7 }, (_, i) => ({ id: `i${i + 1}`, name: `item ${i + 1}` }));
const IDS = ITEMS.map((i) => i.id);
const BY = 3;
const slice = (from: number, size = BY) => ITEMS.slice(from, from + size);
const num = (r: Received, name: string, fallback: number) => (r.query.has(name) ? Number(r.query.get(name)) : fallback);

/** Each style's server: 7 items by 3 (or by the size asked). */
const SERVERS: Record<string, { route: string; op: string; args: Record<string, unknown>; reply: (r: Received) => Reply }> = {
  link: {
    route: 'GET /link', op: 'listByLink', args: { filter: 'x', size: 3 },
    reply: (r) => {
      const page = num(r, 'page', 1);
      const next = page === 1 ? 'link?page=2&filter=x' /* relative to /link */ : page === 2 ? `${server.origin}/link?page=3&filter=x` : null;
      return { status: 200, body: { data: slice((page - 1) * BY), links: { next } } };
    },
  },
  'link-header': {
    route: 'GET /link-header', op: 'listByLinkHeader', args: { filter: 'x' },
    reply: (r) => {
      const page = num(r, 'page', 1);
      const link = [`</link-header?page=${page + 1}&filter=x>; rel="next"`, '</link-header?page=3>; rel="last"', '</link-header?page=1>; title="a, b"; rel="first"'];
      return { status: 200, headers: page < 3 ? { link: link.join(', ') } : ({} as Record<string, string>), body: slice((page - 1) * BY) };
    },
  },
  cursor: {
    route: 'GET /cursor', op: 'listByCursor', args: { filter: 'x', limit: 3 },
    reply: (r) => {
      const from = r.query.has('cursor') ? Number(r.query.get('cursor')!.slice(1)) : 0;
      const limit = num(r, 'limit', 10);
      return { status: 200, body: { items: slice(from, limit), meta: { next_cursor: from + limit < 7 ? `c${from + limit}` : null } } };
    },
  },
  after: {
    route: 'GET /after', op: 'listByAfter', args: { filter: 'x', limit: 3 },
    reply: (r) => {
      const after = r.query.get('starting_after');
      const from = after ? ITEMS.findIndex((i) => i.id === after) + 1 : 0;
      const limit = num(r, 'limit', 10);
      return { status: 200, body: { object: 'list', data: slice(from, limit), has_more: from + limit < 7 } };
    },
  },
  offset: {
    route: 'GET /offset', op: 'listByOffset', args: { filter: 'x', limit: 3 },
    reply: (r) => ({ status: 200, body: { results: slice(num(r, 'offset', 0), num(r, 'limit', 10)), total: 7 } }),
  },
  page: {
    route: 'GET /page', op: 'listByPage', args: { filter: 'x', perPage: 3 },
    reply: (r) => ({ status: 200, body: { items: slice((num(r, 'page', 1) - 1) * num(r, 'per_page', 10), num(r, 'per_page', 10)) } }),
  },
};

describe.each(Object.entries(SERVERS))('%s', (_, s) => {
  it('all() yields the 7 items in order; pages() 3 pages; the other arguments are kept', async () => {
    server.on(s.route, s.reply);
    const ids: string[] = [];
    for await (const item of client[s.op].all(s.args)) ids.push(item.id);
    expect(ids).toEqual(IDS);
    expect(server.received).toHaveLength(3);
    expect(server.received.every((r) => r.query.get('filter') === 'x')).toBe(true);
    server.received.length = 0;
    const sizes: number[] = [];
    for await (const page of client[s.op].pages(s.args)) sizes.push((Array.isArray(page) ? page : page.data ?? page.items ?? page.results).length);
    expect(sizes).toEqual([3, 3, 1]);
  });
});

describe('the next request', () => {
  it('cursor, after, offset, page: the same arguments with the paging one changed', async () => {
    for (const kind of ['cursor', 'after', 'offset', 'page']) {
      server.on(SERVERS[kind]!.route, SERVERS[kind]!.reply);
      for await (const _ of client[SERVERS[kind]!.op].all(SERVERS[kind]!.args));
    }
    expect(server.received.map((r) => r.url)).toEqual([
      '/cursor?filter=x&limit=3', '/cursor?filter=x&cursor=c3&limit=3', '/cursor?filter=x&cursor=c6&limit=3',
      '/after?filter=x&limit=3', '/after?filter=x&starting_after=i3&limit=3', '/after?filter=x&starting_after=i6&limit=3',
      '/offset?filter=x&limit=3', '/offset?filter=x&offset=3&limit=3', '/offset?filter=x&offset=6&limit=3',
      '/page?filter=x&per_page=3', '/page?filter=x&page=2&per_page=3', '/page?filter=x&page=3&per_page=3',
    ]);
  });

  it('offset and page start from the caller\'s value; a page shorter than the first (a server cap) is the end, a full one is not', async () => {
    server.on(SERVERS.offset!.route, SERVERS.offset!.reply);
    const ids: string[] = [];
    for await (const item of client.listByOffset.all({ offset: 2, limit: 2 })) ids.push(item.id);
    expect(ids).toEqual(IDS.slice(2));
    expect(server.received.map((r) => r.query.get('offset'))).toEqual(['2', '4', '6']);
    // Asked 5, the server caps pages at 3: the first page sets the size, so nothing is lost.
    server.reset();
    server.on('GET /page', (r) => ({ status: 200, body: { items: slice((num(r, 'page', 1) - 1) * 3, 3) } }));
    const all: string[] = [];
    for await (const item of client.listByPage.all({ perPage: 5 })) all.push(item.id);
    expect(all).toEqual(IDS);
  });

  it('an exact multiple ends on the empty page, which is not yielded', async () => {
    server.on('GET /offset', (r) => ({ status: 200, body: { results: ITEMS.slice(0, 6).slice(num(r, 'offset', 0), num(r, 'offset', 0) + 3) } }));
    const sizes: number[] = [];
    for await (const page of client.listByOffset.pages({ limit: 3 })) sizes.push(page.results.length);
    expect(sizes).toEqual([3, 3]);
    expect(server.received).toHaveLength(3);
    // An empty first page is still a page.
    server.reset();
    server.on('GET /page', { status: 200, body: { items: [] } });
    const pages = [];
    for await (const page of client.listByPage.pages({})) pages.push(page);
    expect(pages).toEqual([{ items: [] }]);
  });

  it('links resolve against the URL they came from; the plain call is the first page', async () => {
    server.on('GET /link', SERVERS.link!.reply);
    await expect(client.listByLink({ filter: 'x' })).resolves.toMatchObject({ data: slice(0), links: { next: 'link?page=2&filter=x' } });
    for await (const _ of client.listByLink.all({ filter: 'x' }));
    expect(server.received.map((r) => r.url)).toEqual(['/link?filter=x', '/link?filter=x', '/link?page=2&filter=x', '/link?page=3&filter=x']);
  });
});

describe('a server that repeats itself stops paging', () => {
  it.each([
    ['link', 'GET /link', 'listByLink', () => ({ status: 200, body: { data: slice(0), links: { next: '/link?page=2' } } })],
    ['link-header', 'GET /link-header', 'listByLinkHeader', () => ({ status: 200, headers: { link: '</link-header?page=2>; rel=next' }, body: slice(0) })],
    ['cursor', 'GET /cursor', 'listByCursor', (r: Received) => ({ status: 200, body: { items: slice(r.query.has('cursor') ? 3 : 0), meta: { next_cursor: 'same' } } })],
  ] as const)('%s: the same next page twice -> two pages', async (_, route, op, reply) => {
    server.on(route, reply);
    const pages = [];
    for await (const page of client[op].pages({})) pages.push(page);
    expect(pages).toHaveLength(2);
    expect(server.received).toHaveLength(2);
  });

  it.each([
    ['after', 'GET /after', 'listByAfter', () => ({ status: 200, body: { data: slice(0), has_more: true } })],
    ['offset', 'GET /offset', 'listByOffset', () => ({ status: 200, body: { results: slice(0) } })],
    ['page', 'GET /page', 'listByPage', () => ({ status: 200, body: { items: slice(0) } })],
  ] as const)('%s: a parameter the server ignores -> one page, not the same items again', async (_, route, op, reply) => {
    server.on(route, reply);
    const ids: string[] = [];
    for await (const item of client[op].all({})) ids.push(item.id);
    expect(ids).toEqual(IDS.slice(0, 3));
    expect(server.received).toHaveLength(2);
  });
});

describe('types', () => {
  it('type-checks under strict; items are typed whether the body is the array or wraps it', async () => {
    const file = path.join(out, 'usage.ts');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, `
import { listByLinkHeader, listByCursor, listByPage } from './pkg/dist/client.js';
import type { Item } from './pkg/dist/types.js';

export async function use(): Promise<string[]> {
  const out: string[] = [];
  for await (const item of listByLinkHeader.all({})) { const i: Item = item; out.push(i.id); }
  for await (const item of listByCursor.all({ limit: 3 })) { const i: Item = item; out.push(i.name); }
  for await (const page of listByPage.pages({ perPage: 3 })) out.push(String(page.items?.length));
  // @ts-expect-error items are Items, not strings
  for await (const item of listByCursor.all({})) { const s: string = item; out.push(s); }
  return out;
}
`);
    // the usage against the declarations the package ships, and the implementation (its sources)
    expect(typecheck([file, path.join(out, 'pkg/dist/index.d.ts'), path.join(await pkg.sources(), 'src/index.ts')])).toEqual([]);
  }, 60_000);
});
