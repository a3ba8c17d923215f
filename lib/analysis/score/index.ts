/**
 * Job-focus score 0–100 per text, calibrated per field role (weights.ts) and explained by criteria (criteria.ts) whose
 * evidence spans point at the words that met them (research/seed-001.md R-04, §1; seed-003.md R-J7).
 * Only criteria that carry points in the role are reported, so every criterion shows "points af max" with max > 0.
 */
import type { RuleContext, RuleReport } from '../rule';
import type { Criterion, JobFocus, Span } from '../types';
import type { TextModel } from '../text/types';
import vagueAccommodation from '../rules/vague-accommodation';
import { findLex } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';
import { isNumberWord, type Signals } from '../facts/signals';
import { factsOf } from '../facts';
import { CRITERION_IDS, CRITERION_LABELS, type CriterionId } from './criteria';
import { weightsFor } from './weights';
import { ARTICLE_NUMBER_WORDS, EXAMPLE_CUE_PATTERN, RESTRICTION_OPENER_WORDS } from '../vocab/score';
import { lowerBound } from '../text/search';

export { signalsOf, sentenceAt } from './signals';
export type { Signals, HourFigure } from './signals';
export { illnessPenalty } from '../facts/signals';
export { CRITERION, CRITERION_IDS, CRITERION_LABELS, isCriterionId, type CriterionId } from './criteria';

/** A rule context; without `facts` (a caller outside analyse()) the model's facts are used. */
export type ScoreContext = Omit<RuleContext, 'facts'> & { facts?: RuleContext['facts'] };

interface Judgement {
  fraction: number;
  evidence: Span[];
}

const none: Judgement = { fraction: 0, evidence: [] };
const ifAny = (evidence: Span[]): Judgement => ({ fraction: evidence.length ? 1 : 0, evidence });
const graded = (evidence: Span[], steps: readonly number[]): Judgement => ({
  fraction: evidence.length ? steps[Math.min(evidence.length, steps.length) - 1]! : 0,
  evidence,
});
const spansOf = (xs: readonly Span[]): Span[] => xs.map((x) => ({ start: x.start, end: x.end }));
/** Share of a criterion for its vague form (work wished for, job search without an employer). */
const GENERIC_SHARE = 0.15;
const bySpan = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

const RESTRICTION_OPENERS: ReadonlySet<string> = new Set(RESTRICTION_OPENER_WORDS);
/** Time expressions that make a restriction concrete by schedule ("kl. 8–12", "hver time", "mandag"). */
const SCHEDULE_KINDS = new Set(['clock', 'frequency', 'recurring', 'date', 'week', 'duration']);

const EXAMPLE_CUE = EXAMPLE_CUE_PATTERN;

const ARTICLE_NUMBERS: ReadonlySet<string> = new Set(ARTICLE_NUMBER_WORDS);

/** Units of a skånehensyn text: sentences, split at ";" and at a comma that opens a new restriction. */
function restrictionUnits(model: TextModel): Span[] {
  const { text, words } = model;
  const units: Span[] = [];
  let wi = 0;
  for (const s of model.sentences) {
    let start = s.start;
    while (wi < words.length && words[wi]!.start < s.start) wi++;
    for (let i = s.start; i < s.end; i++) {
      const c = text.charCodeAt(i);
      let cut = c === 59; /* ; */
      if (c === 44 /* , */) {
        let k = wi;
        while (k < words.length && words[k]!.start <= i) k++;
        cut = k < words.length && words[k]!.start < s.end && RESTRICTION_OPENERS.has(words[k]!.norm);
      }
      if (cut) {
        units.push({ start, end: i });
        start = i + 1;
      }
    }
    units.push({ start, end: s.end });
  }
  // A leading label ("Skånehensyn:", "Jobmål lagermedarbejder:") is not a restriction of its own.
  return units.filter((u) => {
    let e = u.end;
    while (e > u.start && /\s/.test(text[e - 1]!)) e--;
    if (e === u.start) return false;
    // Only a unit ending in a colon can be a label: the others need no slice and no pattern.
    if (text.charCodeAt(e - 1) !== 58) return true;
    const t = text.slice(u.start, u.end).trim();
    return t.length > 0 && !/^[\p{L} ]{0,30}:$/u.test(t);
  });
}

