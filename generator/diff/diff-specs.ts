import type { ApiModel, OperationModel } from '../model/types.ts';
import { compareSchemas } from './compare-schemas.ts';
import type { ApiChange, ApiDiff, SemverBump } from './types.ts';

const opKey = (op: OperationModel) => `${op.method.toUpperCase()} ${op.path.replace(/\{[^}]+\}/g, '{}')}`;
const opName = (op: OperationModel) => `${op.method.toUpperCase()} ${op.path}`;

/** The API changes from one model to the next, each classified, and the semver bump they call for. */
export function diffModels(a: ApiModel, b: ApiModel): ApiDiff {
  const changes: ApiChange[] = [];
  const before = new Map(a.operations.map((o) => [opKey(o), o]));
  const after = new Map(b.operations.map((o) => [opKey(o), o]));
  const pathsA = new Set(a.operations.map((o) => o.path.replace(/\{[^}]+\}/g, '{}')));
  const pathsB = new Set(b.operations.map((o) => o.path.replace(/\{[^}]+\}/g, '{}')));
  for (const p of [...pathsA].sort()) {
    if (!pathsB.has(p)) changes.push({ kind: 'breaking', code: 'path-removed', where: p, message: `path ${p} removed` });
  }
  for (const [key, op] of [...before].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const next = after.get(key);
    if (!next) {
      changes.push({ kind: 'breaking', code: 'operation-removed', where: opName(op), message: `operation ${op.operationId} removed` });
      continue;
    }
    compareOperation(a, b, op, next, changes);
  }
  for (const [key, op] of [...after].sort(([x], [y]) => (x < y ? -1 : 1))) {
    if (!before.has(key)) changes.push({ kind: 'non-breaking', code: 'operation-added', where: opName(op), message: `operation ${op.operationId} added` });
  }
  const schemasB = new Set(b.schemas.map((s) => s.key));
  const schemasA = new Set(a.schemas.map((s) => s.key));
  for (const s of a.schemas) {
    if (!schemasB.has(s.key)) changes.push({ kind: 'breaking', code: 'schema-removed', where: `#/components/schemas/${s.key}`, message: `schema ${s.key} removed (its exported type ${s.typeName} goes)` });
  }
  for (const s of b.schemas) {
    if (!schemasA.has(s.key)) changes.push({ kind: 'non-breaking', code: 'schema-added', where: `#/components/schemas/${s.key}`, message: `schema ${s.key} added` });
  }
  return { changes: dedupe(changes), bump: bumpFor(changes), from: { version: a.version }, to: { version: b.version } };
}

