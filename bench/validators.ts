/**
 * Validator benchmark: specgen's generated validators vs ajv 8 (compiled once; allErrors for the
 * invalid case) vs zod 4 (hand-written equivalent schemas), on externalConnection- and
 * externalItem-shaped data, valid and invalid (several violations, all issues collected).
 *
 *   node --import tsx bench/validators.ts
 */
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Project } from 'ts-morph';
import { z } from 'zod';
import { emitValidatorsModule } from '../generator/emit/validators/index.ts';
import { loadModule } from '../generator/emit/validators/compile-validator.ts';
import { loadGraphDocument } from '../test/behaviour/validators/fixtures/graph.ts';

export interface Row {
  schema: string;
  data: 'valid' | 'invalid';
  impl: string;
  opsPerSec: number;
  vsAjv: number;
  /** Sanity: the answer the implementation gave (true = valid). */
  result: boolean;
  /** Issues reported (invalid case). */
  issues?: number;
}

// ---------------------------------------------------------------------------------------------
// Data

export const connectionValid = {
  id: 'contosohr',
  name: 'Contoso HR',
  description: 'Connection to index Contoso HR system',
  connectorId: 'hr-connector',
  contentCategory: 'knowledgeBase',
  configuration: { authorizedAppIds: ['d1f3b8a0-4c2e-4f8a-9b1a-3c5d7e9f1a2b', '0f0e0d0c-0b0a-4908-8706-050403020100'] },
  activitySettings: {
    urlToItemResolvers: [
      {
        '@odata.type': '#microsoft.graph.externalConnectors.itemIdResolver',
        priority: 1,
        itemId: '{slug}',
        urlMatchInfo: { baseUrls: ['https://contoso.com/hr', 'https://hr.contoso.com'], urlPattern: '/(?<slug>[^/]+)' },
      },
    ],
  },
  searchSettings: {
    searchResultTemplates: [
      { id: 'tpl1', priority: 1, layout: { type: 'AdaptiveCard' }, rules: [{ property: 'title', operation: 'contains', values: ['hr'], valuesJoinedBy: 'or' }] },
    ],
  },
  enabledContentExperiences: 'search, compliance',
};

export const connectionInvalid = {
  id: 'Microsoft-x!', // pattern + not(pattern ^Microsoft)
  name: 'x'.repeat(200), // maxLength
  state: 'exploded', // enum (and readOnly)
  contentCategory: 'movies', // enum
  configuration: { authorizedAppIds: ['not-a-uuid', 42] }, // format + type
  activitySettings: { urlToItemResolvers: [{ priority: 'high', urlMatchInfo: { baseUrls: ['not a uri'] } }] }, // required x3, type, format
  searchSettings: { searchResultTemplates: [{ id: '', priority: 0 }, {}, {}] }, // maxItems, minLength, pattern, minimum
  enabledContentExperiences: 'everything',
};

export const itemValid = {
  id: 'TSP228082938',
  acl: [
    { type: 'user', value: 'e811976d-83df-4cbd-8b9b-5215b18aa874', accessType: 'grant' },
    { type: 'group', value: '14m1b9c38qe647f6a', accessType: 'deny', identitySource: 'external' },
    { type: 'everyone', value: 'everyone', accessType: 'grant' },
  ],
  properties: {
    title: 'Error in the payment gateway',
    priority: 1,
    assignee: 'john@contoso.com',
    'tags@odata.type': 'Collection(String)',
    tags: ['payments', 'gateway', 'p1'],
    isResolved: false,
    owner: { email: 'john@contoso.com', upn: 'john@contoso.com', entraId: 'abc' },
    reviewers: [{ email: 'a@contoso.com' }, 'bob'],
  },
  content: { value: 'Error in payment gateway: timeout when calling the bank API', type: 'text' },
};

export const itemInvalid = {
  acl: [
    { type: 'robot', value: 'x', accessType: 'grant' }, // enum
    { type: 'user', value: 7 }, // type + required
    { value: 'x', accessType: 'maybe' }, // required + enum
  ],
  properties: { title: { nested: { deep: true } }, 'count@odata.type': 5, list: [null] }, // anyOf x2, pattern-property type
  content: { type: 'pdf', value: 1 }, // enum + type
};

// ---------------------------------------------------------------------------------------------
// zod 4 equivalents (hand-written)