/** Measures: a number with a unit ("5 kg", "20 minutter", "højst 3 timer", "60 %"). */
function measures(model: TextModel): Span[] {
  const units = new Set(findLex(model, LEX.units).map((h) => h.wordIndex));
  const out: Span[] = [];
  const { words, text } = model;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const digit = /^\d/.test(w.norm);
    // "en"/"et" are articles far more often than numbers.
    if (!isNumberWord(w) || ARTICLE_NUMBERS.has(w.norm)) continue;
    if (/^\d+(?:[.,]\d+)?(?:kg|g|m|km|min|t|db)$/.test(w.norm) || (digit && text.charAt(w.end) === '%') || (digit && text.slice(w.end, w.end + 2) === ' %')) {
      out.push({ start: w.start, end: w.end });
      continue;
    }
    for (let k = i + 1; k <= i + 2 && k < words.length; k++) {
      if (units.has(k)) {
        out.push({ start: w.start, end: words[k]!.end });
        break;
      }
    }
  }
  return out;
}

/** The `vague-accommodation` rule's findings: a restriction it flags is not concrete, whatever else its unit names. */
function vagueRestrictions(ctx: RuleContext, ran?: ReadonlyMap<string, readonly RuleReport[]>): Span[] {
  const done = ran?.get(VAGUE_ACCOMMODATION);
  if (done) return spansOf(done);
  // Not run by analyse() (category switched off, or the score called alone): run it here. The rule module is imported
  // itself, not rules/index (whose rules import score/: a cycle that leaves the rule list half-built at load).
  return spansOf(vagueAccommodation.check(ctx));
}
const VAGUE_ACCOMMODATION = 'vague-accommodation';

function accommodationConcrete(ctx: RuleContext, s: Signals, ran?: ReadonlyMap<string, readonly RuleReport[]>): Judgement {
  const { model } = ctx;
  const units = restrictionUnits(model);
  if (!units.length) return none;
  const vague = vagueRestrictions(ctx, ran);
  const restrictions = findLex(model, LEX.restrictions);
  const openLimits = findLex(model, LEX.openLimits);
  // Concrete by itself: a measure, an aid or arrangement, a schedule. Tied to the work: a task, title or workplace.
  const strong = [
    ...measures(model),
    ...findLex(model, LEX.arrangements).map((h) => ({ start: h.start, end: h.end })),
    ...s.times.filter((t) => SCHEDULE_KINDS.has(t.kind)),
  ].sort(bySpan);
  const tied = [...s.tasks, ...s.jobTitles, ...s.workplaces].sort(bySpan);
  // Every list is sorted by start: the spans inside a unit are found by binary search, not by a pass per unit.
  const within = (list: readonly Span[], u: Span): Span[] => {
    const out: Span[] = [];
    for (let i = lowerBound(list, u.start); i < list.length && list[i]!.start <= u.end; i++) {
      const m = list[i]!;
      if (m.end <= u.end) out.push({ start: m.start, end: m.end });
    }
    return out;
  };
  // A vague restriction overlaps the unit when one starting before the unit's end ends after its start.
  const vagueByStart = [...vague].sort(bySpan);
  const maxEnd: number[] = [];
  for (const v of vagueByStart) maxEnd.push(Math.max(v.end, maxEnd[maxEnd.length - 1] ?? -Infinity));
  const overlapsVague = (u: Span): boolean => {
    const n = lowerBound(vagueByStart, u.end);
    return n > 0 && maxEnd[n - 1]! > u.start;
  };
  const evidence: Span[] = [];
  let concrete = 0;
  for (const u of units) {
    if (overlapsVague(u)) continue;
    const strongIn = within(strong, u);
    const tiedIn = within(tied, u);
    const open = within(openLimits, u).length > 0;
    if (strongIn.length) {
      concrete += 1;
      evidence.push(...strongIn, ...tiedIn);
    } else if (tiedIn.length) {
      // "Ingen tunge løft ved varemodtagelse": tied to a task, but "tunge" leaves the limit open.
      concrete += open && !EXAMPLE_CUE.test(model.text.slice(u.start, u.end)) ? 0.5 : 1;
      evidence.push(...tiedIn);
    } else if (!open) {
      // A specific prohibition the rule accepts ("ingen nattevagter", "ingen trapper") is concrete by itself.
      const r = within(restrictions, u);
      if (r.length) {
        concrete += 1;
        evidence.push(...r);
      }
    }
  }
  return { fraction: concrete / units.length, evidence: dedupe(evidence) };
}

function dedupe(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const x of [...spans].sort(bySpan)) {
    const last = out[out.length - 1];
    if (last && x.start < last.end) last.end = Math.max(last.end, x.end);
    else out.push({ start: x.start, end: x.end });
  }
  return out;
}

