/**
 * The naming planner: every public name of the generated package (type aliases, operation
 * functions and their derived aliases, validators `isX`/`validateX`/`XSchema`, the runtime's exports
 * and imports) is assigned here, in one namespace, from the model. Reserved first: TypeScript's
 * words and the global types generated code relies on, then the package's own fixed names; then
 * schemas (sorted by key), then operations (sorted by operationId). A name is taken with all the
 * names derived from it, or not at all: on a collision the next free numbered base is used
 * (`Foo2`, `Foo3`...), and a located warning names both sides.
 */
import type { Diagnostic, Located } from '../load/errors.ts';
import { primaryMedia } from './media.ts';
import { camelCase, compareStrings, pascalCase } from './names.ts';
import type { OperationModel, SchemaModel } from './types.ts';

/** Global types and values the generated modules use by name: a spec name must never shadow them. */
export const GLOBAL_NAMES = [
  'Array', 'ArrayLike', 'AsyncIterable', 'AsyncIterableIterator', 'Awaited', 'BigInt', 'Blob', 'BodyInit', 'Boolean', 'Capitalize',
  'ConstructorParameters', 'Exclude', 'Extract', 'FormData', 'Function', 'Headers', 'InstanceType', 'Iterable', 'JSON', 'Lowercase',
  'Math', 'NoInfer', 'NonNullable', 'Number', 'Object', 'Omit', 'Parameters', 'Partial', 'Pick', 'Promise', 'PromiseLike',
  'PropertyKey', 'Readonly', 'ReadonlyArray', 'ReadonlyMap', 'ReadonlySet', 'Record', 'Reflect', 'RegExp', 'Required', 'ReturnType',
  'String', 'Symbol', 'ThisParameterType', 'ThisType', 'TypeError', 'Uncapitalize', 'Uppercase', 'URL', 'URLSearchParams',
  'Infinity', 'NaN', 'arguments', 'console', 'encodeURIComponent', 'decodeURIComponent', 'eval', 'fetch', 'globalThis',
  'process', 'queueMicrotask', 'setTimeout', 'clearTimeout', 'structuredClone', 'undefined',
];

/** What client.ts re-exports from runtime.ts. */
export const RUNTIME_VALUE_EXPORTS = ['ApiError', 'OperationFailedError', 'OperationTimeoutError', 'ResponseValidationError', 'TransportError', 'isApiError'];
export const RUNTIME_TYPE_EXPORTS = [
  'BasicCredentials', 'CredentialSource', 'LongRunningOperation', 'RequestEvent', 'RequestOptions', 'ResponseEvent', 'RetryPolicy', 'WaitOptions',
];

/** Names the package itself exports or its modules import, whatever the spec says. */
export const PACKAGE_NAMES = {
  /** openapi-typescript's exports, re-exported by types.ts. */
  types: ['components', 'paths', 'operations', 'webhooks', '$defs'],
  /** client.ts: its own exports, and the locals and parameters its functions declare (they would shadow an operation). */
  client: ['ApiClient', 'ClientOptions', 'ServerUrl', 'configure', 'createClient', 'defaults', 'servers', 'args', 'options', 'client', 'o',
    'OperationFailures', 'isOperationFailed', 'createBatchClient', 'BatchOptions', 'BatchStepAnswer', 'BatchStep', 'odataBatching', 'batching', 'batchOptions', 'direct', 'rest'],
  /** runtime.ts: what client.ts re-exports or imports from it. */
  runtime: [...RUNTIME_VALUE_EXPORTS, ...RUNTIME_TYPE_EXPORTS, 'Options', 'Paged', 'Call', 'Any', 'bind', 'deep', 'enc',
    'longRunning', 'pageable', 'prop', 'recoverCreate', 'route', 'send', 'encodeBody', 'FailureOf', 'operationFailed'],
  /** validators.ts: its public types and the helpers every validator calls. */
  validators: [
    'StandardSchemaV1', 'ValidateOptions', 'ValidationIssue', 'ValidationResult', 'runCheck', 'runValidation', 'standardView',
  ],
  /** mocks.ts, mock-server.ts, msw.ts (their own entry points, reserved all the same). */
  mocks: ['MOCK_SPEC', 'MockSpec', 'MockOptions', 'MockHandler', 'createMockHandler', 'startMockServer', 'handlers', 'createHandlers'],
};