const RESERVED_IDS = ['None', 'Directory', 'Exchange', 'ExchangeArchive', 'LinkedIn', 'Mailbox', 'OneDriveBusiness', 'SharePoint', 'Teams', 'Yammer', 'Connectors', 'TaskFabric', 'PowerBI', 'Assistant', 'TopicEngine', 'MSFT_All_Connectors'];
const odata = (name: string) => z.string().regex(new RegExp(`^#?microsoft\\.graph\\.(externalConnectors\\.)?${name}$`));
const int32 = z.number().int().min(-2147483648).max(2147483647);
const connectionId = z
  .string()
  .min(3)
  .max(32)
  .regex(/^[A-Za-z0-9]+$/)
  .refine((s) => !/^Microsoft/.test(s), 'must not start with Microsoft')
  .refine((s) => !RESERVED_IDS.includes(s), 'reserved id');
const propertyRule = z.looseObject({
  property: z.string().optional(),
  operation: z.enum(['null', 'equals', 'notEquals', 'contains', 'notContains', 'lessThan', 'greaterThan', 'startsWith', 'unknownFutureValue']).optional(),
  values: z.array(z.string()).optional(),
  valuesJoinedBy: z.enum(['or', 'and']).optional(),
});
const displayTemplate = z.looseObject({
  id: z.string().min(1).max(16).regex(/^[A-Za-z0-9]+$/).optional(),
  layout: z.record(z.string(), z.unknown()).optional(),
  priority: int32.min(1).optional(),
  rules: z.array(propertyRule).optional(),
});
const zodConnection = z.looseObject({
  '@odata.type': odata('externalConnection').optional(),
  id: connectionId.optional(),
  name: z.string().max(128).optional(),
  description: z.string().optional(),
  state: z.enum(['draft', 'ready', 'obsolete', 'limitExceeded', 'unknownFutureValue']).optional(),
  configuration: z
    .looseObject({
      '@odata.type': odata('configuration').optional(),
      authorizedAppIds: z.array(z.uuid()).optional(),
      authorizedApps: z.array(z.string()).optional(),
    })
    .optional(),
  activitySettings: z
    .looseObject({
      urlToItemResolvers: z
        .array(
          z.looseObject({
            '@odata.type': odata('itemIdResolver'),
            priority: int32.optional(),
            itemId: z.string(),
            urlMatchInfo: z.looseObject({ baseUrls: z.array(z.url()).optional(), urlPattern: z.string().optional() }),
          }),
        )
        .optional(),
    })
    .optional(),
  searchSettings: z.looseObject({ searchResultTemplates: z.array(displayTemplate).max(2).optional() }).optional(),
  connectorId: z.string().optional(),
  contentCategory: z
    .enum(['uncategorized', 'knowledgeBase', 'wikis', 'fileRepository', 'qna', 'crm', 'dashboard', 'people', 'media', 'email', 'messaging', 'meetingTranscripts', 'taskManagement', 'learningManagement', 'unknownFutureValue'])
    .optional(),
  complianceSettings: z.looseObject({ eDiscoveryResultTemplates: z.array(displayTemplate).optional() }).optional(),
  enabledContentExperiences: z
    .union([z.enum(['search', 'compliance', 'unknownFutureValue']), z.string().regex(/^(search|compliance|unknownFutureValue)( *, *(search|compliance|unknownFutureValue))*$/)])
    .optional(),
  ingestedItemsCount: z.number().int().min(0).nullable().optional(),
});
const principal = z.looseObject({
  email: z.string().optional(),
  entraDisplayName: z.string().optional(),
  entraId: z.string().optional(),
  externalId: z.string().optional(),
  externalName: z.string().optional(),
  tenantId: z.string().optional(),
  upn: z.string().optional(),
});
const propertyValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), principal])), principal]);
const zodItem = z.looseObject({
  '@odata.type': odata('externalItem').optional(),
  id: z.string().min(1).max(128).optional(),
  acl: z.array(
    z.looseObject({
      type: z.enum(['user', 'group', 'everyone', 'everyoneExceptGuests', 'externalGroup', 'unknownFutureValue']),
      value: z.string(),
      accessType: z.enum(['grant', 'deny', 'unknownFutureValue']),
      identitySource: z.enum(['azureActiveDirectory', 'external']).optional(),
    }),
  ),
  properties: z
    .record(z.string(), z.unknown())
    .superRefine((bag, ctx) => {
      const keys = Object.keys(bag);
      if (keys.length < 1) ctx.addIssue({ code: 'custom', message: 'must NOT have fewer than 1 properties' });
      for (const k of keys) {
        const schema = /@odata\.type$/.test(k) ? z.string() : propertyValue;
        const r = schema.safeParse(bag[k]);
        if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [k, ...issue.path] });
      }
    }),
  content: z.looseObject({ type: z.enum(['text', 'html', 'unknownFutureValue']).optional(), value: z.string().optional() }).optional(),
});

