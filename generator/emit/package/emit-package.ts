import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { ApiModel } from '../../model/types.ts';
import type { EmitContext, EmittedFile } from '../types.ts';

const TEMPLATES = new URL('../../../templates/', import.meta.url);

/** Handlebars with no HTML escaping (the outputs are JSON and Markdown) and explicit, safe helpers. */
function createHandlebars(): typeof Handlebars {
  const hb = Handlebars.create();
  // JSON values: quoted and escaped by JSON itself.
  hb.registerHelper('json', (value: unknown) => new hb.SafeString(JSON.stringify(value ?? null)));
  // Markdown text: keep it from opening raw HTML.
  hb.registerHelper('md', (value: unknown) => new hb.SafeString(String(value ?? '').replace(/</g, '&lt;').replace(/\r\n?/g, '\n').trim()));
  // A Markdown table cell: one line, pipes escaped.
  hb.registerHelper('cell', (value: unknown) =>
    new hb.SafeString(String(value ?? '').replace(/</g, '&lt;').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim()));
  return hb;
}

const cache = new Map<string, Handlebars.TemplateDelegate>();
export function renderTemplate(name: string, data: unknown): string {
  let template = cache.get(name);
  if (!template) {
    template = createHandlebars().compile(readFileSync(new URL(name, TEMPLATES), 'utf8'), { noEscape: true, strict: false });
    cache.set(name, template);
  }
  const text = template(data).replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n');
  return text.endsWith('\n') ? text : text + '\n';
}

/** The generated package's package.json and README, from templates/. */
export function emitPackage(model: ApiModel, ctx: EmitContext): EmittedFile[] {
  const info = (model.document.info ?? {}) as Record<string, unknown>;
  const license = (info.license ?? {}) as Record<string, unknown>;
  const data = {
    packageName: ctx.packageName,
    title: model.title,
    version: model.version,
    description: model.description?.split(/\n\s*\n/)[0] ?? model.title,
    license: typeof license.identifier === 'string' ? license.identifier : typeof license.name === 'string' ? license.name : 'UNLICENSED',
    specPath: ctx.specPath,
    schemas: model.schemas.map((s) => ({ typeName: s.typeName, description: s.description?.split('\n')[0] ?? '' })),
    operations: model.operations.map((o) => ({ name: o.name, method: o.method.toUpperCase(), path: o.path, summary: o.summary ?? '' })),
    exampleTypes: model.schemas.slice(0, 3).map((s) => s.typeName),
  };
  return [
    { path: 'package.json', content: renderTemplate('package.json.hbs', data) },
    { path: 'README.md', content: renderTemplate('README.md.hbs', data) },
  ];
}
