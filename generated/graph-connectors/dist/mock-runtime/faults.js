const FAULT_HEADER = "x-specgen-mock-fault";
function drawFault(engine, op, request) {
  const asked = request.headers.get(FAULT_HEADER);
  if (asked) {
    let latencyMs2 = 0;
    let kind2;
    for (const part of asked.split(",").map((s) => s.trim())) {
      const latency2 = /^latency=(\d+)$/.exec(part);
      if (latency2) latencyMs2 = Number(latency2[1]);
      else if (part === "throttle" || part === "unavailable" || part === "created-but-unavailable" || part === "failed-operation") kind2 = part;
    }
    return kind2 ? { latencyMs: latencyMs2, kind: kind2 } : { latencyMs: latencyMs2 };
  }
  const f = engine.faults;
  if (!f || f.operations && !f.operations.includes(op.operationId)) return { latencyMs: 0 };
  const latency = f.latencyMs;
  const latencyMs = latency === void 0 ? 0 : typeof latency === "number" ? latency : latency.min + engine.draws.next() * (latency.max - latency.min);
  if (engine.faultBudget <= 0) return { latencyMs };
  let kind;
  if (f.throttleRate && engine.draws.next() < f.throttleRate) kind = "throttle";
  else if (f.unavailableRate && engine.draws.next() < f.unavailableRate) kind = "unavailable";
  else if (op.idempotentCreate && f.createdButUnavailable && (f.createdButUnavailable === true || engine.draws.next() < f.createdButUnavailable)) kind = "created-but-unavailable";
  if (kind) engine.faultBudget--;
  return kind ? { latencyMs, kind } : { latencyMs };
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
export {
  FAULT_HEADER,
  drawFault,
  sleep
};
