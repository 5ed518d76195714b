function mintId(rule, counter, uuid) {
  const n = Number.isFinite(counter) && counter > 0 ? Math.floor(counter) : 0;
  switch (rule.kind) {
    case "integer":
      return rule.start + (rule.count !== void 0 && rule.count > 0 ? n % rule.count : n) * rule.step;
    case "uuid":
      return uuid();
    case "enum":
    case "samples":
      return rule.values[n % Math.max(1, rule.values.length)] ?? String(n + 1);
    case "template":
      return mintTemplateId(rule.parts, n);
  }
}
const ID_SATURATED = Number.MAX_SAFE_INTEGER;
function idLevelCapacity(radices, lengths) {
  let capacity = 1;
  for (let i = 0; i < radices.length && capacity < ID_SATURATED; i++) {
    for (let k = 0; k < (lengths[i] ?? 0) && capacity < ID_SATURATED; k++) capacity = Math.min(ID_SATURATED, capacity * (radices[i] ?? 0));
  }
  return capacity;
}
function mintTemplateId(parts, counter) {
  const radices = parts.map((p) => "chars" in p ? Array.from(p.chars).length : "options" in p ? p.options.length : 1);
  const start = parts.map((p) => "chars" in p ? p.min : "options" in p ? 1 : 0);
  const grow = (lengths2) => {
    const i = parts.findIndex((p, j) => "chars" in p && (lengths2[j] ?? 0) < p.max);
    if (i < 0) return false;
    lengths2[i] = (lengths2[i] ?? 0) + 1;
    return true;
  };
  let total = 0;
  for (const lengths2 = [...start]; total < ID_SATURATED; ) {
    total = Math.min(ID_SATURATED, total + idLevelCapacity(radices, lengths2));
    if (!grow(lengths2)) break;
  }
  let n = total > 0 ? counter % total : 0;
  const lengths = [...start];
  for (let cap = idLevelCapacity(radices, lengths); n >= cap; cap = idLevelCapacity(radices, lengths)) {
    n -= cap;
    if (!grow(lengths)) break;
  }
  const out = [];
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i];
    const radix = radices[i] ?? 0;
    if (part === void 0) continue;
    if ("literal" in part) {
      out.push(part.literal);
    } else if ("options" in part) {
      out.push(part.options[radix ? n % radix : 0] ?? "");
      if (radix) n = Math.floor(n / radix);
    } else {
      const chars = Array.from(part.chars);
      const piece = [];
      for (let k = 0; k < (lengths[i] ?? 0) && radix; k++) {
        piece.push(chars[n % radix] ?? "");
        n = Math.floor(n / radix);
      }
      out.push(piece.reverse().join(""));
    }
  }
  return out.reverse().join("");
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const patterns = /* @__PURE__ */ new Map();
function patternOf(source) {
  let re = patterns.get(source);
  if (re === void 0) {
    try {
      re = new RegExp(source, "u");
    } catch {
      try {
        re = new RegExp(source);
      } catch {
        re = null;
      }
    }
    if (patterns.size > 4096) patterns.clear();
    patterns.set(source, re);
  }
  return re;
}
function fitsId(rule, id) {
  switch (rule.kind) {
    case "integer":
      return typeof id === "number" && Number.isInteger(id);
    case "uuid":
      return typeof id === "string" && UUID.test(id);
    case "enum":
      return rule.values.includes(id);
    case "template":
    case "samples": {
      if (typeof id !== "string" || id === "") return false;
      const a = rule.accepts;
      const length = Array.from(id).length;
      if (a?.minLength !== void 0 && length < a.minLength) return false;
      if (a?.maxLength !== void 0 && length > a.maxLength) return false;
      const re = a?.pattern === void 0 ? null : patternOf(a.pattern);
      return !re || re.test(id);
    }
  }
}
export {
  fitsId,
  mintId,
  patternOf
};
