import { defineRule, type ChunkView, type RuleContext, type RuleReport } from '../rule';
import type { Span, Suggestion } from '../types';
import type { Block, TextModel } from '../text/types';
import { findLex, compileLexicon } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';
import {
  ACCOMMODATION_DIMENSIONS, ACCOMMODATION_QUALIFIERS, BAN_WORDS, CLAUSE_CONJUNCTIONS, CLAUSE_OPENERS, CLAUSE_SUBJECTS, CLAUSE_VERBS,
  EMPLOYER_ACTORS, FACT_NOUNS, FINITE_VERBS, GENERIC_HENSYN, LEADING_PREPOSITIONS, MODAL_VERBS, NAMED_OBJECTS, NOT_SUBJECTS,
  QUALIFIER_LINKS, REASON_CONNECTORS, REASON_OPENERS, REASON_WORDS, SUBORDINATORS as SUBORDINATOR_WORDS, TEMPLATE_INFINITIVES,
} from '../vocab/accommodation';
import { sentenceAt } from '../text/search';
import { isNumberWord } from '../facts/signals';
import { anyIn, coverage, WordArrays, wordRange } from './support';

/** The per-word arrays of a check, reused run after run. */
const ARRAYS = new WordArrays();
/** One compiled trigger list per dimension, at module load. */
const DIMS = ACCOMMODATION_DIMENSIONS.map((d) => ({ ...d, lex: compileLexicon(d.id, d.triggers) }));
const GENERAL = DIMS.findIndex((d) => d.id === 'general');
const POSTURE = DIMS.findIndex((d) => d.id === 'posture');
const CLIMATE = DIMS.findIndex((d) => d.id === 'climate');
const QUALIFIERS = compileLexicon('accommodationQualifiers', ACCOMMODATION_QUALIFIERS);
const OPENERS = compileLexicon('accommodationClauseOpeners', CLAUSE_OPENERS);
const BANS = compileLexicon('accommodationBans', BAN_WORDS);
const REASONS = compileLexicon('accommodationReasons', REASON_WORDS);
const NAMED = compileLexicon('accommodationNamedObjects', NAMED_OBJECTS);
const GENERIC_MARKERS = compileLexicon('accommodationGenericHensyn', GENERIC_HENSYN);
const FACTS = compileLexicon('accommodationFactNouns', FACT_NOUNS);
const REASON_LEADS = compileLexicon('accommodationReasonOpeners', REASON_OPENERS);
const REASON_TAILS = compileLexicon('accommodationReasonConnectors', REASON_CONNECTORS);
const EMPLOYERS = new Set(EMPLOYER_ACTORS);
/** Subordinators a clause may open with ("at Bente ikke skal stå for længe"): kept, with the subject after them. */
const SUBORDINATORS = new Set(SUBORDINATOR_WORDS);
const SUBJECTS = new Set(CLAUSE_SUBJECTS);
const LINKS = new Set(QUALIFIER_LINKS);
const CONJUNCTIONS = new Set(CLAUSE_CONJUNCTIONS);
const FINITE = new Set(FINITE_VERBS);
const NOT_SUBJECT = new Set(NOT_SUBJECTS);
/** Time expressions that make a hensyn concrete ("hver time", "2 gange om ugen", "kl. 9–12"). */
const CONCRETE_TIME = new Set(['clock', 'frequency', 'recurring']);
/** Section nouns that may stand alone as a heading ("Skånehensyn", "Hensyn", "Særlige skånebehov"). */
const LABEL_WORD = /^(?:skånehensyn|skånebehov|hensyn|særlige|borgers|konkrete)/;
/** ; : , ( ) [ ] end a clause. */
const BOUNDARY_CHARS = new Set([59, 58, 44, 40, 41, 91, 93]);

interface Clause extends Span {
  /** Bit mask of dimensions. */
  dims: number;
  restriction: boolean;
  marker: boolean;
  /** Holds a word that leaves the limit open ("tunge", "mange", "stress", "skånes"). */
  open: boolean;
  /** Holds an open word that is no body part or complaint and no part of a named thing (a ban with one is vague). */
  strictOpen: boolean;
  /** Holds a marker that names no content ("der tages hensyn til", "skal skånes"). */
  generic: boolean;
  /** The character code that ended it (44 for a comma), 0 at the sentence's end. */
  sep: number;
  health: boolean;
  concrete: boolean;
  /** Ends at a colon: "Skånehensyn:" is a label, not a hensyn. */
  label: boolean;
  /** Holds a number with a unit or a limit word ("højst 5 kg"). */
  measured: boolean;
  /** Leaves the limit to the day ("efter behov", "ikke for længe"). */
  qualifier: boolean;
  /** A ban ("ingen", "ikke", "undgå"). */
  ban: boolean;
  /** Index of its first word. */
  first: number;
  words: number;
  /** Words that are no qualifier, subordinator or conjunction ("varierede opgaver" in "så vidt muligt varierede opgaver"). */
  rest: number;
  /** Opens with a reason ("…, da han ikke kan sidde stille længe", "…, fordi varme forværrer symptomerne"). */
  reasonLead: boolean;
  /** In parentheses: an explanation of the clause before it ("fast plads ved vinduet (lys)"). */
  paren: boolean;
  /** Inside the clause, after "pga."/"fordi": the reason, whose words leave no limit open ("ingen arbejde i kølerummet pga. kulde"). */
  inReason: boolean;
  /** Holds a word that both restricts and leaves the limit open, other than a section noun ("lettere", "skånsomt"). */
  openRestriction: boolean;
  atSentenceStart: boolean;
}

/**
 * A paragraph that is a title: one short sentence (≤ 4 words) ending in a colon, or ending without punctuation when more
 * text follows and it holds no restriction or open limit ("Skånehensyn", "Jobmål" — not "Ingen tunge løft").
 */
