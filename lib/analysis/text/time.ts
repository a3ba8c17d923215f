import type { Span } from '../types';
import type { TextModel, Word } from './types';
import { isSentenceCut, isWordChar, tokenize } from './model';
import { lowerForMatching } from './normalize';
import { byStartLongestFirst, isDigit, lowerBound, sortIfNeeded } from './search';
import { slotsOf } from '../facts/store';

/**
 * Danish time expressions: dates and deadlines in the forms case workers write them ("inden d. 05.02",
 * "senest fredag d. 7. marts", "uge 12", "de næste 4 uger", "inden næste møde d. 3.5", "1/3", "i løbet af maj",
 * "hver mandag", "inden for 14 dage", "til og med 30.4.", "i morgen"), frequencies ("2 gange om ugen") and the
 * vague ones that bind no time ("på sigt", "snart", "hurtigst muligt", "løbende", "med tiden").
 */
export type TimeKind =
  | 'deadline' // a date/week/event with "inden", "senest", "til og med" …
  | 'date' // a calendar date, month, year or weekday
  | 'week' // "uge 12"
  | 'duration' // "de næste 4 uger", "inden for 14 dage"
  | 'relative' // "i morgen", "næste uge", "til næste møde"
  | 'recurring' // "hver mandag", "om tirsdagen"
  | 'frequency' // "2 gange om ugen", "dagligt": measurable, but no end in time
  | 'clock' // "kl. 10.30"
  | 'vague'; // "på sigt", "snart", "hurtigst muligt"

export interface TimeExpression extends Span {
  kind: TimeKind;
}

/**
 * Kinds that make an agreement time-bound (tidsafgrænset: it has a start or an end in time). A frequency or a
 * recurring day ("2 gange om ugen", "hver mandag") answers the guide's "Hvor ofte?" (001 L3044–3045) and makes an
 * agreement measurable, but bounds nothing: "Hvornår vil du være i mål?" is still open. Two independent labellers
 * of the test corpora read it the same way.
 */
export const TIME_BOUND_KINDS: ReadonlySet<TimeKind> = new Set(['deadline', 'date', 'week', 'duration', 'relative']);

// Patterns are only tried (sticky) at word starts, where the previous character is never a letter or digit: no
// lookbehind needed. They match the lower-cased text (no `i` flag): a case-insensitive Unicode pattern costs several
// times more to compile, and the first analysis in a fresh page compiles them all.
const B0 = '';
const B1 = '(?![\\p{L}\\p{N}])';
const S = '[\\s\\u00a0]+';
const MONTH_FULL = '(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)';
const MONTH = `(?:${MONTH_FULL}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?)`;
/** Also abbreviated as notes write them ("inden fre.", "tirs. d. 4/5"); "man."/"søn." only with their period. */
const WEEKDAY = '(?:(?:man|søn)(?:dag(?:en)?|\\.)|(?:tirs|ons|tors|fre|lør)(?:dag(?:en)?|\\.|(?![\\p{L}])))';
/** The only alternative of NUM that starts with a digit. */
const DIGITS = '\\d{1,3}(?:[-–]\\d{1,3})?';
const NUM =
  `(?:${DIGITS}|en|et|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|fjorten|femten|tyve|et par|par|få|nogle)`;
const UNIT = '(?:dage|dag|dagen|uger|uge|ugen|måneder|måned|måneden|mdr\\.?|md\\.|år|året|hverdage|weekender|weekend)';
const DEADLINE_WORD =
  '(?:inden\\s+udgangen\\s+af|ved\\s+udgangen\\s+af|til\\s+og\\s+med|t\\.\\s?o\\.\\s?m\\.|frem\\s+til|senest|inden|indtil|før)';
const PREP = `(?:${DEADLINE_WORD}|fra\\s+og\\s+med|f\\.\\s?o\\.\\s?m\\.|fra|pr\\.|per|til|ved|efter|på|i\\s+løbet\\s+af|i|om)`;
/** Optional "inden fredag d." / "senest den" / "d." before a date. */
/** "næste", also as case notes write it ("til nst. samtale", vocab/shorthand.ts). */
const NEXT = '(?:næste|nst\\.?|næst)';
const DATE_LEAD = `(?:${PREP}${S})?(?:(?:${WEEKDAY})(?:${S}(?:d\\.|den))?${S}|(?:d\\.|den)${S}?)?`;

