import { parseCookie, parseQuery } from "../runtime/params.js";
import { BEARER } from "./options.js";
const BASIC = /^Basic ([A-Za-z0-9+/]+=*)$/i;
const SCHEME_AND_VALUE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) +(\S.*)$/s;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
function headerOf(request, name) {
  try {
    return request.headers.get(name);
  } catch {
    return null;
  }
}
function isBearer(scheme) {
  return !!scheme && (scheme.type === "oauth2" || scheme.type === "openIdConnect" || scheme.type === "http" && scheme.scheme?.toLowerCase() === "bearer");
}
function decodeBasic(token) {
  let text;
  try {
    const binary = atob(token);
    text = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return void 0;
  }
  const colon = text.indexOf(":");
  return colon < 0 ? void 0 : { username: text.slice(0, colon), password: text.slice(colon + 1) };
}
const WHERE = { header: "the header", query: "the query parameter", cookie: "the cookie" };
function readCredential(name, scheme, request, url) {
  if (!scheme) return { ok: false, present: false, problem: `The security scheme '${name}' is not declared.` };
  if (scheme.type === "mutualTLS") return { ok: true };
  if (scheme.type === "apiKey") {
    if (!scheme.name || !scheme.in) return { ok: false, present: false, problem: `The API key scheme '${name}' declares no name or location.` };
    const where = `${WHERE[scheme.in]} '${scheme.name}'`;
    const value = scheme.in === "header" ? headerOf(request, scheme.name)?.trim() : scheme.in === "query" ? parseQuery({ name: scheme.name, in: "query", type: "string" }, url.search) : parseCookie({ name: scheme.name, in: "cookie", type: "string" }, headerOf(request, "cookie"));
    if (value === void 0 || value === null) return { ok: false, present: false, problem: `The API key is missing: expected ${where}.` };
    if (typeof value !== "string" || value === "") return { ok: false, present: true, problem: `The API key in ${where} is empty.` };
    return { ok: true, credential: { scheme: name, type: "apiKey", value } };
  }
  const header = headerOf(request, "authorization")?.trim() ?? "";
  const sent = SCHEME_AND_VALUE.exec(header)?.[1]?.toLowerCase() ?? header.toLowerCase();
  if (isBearer(scheme)) {
    if (!header) return { ok: false, present: false, problem: "Access token is empty." };
    const token = BEARER.exec(header)?.[1];
    if (!token) return { ok: false, present: sent === "bearer", problem: "Access token is malformed: expected `Authorization: Bearer <token>`." };
    return { ok: true, credential: { scheme: name, type: scheme.type, value: token } };
  }
  const httpScheme = (scheme.scheme ?? "").toLowerCase();
  if (httpScheme === "basic") {
    const expected2 = "expected `Authorization: Basic <base64 of user:password>`.";
    if (!header) return { ok: false, present: false, problem: `Basic credentials are missing: ${expected2}` };
    const token = BASIC.exec(header)?.[1];
    const decoded = token === void 0 ? void 0 : decodeBasic(token);
    if (token === void 0 || !decoded) return { ok: false, present: sent === "basic", problem: `Basic credentials are malformed: ${expected2}` };
    return { ok: true, credential: { scheme: name, type: "http", value: token, ...decoded } };
  }
  const expected = `expected \`Authorization: ${httpScheme || "<scheme>"} <credentials>\`.`;
  if (!header) return { ok: false, present: false, problem: `Credentials are missing: ${expected}` };
  const m = SCHEME_AND_VALUE.exec(header);
  if (!m || !httpScheme || m[1].toLowerCase() !== httpScheme) return { ok: false, present: sent === httpScheme, problem: `Credentials are malformed: ${expected}` };
  return { ok: true, credential: { scheme: name, type: "http", value: m[2].trim() } };
}
function quoted(text) {
  return `"${text.replace(/[^\x20-\x7e]/g, (c) => encodeURIComponent(c)).replace(/["\\]/g, "\\$&")}"`;
}
function challenge(scheme) {
  if (!scheme || scheme.type === "mutualTLS") return void 0;
  if (isBearer(scheme)) return "Bearer";
  if (scheme.type === "apiKey") return scheme.in && scheme.name ? `ApiKey in=${quoted(scheme.in)}, name=${quoted(scheme.name)}` : "ApiKey";
  const name = scheme.scheme ?? "";
  if (!TOKEN.test(name)) return void 0;
  return `${name.charAt(0).toUpperCase()}${name.slice(1).toLowerCase()} realm="mock"`;
}
function credentialId(credential) {
  return credential.username ?? credential.value;
}
export {
  challenge,
  credentialId,
  headerOf,
  isBearer,
  readCredential
};
