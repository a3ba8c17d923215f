/**
 * Job-focus signals of one text: part of its facts (facts/index.ts), shared by the score and the rules. Each group is
 * computed on first use, so a rule that needs the tasks does not pay for the employer steps. Every pass is linear in the
 * number of words.
 */
import type { Span } from '../types';
import type { TextModel, Word } from '../text/types';
import { timeExpressionsOf, type TimeExpression } from '../text/time';
import { findLex, type LexHit } from '../vocab/lexicon';
import { DATED_KINDS, HOUR_ADJECTIVES, HOUR_BOUNDS, HOUR_LABEL_WORDS, HOUR_NUMBER_WORDS, HOUR_UNIT_WORDS, INTERVAL_JOIN_WORDS, NOT_TITLE, TITLE_ARTICLES } from '../vocab/score';
import { OCCUPATION_HEADS, OCCUPATIONS } from '../vocab/occupations';
import { WORKPLACE_HEADS, WORKPLACES } from '../vocab/workplaces';
import { LEX } from '../vocab/lexicons';
import { byStart, byStartLongestFirst, isDigit, lowerBound, sentenceAt, sortIfNeeded } from '../text/search';

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
  /**
   * Job titles and functions: occupation words, "X-arbejde" functions and the word after "job som"/"jobmål:". A treatment
   * provider or jobcentre role ("fysioterapeut", "psykolog", "sagsbehandler") is a title only after a title intro.
   */
  jobTitles: Span[];
  /** Treatment providers and jobcentre roles found as occupation words without a title intro (a title only in a CV). */
  providerTitles: Span[];
  workplaces: Span[];
  /** Concrete work tasks (not leisure: "går til gymnastik", "laver mad til familien"). */
  tasks: Span[];
  /**
   * Concrete steps towards an employer: strong phrases ("ansøgning", "praktik hos"), or a contact verb with a workplace in
   * the same sentence; never a contact with a doctor, therapist or the jobcentre ("kontakte din læge").
   */
  employerSteps: Span[];
  hours: HourFigure[];
  times: TimeExpression[];
  /** Per dated step: its action verb and its date or deadline ("kontakter", "inden d. 5.3"); "om ugen", "snart" are no date. */
  datedSteps: Span[];
  /** Action verbs of steps without a date. */
  undatedSteps: Span[];
  /** Resources and experience with content; personality words alone are not among them, nor a resource said to be missing. */
  resources: Span[];
  /** Resources the text says are missing or scarce ("ingen erfaring", "ikke rigtig nogen ressourcer", "ressourcer: få"). */
  lackingResources: Span[];
  /** Personality words ("glad", "positiv", "mødestabil"). */
  personality: Span[];
  /** Experience with time, place or content ("6 års erfaring", "erfaring med", "har arbejdet"). */
  experience: Span[];
  /** Intensity: "arbejdsintensitet", "effektivitet", "60 %", "i forhold til en kollega". */
  intensity: Span[];
  /** Wording that hours may change ("forventes at kunne øges", "kan ændre sig"). */
  dynamicHours: Span[];
  /** Progression dimensions beyond hours (tasks, responsibility, tempo, skånehensyn …). */
  progressionDimensions: Span[];
  /** Why progression is expected or how it comes about ("ved at", "fordi", "i praktikken har vist"). */
  progressionReasons: Span[];
  /** What the health situation means for work ("kan stå 30 minutter ad gangen", "pauser", "skånehensyn"). */
  workAbility: Span[];
  /** Personal health, treatment, medication and sick-leave words (not in a professional context). */
  health: Span[];
  privateLife: Span[];
  deficits: Span[];
  /** Sentence index of each sentence that holds a professional health context ("borgere med ADHD"). */
  professionalSentences: Set<number>;
}

const TITLE_INTRO = LEX.titleIntro;
const NOT_TITLE_SET: ReadonlySet<string> = new Set(NOT_TITLE);
const ARTICLES: ReadonlySet<string> = new Set(TITLE_ARTICLES);
const ACTION_VERBS = LEX.actionVerbs;
const DATED: ReadonlySet<string> = new Set(DATED_KINDS);
const DEADLINE_DURATION = /^(?:inden|senest|i løbet af|indenfor|om|efter)\s/iu;

