import type { Span } from '../types';
import type { TextModel } from '../text/types';
import type { SmartEvaluation } from './evaluate';
import { byStart, lowerBound, sortIfNeeded } from '../text/search';
import { buildModel } from '../text/model';
import { timeExpressionsOf } from '../text/time';
import { findLex, type LexHit } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';
import { evaluateAgreement } from './evaluate';
import { wordIndexAt } from '../text/phrases';
import { AGREEMENT_SUBJECTS, COUNTED_ADJECTIVE_WORDS, NOT_FINITE_VERBS, OPEN_QUANTIFIER_WORDS } from '../vocab/agreement-actors';

/**
 * A rewrite in the guide's style (000 L209–227: "Du vil kontakte og mødes med tre personer … inden d. 05.02.";
 * research/seed-003.md R-M9 "Du vil [handling] [objekt/antal] [hvor/hvem] inden d. [dato]."). It keeps the
 * caseworker's own words and only adds what is missing as visible placeholders — never invented facts.
 */

interface Edit {
  start: number;
  end: number;
  text: string;
}

const JOB_NOUN = /^(?:job|jobs|jobbet|stilling(?:er|en)?|ansøgning(?:er|en)?|uopfordrede|arbejde|jobmuligheder|jobopslag|opslag|jobannoncer|annoncer|praktikpladser|praktiksteder)/iu;
const FIRM_NOUN = /^(?:virksomhed|arbejdsgiver|firma|steder)/iu;
/**
 * "Du skal/må/bør/kan" → the guide's "Du vil". "vil gerne" (a wish) stays; an agreement in the third person
 * ("Borger skal …", "Peter søger …") or the passive ("Der sendes …") keeps its person.
 */
const MODAL = /^(du|borger(?:en)?)\s+(?:skal|må|bør|kan)(?=\s)/iu;
const SUBJECTS: ReadonlySet<string> = new Set(AGREEMENT_SUBJECTS);
const NOT_VERBS: ReadonlySet<string> = new Set(NOT_FINITE_VERBS);

/**
 * The agreement opens with a subject of its own: a subject word ("Borger", "bgr.", "Jobcentret", "Der"), or a name or
 * noun followed by a present-tense or passive verb ("Peter undersøger …", "Praktikken forlænges …").
 */
export function hasOwnSubject(model: TextModel, span: Span): boolean {
  const i = wordIndexAt(model, span.start);
  const first = model.words[i];
  if (!first || first.start >= span.end) return false;
  if (SUBJECTS.has(first.norm)) return true;
  const second = model.words[i + 1];
  if (!second || second.end > span.end || NOT_VERBS.has(second.norm) || second.norm.length < 4) return false;
  const c = first.text[0]!;
  return c !== c.toLowerCase() && (second.norm.endsWith('er') || second.norm.endsWith('es'));
}
/** The agreement already has a subject of its own: the citizen, the caseworker, the jobcentre or "vi". */
const SUBJECT_START = /^(?:du|jeg|vi|borger(?:en)?|sagsbehandler(?:en)?|jobcentret|jobkonsulent(?:en)?|virksomhedskonsulent(?:en)?|mentor(?:en)?)\s/iu;
const INFINITIVE_START = /^(?:søge|sende|kontakte|ringe|besøge|deltage|opdatere|skrive|lave|researche|udarbejde|aflevere|tilmelde|starte|påbegynde|gennemføre|afslutte|øve|træne|finde|afsøge|oprette|booke|ansøge|hente|udfylde|spørge|tage|gå|indsende|uploade|forberede|præsentere|arbejde|fokusere|forsøge|prøve|afklare|være|tænke|overveje|undersøge|komme)(?![\p{L}])/iu;

/**
 * A concrete action for a vague agreement, chosen by what the agreement is about (a topic word at the start of a word,
 * in any case); every fact is a placeholder. Searched literal first, the word start checked at each find: a pattern
 * that opens with the lookbehind tries it at every position of the text, several times slower.
 */
const TOPICS: readonly [RegExp, string][] = [
  [/cv/giu, ' ved at opdatere [afsnit] i dit CV'],
  [/praktik/giu, ' ved at kontakte [virksomhed] om en praktik som [stilling]'],
  [/uddannelse|kursus|kurser/giu, ' ved at kontakte [uddannelsessted] om [uddannelse/kursus]'],
  [/job|stilling|ansøg|arbejde|søg/giu, ' ved at søge [antal] stillinger som [stilling]'],
  [/netværk|virksomhed|arbejdsgiver/giu, ' ved at kontakte [antal] virksomheder, bl.a. [virksomhed]'],
];
const LETTER = /\p{L}/u;

/** Is the code point that ends right before `i` a letter? */
function letterBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const low = s.charCodeAt(i - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? i - 2 : i - 1;
  return LETTER.test(s.slice(from, i));
}

