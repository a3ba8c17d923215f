/**
 * Analysis scheduling: typing must never wait for the analyser.
 * Fields are marked dirty from input events; one run analyses only the dirty fields. A change runs in a microtask
 * right after the event's listeners (the text has already changed when `input` fires), so the result is painted
 * in the same frame as the typed character; changes within one task are coalesced. When a run was expensive (over the
 * budget, e.g. a long text), the frame counts as busy: further changes are coalesced into one run at the next
 * animation frame, so a burst (paste, key repeat, a framework writing several fields) costs at most one
 * expensive run per frame and the browser always gets to paint and handle the next key.
 */
export interface SchedulerHost {
  /** Runs `cb` after the current listeners (default: a microtask). */
  postTask(cb: () => void): void;
  requestFrame(cb: () => void): unknown;
  /** A clock in ms (performance.now); without one every run counts as expensive. */
  now?(): number;
}

/** A run longer than this (ms) makes the rest of the frame "busy". */
export const RUN_BUDGET_MS = 4;

export interface Scheduler {
  markDirty(fieldId: string): void;
  /** Runs now for whatever is dirty (tests, the insert path). */
  flush(): void;
  readonly pending: boolean;
  dispose(): void;
}

/**
 * Runs `cb` when the window is idle, within `timeout` ms; where requestIdleCallback is missing (Safari, some embedded
 * browsers), after `fallbackMs`.
 */
export function whenIdle(win: Window, cb: () => void, timeout = 500, fallbackMs = 100): void {
  const idle = (win as Partial<Pick<Window, 'requestIdleCallback'>>).requestIdleCallback;
  if (typeof idle === 'function') idle.call(win, () => cb(), { timeout });
  else win.setTimeout(cb, fallbackMs);
}

export function defaultSchedulerHost(win: Window = window): SchedulerHost {
  return {
    postTask: (cb) => queueMicrotask(cb),
    requestFrame: (cb) => win.requestAnimationFrame(() => cb()),
    now: () => win.performance.now(),
  };
}

export function createScheduler(run: (fieldIds: string[]) => void, host: SchedulerHost = defaultSchedulerHost()): Scheduler {
  const dirty = new Set<string>();
  let scheduled = false;
  let frameBusy = false;
  let disposed = false;

  const flush = () => {
    scheduled = false;
    if (disposed || dirty.size === 0) return;
    const ids = [...dirty];
    dirty.clear();
    const started = host.now?.();
    run(ids);
    const cheap = started !== undefined && host.now!() - started <= RUN_BUDGET_MS;
    if (!cheap && !frameBusy) {
      frameBusy = true;
      host.requestFrame(() => {
        frameBusy = false;
        // Changes that arrived during the busy frame were parked until now.
        if (dirty.size && !scheduled) flush();
      });
    }
  };

  return {
    markDirty(fieldId) {
      if (disposed) return;
      dirty.add(fieldId);
      if (scheduled) return;
      if (frameBusy) return; // the frame callback picks it up
      scheduled = true;
      host.postTask(flush);
    },
    flush,
    get pending() {
      return dirty.size > 0;
    },
    dispose() {
      disposed = true;
      dirty.clear();
    },
  };
}
