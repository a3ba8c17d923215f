/**
 * The panel's analysers: one incremental analyser per field (only the paragraphs that changed are analysed again on a
 * keystroke), and a warm-up at idle after a paste, so the first keys after it do not pay for the larger text's first
 * run (JIT, caches). The results equal `analyse()` (lib/analysis/incremental.ts and its property test).
 */
import { createIncrementalAnalyser } from '@/lib/analysis/incremental';
import type { AnalyseOptions, AnalysisResult } from '@/lib/analysis/types';

type Analyser = (text: string, options: AnalyseOptions) => AnalysisResult;

/** Runs `cb` when the window is idle, within `timeout` ms; where requestIdleCallback is missing, after a short delay. */
export function whenIdle(win: Window, cb: () => void, timeout = 500): void {
  const idle = (win as Partial<Pick<Window, 'requestIdleCallback'>>).requestIdleCallback;
  if (typeof idle === 'function') idle.call(win, () => cb(), { timeout });
  else win.setTimeout(cb, 100);
}

export interface FieldAnalysers {
  /** A new field's analyser (the panel controller's `createAnalyser`). */
  createAnalyser(): Analyser;
  /** A paste into a field: at idle, run the analyser that ran last (the pasted field's) once more on its text. */
  onPaste(): void;
}

export function createFieldAnalysers(win: Window): FieldAnalysers {
  let last: { analyse: Analyser; text: string; options: AnalyseOptions } | null = null;
  let pending = false;
  return {
    createAnalyser() {
      const incremental = createIncrementalAnalyser();
      const analyse: Analyser = (text, options) => {
        last = { analyse, text, options };
        return incremental.analyse(text, options);
      };
      return analyse;
    },
    onPaste() {
      if (pending) return;
      pending = true;
      // After the paste's own analysis (the next frame): the same text again keeps the field's state as it is.
      whenIdle(win, () => {
        pending = false;
        const l = last;
        if (!l) return;
        try {
          l.analyse(l.text, l.options);
        } catch {
          // warming is a bonus
        }
      });
    },
  };
}
