/**
 * Job-focus signals of one text, computed once per text model (memoised) and shared by the score and the rules.
 * Every pass is linear in the number of words; vocabularies are compiled at module load (vocab/lexicons.ts).
 */
import type { Span } from '../types';
import type { TextModel, Word } from '../text/types';
import { TIME_BOUND_KINDS, timeExpressionsOf, type TimeExpression } from '../text/time';
import { compileLexicon, findLex, type LexHit } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';
import { byStart, byStartLongestFirst, sortIfNeeded } from '../text/search';

export interface HourFigure extends Span {
  /** "6–10 timer", "mellem 6 og 10 timer", "6-10 timer". */
  interval: boolean;
  /** "højst 10 timer", "op til 10 timer", "mindst 5 timer". */
  bounded: boolean;
  /** "om ugen", "ugentligt", "pr. uge", "12 ugentlige timer". */
  weekly: boolean;
  /** Index of the sentence in `model.sentences` (-1 when outside any). */
  sentence: number;
}

export interface Signals {
  model: TextModel;
  /** Job titles and functions: occupation words, "X-arbejde" functions and the word after "job som"/"jobmål:". */
  jobTitles: Span[];
  workplaces: Span[];
  tasks: Span[];
  /** Concrete steps towards an employer (strong phrases, or a contact verb with a workplace in the same sentence). */
  employerSteps: Span[];
  hours: HourFigure[];
  times: TimeExpression[];
  /** Sentences with an action verb and a time-bound expression. */
  datedSteps: Span[];
  /** Sentences with an action verb towards work but no time bound. */
  undatedSteps: Span[];
  resources: Span[];
  /** Personal health, treatment, medication and sick-leave words (not in a professional context). */
  health: Span[];
  privateLife: Span[];
  deficits: Span[];
  /** Sentence index of each sentence that holds a professional health context ("borgere med ADHD"). */
  professionalSentences: Set<number>;
}

const TITLE_INTRO = compileLexicon('titleIntro', [
  'job som', 'jobbet som', 'arbejde som', 'stilling som', 'stillinger som', 'ansat som', 'ansættelse som',
  'uddannet som', 'udlært som', 'uddannet', 'udlært', 'arbejdet som', 'arbejdede som', 'arbejder som', 'jobmål',
  'jobmålet', 'jobmål er', 'jobønske', 'jobønsker', 'beskæftigelse som', 'funktion som', 'erfaring som', 'år som',
  'fleksjob som', 'deltidsjob som', 'søger job som', 'job inden for', 'arbejde inden for', 'branchen',
]);
const NOT_TITLE = new Set([
  'noget', 'det', 'den', 'de', 'hvad', 'alt', 'alle', 'fleksjobber', 'borger', 'borgeren', 'hun', 'han', 'at', 'i',
  'og', 'som', 'ved', 'der', 'mere', 'mange', 'forskellige', 'diverse', 'fleksjob', 'job', 'arbejde', 'deltidsjob',
  'skånejob', 'ikke', 'er', 'var', 'kan', 'vil', 'skal', 'for', 'til', 'med', 'på', 'af', 'om', 'sig', 'sin', 'sit',
  'sine', 'et', 'en', 'ufaglært', 'ordinært', 'afklaret', 'uafklaret', 'endnu', 'mangler', 'foreligger', 'ukendt',
  'hvilket', 'inden', 'indenfor', 'flere', 'nye', 'andet', 'andre', 'ønsker', 'ønske', 'vides', 'ved', 'relevant',
  'ingen', 'intet', 'uvist', 'usikkert', 'nej', 'ubestemt', 'afventer', 'drøftes', 'følger',
]);
const ARTICLES = new Set(['en', 'et', 'den', 'det']);