/** Does a word of `s` start with one of the topic's words (as /(?<![\p{L}])(?:…)/iu)? */
function hasTopic(topic: RegExp, s: string): boolean {
  topic.lastIndex = 0;
  for (let m = topic.exec(s); m; m = topic.exec(s)) {
    if (!letterBefore(s, m.index)) return true;
    topic.lastIndex = m.index + 1;
  }
  return false;
}

function topicOf(original: string, withoutSubject: boolean): string {
  return withoutSubject ? original.replace(/^\S+\s+/u, '') : original;
}

function actionFill(about: string): string {
  for (const [topic, fill] of TOPICS) {
    // A course or education the user named ("et AMU-kursus", "hygiejnekurset", also as a compound) is kept: it is the
    // user's fact.
    const named = topic === EDUCATION ? namedEducation(about) : null;
    if (named) return fill.replace('[uddannelse/kursus]', named);
    if (hasTopic(topic, about)) return fill;
  }
  return ' ved at [handling]';
}

const EDUCATION = TOPICS[2]![0];
/** Bare words that name no particular course or education. */
const GENERIC_EDUCATION: ReadonlySet<string> = new Set(['uddannelse', 'uddannelsen', 'uddannelser', 'kursus', 'kurset', 'kurser', 'kurserne']);
const EDUCATION_WORD = /kursus|kurset|kurser|uddannelse/iu;
/** The first word of `about` that names a particular course or education (a compound, "AMU-kursus"), or null. */
function namedEducation(about: string): string | null {
  // Most texts name no course at all: one test of the whole text before the word scan.
  if (!EDUCATION_WORD.test(about)) return null;
  for (const m of about.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (!/kursus|kurset|kurser|uddannelse/u.test(lower) || GENERIC_EDUCATION.has(lower)) continue;
    return w;
  }
  return null;
}
/** Advice received ("er informeret om …"): the rewrite contacts someone about the same thing. */
const INFORMED = /informeret|orienteret|vejledt|vejledning|information|opmærksom|bekendt/iu;
/** Objects that are not counted ("din jobsøgning"): a number before them is no measure. */
const UNCOUNTABLE = /^(?:jobsøgning(?:en)?|arbejde(?:t)?)$/iu;
const POSSESSIVE = /(?:^|\s)(?:sin|sit|sine|din|dit|dine|min|mit|mine|hans|hendes|jeres|vores)\s+$/iu;

/** Only whitespace, "." or "," in [from, to) (as /^[\s.,]*$/ on the substring, without making it). */
function onlySpacesOrPunctuation(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 44) continue;
    if (!SPACE.test(text[i]!)) return false;
  }
  return true;
}
const SPACE = /\s/;

function insideAny(x: Span, spans: readonly Span[]): boolean {
  for (const g of spans) if (x.start >= g.start && x.end <= g.end) return true;
  return false;
}

/** Where the main clause ends: before its final punctuation and before a time expression that closes it. */
function clauseEnd(model: TextModel, span: Span, ev: SmartEvaluation): { end: number; tail: number } {
  // The first sentence that ends after the agreement's start.
  const sentence = model.sentences[lowerBound(model.sentences, span.start + 1, 'end')];
  let end = sentence && sentence.start < span.end ? Math.min(sentence.end, span.end) : span.end;
  while (end > span.start && /[\s.!?]/.test(model.text[end - 1]!)) end--;
  let tail = end;
  let closing: SmartEvaluation['time'][number] | undefined;
  for (const t of ev.time) {
    if (t.start >= span.start && t.end <= end && onlySpacesOrPunctuation(model.text, t.end, end)) {
      closing = t;
      break;
    }
  }
  if (closing) {
    tail = closing.start;
    while (tail > span.start && /\s/.test(model.text[tail - 1]!)) tail--;
  }
  return { end, tail };
}

const insertion = (at: number, s: string): Edit => ({ start: at, end: at, text: s });

/**
 * "[antal]" goes before the noun's adjectives ("[antal] relevante arbejdsgivere") and takes the place of an open
 * quantifier ("nogle relevante arbejdsgivere" → "[antal] relevante arbejdsgivere").
 */
function countBefore(model: TextModel, noun: Span, span: Span, edits: Edit[]): void {
  let i = wordIndexAt(model, noun.start) - 1;
  let at = noun.start;
  for (let n = 0; n < 2 && i >= 0; n++, i--) {
    const w = model.words[i]!;
    if (w.start < span.start || model.text.slice(w.end, at).trim() !== '') break;
    if (OPEN_QUANTIFIERS.has(w.norm)) {
      edits.push({ start: w.start, end: at, text: '[antal] ' });
      return;
    }
    if (!COUNTED_ADJECTIVES.has(w.norm)) break;
    at = w.start;
  }
  edits.push(insertion(at, '[antal] '));
}
const OPEN_QUANTIFIERS: ReadonlySet<string> = new Set(OPEN_QUANTIFIER_WORDS);
const COUNTED_ADJECTIVES: ReadonlySet<string> = new Set(COUNTED_ADJECTIVE_WORDS);

