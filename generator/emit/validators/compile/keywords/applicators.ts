/** In-place applicators: allOf, anyOf, oneOf (+ OpenAPI discriminator), not, if/then/else. */
import { lit } from '../../code.ts';
import { isObject, type SchemaNode } from '../../resolve.ts';
import type { ModuleCompiler } from '../compiler.ts';
import { compileChild, isTrivial } from '../schema.ts';
import { fail, failIf, has } from '../scope.ts';
import type { Scope } from '../types.ts';
import { branchCheck, branchCollect } from './core.ts';

export function compileApplicators(c: ModuleCompiler, s: Scope, node: Record<string, unknown>): void {
  const draft4 = s.fn.unit.dialect === 'openapi-3.0';
  const w = s.fn.w;
  // `w.dead`: an earlier check rejects unconditionally (unsatisfiable schema), nothing more is reachable
  if (Array.isArray(node.allOf)) {
    node.allOf.forEach((sub, i) => compileChild(c, s, sub, s.data, s.path, `${s.schemaPath}/allOf/${i}`, s.ev));
  }
  const disc = isObject(node.discriminator) && typeof node.discriminator.propertyName === 'string' ? node.discriminator : null;
  for (const kw of ['anyOf', 'oneOf'] as const) {
    const branches = node[kw];
    if (!Array.isArray(branches) || w.dead) continue;
    if (disc) compileDiscriminated(c, s, kw, branches, disc.propertyName as string, isObject(disc.mapping) ? disc.mapping : {}, node);
    else compileUnion(c, s, kw, branches);
  }
  if (has(node, 'not') && !w.dead) {
    // `not: {}` / `not: true`: nothing is valid
    if (isTrivial(node.not)) fail(c, s, 'not', 'must NOT be valid');
    else failIf(c, s, branchCheck(c, s, node.not, `${s.fn.base}Not`, s.data, null), 'not', 'must NOT be valid');
  }
  if (!draft4 && has(node, 'if') && !w.dead) compileIf(c, s, node);
}

function compileUnion(c: ModuleCompiler, s: Scope, kw: 'anyOf' | 'oneOf', branches: unknown[]): void {
  const w = s.fn.w;
  const hint = (i: number): string => `${s.fn.base}${kw === 'anyOf' ? 'AnyOf' : 'OneOf'}${i}`;
  const message = kw === 'anyOf' ? 'must match a schema in anyOf' : 'must match exactly one schema in oneOf';
  if (kw === 'anyOf' && !s.ev) {
    if (branches.some((b) => isTrivial(b))) return;
    const checks = branches.map((b, i) => branchCheck(c, s, b, hint(i), s.data, null));
    failIf(c, s, checks.length === 0 ? 'true' : `!(${checks.join(' || ')})`, kw, message);
    return;
  }
  const count = s.fn.local(kw === 'anyOf' ? 'anyOfMatches' : 'oneOfMatches');
  w.line(`let ${count} = 0;`);
  branches.forEach((b, i) => {
    if (s.ev) {
      const e = s.fn.local('branchEvaluated');
      w.line(`const ${e} = ${c.use('evaluated')}();`);
      w.open(`if (${branchCheck(c, s, b, hint(i), s.data, e)}) {`);
      w.line(`${count}++;`);
      w.line(`${c.use('mergeEvaluated')}(${s.ev}, ${e});`);
      w.close();
    } else {
      w.line(`if (${branchCheck(c, s, b, hint(i), s.data, null)}) ${count}++;`);
      if (s.fn.fast && i > 0 && i < branches.length - 1) w.line(`if (${count} > 1) return false;`);
    }
  });
  if (kw === 'anyOf') failIf(c, s, `${count} === 0`, kw, message);
  else failIf(c, s, `${count} !== 1`, kw, message, { expected: count });
}

