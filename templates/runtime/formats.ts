/**
 * The `format` checkers of the generated validators (`src/validators.ts` imports the ones its schemas
 * assert, by name). Each takes a value already known to be of the format's JSON type and answers
 * whether it is in the format. No dependencies and no Node built-ins.
 *
 * Asserted: date-time, date, time, duration, email, hostname, ipv4, ipv6, uri, uri-reference, uuid,
 * regex, plus OpenAPI's byte (base64), int32 and int64. Other `format` values are annotations.
 */

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** RFC 3339 full-date. */
export function formatDate(str: string): boolean {
  const m = DATE.exec(str);
  if (!m) return false;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]!);
}

const TIME = /^(\d\d):(\d\d):(\d\d)(\.\d+)?(z|([+-])(\d\d):(\d\d))$/i;

/** RFC 3339 full-time (time zone required; leap second only at 23:59:60 UTC). */
export function formatTime(str: string): boolean {
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
}

/** RFC 3339 date-time. */
export function formatDateTime(str: string): boolean {
  const parts = str.split(/t|\s/i);
  return parts.length === 2 && formatDate(parts[0]!) && formatTime(parts[1]!);
}

const DURATION = /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/;

/** ISO 8601 duration (RFC 3339 appendix A). */
export function formatDuration(str: string): boolean {
  return DURATION.test(str);
}

const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** Email address (dot-atom local part, hostname domain). */
export function formatEmail(str: string): boolean {
  return str.length <= 320 && EMAIL.test(str);
}

const HOSTNAME = /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;

/** RFC 1123 hostname. */
export function formatHostname(str: string): boolean {
  return HOSTNAME.test(str);
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Dotted-quad IPv4 (no leading zeros). */
export function formatIpv4(str: string): boolean {
  return IPV4.test(str);
}

const IPV6_CHARS = /^[0-9a-f:.]+$/i;
const HEX16 = /^[0-9a-f]{1,4}$/i;

/** The colon-separated 16-bit groups of one half of an IPv6 address; null when one is not 1-4 hex digits. */
function ipv6Groups(part: string): string[] | null {
  if (part === "") return [];
  const pieces = part.split(":");
  for (const p of pieces) if (!HEX16.test(p)) return null;
  return pieces;
}

/** RFC 4291 IPv6 text form (with optional trailing IPv4), no zone id. */
export function formatIpv6(str: string): boolean {
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
  const head = ipv6Groups(halves[0]!);
  if (!head) return false;
  if (halves.length === 1) return head.length === groups;
  const tail = ipv6Groups(halves[1]!);
  if (!tail) return false;
  return head.length + tail.length < groups;
}

const URI = /^[a-z][a-z0-9+.-]*:[^\s"<>\\^`{|}]*$/i;
const URI_REFERENCE = /^[^\s"<>\\^`{|}]*$/;
/** A `%` not followed by two hex digits. */
const BAD_PERCENT = /%(?![0-9a-f]{2})/i;

/** Absolute URI (scheme required; no spaces or characters RFC 3986 forbids; valid % escapes). */
export function formatUri(str: string): boolean {
  return URI.test(str) && !BAD_PERCENT.test(str);
}

/** URI or relative reference (RFC 3986 characters, valid % escapes). */
export function formatUriReference(str: string): boolean {
  return URI_REFERENCE.test(str) && !BAD_PERCENT.test(str);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** RFC 4122 UUID string. */
export function formatUuid(str: string): boolean {
  return UUID.test(str);
}

/** ECMA-262 regular expression (Unicode mode). */
export function formatRegex(str: string): boolean {
  try {
    new RegExp(str, "u");
    return true;
  } catch {
    return false;
  }
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** OpenAPI `byte`: base64. */
export function formatBase64(str: string): boolean {
  return BASE64.test(str);
}

/** OpenAPI `int32`: an integer in the signed 32-bit range. */
export function formatInt32(value: number): boolean {
  return Number.isInteger(value) && value >= -2147483648 && value <= 2147483647;
}

/** OpenAPI `int64`: an integer (the range is not checked: a JavaScript number cannot hold every int64 exactly anyway). */
export function formatInt64(value: number): boolean {
  return Number.isInteger(value);
}
