const FORM = { first: "", sep: "&", named: true, ifemp: "=", join: ",", split: /,/ };
const LAYOUT = {
  simple: { first: "", sep: ",", named: false, ifemp: "", join: ",", split: /,/ },
  label: { first: ".", sep: ".", named: false, ifemp: "", join: ",", split: /[.,]/ },
  matrix: { first: ";", sep: ";", named: true, ifemp: "", join: ",", split: /,/ },
  form: FORM,
  spaceDelimited: { ...FORM, join: "%20", split: /%20| / },
  pipeDelimited: { ...FORM, join: "|", split: /\|/ },
  deepObject: FORM
};
const STYLES = {
  path: ["simple", "label", "matrix"],
  query: ["form", "spaceDelimited", "pipeDelimited", "deepObject"],
  header: ["simple"],
  cookie: ["form"]
};
const styleOf = (p) => p.style && STYLES[p.in].includes(p.style) ? p.style : STYLES[p.in][0];
const explodes = (p, style) => p.explode ?? style === "form";
const pct = (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
const strict = (s) => encodeURIComponent(s).replace(/[!'()*]/g, pct);
const encName = (s) => strict(s).replace(/%24/g, "$");
const RESERVED = /%(?:2[14789AC]|2F|3[ABF]|40|5[BD])/g;
const headerChars = (delims) => new RegExp(`[%${delims}\\x00-\\x1f\\x7f-\\u{10ffff}]|^[ \\t]+|[ \\t]+$`, "gu");
const HEADER = { one: headerChars(""), list: headerChars(","), pairs: headerChars(",=") };
function encoder(p, style, list, pairs) {
  if (p.in === "header") {
    const re = pairs ? HEADER.pairs : list ? HEADER.list : HEADER.one;
    return (s) => s.replace(re, encodeURIComponent);
  }
  if (p.in === "query" && p.allowReserved) return (s) => strict(s).replace(RESERVED, (m) => list && m === "%2C" ? m : decodeURIComponent(m));
  if (style === "label") return (s) => strict(s).replace(/\./g, "%2E");
  return strict;
}
const text = (v) => v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v);
function expand(p, value) {
  if (value == null) return void 0;
  const style = styleOf(p);
  const L = LAYOUT[style];
  const x = explodes(p, style);
  const named = (t) => (L.named ? encName(p.name) + (t === "" ? L.ifemp : "=") : "") + t;
  if (typeof value !== "object" || value instanceof Date) return [named(encoder(p, style, false, false)(text(value)))];
  const items = Array.isArray(value) ? value.filter((v) => v != null).map(text) : void 0;
  const pairs = Object.entries(items ? {} : value).filter(([, v]) => v != null).map(([k, v]) => [k, text(v)]);
  if (!(items ?? pairs).length) return void 0;
  if (!items && style === "deepObject") {
    const e2 = encoder(p, style, false, false);
    return pairs.map(([k, v]) => `${encName(`${p.name}[${k}]`)}=${e2(v)}`);
  }
  if (!x) {
    const e2 = encoder(p, style, true, false);
    return [named((items ?? pairs.flat()).map(e2).join(L.join))];
  }
  const e = encoder(p, style, !L.named, !items && !L.named);
  if (items) return items.map((v) => named(e(v)));
  const key = L.named ? encName : e;
  return pairs.map(([k, v]) => key(k) + (L.named && v === "" ? L.ifemp : `=${e(v)}`));
}
function formatPath(p, value) {
  const parts = expand(p, value);
  if (!parts) return "";
  const L = LAYOUT[styleOf(p)];
  const out = L.first + parts.join(L.sep);
  if (/^(?:\.|%2e){1,2}$/i.test(out)) throw new RangeError(`Path parameter ${p.name} can't be ${JSON.stringify(out)} (a dot-segment)`);
  return out;
}
function formatQuery(p, value) {
  return expand(p, value) ?? [];
}
function formatHeader(p, value) {
  return expand(p, value)?.join(",");
}
function formatCookie(p, value) {
  return expand(p, value) ?? [];
}
function decode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/(?:%[\da-f]{2})+/gi, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return m;
      }
    });
  }
}
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
function coerce(s, type) {
  if (type === "integer" || type === "number") return NUMBER.test(s) && Number.isFinite(+s) ? +s : s;
  if (type === "boolean") return s === "true" ? true : s === "false" ? false : s;
  return s;
}
const pair = (s) => {
  const i = s.indexOf("=");
  return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + 1)];
};
function read(p, src, dec, all = false) {
  const style = styleOf(p);
  const L = LAYOUT[style];
  const x = explodes(p, style);
  const props = p.properties;
  const typeOf = (k) => props && Object.hasOwn(props, k) ? props[k] : void 0;
  const object = (kv) => Object.fromEntries(kv.map(([k, v]) => [k, coerce(dec(v), typeOf(k))]));
  const own = typeof src === "string" ? [src] : src.filter(([k]) => k === p.name).map(([, v]) => v);
  if (p.type === "object" && typeof src !== "string" && style === "deepObject") {
    const pre = `${p.name}[`;
    const kv = src.filter(([k]) => k.startsWith(pre) && k.endsWith("]")).map(([k, v]) => [k.slice(pre.length, -1), v]);
    return kv.length ? object(kv) : void 0;
  }
  if (p.type === "object" && x) {
    const kv = typeof src === "string" ? src.split(L.split).filter(Boolean).map(pair).map(([k, v]) => [dec(k), v]) : src.filter(([k]) => all || !props || Object.hasOwn(props, k));
    return kv.length || typeof src === "string" ? object(kv) : void 0;
  }
  const [first] = own;
  if (first === void 0) return void 0;
  if (p.type === "array") return (x && typeof src !== "string" ? own : own.flatMap((t) => t.split(L.split))).map((t) => coerce(dec(t), p.items));
  if (p.type !== "object") return coerce(dec(first), p.type);
  const flat = first.split(L.split);
  if (flat.length === 1 && flat[0] === "") return {};
  if (flat.length % 2) return dec(first);
  return object(flat.flatMap((k, i) => i % 2 ? [] : [[dec(k), flat[i + 1] ?? ""]]));
}
function parsePath(p, raw) {
  const style = styleOf(p);
  const first = LAYOUT[style].first;
  if (!raw.startsWith(first)) return void 0;
  const body = raw.slice(first.length);
  if (style !== "matrix") return read(p, body, decode);
  return read(p, body.split(";").map(pair).map(([k, v]) => [decode(k), v]), decode, true);
}
function parseQuery(p, rawQuery) {
  const plus = (s) => s.replace(/\+/g, " ");
  const pairs = rawQuery.replace(/^\?/, "").split("&").filter(Boolean).map(pair).map(([k, v]) => [decode(plus(k)), p.allowReserved ? v : plus(v)]);
  return read(p, pairs, decode);
}
function parseHeader(p, raw) {
  return raw == null ? void 0 : read(p, raw, (s) => decode(s.replace(/^[ \t]+|[ \t]+$/g, "")));
}
function parseCookie(p, cookieHeader) {
  if (cookieHeader == null) return void 0;
  const pairs = cookieHeader.split(";").map((s) => s.trim()).filter(Boolean).map(pair).map(([k, v]) => [decode(k.trim()), v.trim().replace(/^"(.*)"$/s, "$1")]);
  return read(p, pairs, decode);
}
function formatPathLiteral(text2) {
  return encodeURI(text2).replace(/[#?]/g, (c) => c === "#" ? "%23" : "%3F");
}
export {
  formatCookie,
  formatHeader,
  formatPath,
  formatPathLiteral,
  formatQuery,
  parseCookie,
  parseHeader,
  parsePath,
  parseQuery
};