function isHeading(model: TextModel, b: Block, hasNext: boolean, limiting: Uint8Array): boolean {
  if (b.kind !== 'paragraph' || b.sentences.length !== 1) return false;
  const s = b.sentences[0]!;
  if (s.words.length === 0 || s.words.length > 4) return false;
  const last = s.text.charCodeAt(s.text.length - 1);
  if (last === 58 /* : */) return true;
  if (last === 46 || last === 33 || last === 63 || !hasNext) return false;
  const [a, e] = wordRange(model, s);
  for (let i = a; i < e; i++) if (limiting[i]) return false;
  return true;
}

function measureAt(model: TextModel, wi: number, units: Uint8Array, limits: Uint8Array): boolean {
  const w = model.words[wi]!;
  if (!isNumberWord(w) || w.norm === 'en' || w.norm === 'et' || w.norm === 'én' || w.norm === 'ét') return false;
  if (/^\d+(?:[.,]\d+)?(?:kg|g|m|km|min|t|db|%)$/.test(w.norm)) return true;
  const t = model.text;
  if (t.charCodeAt(w.end) === 37 || (t.charCodeAt(w.end) === 32 && t.charCodeAt(w.end + 1) === 37)) return true;
  for (let k = wi + 1; k <= wi + 2 && k < model.words.length; k++) if (units[k]) return true;
  return wi > 0 && limits[wi - 1] === 1;
}

/** The clause's own subject, kept by the rewrite: "Borger", "Hun", or a name before a finite verb ("Jens har …"). */
/** `partOfHensyn`: per word, whether it belongs to a dimension or limit. */
function subjectOf(model: TextModel, c: Clause, partOfHensyn: Uint8Array, first = c.first): string | null {
  const w = model.words[first]!;
  const next = model.words[first + 1];
  if (!next || next.start >= c.end) return null;
  if (SUBJECTS.has(w.norm)) return w.text;
  const ch = w.text[0]!;
  const capital = ch !== ch.toLowerCase() && !NOT_SUBJECT.has(w.norm) && !partOfHensyn[first];
  // After a subordinator a capitalised word is a name ("at Bente ikke skal …").
  if (first > c.first) return capital ? w.text : null;
  // A name: capitalised, before a finite verb, and not itself part of the hensyn ("Arbejdstiden skal …").
  if (c.atSentenceStart && capital && FINITE.has(next.norm)) return w.text;
  return null;
}


const upperFirst = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
const MODALS = new Set(MODAL_VERBS);
const PREPOSITIONS = new Set(LEADING_PREPOSITIONS);
const INFINITIVE = TEMPLATE_INFINITIVES;
const infinitive = (template: string): string => template.replace(/\p{L}+/gu, (w) => INFINITIVE[w] ?? w);

/**
 * The rewrite of one clause: its subject and a modal stay ("Borger skal skånes for tunge løft" → "Borger må løfte
 * højst [antal] kg …", so a following "og må ikke …" still has its subject); alone it is a list item ("Løfter …").
 */
const VERBS = new Set(CLAUSE_VERBS);
const PASSIVE = /^\p{L}{3,}es$/u;

function hasVerb(model: TextModel, c: Clause): boolean {
  for (let k = c.first; k < model.words.length && model.words[k]!.start < c.end; k++) {
    const n = model.words[k]!.norm;
    if (FINITE.has(n) || MODALS.has(n) || VERBS.has(n) || PASSIVE.test(n)) return true;
  }
  return false;
}

/**
 * The rewrite of a clause, or — when that would drop what the user wrote (a name, a number, "praktik") or would make
 * the employer the subject ("Virksomheden tager hensyn til Yasmins angst") — the clause kept whole and the concrete
 * limit after a colon.
 */
function rewriteClause(model: TextModel, c: Clause, dim: (typeof DIMS)[number], partOfHensyn: Uint8Array, facts: Uint8Array): string {
  const own = model.text.slice(c.start, c.end);
  const kept = EMPLOYERS.has(model.words[c.first]!.norm) ? null : rewriteOwn(model, c, dim, partOfHensyn);
  if (kept !== null) {
    let lost = false;
    for (let k = c.first; k < model.words.length && model.words[k]!.start < c.end && !lost; k++) {
      if (facts[k] && !kept.includes(model.words[k]!.text)) lost = true;
    }
    if (!lost) return kept;
  }
  return `${own}: ${dim.noun}`;
}

function rewriteOwn(model: TextModel, c: Clause, dim: (typeof DIMS)[number], partOfHensyn: Uint8Array): string {
  const template = dim.template;
  // A list item without a verb gets the noun phrase ("Ingen tunge løft" → "Løft på højst [antal] kg …").
  const noun = !hasVerb(model, c);
  // A reason without a restriction ("Kroniske smerter i lænden siden 2019") stays as the reason for the hensyn.
  if (!c.restriction && !c.marker && !c.qualifier && !(CLIMATE >= 0 && c.dims & (1 << CLIMATE))) {
    return `${model.text.slice(c.start, c.end)}: ${noun ? dim.noun : template}`;
  }
  if (noun) return c.atSentenceStart ? upperFirst(dim.noun) : dim.noun;
  // A clause led by where it applies ("I praktikken skal der tages hensyn …") keeps that lead, in word order V2.
  if (PREPOSITIONS.has(model.words[c.first]!.norm)) {
    for (let k = c.first + 1; k < model.words.length && model.words[k]!.start < c.end; k++) {
      if (!FINITE.has(model.words[k]!.norm)) continue;
      const lead = model.text.slice(c.start, model.words[k]!.start).trim();
      return `${c.atSentenceStart ? upperFirst(lead) : lead} må borger ${infinitive(template)}`;
    }
  }
  // A subordinate clause keeps its subordinator and subject ("at Bente ikke skal stå …" → "at Bente står højst …").
  const sub = SUBORDINATORS.has(model.words[c.first]!.norm) && model.words[c.first + 1] !== undefined && model.words[c.first + 1]!.start < c.end;
  const first = sub ? c.first + 1 : c.first;
  const subject = subjectOf(model, c, partOfHensyn, first);
  const at = subject ? first + 1 : first;
  const w = model.words[at];
  const modal = w !== undefined && w.start < c.end && MODALS.has(w.norm);
  const predicate = modal ? `må ${infinitive(template)}` : template;
  const lead = sub && subject ? `${model.words[c.first]!.text} ` : '';
  if (subject) return `${lead}${subject} ${predicate}`;
  return c.atSentenceStart ? upperFirst(predicate) : predicate;
}

