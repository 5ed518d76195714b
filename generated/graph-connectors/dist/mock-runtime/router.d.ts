import { type MockOperation, type MockSpec } from './spec.js';
export type RouteMatch = 
/** `params`: path parameters decoded; `raw`: as they are in the URL (the codec parses those). */
{
    kind: 'operation';
    operation: MockOperation;
    params: Record<string, string>;
    raw: Record<string, string>;
    basePath: string;
} | {
    kind: 'unknown';
} | {
    kind: 'method';
    allow: string[];
};
export declare class MockRouter {
    private readonly routes;
    private readonly basePaths;
    constructor(spec: MockSpec);
    match(method: string, pathname: string): RouteMatch;
}
/** A template with its parameters filled in (percent-encoded). */
export declare function fillTemplate(template: string, params: Record<string, string>): string;
