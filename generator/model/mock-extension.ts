/**
 * `x-specgen-mock`: what path structure and schemas cannot say about a stateful mock
 * (docs/mock-extensions.md). Parsed and checked by the model (the operation's, once per operation:
 * `OperationModel.mock`); a bad value is a located SpecError pointing at the extension.
 */
import { SpecError, type Located } from '../load/errors.ts';
import { isObject } from './resolve.ts';

export const MOCK_EXTENSION = 'x-specgen-mock';
const ACTIONS = ['create', 'list', 'read', 'upsert', 'update', 'delete', 'example'] as const;
export type ActionName = (typeof ACTIONS)[number];

export interface RequirementExt {
  target: string;
  property: string;
  in: unknown[];
  status?: number;
  code?: string;
  /** Upserts only: the gate applies when the write creates the member, or when it replaces one. */
  when?: 'create' | 'replace';
}

/** Per-element results: each element of a request array is checked by a behaviour and answered with its outcome. */
export interface ResultsExt {
  /** Dotted path of the request body's array. */
  items: string;
  /** Named behaviour checking one element (its problems fail that element). */
  behaviour: string;
  /** Dotted path of the results array in the answer. */
  at: string;
  /** Success status answered when some element failed (default 207). */
  partial: number;
}

export interface OperationExt {
  action?: ActionName;
  resource?: string;
  maxBodyBytes?: number;
  /** Budgets of `x-specgen-throttling` the operation counts against. */
  budgets?: string[];
  requires: RequirementExt[];
  validate?: { behaviour: string; against: string };
  results?: ResultsExt;
  longRunning?: {
    pending?: string;
    delayMs?: number;
    behaviour?: string;
    onSucceeded: { target: string; property: string; value: unknown }[];
    retryAfterSeconds?: number;
  };
}

export interface SchemaExt {
  key?: string;
  label?: string;
  ownership?: { ownedScopes: string[]; sharedWith?: string; deniedStatus?: number };
}

export interface PropertyExt {
  initial?: unknown;
  mint?: 'uuid' | 'timestamp';
}

function fail(where: Located, message: string): never {
  throw new SpecError('bad-extension', `${MOCK_EXTENSION}: ${message}`, where, 'see docs/mock-extensions.md');
}

const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const status = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 400 && v < 600;

function strings(where: Located, v: unknown, what: string): string[] {
  if (!Array.isArray(v) || !v.every(str)) fail(where, `${what} must be a list of strings`);
  return v as string[];
}