function check(ctx: RuleContext): RuleReport[] {
  const { model, text } = ctx;
  if (!model.words.length) return [];
  const n = model.words.length;
  const arrays = ARRAYS.start(n);
  const notMarker = coverage(model, findLex(model, LEX.accommodationNotMarkers), arrays.flags());
  const markerHits = findLex(model, LEX.accommodationMarkers).filter((h) => !notMarker[h.wordIndex]);
  // Outside an accommodations field only sentences with a marker (and the items under a heading that has one) are in
  // scope: without a marker there is nothing to judge.
  if (ctx.field !== 'accommodations' && !markerHits.length) return [];
  // One bit per dimension and word.
  const dimsOf = arrays.masks();
  DIMS.forEach((d, di) => {
    for (const h of findLex(model, d.lex)) for (let i = h.wordIndex; i < h.wordIndex + h.wordCount; i++) dimsOf[i]! |= 1 << di;
  });
  const marker = coverage(model, markerHits, arrays.flags());
  const restriction = coverage(model, findLex(model, LEX.restrictions).filter((h) => !notMarker[h.wordIndex]), arrays.flags());
  const open = coverage(model, findLex(model, LEX.openLimits).filter((h) => !notMarker[h.wordIndex]), arrays.flags());
  const arrangement = coverage(model, findLex(model, LEX.arrangements), arrays.flags());
  const units = coverage(model, findLex(model, LEX.units), arrays.flags());
  const limits = coverage(model, findLex(model, LEX.limitWords), arrays.flags());
  const qualifier = coverage(model, findLex(model, QUALIFIERS), arrays.flags());
  const opener = coverage(model, findLex(model, OPENERS), arrays.flags());
  const ban = coverage(model, findLex(model, BANS), arrays.flags());
  const reason = coverage(model, findLex(model, REASONS), arrays.flags());
  const named = coverage(model, findLex(model, NAMED), arrays.flags());
  const generic = coverage(model, findLex(model, GENERIC_MARKERS).filter((h) => !notMarker[h.wordIndex]), arrays.flags());
  const reasonLead = arrays.flags();
  for (const h of findLex(model, REASON_LEADS)) reasonLead[h.wordIndex] = 1;
  const reasonTail = arrays.flags();
  for (const h of findLex(model, REASON_TAILS)) reasonTail[h.wordIndex] = 1;
  /** Words a rewrite must keep: numbers, names (a capital inside a sentence) and named activities; only when needed. */
  let factsMemo: Uint8Array | null = null;
  const factWords = (): Uint8Array => {
    if (factsMemo) return factsMemo;
    const facts = coverage(model, findLex(model, FACTS), arrays.flags());
    for (let i = 0; i < n; i++) {
      const w = model.words[i]!;
      const c0 = w.text.charCodeAt(0);
      if (c0 >= 48 && c0 <= 57) facts[i] = 1;
      else if (i > 0 && w.text[0] !== w.text[0]!.toLowerCase() && !/[.!?:;\n•*–-]\s*$/.test(text.slice(model.words[i - 1]!.end, w.start))) facts[i] = 1;
    }
    return (factsMemo = facts);
  };
  const partOfHensyn = arrays.flags();
  for (let i = 0; i < n; i++) if (dimsOf[i] || open[i] || restriction[i] || marker[i]) partOfHensyn[i] = 1;
  // The signals only for sentences in scope (most texts have none): their tasks, health words and schedules.
  let known: { tasks: readonly Span[]; health: readonly Span[]; concreteTimes: readonly Span[] } | null = null;
  const scopeSignals = () => {
    if (known) return known;
    const signals = ctx.facts.signals;
    return (known = { tasks: signals.tasks, health: signals.health, concreteTimes: signals.times.filter((t) => CONCRETE_TIME.has(t.kind)) });
  };

  // Which sentences are about skånehensyn: all of them in an accommodations field; elsewhere the ones with a marker,
  // and the items listed under a "Skånehensyn:" heading.
  const allInScope = ctx.field === 'accommodations';
  const inScope = new Set<number>();
  const headings = new Set<number>();
  /** Sentences listed under a skånehensyn heading: judged as in an accommodations field. */
  const listed = new Set<number>();
  for (const h of markerHits) inScope.add(sentenceAt(model, h.start));
  // Blocks under a skånehensyn heading ("Skånehensyn:", or a short title line "Skånehensyn") are in scope until the
  // next heading. A heading itself is a label, never a finding.
  let underHeading = false;
  const limiting = arrays.flags();
  for (let i = 0; i < n; i++) if ((restriction[i] || open[i]) && !LABEL_WORD.test(model.words[i]!.norm)) limiting[i] = 1;
  model.blocks.forEach((b, bi) => {
    if (isHeading(model, b, bi + 1 < model.blocks.length, limiting)) {
      const si = sentenceAt(model, b.contentStart);
      underHeading = inScope.has(si);
      headings.add(si);
      return;
    }
    if (underHeading) {
      for (const s of b.sentences) {
        const si = sentenceAt(model, s.start);
        inScope.add(si);
        listed.add(si);
      }
    }
  });

  const reports: RuleReport[] = [];
  model.sentences.forEach((sentence, si) => {
    if (headings.has(si) || (!allInScope && !inScope.has(si))) return;
    const [a, b] = wordRange(model, sentence);
    if (a >= b) return;
    const clauses: Clause[] = [];
    let cur: Clause | null = null;
    /** "og"/"samt"/"men" before a new restriction ("… tunge løft og må ikke stå for længe") starts a new clause. */
    const splitsAt = (wi: number): boolean => {
      if (wi >= b || !CONJUNCTIONS.has(model.words[wi]!.norm)) return false;
      if (wi + 1 < b && opener[wi + 1]) return true;
      for (let k = wi + 1; k < b && k < wi + 7; k++) if (qualifier[k]) return true;
      return false;
    };
    for (let wi = a; wi < b; wi++) {
      const w = model.words[wi]!;
      // A conjunction that opens a clause is not part of it (", og du skal undgå …").
      if (!cur && (splitsAt(wi) || (wi > a && wi + 1 < b && CONJUNCTIONS.has(w.norm)))) continue;
      if (!cur) {
        const gapStart = wi > a ? model.words[wi - 1]!.end : sentence.start;
        cur = {
          start: w.start, end: w.end, dims: 0, restriction: false, marker: false, open: false, strictOpen: false, generic: false, sep: 0,
          health: false, concrete: false,
          label: false, words: 0, atSentenceStart: wi === a, measured: false, qualifier: false, ban: false, first: wi,
          rest: 0, reasonLead: reasonLead[wi] === 1, paren: text.slice(gapStart, w.start).includes('('), inReason: false,
          openRestriction: false,
        };
      } else if (reasonTail[wi]) cur.inReason = true;
      cur.end = w.end;
      cur.words++;
      cur.dims |= dimsOf[wi]!;
      if (!qualifier[wi] && !SUBORDINATORS.has(w.norm) && !CONJUNCTIONS.has(w.norm) && !LINKS.has(w.norm)) cur.rest++;
      if (restriction[wi]) cur.restriction = true;
      if (marker[wi]) cur.marker = true;
      const climateWord = CLIMATE >= 0 && (dimsOf[wi]! & (1 << CLIMATE)) !== 0;
      if (!cur.inReason) {
        if ((open[wi] && !named[wi]) || climateWord) cur.open = true;
        if ((open[wi] && !named[wi] && !reason[wi]) || climateWord) cur.strictOpen = true;
        if (qualifier[wi]) cur.qualifier = true;
        if (restriction[wi] && open[wi] && !reason[wi] && !LABEL_WORD.test(w.norm)) cur.openRestriction = true;
      }
      if (generic[wi]) cur.generic = true;
      if (ban[wi]) cur.ban = true;
      if (measureAt(model, wi, units, limits)) cur.measured = cur.concrete = true;
      else if (arrangement[wi]) cur.concrete = true;
      const next = model.words[wi + 1];
      const gapEnd = wi + 1 < b && next ? next.start : sentence.end;
      let boundary = wi + 1 >= b || splitsAt(wi + 1);
      let colon = false;
      let sep = 0;
      for (let k = w.end; k < gapEnd && k < w.end + 8; k++) {
        const ch = text.charCodeAt(k);
        if (BOUNDARY_CHARS.has(ch)) {
          boundary = true;
          if (!sep) sep = ch;
        }
        if (ch === 58) colon = true;
      }
      if (boundary) {
        cur.label = colon;
        cur.sep = sep;
        clauses.push(cur);
        cur = null;
      }
    }
    const merge = (i: number): void => {
      const c = clauses[i]!;
      const prev = clauses[i - 1]!;
      prev.end = c.end;
      prev.words += c.words;
      prev.dims |= c.dims;
      prev.qualifier = prev.qualifier || c.qualifier;
      prev.open = prev.open || c.open;
      prev.strictOpen = prev.strictOpen || c.strictOpen;
      prev.generic = prev.generic || c.generic;
      prev.openRestriction = prev.openRestriction || c.openRestriction;
      prev.restriction = prev.restriction || c.restriction;
      prev.marker = prev.marker || c.marker;
      prev.measured = prev.measured || c.measured;
      prev.concrete = prev.concrete || c.concrete;
      prev.label = c.label;
      prev.sep = c.sep;
      clauses.splice(i, 1);
    };
    for (let i = clauses.length - 1; i > 0; i--) {
      const c = clauses[i]!;
      const prev = clauses[i - 1]!;
      if (prev.label) continue;
      // A clause that is only a qualifier ("Pauser, når han har brug for det") belongs to the clause before it; one with
      // content of its own ("… og så vidt muligt varierede opgaver") is a hensyn of its own.
      if (c.qualifier && !c.ban && c.rest === 0) merge(i);
      // The rest of a list after a ban ("Intet arbejde på stige, stillads eller tag pga. epilepsi") is banned too.
      else if (prev.ban && prev.sep === 44 && !c.ban && !c.restriction && !c.marker && !c.qualifier && !c.strictOpen && !hasVerb(model, c)) merge(i);
    }
    const { tasks, health, concreteTimes } = scopeSignals();
    for (const c of clauses) {
      if (!c.concrete && (anyIn(tasks, c) || anyIn(concreteTimes, c))) c.concrete = true;
      if (anyIn(health, c)) c.health = true;
      // A qualifier without a measure leaves the limit open, whatever else the clause names.
      if (c.qualifier && !c.measured) {
        c.concrete = false;
        c.open = true;
      }
    }
    // A short clause before a colon is a heading ("Skånehensyn:", "Hensyn pga. ryg:").
    const body = clauses.filter((c) => !(c.label && c.words <= 4 && clauses.length > 1));
    const lenient = allInScope || listed.has(si);
    const statement = (c: Clause): boolean =>
      lenient ? c.dims !== 0 || c.restriction || c.marker || c.health || c.qualifier : c.dims !== 0 || c.marker;
    let concreteDims = 0;
    for (const c of body) if (c.concrete) concreteDims |= c.dims;
    const sentenceHasConcrete = body.some((c) => c.concrete);
    // A plain prohibition of a specific thing ("ingen nattevagter", "må ikke betjene truck", "intet vådt arbejde med
    // hænderne") is concrete without a number; only open limits make a ban vague.
    const banLimit = (c: Clause): boolean => c.ban && !c.strictOpen && !c.qualifier;
    const sentenceHasLimit = sentenceHasConcrete || body.some(banLimit);
    body.forEach((c, ci) => {
      if (banLimit(c)) return;
      // The reason of the clause before it ("Ingen kasseopgaver, da han ikke kan sidde stille længe") and an
      // explanation in parentheses ("fast plads ved vinduet (lys)") are no restrictions of their own.
      if (ci > 0 && c.reasonLead) return;
      if (ci > 0 && c.paren && !c.ban && !c.marker && !c.qualifier && (body[ci - 1]!.concrete || banLimit(body[ci - 1]!) || !c.restriction)) return;
      if (c.concrete || !statement(c) || !(c.open || c.health)) return;
      // A restriction-free mention ("Borger har ryg- og knæsmerter") is a reason, not a hensyn, outside the field.
      if (!lenient && !c.restriction && !c.marker) return;
      // A problem stated before a colon and its concrete limit after it ("Hun bliver hurtigt overvældet blandt mange
      // mennesker: arbejder sammen med højst 2 personer") is an introduction.
      if (c.label && body.slice(ci + 1).some((x) => x.concrete || banLimit(x))) return;
      const dims = DIMS.map((_, d) => d).filter((d) => d !== GENERAL && (c.dims & (1 << d)) !== 0);
      const climate = CLIMATE >= 0 && (c.dims & (1 << CLIMATE)) !== 0;
      // The reason beside a limit ("… pga. astma; han må ikke arbejde i frost- og kølelager") is fine.
      if (sentenceHasLimit && !c.restriction && !c.marker && !c.qualifier && !c.strictOpen) return;
      // A marker without content ("der tages i øvrigt hensyn til hånden") is vague beside any concrete clause.
      if (sentenceHasConcrete && !c.qualifier && !climate && !c.generic) {
        // Reasons and body parts next to a concrete limit ("pga. ryggen: løft højst 5 kg") are fine.
        // A general limit of its own ("…, ellers lettere arbejde") is not made concrete by the other clause.
        const general = c.dims === 1 << GENERAL && c.openRestriction;
        const own = dims.filter((d) => d !== POSTURE && (concreteDims & (1 << d)) === 0);
        if (!own.length && !general) return;
      }
      const order = climate ? [CLIMATE] : dims.length ? dims : [GENERAL];
      const suggestions: Suggestion[] = order.slice(0, 3).map((d) => ({
        label: `Gør hensynet konkret: ${DIMS[d]!.label}`,
        replacement: rewriteClause(model, c, DIMS[d]!, partOfHensyn, factWords()),
      }));
      const labels = order.slice(0, 2).map((d) => DIMS[d]!.label).join(' og ');
      const message = climate
        ? 'Et ønske om arbejdsklimaet siger ikke, hvad arbejdspladsen konkret skal gøre. Skriv den konkrete betingelse, fx en fast kontaktperson, eller at kollegerne kender hensynet.'
        : c.qualifier
          ? `Hensynet overlader grænsen til dagsformen ("efter behov", "ikke for længe"). Angiv ${labels}, så arbejdspladsen ved, hvad den skal gøre.`
          : `Skånehensynet siger ikke, hvad arbejdspladsen konkret skal gøre. Angiv ${labels}, og knyt det til en arbejdsopgave.`;
      reports.push({ start: c.start, end: c.end, message, suggestions });
    });
  });
  return reports;
}

