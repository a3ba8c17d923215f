import { describe, expect, it } from 'vitest';
import { diffEdit, remapSpans } from '@/lib/dom/text-edit';

const apply = (text: string, e: { start: number; deletedLength: number }, inserted: string) =>
  text.slice(0, e.start) + inserted + text.slice(e.start + e.deletedLength);

describe('diffEdit', () => {
  it('returns null for equal texts', () => {
    expect(diffEdit('abc', 'abc')).toBeNull();
  });
  it('finds an insertion, a deletion and a replacement', () => {
    expect(diffEdit('Jeg søger job', 'Jeg søger et job')).toEqual({ start: 10, deletedLength: 0, insertedLength: 3 });
    expect(diffEdit('Jeg søger et job', 'Jeg søger job')).toEqual({ start: 10, deletedLength: 3, insertedLength: 0 });
    expect(diffEdit('borgeren skal prøve', 'borgeren skal søge')).toEqual({ start: 14, deletedLength: 4, insertedLength: 3 });
  });
  it('handles edits at the very start and end', () => {
    expect(diffEdit('abc', 'xabc')).toEqual({ start: 0, deletedLength: 0, insertedLength: 1 });
    expect(diffEdit('abc', 'abcx')).toEqual({ start: 3, deletedLength: 0, insertedLength: 1 });
    expect(diffEdit('', 'abc')).toEqual({ start: 0, deletedLength: 0, insertedLength: 3 });
    expect(diffEdit('abc', '')).toEqual({ start: 0, deletedLength: 3, insertedLength: 0 });
  });
  it('never splits a surrogate pair', () => {
    // 😀 = \ud83d\ude00, 😁 = \ud83d\ude01: they share the high surrogate.
    const e = diffEdit('a😀b', 'a😁b')!;
    expect(e).toEqual({ start: 1, deletedLength: 2, insertedLength: 2 });
    // 🙂 = \ud83d\ude42 vs 😂 = \ud83d\ude02 at the end, sharing nothing at the tail
    const f = diffEdit('x\ud83d\ude00', 'x\ud834\ude00')!; // same low surrogate, different high
    expect(f).toEqual({ start: 1, deletedLength: 2, insertedLength: 2 });
  });
  it('round-trips: applying the edit to the old text gives the new text', () => {
    const pairs = [
      ['aaaa', 'aa'],
      ['abab', 'ab'],
      ['hello world', 'hello brave new world'],
      ['x', 'y'],
      ['Møde d. 5/3', 'Møde senest d. 5/3 kl. 10'],
    ];
    for (const [a, b] of pairs) {
      const e = diffEdit(a, b)!;
      expect(apply(a, e, b.slice(e.start, e.start + e.insertedLength))).toBe(b);
    }
  });
});

describe('remapSpans', () => {
  const spans = [
    { start: 0, end: 3, id: 'a' },
    { start: 5, end: 8, id: 'b' },
    { start: 10, end: 14, id: 'c' },
  ];
  it('shifts spans after an insertion and keeps the ones before', () => {
    expect(remapSpans(spans, { start: 4, deletedLength: 0, insertedLength: 2 })).toEqual([
      { start: 0, end: 3, id: 'a' },
      { start: 7, end: 10, id: 'b' },
      { start: 12, end: 16, id: 'c' },
    ]);
  });
  it('drops spans whose own text was edited', () => {
    expect(remapSpans(spans, { start: 6, deletedLength: 1, insertedLength: 0 }).map((s) => s.id)).toEqual(['a', 'c']);
    expect(remapSpans(spans, { start: 7, deletedLength: 5, insertedLength: 1 }).map((s) => s.id)).toEqual(['a']);
  });
  it('keeps a span when text is inserted right at its start or end', () => {
    const atStart = remapSpans(spans, { start: 5, deletedLength: 0, insertedLength: 1 });
    expect(atStart.find((s) => s.id === 'b')).toEqual({ start: 6, end: 9, id: 'b' });
    const atEnd = remapSpans(spans, { start: 8, deletedLength: 0, insertedLength: 1 });
    expect(atEnd.find((s) => s.id === 'b')).toEqual({ start: 5, end: 8, id: 'b' });
  });
  it('shifts spans left after a deletion before them', () => {
    expect(remapSpans(spans, { start: 3, deletedLength: 2, insertedLength: 0 })).toEqual([
      { start: 0, end: 3, id: 'a' },
      { start: 3, end: 6, id: 'b' },
      { start: 8, end: 12, id: 'c' },
    ]);
  });
  it('returns a copy when there is no edit', () => {
    const out = remapSpans(spans, null);
    expect(out).toEqual(spans);
    expect(out).not.toBe(spans);
  });
});
