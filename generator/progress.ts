/** A one-line progress display for long generations: on a TTY only, never in CI or when piped. */
export interface Progress {
  step(name: string): void;
  done(): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function createProgress(stream: ProgressStream, env: Record<string, string | undefined> = process.env, label = 'specgen'): Progress {
  const enabled = stream.isTTY === true && !env.CI && env.TERM !== 'dumb';
  if (!enabled) return { step() {}, done() {} };
  const started = performance.now();
  let current = 'starting';
  let frame = 0;
  const render = () => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    stream.write(`\r\x1b[2K${FRAMES[frame++ % FRAMES.length]} ${label}: ${current} (${seconds} s)`);
  };
  const timer = setInterval(render, 100);
  timer.unref?.();
  return {
    step(name) {
      current = name;
      render();
    },
    done() {
      clearInterval(timer);
      stream.write('\r\x1b[2K');
    },
  };
}