/**
 * `original`: the agreement's text, when the caller has it already. An agreement that records advice or an intention
 * ("Borger er informeret om …", "vil overveje at søge …") is rewritten as the action itself (the same as advice-not-action).
 */
export function rewriteAgreement(model: TextModel, span: Span, ev: SmartEvaluation, original = model.text.slice(span.start, span.end), depth = 0): string | null {
  const { specific, measurable, timeBound } = ev.smart;
  if (specific && measurable && timeBound) return null;
  const text = model.text;
  if (depth < 2) {
    const advice = findLex(model, LEX.adviceOnly, span);
    const intention = advice.some((h) => /^\s*at\s+\S/u.test(text.slice(h.end, span.end)));
    if (intention || advice.some((h) => INFORMED.test(text.slice(h.start, h.end)))) {
      let end = span.end;
      while (end > span.start && /[\s.!?]/.test(text[end - 1]!)) end--;
      return adviceRewrite(text, { start: span.start, end }, advice, depth) + text.slice(end, span.end);
    }
  }
  const edits: Edit[] = [];
  const insert = (at: number, s: string): number => edits.push(insertion(at, s));

  // Subject in the guide's voice: "Du vil …".
  const modal = MODAL.exec(original);
  const ownSubject = modal !== null || hasOwnSubject(model, span);
  if (modal && /^du$/iu.test(modal[1]!)) {
    edits.push({ start: span.start, end: span.start + modal[0].length, text: 'Du vil' });
  } else if (ownSubject) {
    // Already the guide's voice, or the caseworker's own subject: keep it.
  } else if (INFINITIVE_START.test(original)) {
    edits.push({ start: span.start, end: span.start + 1, text: 'Du vil ' + original[0]!.toLowerCase() });
  }

  const { end, tail } = clauseEnd(model, span, ev);
  // The topic of the action to fill in, without the subject ("Jobcentret" is no topic "job"); cut only when needed.
  const withoutSubject = ownSubject && !modal;
  let concreteVerb: SmartEvaluation['verbs'][number] | undefined;
  for (const v of ev.verbs) {
    if (!insideAny(v, ev.vague)) {
      concreteVerb = v;
      break;
    }
  }
  const firstGeneric = ev.generic.find((g) => !concreteVerb || g.start >= concreteVerb.end) ?? ev.generic[0];
  let measureDone = measurable;

  if (!specific) {
    if (!concreteVerb) {
      if (ev.followUps.length) {
        // A follow-up needs its form and party, not another action: "Der følges op på praktikken ved et møde med …".
        insert(tail, ' ved et møde med [kontaktperson]');
        measureDone = true;
      } else if (ev.vague.length) {
        insert(tail, actionFill(topicOf(original, withoutSubject)));
        // The filled-in action is checkable as done (a count, or contact with a named place).
        measureDone = true;
      } else if (!ownSubject && !SUBJECT_START.test(original) && !INFINITIVE_START.test(original)) {
        // No action and no subject ("Jobsøgning."): the words stay as the heading of the action to fill in.
        insert(tail, `: du vil ${actionFill(original).replace(/^ ved at /u, '')}`);
        measureDone = true;
      } else {
        // A sentence with its own subject and no concrete action ("Borger undersøger muligheder for uddannelse"):
        // it keeps its words and gets the action by which it is done.
        insert(tail, actionFill(topicOf(original, withoutSubject)));
        measureDone = true;
      }
    } else if (firstGeneric) {
      const noun = text.slice(firstGeneric.start, firstGeneric.end);
      if (JOB_NOUN.test(noun) && !ev.occupations.length) insert(firstGeneric.end, ' som [stilling]');
      else if (FIRM_NOUN.test(noun)) insert(firstGeneric.end, ' (fx [virksomhed])');
      else insert(firstGeneric.end, ' [hvem/hvor]');
    } else {
      const verb = text.slice(concreteVerb.start, concreteVerb.end).toLowerCase();
      const objectText = verb.startsWith('ring')
        ? ' til [virksomhed]'
        : /^(?:kontakt|besøg|opsøg)/.test(verb)
          ? ' [virksomhed]'
          : verb.startsWith('deltag')
            ? ' i [aktivitet]'
            : verb.startsWith('søg')
              ? ' [antal] stillinger som [stilling]'
              : null;
      if (objectText && /^\s*[.,!?]?\s*$/.test(text.slice(concreteVerb.end, tail))) {
        insert(concreteVerb.end, objectText);
        // With its object named, calling, contacting, visiting or taking part is checkable as done.
        measureDone = true;
      } else insert(tail, ' [hvad/hvor]');
    }
  }

  if (!measureDone) {
    const numbered = firstGeneric && ev.quantities.some((q) => q.end <= firstGeneric.start && firstGeneric.start - q.end < 20);
    const uncountable =
      firstGeneric &&
      (UNCOUNTABLE.test(text.slice(firstGeneric.start, firstGeneric.end)) || POSSESSIVE.test(text.slice(Math.max(span.start, firstGeneric.start - 8), firstGeneric.start)));
    if (firstGeneric && !numbered && !uncountable) countBefore(model, firstGeneric, span, edits);
    else if (uncountable) insert(tail, actionFill(topicOf(original, withoutSubject)));
    else insert(tail, ' [antal] gange');
  }

  if (!timeBound) {
    const vague = ev.time.find((t) => t.kind === 'vague');
    const recurring = ev.time.some((t) => t.kind === 'frequency' || t.kind === 'recurring');
    if (vague) edits.push({ start: vague.start, end: vague.end, text: vague.start === span.start ? 'Inden d. [dato]' : 'inden d. [dato]' });
    // Something done every week needs an end, not a deadline: "2 ansøgninger om ugen frem til d. [dato]".
    else insert(end, recurring ? ' frem til d. [dato]' : ' inden d. [dato]');
  }

  // Apply left to right; insertions at the same point keep their order (a stable sort; most lists are sorted).
  sortIfNeeded(edits, byStart);
  let out = '';
  let at = span.start;
  for (const e of edits) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += text.slice(at, span.end);
  return SPACE_RUN.test(out) ? out.replace(SPACE_RUNS, ' ') : out;
}

