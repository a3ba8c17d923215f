/** Small helpers shared by the rule modules (pure, linear). */
import type { Span } from '../types';
import type { TextModel } from '../text/types';
import { wordIndexAt } from '../text/phrases';
import { lowerBound } from '../text/search';
import type { LexHit } from '../vocab/lexicon';

/** Span of a sentence without trailing sentence punctuation (so a replacement can keep the user's period). */
export function sentenceBody(text: string, s: Span): Span {
  let end = s.end;
  while (end > s.start && /[\s.!?;:…]/.test(text[end - 1]!)) end--;
  return { start: s.start, end: Math.max(end, s.start) };
}

/** Whole text without surrounding whitespace, or null when empty. */
export function trimmedText(text: string): Span | null {
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** First and one-past-last index in `model.words` of the words inside `span`. */
export function wordRange(model: TextModel, span: Span): [number, number] {
  const a = wordIndexAt(model, span.start);
  let b = a;
  while (b < model.words.length && model.words[b]!.end <= span.end) b++;
  return [a, b];
}

/** Mark, per word index, which hits cover it (a dense boolean array; one pass). */
export function coverage(model: TextModel, hits: readonly LexHit[]): Uint8Array {
  const out = new Uint8Array(model.words.length);
  for (const h of hits) for (let i = h.wordIndex; i < h.wordIndex + h.wordCount; i++) out[i] = 1;
  return out;
}

/** True when any hit starts inside the span. Hits must be sorted; binary search. */
export function anyIn(hits: readonly Span[], span: Span): boolean {
  const lo = lowerBound(hits, span.start);
  return lo < hits.length && hits[lo]!.start < span.end;
}

/** Lower-case the first letter (for a replacement that continues a sentence). */
export function lowerFirst(s: string): string {
  return s ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

