/** Faults for testing clients: latency, 429 and 503 with `Retry-After`, and the created-but-503 create. */
import type { MockEngine } from './engine.js';
import type { MockOperation } from './spec.js';

/**
 * `failed-operation` (header only): the long-running operation the request starts ends `failed`,
 * with an error, whatever its body.
 */
export type FaultKind = 'throttle' | 'unavailable' | 'created-but-unavailable' | 'failed-operation';

/** Per-request override header: `throttle`, `unavailable`, `created-but-unavailable`, `failed-operation`, `latency=<ms>` (comma-separated). */
export const FAULT_HEADER = 'x-specgen-mock-fault';

export function drawFault(engine: MockEngine, op: MockOperation, request: Request): { latencyMs: number; kind?: FaultKind } {
  const asked = request.headers.get(FAULT_HEADER);
  if (asked) {
    let latencyMs = 0;
    let kind: FaultKind | undefined;
    for (const part of asked.split(',').map((s) => s.trim())) {
      const latency = /^latency=(\d+)$/.exec(part);
      if (latency) latencyMs = Number(latency[1]);
      else if (part === 'throttle' || part === 'unavailable' || part === 'created-but-unavailable' || part === 'failed-operation') kind = part;
    }
    return kind ? { latencyMs, kind } : { latencyMs };
  }
  const f = engine.faults;
  if (!f || (f.operations && !f.operations.includes(op.operationId))) return { latencyMs: 0 };
  const latency = f.latencyMs;
  const latencyMs = latency === undefined ? 0 : typeof latency === 'number' ? latency : latency.min + engine.draws.next() * (latency.max - latency.min);
  if (engine.faultBudget <= 0) return { latencyMs };
  let kind: FaultKind | undefined;
  if (f.throttleRate && engine.draws.next() < f.throttleRate) kind = 'throttle';
  else if (f.unavailableRate && engine.draws.next() < f.unavailableRate) kind = 'unavailable';
  else if (op.idempotentCreate && f.createdButUnavailable &&
    (f.createdButUnavailable === true || engine.draws.next() < f.createdButUnavailable)) kind = 'created-but-unavailable';
  if (kind) engine.faultBudget--;
  return kind ? { latencyMs, kind } : { latencyMs };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