const HOUR_UNITS: ReadonlySet<string> = new Set(HOUR_UNIT_WORDS);
/** Labels after which a bare number is an hour figure ("Timetal: 12", "Timer: 8"). */
const HOUR_LABELS: ReadonlySet<string> = new Set(HOUR_LABEL_WORDS);
const GLUED_HOURS = /^\d{1,2}(?:[.,]\d)?(?:[-–]\d{1,2}(?:[.,]\d)?)?(?:t|timer)$/;
const HOUR_ADJ: ReadonlySet<string> = new Set(HOUR_ADJECTIVES);
const BOUND: ReadonlySet<string> = new Set(HOUR_BOUNDS);
const INTERVAL_JOIN: ReadonlySet<string> = new Set(INTERVAL_JOIN_WORDS);
const NUMBER_WORDS: ReadonlySet<string> = new Set(HOUR_NUMBER_WORDS);

export const isNumberWord = (w: Word | undefined): boolean =>
  !!w && (isDigit(w.norm.charCodeAt(0)) || NUMBER_WORDS.has(w.norm));

export { sentenceAt };

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
    const glued = isDigit(norm.charCodeAt(0)) && GLUED_HOURS.test(norm);
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
    if (!ok || NOT_TITLE_SET.has(w.norm) || isDigit(w.norm.charCodeAt(0)) || w.norm.length < 3) continue;
    out.push({ start: w.start, end: w.end });
  }
  return out;
}

const spans = (hits: readonly LexHit[]): Span[] => hits.map((h) => ({ start: h.start, end: h.end }));

interface ResourceGroup {
  personality: Span[];
  resources: Span[];
  lacking: Span[];
  negs: Set<number>;
}

/** Only spaces, hyphens or a colon between two words: they belong to one phrase ("ressourcer: få"). */
const JOINED = /^[\s:\-–]*$/;

/**
 * Resource hits split into those the text has and those it says are missing: after a negation or a lack word ("ingen
 * erfaring", "ikke motiveret", "få ressourcer"; one word may stand between, "ingen formel uddannelse"), after an amount
 * that a negation a few words before denies ("har ikke rigtig nogen ressourcer"), or a label followed by its lack
 * ("ressourcer: få") or a negation ("trives ikke").
 */
function splitLacking(model: TextModel, hits: readonly LexHit[], negs: ReadonlySet<number>): { kept: Span[]; lacking: Span[] } {
  const kept: Span[] = [];
  const lacking: Span[] = [];
  if (!hits.length) return { kept, lacking };
  const { words, text } = model;
  const joined = (a: number, b: number): boolean => JOINED.test(text.slice(words[a]!.end, words[b]!.start));
  const getVerb = new Set(findLex(model, LEX.getBefore).map((h) => h.wordIndex));
  const notGap = new Set(findLex(model, LEX.emphasisWords).map((h) => h.wordIndex));
  /** Last word of a lack phrase → where the phrase starts. */
  const lackLast = new Map<number, number>();
  for (const i of negs) lackLast.set(i, words[i]!.start);
  for (const h of findLex(model, LEX.lackBefore)) {
    if (words[h.wordIndex]!.norm === 'få' && getVerb.has(h.wordIndex - 1)) continue;
    lackLast.set(h.wordIndex + h.wordCount - 1, h.start);
  }
  for (const h of findLex(model, LEX.negatedAmounts)) {
    for (let k = h.wordIndex - 1; k >= 0 && k >= h.wordIndex - 3; k--) {
      // "ikke sygemeldt og noget …": a conjunction or a comma ends the negation's reach.
      if (words[k]!.norm === 'og' || words[k]!.norm === 'men' || !joined(k, k + 1)) break;
      if (!negs.has(k)) continue;
      lackLast.set(h.wordIndex + h.wordCount - 1, words[k]!.start);
      break;
    }
  }
  const lackAfter = new Map<number, number>();
  for (const h of findLex(model, LEX.lackAfter)) lackAfter.set(h.wordIndex, h.end);
  for (const h of hits) {
    const i = h.wordIndex;
    const after = i + h.wordCount;
    let span: Span | null = null;
    for (const j of [i - 1, i - 2]) {
      const start = lackLast.get(j);
      if (start === undefined || (j === i - 2 && notGap.has(i - 1))) continue;
      let ok = true;
      for (let k = j; k < i && ok; k++) ok = joined(k, k + 1) && !text.slice(words[k]!.end, words[k + 1]!.start).includes(':');
      if (ok) {
        span = { start, end: h.end };
        break;
      }
    }
    if (!span && after < words.length && joined(after - 1, after)) {
      const end = lackAfter.get(after) ?? (negs.has(after) && !text.slice(words[after - 1]!.end, words[after]!.start).includes(':') ? words[after]!.end : undefined);
      if (end !== undefined) span = { start: h.start, end };
    }
    if (span) lacking.push(span);
    else kept.push({ start: h.start, end: h.end });
  }
  return { kept, lacking };
}

