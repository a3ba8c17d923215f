/**
 * The panel's analysers: one incremental analyser per field (only the chunks that changed are analysed again on a
 * keystroke), and a warm-up at idle after a paste or any other jump in a field's length (a framework filling it), so
 * the first keys after it do not pay for the larger text's first runs (JIT, caches). The results equal `analyse()`
 * (lib/analysis/incremental.ts and its property test).
 */
import { createIncrementalAnalyser } from '@/lib/analysis/incremental';
import { whenIdle } from '@/lib/panel/scheduler';
import type { AnalyseOptions, AnalysisResult } from '@/lib/analysis/types';

type Analyser = (text: string, options: AnalyseOptions) => AnalysisResult;


/** A change of more characters than this at once warms the analyser up as a paste does. */
export const JUMP_CHARS = 500;
/** Keystrokes the warm-up types into a copy of the text (half at its end, half in its middle). */
export const WARM_KEYS = 8;

export interface FieldAnalysers {
  /** A new field's analyser (the panel controller's `createAnalyser`). */
  createAnalyser(): Analyser;
  /** A paste into a field: at idle, warm up the analyser that ran last (the pasted field's) on its text. */
  onPaste(): void;
}

export function createFieldAnalysers(win: Window): FieldAnalysers {
  let last: { analyse: Analyser; text: string; options: AnalyseOptions } | null = null;
  let pending = false;
  /**
   * One step per idle callback (each costs at most one analysis): the field's own analyser once more on the same text
   * (which keeps its state as it is), then a throwaway analyser that types into a copy, so the paths a keystroke takes
   * (a changed chunk, the others reused and shifted) are compiled before the user's first key.
   */
  const warm = () => {
    if (pending) return;
    pending = true;
    const steps: (() => void)[] = [];
    let l: NonNullable<typeof last> | null = null;
    steps.push(() => {
      l = last;
      if (!l) return;
      l.analyse(l.text, l.options);
      const probe = createIncrementalAnalyser();
      const { text, options } = l;
      let typed = text;
      steps.push(() => void probe.analyse(typed, options));
      for (let k = 0; k < WARM_KEYS; k++) {
        steps.push(() => {
          const at = k < WARM_KEYS / 2 ? typed.length : text.length >> 1;
          typed = typed.slice(0, at) + (k % 3 === 2 ? ' ' : 'a') + typed.slice(at);
          probe.analyse(typed, options);
        });
      }
    });
    const next = () => {
      const step = steps.shift();
      if (!step) {
        pending = false;
        return;
      }
      try {
        step();
      } catch {
        steps.length = 0; // warming is a bonus
      }
      whenIdle(win, next);
    };
    // After the change's own analysis (the next frame).
    whenIdle(win, next);
  };
  return {
    createAnalyser() {
      const incremental = createIncrementalAnalyser();
      let length = 0;
      const analyse: Analyser = (text, options) => {
        last = { analyse, text, options };
        const jump = Math.abs(text.length - length) > JUMP_CHARS;
        length = text.length;
        const result = incremental.analyse(text, options);
        if (jump) warm();
        return result;
      };
      return analyse;
    },
    onPaste() {
      warm();
    },
  };
}
