/**
 * Asserted formats: which checker of the runtime module `templates/runtime/formats.ts` a `format`
 * value calls, and the JSON type it applies to. Other `format` values are annotations (ignored).
 * Asserted: date-time, date, time, duration, email, hostname, ipv4, ipv6, uri, uri-reference, uuid, regex,
 * plus OpenAPI's int32 / int64 (numbers) and byte (base64).
 */
import type * as Formats from '../../../templates/runtime/formats.ts';

export interface FormatDef {
  /** The checker's name, an export of the formats runtime module. */
  fn: keyof typeof Formats;
  /** JSON type the format applies to. */
  type: 'string' | 'number';
}

export const FORMATS: Record<string, FormatDef> = {
  'date-time': { fn: 'formatDateTime', type: 'string' },
  date: { fn: 'formatDate', type: 'string' },
  time: { fn: 'formatTime', type: 'string' },
  duration: { fn: 'formatDuration', type: 'string' },
  email: { fn: 'formatEmail', type: 'string' },
  hostname: { fn: 'formatHostname', type: 'string' },
  ipv4: { fn: 'formatIpv4', type: 'string' },
  ipv6: { fn: 'formatIpv6', type: 'string' },
  uri: { fn: 'formatUri', type: 'string' },
  'uri-reference': { fn: 'formatUriReference', type: 'string' },
  uuid: { fn: 'formatUuid', type: 'string' },
  regex: { fn: 'formatRegex', type: 'string' },
  byte: { fn: 'formatBase64', type: 'string' },
  int32: { fn: 'formatInt32', type: 'number' },
  int64: { fn: 'formatInt64', type: 'number' },
};

/** The asserted format named `name` (own entries only: `constructor`, `__proto__`, `toString` are no formats). */
export function formatOf(name: unknown): FormatDef | undefined {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(FORMATS, name) ? FORMATS[name] : undefined;
}