function mergeSpans(lists: Span[][]): Span[] {
  const all: Span[] = [];
  for (const list of lists) for (const s of list) all.push(s);
  sortIfNeeded(all, byStartLongestFirst);
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

const OCCUPATION_ENTRIES: readonly string[] = [...OCCUPATIONS, ...OCCUPATION_HEADS];
const WORKPLACE_ENTRIES: readonly string[] = [...WORKPLACES, ...WORKPLACE_HEADS];

/** How much of a word a lexicon entry explains: an exact word, then a compound head ("*medhjælper"), then a prefix. */
function specificity(entry: string | undefined): number {
  if (!entry) return -1;
  if (entry.startsWith('*')) return 1000 + entry.length;
  if (entry.endsWith('*')) return entry.length;
  return 2000;
}

const overlaps = (x: Span, y: Span): boolean => x.start < y.end && y.start < x.end;

/** The spans of `a` that overlap no span of `b` (both sorted by start; one pass). */
function withoutOverlap<T extends Span>(a: readonly T[], b: readonly Span[]): T[] {
  const out: T[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j]!.end <= x.start) j++;
    let hit = false;
    for (let k = j; k < b.length && b[k]!.start < x.end; k++) if (overlaps(x, b[k]!)) hit = true;
    if (!hit) out.push(x);
  }
  return out;
}

/** The spans of `a` within `words` words of a span of `b` (word distance). */
function nearWords(model: TextModel, a: readonly Span[], b: readonly Span[], words: number): Set<Span> {
  const near = new Set<Span>();
  if (!b.length) return near;
  // First word ending after `offset` (offsets are integers).
  const idx = (offset: number) => lowerBound(model.words, offset + 1, 'end');
  const bIdx = b.map((y) => [idx(y.start), idx(Math.max(y.start, y.end - 1))] as const);
  for (const x of a) {
    const xi = idx(x.start);
    if (bIdx.some(([s, e]) => xi >= s - words && xi <= e + words)) near.add(x);
  }
  return near;
}

/** Spans of `a` that start at most `words` words after a hit of `b` in the same clause (no , ; : . between). */
function afterWords(model: TextModel, a: readonly Span[], b: readonly LexHit[], words: number): Set<Span> {
  const after = new Set<Span>();
  if (!b.length) return after;
  const idx = (offset: number) => lowerBound(model.words, offset + 1, 'end');
  for (const x of a) {
    const xi = idx(x.start);
    for (const h of b) {
      const last = h.wordIndex + h.wordCount - 1;
      if (xi > last && xi - last <= words + 1 && !/[,;:.!?]/.test(model.text.slice(h.end, x.start))) after.add(x);
    }
  }
  return after;
}

/** "60 %", "60%", "60 procent" (the unit word "procent" is in the intensity lexicon). */
function percentFigures(model: TextModel): Span[] {
  const out: Span[] = [];
  const { text } = model;
  for (const w of model.words) {
    if (!isDigit(w.norm.charCodeAt(0))) continue;
    let k = w.end;
    if (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0) k++;
    if (text.charCodeAt(k) === 37) out.push({ start: w.start, end: k + 1 });
  }
  return out;
}

/** Occupations split into providers (the citizen's doctor) and titles; the workplaces they compete with. */
interface Titles {
  providers: Span[];
  occupations: Span[];
  providerTitles: Span[];
  jobTitles: Span[];
  workplaces: Span[];
}

