import type { TextModel, Word } from './types';
import { plainWordNorm, tokenize } from './model';
import { isDigit, lowerBound } from './search';
import { PHRASE_ABBREVIATIONS } from '../vocab/shorthand';

/**
 * The phrase syntax of the word lists (matched by vocab/lexicon.ts, the one matcher), and its word-level helpers.
 *
 * Phrase syntax, one phrase per string, words separated by spaces:
 *  - words match case-insensitively after Danish folding ("Aabenraa" = "åbenrå");
 *  - a trailing `*` makes a word a prefix, for inflections: "søg*" matches "søge", "søger", "søgt";
 *  - `#` matches any word that starts with a digit ("# kg" matches "5 kg", "10-15 kg").
 * Words of a phrase must be adjacent in the text, separated only by spaces or hyphens (no sentence punctuation).
 */

/** One word of a phrase: exact, a prefix (`søg*`) or any number (`#`). Shared with vocab/lexicon.ts. */
export interface PhraseToken {
  value: string;
  prefix: boolean;
  numeric: boolean;
}

export function tokenizePhrase(phrase: string): PhraseToken[] {
  const tokens: PhraseToken[] = [];
  for (const piece of phrase.trim().split(/\s+/)) {
    if (!piece) continue;
    if (piece === '#') {
      tokens.push({ value: '', prefix: false, numeric: true });
      continue;
    }
    const prefix = piece.endsWith('*');
    const body = prefix ? piece.slice(0, -1) : piece;
    // Most pieces are one lower-case word: read as tokenize would, without its scan (all lists pass here at start-up).
    const plain = plainWordNorm(body);
    if (plain !== null) {
      tokens.push({ value: plain, prefix, numeric: false });
      continue;
    }
    const parts = tokenize(body);
    parts.forEach((part, i) => tokens.push({ value: part.norm, prefix: prefix && i === parts.length - 1, numeric: false }));
  }
  return tokens;
}

const PHRASE_ABBREVIATION_KEYS: ReadonlySet<string> = new Set(PHRASE_ABBREVIATIONS.map(([abbr]) => abbr));
const PHRASE_PAIRS = PHRASE_ABBREVIATIONS.map(([abbr, full]) => [abbr, full.split(' ')] as const);
/** Words a variant can start at (an abbreviation or the first word of its spelled-out phrase). */
const VARY_WORDS: ReadonlySet<string> = new Set(PHRASE_PAIRS.flatMap(([abbr, full]) => [abbr, full[0]!]));
const SPACE = /\s/;
const SPACES = /\s+/;
/** Does the phrase hold a word a variant can start at? Most entries are one word: one Set lookup. */
function mayVary(phrase: string): boolean {
  if (!SPACE.test(phrase)) return VARY_WORDS.has(phrase);
  for (const w of phrase.split(SPACES)) if (VARY_WORDS.has(w)) return true;
  return false;
}

/** The variants of a phrase that may vary (not the phrase itself). */
function variantsOf(phrase: string): string[] {
  const out: string[] = [];
  const words = phrase.trim().split(SPACES);
  for (const [abbr, full] of PHRASE_PAIRS) {
    for (let i = 0; i < words.length; i++) {
      if (words[i] === abbr) out.push([...words.slice(0, i), ...full, ...words.slice(i + 1)].join(' '));
      else if (words[i] === full[0] && full.every((w, k) => words[i + k] === w)) out.push([...words.slice(0, i), abbr, ...words.slice(i + full.length)].join(' '));
    }
  }
  return out;
}

/**
 * A list entry and the same entry with each multi-word phrase abbreviated or spelled out ("i forhold til" ⇄ "ift",
 * vocab/shorthand.ts), at compile time: matching costs nothing more per keystroke.
 */
export function phraseVariants(phrase: string): string[] {
  // Most entries hold no word a variant can start at: they are done without the pairwise scan (run at start-up).
  return mayVary(phrase) ? [phrase, ...variantsOf(phrase)] : [phrase];
}

/**
 * Calls `visit` with each entry and its variants, in order, with the index of the entry; a variant that is an entry of
 * its own is left out. (A visitor, not a list of pairs: all lists go through here on the first analysis.)
 */
export function forEachVariant(phrases: readonly string[], visit: (phrase: string, index: number) => void): void {
  let seen: Set<string> | null = null;
  for (let index = 0; index < phrases.length; index++) {
    const phrase = phrases[index]!;
    visit(phrase, index);
    if (!mayVary(phrase)) continue;
    for (const v of variantsOf(phrase)) {
      seen ??= new Set(phrases);
      if (seen.has(v)) continue;
      seen.add(v);
      visit(v, index);
    }
  }
}

export { isDigit };

export function tokenMatches(token: PhraseToken, word: Word): boolean {
  if (token.numeric) return isDigit(word.norm.charCodeAt(0));
  return token.prefix ? word.norm.startsWith(token.value) : word.norm === token.value;
}

/** Only spaces and hyphens/dashes/quotes may separate the words of one phrase. */
export function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 0xa0 || c === 45 || c === 0x2013 || c === 0x2010 || c === 0x2011 || c === 0x202f)) return false;
  }
  return true;
}

/**
 * Are two adjacent words joined for a phrase? Also across the period of an abbreviation read as a longer word
 * ("bgr. fortæller" is "borger fortæller", "10 t. om ugen") or of a phrase ("ift. en kollega").
 */
export function wordsJoin(text: string, w: Word, next: Word): boolean {
  if (joinable(text, w.end, next.start)) return true;
  return text.charCodeAt(w.end) === 46 && (w.norm.length > w.end - w.start || PHRASE_ABBREVIATION_KEYS.has(w.norm)) && joinable(text, w.end + 1, next.start);
}

/** Index of the last word of a phrase whose first token matched word `wi`, or -1 (words before `limit` only). */
export function matchRest(model: TextModel, wi: number, tokens: readonly PhraseToken[], limit = model.words.length): number {
  const words = model.words;
  let last = wi;
  for (let t = 1; t < tokens.length; t++) {
    const next = last + 1;
    if (next >= limit) return -1;
    const w = words[next]!;
    if (!wordsJoin(model.text, words[last]!, w) || !tokenMatches(tokens[t]!, w)) return -1;
    last = next;
  }
  return last;
}

/** Index of the first word whose start is ≥ offset. */
export function wordIndexAt(model: TextModel, offset: number): number {
  return lowerBound(model.words, offset);
}