/**
 * In an accommodations field every sentence is judged, each on its own words, so the rule reads one sentence at a time,
 * except: a short one-sentence block may be a heading by what follows it, a measure reads up to two words on (and a
 * limit word before a number), and the signals' tasks look three words around a leisure word. Chunks whose edges avoid
 * those give the same reports as the whole text. Elsewhere, headings put the sentences under them in scope: never.
 */
function chunkable(ctx: RuleContext, chunks: readonly ChunkView[]): boolean {
  if (ctx.field !== 'accommodations') return false;
  const { model } = ctx;
  const words = model.words;
  const units = coverage(model, findLex(model, LEX.units));
  const limits = coverage(model, findLex(model, LEX.limitWords));
  // A block that could be a heading (isHeading): one sentence of at most four words, not ended by . ! or ?
  const short = (b: Block | undefined): boolean => {
    const s = b?.sentences.length === 1 ? b.sentences[0]! : null;
    return !!s && s.words.length <= 4 && !/[.!?]$/.test(s.text);
  };
  const edges: number[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const { blocks } = chunks[i]!.model;
    if (chunks[i]!.continues && short(blocks[0])) return false;
    if (i + 1 < chunks.length && short(blocks[blocks.length - 1])) return false;
    if (i === 0) continue;
    const w = chunks[i]!.firstWord;
    edges.push(w);
    if ((isNumberWord(words[w - 1]) || isNumberWord(words[w - 2])) && (units[w] || units[w + 1])) return false;
    if (isNumberWord(words[w]) && limits[w - 1]) return false;
  }
  let e = 0;
  for (const h of findLex(model, LEX.leisure)) {
    while (e < edges.length && edges[e]! + 3 <= h.wordIndex) e++;
    if (e < edges.length && edges[e]! - 3 < h.wordIndex + h.wordCount) return false;
  }
  return true;
}

