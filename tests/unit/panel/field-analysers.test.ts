import { describe, expect, it, vi } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import { createFieldAnalysers, JUMP_CHARS, WARM_KEYS } from '@/entrypoints/panel.content/field-analysers';
import { whenIdle } from '@/lib/panel/scheduler';
import * as incremental from '@/lib/analysis/incremental';

/** A window with a controllable idle queue (or none: then setTimeout). */
function fakeWindow(withIdle: boolean) {
  const idle: { cb: () => void; timeout: number | undefined }[] = [];
  const timers: { cb: () => void; ms: number }[] = [];
  const win = {
    setTimeout: (cb: () => void, ms: number) => timers.push({ cb, ms }),
    ...(withIdle ? { requestIdleCallback: (cb: () => void, o?: { timeout?: number }) => idle.push({ cb, timeout: o?.timeout }) } : {}),
  } as unknown as Window;
  return { win, idle, timers };
}

const TEXT = 'Du skal søge job.\n\nDu vil søge 3 stillinger som kok hos Netto inden d. 1.4.';

describe('panel field analysers', () => {
  it('whenIdle uses requestIdleCallback with a timeout, else a short timer', () => {
    const a = fakeWindow(true);
    const cb = vi.fn();
    whenIdle(a.win, cb, 300);
    expect(a.idle).toHaveLength(1);
    expect(a.idle[0]!.timeout).toBe(300);
    a.idle[0]!.cb();
    expect(cb).toHaveBeenCalledTimes(1);
    const b = fakeWindow(false);
    whenIdle(b.win, cb);
    expect(b.timers).toHaveLength(1);
    b.timers[0]!.cb();
    expect(cb).toHaveBeenCalledTimes(2);
  });

  it("each field's analyser gives analyse()'s result, keystroke after keystroke", () => {
    const { win } = fakeWindow(true);
    const analysers = createFieldAnalysers(win);
    const a = analysers.createAnalyser();
    const b = analysers.createAnalyser();
    const opts = { form: 'minplan', field: 'agreement' } as const;
    for (const text of [TEXT, TEXT + ' og', TEXT + ' og ring', 'Du skal søge job.']) {
      expect(a(text, opts)).toEqual(analyse(text, opts));
      expect(b(text.toUpperCase(), opts)).toEqual(analyse(text.toUpperCase(), opts));
    }
  });

  it('after a paste, runs the last analysed field once more at idle (one warm-up per idle period), same result', () => {
    const { win, idle } = fakeWindow(true);
    const spy = vi.spyOn(incremental, 'createIncrementalAnalyser');
    const analysers = createFieldAnalysers(win);
    const field = analysers.createAnalyser();
    const inner = spy.mock.results[0]!.value as ReturnType<typeof incremental.createIncrementalAnalyser>;
    const run = vi.spyOn(inner, 'analyse');
    const opts = { form: 'rehab', field: 'accommodations' } as const;
    field(TEXT, opts);
    analysers.onPaste();
    analysers.onPaste();
    expect(idle).toHaveLength(1);
    expect(run).toHaveBeenCalledTimes(1);
    idle[0]!.cb();
    expect(run).toHaveBeenCalledTimes(2);
    expect(run.mock.calls[1]).toEqual([TEXT, opts]);
    // The field's state is unchanged by the warm-up: the next keystroke still equals a full analysis.
    expect(field(TEXT + ' x', opts)).toEqual(analyse(TEXT + ' x', opts));
    spy.mockRestore();
  });

  it('a jump in length (a fill without a paste) warms up at idle: a throwaway analyser types into a copy, one step per idle period', () => {
    const { win, idle } = fakeWindow(true);
    const spy = vi.spyOn(incremental, 'createIncrementalAnalyser');
    const analysers = createFieldAnalysers(win);
    const field = analysers.createAnalyser();
    const opts = { form: 'rehab', field: 'accommodations' } as const;
    const long = Array.from({ length: 20 }, () => 'Borger kan løfte højst 5 kg. Hun skal have pauser efter behov.').join(' ');
    expect(long.length).toBeGreaterThan(JUMP_CHARS);
    expect(field(long, opts)).toEqual(analyse(long, opts));
    expect(idle).toHaveLength(1);
    const probe = () => spy.mock.results[1]!.value as ReturnType<typeof incremental.createIncrementalAnalyser>;
    idle.shift()!.cb(); // the field itself once more, then the probe is made
    expect(spy).toHaveBeenCalledTimes(2);
    const typed = vi.spyOn(probe(), 'analyse');
    let steps = 0;
    while (idle.length) {
      idle.shift()!.cb();
      steps++;
    }
    // The probe's first analysis, WARM_KEYS keystrokes, and the callback that finds nothing left.
    expect(steps).toBe(WARM_KEYS + 2);
    expect(typed).toHaveBeenCalledTimes(WARM_KEYS + 1);
    expect(typed.mock.calls.at(-1)![0].length).toBe(long.length + WARM_KEYS);
    // The field's own state is untouched: its next keystroke still equals a full analysis, and a small edit warms nothing.
    expect(field(long + ' x', opts)).toEqual(analyse(long + ' x', opts));
    expect(idle).toHaveLength(0);
    spy.mockRestore();
  });
});