const ACTION_VERBS = compileLexicon('actionVerbs', [
  'søg*', 'send*', 'kontakt*', 'ring*', 'besøg*', 'mød*', 'deltag*', 'lav*', 'opdater*', 'skriv*', 'find*', 'undersøg*',
  'research*', 'tag* ud', 'aflever*', 'start*', 'begynd*', 'afprøv*', 'prøv*', 'gennemfør*', 'udarbejd*', 'book*',
  'tilmeld*', 'henvend*', 'opsøg*', 'aftal*', 'forbered*', 'udfyld*', 'øv*', 'træn*', 'hent*', 'tilføj*',
  'overtag*', 'udvid*', 'øg*', 'går fra', 'lær*', 'ansæt*',
]);

const HOUR_UNITS = new Set(['timer', 'time', 'timers', 'timerne']);
/** Labels after which a bare number is an hour figure ("Timetal: 12", "Timer: 8"). */
const HOUR_LABELS = new Set(['timetal', 'timer', 'timeantal', 'arbejdstid', 'ugentlig']);
const GLUED_HOURS = /^\d{1,2}(?:[.,]\d)?(?:[-–]\d{1,2}(?:[.,]\d)?)?(?:t|timer)$/;
const HOUR_ADJ = new Set(['ugentlige', 'effektive', 'lønnede', 'ugentlig', 'effektiv', 'fremmødte']);
const BOUND = new Set(['højst', 'max', 'maks', 'maksimalt', 'maksimum', 'mindst', 'minimum', 'under', 'over']);
const INTERVAL_JOIN = new Set(['til', 'og']);
const NUMBER_WORDS = new Set([
  'en', 'et', 'én', 'ét', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv', 'tretten',
  'fjorten', 'femten', 'seksten', 'sytten', 'atten', 'nitten', 'tyve', 'halvanden',
]);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isNumberWord = (w: Word | undefined): boolean =>
  !!w && (isDigit(w.norm.charCodeAt(0)) || NUMBER_WORDS.has(w.norm));

/** Index of the sentence holding `offset`, or -1. Binary search over the model's sentences. */
export function sentenceAt(model: TextModel, offset: number): number {
  const s = model.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (s[mid]!.end <= offset) lo = mid + 1;
    else if (s[mid]!.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function onlyDashes(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  let dash = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 0x2013 || c === 0x2014) dash = true;
    else if (c !== 32 && c !== 0xa0) return false;
  }
  return dash;
}

/** Hour figures ("12 timer om ugen", "6–10 timer", "mellem 6 og 10 timer"). */
function findHours(model: TextModel): HourFigure[] {
  const { words, text } = model;
  const out: HourFigure[] = [];
  for (let i = 1; i < words.length; i++) {
    const norm = words[i]!.norm;
    // "Timetal: 12" — a bare figure after an hours label.
    if (isDigit(norm.charCodeAt(0)) && HOUR_LABELS.has(words[i - 1]!.norm) && !HOUR_UNITS.has(words[i + 1]?.norm ?? '')) {
      const interval = /\d[-–]\d/.test(norm);
      out.push({ start: words[i]!.start, end: words[i]!.end, interval, bounded: false, weekly: false, sentence: sentenceAt(model, words[i]!.start) });
      continue;
    }
    // "10t", "10timer" glued, or "10 t/uge".
    const glued = GLUED_HOURS.test(norm);
    const shortUnit = norm === 't' && (text.charCodeAt(words[i]!.end) === 47 || words[i + 1]?.norm === 'om' || words[i + 1]?.norm === 'pr');
    if (!glued && !shortUnit && !HOUR_UNITS.has(norm)) continue;
    if (glued) {
      const a = words[i + 1];
      const weekly = !!a && (a.norm === 'uge' || a.norm === 'ugen' || a.norm === 'ugentligt') && a.start - words[i]!.end <= 4;
      out.push({ start: words[i]!.start, end: weekly ? a!.end : words[i]!.end, interval: /\d[-–]\d/.test(norm), bounded: false, weekly, sentence: sentenceAt(model, words[i]!.start) });
      continue;
    }
    let n = i - 1;
    if (HOUR_ADJ.has(words[n]!.norm) && n > 0) n--;
    const num = words[n]!;
    if (!isNumberWord(num)) continue;
    let start = num.start;
    let interval = /\d[-–]\d/.test(num.text);
    let bounded = false;
    const prev = words[n - 1];
    if (prev && isNumberWord(prev) && onlyDashes(text, prev.end, num.start)) {
      interval = true;
      start = prev.start;
    } else if (prev && INTERVAL_JOIN.has(prev.norm) && isNumberWord(words[n - 2]) && num.start - words[n - 2]!.end < 12) {
      interval = true;
      start = words[n - 2]!.start;
      const before = words[n - 3];
      if (before && (before.norm === 'mellem' || before.norm === 'fra')) start = before.start;
    } else if (prev && BOUND.has(prev.norm)) bounded = true;
    else if (prev && prev.norm === 'til' && words[n - 2]?.norm === 'op') bounded = true;
    let end = words[i]!.end;
    let weekly = HOUR_ADJ.has(words[i - 1]!.norm) && words[i - 1]!.norm.startsWith('ugentlig');
    const a = words[i + 1];
    const b = words[i + 2];
    if (a && (a.norm === 'ugentligt' || a.norm === 'ugentlig')) {
      weekly = true;
      end = a.end;
    } else if (a && b && (a.norm === 'om' || a.norm === 'pr' || a.norm === 'per' || a.norm === 'i' || a.norm === 'a') &&
      (b.norm === 'ugen' || b.norm === 'uge')) {
      weekly = true;
      end = b.end;
    } else if (a && (a.norm === 'uge' || a.norm === 'ugen') && text.charCodeAt(words[i]!.end) === 47 /* / */) {
      weekly = true;
      end = a.end;
    }
    out.push({ start, end, interval, bounded, weekly, sentence: sentenceAt(model, start) });
  }
  return out;
}