/** The operation's `x-specgen-mock`, checked; `{ requires: [] }` without one. */
export function operationExtension(raw: unknown, where: Located): OperationExt {
  if (raw === undefined) return { requires: [] };
  if (!isObject(raw)) fail(where, 'must be an object');
  const out: OperationExt = { requires: [] };
  if (raw.action !== undefined) {
    if (!ACTIONS.includes(raw.action as ActionName)) fail(where, `action must be one of ${ACTIONS.join(', ')}`);
    out.action = raw.action as ActionName;
  }
  if (raw.resource !== undefined) {
    if (!str(raw.resource) || !raw.resource.startsWith('/')) fail(where, 'resource must be a path template');
    out.resource = raw.resource;
  }
  if (raw.maxBodyBytes !== undefined) {
    if (typeof raw.maxBodyBytes !== 'number' || !(raw.maxBodyBytes > 0)) fail(where, 'maxBodyBytes must be a positive number');
    out.maxBodyBytes = raw.maxBodyBytes;
  }
  if (raw.budgets !== undefined) out.budgets = strings(where, raw.budgets, 'budgets');
  if (raw.requires !== undefined) {
    if (!Array.isArray(raw.requires)) fail(where, 'requires must be a list');
    out.requires = raw.requires.map((r) => {
      if (!isObject(r) || !str(r.property) || !Array.isArray(r.in)) fail(where, 'each requires entry needs `property` and `in`');
      if (r.status !== undefined && !status(r.status)) fail(where, 'requires.status must be a 4xx/5xx status');
      if (r.code !== undefined && !str(r.code)) fail(where, 'requires.code must be a string');
      if (r.target !== undefined && !str(r.target)) fail(where, 'requires.target must be parent, self or a path template');
      if (r.when !== undefined && r.when !== 'create' && r.when !== 'replace') fail(where, 'requires.when must be create or replace');
      return {
        target: (r.target as string | undefined) ?? 'parent', property: r.property, in: r.in,
        ...(r.status !== undefined ? { status: r.status as number } : {}), ...(r.code !== undefined ? { code: r.code as string } : {}),
        ...(r.when !== undefined ? { when: r.when as 'create' | 'replace' } : {}),
      };
    });
  }
  if (raw.validate !== undefined) {
    const v = raw.validate;
    if (!isObject(v) || !str(v.behaviour) || !str(v.against)) fail(where, 'validate needs `behaviour` and `against`');
    out.validate = { behaviour: v.behaviour, against: v.against };
  }
  if (raw.results !== undefined) {
    const r = raw.results;
    if (!isObject(r) || !str(r.items) || !str(r.behaviour) || !str(r.at)) fail(where, 'results needs `items`, `behaviour` and `at`');
    if (r.partial !== undefined && !(typeof r.partial === 'number' && Number.isInteger(r.partial) && r.partial >= 200 && r.partial < 300)) {
      fail(where, 'results.partial must be a 2xx status');
    }
    out.results = { items: r.items, behaviour: r.behaviour, at: r.at, partial: (r.partial as number | undefined) ?? 207 };
  }
  if (raw.longRunning !== undefined) {
    const lr = raw.longRunning;
    if (!isObject(lr)) fail(where, 'longRunning must be an object');
    if (lr.pending !== undefined && !str(lr.pending)) fail(where, 'longRunning.pending must be a string');
    if (lr.delayMs !== undefined && (typeof lr.delayMs !== 'number' || lr.delayMs < 0)) fail(where, 'longRunning.delayMs must be >= 0');
    if (lr.behaviour !== undefined && !str(lr.behaviour)) fail(where, 'longRunning.behaviour must be a name');
    if (lr.retryAfterSeconds !== undefined && !(typeof lr.retryAfterSeconds === 'number' && Number.isInteger(lr.retryAfterSeconds) && lr.retryAfterSeconds >= 1 && lr.retryAfterSeconds <= 3600)) {
      fail(where, 'longRunning.retryAfterSeconds must be an integer from 1 to 3600');
    }
    const sets = lr.onSucceeded === undefined ? [] : Array.isArray(lr.onSucceeded) ? lr.onSucceeded : fail(where, 'longRunning.onSucceeded must be a list');
    out.longRunning = {
      ...(lr.pending !== undefined ? { pending: lr.pending as string } : {}),
      ...(lr.delayMs !== undefined ? { delayMs: lr.delayMs as number } : {}),
      ...(lr.behaviour !== undefined ? { behaviour: lr.behaviour as string } : {}),
      ...(lr.retryAfterSeconds !== undefined ? { retryAfterSeconds: lr.retryAfterSeconds as number } : {}),
      onSucceeded: sets.map((s) => {
        if (!isObject(s) || !str(s.property) || !('value' in s)) fail(where, 'each onSucceeded entry needs `property` and `value`');
        return { target: str(s.target) ? s.target : 'parent', property: s.property, value: s.value };
      }),
    };
  }
  return out;
}

export function schemaExtensionOf(raw: unknown, where: Located): SchemaExt {
  if (raw === undefined) return {};
  if (!isObject(raw)) fail(where, 'must be an object');
  const out: SchemaExt = {};
  if (raw.key !== undefined) out.key = str(raw.key) ? raw.key : fail(where, 'key must be a property name');
  if (raw.label !== undefined) out.label = str(raw.label) ? raw.label : fail(where, 'label must be a string');
  if (raw.ownership !== undefined) {
    const o = raw.ownership;
    if (!isObject(o)) fail(where, 'ownership must be an object');
    if (o.sharedWith !== undefined && !str(o.sharedWith)) fail(where, 'ownership.sharedWith must be a dotted property path');
    if (o.deniedStatus !== undefined && !status(o.deniedStatus)) fail(where, 'ownership.deniedStatus must be a 4xx/5xx status');
    out.ownership = {
      ownedScopes: strings(where, o.ownedScopes, 'ownership.ownedScopes'),
      ...(o.sharedWith !== undefined ? { sharedWith: o.sharedWith as string } : {}),
      ...(o.deniedStatus !== undefined ? { deniedStatus: o.deniedStatus as number } : {}),
    };
  }
  return out;
}

export function propertyExtension(raw: unknown, where: Located): PropertyExt | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) fail(where, 'must be an object');
  if (raw.mint !== undefined && raw.mint !== 'uuid' && raw.mint !== 'timestamp') fail(where, 'mint must be uuid or timestamp');
  return { ...('initial' in raw ? { initial: raw.initial } : {}), ...(raw.mint !== undefined ? { mint: raw.mint as 'uuid' | 'timestamp' } : {}) };
}