export interface Pattern {
  re: RegExp;
  kind: TimeKind | ((m: RegExpExecArray) => TimeKind | null);
}

const DEADLINE_START = new RegExp(`^${DEADLINE_WORD}`, 'iu');
const dateKind = (m: RegExpExecArray): TimeKind => (DEADLINE_START.test(m[0]) ? 'deadline' : 'date');

const UNIT_AFTER = /^\s*(?:timer|time|t\b|kg|km|m\b|%|procent|gange|af\s|del\b|point|kr)/iu;

function validDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** Words after a number that make it an amount, not a week ("og 2 gange", "og 3 timer"). */
const WEEK_NOT_AFTER = `${S}(?:gange|gang|timer|time|t|kg|km|minutter|min|procent|dage|dag|uger|ansøgninger|ansøgning|stillinger|job)${B1}`;

/** The parts of the numeric date, ordinal date and frequency patterns that start with a digit. */
const NUMERIC_DATE = `(\\d{1,2})([./-])(\\d{1,2})(?:[./-](\\d{4}|\\d{2})(?!\\d)|${S}((?:19|20)\\d{2})(?!\\d))?(?!\\d|,\\d|[./-]\\d)`;
const ORDINAL_DATE = `\\d{1,2}\\.?${S}?${MONTH}${B1}(?:${S}\\d{4}(?!\\d))?`;
const COUNTED = (num: string): string =>
  `${num}${S}gang(?:e)?${S}(?:om|pr\\.|per|i|hver|hvert)${S}(?:ugen|uge|dagen|dag|måneden|måned|md\\.|året|år|14\\.${S}dag)`;

