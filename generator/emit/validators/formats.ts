/**
 * Asserted formats. Other `format` values are annotations (ignored).
 * Asserted: date-time, date, time, duration, email, hostname, ipv4, ipv6, uri, uri-reference, uuid, regex,
 * plus OpenAPI's int32 / int64 (numbers) and byte (base64).
 */
import type { Helper } from './runtime.ts';

export interface FormatDef {
  /** Helper function name. */
  fn: string;
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

export const FORMAT_HELPERS: Record<string, Helper> = {
  formatDate: {
    code: `const DATE = /^(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** RFC 3339 full-date. */
function formatDate(str: string): boolean {
  const m = DATE.exec(str);
  if (!m) return false;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]!);
}`,
  },
  formatTime: {
    code: `const TIME = /^(\\d\\d):(\\d\\d):(\\d\\d)(\\.\\d+)?(z|([+-])(\\d\\d):(\\d\\d))$/i;
/** RFC 3339 full-time (time zone required; leap second only at 23:59:60 UTC). */
function formatTime(str: string): boolean {
  const m = TIME.exec(str);
  if (!m) return false;
  const hr = +m[1]!;
  const min = +m[2]!;
  const sec = +m[3]!;
  const tzSign = m[6] === "-" ? -1 : 1;
  const tzH = +(m[7] ?? 0);
  const tzM = +(m[8] ?? 0);
  if (tzH > 23 || tzM > 59) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  // leap second: must be 23:59:60 in UTC
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}`,
  },
  formatDateTime: {
    deps: ['formatDate', 'formatTime'],
    code: `/** RFC 3339 date-time. */
function formatDateTime(str: string): boolean {
  const parts = str.split(/t|\\s/i);
  return parts.length === 2 && formatDate(parts[0]!) && formatTime(parts[1]!);
}`,
  },
  formatDuration: {
    code: `const DURATION = /^P(?!$)((\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?|(\\d+W)?)$/;
/** ISO 8601 duration (RFC 3339 appendix A). */
function formatDuration(str: string): boolean {
  return DURATION.test(str);
}`,
  },
  formatEmail: {
    code: `const EMAIL = /^[a-z0-9!#$%&'*+/=?^_\`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_\`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
/** Email address (dot-atom local part, hostname domain). */
function formatEmail(str: string): boolean {
  return str.length <= 320 && EMAIL.test(str);
}`,
  },
  formatHostname: {
    code: `const HOSTNAME = /^(?=.{1,253}\\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\\.?$/i;
/** RFC 1123 hostname. */
function formatHostname(str: string): boolean {
  return HOSTNAME.test(str);
}`,
  },
  formatIpv4: {
    code: `const IPV4 = /^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$/;
/** Dotted-quad IPv4 (no leading zeros). */
function formatIpv4(str: string): boolean {
  return IPV4.test(str);
}`,
  },
  formatIpv6: {
    deps: ['formatIpv4'],
    code: `const IPV6_CHARS = /^[0-9a-f:.]+$/i;
const HEX16 = /^[0-9a-f]{1,4}$/i;
/** RFC 4291 IPv6 text form (with optional trailing IPv4), no zone id. */
function formatIpv6(str: string): boolean {
  if (str.length > 45 || !IPV6_CHARS.test(str)) return false;
  let groups = 8;
  let text = str;
  const lastColon = text.lastIndexOf(":");
  if (text.indexOf(".") >= 0) {
    if (!formatIpv4(text.slice(lastColon + 1))) return false;
    text = text.slice(0, lastColon + 1) + "0";
    groups = 7;
  }
  const halves = text.split("::");
  if (halves.length > 2) return false;
  const parse = (part: string): string[] | null => {
    if (part === "") return [];
    const pieces = part.split(":");
    for (const p of pieces) if (!HEX16.test(p)) return null;
    return pieces;
  };
  const head = parse(halves[0]!);
  if (!head) return false;
  if (halves.length === 1) return head.length === groups;
  const tail = parse(halves[1]!);
  if (!tail) return false;
  return head.length + tail.length < groups;
}`,
  },
  formatUri: {
    code: `const URI = /^[a-z][a-z0-9+.-]*:[^\\s"<>\\\\^\`{|}]*$/i;
const PERCENT = /%(?![0-9a-f]{2})/i;
/** Absolute URI (scheme required; no spaces or characters RFC 3986 forbids; valid % escapes). */
function formatUri(str: string): boolean {
  return URI.test(str) && !PERCENT.test(str);
}`,
  },
  formatUriReference: {
    code: `const URI_REFERENCE = /^[^\\s"<>\\\\^\`{|}]*$/;
/** URI or relative reference (RFC 3986 characters, valid % escapes). */
function formatUriReference(str: string): boolean {
  return URI_REFERENCE.test(str) && !/%(?![0-9a-f]{2})/i.test(str);
}`,
  },
  formatUuid: {
    code: `const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** RFC 4122 UUID string. */
function formatUuid(str: string): boolean {
  return UUID.test(str);
}`,
  },
  formatRegex: {
    code: `/** ECMA-262 regular expression (Unicode mode). */
function formatRegex(str: string): boolean {
  try {
    new RegExp(str, "u");
    return true;
  } catch {
    return false;
  }
}`,
  },
  formatBase64: {
    code: `const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** OpenAPI \`byte\`: base64. */
function formatBase64(str: string): boolean {
  return BASE64.test(str);
}`,
  },
  formatInt32: {
    code: `function formatInt32(value: number): boolean {
  return Number.isInteger(value) && value >= -2147483648 && value <= 2147483647;
}`,
  },
  formatInt64: {
    code: `function formatInt64(value: number): boolean {
  return Number.isInteger(value);
}`,
  },
};
