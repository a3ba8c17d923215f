import type { Smart, Span } from '../types';
import type { TextModel, Word } from '../text/types';
import { matchPhrases, wordIndexAt, type PhraseMatch } from '../text/phrases';
import { findLex } from '../vocab/lexicon';
import { findTimeExpressions, TIME_BOUND_KINDS, type TimeExpression } from '../text/time';
import {
  COMPLETION_VERBS,
  CONCRETE_VERBS,
  GENERIC_OBJECTS,
  NAMED_ACTIVITIES,
  NOT_NAMES,
  NUMBER_WORDS,
  OCCUPATION_LEX,
  OWN_GOAL,
  SUPPORT,
  VAGUE_ACTIONS,
  WORKPLACE_LEX,
} from './vocab';

/** What the SMART check found in one agreement: the verdict and the spans the rewrite builds on. */
export interface SmartEvaluation {
  smart: Smart;
  verbs: PhraseMatch[];
  vague: PhraseMatch[];
  generic: PhraseMatch[];
  /** Concrete objects: job titles, workplaces, named activities, names. */
  objects: Span[];
  occupations: Span[];
  quantities: Word[];
  time: TimeExpression[];
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const inside = (x: Span, spans: readonly Span[]): boolean => spans.some((s) => x.start >= s.start && x.end <= s.end);

/** "i Aarhus", "fra Vejle": a capitalised place name says where, not what or with whom. */
function isPlace(text: string, w: Span): boolean {
  const ch = text[w.start]!;
  if (ch === ch.toLowerCase()) return false;
  return /(?:^|\s)(?:i|fra|ved|omkring|nær)\s+$/iu.test(text.slice(Math.max(0, w.start - 8), w.start));
}

/** A capitalised word inside a clause that names a person, place or firm ("Hans Hansen", "Tømrerlusen", "Netto"). */
function names(model: TextModel, span: Span): Span[] {
  const out: Span[] = [];
  const text = model.text;
  const from = wordIndexAt(model, span.start);
  for (let i = from; i < model.words.length; i++) {
    const w = model.words[i]!;
    if (w.end > span.end) break;
    if (i === from) continue;
    const ch = w.text[0]!;
    if (ch === ch.toLowerCase() || ch !== ch.toUpperCase()) continue;
    if (NOT_NAMES.has(w.norm)) continue;
    // Not after a sentence end or a colon (a new clause starts with a capital anyway).
    const before = text.slice(model.words[i - 1]!.end, w.start);
    if (/[.!?:]/.test(before)) continue;
    if (w.text === w.text.toUpperCase() && w.text.length > 4) continue;
    if (isPlace(text, w)) continue;
    out.push({ start: w.start, end: w.end });
  }
  return out;
}

function quantities(model: TextModel, span: Span, time: readonly TimeExpression[]): Word[] {
  const out: Word[] = [];
  for (let i = wordIndexAt(model, span.start); i < model.words.length; i++) {
    const w = model.words[i]!;
    if (w.end > span.end) break;
    if (!(isDigit(w.norm.charCodeAt(0)) || NUMBER_WORDS.has(w.norm))) continue;
    if (inside(w, time.filter((t) => t.kind !== 'frequency' && t.kind !== 'duration'))) continue;
    out.push(w);
  }
  return out;
}

/** Realistic: moderate numbers are realistic, extreme ones are not; support or the citizen's own choice make it so. */
function realistic(model: TextModel, span: Span, qty: readonly Word[], supported: boolean): boolean | null {
  let verdict: boolean | null = supported ? true : null;
  for (const q of qty) {
    const n = Number.parseFloat(q.norm.replace(',', '.'));
    if (!Number.isFinite(n)) continue;
    const after = model.text.slice(q.end, Math.min(span.end, q.end + 24)).toLowerCase();
    const hours = /^\s*(?:timer|t\b)/.test(after);
    const limit = hours ? 37 : 25;
    if (n > limit) return false;
    if (n > 0) verdict = true;
  }
  return verdict;
}

/** Judge one agreement span against S, M, A, R and T. */
export function evaluateAgreement(model: TextModel, span: Span): SmartEvaluation {
  const within = span;
  const time = findTimeExpressions(model.text, span, model.words);
  const verbs = matchPhrases(model, CONCRETE_VERBS, { within });
  const completion = matchPhrases(model, COMPLETION_VERBS, { within });
  const vague = matchPhrases(model, VAGUE_ACTIONS, { within });
  const generic = matchPhrases(model, GENERIC_OBJECTS, { within });
  const genericStarts = new Set(generic.map((g) => g.start));
  const occupations = findLex(model, OCCUPATION_LEX, within).filter((o) => !genericStarts.has(o.start));
  const workplaces = findLex(model, WORKPLACE_LEX, within).filter((o) => !genericStarts.has(o.start) && !isPlace(model.text, o));
  const activities = matchPhrases(model, NAMED_ACTIVITIES, { within });
  const timeSpans = time.filter((t) => t.kind !== 'vague');
  const named = names(model, span).filter((n) => !inside(n, timeSpans) && !inside(n, verbs));
  const objects: Span[] = [...occupations, ...workplaces, ...activities, ...named].filter((o) => !inside(o, timeSpans));
  const qty = quantities(model, span, time);
  const hasVerb = verbs.some((v) => !inside(v, vague));
  const specific = hasVerb && objects.length > 0;
  const frequency = time.some((t) => t.kind === 'frequency' || t.kind === 'recurring');
  const checkable = completion.some((v) => !inside(v, vague)) && (workplaces.length > 0 || activities.length > 0 || named.length > 0);
  const measurable = qty.length > 0 || frequency || checkable;
  const timeBound = time.some((t) => TIME_BOUND_KINDS.has(t.kind) || t.kind === 'frequency');
  const ownGoal = matchPhrases(model, OWN_GOAL, { within }).length > 0;
  const supported = matchPhrases(model, SUPPORT, { within }).length > 0 || ownGoal;
  return {
    smart: {
      specific,
      measurable,
      attractive: ownGoal ? true : null,
      realistic: realistic(model, span, qty, supported),
      timeBound,
    },
    verbs,
    vague,
    generic,
    objects,
    occupations,
    quantities: qty,
    time,
  };
}
