/**
 * Analysis scheduling: typing must never wait for the analyser.
 * Fields are marked dirty from input events; one run analyses only the dirty fields. The first change after a
 * quiet period runs in the next task (low latency for a single keystroke); further changes while that frame is
 * still "busy" are coalesced into one run at the next animation frame, so a burst (paste, key repeat, a
 * framework writing several fields) costs at most one run per frame.
 */
export interface SchedulerHost {
  /** Runs `cb` in a later task (not a microtask: the input event and its default action finish first). */
  postTask(cb: () => void): void;
  requestFrame(cb: () => void): unknown;
}

export interface Scheduler {
  markDirty(fieldId: string): void;
  /** Runs now for whatever is dirty (tests, the insert path). */
  flush(): void;
  readonly pending: boolean;
  dispose(): void;
}

export function defaultSchedulerHost(win: Window = window): SchedulerHost {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return {
    postTask(cb) {
      queue.push(cb);
      channel.port2.postMessage(null);
    },
    requestFrame: (cb) => win.requestAnimationFrame(() => cb()),
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
    if (!frameBusy) {
      frameBusy = true;
      host.requestFrame(() => {
        frameBusy = false;
        // Changes that arrived during the busy frame were parked until now.
        if (dirty.size && !scheduled) flush();
      });
    }
    run(ids);
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
