/** What each inferred action does to the store: create, list, read, upsert, update, delete, example. */
import type { MockEngine } from './engine.js';
import type { MockCaller } from './options.js';
import { type MockOperation } from './spec.js';
import type { Outcome } from './response.js';
export interface ActionContext {
    op: MockOperation;
    params: Record<string, string>;
    url: URL;
    basePath: string;
    caller: MockCaller;
    body: unknown;
    /** Headers the action adds to a successful answer (a behaviour's advice as `Warning`). */
    headers?: Record<string, string>;
    /** The `failed-operation` fault: a long-running write started now ends `failed`. */
    failOperation?: boolean;
}
/** Every containing member must exist (404) and be visible to the caller (`ownership.deniedStatus`, else 404). */
export declare function checkAncestors(engine: MockEngine, ctx: ActionContext): void;
/**
 * State gates (`x-specgen-mock.requires`): the target's property must hold one of the listed values;
 * a gate with `when` applies only to a write that creates (or only to one that replaces) its member.
 */
export declare function checkRequirements(engine: MockEngine, ctx: ActionContext): void;
export declare const ACTIONS: Record<MockOperation['action'], (engine: MockEngine, ctx: ActionContext) => Outcome>;
