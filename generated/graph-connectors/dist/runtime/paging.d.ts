/** Paging styles: one description the model, the client runtime and the mock runtime share (types only). */
/**
 * How the next page is reached (the spec's paging style): a body property holding its URL (`link`,
 * absolute or relative), an RFC 8288 `Link: <url>; rel="next"` header, a body property holding a
 * token sent back as query parameter `param` (`cursor`), the last item's `idProperty` sent as `param`
 * while `hasMore` is true (`after`), or a count in `param`: items skipped (`offset`) or pages (`page`,
 * from `first`).
 */
export type PageNext = {
    kind: 'link';
    property: string[];
} | {
    kind: 'link-header';
} | {
    kind: 'cursor';
    property: string[];
    param: string;
} | {
    kind: 'after';
    hasMore: string[];
    param: string;
    idProperty: string;
} | {
    kind: 'offset';
    param: string;
    limitParam?: string;
} | {
    kind: 'page';
    param: string;
    sizeParam?: string;
    first: number;
};