function numericDateKind(m: RegExpExecArray): TimeKind | null {
  if (!validDayMonth(Number(m[1]), Number(m[3]))) return null;
  // "kl. 9.05" is a time of day.
  if (/(?:^|[^\p{L}])kl(?:\.|okken)?\s*$/iu.test(m.input.slice(Math.max(0, m.index - 9), m.index))) return null;
  // "2-3 job", "5-10 kg" are ranges: a date with "-" needs a year ("15-03-26").
  if (m[2] === '-' && m[4] === undefined && m[5] === undefined) return null;
  // "2.5 timer", "1/3 af tiden": a number with a unit or a share is not a date.
  if (UNIT_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
  return dateKind(m);
}

export const PATTERNS: readonly Pattern[] = [
  // Numeric dates: 05.02, 3.5, 1/3, 30.4.2026, 15-03-26 — validated as day/month; not a clock time after "kl.".
  { re: new RegExp(`${B0}${DATE_LEAD}${NUMERIC_DATE}`, 'yu'), kind: numericDateKind },
  // Ordinal dates: "7. marts", "3. maj 2026", "d. 1. feb."
  { re: new RegExp(`${B0}${DATE_LEAD}${ORDINAL_DATE}`, 'yu'), kind: dateKind },
  // A day without a month: "inden d. 7."
  { re: new RegExp(`${B0}${DATE_LEAD.replace('?)?$', ')')}(?<=(?:d\\.|den)${S}?)\\d{1,2}\\.(?![\\d\\p{L}])`, 'yu'), kind: dateKind },
  // Months: "i løbet af maj", "inden udgangen af marts", "primo juni", "i april 2026".
  {
    re: new RegExp(
      `${B0}(?:${PREP}|(?:start(?:en)?|slut(?:ningen)?|midt(?:en)?|begyndelsen|udgangen)${S}af|primo|medio|ultimo|omkring)${S}${MONTH_FULL}(?:${S}måned)?(?:${S}\\d{4})?${B1}`,
      'yu',
    ),
    kind: dateKind,
  },
  // Years with a preposition: "i 2026", "inden udgangen af 2026".
  { re: new RegExp(`${B0}(?:${PREP}|primo|medio|ultimo)${S}(?:19|20)\\d{2}${B1}`, 'yu'), kind: dateKind },
  // Weeks: "uge 12", "i uge 12-14", "i uge 37 og 38", "ugerne 30 til 33", "inden uge 9". (`${S}?` is a lazy
  // one-or-more, not an optional space: the range's dash takes `[\s\u00a0]*`.) A number that counts something
  // ("i uge 12 og 2 gange om ugen") is no second week.
  {
    re: new RegExp(`${B0}(?:${PREP}${S})?uge(?:rne)?${S}\\d{1,2}(?:(?:[\\s\\u00a0]*[-–][\\s\\u00a0]*|${S}(?:og|eller|til)${S})\\d{1,2}${B1}(?!${WEEK_NOT_AFTER}))*${B1}`, 'yu'),
    kind: (m) => (DEADLINE_START.test(m[0]) ? 'deadline' : 'week'),
  },
  // Durations: "de næste 4 uger", "inden for 14 dage", "i de kommende måneder", "i en periode på 8 uger".
  {
    re: new RegExp(
      `${B0}(?:(?:inden${S}for|indenfor|i${S}løbet${S}af|inden|over|om|efter|i|på|til|i${S}en${S}periode${S}på|en${S}periode${S}på)${S})?(?:(?:de|den|det)${S})?(?:${NEXT}|kommende|følgende|første)${S}(?:${NUM}${S})?${UNIT}${B1}`,
      'yu',
    ),
    kind: (m) => (/\d|\b(?:en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|par)\s/iu.test(m[0]) ? 'duration' : 'relative'),
  },
  {
    re: new RegExp(
      `${B0}(?:inden${S}for|indenfor|i${S}løbet${S}af|inden|over|om|efter|i${S}en${S}periode${S}på|en${S}periode${S}på|i)${S}(?:de${S})?${NUM}${S}${UNIT}${B1}`,
      'yu',
    ),
    kind: 'duration',
  },
  // Relative: "i morgen", "næste uge", "inden næste møde", "til næste samtale", "inden sommerferien".
  {
    re: new RegExp(
      `${B0}(?:i${S}(?:morgen|overmorgen|dag|eftermiddag|aften|weekenden)|(?:(?:${PREP})${S})?(?:(?:vores|det|den)${S})?(?:${NEXT}|denne|dette|førstkommende|kommende)${S}(?:${WEEKDAY}|møde|mødet|samtale|samtalen|opfølgning|opfølgningssamtale|opfølgningsmøde|jobsamtale|rundbordssamtale|gang|weekend|uge|måned|år|kontakt|kontaktforløb)|(?:inden|før|senest|efter|frem${S}til|indtil|til)${S}(?:jul|julen|påske|påsken|nytår|sommerferien|sommer|efterårsferien|vinterferien|opstart|praktikstart|forløbsstart|mødet|samtalen|opfølgningen|opfølgningsmødet|opfølgningssamtalen|jobsamtalen|rundbordssamtalen)|(?:i${S}løbet${S}af|inden${S}for)${S}(?:ugen|måneden|dagen|året|denne${S}uge|denne${S}måned)|(?:(?:i${S}løbet${S}af|${PREP})${S})(?:foråret|efteråret|sommeren|vinteren|forår|efterår)(?:${S}\\d{4})?)${B1}`,
      'yu',
    ),
    kind: (m) => (DEADLINE_START.test(m[0]) ? 'deadline' : 'relative'),
  },
  // Weekdays: "senest fredag", "på mandag", "hver tirsdag", "om onsdagen".
  {
    re: new RegExp(`${B0}(?:(?:hver|hvert|hver${S}anden|alle|om|${PREP})${S})?${WEEKDAY}(?:e|ene)?${B1}`, 'yu'),
    kind: (m) => {
      const s = m[0].toLowerCase();
      if (/^(?:hver|alle)/.test(s) || /^om\s/.test(s) || /dagene?$/.test(s)) return 'recurring';
      return DEADLINE_START.test(s) ? 'deadline' : 'date';
    },
  },
  // Frequencies: "2 gange om ugen", "hver uge", "dagligt", "en gang om måneden", "pr. uge".
  {
    re: new RegExp(
      `${B0}(?:${COUNTED(NUM)}|hver(?:t)?(?:${S}anden)?${S}(?:dag|uge|måned|morgen|hverdag|år|14\\.${S}dag)|(?:dagligt|daglig|ugentligt|ugentlig|månedligt|månedlig)|(?:om|pr\\.|per)${S}(?:ugen|dagen|måneden|uge|dag|måned))${B1}`,
      'yu',
    ),
    kind: 'frequency',
  },
  // Clock times: "kl. 10.30", "kl 9".
  { re: new RegExp(`${B0}(?:kl\\.?|klokken)${S}?\\d{1,2}(?:[.:]\\d{2})?(?!\\d)`, 'yu'), kind: 'clock' },
  // Vague, not time-bound.
  {
    re: new RegExp(
      `${B0}(?:på${S}(?:sigt|længere${S}sigt|kort${S}sigt|lang${S}sigt|et${S}tidspunkt|et${S}senere${S}tidspunkt)|snart|snarest(?:${S}muligt)?|hurtigst${S}mulig(?:t)?|så${S}hurtigt${S}som${S}muligt|så${S}snart${S}som${S}muligt|så${S}snart${S}det${S}er${S}muligt|løbende|med${S}tiden|over${S}tid|efterhånden|fremadrettet|i${S}fremtiden|i${S}nærmeste${S}fremtid|når${S}(?:det${S}er${S}muligt|muligt|du${S}er${S}klar|helbredet${S}tillader${S}det|tiden${S}er${S}til${S}det|det${S}passer)|inden${S}længe|i${S}nær${S}fremtid|fremover|asap|senere)${B1}`,
      'yu',
    ),
    kind: 'vague',
  },
];

/**
 * NUMERIC, ORDINAL and FREQUENCY where the text has a digit: every alternative of their leads (a preposition, a
 * weekday, "d.", a number word) starts with a letter, so there these match what the whole patterns match, and they cost
 * less to compile and to run (a digit is the most frequent start of an expression).
 */
export const DIGIT_PATTERNS: readonly Pattern[] = [
  { re: new RegExp(NUMERIC_DATE, 'yu'), kind: numericDateKind },
  { re: new RegExp(ORDINAL_DATE, 'yu'), kind: 'date' },
  { re: new RegExp(`${COUNTED(DIGITS)}${B1}`, 'yu'), kind: 'frequency' },
];

/** Core words: every expression holds one within its first CORE_REACH words (a superset filter). */
const CORE_WORDS: ReadonlySet<string> = new Set(
  (
    'januar februar marts april maj juni juli august september oktober november december jan feb mar apr jun jul aug sep ' +
    'sept okt nov dec uge uger ugen ugens ugerne dag dage dagen dagligt daglig hverdag hverdage måned måneder måneden månedligt ' +
    'månedlig mdr md år året ugentligt ugentlig morgen overmorgen eftermiddag aften weekend weekenden weekender næste ' +
    'kommende følgende første denne dette førstkommende jul påske påsken nytår sommerferien sommer efterårsferien vinterferien ' +
    'opstart praktikstart forløbsstart gang gange sigt tidspunkt snart snarest hurtigst hurtigt muligt mulig løbende tiden ' +
    'tid fremtiden klar tillader asap senere fremadrettet efterhånden kl klokken mødet samtalen opfølgningen opfølgningsmødet ' +
    'opfølgningssamtalen jobsamtalen rundbordssamtalen julen ugen måneden dagen året foråret efteråret sommeren vinteren ' +
    'forår efterår længe nær fremover passer man søn'
  ).split(' '),
);
/** A weekday ("mandag", "tirsdagen"): the cheap "dag" test spares most words the regex. */
const isWeekday = (norm: string): boolean => norm.length >= 6 && norm.indexOf('dag', 2) > 0 && WEEKDAY_START.test(norm);
const isCore = (norm: string): boolean => isDigit(norm.charCodeAt(0)) || CORE_WORDS.has(norm) || isWeekday(norm);
const CORE_REACH = 4;
const WEEKDAY_START = /^(?:man|tirs|ons|tors|fre|lør|søn)dag/;
/** Lower-cased words an expression can start with (besides numbers and weekdays). */
const TRIGGERS: ReadonlySet<string> = new Set(
  (
    'inden senest før til t frem indtil ved fra f pr per efter på i om d den de det vores næste denne dette førstkommende ' +
    'kommende følgende første hver hvert alle dagligt daglig ugentligt ugentlig månedligt månedlig kl klokken uge ugerne start starten slut ' +
    'slutningen midt midten begyndelsen udgangen primo medio ultimo omkring en et én ét to tre fire fem seks syv otte ni ti ' +
    'elleve tolv fjorten femten tyve par få nogle snart snarest hurtigst så løbende med over efterhånden fremadrettet når asap senere indenfor ' +
    'fremover'
  ).split(' '),
);

/**
 * Which patterns can start at a given first word (indices into PATTERNS, in their order above); prepositions and
 * other triggers try all. Each group gets one sticky regex of its patterns as a cheap gate before the longest match.
 */
const [NUMERIC, ORDINAL, DAY_ONLY, MONTHS, YEARS, WEEKS, DURATION_NEXT, DURATION_NUM, RELATIVE, WEEKDAYS, FREQUENCY, CLOCK, VAGUE] =
  PATTERNS.map((_, i) => i);
const GROUP_OF_WORD = new Map<string, readonly number[]>();
const group = (words: string, indices: readonly number[]): void => {
  for (const w of words.split(' ')) GROUP_OF_WORD.set(w, indices);
};
group('d den', [NUMERIC, ORDINAL, DAY_ONLY, DURATION_NEXT, RELATIVE]);
group('kl klokken', [CLOCK]);
group('uge ugerne', [WEEKS]);
group('en et én ét to tre fire fem seks syv otte ni ti elleve tolv fjorten femten tyve par få nogle', [DURATION_NUM, FREQUENCY]);
group('hver hvert alle', [WEEKDAYS, FREQUENCY]);
group('dagligt daglig ugentligt ugentlig månedligt månedlig', [FREQUENCY]);
group('snart snarest hurtigst så løbende med efterhånden fremadrettet når asap senere fremover', [VAGUE]);
group('primo medio ultimo omkring start starten slut slutningen midt midten begyndelsen udgangen', [MONTHS, YEARS]);
group('næste denne dette førstkommende kommende følgende første vores det de', [DURATION_NEXT, RELATIVE]);
/** Every pattern a group may name: PATTERNS, then DIGIT_PATTERNS. */
const TABLE: readonly Pattern[] = [...PATTERNS, ...DIGIT_PATTERNS];
const DIGIT_GROUP: readonly number[] = [NUMERIC, ORDINAL, FREQUENCY];
/** DIGIT_GROUP where the text itself has a digit (a word read as a number from letters has not). */
const AT_DIGIT_GROUP: readonly number[] = DIGIT_PATTERNS.map((_, i) => PATTERNS.length + i);
const WEEKDAY_GROUP: readonly number[] = [NUMERIC, ORDINAL, WEEKDAYS];
const ALL_GROUP: readonly number[] = PATTERNS.map((_, i) => i);
/**
 * A group's gate: its patterns as capturing alternatives. Alternatives are tried in order, so the first one that
 * matches names the first pattern of the group that matches at all: the patterns before it need not be tried.
 */
interface Gate {
  /** Null until the group has been tried GATE_AFTER times. */
  re: RegExp | null;
  uses: number;
  /** Capture group number of each pattern's alternative, and how many groups the pattern has itself (set with `re`). */
  groups: number[];
  counts: number[];
}
/**
 * Capturing groups in a pattern's source, read from the source: compiling and running each pattern at module load to
 * count them cost more than the rest of the module. Skips escapes and character classes; `(?<name>` captures,
 * `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` do not.
 */
export function captureCount(re: RegExp): number {
  const src = re.source;
  let count = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      if (src[i + 1] !== '?') count++;
      else if (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') count++;
    }
  }
  return count;
}
/**
 * Each group's gate, compiled only once the group has been tried GATE_AFTER times: a gate (the union of its group's
 * patterns, 6,600 characters for the largest) costs ~10 ms to compile and saves a few microseconds per analysis, so a
 * fresh page's first analyses try the group's patterns one by one (they are compiled either way) and a long session
 * gets the gate. Its capture groups are counted then too (reading every pattern's source at module load cost ~2 ms of
 * a page's start-up).
 */
