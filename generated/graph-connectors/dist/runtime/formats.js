const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function formatDate(str) {
  const m = DATE.exec(str);
  if (!m) return false;
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]);
}
const TIME = /^(\d\d):(\d\d):(\d\d)(\.\d+)?(z|([+-])(\d\d):(\d\d))$/i;
function formatTime(str) {
  const m = TIME.exec(str);
  if (!m) return false;
  const hr = +m[1];
  const min = +m[2];
  const sec = +m[3];
  const tzSign = m[6] === "-" ? -1 : 1;
  const tzH = +(m[7] ?? 0);
  const tzM = +(m[8] ?? 0);
  if (tzH > 23 || tzM > 59) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}
function formatDateTime(str) {
  const parts = str.split(/t|\s/i);
  return parts.length === 2 && formatDate(parts[0]) && formatTime(parts[1]);
}
const DURATION = /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/;
function formatDuration(str) {
  return DURATION.test(str);
}
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
function formatEmail(str) {
  return str.length <= 320 && EMAIL.test(str);
}
const HOSTNAME = /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;
function formatHostname(str) {
  return HOSTNAME.test(str);
}
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
function formatIpv4(str) {
  return IPV4.test(str);
}
const IPV6_CHARS = /^[0-9a-f:.]+$/i;
const HEX16 = /^[0-9a-f]{1,4}$/i;
function ipv6Groups(part) {
  if (part === "") return [];
  const pieces = part.split(":");
  for (const p of pieces) if (!HEX16.test(p)) return null;
  return pieces;
}
function formatIpv6(str) {
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
  const head = ipv6Groups(halves[0]);
  if (!head) return false;
  if (halves.length === 1) return head.length === groups;
  const tail = ipv6Groups(halves[1]);
  if (!tail) return false;
  return head.length + tail.length < groups;
}
const URI = /^[a-z][a-z0-9+.-]*:[^\s"<>\\^`{|}]*$/i;
const URI_REFERENCE = /^[^\s"<>\\^`{|}]*$/;
const BAD_PERCENT = /%(?![0-9a-f]{2})/i;
function formatUri(str) {
  return URI.test(str) && !BAD_PERCENT.test(str);
}
function formatUriReference(str) {
  return URI_REFERENCE.test(str) && !BAD_PERCENT.test(str);
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function formatUuid(str) {
  return UUID.test(str);
}
function formatRegex(str) {
  try {
    new RegExp(str, "u");
    return true;
  } catch {
    return false;
  }
}
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function formatBase64(str) {
  return BASE64.test(str);
}
function formatInt32(value) {
  return Number.isInteger(value) && value >= -2147483648 && value <= 2147483647;
}
function formatInt64(value) {
  return Number.isInteger(value);
}
export {
  formatBase64,
  formatDate,
  formatDateTime,
  formatDuration,
  formatEmail,
  formatHostname,
  formatInt32,
  formatInt64,
  formatIpv4,
  formatIpv6,
  formatRegex,
  formatTime,
  formatUri,
  formatUriReference,
  formatUuid
};
