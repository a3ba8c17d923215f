/** The signals now live with the other facts of a text (facts/signals.ts); this path stays for callers outside the core. */
export { computeSignals, withoutInside, type HourFigure, type Signals } from '../facts/signals';
export { sentenceAt } from '../text/search';
import type { TextModel } from '../text/types';
import { factsOf } from '../facts';
import type { Signals } from '../facts/signals';

/** The signals of a model (its facts' signals). */
export const signalsOf = (model: TextModel): Signals => factsOf(model).signals;
