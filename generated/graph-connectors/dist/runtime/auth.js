import { formatCookie, formatQuery } from "./params.js";
const bearer = (s) => s.type === "oauth2" || s.type === "openIdConnect" || s.type === "http" && s.scheme === "bearer";
const usable = (c) => typeof c === "string" ? c !== "" : !!c && typeof c.username === "string";
const base64 = (text) => btoa(Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join(""));
async function authorize(security, auth, getAccessToken) {
  const out = { headers: /* @__PURE__ */ Object.create(null), query: [], cookies: [] };
  let token;
  const accessToken = () => token ??= Promise.resolve(getAccessToken?.());
  if (!security) {
    const t = await accessToken();
    if (t) out.headers.authorization = `Bearer ${t}`;
    return out;
  }
  const got = /* @__PURE__ */ new Map();
  const credential = (s) => {
    let c = got.get(s.key);
    if (!c) {
      const own = auth && Object.hasOwn(auth, s.key) ? auth[s.key] : void 0;
      c = Promise.resolve(own ? own() : bearer(s) ? accessToken() : void 0);
      got.set(s.key, c);
    }
    return c;
  };
  let chosen;
  let partial;
  let optional = false;
  for (const alternative of security) {
    if (!alternative.length) {
      optional = true;
      continue;
    }
    const have = [];
    for (const s of alternative) {
      const c = s.type === "mutualTLS" ? void 0 : await credential(s);
      if (usable(c)) have.push([s, c]);
    }
    if (have.length === alternative.length) {
      chosen = have;
      break;
    }
    if (have.length) partial ??= have;
  }
  for (const [s, c] of chosen ?? (optional ? [] : partial ?? [])) {
    const text = typeof c === "string" ? c : `${c.username}:${c.password}`;
    if (s.type === "apiKey") {
      const p = { name: s.name, in: s.in, type: "string" };
      if (s.in === "query") out.query.push(...formatQuery(p, text));
      else if (s.in === "cookie") out.cookies.push(...formatCookie(p, text));
      else out.headers[s.name.toLowerCase()] = text;
    } else if (s.type === "http" && s.scheme !== "bearer") {
      const value = s.scheme === "basic" && typeof c !== "string" ? base64(text) : text;
      out.headers.authorization = `${s.scheme.charAt(0).toUpperCase()}${s.scheme.slice(1)} ${value}`;
    } else {
      out.headers.authorization = `Bearer ${text}`;
    }
  }
  return out;
}
export {
  authorize
};
