/**
 * The facts of a text: what is known about it (signals, hours, time expressions, agreements, lexicon hits, LIX),
 * each computed on first use and once per text model, handed to the rules and the score in `ctx.facts`.
 */
import type { FieldRole, FormKind, Span } from '../types';
import type { TextModel } from '../text/types';
import { timeExpressionsOf, type TimeExpression } from '../text/time';
import { lixOf } from '../text/lix';
import { findLex, type LexHit, type Lexicon } from '../vocab/lexicon';
import { findAgreements, type AgreementAnalysis } from '../smart';
import { computeSignals, type HourFigure, type Signals } from './signals';
import { slotsOf } from './store';

export type { HourFigure, Signals } from './signals';

export interface Facts {
  readonly model: TextModel;
  /** Job-focus signals (titles, workplaces, tasks, steps, health …), each group computed on first use. */
  readonly signals: Signals;
  /** Hour figures ("12 timer om ugen", "6–10 timer"). */
  readonly hours: HourFigure[];
  /** Time expressions of the whole text, sorted, non-overlapping. */
  readonly times: TimeExpression[];
  /** LIX of the whole text. */
  readonly lix: number;
  /** Hits of one word list (optionally only inside `within`). */
  lex(lexicon: Lexicon, within?: Span): LexHit[];
  /** The agreements of the text as read in this form and field. */
  agreements(form: FormKind | null, field: FieldRole | null): AgreementAnalysis[];
}

class ModelFacts implements Facts {
  readonly model: TextModel;
  constructor(model: TextModel) {
    this.model = model;
  }
  get signals(): Signals {
    const slots = slotsOf(this.model);
    return (slots.signals ??= computeSignals(this.model));
  }
  get hours(): HourFigure[] {
    return this.signals.hours;
  }
  get times(): TimeExpression[] {
    return timeExpressionsOf(this.model);
  }
  get lix(): number {
    const slots = slotsOf(this.model);
    return (slots.lix ??= lixOf(this.model));
  }
  lex(lexicon: Lexicon, within?: Span): LexHit[] {
    return findLex(this.model, lexicon, within);
  }
  agreements(form: FormKind | null, field: FieldRole | null): AgreementAnalysis[] {
    return findAgreements({ model: this.model, form, field });
  }
}

/** The facts of a model (one object per model). */
export function factsOf(model: TextModel): Facts {
  const slots = slotsOf(model);
  return (slots.facts ??= new ModelFacts(model));
}
