import type { Span } from '../types';
import type { TextModel, Word } from './types';
import { tokenize } from './model';
import { isDigit, lowerBound } from './search';

/**
 * Phrase lists compiled once (at module load of the rule that owns the list) and matched over a model's words.
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

interface CompiledPhrase {
  index: number;
  phrase: string;
  tokens: PhraseToken[];
}

export interface PhraseMatcher {
  readonly size: number;
  /** Phrases keyed by their exact first word. */
  readonly exact: ReadonlyMap<string, CompiledPhrase[]>;
  /** Phrases whose first word is a prefix ("søg*"), keyed by the prefix's first two UTF-16 units (no allocation). */
  readonly prefix: ReadonlyMap<number, CompiledPhrase[]>;
  /** Phrases whose first word is a one-letter prefix ("a*"): tried on every word. */
  readonly shortPrefix: readonly CompiledPhrase[];
  readonly numeric: readonly CompiledPhrase[];
}

export interface PhraseMatch extends Span {
  /** Index of the phrase in the compiled list. */
  index: number;
  phrase: string;
  /** Index of the first matched word in `model.words`. */
  wordIndex: number;
  wordCount: number;
}


/** A vocabulary entry as tokens, split and folded exactly as the text model splits and folds the text. */
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
    const parts = tokenize(body);
    parts.forEach((part, i) => tokens.push({ value: part.norm, prefix: prefix && i === parts.length - 1, numeric: false }));
  }
  return tokens;
}

function push(map: Map<string, CompiledPhrase[]>, key: string, p: CompiledPhrase): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

const pairKey = (s: string): number => s.charCodeAt(0) * 0x10000 + s.charCodeAt(1);

export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const exact = new Map<string, CompiledPhrase[]>();
  const prefix = new Map<number, CompiledPhrase[]>();
  const shortPrefix: CompiledPhrase[] = [];
  const numeric: CompiledPhrase[] = [];
  phrases.forEach((phrase, index) => {
    const tokens = tokenizePhrase(phrase);
    if (!tokens.length) return;
    const p: CompiledPhrase = { index, phrase, tokens };
    const first = tokens[0]!;
    if (first.numeric) numeric.push(p);
    else if (first.prefix) {
      if (first.value.length < 2) shortPrefix.push(p);
      else {
        const key = pairKey(first.value);
        const list = prefix.get(key);
        if (list) list.push(p);
        else prefix.set(key, [p]);
      }
    } else push(exact, first.value, p);
  });
  return { size: phrases.length, exact, prefix, shortPrefix, numeric };
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
 * ("bgr. fortæller" is "borger fortæller", "10 t. om ugen").
 */
export function wordsJoin(text: string, w: Word, next: Word): boolean {
  if (joinable(text, w.end, next.start)) return true;
  return text.charCodeAt(w.end) === 46 && w.norm.length > w.end - w.start && joinable(text, w.end + 1, next.start);
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

export interface MatchOptions {
  /** Only words inside this span. */
  within?: Span;
  /** Report every match, also overlapping ones (default: leftmost-longest, non-overlapping). */
  overlapping?: boolean;
}

/** Find the phrases of `matcher` in the model's words; spans are offsets into `model.text`. */
export function matchPhrases(model: TextModel, matcher: PhraseMatcher, options: MatchOptions = {}): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  if (matcher.size === 0) return out;
  const words = model.words;
  const from = options.within ? wordIndexAt(model, options.within.start) : 0;
  const limit = options.within ? wordIndexAt(model, options.within.end) : words.length;
  const within = options.within;
  let wi = from;
  let bestEnd = -1;
  let best: CompiledPhrase | null = null;
  const tryList = (list: readonly CompiledPhrase[] | undefined, w: Word): void => {
    if (!list) return;
    for (const p of list) {
      if (!tokenMatches(p.tokens[0]!, w)) continue;
      const last = p.tokens.length === 1 ? wi : matchRest(model, wi, p.tokens, limit);
      if (last < 0) continue;
      if (options.overlapping) {
        out.push({ start: w.start, end: words[last]!.end, index: p.index, phrase: p.phrase, wordIndex: wi, wordCount: last - wi + 1 });
      } else if (last > bestEnd || (last === bestEnd && best !== null && p.index < best.index)) {
        bestEnd = last;
        best = p;
      }
    }
  };
  while (wi < limit) {
    const w = words[wi]!;
    if (within && w.end > within.end) break;
    bestEnd = -1;
    best = null;
    tryList(matcher.exact.get(w.norm), w);
    if (w.norm.length >= 2 && matcher.prefix.size) tryList(matcher.prefix.get(pairKey(w.norm)), w);
    if (matcher.shortPrefix.length) tryList(matcher.shortPrefix, w);
    if (matcher.numeric.length && isDigit(w.norm.charCodeAt(0))) tryList(matcher.numeric, w);
    const found = best as CompiledPhrase | null;
    if (!options.overlapping && found) {
      out.push({ start: w.start, end: words[bestEnd]!.end, index: found.index, phrase: found.phrase, wordIndex: wi, wordCount: bestEnd - wi + 1 });
      wi = bestEnd + 1;
    } else wi++;
  }
  if (options.overlapping) out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/** True when any phrase of the matcher occurs (optionally within a span). */
export function hasPhrase(model: TextModel, matcher: PhraseMatcher, within?: Span): boolean {
  return matchPhrases(model, matcher, within ? { within } : {}).length > 0;
}
