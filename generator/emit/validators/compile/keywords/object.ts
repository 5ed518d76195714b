/**
 * Object group: required, min/maxProperties, dependentRequired (+ draft 4 dependencies), properties
 * (+ readOnly/writeOnly by mode), patternProperties, additionalProperties, propertyNames, dependentSchemas.
 * Data is only read through own keys: hasOwn.call / Object.keys, never `in`.
 */
import { escapePointerSegment, FLOW_COST_LIMIT, lit } from '../../code.ts';
import { isObject } from '../../resolve.ts';
import type { ModuleCompiler } from '../compiler.ts';
import { A_STRING } from '../narrowing.ts';
import { compileChild, isTrivial } from '../schema.ts';
import { failIf, has, keyChildPath, pathCode, schemaPathCode, staticChildPath } from '../scope.ts';
import type { Scope } from '../types.ts';

export const OBJECT_KEYWORDS = [
  'required', 'minProperties', 'maxProperties', 'dependentRequired', 'dependencies', 'properties', 'patternProperties',
  'additionalProperties', 'propertyNames', 'dependentSchemas',
] as const;

/**
 * Longest `required` list (boolean path) / total of `dependentRequired` names checked name by name;
 * longer ones loop over a module-level list, so a function's size does not grow with them.
 */
const MAX_INLINE_NAMES = 64;

/** Local variable name for a property value: `prop_displayName`. */
function valueName(s: Scope, key: string): string {
  const clean = key.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 32);
  return s.fn.local(clean ? `prop_${clean}` : 'prop');
}

function flagOf(c: ModuleCompiler, s: Scope, sub: unknown, flag: 'readOnly' | 'writeOnly'): boolean {
  if (!isObject(sub)) return false;
  if (sub[flag] === true) return true;
  if (typeof sub.$ref === 'string') {
    try {
      const t = s.fn.unit.resolver.resolveRef(sub.$ref, sub).node;
      if (isObject(t) && t[flag] === true) return true;
    } catch {
      return false;
    }
  }
  if (Array.isArray(sub.allOf)) return sub.allOf.some((x) => isObject(x) && x[flag] === true);
  void c;
  return false;
}

