/**
 * A full generation: load -> model -> emit -> write (pipeline.ts decides whether one is needed and
 * imports this module only then).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createProject } from './code/project.ts';
import { lineComment } from './code/text.ts';
import { LIMITS } from './load/limits.ts';
import { emitClient } from './emit/client/emit-client.ts';
import { emitIndex } from './emit/emit-index.ts';
import { emitMocks } from './emit/mocks/index.ts';
import { emitValidators } from './emit/emit-validators.ts';
import { emitHistory, type PreviousGeneration } from './emit/package/emit-history.ts';
import { compilePackage } from './emit/package/compile.ts';
import { createOffload, type Offload } from './emit/offload.ts';
import { emitPackage } from './emit/package/emit-package.ts';
import { emitTypes } from './emit/types/emit-types.ts';
import type { EmitContext, EmittedFile } from './emit/types.ts';
import { loadSpec, SpecError, type Diagnostic, type Located } from './load/index.ts';
import type { PrepareWarning } from './emit/types/prepare.ts';
import { buildModel } from './model/build.ts';
import { words } from './model/names.ts';
import type { ApiModel } from './model/types.ts';
import { staleFiles } from './write/check.ts';
import { commitPlan } from './write/commit.ts';
import { MANIFEST_FILE, manifestText, readManifest, sha256 } from './write/manifest.ts';
import { planWrite } from './write/plan.ts';
import { inputsOf, type InputOptions, type ManifestInputs } from './write/unchanged.ts';

import type { GenerateResult, GenerateTarget, StepTimer } from './pipeline.ts';

/** The full run of `generateTarget` (pipeline.ts), once it knows there is work to do. */
export async function generateInFull(target: GenerateTarget, opts: { check: boolean; writeSources?: string }, time: StepTimer, timings: Record<string, number>,
  warnings: Diagnostic[], options: InputOptions): Promise<GenerateResult> {
  const outDir = path.resolve(target.out);
  const loaded = await time('load', () => loadSpec(target.spec));
  const model = time('model', () => buildModel(loaded));
  const specHash = sha256(checkGenerateSize(model));
  warnings.push(...loaded.warnings, ...model.warnings);
  const previous = await time('history', () => readPrevious(outDir, specHash));
  const inputs = inputsOf(outDir, loaded.files, loaded.fileHashes, options);
  const sourcesOut: EmittedFile[] = [];
  const files = await time('emit', () => emitAll(model, target, outDir, time, previous, warnings, specHash, inputs, sourcesOut));
  if (opts.writeSources) await time('write', () => writeSourcesTo(opts.writeSources!, sourcesOut));
  rememberModel(files, model);
  const plan = await time('plan', () => planWrite(outDir, files, { spec: target.spec }));
  const stale = opts.check ? staleFiles(plan) : [];
  if (!opts.check) warnings.push(...(await time('write', () => commitPlan(plan))));
  return {
    target,
    files: plan.files.map((f) => ({ path: f.path, status: f.status })),
    removed: plan.removed.map((r) => r.path),
    stale,
    warnings,
    timings,
    specFiles: loaded.files,
    model,
  };
}

/** load -> model -> emit, in memory. */
export async function renderTarget(target: GenerateTarget): Promise<{ files: EmittedFile[]; model: ApiModel }> {
  const outDir = path.resolve(target.out);
  const model = buildModel(await loadSpec(target.spec));
  const specHash = sha256(checkGenerateSize(model));
  const previous = await readPrevious(outDir, specHash);
  return { files: await emitAll(model, target, outDir, (_step, work) => work(), previous, [], specHash), model };
}

/** load -> model -> emit -> write, timed per phase. */
/** Models of the specs this process generated lately, by the hash of their openapi.json: watch mode's next diff base. */
const recentModels = new Map<string, ApiModel>();

function rememberModel(files: EmittedFile[], model: ApiModel): void {
  const bundled = files.find((f) => f.path === 'openapi.json');
  if (!bundled) return;
  if (recentModels.size >= 4) recentModels.delete(recentModels.keys().next().value!);
  recentModels.set(sha256(bundled.content), model);
}

