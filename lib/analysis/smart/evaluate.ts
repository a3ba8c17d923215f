import type { Smart, Span } from '../types';
import type { TextModel, Word } from '../text/types';
import { wordIndexAt } from '../text/phrases';
import { findLex, type LexHit } from '../vocab/lexicon';
import { byStart, isDigit, lowerBound } from '../text/search';
import { timeExpressionsIn, TIME_BOUND_KINDS, type TimeExpression } from '../text/time';
import {
  ACCOMPANY_LEX,
  ARRANGE_LEX,
  ATTEMPT_LEX,
  COMPLETION_VERBS,
  CONCRETE_VERBS,
  CONTACT_FORM_LEX,
  DELIBERATION_LEX,
  FOLLOW_UP_LEX,
  GENERIC_OBJECTS,
  HEALTH_ACTIVITIES,
  HEDGE_LEX,
  HELP_LEX,
  INQUIRY_LEX,
  MEETING_LEX,
  MEETING_VERB_LEX,
  MEET_LEX,
  PURPOSE_LEX,
  TASK_LEX,
  NAMED_ACTIVITIES,
  NOT_NAMES,
  ACTOR_LINKS,
  RECIPIENTS,
  NUMBER_WORDS,
  OCCUPATION_LEX,
  OWN_GOAL,
  SUPPORT,
  VAGUE_ACTIONS,
  WORKPLACE_LEX,
} from '../vocab/smart';
import { AGREEMENT_SUBJECTS } from '../vocab/agreement-actors';

/** What the SMART check found in one agreement: the verdict and the spans the rewrite builds on. */
export interface SmartEvaluation {
  smart: Smart;
  verbs: LexHit[];
  vague: LexHit[];
  generic: LexHit[];
  /** Concrete objects: job titles, workplaces, named activities, names. */
  objects: Span[];
  occupations: Span[];
  quantities: Word[];
  time: TimeExpression[];
  /** Follow-ups that name neither how nor with whom ("Der følges op på praktikken"): the rewrite asks for the meeting. */
  followUps: LexHit[];
}

function inside(x: Span, spans: readonly Span[]): boolean {
  for (let i = 0; i < spans.length; i++) if (x.start >= spans[i]!.start && x.end <= spans[i]!.end) return true;
  return false;
}
/** Inside a time expression that is not vague ("på sigt" says no time, so it hides no name or object). */
function insideTime(x: Span, time: readonly TimeExpression[]): boolean {
  for (let i = 0; i < time.length; i++) {
    const t = time[i]!;
    if (t.kind !== 'vague' && x.start >= t.start && x.end <= t.end) return true;
  }
  return false;
}
/** Inside a date-like time expression (not a frequency or duration): its numbers are no amounts. */
function insideDate(x: Span, time: readonly TimeExpression[]): boolean {
  for (let i = 0; i < time.length; i++) {
    const t = time[i]!;
    if (t.kind !== 'frequency' && t.kind !== 'duration' && x.start >= t.start && x.end <= t.end) return true;
  }
  return false;
}
/** Shared result for a word list with no hit in a span (most lists, most agreements); never mutated. */
const NO_HITS: never[] = [];

/** Does any of `xs` lie outside every span of `spans`? */
function anyOutside(xs: readonly Span[], spans: readonly Span[]): boolean {
  for (let i = 0; i < xs.length; i++) if (!inside(xs[i]!, spans)) return true;
  return false;
}

/** A hit on word `i` (a loop, not a closure over the loop's `i`: that would cost a context per word of the loop). */
function atWord(hits: readonly LexHit[], i: number): boolean {
  for (let k = 0; k < hits.length; k++) if (hits[k]!.wordIndex === i) return true;
  return false;
}

function startsOne(x: Span, spans: readonly Span[]): boolean {
  for (let i = 0; i < spans.length; i++) if (spans[i]!.start === x.start) return true;
  return false;
}

/** "i Aarhus", "fra Vejle": a capitalised place name says where, not what or with whom. */
function isPlace(text: string, w: Span): boolean {
  const ch = text[w.start]!;
  if (ch === ch.toLowerCase()) return false;
  return /(?:^|\s)(?:i|fra|ved|omkring|nær)\s+$/iu.test(text.slice(Math.max(0, w.start - 8), w.start));
}