export function compileObjectGroup(c: ModuleCompiler, s: Scope, node: Record<string, unknown>): void {
  const w = s.fn.w;
  const draft4 = s.fn.unit.dialect === 'openapi-3.0';
  const obj = s.fn.local('obj');
  w.line(`const ${obj} = ${s.data} as Record<string, unknown>;`);
  const os: Scope = { ...s, data: obj };

  const requiredNames = Array.isArray(node.required) ? node.required.filter((n): n is string => typeof n === 'string') : [];
  if (!s.fn.fast && requiredNames.length >= 8) {
    // issue collection: one loop over a module-level list instead of a report per name
    const list = c.constant('requiredProperties', lit(requiredNames), 'required properties', 'readonly string[]');
    const name = s.fn.local('name');
    w.open(`for (const ${name} of ${list}) {`);
    const args = ['ctx', pathCode(keyChildPath(c, s, name)), lit('required'), `"must have required property '" + ${name} + "'"`, schemaPathCode(`${s.schemaPath}/required`), name];
    w.line(`if (!${c.use('hasOwn')}.call(${obj}, ${name}) && ${c.use('report')}(${args.join(', ')})) return false;`);
    w.close();
  } else if (s.fn.fast && requiredNames.length > MAX_INLINE_NAMES) {
    // a long list: one loop instead of a check per name (a function's size stays bounded, FLOW_COST_LIMIT)
    const list = c.constant('requiredProperties', lit(requiredNames), 'required properties', 'readonly string[]');
    const name = s.fn.local('name');
    w.open(`for (const ${name} of ${list}) {`);
    w.line(`if (!${c.use('hasOwn')}.call(${obj}, ${name})) return false;`);
    w.close();
  } else if (Array.isArray(node.required)) {
    for (const name of node.required) {
      if (typeof name !== 'string') continue;
      failIf(c, os, `!${c.use('hasOwn')}.call(${obj}, ${lit(name)})`, 'required', `must have required property '${name}'`, {
        path: staticChildPath(s, name),
        expected: lit(name),
      });
    }
  }
  if (typeof node.minProperties === 'number' && node.minProperties > 0) {
    failIf(c, os, `Object.keys(${obj}).length < ${lit(node.minProperties)}`, 'minProperties', `must NOT have fewer than ${node.minProperties} properties`, { expected: lit(node.minProperties) });
  }
  if (typeof node.maxProperties === 'number') {
    failIf(c, os, `Object.keys(${obj}).length > ${lit(node.maxProperties)}`, 'maxProperties', `must NOT have more than ${node.maxProperties} properties`, { expected: lit(node.maxProperties) });
  }

  // dependentRequired / dependentSchemas (draft 4: dependencies holds both)
  const depRequired: [string, unknown[], string][] = [];
  const depSchemas: [string, unknown, string][] = [];
  if (!draft4 && isObject(node.dependentRequired)) {
    for (const [k, v] of Object.entries(node.dependentRequired)) if (Array.isArray(v)) depRequired.push([k, v, 'dependentRequired']);
  }
  if (!draft4 && isObject(node.dependentSchemas)) {
    for (const [k, v] of Object.entries(node.dependentSchemas)) depSchemas.push([k, v, 'dependentSchemas']);
  }
  if (draft4 && isObject(node.dependencies)) {
    for (const [k, v] of Object.entries(node.dependencies)) {
      if (Array.isArray(v)) depRequired.push([k, v, 'dependencies']);
      else depSchemas.push([k, v, 'dependencies']);
    }
  }
  const depNeeded = depRequired
    .map(([key, names, kw]) => [key, names.filter((n): n is string => typeof n === 'string'), kw] as const)
    .filter(([, needed]) => needed.length > 0);
  if (depNeeded.reduce((n, [, needed]) => n + needed.length, 0) > MAX_INLINE_NAMES) {
    // many names: one loop over a module-level table instead of a check per name (FLOW_COST_LIMIT)
    const kw = depNeeded[0]![2];
    const table = c.constant('dependentRequiredProperties', lit(depNeeded.map(([key, needed]) => [key, needed])), `${kw} properties`, 'readonly (readonly [string, readonly string[]])[]');
    const dependent = s.fn.local('dependent');
    const needed = s.fn.local('needed');
    const name = s.fn.local('name');
    w.open(`for (const [${dependent}, ${needed}] of ${table}) {`);
    w.open(`if (${c.use('hasOwn')}.call(${obj}, ${dependent})) {`);
    w.open(`for (const ${name} of ${needed}) {`);
    if (s.fn.fast) w.line(`if (!${c.use('hasOwn')}.call(${obj}, ${name})) return false;`);
    else {
      const args = [
        'ctx',
        pathCode(keyChildPath(c, s, name)),
        lit(kw),
        `"must have property '" + ${name} + "' when property '" + ${dependent} + "' is present"`,
        `${schemaPathCode(`${s.schemaPath}/${kw}/`)} + ${c.use('escapePointer')}(${dependent})`,
        name,
      ];
      w.line(`if (!${c.use('hasOwn')}.call(${obj}, ${name}) && ${c.use('report')}(${args.join(', ')})) return false;`);
    }
    w.close();
    w.close();
    w.close();
    depNeeded.length = 0;
  }
  for (const [key, needed, kw] of depNeeded) {
    w.open(`if (${c.use('hasOwn')}.call(${obj}, ${lit(key)})) {`);
    for (const n of needed) {
      failIf(c, os, `!${c.use('hasOwn')}.call(${obj}, ${lit(n)})`, kw, `must have property '${n}' when property '${key}' is present`, {
        path: staticChildPath(s, n),
        expected: lit(n),
        schemaPath: `${s.schemaPath}/${kw}/${escapePointerSegment(key)}`,
      });
    }
    w.close();
  }

  // properties: once the function is large (FLOW_COST_LIMIT), the rest go to functions of their own
  const properties = isObject(node.properties) ? node.properties : {};
  const propNames = Object.keys(properties);
  let next = 0;
  const compileNext = (ps: Scope, pos: Scope): void => {
    const key = propNames[next++]!;
    compileProperty(c, ps, pos, key, properties[key]);
  };
  while (next < propNames.length && w.flowCost < FLOW_COST_LIMIT) compileNext(s, os);
  while (next < propNames.length) {
    c.part(s, obj, (ps) => {
      compileNext(ps, ps); // at least one per part
      while (next < propNames.length && ps.fn.w.flowCost < FLOW_COST_LIMIT) compileNext(ps, ps);
    });
  }

  // patternProperties + additionalProperties share one pass over the keys
  const patterns = !isObject(node.patternProperties) ? [] : Object.entries(node.patternProperties);
  const hasAdditional = has(node, 'additionalProperties') && !(isTrivial(node.additionalProperties) && !s.ev);
  if (patterns.length > 0 || hasAdditional) {
    const key = s.fn.local('key');
    w.open(`for (const ${key} of Object.keys(${obj})) {`);
    const matched = hasAdditional && patterns.length > 0 ? s.fn.local('matched') : null;
    if (matched) w.line(`let ${matched} = false;`);
    for (const [pattern, sub] of patterns) {
      const re = c.regex(pattern);
      w.open(`if (${re}.test(${key})) {`);
      if (matched) w.line(`${matched} = true;`);
      if (s.ev) w.line(`${s.ev}.props.add(${key});`);
      if (!isTrivial(sub)) {
        const v = s.fn.local('value');
        w.line(`const ${v} = ${obj}[${key}];`);
        compileChild(c, s, sub, v, keyChildPath(c, s, key), `${s.schemaPath}/patternProperties/${escapePointerSegment(pattern)}`);
      }
      w.close();
    }
    if (hasAdditional) {
      const conds: string[] = [];
      if (matched) conds.push(`!${matched}`);
      if (propNames.length > 0 && propNames.length <= 8) conds.push(...propNames.map((p) => `${key} !== ${lit(p)}`));
      else if (propNames.length > 8) conds.push(`!${c.constant('knownProperties', `new Set<string>(${lit(propNames)})`, 'declared properties')}.has(${key})`);
      const sub = node.additionalProperties;
      const body = (): void => {
        if (sub === false) {
          failIf(c, os, 'true', 'additionalProperties', 'must NOT have additional properties', {
            path: keyChildPath(c, s, key),
            expected: key,
          });
        } else if (!isTrivial(sub)) {
          const v = s.fn.local('value');
          w.line(`const ${v} = ${obj}[${key}];`);
          compileChild(c, s, sub, v, keyChildPath(c, s, key), `${s.schemaPath}/additionalProperties`);
        }
      };
      if (conds.length > 0) {
        w.open(`if (${conds.join(' && ')}) {`);
        body();
        w.close();
      } else body();
    }
    w.close();
    if (s.ev && has(node, 'additionalProperties')) w.line(`${s.ev}.allProps = true;`);
  } else if (s.ev && has(node, 'additionalProperties')) w.line(`${s.ev}.allProps = true;`);

  if (!draft4 && has(node, 'propertyNames') && !isTrivial(node.propertyNames)) {
    const key = s.fn.local('key');
    w.open(`for (const ${key} of Object.keys(${obj})) {`);
    // a key is a string (to TypeScript too): only string checks and string members apply
    w.setFact(key, A_STRING);
    compileChild(c, s, node.propertyNames, key, s.path, `${s.schemaPath}/propertyNames`);
    w.close();
  }

  for (const [key, sub, kw] of depSchemas) {
    if (isTrivial(sub) && !s.ev) continue;
    w.open(`if (${c.use('hasOwn')}.call(${obj}, ${lit(key)})) {`);
    compileChild(c, s, sub, s.data, s.path, `${s.schemaPath}/${kw}/${escapePointerSegment(key)}`, s.ev);
    w.close();
  }
}