export default defineRule({
  id: 'vague-accommodation',
  category: 'vague-accommodation',
  severity: 'warning',
  appliesTo: { forms: ['rehab', 'minplan'], roles: '*', unknownField: true },
  message: 'Skånehensynet siger ikke, hvad arbejdspladsen konkret skal gøre.',
  chunkable,
  rationale:
    'Skånehensyn er kun konkrete i 30 % (forberedende del) og 37 % (Min Plan) af sagerne og "bindes [ikke] op på de udpegede ' +
    'arbejdsopgaver": "Ingen tunge løft", "skal ikke være omgivet af mange mennesker", "skal skånes for høje lyde" (001 L3814–3819); ' +
    'de skal konkretiseres ift. jobmål og arbejdsfunktioner (001 L3810–3811); "konkrete skånehensyn" i indstillingen (000 L157–159); ' +
    'konkret model: "løfte de tunge madkasser fra gulvet … op på bordet" (004 L570–572).',
  check,
  examples: {
    valid: [
      { text: 'Max 5 kg løft, højst 10 gange i timen.', form: 'rehab', field: 'accommodations' },
      { text: 'Pause på 10 minutter hver time.', form: 'rehab', field: 'accommodations' },
      { text: 'Arbejde i rum med højst 3 personer.', form: 'rehab', field: 'accommodations' },
      { text: 'Ingen løft af kasser fra gulvhøjde; kollega løfter dem op på bordet.', form: 'rehab', field: 'accommodations' },
      { text: 'Fritages for gulvvask; høreværn ved opvask.', form: 'rehab', field: 'accommodations' },
      { text: 'Borger søger et deltidsjob – med hensyn.', form: 'minplan', field: 'job-goal' },
      { text: 'Med hensyn til jobsøgning aftalte vi tre ansøgninger.', form: 'minplan', field: 'agreement' },
      { text: 'Ingen nattevagter og ingen trapper.', form: 'rehab', field: 'accommodations' },
      { text: 'Borger skal ikke løfte. Tåler ikke kemikalier. Mødetid tidligst kl. 9.', form: 'rehab', field: 'accommodations' },
      { text: 'Undgå arbejde med armene over hovedet.', form: 'rehab', field: 'accommodations' },
      { text: 'Skånehensyn: står højst 20 minutter ad gangen ved kassen, derefter siddende arbejde.', form: 'rehab', field: 'recommendation' },
      { text: 'Borger har erfaring som lagermedarbejder.', form: 'rehab', field: 'resources' },
      // A ban on a named task, position, tool, environment or schedule is concrete without a number.
      { text: 'Arbejder ikke på stiger. Intet knælende arbejde ved fugning. Ingen weekendvagter.', form: 'rehab', field: 'accommodations' },
      { text: 'Betjener ikke skæremaskinen; ingen opgaver i frostrum.', form: 'rehab', field: 'accommodations' },
      { text: 'Må ikke køre gaffeltruck og ikke arbejde alene i butikken.', form: 'rehab', field: 'accommodations' },
      { text: 'Intet vådt arbejde med hænderne i koldt vand ved opvasken.', form: 'rehab', field: 'accommodations' },
      { text: 'Skal ikke håndtere skarpe genstande.', form: 'minplan', field: 'accommodations' },
      // The rest of a list after a ban is banned too, and the reason beside a ban is no hensyn of its own.
      { text: 'Intet arbejde på lift, stillads eller tag pga. svimmelhed; betjener ikke båndsaven.', form: 'rehab', field: 'accommodations' },
      { text: 'Han har astma og må ikke arbejde i sprøjtehallen.', form: 'rehab', field: 'accommodations' },
      { text: 'Må ikke arbejde med knive (blodfortyndende medicin).', form: 'minplan', field: 'accommodations' },
      { text: 'Han har epilepsi; må ikke køre bil eller arbejde i højden.', form: 'rehab', field: 'accommodations' },
      { text: 'Hun har ondt i ryggen og må ikke løfte.', form: 'rehab', field: 'accommodations' },
      // Leaving at once is a condition the workplace can meet.
      { text: 'Kan gå hjem med det samme ved et epileptisk anfald.', form: 'rehab', field: 'accommodations' },
      { text: 'Må forlade arbejdspladsen straks, hvis hun får et panikanfald.', form: 'rehab', field: 'accommodations' },
      // A problem stated before a colon introduces its concrete limit.
      { text: 'Han bliver hurtigt stresset af mange opgaver: har højst 2 opgaver ad gangen.', form: 'rehab', field: 'accommodations' },
      { text: 'Hun har ondt i skulderen: arbejder højst 10 minutter ad gangen med armene over skulderhøjde.', form: 'rehab', field: 'accommodations' },
      // The reason of a ban ("pga. …", "…, da …", "…, fordi …") or an explanation in parentheses is no second restriction.
      { text: 'Ingen opgaver på frostlageret pga. kulde og træk.', form: 'rehab', field: 'accommodations' },
      { text: 'Ingen telefonopgaver, da hun ikke kan klare mange afbrydelser.', form: 'rehab', field: 'accommodations' },
      { text: 'Han kan ikke arbejde i lokaler over 24 grader, fordi varme giver ham hovedpine.', form: 'minplan', field: 'accommodations' },
      { text: 'Fast arbejdsplads ved døren (lys og luft), ingen kundekontakt.', form: 'rehab', field: 'accommodations' },
      { text: 'Skærmet plads i hjørnet (mindre støj), højst 4 timer om dagen.', form: 'rehab', field: 'accommodations' },
      // A day off between working days is a schedule.
      { text: 'Arbejder 3 dage om ugen og har brug for en hviledag mellem vagterne.', form: 'rehab', field: 'accommodations' },
    ],
    invalid: [
      // Clause by clause: each restriction its own finding, each rewrite only its clause, the subject kept.
      {
        text: 'Borger skal skånes for tunge løft og må ikke stå for længe.', form: 'rehab', field: 'accommodations',
        errors: [
          { excerpt: 'Borger skal skånes for tunge løft', output: ['Borger må løfte højst [antal] kg ad gangen, højst [antal] gange i timen og må ikke stå for længe.'] },
          { excerpt: 'må ikke stå for længe', output: ['Borger skal skånes for tunge løft og må stå højst [antal] minutter ad gangen og sidde så ned i [antal] minutter.'] },
        ],
      },
      // A qualifier without a measure is vague beside a clause with a number.
      {
        text: 'Løft højst 5 kg og pauser efter behov.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'pauser efter behov', output: ['Løft højst 5 kg og en pause på [antal] minutter hver time.'] }],
      },
      {
        text: 'Ingen nattevagter. Arbejdstiden tilpasses dagsformen.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'Arbejdstiden tilpasses dagsformen', output: ['Ingen nattevagter. Arbejder [ugedage] kl. [fra]–[til].'] }],
      },
      // A wish about the climate asks for the concrete condition.
      {
        text: 'Mette har brug for forstående kolleger.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'Mette har brug for forstående kolleger', output: ['Mette har en fast kontaktperson, [kontaktperson], og kollegerne kender hensynet: [skånehensyn].'] }],
      },
      // A reason without a restriction stays as the reason of the hensyn (its facts kept).
      {
        text: 'Smerter i lænden siden 2019.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'Smerter i lænden siden 2019', output: ['Smerter i lænden siden 2019: arbejde med [bevægelse] i højst [antal] minutter ad gangen.'] }],
      },
      // Where it applies stays ("I praktikken …").
      {
        text: 'I praktikken skal der tages hensyn til hans psykiske tilstand.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'I praktikken skal der tages hensyn til hans psykiske tilstand', output: ['I praktikken må borger have højst [antal] opgaver ad gangen og en fast kontaktperson, [kontaktperson].'] }],
      },
      { text: 'Ingen tunge løft.', form: 'rehab', field: 'accommodations', errors: [{ excerpt: 'Ingen tunge løft', output: ['Løft på højst [antal] kg ad gangen, højst [antal] gange i timen.'] }] },
      { text: 'Skal ikke være omgivet af mange mennesker.', form: 'rehab', field: 'accommodations', errors: [{ excerpt: 'Skal ikke være omgivet af mange mennesker', output: ['Må arbejde sammen med højst [antal] personer ad gangen.'] }] },
      { text: 'Borger skal skånes for høje lyde.', form: 'rehab', field: 'accommodations', errors: [{ excerpt: 'Borger skal skånes for høje lyde', output: ['Borger må arbejde uden støj fra [støjkilde] og bruge høreværn ved [arbejdsopgave].'] }] },
      { text: 'Der skal tages hensyn til ryggen.', form: 'rehab', field: 'health', errors: [{ excerpt: 'Der skal tages hensyn til ryggen', output: ['Arbejder højst [antal] minutter ad gangen med [bevægelse].'] }] },
      { text: 'Han skal skånes.', form: 'rehab', field: 'accommodations', errors: [{ excerpt: 'Han skal skånes', output: ['Han må undgå [belastning] ved [arbejdsopgave].'] }] },
      { text: 'Skånehensyn: ingen tunge løft, ikke for mange mennesker.', errors: [{ excerpt: 'ingen tunge løft', output: ['Skånehensyn: løft på højst [antal] kg ad gangen, højst [antal] gange i timen, ikke for mange mennesker.'] }, { excerpt: 'ikke for mange mennesker', output: ['Skånehensyn: ingen tunge løft, højst [antal] personer ad gangen.'] }] },
      { text: 'Kan ikke tåle kulde og træk.', form: 'rehab', field: 'accommodations', errors: [{ excerpt: 'Kan ikke tåle kulde og træk', output: ['Må arbejde indendørs ved mindst [antal] grader.'] }] },
      { text: 'Fleksible mødetider. Behov for hjælpemidler. Et roligt job.', form: 'rehab', field: 'accommodations', errors: [{ excerpt: 'Fleksible mødetider', output: ['Arbejdstid [ugedage] kl. [fra]–[til]. Behov for hjælpemidler. Et roligt job.'] }, { excerpt: 'Behov for hjælpemidler', output: ['Fleksible mødetider. Brug af [hjælpemiddel] ved [arbejdsopgave]. Et roligt job.'] }, { excerpt: 'Et roligt job', output: ['Fleksible mødetider. Behov for hjælpemidler. Højst [antal] opgaver ad gangen og en fast kontaktperson, [kontaktperson].'] }] },
      { text: 'Borger skal skånes for stress og have mulighed for hvile.', form: 'rehab', field: 'justification', errors: [{ excerpt: 'Borger skal skånes for stress', output: ['Borger må have højst [antal] opgaver ad gangen og en fast kontaktperson, [kontaktperson] og have mulighed for hvile.'] }] },
      // A qualifier without a measure is vague beside a concrete clause or a task.
      {
        text: 'Borger bør undgå længerevarende stående arbejde ved kassen.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'Borger bør undgå længerevarende stående arbejde ved kassen', output: ['Borger må stå højst [antal] minutter ad gangen og sidde så ned i [antal] minutter.'] }],
      },
      {
        text: 'Må ikke løfte over 5 kg og skal kunne arbejde hjemme, når det er muligt.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'skal kunne arbejde hjemme, når det er muligt', output: ['Må ikke løfte over 5 kg og må arbejde hjemme [ugedage].'] }],
      },
      // A qualifier with content of its own, a "when he needs it" in any person, a general limit after a comma and a
      // pace left to the person are vague beside a concrete clause.
      {
        text: 'Ingen løft over skulderhøjde, højst 3 timer ved kassen og så vidt muligt afvekslende opgaver.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'så vidt muligt afvekslende opgaver', output: ['Ingen løft over skulderhøjde, højst 3 timer ved kassen og skift mellem [arbejdsopgave] og [arbejdsopgave] mindst hver [antal]. time.'] }],
      },
      {
        text: 'Må højst løfte 8 kg og tager en pause, hvis hun bliver træt.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'tager en pause, hvis hun bliver træt', output: ['Må højst løfte 8 kg og holder en pause på [antal] minutter hver time.'] }],
      },
      {
        text: 'Du står højst 20 minutter ad gangen og holder pause, når du har brug for det.', form: 'minplan', field: 'accommodations',
        errors: [{ excerpt: 'holder pause, når du har brug for det', output: ['Du står højst 20 minutter ad gangen og holder en pause på [antal] minutter hver time.'] }],
      },
      {
        text: 'Han står højst 30 minutter ad gangen og holder de pauser, som han har brug for.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'holder de pauser, som han har brug for', output: ['Han står højst 30 minutter ad gangen og holder en pause på [antal] minutter hver time.'] }],
      },
      {
        text: 'højst 2 t. ad gangen ved pc, ellers lettere opgaver', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'ellers lettere opgaver', output: ['højst 2 t. ad gangen ved pc, ingen [belastning] ved [arbejdsopgave]'] }],
      },
      {
        text: 'Max 4 timer om dagen, resten skånsomt arbejde.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'resten skånsomt arbejde', output: ['Max 4 timer om dagen, undgår [belastning] ved [arbejdsopgave].'] }],
      },
      {
        text: 'Arbejdet skal foregå i eget tempo.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'Arbejdet skal foregå i eget tempo', output: ['Har højst [antal] opgaver ad gangen og en fast kontaktperson, [kontaktperson].'] }],
      },
      // A marker without content is vague beside a concrete clause.
      {
        text: 'Løft højst 10 kg, og der tages i øvrigt hensyn til knæene.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'der tages i øvrigt hensyn til knæene', output: ['Løft højst 10 kg, og arbejder højst [antal] minutter ad gangen med [bevægelse].'] }],
      },
      // A wish about the climate or the air without a condition.
      { text: 'Et godt arbejdsklima.', form: 'rehab', field: 'accommodations', errors: [{ excerpt: 'Et godt arbejdsklima', output: ['En fast kontaktperson, [kontaktperson], og kolleger, der kender hensynet: [skånehensyn].'] }] },
      { text: 'Varmt og tørt lokale.', form: 'rehab', field: 'accommodations', errors: [{ excerpt: 'Varmt og tørt lokale', output: ['Varmt og tørt lokale: indendørs arbejde ved mindst [antal] grader.'] }] },
      {
        text: 'Frisk luft og ikke for koldt.', form: 'minplan', field: 'accommodations',
        errors: [
          { excerpt: 'Frisk luft', output: ['Frisk luft: indendørs arbejde ved mindst [antal] grader og ikke for koldt.'] },
          { excerpt: 'ikke for koldt', output: ['Frisk luft og indendørs arbejde ved mindst [antal] grader.'] },
        ],
      },
      // The rewrite keeps the person's name and what the user wrote; the employer is not made the subject.
      {
        text: 'Lederen er orienteret om, at Per ikke skal bære for tungt.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'at Per ikke skal bære for tungt', output: ['Lederen er orienteret om, at Per løfter højst [antal] kg ad gangen, højst [antal] gange i timen.'] }],
      },
      {
        text: 'Vi har aftalt med butikken, at hun ikke skal gå for meget.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'at hun ikke skal gå for meget', output: ['Vi har aftalt med butikken, at hun går højst [antal] meter ad gangen og højst [antal] etager på trapper.'] }],
      },
      {
        text: 'Mester ved, at Ole skal undgå længerevarende arbejde på knæ.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'at Ole skal undgå længerevarende arbejde på knæ', output: ['Mester ved, at Ole må arbejde højst [antal] minutter ad gangen med [bevægelse].'] }],
      },
      {
        text: 'Hensynene fra praktikken hos Bilka fortsætter.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'Hensynene fra praktikken hos Bilka fortsætter', output: ['Hensynene fra praktikken hos Bilka fortsætter: ingen [belastning] ved [arbejdsopgave].'] }],
      },
      {
        text: 'Butikken tager hensyn til Alis ryg.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'Butikken tager hensyn til Alis ryg', output: ['Butikken tager hensyn til Alis ryg: arbejde med [bevægelse] i højst [antal] minutter ad gangen.'] }],
      },
      {
        text: 'Arbejdsgiveren er fleksibel efter Sannes dagsform.', form: 'rehab', field: 'accommodations',
        errors: [{ excerpt: 'Arbejdsgiveren er fleksibel efter Sannes dagsform', output: ['Arbejdsgiveren er fleksibel efter Sannes dagsform: arbejdstid [ugedage] kl. [fra]–[til].'] }],
      },
      { text: 'Skånehensyn:\n- ingen tunge løft\n- rolige omgivelser', form: 'minplan', field: 'activity', errors: [{ excerpt: 'ingen tunge løft', output: ['Skånehensyn:\n- Løft på højst [antal] kg ad gangen, højst [antal] gange i timen\n- rolige omgivelser'] }, { excerpt: 'rolige omgivelser', output: ['Skånehensyn:\n- ingen tunge løft\n- Højst [antal] opgaver ad gangen og en fast kontaktperson, [kontaktperson]'] }] },
      { text: 'Skånehensyn\n- Ingen tunge løft\n- Pauser efter behov\n\nJobmål\n- Lager, ikke for mange timer', form: 'rehab', field: 'health', errors: [{ excerpt: 'Ingen tunge løft', output: ['Skånehensyn\n- Løft på højst [antal] kg ad gangen, højst [antal] gange i timen\n- Pauser efter behov\n\nJobmål\n- Lager, ikke for mange timer'] }, { excerpt: 'Pauser efter behov', output: ['Skånehensyn\n- Ingen tunge løft\n- En pause på [antal] minutter hver time\n\nJobmål\n- Lager, ikke for mange timer'] }] },
    ],
  },
});