/** Focus on job over illness: met when the job-directed content outweighs illness, treatment and private life. */
function illnessBalance(s: Signals): Judgement {
  const illness = s.health.length + s.privateLife.length / 2;
  const job = s.jobTitles.length + s.workplaces.length + s.tasks.length + s.resources.length + s.employerSteps.length + s.workAbility.length;
  if (job === 0) return none;
  if (illness <= job) return { fraction: 1, evidence: [] };
  return { fraction: job / illness, evidence: [...s.health, ...s.privateLife].sort(bySpan) };
}

function smartShare(ctx: RuleContext): Judgement {
  const all = ctx.facts.agreements(ctx.form, ctx.field).map((a) => a.agreement);
  if (!all.length) return none;
  const smart = all.filter((a) => a.smart.specific && a.smart.measurable && a.smart.timeBound);
  return { fraction: smart.length / all.length, evidence: smart.map((a) => ({ start: a.start, end: a.end })) };
}

function judge(id: CriterionId, s: Signals, ctx: RuleContext, ran?: ReadonlyMap<string, readonly RuleReport[]>): Judgement {
  switch (id) {
    case 'job-title': {
      // A treatment provider is a title only in a CV (the citizen's own occupation) or after "job som".
      const titles = ctx.form === 'cv' ? dedupe([...s.jobTitles, ...s.providerTitles]) : s.jobTitles;
      if (titles.length) return { fraction: 1, evidence: titles };
      // "komme i arbejde", "et fleksjob": a wish for work with no job named, a little more than nothing.
      const generic = spansOf(findLex(ctx.model, LEX.genericJobWords));
      return { fraction: generic.length ? GENERIC_SHARE : 0, evidence: generic };
    }
    case 'workplace':
      return ifAny(s.workplaces);
    case 'tasks':
      return graded(s.tasks, [0.8, 1]);
    case 'employer-contact': {
      if (s.employerSteps.length) return { fraction: 1, evidence: s.employerSteps };
      // "Du skal søge job": job search with no employer or job named.
      const search = spansOf(findLex(ctx.model, LEX.genericJobSearch));
      return { fraction: search.length ? GENERIC_SHARE : 0, evidence: search };
    }
    case 'next-step':
      if (s.datedSteps.length) return { fraction: 1, evidence: s.datedSteps };
      return { fraction: s.undatedSteps.length ? 0.3 : 0, evidence: s.undatedSteps };
    case 'hours-interval': {
      const intervals = s.hours.filter((h) => h.interval);
      if (intervals.length) return { fraction: 1, evidence: spansOf(intervals) };
      // One hour figure is not an interval: partly there (the hours are stated), never met.
      return { fraction: s.hours.length ? 0.3 : 0, evidence: spansOf(s.hours) };
    }
    case 'resources':
      return graded(s.resources, [0.5, 0.8, 1]);
    case 'illness-balance':
      return illnessBalance(s);
    case 'experience':
      return ifAny(s.experience);
    case 'accommodation-concrete':
      return accommodationConcrete(ctx, s, ran);
    case 'intensity':
      return ifAny(s.intensity);
    case 'hours-may-change':
      return ifAny(s.dynamicHours);
    case 'progression-dimensions':
      return graded(dedupe([...s.progressionDimensions, ...s.tasks]), [0.6, 1]);
    case 'progression-reason':
      return ifAny(s.progressionReasons);
    case 'work-ability':
      return graded(s.workAbility, [0.6, 1]);
    case 'smart-share':
      return smartShare(ctx);
  }
}

/**
 * The score of one text in its field. `ran`: the reports of the rules analyse() already ran on this context (the
 * score reuses the `vague-accommodation` verdicts instead of running the rule again).
 */
export function scoreJobFocus(input: ScoreContext, ran?: ReadonlyMap<string, readonly RuleReport[]>): JobFocus {
  const ctx: RuleContext = input.facts ? (input as RuleContext) : { ...input, facts: factsOf(input.model) };
  const s = ctx.facts.signals;
  const weights = weightsFor(ctx.form, ctx.field, ctx.subKind);
  const criteria: Criterion[] = [];
  let total = 0;
  for (const id of CRITERION_IDS) {
    const max = weights[id];
    if (!max) continue;
    const { fraction, evidence } = ctx.model.words.length ? judge(id, s, ctx, ran) : none;
    const points = Math.round(max * Math.max(0, Math.min(1, fraction)));
    total += points;
    criteria.push({ id, label: CRITERION_LABELS[id], met: fraction >= 1, points, max, evidence: dedupe(evidence) });
  }
  return { score: Math.max(0, Math.min(100, Math.round(total))), criteria };
}