/** One declared property: readOnly/writeOnly by mode, evaluated-properties record, its subschema. `os`: `s` on the object. */
function compileProperty(c: ModuleCompiler, s: Scope, os: Scope, key: string, sub: unknown): void {
  const w = s.fn.w;
  const forbidden =
    s.fn.mode === 'request' && flagOf(c, s, sub, 'readOnly')
      ? 'readOnly'
      : s.fn.mode === 'response' && flagOf(c, s, sub, 'writeOnly')
        ? 'writeOnly'
        : null;
  if (isTrivial(sub) && !s.ev && !forbidden) return;
  const needsValue = !isTrivial(sub) && !(forbidden && s.fn.fast);
  // Names that Object.prototype has (constructor, toString, __proto__, ...) must be own properties.
  // Other names are read like any consumer would read them (`obj.name`), which avoids a hasOwn call
  // per property: an inherited value (only possible with a polluted or custom prototype) is
  // validated, never trusted; `required` always uses hasOwn.
  let v: string | undefined;
  if (needsValue && !Reflect.has(Object.prototype, key)) {
    v = valueName(s, key);
    w.line(`const ${v} = ${os.data}[${lit(key)}];`);
    w.open(`if (${v} !== undefined) {`);
  } else w.open(`if (${c.use('hasOwn')}.call(${os.data}, ${lit(key)})) {`);
  if (s.ev) w.line(`${s.ev}.props.add(${lit(key)});`);
  const childPath = staticChildPath(s, key);
  const childSchemaPath = `${s.schemaPath}/properties/${escapePointerSegment(key)}`;
  if (forbidden) {
    failIf(c, os, 'true', forbidden, forbidden === 'readOnly' ? 'must NOT be present in a request (readOnly)' : 'must NOT be present in a response (writeOnly)', {
      path: childPath,
      schemaPath: `${childSchemaPath}/${forbidden}`,
    });
  }
  if (needsValue) {
    if (!v) {
      v = valueName(s, key);
      w.line(`const ${v} = ${os.data}[${lit(key)}];`);
    }
    compileChild(c, s, sub, v, childPath, childSchemaPath);
  }
  w.close();
}
