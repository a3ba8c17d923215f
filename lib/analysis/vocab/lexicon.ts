import type { Span } from '../types';
import type { TextModel } from '../text/types';
import { compilePhrases, matchPhrases, type PhraseMatcher } from '../text/phrases';
import { foldDanish } from '../text/normalize';

/**
 * A vocabulary list compiled once at module load. Entries use the phrase syntax of text/phrases.ts
 * ("søg*", "# kg", multi-word phrases) plus one extension for Danish compounds:
 *  - "*smerter"  matches a word that ENDS with "smerter" and is longer than it ("rygsmerter", not "smerter");
 *    list the bare word separately when it should match too.
 * `except` lists folded words that must never match (e.g. "samarbejder" for the compound head "*arbejder").
 */
export interface Lexicon {
  readonly name: string;
  readonly phrases: PhraseMatcher;
  /** Compound heads, folded, grouped by length for one Map lookup per length. */
  readonly heads: ReadonlyMap<number, ReadonlySet<string>>;
  readonly headLengths: readonly number[];
  readonly except: ReadonlySet<string>;
}

export interface LexHit extends Span {
  /** Index of the first word of the hit in `model.words`. */
  wordIndex: number;
  wordCount: number;
}

export function compileLexicon(name: string, entries: readonly string[], except: readonly string[] = []): Lexicon {
  const phrases: string[] = [];
  const heads = new Map<number, Set<string>>();
  for (const e of entries) {
    if (e.startsWith('*')) {
      const head = foldDanish(e.slice(1));
      let set = heads.get(head.length);
      if (!set) heads.set(head.length, (set = new Set()));
      set.add(head);
    } else phrases.push(e);
  }
  return {
    name,
    phrases: compilePhrases(phrases),
    heads,
    headLengths: [...heads.keys()].sort((a, b) => a - b),
    except: new Set(except.map(foldDanish)),
  };
}

/** Leftmost-longest phrase hits plus compound-head hits, in text order, never two hits on one word. */
export function findLex(model: TextModel, lex: Lexicon, within?: Span): LexHit[] {
  const hits: LexHit[] = [];
  for (const m of matchPhrases(model, lex.phrases, within ? { within } : {})) {
    if (lex.except.has(model.words[m.wordIndex]!.norm)) continue;
    hits.push({ start: m.start, end: m.end, wordIndex: m.wordIndex, wordCount: m.wordCount });
  }
  if (!lex.headLengths.length) return hits;
  const words = model.words;
  let lo = 0;
  let hi = words.length;
  if (within) {
    while (lo < hi && words[lo]!.start < within.start) lo++;
    let h = lo;
    while (h < hi && words[h]!.end <= within.end) h++;
    hi = h;
  }
  const extra: LexHit[] = [];
  let p = 0;
  for (let wi = lo; wi < hi; wi++) {
    while (p < hits.length && hits[p]!.wordIndex + hits[p]!.wordCount <= wi) p++;
    if (p < hits.length && hits[p]!.wordIndex <= wi) continue;
    const norm = words[wi]!.norm;
    if (lex.except.has(norm)) continue;
    for (const len of lex.headLengths) {
      if (len >= norm.length) break;
      if (lex.heads.get(len)!.has(norm.slice(norm.length - len))) {
        extra.push({ start: words[wi]!.start, end: words[wi]!.end, wordIndex: wi, wordCount: 1 });
        break;
      }
    }
  }
  if (!extra.length) return hits;
  return [...hits, ...extra].sort((a, b) => a.start - b.start);
}

export function hasLex(model: TextModel, lex: Lexicon, within?: Span): boolean {
  return findLex(model, lex, within).length > 0;
}
