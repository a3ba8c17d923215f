import type { TextModel } from '../text/types';
import type { LexHit } from '../vocab/lexicon';
import type { TimeExpression } from '../text/time';
import type { Signals } from './signals';
import type { AgreementAnalysis } from '../smart';
import type { Facts } from './index';

/**
 * What is known about one text model, filled in on first use by the module that computes it. This is the one memo of
 * the analysis (no module keeps a cache of its own): everything here is a pure function of the model, so an analysis
 * computes each fact once and shares it between the rules and the score.
 */
export interface FactSlots {
  facts?: Facts;
  /** Lexicon hits of every list, by lexicon id, for the lexicon compilation `version`. */
  lexHits?: {
    version: number;
    byLex: (LexHit[] | undefined)[];
    /** A part of a whole text (`whole.text.slice(at, end)`, its words from the whole's word `w0`): lists not yet taken from `from`. */
    part?: { from: readonly (LexHit[] | undefined)[]; at: number; end: number; w0: number } | undefined;
  };
  times?: TimeExpression[];
  /** Computes `times` from parts of the text instead of a scan of the whole (the incremental analyser's chunks). */
  timesFromParts?: () => TimeExpression[];
  signals?: Signals;
  /** Agreements by `${form}|${field}`. */
  agreements?: Map<string, AgreementAnalysis[]>;
  lix?: number;
}

/**
 * The slots live on the model itself, under a symbol that is not enumerable (so a model still equals a model built
 * elsewhere): a WeakMap keyed by short-lived models kept every analysis's facts alive past the young-generation
 * collections (ephemerons), and promoted them to the old generation.
 */
const SLOTS: unique symbol = Symbol('facts');
type WithSlots = TextModel & { [SLOTS]?: FactSlots };

/** Models that cannot take a property (frozen by a caller) keep theirs here. */
const frozen = new WeakMap<TextModel, FactSlots>();

export function slotsOf(model: TextModel): FactSlots {
  const m = model as WithSlots;
  let s = m[SLOTS];
  if (s) return s;
  if (!Object.isExtensible(m)) {
    s = frozen.get(m);
    if (!s) frozen.set(m, (s = {}));
    return s;
  }
  Object.defineProperty(m, SLOTS, { value: (s = {}), enumerable: false, writable: false, configurable: false });
  return s;
}
