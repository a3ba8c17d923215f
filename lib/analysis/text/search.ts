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