function compareOperation(a: ApiModel, b: ApiModel, op: OperationModel, next: OperationModel, out: ApiChange[]): void {
  const where = opName(next);
  if (op.operationId !== next.operationId) {
    out.push({ kind: 'breaking', code: 'operation-renamed', where, message: `operationId ${op.operationId} became ${next.operationId} (the generated function is renamed)` });
  }
  const params = (o: OperationModel) => new Map(o.parameters.map((p) => [`${p.in}:${p.name}`, p]));
  const pa = params(op);
  const pb = params(next);
  for (const [k, p] of pa) {
    const q = pb.get(k);
    if (!q) out.push({ kind: 'breaking', code: 'parameter-removed', where, message: `${p.in} parameter \`${p.name}\` removed` });
    else {
      if (!p.required && q.required) out.push({ kind: 'breaking', code: 'parameter-became-required', where, message: `${p.in} parameter \`${p.name}\` became required` });
      compareSchemas(where, `${p.in} parameter ${p.name}`, '', 'request', { doc: a.document, schema: p.schema }, { doc: b.document, schema: q.schema }, out);
    }
  }
  for (const [k, q] of pb) {
    if (pa.has(k)) continue;
    out.push(q.required
      ? { kind: 'breaking', code: 'required-parameter-added', where, message: `required ${q.in} parameter \`${q.name}\` added` }
      : { kind: 'non-breaking', code: 'parameter-added', where, message: `optional ${q.in} parameter \`${q.name}\` added` });
  }
  const bodyA = op.requestBody?.contents.find((c) => c.schema !== undefined);
  const bodyB = next.requestBody?.contents.find((c) => c.schema !== undefined);
  if (bodyA && !bodyB) out.push({ kind: 'breaking', code: 'request-body-removed', where, message: 'request body removed' });
  if (!bodyA && bodyB && next.requestBody?.required) out.push({ kind: 'breaking', code: 'request-body-required', where, message: 'a required request body was added' });
  if (bodyA && bodyB) compareSchemas(where, 'request body', '', 'request', { doc: a.document, schema: bodyA.schema }, { doc: b.document, schema: bodyB.schema }, out);
  const responses = (o: OperationModel) => new Map(o.responses.map((r) => [r.status, r]));
  const ra = responses(op);
  const rb = responses(next);
  for (const [status, r] of ra) {
    const s = rb.get(status);
    if (!s) {
      out.push({ kind: r.kind === 'success' ? 'breaking' : 'non-breaking', code: 'response-removed', where, message: `response ${status} removed` });
      continue;
    }
    const ma = r.contents.find((c) => c.schema !== undefined);
    const mb = s.contents.find((c) => c.schema !== undefined);
    if (ma && !mb) out.push({ kind: 'breaking', code: 'response-body-removed', where, message: `response ${status} no longer has a body` });
    if (ma && mb) compareSchemas(where, `response ${status}`, '', 'response', { doc: a.document, schema: ma.schema }, { doc: b.document, schema: mb.schema }, out);
  }
  for (const [status, s] of rb) {
    if (ra.has(status)) continue;
    out.push({ kind: s.kind === 'success' && [...ra.values()].some((r) => r.kind === 'success') ? 'breaking' : 'non-breaking', code: 'response-added', where,
      message: `response ${status} added${s.kind === 'success' && [...ra.values()].some((r) => r.kind === 'success') ? ' (a new success status clients must handle)' : ''}` });
  }
}

function dedupe(changes: ApiChange[]): ApiChange[] {
  const seen = new Set<string>();
  return changes.filter((c) => {
    const k = `${c.kind}|${c.code}|${c.where}|${c.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function bumpFor(changes: ApiChange[]): SemverBump {
  if (changes.some((c) => c.kind === 'breaking')) return 'major';
  if (changes.some((c) => /added/.test(c.code))) return 'minor';
  return changes.length ? 'patch' : 'none';
}

/** How far `to` moved from `from`, in semver terms (pre-1.0 minor counts as major, as npm treats it). */
export function versionBump(from: string, to: string): SemverBump {
  const parse = (v: string) => (/^v?(\d+)\.(\d+)\.(\d+)/.exec(v) ?? []).slice(1, 4).map(Number);
  const [a1 = 0, a2 = 0, a3 = 0] = parse(from);
  const [b1 = 0, b2 = 0, b3 = 0] = parse(to);
  if (b1 > a1 || (a1 === 0 && b1 === 0 && b2 > a2)) return 'major';
  if (b1 === a1 && b2 > a2) return 'minor';
  if (b1 === a1 && b2 === a2 && b3 > a3) return 'patch';
  return 'none';
}

export const BUMP_ORDER: SemverBump[] = ['none', 'patch', 'minor', 'major'];

export function formatDiff(diff: ApiDiff): string {
  const lines = [`API changes ${diff.from.version} -> ${diff.to.version}: ${diff.changes.length} (${diff.changes.filter((c) => c.kind === 'breaking').length} breaking); calls for a ${diff.bump} release`];
  for (const c of diff.changes) lines.push(`  ${c.kind === 'breaking' ? 'BREAKING' : 'ok      '} ${c.where}: ${c.message}`);
  return lines.join('\n');
}