const SPACE_RUN = /[ \t]{2}/;
const SPACE_RUNS = /[ \t]{2,}/g;

/** The action in the guide's voice, made SMART with placeholders where facts are missing ("Du vil søge …"). */
function asAgreement(candidate: string, depth: number): string {
  const model = buildModel(candidate);
  const span = { start: 0, end: candidate.length };
  return rewriteAgreement(model, span, evaluateAgreement(model, span), candidate, depth + 1) ?? candidate;
}

/**
 * The rewrite keeps what the user wrote about: an intention to act ("vil overveje at søge job i detailhandlen")
 * becomes that action ("Du vil søge [antal] job som [stilling] i detailhandlen inden d. [dato]"); advice received
 * ("er informeret om muligheden for løntilskud") becomes contact about the same thing. Facts are placeholders.
 */
export function adviceRewrite(text: string, body: Span, hits: readonly LexHit[], depth = 0): string {
  const who = subjectOf(text, body, hits[0]!);
  for (let i = hits.length - 1; i >= 0; i--) {
    const m = /^\s*at\s+(\S[\s\S]*)$/u.exec(text.slice(hits[i]!.end, body.end));
    if (m) return asAgreement(`${who} vil ${m[1]!}`, depth);
  }
  const first = hits[0]!;
  // An effort that names no action ("vil arbejde på din jobsøgning"): the action for its topic, by the same person,
  // with the user's own deadline when there is one.
  if (!INFORMED.test(text.slice(first.start, first.end))) {
    const action = `${who} vil ${actionFill(text.slice(first.end, body.end)).replace(/^ ved at /u, '')}`;
    const bodyText = text.slice(body.start, body.end);
    const deadline = timeExpressionsOf(buildModel(bodyText)).find((t) => t.kind !== 'vague');
    return `${action} ${deadline ? bodyText.slice(deadline.start, deadline.end) : 'inden d. [dato]'}`;
  }
  let end = first.end;
  const rest = text.slice(first.end, body.end);
  const stop = /,|\s(?:og|men|samt)\s/u.exec(rest);
  end = stop ? first.end + stop.index : body.end;
  const about = text.slice(first.end, end).trim();
  const out = `${who} vil kontakte [virksomhed] om ${about}`;
  return timeExpressionsOf(buildModel(out)).some((t) => t.kind !== 'vague') ? out : `${out} inden d. [dato]`;
}

/**
 * Who the advice or intention is about, in the user's own words ("Borger", "bgr.", "Peter", "Jobcentret"): the one to
 * three words before it, when they are no clause of their own; else the guide's "Du".
 */
function subjectOf(text: string, body: Span, hit: LexHit): string {
  const before = text.slice(body.start, hit.start).trim();
  if (!before || /[,;:]/.test(before) || /^du$/iu.test(before)) return 'Du';
  const words = before.split(/\s+/);
  if (words.length > 3 || /^(?:at|og|men|der|det|som|hvis|når)$/iu.test(words[words.length - 1]!)) return 'Du';
  return before[0]!.toUpperCase() === before[0] || /^[a-zæøå]+\.?$/u.test(words[0]!) ? before : 'Du';
}
