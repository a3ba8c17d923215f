/** Coalesces calls to one per animation frame (with a timer fallback for background tabs). */
export function frameCoalescer(win: Window, fn: () => void): { request(): void; cancel(): void } {
  let raf = 0;
  let timer = 0;
  const run = () => {
    if (raf) win.cancelAnimationFrame?.(raf);
    if (timer) win.clearTimeout(timer);
    raf = 0;
    timer = 0;
    fn();
  };
  return {
    request() {
      if (raf || timer) return;
      if (typeof win.requestAnimationFrame === 'function') raf = win.requestAnimationFrame(run);
      // rAF does not fire in hidden tabs; the timer keeps state fresh there.
      timer = win.setTimeout(run, 100);
    },
    cancel() {
      if (raf) win.cancelAnimationFrame?.(raf);
      if (timer) win.clearTimeout(timer);
      raf = 0;
      timer = 0;
    },
  };
}

/** Resolves after the next frame (or a short timeout), letting editors finish re-rendering. */
export function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(() => finish());
    win.setTimeout(finish, 50);
  });
}
