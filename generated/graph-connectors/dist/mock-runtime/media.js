import { parseQuery } from "../runtime/params.js";
import { getOwn, setOwn } from "./spec.js";
function essence(mediaType) {
  return (mediaType.split(";")[0] ?? "").trim().toLowerCase();
}
function charsetOf(mediaType) {
  const m = mediaType ? /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(mediaType) : null;
  return m?.[1];
}
function pickMedia(declared, contentType) {
  if (contentType === null || contentType.trim() === "") return declared[0];
  const type = essence(contentType);
  const slash = type.indexOf("/");
  if (slash <= 0 || slash === type.length - 1 || type.indexOf("/", slash + 1) >= 0) return void 0;
  const find = (wanted) => declared.find((m) => essence(m.type) === wanted);
  return find(type) ?? (type.endsWith("+json") ? find("application/json") : void 0) ?? find(`${type.slice(0, slash)}/*`) ?? find("*/*");
}
function isTextual(mediaType) {
  const type = essence(mediaType);
  return type.startsWith("text/") || /^application\/(?:json|xml|x-www-form-urlencoded|javascript|yaml)$/.test(type) || /\+(?:json|xml|yaml)$/.test(type);
}
function decodeText(bytes, contentType) {
  const charset = charsetOf(contentType);
  let decoder;
  try {
    decoder = new TextDecoder(charset ?? "utf-8");
  } catch {
    decoder = new TextDecoder();
  }
  return decoder.decode(bytes);
}
function explodedObject(p) {
  return p.type === "object" && p.style !== "deepObject" && (p.explode ?? !(p.style === "spaceDelimited" || p.style === "pipeDelimited"));
}
const rawPart = (text, name) => text.replace(name ? /[%&+=#]/g : /[%&+#]/g, (c) => encodeURIComponent(c));
function decodeForm(text, fields) {
  const out = {};
  const declared = Object.keys(fields ?? {});
  const claimed = new Set(declared);
  const prefixes = [];
  let claimsAll = false;
  for (const name of declared) {
    const spec = getOwn(fields ?? {}, name);
    if (!spec) continue;
    const p = { ...spec, name, in: "query" };
    let value = parseQuery(p, text);
    if (p.type === "object" && p.style === "deepObject") prefixes.push(`${name}[`);
    else if (explodedObject(p)) {
      if (p.properties) for (const key of Object.keys(p.properties)) claimed.add(key);
      else {
        claimsAll = true;
        if (value !== null && typeof value === "object") {
          const rest2 = {};
          for (const [k, v] of Object.entries(value)) if (!declared.includes(k) || k === name) setOwn(rest2, k, v);
          value = Object.keys(rest2).length ? rest2 : void 0;
        }
      }
    }
    if (value !== void 0) setOwn(out, name, value);
  }
  if (claimsAll) return out;
  const rest = /* @__PURE__ */ new Map();
  new URLSearchParams(text).forEach((value, key) => {
    if (claimed.has(key) || prefixes.some((prefix) => key.startsWith(prefix))) return;
    const values = rest.get(key);
    if (values) values.push(value);
    else rest.set(key, [value]);
  });
  for (const [key, values] of rest) setOwn(out, key, values.length === 1 ? values[0] : values);
  return out;
}
async function partText(value) {
  if (typeof value === "string") return value;
  if (isTextual(value.type)) return await value.text();
  return value.name || "file";
}
async function decodeMultipart(bytes, contentType, fields) {
  const form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  const parts = /* @__PURE__ */ new Map();
  const entries = [];
  form.forEach((value, name) => entries.push([name, value]));
  for (const [name, value] of entries) {
    const text = await partText(value);
    const texts = parts.get(name);
    if (texts) texts.push(text);
    else parts.set(name, [text]);
  }
  const out = {};
  const viaCodec = [];
  for (const [name, texts] of parts) {
    const spec = fields ? getOwn(fields, name) : void 0;
    const json = spec && (spec.type === "object" || spec.type === "array") && texts.length === 1 ? parseJson(texts[0]) : void 0;
    if (json !== void 0 && typeof json === "object" && json !== null && Array.isArray(json) === (spec?.type === "array")) setOwn(out, name, json);
    else for (const text of texts) viaCodec.push(`${rawPart(name, true)}=${rawPart(text, false)}`);
  }
  const asParts = {};
  for (const [name, spec] of Object.entries(fields ?? {})) setOwn(asParts, name, explodedObject(spec) ? { ...spec, explode: false } : spec);
  const read = decodeForm(viaCodec.join("&"), asParts);
  for (const [key, value] of Object.entries(read)) if (!Object.prototype.hasOwnProperty.call(out, key)) setOwn(out, key, value);
  return out;
}
function parseJson(text) {
  if (!/^\s*[[{]/.test(text)) return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
export {
  charsetOf,
  decodeForm,
  decodeMultipart,
  decodeText,
  essence,
  isTextual,
  pickMedia
};