function titlesAfterIntro(model: TextModel): Span[] {
  const out: Span[] = [];
  const { words, text } = model;
  for (const m of findLex(model, TITLE_INTRO)) {
    let wi = m.wordIndex + m.wordCount;
    const s = sentenceAt(model, m.start);
    if (wi < words.length && ARTICLES.has(words[wi]!.norm)) wi++;
    const w = words[wi];
    if (!w || sentenceAt(model, w.start) !== s || w.start - m.end > 6) continue;
    // Only spaces, a colon or the skipped article between the intro and the title ("Jobmål: lagermedarbejder").
    let ok = true;
    for (let k = m.end; k < w.start; k++) {
      const c = text.charCodeAt(k);
      if (!(c === 32 || c === 58 || c === 0xa0 || (c >= 97 && c <= 122))) ok = false;
    }
    if (!ok || NOT_TITLE.has(w.norm) || isDigit(w.norm.charCodeAt(0)) || w.norm.length < 3) continue;
    out.push({ start: w.start, end: w.end });
  }
  return out;
}

const spans = (hits: readonly LexHit[]): Span[] => hits.map((h) => ({ start: h.start, end: h.end }));

function mergeSpans(lists: Span[][]): Span[] {
  const all = sortIfNeeded(lists.flat(), byStartLongestFirst);
  const out: Span[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The spans of `a` that do not lie inside a span of `b` (`strictly`: a longer one); both sorted by start; one pass. */
export function withoutInside<T extends Span>(a: readonly T[], b: readonly Span[], strictly = false): T[] {
  const out: T[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j]!.end <= x.start) j++;
    const y = b[j];
    const inside = !!y && y.start <= x.start && x.end <= y.end && (!strictly || y.end - y.start > x.end - x.start);
    if (!inside) out.push(x);
  }
  return out;
}

/** Bucket hit offsets by sentence index. */
function sentenceSet(model: TextModel, hits: readonly Span[]): Set<number> {
  const set = new Set<number>();
  for (const h of hits) set.add(sentenceAt(model, h.start));
  return set;
}