interface Steps {
  datedSteps: Span[];
  undatedSteps: Span[];
}

interface Health {
  professionalSentences: Set<number>;
  health: Span[];
}

/**
 * The signals of one model, each group computed on first use (the groups are pure functions of the model, so the
 * order in which rules ask for them changes nothing).
 */
class LazySignals implements Signals {
  readonly model: TextModel;
  private titlesMemo?: Titles;
  private healthMemo?: Health;
  private tasksMemo?: Span[];
  private employerMemo?: Span[];
  private hoursMemo?: HourFigure[];
  private stepsMemo?: Steps;
  private resourcesMemo?: ResourceGroup;
  private spansMemo = new Map<string, Span[]>();

  constructor(model: TextModel) {
    this.model = model;
  }

  private occupationGroup(): Titles {
    if (this.titlesMemo) return this.titlesMemo;
    const model = this.model;
    const providers = spans(findLex(model, LEX.nonEmployerContacts));
    const introTitles = titlesAfterIntro(model);
    const occupationHits = findLex(model, LEX.occupations);
    const occupationsAll = spans(occupationHits);
    // A provider word is a title only after a title intro ("uddannet fysioterapeut"): otherwise the citizen's doctor.
    const introSentences = sentenceSet(model, findLex(model, TITLE_INTRO));
    const providerTitles = occupationsAll.filter((o) => providers.some((p) => overlaps(o, p)) && !introSentences.has(sentenceAt(model, o.start)));
    const providerSet = new Set(providerTitles);
    const occupations = occupationsAll.filter((o) => !providerSet.has(o));
    const functions = spans(findLex(model, LEX.functions));
    const titleCandidates = mergeSpans([occupations, functions, withoutOverlap(introTitles, providerTitles)]);
    const { words } = model;
    // Set before the workplaces need the health sentences (which need the occupations).
    this.titlesMemo = { providers, occupations, providerTitles, jobTitles: [], workplaces: [] };
    const healthSentences = sentenceSet(model, this.healthGroup().health);

    // Workplaces; a clinic or hospital in a sentence about the citizen's own treatment is not one.
    // "Virksomhedspraktik" is an activity, not a workplace.
    const praktik = spans(findLex(model, LEX.praktik));
    const workplaceHits = findLex(model, LEX.workplaces);
    const workplaces = withoutOverlap(spans(workplaceHits), praktik).filter(
      (w) => !(healthSentences.has(sentenceAt(model, w.start)) && providers.some((p) => overlaps(w, p))),
    );
    // "hos Netto", "hos Danish Crown": a named workplace or employer (not "hos lægen", which is lower case).
    const capitalised = (i: number) => {
      const first = words[i]!.text.charAt(0);
      return first !== first.toLowerCase() && first === first.toUpperCase();
    };
    for (let i = 0; i + 1 < words.length; i++) {
      if (words[i]!.norm !== 'hos' || !capitalised(i + 1) || words[i + 1]!.start - words[i]!.end > 2) continue;
      let j = i + 1;
      while (j + 1 < words.length && capitalised(j + 1) && words[j + 1]!.start - words[j]!.end === 1 && model.text.charAt(words[j]!.end) === ' ') j++;
      workplaces.push({ start: words[i + 1]!.start, end: words[j]!.end });
    }
    sortIfNeeded(workplaces, byStart);
    // A word both lexicons match is what its compound head says: "tømrerfirma" is a workplace, "køkkenmedhjælper" a title.
    const occupationEntry = new Map(occupationHits.map((h) => [h.start * 65536 + h.end, OCCUPATION_ENTRIES[h.entry]!]));
    const workplaceEntry = new Map(workplaceHits.map((h) => [h.start * 65536 + h.end, WORKPLACE_ENTRIES[h.entry]!]));
    const key = (x: Span) => x.start * 65536 + x.end;
    const titleWins = (x: Span) => specificity(occupationEntry.get(key(x))) >= specificity(workplaceEntry.get(key(x)));
    this.titlesMemo.jobTitles = titleCandidates.filter((t) => !workplaceEntry.has(key(t)) || !occupationEntry.has(key(t)) || titleWins(t));
    this.titlesMemo.workplaces = workplaces.filter((w) => !occupationEntry.has(key(w)) || !workplaceEntry.has(key(w)) || !titleWins(w));
    return this.titlesMemo;
  }