/** The bundled spec and changelog the last generation left, when specgen owns them. */
async function readPrevious(outDir: string, specHash: string): Promise<PreviousGeneration> {
  const manifest = await readManifest(outDir);
  if (!manifest) return {};
  const previous: PreviousGeneration = {};
  if (manifest.files['CHANGELOG.md']) previous.changelog = await readFile(path.join(outDir, 'CHANGELOG.md'), 'utf8').catch(() => undefined);
  const hash = manifest.files['openapi.json'];
  if (manifest.specHash === specHash && hash) {
    // The same bundled document (specgen or the options changed): nothing to diff, no need to model it again.
    previous.sameSpec = true;
  } else if (hash) {
    try {
      previous.model = recentModels.get(hash) ?? buildModel(await loadSpec(path.join(outDir, 'openapi.json')));
    } catch {
      // An unreadable previous spec only costs the change report.
    }
  }
  return previous;
}

/** The TypeScript sources (`src/...`), in memory (see pipeline.ts). */
export async function renderSources(target: GenerateTarget): Promise<EmittedFile[]> {
  const outDir = path.resolve(target.out);
  const model = buildModel(await loadSpec(target.spec));
  checkGenerateSize(model);
  const offload = createOffload(model.operations.length + model.schemas.length);
  try {
    return (await emitSources(model, target, outDir, (_step, work) => work(), [], offload)).files;
  } finally {
    await offload.close();
  }
}

async function emitSources(model: ApiModel, target: GenerateTarget, outDir: string, time: EmitContext['time'],
  warnings: Diagnostic[], offload: Offload, precompile = false): Promise<{ files: EmittedFile[]; ctx: EmitContext }> {
  const specPath = path.relative(outDir, path.resolve(target.spec)).split(path.sep).join('/');
  const ctx: EmitContext = {
    project: createProject(),
    header: lineComment(`Generated by specgen from ${specPath}. Do not edit: change the spec and regenerate.`),
    specPath,
    packageName: checkedPackageName(target.packageName) ?? (words(model.title).join('-').toLowerCase().slice(0, 200) || 'api-client'),
    mockData: target.mockData ?? {},
    offload,
    time,
  };
  const typeWarnings: PrepareWarning[] = [];
  // The types emitter hands openapi-typescript to the offload thread and is awaited after the others.
  const types = time('emit:types', () => emitTypes(model, ctx, typeWarnings));
  types.catch(() => {});
  // Each emitter's files start compiling as soon as they exist (esbuild in its process, declarations
  // on the offload thread) while this thread emits the next; compilePackage later finds them done.
  const emitted = (files: EmittedFile[]) => {
    if (precompile) compilePackage(files, offload).catch(() => {});
    return files;
  };
  const others = [
    ...emitted(time('emit:validators', () => emitValidators(model, ctx))),
    ...emitted(time('emit:client', () => emitClient(model, ctx))),
    ...emitted(time('emit:mocks', () => emitMocks(model, ctx))),
    ...time('emit:index', () => emitIndex(model, ctx, ['types', 'validators', 'client'])),
  ];
  const files: EmittedFile[] = oncePerPath([...(await types), ...others]);
  for (const w of typeWarnings) warnings.push(warningAt(model.locate(w.pointer), 'types-workaround', w.message));
  // Emitters hand over text; the ASTs behind it are dead weight on big specs (hundreds of MB).
  time('emit:release', () => {
    for (const file of ctx.project.getSourceFiles()) ctx.project.removeSourceFile(file);
  });
  return { files, ctx };
}

