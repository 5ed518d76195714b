/**
 * Traffic extensions: what a spec says about how its API meters and bundles requests.
 *
 * - `x-specgen-throttling` on the root: named budgets (rate per second, concurrency), each counted
 *   per caller and/or per member of a resource, which the mock's limiter enforces when it is on.
 * - `x-specgen-batch` on an operation: the operation is a JSON batch endpoint (`odata-json`: OData
 *   JSON batching as Microsoft Graph serves it); the mock answers it, the client batches through it.
 *
 * Parsed and checked once here; a value of the wrong shape is a located `bad-extension` error.
 */
import { SpecError, type Located } from '../load/errors.ts';
import { isObject } from './resolve.ts';

export const THROTTLING_EXTENSION = 'x-specgen-throttling';
export const BATCH_EXTENSION = 'x-specgen-batch';
export const BATCH_FORMATS = ['odata-json'] as const;

/** One budget. `per` lists what it is counted per: `app` (the caller) and/or member path templates. */
export interface BudgetModel {
  name: string;
  /** Requests per second (token bucket refilled continuously, one second's worth of burst). */
  rate?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  per: string[];
  /**
   * Reads may spend this many extra seconds' worth of the budget beyond what writes may: when a
   * budget runs out, writes are throttled first and reads keep passing for a while (Graph).
   */
  readHeadroom: number;
  /** `all`: counts every operation below its member templates, not only those naming it. */
  appliesTo?: 'all';
}

export interface ThrottlingModel {
  budgets: BudgetModel[];
}

export interface BatchModel {
  format: (typeof BATCH_FORMATS)[number];
  /** Requests one batch may carry. */
  maxRequests: number;
}

function fail(extension: string, where: Located, message: string): never {
  throw new SpecError('bad-extension', `${extension}: ${message}`, where, 'see docs/mock-extensions.md');
}

const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;
const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
/** A path template of a member: `/a/{aId}` (ends in a parameter). */
const MEMBER_TEMPLATE = /^(\/[^/{}]+)*(\/[^/{}]+\/\{[^/{}]+\})$/;

/** The root's `x-specgen-throttling`, checked; undefined without one. */
export function throttlingExtension(raw: unknown, where: Located): ThrottlingModel | undefined {
  if (raw === undefined) return undefined;
  const bad: (message: string) => never = (message) => fail(THROTTLING_EXTENSION, where, message);
  if (!isObject(raw) || !isObject(raw.budgets)) bad('needs `budgets`, an object of named budgets');
  const budgets: BudgetModel[] = [];
  for (const [name, b] of Object.entries(raw.budgets as Record<string, unknown>)) {
    if (!NAME.test(name)) bad(`budget name '${name.slice(0, 64)}' must be a word (letters, digits, - and _)`);
    if (!isObject(b)) bad(`budget '${name}' must be an object`);
    if (b.rate !== undefined && !positive(b.rate)) bad(`budget '${name}': rate must be a positive number (requests per second)`);
    if (b.concurrency !== undefined && !(positive(b.concurrency) && Number.isInteger(b.concurrency))) {
      bad(`budget '${name}': concurrency must be a positive integer`);
    }
    if (b.rate === undefined && b.concurrency === undefined) bad(`budget '${name}' needs a rate, a concurrency or both`);
    if (b.readHeadroom !== undefined && !(typeof b.readHeadroom === 'number' && b.readHeadroom >= 0 && Number.isFinite(b.readHeadroom))) {
      bad(`budget '${name}': readHeadroom must be a number >= 0`);
    }
    if (b.appliesTo !== undefined && b.appliesTo !== 'all') bad(`budget '${name}': appliesTo can only be 'all'`);
    const per = b.per ?? ['app'];
    if (!Array.isArray(per) || per.length === 0 || !per.every((p) => p === 'app' || (typeof p === 'string' && MEMBER_TEMPLATE.test(p)))) {
      bad(`budget '${name}': per must list 'app' and/or member path templates (/a/{aId})`);
    }
    budgets.push({
      name,
      ...(b.rate !== undefined ? { rate: b.rate as number } : {}),
      ...(b.concurrency !== undefined ? { concurrency: b.concurrency as number } : {}),
      per: per as string[],
      readHeadroom: (b.readHeadroom as number | undefined) ?? 0,
      ...(b.appliesTo === 'all' ? { appliesTo: 'all' as const } : {}),
    });
  }
  return { budgets };
}

/** An operation's `x-specgen-batch`, checked; undefined without one. */
export function batchExtension(raw: unknown, where: Located): BatchModel | undefined {
  if (raw === undefined) return undefined;
  const bad: (message: string) => never = (message) => fail(BATCH_EXTENSION, where, message);
  if (!isObject(raw)) bad('must be an object');
  if (!(BATCH_FORMATS as readonly unknown[]).includes(raw.format)) bad(`format must be one of: ${BATCH_FORMATS.join(', ')}`);
  if (!(positive(raw.maxRequests) && Number.isInteger(raw.maxRequests) && raw.maxRequests <= 1000)) {
    bad('maxRequests must be an integer from 1 to 1000');
  }
  return { format: raw.format as BatchModel['format'], maxRequests: raw.maxRequests as number };
}
