/** Structural sharing: identical inline subschemas compile to one function — only when they mean the same. */
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { compileValidator, loadModule } from '../../../generator/emit/validators/compile-validator.ts';
import { type ValidatorInput } from '../../../generator/emit/validators/index.ts';
import { emitValidatorsFile } from '../../helpers/validators-file.ts';

function emit(input: ValidatorInput): string {
  const project = new Project({ useInMemoryFileSystem: true });
  return emitValidatorsFile(project, '/out/validators.ts', input).getFullText();
}

/** Names of the generated (non-exported) functions. */
function functions(text: string): string[] {
  return [...text.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]!);
}

const owner = {
  type: 'object',
  title: 'Owner',
  required: ['login', 'id'],
  properties: { login: { type: 'string', minLength: 1 }, id: { type: 'integer' }, url: { type: 'string', format: 'uri' } },
};

const doc = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {},
  components: {
    schemas: {
      // the same inline object in two different parents (different descriptions do not matter)
      Repo: { type: 'object', properties: { name: { type: 'string' }, owner: { ...owner, description: 'repo owner' } } },
      Gist: { type: 'object', properties: { files: { type: 'integer' }, owner: { ...owner, description: 'gist owner' } } },
      // a small leaf repeated everywhere (shared in issue collection, inlined on the boolean path)
      Plain: { type: 'object', properties: { a: { type: ['string', 'null'], format: 'uri' }, b: { type: ['string', 'null'], format: 'uri' } } },
      // identical JSON with readOnly below: request and response variants must differ
      Pet: { type: 'object', properties: { meta: { type: 'object', properties: { id: { type: 'integer', readOnly: true }, note: { type: 'string' } } } } },
      Toy: { type: 'object', properties: { meta: { type: 'object', properties: { id: { type: 'integer', readOnly: true }, note: { type: 'string' } } } } },
    },
  },
};

const entries: ValidatorInput['entries'] = [
  { name: 'Repo', pointer: '/components/schemas/Repo' },
  { name: 'Gist', pointer: '/components/schemas/Gist' },
  { name: 'GistRequest', pointer: '/components/schemas/Gist', mode: 'request' },
  { name: 'GistResponse', pointer: '/components/schemas/Gist', mode: 'response' },
  { name: 'Plain', pointer: '/components/schemas/Plain' },
  { name: 'PetRequest', pointer: '/components/schemas/Pet', mode: 'request' },
  { name: 'PetResponse', pointer: '/components/schemas/Pet', mode: 'response' },
  { name: 'ToyRequest', pointer: '/components/schemas/Toy', mode: 'request' },
];