async function emitAll(model: ApiModel, target: GenerateTarget, outDir: string, time: EmitContext['time'],
  previous: PreviousGeneration, warnings: Diagnostic[], specHash: string, inputs?: ManifestInputs, sourcesOut?: EmittedFile[]): Promise<EmittedFile[]> {
  const offload = createOffload(model.operations.length + model.schemas.length);
  let sources: EmittedFile[];
  let ctx: EmitContext;
  let compiled: EmittedFile[];
  try {
    ({ files: sources, ctx } = await emitSources(model, target, outDir, time, warnings, offload, true));
    // The TypeScript the emitters wrote is an in-memory stage: the package ships each module once, as
    // JavaScript with its declarations (dist/*.js + dist/*.d.ts), not a second time as sources.
    compiled = await time('emit:compile', () => compilePackage(sources, offload));
  } finally {
    await offload.close();
  }
  const files = [...sources.filter((f) => !f.path.startsWith('src/')), ...compiled];
  sourcesOut?.push(...sources.filter((f) => f.path.startsWith('src/')));
  files.push(...time('emit:package', () => emitPackage(model, ctx, files.map((f) => f.path))));
  const history = time('emit:history', () => emitHistory(model, previous));
  files.push(...history.files);
  warnings.push(...history.warnings);
  const normalised = files.map((f) => ({ path: f.path, content: normalise(f.content) }));
  normalised.push({ path: MANIFEST_FILE, content: manifestText(normalised, specHash, model.version, inputs) });
  return normalised;
}

/**
 * Runtime modules several emitters use (the parameter codec) come from each of them: one copy is
 * kept. Two different files at one path would be a generator bug.
 */
function oncePerPath(files: EmittedFile[]): EmittedFile[] {
  const byPath = new Map<string, EmittedFile>();
  for (const file of files) {
    const seen = byPath.get(file.path);
    if (seen && seen.content !== file.content) throw new Error(`internal error: two different files at ${file.path}`);
    byPath.set(file.path, file);
  }
  return [...byPath.values()];
}

/**
 * A document too big to generate in bounded memory gets a located refusal, not an out-of-memory crash.
 * Returns the document's JSON text (its hash is the manifest's spec hash): serialised once.
 */
function checkGenerateSize(model: ApiModel): string {
  const json = JSON.stringify(model.document);
  const bytes = Buffer.byteLength(json);
  if (bytes <= LIMITS.maxGenerateBytes) return json;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  throw new SpecError('too-large-to-generate', `unsupported: the bundled document is ${mb(bytes)}; specgen generates documents of up to ` +
    `${mb(LIMITS.maxGenerateBytes)} (${model.operations.length} operations here)`, model.locate(''),
    'split the spec (for example by tag) into several specs and generate each; larger documents need more memory than a build step should take');
}

function warningAt(at: Located, code: string, message: string): Diagnostic {
  return { severity: 'warning', code, message, file: at.file, line: at.line, column: at.column, pointer: at.pointer };
}

/** npm's rules for a package name (it lands in package.json, the README and its import examples). */
function checkedPackageName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  if (name.length <= 214 && /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(name)) return name;
  throw new SpecError('bad-package-name', `invalid npm package name ${JSON.stringify(name)}`, { file: '--package-name' },
    'lower-case letters, digits, - . _ ~, optionally @scope/, at most 214 characters');
}

/** LF endings and exactly one final newline, whatever produced the text. */
function normalise(text: string): string {
  // trimEnd, not /\s*$/: that regex retries from every whitespace run and costs seconds on megabyte files.
  return `${(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).trimEnd()}\n`;
}

/**
 * `--write-sources DIR`: the TypeScript the package was compiled from, for reading or type-checking
 * (not part of the package). DIR must be new or empty: nothing of anyone else's is overwritten.
 */
async function writeSourcesTo(dir: string, sources: EmittedFile[]): Promise<void> {
  const root = path.resolve(dir);
  const existing = await readdir(root).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? [] : Promise.reject(err)));
  if (existing.length) {
    throw new SpecError('sources-dir-not-empty', `refusing to write sources into ${dir}: it is not empty`, { file: '--write-sources' },
      'name a new or empty directory');
  }
  for (const file of sources) {
    const to = path.join(root, file.path);
    await mkdir(path.dirname(to), { recursive: true });
    await writeFile(to, file.content);
  }
}
