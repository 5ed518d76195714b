/**
 * No-op regeneration: when the spec files, the target's options and specgen itself are what the last
 * run recorded in the manifest (content hashes, never mtimes), and every file it wrote is still on
 * disk as written, the output is up to date without loading anything.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readManifest, type Manifest } from './manifest.ts';

/** What the last run was made from: `files` relative to the output directory (root spec first). */
export interface ManifestInputs {
  hash: string;
  files: string[];
}

/** The options of a target that change its output besides the spec files. */
export interface InputOptions {
  packageName?: string | undefined;
  mockData?: { optionalRate?: number; seed?: string | number } | undefined;
}

let fingerprint: string | undefined;

/**
 * specgen's own identity as far as output goes: its version and the exact versions of the
 * dependencies it emits through (openapi-typescript, esbuild, TypeScript, ts-morph...), from its
 * package.json. The same on every machine.
 */
export function toolFingerprint(): string {
  if (fingerprint === undefined) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; dependencies?: Record<string, string> };
    fingerprint = JSON.stringify({ specgen: pkg.version, dependencies: pkg.dependencies ?? {} });
  }
  return fingerprint;
}

/**
 * Whether specgen runs as built (dist/*.js): only then does its version name its code. Run from its
 * TypeScript sources (this repository, during development) the code changes under the same version,
 * so every run generates in full.
 */
export const RUNS_BUILT = import.meta.url.endsWith('.js');

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The hash recorded in the manifest for these spec files (absolute paths, root first) and options. */
export function inputsOf(outDir: string, specFiles: string[], fileHashes: string[], options: InputOptions): ManifestInputs {
  const files = specFiles.map((f) => path.relative(outDir, f).split(path.sep).join('/'));
  return { hash: inputsHash(files, fileHashes, options), files };
}

function inputsHash(files: string[], fileHashes: string[], options: InputOptions): string {
  return sha256(JSON.stringify({
    tool: toolFingerprint(),
    options: { packageName: options.packageName ?? null, mockData: options.mockData ?? null },
    files: files.map((f, i) => [f, fileHashes[i]]),
  }));
}

/**
 * The manifest of `outDir` when nothing changed since it was written: the recorded spec files hash
 * as recorded (read again, in full), the options and specgen are the same, and every generated file
 * is on disk with the content it was written with. Anything else (no manifest, a file edited or
 * missing, an unreadable spec file): undefined, and the caller generates in full.
 */
export async function unchangedOutput(outDir: string, rootSpec: string, options: InputOptions): Promise<Manifest | undefined> {
  const manifest = await readManifest(outDir);
  const inputs = manifest?.inputs;
  if (!manifest || !inputs || !Array.isArray(inputs.files) || typeof inputs.hash !== 'string') return undefined;
  const root = path.relative(outDir, path.resolve(rootSpec)).split(path.sep).join('/');
  if (inputs.files[0] !== root) return undefined;
  try {
    const hashes = await Promise.all(inputs.files.map(async (f) => sha256(await readFile(path.resolve(outDir, f), 'utf8'))));
    if (inputsHash(inputs.files, hashes, options) !== inputs.hash) return undefined;
    const written = await Promise.all(Object.entries(manifest.files).map(async ([file, hash]) =>
      sha256(await readFile(path.join(outDir, file), 'utf8')) === hash));
    return written.every(Boolean) ? manifest : undefined;
  } catch {
    return undefined;
  }
}
