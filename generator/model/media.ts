import type { MediaModel } from './types.ts';

/** Is this a JSON media type (`application/json`, `application/problem+json`, ...)? */
export function isJsonMediaType(mediaType: string): boolean {
  return /[/+]json\b/i.test(mediaType);
}

/**
 * The body every emitter types, validates and mocks: the first JSON media type with a schema,
 * else the first with a schema. One rule, so type aliases, validators and mocks agree.
 */
export function primaryMedia(contents: MediaModel[] | undefined): MediaModel | undefined {
  return contents?.find((c) => isJsonMediaType(c.mediaType) && c.schema !== undefined) ?? contents?.find((c) => c.schema !== undefined);
}
