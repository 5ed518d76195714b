import { describe, expect, it } from 'vitest';
import { createProgress } from '../../generator/progress.ts';

const stream = (isTTY: boolean) => {
  const writes: string[] = [];
  return { isTTY, write: (t: string) => writes.push(t), writes };
};

describe('progress display', () => {
  it('on a TTY: one rewritten status line naming the phase, cleared at the end', () => {
    const s = stream(true);
    const p = createProgress(s, {});
    p.step('generated/x: load');
    p.step('generated/x: emit:types');
    p.done();
    expect(s.writes.some((w) => w.startsWith('\r\x1b[2K') && w.includes('specgen: generated/x: load'))).toBe(true);
    expect(s.writes.some((w) => w.includes('emit:types'))).toBe(true);
    expect(s.writes.at(-1)).toBe('\r\x1b[2K');
    expect(s.writes.every((w) => !w.includes('\n'))).toBe(true);
  });

  it('quiet when not a TTY, in CI, or on a dumb terminal', () => {
    for (const [tty, env] of [[false, {}], [true, { CI: 'true' }], [true, { TERM: 'dumb' }]] as const) {
      const s = stream(tty);
      const p = createProgress(s, env);
      p.step('load');
      p.done();
      expect(s.writes).toEqual([]);
    }
  });
});