const GATE_AFTER = 400;
const gates = new Map<readonly number[], Gate>();
const caselessGates = new Map<readonly number[], Gate>();
function gateOf(g: readonly number[], caseless: boolean): Gate {
  const cache = caseless ? caselessGates : gates;
  let gate = cache.get(g);
  if (!gate) cache.set(g, (gate = { re: null, uses: 0, groups: [], counts: [] }));
  if (gate.re === null && ++gate.uses > GATE_AFTER) {
    let next = 1;
    for (const i of g) {
      const count = captureCount(TABLE[i]!.re);
      gate.groups.push(next);
      gate.counts.push(count);
      next += 1 + count;
    }
    gate.re = new RegExp(g.map((i) => `(${TABLE[i]!.re.source})`).join('|'), caseless ? 'yiu' : 'yu');
  }
  return gate;
}

/** Case-insensitive copies, for a text whose lower-casing is no plain fold (lowerForMatching). */
const caselessPatterns: (RegExp | undefined)[] = [];
const caselessPattern = (i: number): RegExp => (caselessPatterns[i] ??= new RegExp(TABLE[i]!.re.source, 'yiu'));

const PRIORITY: Record<TimeKind, number> = {
  deadline: 9,
  date: 8,
  week: 7,
  relative: 6,
  duration: 5,
  recurring: 4,
  frequency: 3,
  clock: 2,
  vague: 1,
};

