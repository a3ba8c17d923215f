import { describe, expect, it } from 'vitest';
import { nextPlaceholder, placeholdersIn } from '@/lib/dom/placeholder-select';

describe('placeholdersIn', () => {
  it('finds bracketed placeholders with their brackets, inside the given range only', () => {
    const text = 'Du vil søge [antal] job som [stillingsbetegnelse] inden d. [dato].';
    expect(placeholdersIn(text).map((p) => text.slice(p.start, p.end))).toEqual(['[antal]', '[stillingsbetegnelse]', '[dato]']);
    expect(placeholdersIn(text, 20).map((p) => text.slice(p.start, p.end))).toEqual(['[stillingsbetegnelse]', '[dato]']);
    expect(placeholdersIn('[ikke\nen] [] [[x]]').map((p) => p.end - p.start)).toEqual([3]);
  });
});

describe('nextPlaceholder', () => {
  const list = [
    { start: 2, end: 9 },
    { start: 20, end: 26 },
    { start: 40, end: 46 },
  ];
  it('moves forward and back from the selection, wrapping around', () => {
    expect(nextPlaceholder(list, { start: 2, end: 9 }, false)).toEqual(list[1]);
    expect(nextPlaceholder(list, { start: 12, end: 12 }, false)).toEqual(list[1]);
    expect(nextPlaceholder(list, { start: 40, end: 46 }, false)).toEqual(list[0]);
    expect(nextPlaceholder(list, { start: 20, end: 26 }, true)).toEqual(list[0]);
    expect(nextPlaceholder(list, { start: 2, end: 9 }, true)).toEqual(list[2]);
    expect(nextPlaceholder([], null, false)).toBeNull();
  });
});