/** The aliases types.ts (and validators.ts) derive from an operation's type name, by the parts it has. */
export function operationAliasSuffixes(op: OperationModel): string[] {
  const out: string[] = [];
  for (const where of ['path', 'query', 'header'] as const) {
    if (op.parameters.some((p) => p.in === where)) out.push(`${where[0]!.toUpperCase()}${where.slice(1)}Parameters`);
  }
  if (primaryMedia(op.requestBody?.contents)) out.push('RequestBody');
  for (const r of op.responses) {
    if (!primaryMedia(r.contents)) continue;
    out.push(r.status === 'default' ? 'DefaultResponse' : `Response${r.status.toUpperCase()}`);
  }
  return out;
}

/** `isX`, `validateX`, `XSchema`: what validators.ts exports for a validated type `X`. */
export const validatorNames = (typeName: string) => [`is${typeName}`, `validate${typeName}`, `${typeName}Schema`];

interface Owner {
  what: string;
  location?: Located;
}

export class NamePlanner {
  private readonly owners = new Map<string, Owner>();
  readonly warnings: Diagnostic[] = [];

  constructor() {
    for (const n of GLOBAL_NAMES) this.owners.set(n, { what: `the global ${n}` });
    for (const [module, names] of Object.entries(PACKAGE_NAMES)) {
      for (const n of names) this.owners.set(n, { what: `specgen's own ${n} (${module})` });
    }
  }

  /** Is `name` free? */
  isFree(name: string): boolean {
    return !this.owners.has(name);
  }

  /**
   * Take `base` and every name `derive(base)` gives, or the first numbered base for which all are
   * free. Warns, at `owner.location`, when the spec's own name had to change.
   */
  claim(base: string, derive: (base: string) => string[], owner: Owner): string {
    let candidate = base;
    let clash: { name: string; owner: Owner } | undefined;
    for (let n = 2; ; n++) {
      const names = [candidate, ...derive(candidate)];
      const taken = names.find((x) => this.owners.has(x) || !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(x));
      if (!taken) {
        for (const x of names) this.owners.set(x, owner);
        break;
      }
      clash ??= { name: taken, owner: this.owners.get(taken) ?? { what: 'an invalid identifier' } };
      candidate = `${base}${n}`;
    }
    if (clash && owner.location) {
      const loc = owner.location;
      this.warnings.push({
        severity: 'warning',
        code: 'name-collision',
        message: `${owner.what} would be named '${base}', but '${clash.name}' is ${clash.owner.what}; it is named '${candidate}'`,
        file: loc.file,
        ...(loc.line !== undefined ? { line: loc.line } : {}),
        ...(loc.column !== undefined ? { column: loc.column } : {}),
        ...(loc.pointer !== undefined ? { pointer: loc.pointer } : {}),
        hint: 'rename one of them in the spec (operationId or component key) to choose the names yourself',
      });
    }
    return candidate;
  }
}

/**
 * Assign `typeName` of every schema and `name`/`typeName` of every operation. Schemas first (their
 * aliases are the package's types), then operations in operationId order, so adding an operation
 * never renames another.
 */
export function planNames(schemas: SchemaModel[], operations: OperationModel[]): Diagnostic[] {
  const planner = new NamePlanner();
  for (const s of [...schemas].sort((a, b) => compareStrings(a.key, b.key))) {
    s.typeName = planner.claim(pascalCase(s.key), validatorNames, { what: `schema '${s.key}'`, location: s.location });
  }
  for (const op of [...operations].sort((a, b) => compareStrings(a.operationId, b.operationId))) {
    const suffixes = operationAliasSuffixes(op);
    op.name = planner.claim(camelCase(op.operationId), (name) => {
      const typeName = pascalCase(name);
      const aliases = suffixes.map((s) => typeName + s);
      // The client's module-level names for this operation, and the validators of its aliases.
      return [`${name}Routes`, ...aliases, ...aliases.flatMap(validatorNames)];
    }, { what: `operation '${op.operationId}'`, location: op.location });
    op.typeName = pascalCase(op.name);
  }
  return planner.warnings;
}
