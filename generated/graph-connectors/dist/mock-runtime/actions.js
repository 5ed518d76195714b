import { MockError } from "./errors.js";
import { codeFor } from "./request.js";
import { getAt } from "./paths.js";
import { fillTemplate } from "./router.js";
import { getOwn, setOwn } from "./spec.js";
import { fitsId } from "./ids.js";
import { memberPath, splitPath } from "./store.js";
const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v) && !ArrayBuffer.isView(v);
function target(engine, ctx) {
  const res = engine.resource(ctx.op.resource);
  if (res.kind === "singleton") return { res, ...splitPath(fillTemplate(res.template, ctx.params)) };
  return { res, collection: fillTemplate(res.template, ctx.params), id: ctx.op.keyParam ? getOwn(ctx.params, ctx.op.keyParam) ?? "" : "" };
}
function notFound(engine, op, label, id) {
  return new MockError(404, codeFor(engine, op, 404), `The ${label} '${id}' was not found.`);
}
function hidden(engine, op, res, id) {
  const status = res.ownership?.deniedStatus;
  if (status === void 0) return notFound(engine, op, res.label, id);
  return new MockError(status, codeFor(engine, op, status), `The caller may not access the ${res.label} '${id}': it neither created it nor is authorized on it.`);
}
function checkAncestors(engine, ctx) {
  for (const a of ctx.op.ancestors) {
    const res = engine.resource(a.collection);
    const id = getOwn(ctx.params, a.param) ?? "";
    const entry = engine.store.get(fillTemplate(a.collection, ctx.params), id);
    if (!entry) throw notFound(engine, ctx.op, res.label, id);
    if (!engine.visible(res, entry, ctx.caller, ctx.op)) throw hidden(engine, ctx.op, res, id);
  }
}
function creates(engine, ctx) {
  if (ctx.op.resource === void 0) return false;
  const { collection, id } = target(engine, ctx);
  return !engine.store.get(collection, id);
}
function checkRequirements(engine, ctx) {
  let creating;
  for (const r of ctx.op.requires) {
    if (r.when !== void 0) {
      creating ??= creates(engine, ctx);
      if (r.when === "create" !== creating) continue;
    }
    const entry = engine.store.getPath(fillTemplate(r.target, ctx.params));
    if (!entry) continue;
    const actual = getOwn(entry.value, r.property);
    if (!r.in.includes(actual)) {
      const label = engine.spec.resources[r.target.slice(0, r.target.lastIndexOf("/"))]?.label ?? "resource";
      throw new MockError(
        r.status,
        r.code,
        `The ${label}'s ${r.property} is '${String(actual)}'; this request needs ${r.in.map((v) => `'${String(v)}'`).join(" or ")}.`
      );
    }
  }
}
function runBehaviour(engine, ctx, value) {
  const v = ctx.op.validate;
  if (!v) return;
  const behaviour = engine.behaviour(v.behaviour);
  if (!behaviour) throw new Error(`unknown mock behaviour '${v.behaviour}'`);
  const registered = engine.store.getPath(fillTemplate(v.against, ctx.params))?.value;
  const problems = behaviour(value, registered);
  if (problems.length) {
    throw new MockError(400, codeFor(engine, ctx.op, 400), problems[0], problems.map((message) => ({ code: v.behaviour, message })));
  }
  const advice = engine.behaviour(`${v.behaviour}-advice`)?.(value, registered) ?? [];
  if (advice.length) {
    const quoted = (m) => `199 - "${m.replace(/[^\x20-\x7E]/g, "?").replace(/["\\]/g, (c) => `\\${c}`)}"`;
    ctx.headers = { ...ctx.headers, warning: advice.map(quoted).join(", ") };
  }
}
function create(engine, ctx) {
  const { res, collection } = target(engine, ctx);
  const body = isObj(ctx.body) ? ctx.body : {};
  const given = getOwn(body, res.key);
  const id = typeof given === "string" && given !== "" || typeof given === "number" ? fitsId(res.id, given) ? given : engine.mint(res, collection) : engine.mint(res, collection);
  if (engine.store.get(collection, String(id))) {
    throw new MockError(409, codeFor(engine, ctx.op, 409), `A ${res.label} with the id '${String(id)}' already exists.`);
  }
  runBehaviour(engine, ctx, body);
  const value = { [res.key]: id, ...body };
  setOwn(value, res.key, id);
  engine.fill(res, value);
  engine.serverSet(res, value, void 0);
  engine.store.set(collection, String(id), { value, owner: ctx.caller.id });
  return { status: 201, value, context: contextOf(ctx, "entity") };
}
function contextOf(ctx, kind) {
  return { kind, basePath: ctx.basePath, params: ctx.params };
}
function intParam(url, name) {
  const raw = name === void 0 ? null : url.searchParams.get(name);
  const n = raw === null || raw.trim() === "" ? NaN : Number(raw);
  return Number.isInteger(n) ? n : void 0;
}
function list(engine, ctx) {
  const { res, collection } = target(engine, ctx);
  const all = [];
  for (const [, entry] of engine.store.members(collection)) if (engine.visible(res, entry, ctx.caller, ctx.op)) all.push(entry.value);
  const paging = ctx.op.paging;
  const asked = intParam(ctx.url, ctx.op.sizeParam ?? (paging?.kind === "offset" ? paging.limitParam : paging?.kind === "page" ? paging.sizeParam : void 0));
  const size = Math.max(1, Math.min(engine.options.pageSize ?? 100, asked !== void 0 && asked > 0 ? asked : Infinity));
  const tokenParam = engine.profile.pageToken ?? "page_token";
  let start = 0;
  switch (paging?.kind) {
    case "cursor":
      start = intParam(ctx.url, paging.param) ?? 0;
      break;
    case "offset":
      start = intParam(ctx.url, paging.param) ?? 0;
      break;
    case "page":
      start = ((intParam(ctx.url, paging.param) ?? paging.first) - paging.first) * size;
      break;
    case "after": {
      const after = ctx.url.searchParams.get(paging.param);
      const at = after === null ? -1 : all.findIndex((v) => String(getOwn(v, paging.idProperty)) === after);
      start = at + 1;
      break;
    }
    default:
      start = intParam(ctx.url, tokenParam) ?? 0;
  }
  start = Math.max(0, start);
  const items = all.slice(start, start + size);
  const more = start + size < all.length;
  let next;
  if (more) {
    const url = new URL(ctx.url.href);
    const token = String(start + size);
    if (paging?.kind === "link" || paging?.kind === "link-header" || !paging) url.searchParams.set(tokenParam, token);
    next = { url: url.href, token, hasMore: true };
  }
  return { page: { items, ...next ? { next } : {} }, context: contextOf(ctx, "collection") };
}
function existing(engine, ctx, res, collection, id) {
  const entry = engine.store.get(collection, id);
  if (!entry || engine.visible(res, entry, ctx.caller, ctx.op)) return entry;
  if (res.ownership?.deniedStatus !== void 0) throw hidden(engine, ctx.op, res, id);
  return void 0;
}
function read(engine, ctx) {
  const { res, collection, id } = target(engine, ctx);
  const entry = existing(engine, ctx, res, collection, id);
  if (!entry && ctx.op.missing === "example") return {};
  if (!entry) throw notFound(engine, ctx.op, res.label, id);
  return { value: entry.value, context: contextOf(ctx, "entity") };
}
function upsert(engine, ctx) {
  const { res, collection, id } = target(engine, ctx);
  const before = engine.store.get(collection, id);
  if (before && !engine.visible(res, before, ctx.caller, ctx.op)) throw hidden(engine, ctx.op, res, id);
  const body = isObj(ctx.body) ? ctx.body : {};
  runBehaviour(engine, ctx, body);
  const value = res.kind === "collection" ? { [res.key]: engine.keyValue(res, id), ...body } : { ...body };
  if (res.kind === "collection") setOwn(value, res.key, engine.keyValue(res, id));
  engine.fill(res, value);
  engine.serverSet(res, value, before?.value);
  engine.store.set(collection, id, { value, owner: before?.owner ?? ctx.caller.id });
  return { ...before || ctx.op.createdStatus === void 0 ? {} : { status: ctx.op.createdStatus }, value };
}
function update(engine, ctx) {
  const { res, collection, id } = target(engine, ctx);
  const before = existing(engine, ctx, res, collection, id);
  if (!before && ctx.op.missing === "example") return {};
  if (!before && res.kind === "collection") throw notFound(engine, ctx.op, res.label, id);
  const body = isObj(ctx.body) ? ctx.body : {};
  if (ctx.op.longRunning) {
    runBehaviour(engine, ctx, body);
    return startLongRunning(engine, ctx, collection, id, body);
  }
  const value = { ...before?.value, ...body };
  if (res.kind === "collection") setOwn(value, res.key, before?.value[res.key] ?? engine.keyValue(res, id));
  runBehaviour(engine, ctx, value);
  engine.fill(res, value);
  engine.serverSet(res, value, before?.value);
  engine.store.set(collection, id, { value, owner: before?.owner ?? ctx.caller.id });
  return { value };
}
function remove(engine, ctx) {
  const { res, collection, id } = target(engine, ctx);
  const entry = existing(engine, ctx, res, collection, id);
  if (!entry && ctx.op.missing === "example") return {};
  if (!entry) throw notFound(engine, ctx.op, res.label, id);
  engine.store.delete(collection, id);
  return { value: entry.value };
}
function startLongRunning(engine, ctx, collection, id, body) {
  const lr = ctx.op.longRunning;
  const statusCollection = fillTemplate(lr.statusCollection, ctx.params);
  const statusId = engine.ids.uuid();
  engine.store.set(statusCollection, statusId, { value: { id: statusId, [lr.statusProperty]: lr.pending }, owner: ctx.caller.id });
  const behaviour = lr.behaviour === void 0 ? void 0 : engine.behaviour(lr.behaviour);
  const problems = behaviour ? behaviour(body, engine.store.get(collection, id)?.value) : [];
  if (ctx.failOperation) problems.push("The operation failed (the failed-operation fault was asked for).");
  const params = { ...ctx.params };
  const owner = ctx.caller.id;
  engine.schedule(engine.clock() + (engine.options.longRunningDelayMs ?? lr.delayMs), () => {
    const status = engine.store.get(statusCollection, statusId);
    if (!status) return;
    if (problems.length) {
      setOwn(status.value, lr.statusProperty, lr.failed);
      if (lr.errorProperty) {
        setOwn(status.value, lr.errorProperty, { code: codeFor(engine, ctx.op, 400), message: problems.join(" "), details: problems.map((message) => ({ code: "invalidSchema", message })) });
      }
      return;
    }
    const before = engine.store.get(collection, id);
    engine.store.set(collection, id, { value: { ...before?.value, ...body }, owner: before?.owner ?? owner });
    setOwn(status.value, lr.statusProperty, lr.succeeded);
    for (const set of lr.onSucceeded) {
      const entry = engine.store.getPath(fillTemplate(set.target, params));
      if (entry) setOwn(entry.value, set.property, structuredClone(set.value));
    }
  });
  const location = `${ctx.url.origin}${ctx.basePath}${memberPath(statusCollection, statusId)}`;
  return { status: 202, headers: { [lr.locationHeader.toLowerCase()]: location } };
}
function example(engine, ctx) {
  const r = ctx.op.results;
  if (!r) return {};
  const behaviour = engine.behaviour(r.behaviour);
  if (!behaviour) throw new Error(`unknown mock behaviour '${r.behaviour}'`);
  const elements = getAt(ctx.body, r.items);
  let failed = false;
  const items = (Array.isArray(elements) ? elements : []).map((element) => {
    const problems = behaviour(element, void 0);
    if (problems.length) failed = true;
    const error = problems.length ? { code: codeFor(engine, ctx.op, 400), message: problems.join(" ") } : null;
    return { ...isObj(element) ? element : {}, error };
  });
  return { ...failed ? { status: r.partial } : {}, results: { at: r.at, items } };
}
function batch() {
  throw new Error("a batch request is answered by the handler, not by an action");
}
const ACTIONS = {
  create,
  list,
  read,
  upsert,
  update,
  delete: remove,
  example,
  batch
};
export {
  ACTIONS,
  checkAncestors,
  checkRequirements
};