  /** The occupations without the providers (needed by the health group before the titles are complete). */
  private occupations(): Span[] {
    return (this.titlesMemo ?? this.occupationGroup()).occupations;
  }

  private healthGroup(): Health {
    if (this.healthMemo) return this.healthMemo;
    const model = this.model;
    const occupations = this.occupations();
    // The occupations may have needed the health group already (for the workplaces).
    if (this.healthMemo) return this.healthMemo;
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
    return (this.healthMemo = { professionalSentences, health });
  }

  get jobTitles(): Span[] {
    return this.occupationGroup().jobTitles;
  }
  get providerTitles(): Span[] {
    return this.occupationGroup().providerTitles;
  }
  get workplaces(): Span[] {
    return this.occupationGroup().workplaces;
  }
  get health(): Span[] {
    return this.healthGroup().health;
  }
  get professionalSentences(): Set<number> {
    return this.healthGroup().professionalSentences;
  }

  get tasks(): Span[] {
    if (this.tasksMemo) return this.tasksMemo;
    // A task word inside a job title ("rengøringsassistent" starts like "rengøring*") is the title, not a task; a task
    // next to a leisure word ("laver mad til familien", "går ture med hunden") is leisure.
    const model = this.model;
    const leisure = spans(findLex(model, LEX.leisure));
    const taskHits = withoutInside(spans(findLex(model, LEX.tasks)), this.occupations());
    const nearLeisure = nearWords(model, taskHits, leisure, 3);
    const rejected = afterWords(model, taskHits, findLex(model, LEX.rejectedWork), 3);
    return (this.tasksMemo = taskHits.filter((t) => !nearLeisure.has(t) && !rejected.has(t)));
  }

  get employerSteps(): Span[] {
    if (this.employerMemo) return this.employerMemo;
    // Employer contact: strong phrases, or a contact verb in a sentence naming a workplace or title, unless the verb's
    // object is a treatment provider or the jobcentre ("kontakte din læge", "ringer til sagsbehandleren").
    const model = this.model;
    const { workplaces, jobTitles, providers } = this.occupationGroup();
    const workplaceSentences = sentenceSet(model, [...workplaces, ...jobTitles]);
    const employerSteps = spans(findLex(model, LEX.employerContact));
    const contactHits = spans(findLex(model, LEX.contactVerbs));
    const toProvider = nearWords(model, contactHits, providers, 3);
    for (const h of contactHits) {
      if (!toProvider.has(h) && workplaceSentences.has(sentenceAt(model, h.start))) employerSteps.push(h);
    }
    sortIfNeeded(employerSteps, byStart);
    return (this.employerMemo = mergeSpans([employerSteps]));
  }

  get hours(): HourFigure[] {
    return (this.hoursMemo ??= findHours(this.model));
  }

  get times(): TimeExpression[] {
    return timeExpressionsOf(this.model);
  }

  private stepGroup(): Steps {
    if (this.stepsMemo) return this.stepsMemo;
    const model = this.model;
    const datedBySentence = new Map<number, TimeExpression>();
    for (const t of this.times) {
      if (!DATED.has(t.kind)) continue;
      // "i 4 uger" is a length, not a date; "inden for 14 dage", "om 3 måneder" are.
      if (t.kind === 'duration' && !DEADLINE_DURATION.test(model.text.slice(t.start, t.end))) continue;
      const si = sentenceAt(model, t.start);
      if (!datedBySentence.has(si)) datedBySentence.set(si, t);
    }
    const datedSteps: Span[] = [];
    const undatedSteps: Span[] = [];
    // Hits come in text order, so their sentences do too: each sentence once, already sorted.
    let lastSentence = -1;
    const stepWords = sortIfNeeded([...findLex(model, ACTION_VERBS), ...findLex(model, LEX.praktik)], byStart);
    for (const h of stepWords) {
      const si = sentenceAt(model, h.start);
      if (si < 0 || si === lastSentence) continue;
      lastSentence = si;
      const t = datedBySentence.get(si);
      if (t) datedSteps.push(...[{ start: h.start, end: h.end }, { start: t.start, end: t.end }].sort(byStart));
      else undatedSteps.push({ start: h.start, end: h.end });
    }
    return (this.stepsMemo = { datedSteps, undatedSteps });
  }

