import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.ts';
import { buildModel } from '../../generator/model/build.ts';
import type { ApiModel } from '../../generator/model/types.ts';
import { ROOT } from '../helpers/cli.ts';

/**
 * The five seed pages are the spec's source: every endpoint, property, enum value and example they
 * show must be in the spec (and so in the generated types).
 */
const SEEDS = path.resolve(ROOT, '../shared/seeds');

/** Placeholders of the doc stubs that break the schema, replaced by the nearest valid value (each example's description quotes the original). */
const PLACEHOLDERS: Record<string, Record<string, unknown>> = {
  '003': { status: 'active' },
  '004': { status: 'unspecified' },
};

function seedFiles(): { id: string; text: string }[] {
  return readdirSync(SEEDS).filter((f) => /^\d{3}_/.test(f)).sort().map((f) => ({ id: f.slice(0, 3), text: readFileSync(path.join(SEEDS, f), 'utf8') }));
}

/** Every JSON object that starts a line in a seed page (the request and response bodies). */
function jsonBodies(text: string): unknown[] {
  const out: unknown[] = [];
  for (let i = text.indexOf('\n{'); i !== -1; i = text.indexOf('\n{', i + 1)) {
    let depth = 0;
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) {
        try {
          out.push(JSON.parse(text.slice(i + 1, j + 1)));
        } catch {
          /* not JSON (a doc annotation) */
        }
        break;
      }
    }
  }
  return out.filter((o) => !(o && typeof o === 'object' && ('blockType' in o || 'type' in o && (o as { type: string }).type === '#page.annotation')));
}

function withPlaceholders(seed: string, value: unknown): unknown {
  const fix = PLACEHOLDERS[seed];
  if (!fix || !value || typeof value !== 'object') return value;
  return { ...(value as object), ...Object.fromEntries(Object.entries(fix).filter(([k]) => k in (value as object))) };
}

function allExamples(model: ApiModel): unknown[] {
  return model.operations.flatMap((op) => [
    ...(op.requestBody?.contents.flatMap((c) => c.examples.map((e) => e.value)) ?? []),
    ...op.responses.flatMap((r) => r.contents.flatMap((c) => c.examples.map((e) => e.value))),
  ]);
}

function propertyNames(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => propertyNames(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      propertyNames(v, out);
    }
  }
  return out;
}

describe('the seed pages are all in the spec', () => {
  let model: ApiModel;
  let types: string;
  beforeAll(async () => {
    model = buildModel(await loadSpec(path.join(ROOT, 'spec/graph-connectors.yaml')));
    types = readFileSync(path.join(ROOT, 'generated/graph-connectors/dist/openapi.d.ts'), 'utf8');
  });

  const seeds = seedFiles();
  it('finds the five seeds', () => expect(seeds.map((s) => s.id)).toEqual(['000', '001', '002', '003', '004']));

  for (const seed of seeds) {
    describe(`seed ${seed.id}`, () => {
      it('every endpoint is an operation', () => {
        const endpoints = [...seed.text.matchAll(/^(?:``` ?http\n)?(GET|POST|PATCH|PUT|DELETE) (\/[^\s]+)$/gm)].map((m) => [m[1]!.toLowerCase(), m[2]!] as const);
        expect(endpoints.length).toBeGreaterThan(0);
        for (const [method, p] of endpoints) {
          const template = p.replace(/\{externalConnectionId\}/, '{connectionId}');
          expect(model.operations.some((o) => o.method === method && o.path === template), `${method} ${p}`).toBe(true);
        }
      });

      it('every request and response body is a named example, verbatim (placeholders aside)', () => {
        const bodies = jsonBodies(seed.text);
        expect(bodies.length).toBeGreaterThanOrEqual(2);
        const examples = allExamples(model);
        for (const body of bodies) expect(examples, JSON.stringify(body)).toContainEqual(withPlaceholders(seed.id, body));
      });

      it('every property it shows is in the generated types', () => {
        for (const body of jsonBodies(seed.text)) {
          for (const name of propertyNames(body)) {
            const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
            expect(types.includes(`${key}?: `) || types.includes(`${key}: `), name).toBe(true);
          }
        }
      });

      it('every enum value it lists is in the spec', () => {
        const lists = [...seed.text.matchAll(/Possible values are: ((?:`[^`]+`,? ?)+)|possible values are: ((?:`[^`]+`,? ?)+)/gi)];
        for (const m of lists) {
          for (const v of (m[1] ?? m[2])!.match(/`([^`]+)`/g)!.map((s) => s.slice(1, -1))) expect(types, v).toContain(`"${v}"`);
        }
      });
    });
  }

  it('the seed 002 known issue (503 then 409) is documented on createConnection, with its recovery extension', () => {
    const create = model.operations.find((o) => o.operationId === 'createConnection')!;
    expect(create.description).toMatch(/503/);
    expect(create.description).toMatch(/409/);
    expect(create.idempotentCreate).toEqual({ readOperationId: 'getConnection', conflictStatus: 409, match: ['id', 'name', 'description'], idProperty: 'id' });
    expect(create.responses.map((r) => r.status)).toEqual(expect.arrayContaining(['201', '409', '503']));
  });

  it('the connection id constraints are schema keywords', () => {
    const json = JSON.stringify(model.document);
    for (const reserved of ['None', 'Directory', 'SharePoint', 'MSFT_All_Connectors', '^Microsoft']) expect(json).toContain(reserved);
    const id = JSON.stringify((model.document.components as { schemas: Record<string, unknown> }).schemas.connectionId);
    expect(id).toMatch(/"minLength":3/);
    expect(id).toMatch(/"maxLength":32/);
  });

  it('servers cover the four national clouds x two versions', () => {
    expect(model.servers.map((s) => s.url).sort()).toEqual([
      'https://dod-graph.microsoft.us/beta', 'https://dod-graph.microsoft.us/v1.0',
      'https://graph.microsoft.com/beta', 'https://graph.microsoft.com/v1.0',
      'https://graph.microsoft.us/beta', 'https://graph.microsoft.us/v1.0',
      'https://microsoftgraph.chinacloudapi.cn/beta', 'https://microsoftgraph.chinacloudapi.cn/v1.0',
    ]);
  });
});