describe('structural sharing of identical subschemas', () => {
  const text = emit({ root: doc, dialect: 'openapi-3.1', entries });

  it('compiles two identical inline subschemas in different parents into one shared function', () => {
    const fns = functions(text);
    // one boolean and one issue-collecting function for `owner`, named after its title
    expect(fns.filter((f) => /Owner/.test(f))).toEqual(['checkOwner', 'collectOwner']);
    expect(text).toMatch(/\/\*\* Checks #\/components\/schemas\/Repo\/properties\/owner \(and identical subschemas elsewhere\)\. \*\//);
    // called from both parents, not inlined
    for (const parent of ['checkRepo', 'checkGist']) {
      const body = text.slice(text.indexOf(`function ${parent}(`), text.indexOf('\n}\n', text.indexOf(`function ${parent}(`)));
      expect(body).toContain('checkOwner(prop_owner, depth + 1)');
      expect(body).not.toContain('"login"');
    }
    // no readOnly/writeOnly below Gist: request / response / any modes share one function
    expect(fns.filter((f) => /Gist/.test(f))).toEqual(['checkGist', 'collectGist']);
    expect(text).toMatch(/export function isGistRequest\(data: unknown\): data is unknown \{\n {2}return runCheck\(checkGist, data\);/);
  });

  it('reports the schema path of the place that was validated, not of the first occurrence', async () => {
    const mod: Record<string, any> = await loadModule(text);
    expect(mod.isRepo({ owner: { login: 'octocat', id: 1 } })).toBe(true);
    expect(mod.isGist({ owner: { login: 'octocat', id: 1.5 } })).toBe(false);
    const repo = mod.validateRepo({ owner: { login: '', id: 1 } });
    const gist = mod.validateGist({ owner: { login: '', id: 1 } });
    expect(repo.issues).toEqual([
      { path: '/owner/login', keyword: 'minLength', message: 'must NOT have fewer than 1 characters', schemaPath: '#/components/schemas/Repo/properties/owner/properties/login/minLength', expected: 1 },
    ]);
    expect(gist.issues).toEqual([
      { path: '/owner/login', keyword: 'minLength', message: 'must NOT have fewer than 1 characters', schemaPath: '#/components/schemas/Gist/properties/owner/properties/login/minLength', expected: 1 },
    ]);
    const missing = mod.validateGist({ owner: {} });
    expect(missing.issues.map((i: any) => [i.path, i.schemaPath])).toEqual([
      ['/owner/login', '#/components/schemas/Gist/properties/owner/required'],
      ['/owner/id', '#/components/schemas/Gist/properties/owner/required'],
    ]);
  });

  it('names small shared leaves by what they are and keeps the boolean path inline', async () => {
    expect(functions(text)).toContain('collectUriStringOrNull');
    expect(functions(text)).not.toContain('checkUriStringOrNull');
    const mod: Record<string, any> = await loadModule(text);
    expect(mod.isPlain({ a: null, b: 'https://example.com/' })).toBe(true);
    expect(mod.isPlain({ a: null, b: 'not a uri' })).toBe(false);
    expect(mod.validatePlain({ a: 1, b: 'https://x.y/' }).issues[0].schemaPath).toBe('#/components/schemas/Plain/properties/a/type');
    expect(mod.validatePlain({ a: null, b: 'x' }).issues[0].schemaPath).toBe('#/components/schemas/Plain/properties/b/format');
  });

  it('does not share a subschema with readOnly below it between request and response mode', async () => {
    const fns = functions(text);
    // Pet.meta and Toy.meta are shared with each other, but per mode
    expect(fns.filter((f) => /Meta/.test(f)).sort()).toEqual(['checkPetMeta', 'checkPetMetaForRequest', 'collectPetMeta', 'collectPetMetaForRequest']);
    const mod: Record<string, any> = await loadModule(text);
    expect(mod.isPetRequest({ meta: { id: 1 } })).toBe(false);
    expect(mod.isToyRequest({ meta: { id: 1 } })).toBe(false);
    expect(mod.isPetResponse({ meta: { id: 1 } })).toBe(true);
    expect(mod.validateToyRequest({ meta: { id: 1 } }).issues).toEqual([
      { path: '/meta/id', keyword: 'readOnly', message: 'must NOT be present in a request (readOnly)', schemaPath: '#/components/schemas/Toy/properties/meta/properties/id/readOnly' },
    ]);
  });

  it('does not share identical JSON under different $id bases (relative $refs resolve differently)', async () => {
    const inner = { type: 'object', required: ['q'], properties: { q: { $ref: 'item.json' }, r: { type: 'string' } } };
    const resource = (base: string, item: unknown) => ({
      $id: base,
      type: 'object',
      properties: { p1: structuredClone(inner), p2: structuredClone(inner) },
      $defs: { item: { $id: 'item.json', ...(item as object) } },
    });
    const v = await compileValidator({
      type: 'object',
      properties: { a: { $ref: 'https://example.com/a/' }, b: { $ref: 'https://example.com/b/' } },
      $defs: { a: resource('https://example.com/a/', { type: 'string' }), b: resource('https://example.com/b/', { type: 'integer' }) },
    });
    // within one base the subschema is shared (p1 and p2), across bases it is not
    expect(v.source.match(/^function check\w*\(/gm)!.filter((f) => /P1|P2/.test(f))).toEqual(['function checkAP1(', 'function checkBP1(']);
    expect(v({ a: { p1: { q: 'x' }, p2: { q: 'y' } }, b: { p1: { q: 1 }, p2: { q: 2 } } })).toBe(true);
    expect(v({ a: { p1: { q: 1 } } })).toBe(false);
    expect(v({ b: { p2: { q: 'x' } } })).toBe(false);
  });

  it('passes annotations of a shared allOf member on to unevaluatedProperties', async () => {
    const part = { type: 'object', required: ['a'], properties: { a: { type: 'string' }, b: { type: 'integer' } } };
    const v = await compileValidator({
      type: 'object',
      properties: {
        x: { allOf: [part], unevaluatedProperties: false },
        y: { allOf: [part], properties: { extra: true }, unevaluatedProperties: false },
      },
    });
    expect(v.source).toMatch(/function check\w*Tracked\(data: unknown, depth: number, ev: Evaluated\)/);
    expect(v({ x: { a: 'x', b: 1 }, y: { a: 'y', extra: 1 } })).toBe(true);
    expect(v({ x: { a: 'x', extra: 1 } })).toBe(false);
    expect(v({ y: { a: 'x', c: 1 } })).toBe(false);
    const r = v.validate({ x: { a: 'x', c: 1 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.keyword, i.path, i.schemaPath])).toEqual([['unevaluatedProperties', '/x/c', '#/properties/x/unevaluatedProperties']]);
  });

  it('is deterministic', () => {
    expect(emit({ root: doc, dialect: 'openapi-3.1', entries })).toBe(text);
  });
});