  get datedSteps(): Span[] {
    return this.stepGroup().datedSteps;
  }
  get undatedSteps(): Span[] {
    return this.stepGroup().undatedSteps;
  }

  private resourceGroup(): ResourceGroup {
    if (this.resourcesMemo) return this.resourcesMemo;
    const model = this.model;
    const { words } = model;
    const personality = spans(findLex(model, LEX.personality));
    const negs = new Set(findLex(model, LEX.negations).map((h) => h.wordIndex));
    const { kept, lacking } = splitLacking(model, findLex(model, LEX.resources), negs);
    const resources = withoutOverlap(kept, personality);
    for (const h of findLex(model, LEX.can)) {
      const next = h.wordIndex + 1;
      // "kan arbejde" is a resource; "kan ikke arbejde" and "ikke kan arbejde" are not.
      if (next < words.length && !negs.has(next) && !negs.has(next + 1) && !negs.has(h.wordIndex - 1) && words[next]!.start - h.end <= 2) {
        resources.push({ start: h.start, end: words[next]!.end });
      }
    }
    sortIfNeeded(resources, byStart);
    return (this.resourcesMemo = { personality, resources, lacking, negs });
  }

  get lackingResources(): Span[] {
    return this.resourceGroup().lacking;
  }

  get resources(): Span[] {
    return this.resourceGroup().resources;
  }
  get personality(): Span[] {
    return this.resourceGroup().personality;
  }

  /** The plain spans of one lexicon, memoised by name. */
  private plain(name: string, compute: () => Span[]): Span[] {
    let out = this.spansMemo.get(name);
    if (!out) this.spansMemo.set(name, (out = compute()));
    return out;
  }

  get experience(): Span[] {
    return this.plain('experience', () => spans(findLex(this.model, LEX.experience)));
  }
  get intensity(): Span[] {
    return this.plain('intensity', () => mergeSpans([spans(findLex(this.model, LEX.intensity)), percentFigures(this.model)]));
  }
  get dynamicHours(): Span[] {
    return this.plain('dynamicHours', () => spans(findLex(this.model, LEX.dynamicHours)));
  }
  get progressionDimensions(): Span[] {
    return this.plain('progressionDimensions', () => spans(findLex(this.model, LEX.progressionDimensions)));
  }
  get progressionReasons(): Span[] {
    return this.plain('progressionReasons', () => spans(findLex(this.model, LEX.progressionReasons)));
  }
  get workAbility(): Span[] {
    return this.plain('workAbility', () => {
      const { negs } = this.resourceGroup();
      return findLex(this.model, LEX.workAbility)
        .filter((h) => !negs.has(h.wordIndex - 1) && !negs.has(h.wordIndex + 1))
        .map((h) => ({ start: h.start, end: h.end }));
    });
  }
  get privateLife(): Span[] {
    return this.plain('privateLife', () => spans(findLex(this.model, LEX.privateLife)));
  }
  get deficits(): Span[] {
    return this.plain('deficits', () => spans(findLex(this.model, LEX.deficits)));
  }
}

/** The signals of a model (computed group by group on first use). Prefer `ctx.facts.signals` inside an analysis. */
export function computeSignals(model: TextModel): Signals {
  return new LazySignals(model);
}

/**
 * Penalty for texts that are mostly illness, treatment and private life (private life counts half); used by the
 * `illness-focus` rule. The score itself weighs this as the `illness-balance` criterion.
 */
export function illnessPenalty(s: Signals, max: number): { points: number; evidence: Span[] } {
  const illness = s.health.length + s.privateLife.length / 2;
  const job = s.jobTitles.length + s.workplaces.length + s.tasks.length + s.resources.length + s.employerSteps.length;
  if (illness < 2 || illness <= job) return { points: 0, evidence: [] };
  const share = (illness - job) / (illness + job);
  return { points: -Math.round(max * Math.min(1, share)), evidence: [...s.health, ...s.privateLife].sort((a, b) => a.start - b.start) };
}