/** "2 gange om ugen frem til d. 15.03": how often and until when stay two expressions (one is no deadline). */
const REPEATS: ReadonlySet<TimeKind> = new Set(['frequency', 'recurring']);
const apart = (a: TimeKind, b: TimeKind): boolean => (REPEATS.has(a) && TIME_BOUND_KINDS.has(b)) || (REPEATS.has(b) && TIME_BOUND_KINDS.has(a));

/** Text between two expressions that joins them into one ("fredag d. 7. marts", "d. 3.5 kl. 10"). */
const JOIN_GAP = /^[\s\u00a0,]*(?:(?:d\.|den)[\s\u00a0]*)?$/iu;

/** Find the time expressions of `text` (optionally only inside `within`), sorted, non-overlapping. */
export function findTimeExpressions(text: string, within?: Span, words?: readonly Word[]): TimeExpression[] {
  const base = within ? Math.max(0, Math.min(text.length, within.start)) : 0;
  const stop = within ? Math.max(base, Math.min(text.length, within.end)) : text.length;
  const slice = base === 0 && stop === text.length ? text : text.slice(base, stop);
  const found: TimeExpression[] = [];
  const lower = lowerForMatching(slice);
  const caseless = lower === null;
  const hay = lower ?? slice;
  // Expressions start at a trigger word or a number and hold a "core" word (a number, month, day, week …) within
  // their first words: only there are the (sticky) patterns tried.
  const list = words ?? tokenize(slice);
  // Word range of the span (binary search when the caller passes the whole model's words).
  const i0 = words && base > 0 ? lowerBound(list, base) : 0;
  const i1 = words ? Math.min(list.length, lowerBound(list, stop) + CORE_REACH) : list.length;
  if (i1 <= i0) return found;
  // The next core word at or after the current one (each word is tested once; none left: nothing more to find).
  let nextCore = i0 - 1;
  let covered = 0;
  for (let i = i0; i < i1; i++) {
    if (nextCore < i) {
      nextCore = i;
      while (nextCore < i1 && !isCore(list[nextCore]!.norm)) nextCore++;
      if (nextCore >= i1) break;
    }
    if (nextCore - i > CORE_REACH) {
      // Skip straight to the first word within reach of it.
      i = nextCore - CORE_REACH - 1;
      continue;
    }
    const w = list[i]!;
    const at = words ? w.start - base : w.start;
    if (at < 0) continue;
    if (at >= slice.length) break;
    if (at < covered) continue;
    const first = w.norm;
    const indices = isDigit(first.charCodeAt(0))
      ? isDigit(hay.charCodeAt(at))
        ? AT_DIGIT_GROUP
        : DIGIT_GROUP
      : isWeekday(first)
        ? WEEKDAY_GROUP
        : TRIGGERS.has(first)
          ? (GROUP_OF_WORD.get(first) ?? ALL_GROUP)
          : null;
    if (!indices) continue;
    const gate = gateOf(indices, caseless);
    let k = 0;
    let g: RegExpExecArray | null = null;
    if (gate.re) {
      gate.re.lastIndex = at;
      g = gate.re.exec(hay);
      if (!g) continue;
      while (k < indices.length && g[gate.groups[k]!] === undefined) k++;
    }
    const firstMatch = g ? k : -1;
    for (; k < indices.length; k++) {
      const p = TABLE[indices[k]!]!;
      let m: RegExpExecArray | null;
      if (g && k === firstMatch) {
        // The gate's alternative is that pattern's own match: its groups, at the same place in the same input.
        const from = gate.groups[k]!;
        m = g.slice(from, from + 1 + gate.counts[k]!) as RegExpExecArray;
        m.index = g.index;
        m.input = g.input;
      } else {
        const re = caseless ? caselessPattern(indices[k]!) : p.re;
        re.lastIndex = at;
        m = re.exec(hay);
      }
      if (!m || m[0].length === 0) continue;
      const kind = typeof p.kind === 'function' ? p.kind(m) : p.kind;
      if (!kind) continue;
      found.push({ start: base + at, end: base + at + m[0].length, kind });
      covered = Math.max(covered, at + m[0].length);
    }
  }
  sortIfNeeded(found, byStartLongestFirst);
  const merged: TimeExpression[] = [];
  for (const e of found) {
    const last = merged[merged.length - 1];
    const joinable =
      last &&
      last.kind !== 'vague' &&
      e.kind !== 'vague' &&
      (e.start < last.end || (e.start - last.end <= 6 && !apart(last.kind, e.kind) && JOIN_GAP.test(text.slice(last.end, e.start))));
    if (last && (joinable || (e.start < last.end && (last.kind === 'vague') === (e.kind === 'vague')))) {
      last.end = Math.max(last.end, e.end);
      if (PRIORITY[e.kind] > PRIORITY[last.kind]) last.kind = e.kind;
    } else if (last && e.start < last.end) {
      // A vague phrase overlapping a real one: keep the real one.
      if (last.kind === 'vague' && e.kind !== 'vague') merged[merged.length - 1] = { ...e };
    } else {
      merged.push({ ...e });
    }
  }
  return merged;
}

