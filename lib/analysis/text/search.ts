import type { Span } from '../types';

/**
 * Index of the first item whose `key` (start or end) is ≥ offset, in a list sorted by that key (binary search).
 * Long fields hold thousands of words, sentences and agreements: every lookup by offset goes through here, so each
 * key has its own loop (a property read by a fixed name stays fast; one by a variable name does not).
 */
export function lowerBound(list: readonly Span[], offset: number, key: 'start' | 'end' = 'start'): number {
  let lo = 0;
  let hi = list.length;
  if (key === 'end') {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.end < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** By start, ascending. */
export const byStart = (a: Span, b: Span): number => a.start - b.start;
/** By start, ascending; at one start the longer span first. */
export const byStartLongestFirst = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

/**
 * Sort in place, stably, and only when the list is out of order: most lists here are already sorted (hits come in
 * text order), and Array.prototype.sort copies the list into a scratch buffer even then.
 */
export function sortIfNeeded<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    if (compare(list[i - 1]!, list[i]!) > 0) return list.sort(compare);
  }
  return list;
}

/** An ASCII digit's char code. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Index of the sentence holding `offset`, or -1 (between sentences). Binary search over the model's sentences. */
export function sentenceAt(model: { sentences: readonly Span[] }, offset: number): number {
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
