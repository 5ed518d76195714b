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
}
/** Every containing member must exist and be visible to the caller (404 otherwise). */
export declare function checkAncestors(engine: MockEngine, ctx: ActionContext): void;
/** State gates (`x-specgen-mock.requires`): the target's property must hold one of the listed values. */
export declare function checkRequirements(engine: MockEngine, ctx: ActionContext): void;
export declare const ACTIONS: Record<MockOperation['action'], (engine: MockEngine, ctx: ActionContext) => Outcome>;