/** The time expressions of the whole model text, computed once per model (rules and the score share them). */
export function timeExpressionsOf(model: TextModel): TimeExpression[] {
  const slots = slotsOf(model);
  return (slots.times ??= slots.timesFromParts?.() ?? findTimeExpressions(model.text, undefined, model.words));
}

/**
 * The time expressions inside a span: taken from the whole-text list when it exists (or `preferWhole` says many spans
 * will be asked for), else scanned for the span alone (cheaper for a few short agreements in a long text).
 */
export function timeExpressionsIn(model: TextModel, span: Span, preferWhole = false): TimeExpression[] {
  const all = preferWhole ? timeExpressionsOf(model) : slotsOf(model).times;
  if (!all) return findTimeExpressions(model.text, span, model.words);
  const out: TimeExpression[] = [];
  for (let i = lowerBound(all, span.start); i < all.length && all[i]!.start < span.end; i++) if (all[i]!.end <= span.end) out.push(all[i]!);
  return out;
}

/**
 * Can no time expression run from the text ending at `end` (a paragraph, a section) into what follows, nor read it?
 * True when it ends in ":", ";", "!" or "?" (no pattern and no join between two expressions holds one), or in a period
 * after a plain word that no pattern reads with its period (as at a sentence cut: not "d.", "kl.", "7.", "tirs.").
 */
