const OUTER_ONLY = /* @__PURE__ */ new Set(["authorization", "cookie", "content-length", "host"]);
const JSON_TYPE = /^application\/([\w.+-]+\+)?json\b/i;
const NO_BODY = /* @__PURE__ */ new Set([101, 204, 205, 304]);
function odataBatching(root, send, limit, direct, options = {}) {
  const max = Math.max(1, Math.min(limit, options.maxRequests ?? limit));
  const base = root.replace(/\/+$/, "");
  let queue = [];
  let timer;
  let nextId = 1;
  const inFlight = /* @__PURE__ */ new Set();
  async function dispatch(batch) {
    const live = batch.filter((q) => !q.signal?.aborted);
    for (const q of batch) if (q.signal?.aborted) q.reject(q.signal.reason);
    if (!live.length) return;
    let answers;
    try {
      answers = (await send({ requests: live.map((q) => q.step) })).responses ?? [];
    } catch (e) {
      for (const q of live) q.reject(e);
      return;
    }
    const byId = new Map(answers.map((a) => [a.id, a]));
    for (const q of live) {
      const a = byId.get(q.step.id);
      if (!a) {
        q.reject(new Error(`the batch answered no response for request '${q.step.id}'`));
        continue;
      }
      const headers = new Headers(a.headers ?? {});
      let body = null;
      if (!NO_BODY.has(a.status) && a.body !== void 0 && a.body !== null) {
        const json = JSON_TYPE.test(headers.get("content-type") ?? "") || typeof a.body !== "string";
        body = json ? JSON.stringify(a.body) : a.body;
        if (json && !headers.has("content-type")) headers.set("content-type", "application/json");
      }
      q.resolve(new Response(body, { status: a.status, headers }));
    }
  }
  function send_() {
    if (timer !== void 0) clearTimeout(timer);
    timer = void 0;
    while (queue.length) {
      const batch = queue.slice(0, max);
      queue = queue.slice(max);
      const p = dispatch(batch).finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
  }
  function fetchBatched(input, init) {
    const url = String(input);
    const headers = new Headers(init.headers);
    const type = headers.get("content-type") ?? "";
    const under = url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`);
    const bodyText = typeof init.body === "string" ? init.body : init.body == null ? void 0 : null;
    if (!under || bodyText === null || bodyText !== void 0 && !JSON_TYPE.test(type)) return direct(input, init);
    const step = { id: String(nextId++), method: (init.method ?? "GET").toUpperCase(), url: url.slice(base.length) || "/" };
    const inner = {};
    headers.forEach((value, name) => {
      if (!OUTER_ONLY.has(name)) inner[name] = value;
    });
    if (Object.keys(inner).length) step.headers = inner;
    if (bodyText !== void 0) step.body = JSON.parse(bodyText);
    return new Promise((resolve, reject) => {
      const signal = init.signal;
      if (signal?.aborted) return reject(signal.reason);
      const queued = { step, resolve, reject, signal };
      signal?.addEventListener("abort", () => {
        queue = queue.filter((q) => q !== queued);
        reject(signal.reason);
      }, { once: true });
      queue.push(queued);
      if (queue.length >= max) send_();
      else timer ??= setTimeout(send_, options.delayMs ?? 0);
    });
  }
  return {
    fetch: fetchBatched,
    async flush() {
      send_();
      while (inFlight.size) await Promise.all([...inFlight]);
    }
  };
}
export {
  odataBatching
};