/** Which branch does each discriminator value select? (mapping, implicit schema names, const/enum) */
function discriminatorTable(c: ModuleCompiler, s: Scope, branches: unknown[], prop: string, mapping: Record<string, unknown>, node: Record<string, unknown>): Map<string, number> {
  const resolver = s.fn.unit.resolver;
  const targetOf = (b: unknown): SchemaNode | undefined => {
    if (isObject(b) && typeof b.$ref === 'string') {
      try {
        return resolver.resolveRef(b.$ref, b).node;
      } catch {
        return undefined;
      }
    }
    return isObject(b) ? b : undefined;
  };
  const targets = branches.map(targetOf);
  const table = new Map<string, number>();
  for (const [value, ref] of Object.entries(mapping)) {
    if (typeof ref !== 'string') continue;
    let target: SchemaNode | undefined;
    try {
      target = resolver.resolveRef(ref.includes('#') || ref.includes('/') ? ref : `#/components/schemas/${ref}`, node).node;
    } catch {
      continue;
    }
    const i = targets.findIndex((t, j) => t === target || branches[j] === target);
    if (i >= 0) table.set(value, i);
  }
  const explicit = new Set(Object.values(mapping));
  branches.forEach((b, i) => {
    if (isObject(b) && typeof b.$ref === 'string' && !explicit.has(b.$ref)) {
      const name = b.$ref.slice(b.$ref.lastIndexOf('/') + 1);
      if (name && !table.has(name)) table.set(name, i);
    }
    const t = targets[i];
    const p = isObject(t) && isObject(t.properties) && has(t.properties, prop) ? t.properties[prop] : undefined;
    if (isObject(p)) {
      const values = has(p, 'const') ? [p.const] : Array.isArray(p.enum) ? p.enum : [];
      for (const v of values) if (typeof v === 'string' && !table.has(v)) table.set(v, i);
    }
  });
  void c;
  return table;
}

function compileDiscriminated(
  c: ModuleCompiler,
  s: Scope,
  kw: 'anyOf' | 'oneOf',
  branches: unknown[],
  prop: string,
  mapping: Record<string, unknown>,
  node: Record<string, unknown>,
): void {
  const w = s.fn.w;
  const table = discriminatorTable(c, s, branches, prop, mapping, node);
  if (table.size === 0) {
    compileUnion(c, s, kw, branches);
    return;
  }
  const tag = s.fn.local('tag');
  const d = s.data;
  w.line(
    `const ${tag} = typeof ${d} === "object" && ${d} !== null && !Array.isArray(${d}) && ${c.use('hasOwn')}.call(${d}, ${lit(prop)}) ? (${d} as Record<string, unknown>)[${lit(prop)}] : undefined;`,
  );
  w.comment(`discriminator ${lit(prop)}: validate only the selected branch; unknown values use full ${kw} semantics`);
  w.open(`switch (${tag}) {`);
  const byBranch = new Map<number, string[]>();
  for (const [value, i] of table) byBranch.set(i, [...(byBranch.get(i) ?? []), value]);
  for (const [i, values] of [...byBranch].sort((a, b) => a[0] - b[0])) {
    for (const v of values) w.line(`case ${lit(v)}:`);
    w.open('{');
    const branch = branches[i];
    const hint = `${s.fn.base}${kw === 'anyOf' ? 'AnyOf' : 'OneOf'}${i}`;
    if (s.fn.fast) {
      w.line(`if (!${branchCheck(c, s, branch, hint, d, s.ev)}) return false;`);
    } else if (isObject(branch)) {
      branchCollect(c, s, branch, hint, `${s.schemaPath}/${kw}/${i}`);
    } else if (branch === false) {
      fail(c, s, kw, 'must match the schema selected by the discriminator');
    }
    w.line('break;');
    w.close();
  }
  w.line('default:');
  w.open('{');
  compileUnion(c, s, kw, branches);
  w.close();
  w.close();
}

function compileIf(c: ModuleCompiler, s: Scope, node: Record<string, unknown>): void {
  const w = s.fn.w;
  const hasThen = has(node, 'then') && !isTrivial(node.then);
  const hasElse = has(node, 'else') && !isTrivial(node.else);
  if (!hasThen && !hasElse && !s.ev) return;
  let e: string | null = null;
  if (s.ev) {
    e = s.fn.local('ifEvaluated');
    w.line(`const ${e} = ${c.use('evaluated')}();`);
  }
  const check = branchCheck(c, s, node.if, `${s.fn.base}If`, s.data, e);
  if (!hasThen && !hasElse) {
    w.line(`if (${check}) ${c.use('mergeEvaluated')}(${s.ev}, ${e});`);
    return;
  }
  if (hasThen || s.ev) {
    w.open(`if (${check}) {`);
    if (e) w.line(`${c.use('mergeEvaluated')}(${s.ev}, ${e});`);
    if (has(node, 'then')) compileChild(c, s, node.then, s.data, s.path, `${s.schemaPath}/then`, s.ev);
    if (hasElse) {
      w.reopen('} else {');
      compileChild(c, s, node.else, s.data, s.path, `${s.schemaPath}/else`, s.ev);
    }
    w.close();
  } else {
    w.open(`if (!${check}) {`);
    compileChild(c, s, node.else, s.data, s.path, `${s.schemaPath}/else`, s.ev);
    w.close();
  }
}