export function breaksCleanly(text: string, end: number): boolean {
  let e = end;
  while (e > 0 && text.charCodeAt(e - 1) <= 32) e--;
  const last = text.charCodeAt(e - 1);
  if (last === 58 || last === 59 || last === 33 || last === 63) return true;
  if (last !== 46) return false;
  let a = e - 1;
  while (a > 0 && isWordChar(text.charCodeAt(a - 1))) a--;
  if (a <= 0 || e - a > 40) return false;
  return isSentenceCut(text.slice(a - 1, e) + ' Aa', e - a + 2);
}

/**
 * Give `part` (a model of `whole.text.slice(at, at + part.text.length)` whose words are the whole's there, e.g. a
 * document's section) the whole's time expressions inside it, when the whole's are already known and neither edge can
 * change one: the text before each edge breaks cleanly (breaksCleanly, as between the incremental analyser's chunks) and
 * no expression runs across an edge. Otherwise the part scans its own on first use.
 */
export function primeTimesFrom(part: TextModel, whole: TextModel, at: number): void {
  const all = slotsOf(whole).times;
  if (!all) return;
  const text = whole.text;
  const end = at + part.text.length;
  if ((at > 0 && !breaksCleanly(text, at)) || (end < text.length && !breaksCleanly(text, end))) return;
  const out: TimeExpression[] = [];
  // The list is sorted and without overlaps: by end too. From the first expression that ends inside the part.
  for (let i = lowerBound(all, at + 1, 'end'); i < all.length && all[i]!.start < end; i++) {
    const e = all[i]!;
    if (e.start < at || e.end > end) return;
    out.push({ start: e.start - at, end: e.end - at, kind: e.kind });
  }
  slotsOf(part).times = out;
}

/** True when the span holds a time expression that binds the agreement in time. */
export function isTimeBound(expressions: readonly TimeExpression[]): boolean {
  return expressions.some((e) => TIME_BOUND_KINDS.has(e.kind));
}