// ---------------------------------------------------------------------------------------------
// Measurement: warm up, then count calls for a fixed time in batches.

let sink = 0;
function measure(fn: () => unknown, ms = 400): number {
  const warmEnd = performance.now() + 150;
  while (performance.now() < warmEnd) for (let i = 0; i < 100; i++) sink ^= fn() ? 1 : 0;
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 200; i++) sink ^= fn() ? 1 : 0;
    calls += 200;
    now = performance.now();
  }
  return (calls * 1000) / (now - start);
}

export async function benchValidators(): Promise<Row[]> {
  const { doc, source } = await loadGraphDocument();
  const module = emitValidatorsModule({
    root: doc,
    dialect: 'openapi-3.1',
    entries: [
      { name: 'ExternalConnection', pointer: '/components/schemas/externalConnection' },
      { name: 'ExternalItem', pointer: '/components/schemas/externalItem' },
    ],
  });
  const mod = (await loadModule(module.source)) as Record<string, any>;

  const ajvOpts = { strict: false, validateSchema: false, logger: false } as const;
  const ajvValid = new Ajv2020.default(ajvOpts);
  const ajvAll = new Ajv2020.default({ ...ajvOpts, allErrors: true });
  for (const a of [ajvValid, ajvAll]) {
    addFormats.default(a);
    a.addSchema({ $id: 'specgen:graph', components: doc.components } as object);
  }
  const ajvFn = (a: typeof ajvValid, name: string) => a.getSchema(`specgen:graph#/components/schemas/${name}`)!;

  const cases = [
    { schema: 'externalConnection', entry: 'ExternalConnection', zod: zodConnection, valid: connectionValid, invalid: connectionInvalid },
    { schema: 'externalItem', entry: 'ExternalItem', zod: zodItem, valid: itemValid, invalid: itemInvalid },
  ];
  const rows: Row[] = [];
  for (const c of cases) {
    const validate = mod[`validate${c.entry}`] as (d: unknown) => { ok: boolean; issues?: unknown[] };
    const is = mod[`is${c.entry}`] as (d: unknown) => boolean;
    const av = ajvFn(ajvValid, c.schema);
    const aa = ajvFn(ajvAll, c.schema);
    for (const kind of ['valid', 'invalid'] as const) {
      const data = kind === 'valid' ? c.valid : c.invalid;
      const impls: { impl: string; run: () => boolean; issues?: () => number }[] = [
        { impl: 'ajv', run: kind === 'valid' ? () => av(data) as boolean : () => aa(data) as boolean, issues: () => (aa(data), aa.errors?.length ?? 0) },
        { impl: 'specgen validateX', run: () => validate(data).ok, issues: () => validate(data).issues?.length ?? 0 },
        ...(kind === 'valid' ? [{ impl: 'specgen isX', run: () => is(data) }] : []),
        { impl: 'zod 4 safeParse', run: () => c.zod.safeParse(data).success, issues: () => c.zod.safeParse(data).error?.issues.length ?? 0 },
      ];
      let ajvOps = 0;
      for (const im of impls) {
        const ops = measure(im.run);
        if (im.impl === 'ajv') ajvOps = ops;
        rows.push({
          schema: `${c.schema} (${source})`,
          data: kind,
          impl: im.impl,
          opsPerSec: Math.round(ops),
          vsAjv: Math.round((ops / ajvOps) * 100) / 100,
          result: im.run(),
          ...(kind === 'invalid' && im.issues ? { issues: im.issues() } : {}),
        });
      }
    }
  }
  return rows;
}

export function formatRows(rows: Row[]): string {
  const head = ['schema', 'data', 'impl', 'ops/s', 'vs ajv', 'valid?', 'issues'];
  const body = rows.map((r) => [r.schema, r.data, r.impl, r.opsPerSec.toLocaleString('en-US'), `${r.vsAjv.toFixed(2)}x`, String(r.result), r.issues === undefined ? '' : String(r.issues)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n') + `\n(sink ${sink & 1})`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatRows(await benchValidators()));
}