/** The first character is a capital (ASCII decided by its code, no case mapping). */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = word[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** A capitalised word inside a clause that names a person, place or firm ("Hans Hansen", "Tømrerlusen", "Netto"). */
function names(model: TextModel, span: Span, from: number): Span[] {
  const out: Span[] = [];
  const text = model.text;
  for (let i = from; i < model.words.length; i++) {
    const w = model.words[i]!;
    if (w.end > span.end) break;
    if (i === from) continue;
    if (!startsUpper(w.text)) continue;
    if (NOT_NAMES.has(w.norm)) continue;
    // Not after a sentence end or a colon (a new clause starts with a capital anyway).
    let clauseStart = false;
    for (let k = model.words[i - 1]!.end; k < w.start; k++) {
      const c = text.charCodeAt(k);
      if (c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 58 /* : */) {
        clauseStart = true;
        break;
      }
    }
    if (clauseStart) continue;
    if (w.text === w.text.toUpperCase() && w.text.length > 4) continue;
    if (isPlace(text, w)) continue;
    // The word itself serves as the name's span (no copy per name).
    out.push(w);
  }
  return out;
}

/** The number at word `i` follows "§", "stk."/"nr." or an upper-case form code ("LÆ", "LAB"). */
function isIdentifier(model: TextModel, i: number, span: Span): boolean {
  const w = model.words[i]!;
  const before = model.text.slice(Math.max(span.start, w.start - 3), w.start);
  if (before.includes('§')) return true;
  const prev = model.words[i - 1];
  if (!prev || prev.start < span.start || w.start - prev.end > 2) return false;
  return IDENTIFIER_LEAD.has(prev.norm) || /^\p{Lu}{2,4}$/u.test(prev.text);
}
const IDENTIFIER_LEAD: ReadonlySet<string> = new Set(['stk', 'nr', 'nummer', 'paragraf', 'blanket', 'skema']);

/** First letters (below U+0100) and the longest length of the number words: most words need no set lookup. */
const NUMBER_FIRST = new Uint8Array(256);
let numberMax = 0;
for (const w of NUMBER_WORDS) {
  const c = w.charCodeAt(0);
  if (c < 256) NUMBER_FIRST[c] = 1;
  numberMax = Math.max(numberMax, w.length);
}
function isNumberWord(norm: string): boolean {
  const c = norm.charCodeAt(0);
  if (c < 256 && (NUMBER_FIRST[c] === 0 || norm.length > numberMax)) return false;
  return NUMBER_WORDS.has(norm);
}

function quantities(model: TextModel, span: Span, time: readonly TimeExpression[], first: number): Word[] {
  const out: Word[] = [];
  for (let i = first; i < model.words.length; i++) {
    const w = model.words[i]!;
    if (w.end > span.end) break;
    if (!(isDigit(w.norm.charCodeAt(0)) || isNumberWord(w.norm))) continue;
    if (insideDate(w, time)) continue;
    // Five digits or more in a row is an identifier (a CPR or phone number), not an amount.
    if (/^\d{5,}/.test(w.norm)) continue;
    // A form or statute number ("LÆ 130", "§ 56", "LAB § 122", "stk. 2") names a document, it counts nothing.
    if (isIdentifier(model, i, span)) continue;
    // A number of three digits or more right after a capitalised word is part of a name ("Rema 1000").
    const prev = model.words[i - 1];
    if (prev && prev.start > span.start && /^\d{3,}$/.test(w.norm) && w.start - prev.end === 1 && prev.text[0] !== prev.text[0]!.toLowerCase()) continue;
    out.push(w);
  }
  return out;
}

/** Realistic: moderate numbers are realistic, extreme ones are not; support or the citizen's own choice make it so. */
function realistic(model: TextModel, span: Span, qty: readonly Word[], supported: boolean): boolean | null {
  let verdict: boolean | null = supported ? true : null;
  for (const q of qty) {
    const n = Number.parseFloat(q.norm.includes(',') ? q.norm.replace(',', '.') : q.norm);
    // A year ("2026") is not an amount.
    if (!Number.isFinite(n) || /^(?:19|20)\d{2}$/.test(q.norm)) continue;
    // Up to 25 is realistic as any amount; up to 37 only as hours (the unit is read only then).
    if (n > 25) {
      const after = model.text.slice(q.end, Math.min(span.end, q.end + 24)).toLowerCase();
      const hours = /^\s*(?:timer|t\b)/.test(after);
      // "en tur på 30 minutter": minutes count up to two hours.
      const minutes = /^\s*(?:minutter|min\b)/.test(after);
      if (n > (minutes ? 120 : hours ? 37 : 25)) return false;
    }
    if (n > 0) verdict = true;
  }
  return verdict;
}

/** A meeting noun among the agreement's first two words, and a date, week or clock time in it. */
function meetingFirst(model: TextModel, span: Span, time: readonly TimeExpression[], first: number, cursor?: Int32Array): boolean {
  if (!time.some((t) => t.kind === 'date' || t.kind === 'deadline' || t.kind === 'week' || t.kind === 'clock')) return false;
  const meetings = findLex(model, MEETING_LEX, span, cursor);
  if (!meetings.length) return false;
  return meetings[0]!.wordIndex <= first + 1;
}

/** Where the clause that starts at `from` ends: a ";", a coordinated main clause (", og …") or the sentence's end. */
function clauseStop(model: TextModel, from: number, span: Span): number {
  const sentence = model.sentences[lowerBound(model.sentences, from + 1, 'end')];
  const end = sentence ? Math.min(sentence.end, span.end) : span.end;
  const m = CLAUSE_BREAK.exec(model.text.slice(from, end));
  return m ? from + m.index : end;
}
// "… for at få mere energi ved at sende 2 ansøgninger": the means ("ved at …") is the action again.
const CLAUSE_BREAK = /;|,\s+(?:og|samt|men)\s|\sved\s+at\s/u;

/** Countable objects without a number ("søge job hver uge"): a frequency then says how often, not how many. */
const UNCOUNTED = /^(?:arbejde|arbejdet|jobbet|jobsøgning(?:en)?|stillingen|ansøgningen|virksomheden|arbejdsgiveren)$/iu;

const SØRGE = /^sørge[rst]?$/u;

/** Health professions: a treatment by one of them at a set dose is a plan ("går til psykolog hver 14. dag"). */
const PROVIDER = /terapeut|psykolog|læge/iu;

/** A definite singular object: one particular thing. */
const ONE_OBJECT = /^(?:jobbet|stillingen|ansøgningen|virksomheden|arbejdsgiveren)$/iu;

/**
 * The word that names who acts: one word opening the agreement or its "at"-clause with an action (or "og", a modal)
 * right after it ("Virksomhedskonsulenten tager kontakt …", "Det aftales, at mentor følger …"); -1 if none.
 */
function actorIndex(model: TextModel, span: Span, first: number, occupations: readonly LexHit[], actionStarts: readonly (readonly LexHit[])[]): number {
  const words = model.words;
  for (let i = first; i < words.length - 1 && words[i + 1]!.end <= span.end; i++) {
    if (i !== first && words[i - 1]!.norm !== 'at') continue;
    // Only a person or the jobcentre acts ("Samtale afholdt d. 20.01." is a meeting held, not an actor).
    if (!ACTORS.has(words[i]!.norm) && !atWord(occupations, i)) {
      if (i !== first) break;
      continue;
    }
    const next = words[i + 1]!;
    if (ACTOR_LINKS.has(next.norm)) return i;
    for (const list of actionStarts) {
      for (const h of list) {
        if (h.wordIndex !== i + 1) continue;
        // Staff acting for the citizen named right after the verb ("Jobkonsulenten sender dig 3 jobopslag"): who does
        // what for whom is said, so the actor stays part of what is checked.
        const to = words[h.wordIndex + h.wordCount];
        return to && to.end <= span.end && RECIPIENTS.has(to.norm) ? -1 : i;
      }
    }
    // Only the opening and the first "at"-clause can hold the actor.
    if (i !== first) break;
  }
  return -1;
}

const ACTORS: ReadonlySet<string> = new Set(AGREEMENT_SUBJECTS);

/**
 * Judge one agreement span against S, M, A, R and T. `preferWhole`: the agreements cover much of the text, so scan time
 * expressions once for the whole text. `cursor`: one `hitCursor(model)` shared by the agreements of a text, checked in
 * text order.
 */
export function evaluateAgreement(model: TextModel, span: Span, preferWhole = false, cursor?: Int32Array): SmartEvaluation {
  const within = span;
  // The agreement's first word: where every word loop below starts.
  const first = wordIndexAt(model, span.start);
  const time = timeExpressionsIn(model, span, preferWhole);
  // A verb inside a time expression ("inden næste møde") is the date, not the action.
  const verbHits = findLex(model, CONCRETE_VERBS, within, cursor);
  const completionHits = findLex(model, COMPLETION_VERBS, within, cursor);
  const rawVerbs = time.length && verbHits.length ? verbHits.filter((v) => !insideTime(v, time)) : verbHits;
  const rawCompletion = time.length && completionHits.length ? completionHits.filter((v) => !insideTime(v, time)) : completionHits;
  const rawVague = findLex(model, VAGUE_ACTIONS, within, cursor);
  const attempts = findLex(model, ATTEMPT_LEX, within, cursor);
  const deliberations = findLex(model, DELIBERATION_LEX, within, cursor);
  const hedges = findLex(model, HEDGE_LEX, within, cursor);
  const help = findLex(model, HELP_LEX, within, cursor);
  // "sørger for at bestille tolk" is the action itself, not a purpose.
  const purposeHits = findLex(model, PURPOSE_LEX, within, cursor);
  const purpose = purposeHits.length ? purposeHits.filter((p) => !(p.wordIndex > 0 && SØRGE.test(model.words[p.wordIndex - 1]!.norm))) : purposeHits;
  const followUps = findLex(model, FOLLOW_UP_LEX, within, cursor);
  const inquiries = findLex(model, INQUIRY_LEX, within, cursor);
  const meetingVerbs = findLex(model, MEETING_VERB_LEX, within, cursor);
  const generic = findLex(model, GENERIC_OBJECTS, within, cursor);
  const tasks = findLex(model, TASK_LEX, within, cursor);
  const health = findLex(model, HEALTH_ACTIVITIES, within, cursor);
  // A job title or workplace that is also a generic object ("job", "virksomhed") or a health activity ("psykolog") does
  // not count as one.
  // The actor is no object either: "Virksomhedskonsulenten tager kontakt til …", "Det aftales, at mentor følger …".
  const occupationHits = findLex(model, OCCUPATION_LEX, within, cursor);
  const actor = actorIndex(model, span, first, occupationHits, [rawVerbs, rawVague, attempts, deliberations, help, hedges, followUps, inquiries, meetingVerbs]);
  const occupations =
    occupationHits.length ? occupationHits.filter((o) => !startsOne(o, generic) && !startsOne(o, health) && o.wordIndex !== actor) : occupationHits;
  const workplaceHits = findLex(model, WORKPLACE_LEX, within, cursor);
  const activityHits = findLex(model, NAMED_ACTIVITIES, within, cursor);
  const activities = actor >= 0 && activityHits.length ? activityHits.filter((o) => o.wordIndex !== actor) : activityHits;
  const named = names(model, span, first);
  // Objects in order: job titles, workplaces, named activities, names; none inside a (non-vague) time expression.
  const objects: Span[] = [];
  for (const o of occupations) if (!insideTime(o, time)) objects.push(o);
  let workplaceCount = 0;
  for (const o of workplaceHits) {
    if (startsOne(o, generic) || isPlace(model.text, o) || insideTime(o, time) || (o as LexHit).wordIndex === actor) continue;
    workplaceCount++;
    objects.push(o);
  }
  // Every named activity makes the action checkable ("en snak på næste møde"); one inside a time expression is no object.
  let activityCount = activities.length;
  for (const o of activities) if (!insideTime(o, time)) objects.push(o);
  // A named work task ("afprøver fakturakontrol", "tager imod telefonordrer"), not the action verb alone ("laver").
  for (const o of tasks) if (!insideTime(o, time) && !inside(o, rawVerbs) && o.wordIndex !== actor) objects.push(o);
  let namedCount = 0;
  for (const o of named) {
    if (insideTime(o, time) || inside(o, rawVerbs)) continue;
    namedCount++;
    objects.push(o);
  }
  const party = namedCount > 0 || workplaceCount > 0;
  // Verbs that are not the agreement's action: the one an attempt, a hedge or help without a concrete target governs
  // ("forsøger at finde", "i videst muligt omfang søger", "hjælpe dig med at finde et godt fleksjob"), and those in a
  // purpose clause ("for at blive klar til job"). Trying out a named work task is no attempt but the praktik's own
  // action ("prøver at tage imod telefonordrer 2 timer om ugen").
  const after = (a: LexHit, v: LexHit): boolean => v.start >= a.end && v.wordIndex - (a.wordIndex + a.wordCount) <= 2;
  const governs = (a: LexHit, v: LexHit): boolean => {
    if (!after(a, v)) return false;
    const stop = clauseStop(model, v.start, span);
    return !tasks.some((t) => t.end > v.start && t.start < stop);
  };
  const targetAfter = (h: LexHit): boolean =>
    [named, workplaceHits, occupations, tasks].some((list) => list.some((o) => o.start >= h.end && !insideTime(o, time) && !isPlace(model.text, o)));
  const helpGoverning = help.length ? help.filter((h) => !targetAfter(h)) : help;
  const governors = helpGoverning.length || deliberations.length ? [...attempts, ...helpGoverning, ...deliberations] : attempts;
  const inClauseAfter = (a: LexHit, v: LexHit): boolean => v.start >= a.end && v.start < clauseStop(model, a.end, span);
  // Help without a target leaves the action open (not specific), but what it aims at can still be checked: "hjælpe dig
  // med at finde en praktik inden udgangen af juni" is done or not. `helpToo` = false judges the verbs for measurable.
  const notAction = (v: LexHit, helpToo = true): boolean => {
    for (const a of attempts) if (governs(a, v)) return true;
    if (helpToo) for (const a of helpGoverning) if (governs(a, v)) return true;
    for (const d of deliberations) if (inClauseAfter(d, v)) return true;
    for (const h of hedges) if (after(h, v) || (v.end <= h.start && h.wordIndex - (v.wordIndex + v.wordCount) <= 1)) return true;
    for (const p of purpose) if (v.start >= p.end && v.start < clauseStop(model, p.end, span)) return true;
    return false;
  };
  const filtered = governors.length || hedges.length || purpose.length;
  // Copied only when something is taken out or added (most agreements: neither).
  let verbs = filtered ? rawVerbs.filter((v) => !notAction(v)) : rawVerbs;
  let completion = filtered ? rawCompletion.filter((v) => !notAction(v, false)) : rawCompletion;
  const qty = quantities(model, span, time, first);
  // "et job", "en ansøgning": one of a countable object is a count too.
  for (const g of generic) {
    const i = lowerBound(model.words, g.start) - 1;
    const article = i >= 0 ? model.words[i]! : null;
    if (article && article.start >= span.start && (article.norm === 'en' || article.norm === 'et') && g.start - article.end <= 2) qty.push(article);
  }
  let frequency = false;
  let dose = false;
  let timeBound = false;
  for (const t of time) {
    if (t.kind === 'frequency' || t.kind === 'recurring') frequency = true;
    if (t.kind === 'frequency' || t.kind === 'recurring' || t.kind === 'duration') dose = true;
    if (TIME_BOUND_KINDS.has(t.kind)) timeBound = true;
  }
  // A health activity is a plan for work with a named provider or place, a link to work, or a treatment by a
  // profession at a set dose ("til fysioterapeut to gange om ugen"); else it only names a treatment.
  if (health.length) {
    const linked = occupations.length > 0 || tasks.length > 0 || activityCount > 0 || generic.length > 0;
    const treatment = (dose || qty.length > 0) && health.some((h) => PROVIDER.test(model.text.slice(h.start, h.end)));
    if (party || linked || treatment) {
      for (const h of health) if (!insideTime(h, time)) objects.push(h);
      activityCount++;
    }
  }
  // Actions decided by their object: a follow-up that says how or with whom, an inquiry aimed at a named party, a
  // meeting that is held ("holder trekantsmøde med …").
  const meetings = findLex(model, MEETING_LEX, within, cursor);
  const promoted: LexHit[] = [];
  // A meeting that only dates it ("til næste samtale") says neither how nor with whom.
  const heldAt = meetings.some((m) => !insideTime(m, time));
  if (followUps.length && (party || heldAt || findLex(model, CONTACT_FORM_LEX, within, cursor).length > 0)) promoted.push(...followUps);
  // An inquiry needs a named party: "i kommunen" asks nobody in particular.
  if (inquiries.length && namedCount > 0) promoted.push(...inquiries);
  for (const v of meetingVerbs) {
    const m = meetings.find((x) => x.wordIndex > v.wordIndex && x.wordIndex - (v.wordIndex + v.wordCount) <= 1);
    if (m && !notAction(v)) promoted.push(m);
  }
  // "følger Lene", "følger borger": accompanying a person named right after the verb (not "følger op").
  for (const v of findLex(model, ACCOMPANY_LEX, within, cursor)) {
    const next = v.wordIndex + v.wordCount;
    const w = model.words[next];
    if (!w || w.end > span.end || startsOne(v, followUps) || notAction(v)) continue;
    if (RECIPIENTS.has(w.norm) || named.some((n) => n.start === w.start)) promoted.push(v);
  }
  // "Der aftales virksomhedspraktik hos …": the named activity right after the verb is what is agreed.
  for (const v of findLex(model, ARRANGE_LEX, within, cursor)) {
    if (notAction(v)) continue;
    const next = v.wordIndex + v.wordCount;
    if (activities.some((a) => a.wordIndex === next && !insideTime(a, time))) promoted.push(v);
  }
  const kept = promoted.length ? rawVague.filter((v) => !promoted.some((p) => p.start === v.start)) : rawVague;
  const vague = governors.length || hedges.length ? [...kept, ...governors, ...hedges].sort(byStart) : kept;
  if (promoted.length) {
    verbs = [...verbs, ...promoted].sort(byStart);
    completion = [...completion, ...promoted];
  }
  // A meeting named as the agreement itself, at a set date or time ("Opf. samtale d. 12/6 kl. 13 hos Kvickly"): it is
  // the action, and it is held or not.
  const meeting = !anyOutside(verbs, vague) && meetingFirst(model, span, time, first, cursor);
  const hasVerb = meeting || anyOutside(verbs, vague);
  const specific = hasVerb && objects.length > 0;
  // Done or not done: a completed action on a named activity, document or named place/person ("deltage i jobklub",
  // "opdatere dit CV", "besøge Hans Hansen"); a branch ("inden for lager") is not checkable.
  // One definite object ("kontakt til arbejdsgiveren", "sender ansøgningen") is one event too: done or not.
  const one = generic.some((g) => ONE_OBJECT.test(model.text.slice(g.start, g.end)));
  // Meeting ("Vi ses igen d. 19/9") is one event of its own.
  const met = findLex(model, MEET_LEX, within, cursor).some((h) => !notAction(h) && !inside(h, vague));
  const checkable = met || (anyOutside(completion, vague) && (activityCount > 0 || namedCount > 0 || one));
  // A frequency measures an activity that happens ("jobklub hver mandag"), not an attempt ("prøver at gå tur hver dag")
  // nor a countable object left uncounted ("søge job hver uge": how many?).
  const uncounted = qty.length === 0 && generic.some((g) => !UNCOUNTED.test(model.text.slice(g.start, g.end)));
  const measuredFrequency = frequency && hasVerb && !uncounted;
  // Help aims at a checkable result: only attempts, hedges and deliberations make the numbers measure nothing.
  const attemptOnly = attempts.length + deliberations.length + hedges.length > 0 && !hasVerb;
  const measurable = (qty.length > 0 && !attemptOnly) || measuredFrequency || checkable || meeting;
  const ownGoal = findLex(model, OWN_GOAL, within, cursor).length > 0;
  const supported = findLex(model, SUPPORT, within, cursor).length > 0 || ownGoal;
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
    followUps: promoted.some((p) => followUps.includes(p)) ? NO_HITS : followUps,
  };
}
