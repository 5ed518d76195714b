/**
 * The second thread of generation (see offload.ts): openapi-typescript's transform and printer, and
 * TypeScript's isolated declaration emit. Pure functions of their input; nothing here reads or
 * writes files.
 */
import { parentPort } from 'node:worker_threads';
import { isolatedDeclarations, printOpenapiTypes, warmOpenapiTypes } from './offload-tasks.ts';

export type OffloadRequest =
  | { id: number; kind: 'warm' }
  | { id: number; kind: 'types'; documentJson: string }
  | { id: number; kind: 'declarations'; path: string; content: string };
export type OffloadReply = { id: number; ok: true; value: string | null } | { id: number; ok: false; message: string };

parentPort!.on('message', async (request: OffloadRequest) => {
  try {
    const value = request.kind === 'warm' ? (await warmOpenapiTypes(), null)
      : request.kind === 'types' ? await printOpenapiTypes(JSON.parse(request.documentJson) as Record<string, unknown>)
      : isolatedDeclarations(request.path, request.content);
    parentPort!.postMessage({ id: request.id, ok: true, value } satisfies OffloadReply);
  } catch (err) {
    parentPort!.postMessage({ id: request.id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies OffloadReply);
  }
});
