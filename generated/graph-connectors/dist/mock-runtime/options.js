function claimsOf(token) {
  const parts = token.split(".");
  if (parts.length !== 3) return void 0;
  try {
    const text = atob(parts[1].replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(parts[1].length / 4) * 4, "="));
    const claims = JSON.parse(text);
    return claims !== null && typeof claims === "object" && !Array.isArray(claims) ? claims : void 0;
  } catch {
    return void 0;
  }
}
function callerFromToken(token) {
  const claims = token ? claimsOf(token) : void 0;
  if (!claims) return { id: "mock-caller", scopes: [] };
  const id = [claims.appid, claims.azp, claims.oid, claims.sub].find((v) => typeof v === "string") ?? "mock-caller";
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r) => typeof r === "string") : [];
  const scp = typeof claims.scp === "string" ? claims.scp.split(" ").filter(Boolean) : [];
  return { id, scopes: [...roles, ...scp] };
}
const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i;
export {
  BEARER,
  callerFromToken
};
