import { describe, expect, it } from 'vitest';
import { createScheduler, type SchedulerHost } from '@/lib/panel/scheduler';

/** A hand-cranked host: tasks and frames run only when the test says so; each run "costs" `cost` ms. */
function manualHost(cost = 10) {
  const tasks: (() => void)[] = [];
  const frames: (() => void)[] = [];
  let clock = 0;
  const host: SchedulerHost = {
    postTask: (cb) => void tasks.push(cb),
    requestFrame: (cb) => frames.push(cb),
    now: () => (clock += cost / 2),
  };
  return {
    host,
    runTasks: () => tasks.splice(0).forEach((t) => t()),
    runFrame: () => frames.splice(0).forEach((f) => f()),
    get taskCount() {
      return tasks.length;
    },
  };
}

describe('createScheduler', () => {
  it('runs the first change in the next task, only for the dirty field', () => {
    const m = manualHost();
    const runs: string[][] = [];
    const s = createScheduler((ids) => runs.push(ids), m.host);
    s.markDirty('a');
    expect(runs).toEqual([]); // never synchronously inside the input event
    m.runTasks();
    expect(runs).toEqual([['a']]);
  });

  it('coalesces changes within one task into one run', () => {
    const m = manualHost();
    const runs: string[][] = [];
    const s = createScheduler((ids) => runs.push(ids), m.host);
    s.markDirty('a');
    s.markDirty('a');
    s.markDirty('b');
    expect(m.taskCount).toBe(1);
    m.runTasks();
    expect(runs).toEqual([['a', 'b']]);
  });

  it('cheap runs never wait for a frame', () => {
    const m = manualHost(1);
    const runs: string[][] = [];
    const s = createScheduler((ids) => runs.push(ids), m.host);
    for (const id of ['a', 'b', 'c']) {
      s.markDirty(id);
      m.runTasks();
    }
    expect(runs).toEqual([['a'], ['b'], ['c']]);
  });

  it('after an expensive run, a burst of changes waits for the next frame and runs once', () => {
    const m = manualHost();
    const runs: string[][] = [];
    const s = createScheduler((ids) => runs.push(ids), m.host);
    s.markDirty('a');
    m.runTasks();
    // More keystrokes arrive before the frame ends: parked, no new task.
    s.markDirty('a');
    m.runTasks();
    s.markDirty('b');
    m.runTasks();
    expect(runs).toEqual([['a']]);
    expect(s.pending).toBe(true);
    m.runFrame();
    expect(runs).toEqual([['a'], ['a', 'b']]);
    // After a quiet frame the next change is fast again.
    m.runFrame();
    s.markDirty('c');
    m.runTasks();
    expect(runs).toEqual([['a'], ['a', 'b'], ['c']]);
  });

  it('flush() runs immediately and dispose() stops everything', () => {
    const m = manualHost();
    const runs: string[][] = [];
    const s = createScheduler((ids) => runs.push(ids), m.host);
    s.markDirty('x');
    s.flush();
    expect(runs).toEqual([['x']]);
    s.dispose();
    s.markDirty('y');
    m.runTasks();
    m.runFrame();
    expect(runs).toEqual([['x']]);
  });
});