function computeSignals(model: TextModel): Signals {
  const occupations = spans(findLex(model, LEX.occupations));
  const functions = spans(findLex(model, LEX.functions));
  const jobTitles = mergeSpans([occupations, functions, titlesAfterIntro(model)]);
  const workplaces = spans(findLex(model, LEX.workplaces));
  const { words } = model;
  // "hos Netto", "hos Hans Hansen": a named workplace or employer.
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i]!.norm !== 'hos') continue;
    const w = words[i + 1]!;
    const first = w.text.charAt(0);
    if (first !== first.toLowerCase() && first === first.toUpperCase() && w.start - words[i]!.end <= 2) workplaces.push({ start: w.start, end: w.end });
  }
  sortIfNeeded(workplaces, byStart);
  // A task word inside a job title ("rengøringsassistent" starts like "rengøring*") is the title, not a task.
  const tasks = withoutInside(spans(findLex(model, LEX.tasks)), occupations);

  const workplaceSentences = sentenceSet(model, [...workplaces, ...jobTitles]);
  const employerSteps = spans(findLex(model, LEX.employerContact));
  for (const h of findLex(model, LEX.contactVerbs)) {
    if (workplaceSentences.has(sentenceAt(model, h.start))) employerSteps.push({ start: h.start, end: h.end });
  }
  sortIfNeeded(employerSteps, byStart);

  const times = timeExpressionsOf(model);
  const boundSentences = new Set<number>();
  for (const t of times) if (TIME_BOUND_KINDS.has(t.kind)) boundSentences.add(sentenceAt(model, t.start));
  const datedSteps: Span[] = [];
  const undatedSteps: Span[] = [];
  // Hits come in text order, so their sentences do too: each sentence once, already sorted.
  let lastSentence = -1;
  for (const h of findLex(model, ACTION_VERBS)) {
    const si = sentenceAt(model, h.start);
    if (si < 0 || si === lastSentence) continue;
    lastSentence = si;
    const s = model.sentences[si]!;
    (boundSentences.has(si) ? datedSteps : undatedSteps).push({ start: s.start, end: s.end });
  }

  const resources = spans(findLex(model, LEX.resources));
  const negs = new Set(findLex(model, LEX.negations).map((h) => h.wordIndex));
  for (const h of findLex(model, LEX.can)) {
    const next = h.wordIndex + 1;
    // "kan arbejde" is a resource; "kan ikke arbejde" and "ikke kan arbejde" are not.
    if (next < words.length && !negs.has(next) && !negs.has(next + 1) && !negs.has(h.wordIndex - 1) && words[next]!.start - h.end <= 2) {
      resources.push({ start: h.start, end: words[next]!.end });
    }
  }
  sortIfNeeded(resources, byStart);

  const professionalSentences = sentenceSet(model, findLex(model, LEX.professionalHealth));
  const personalSentences = sentenceSet(model, findLex(model, LEX.personalMarkers));
  for (const si of sentenceSet(model, findLex(model, LEX.healthWorkplace))) if (!personalSentences.has(si)) professionalSentences.add(si);
  // A health word inside a job title ("konsultationssygeplejerske", "fysioterapeut" as the job sought) is the title.
  const personal = (hits: readonly LexHit[]): Span[] =>
    withoutInside(hits.filter((h) => !professionalSentences.has(sentenceAt(model, h.start))).map((h) => ({ start: h.start, end: h.end })), occupations);
  const health = mergeSpans([
    personal(findLex(model, LEX.diagnoses)),
    personal(findLex(model, LEX.treatment)),
    personal(findLex(model, LEX.medication)),
    spans(findLex(model, LEX.sickLeave)),
  ]);
  return {
    model,
    jobTitles,
    workplaces,
    tasks,
    employerSteps,
    hours: findHours(model),
    times,
    datedSteps,
    undatedSteps,
    resources,
    health,
    privateLife: spans(findLex(model, LEX.privateLife)),
    deficits: spans(findLex(model, LEX.deficits)),
    professionalSentences,
  };
}

const cache = new WeakMap<TextModel, Signals>();

/** The signals of a model, computed on first use. */
export function signalsOf(model: TextModel): Signals {
  let s = cache.get(model);
  if (!s) cache.set(model, (s = computeSignals(model)));
  return s;
}
