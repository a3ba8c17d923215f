import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES, foldLabel, matchRole } from '@/lib/detect';
import { compilePhrase, labelKeys, phraseIn } from '@/lib/detect/fold';

// Labels as pages write them: Danish letters, accents, ASCII spellings, case, separators, emoji and odd Unicode.
const piece = fc.constantFrom('æ', 'ø', 'å', 'Æ', 'Ø', 'Å', 'aa', 'AE', 'oe', 'é', 'ü', 'a', 'B', 'mål', '-', '_', ' ', '.', '1', '😀', '\u0301', '\u200b', 'Ж');
const label = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 12 }).map((a) => a.join(''));

describe('folding and matching on arbitrary labels', () => {
  it('foldLabel is idempotent and yields only a-z, 0-9, æ, ø, å and single spaces', () => {
    fc.assert(
      fc.property(label, (s) => {
        const f = foldLabel(s);
        expect(foldLabel(f)).toBe(f);
        expect(f).toMatch(/^(?:[a-z0-9æøå]+(?: [a-z0-9æøå]+)*)?$/);
      }),
    );
  });

  it('an already folded label (the fast path) folds as it does with a leading space (the full path)', () => {
    const folded = fc.array(fc.constantFrom('a', 'b', 'æ', 'ø', 'å', '1', ' ', 'mål', 'aa'), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(folded, label), (s) => {
        expect(foldLabel(s)).toBe(foldLabel(` ${s}`));
      }),
    );
  });

  it('every phrase matches a label that is exactly that phrase', () => {
    fc.assert(
      fc.property(label, (s) => {
        const p = compilePhrase(s);
        if (p.words.length > 0) expect(phraseIn(labelKeys(s), p)).toBe(true);
      }),
    );
  });

  it('an all-capitals label matches its lower-case phrase', () => {
    const lower = fc.array(piece, { maxLength: 12 }).map((a) => a.join('').toLowerCase());
    fc.assert(
      fc.property(lower, (s) => {
        const p = compilePhrase(s);
        if (p.words.length > 0) expect(phraseIn(labelKeys(s.toUpperCase()), p)).toBe(true);
      }),
    );
  });

  it('matchRole never throws and only returns roles of the profile', () => {
    fc.assert(
      fc.property(label, fc.constantFrom(...BUILTIN_PROFILES), (s, profile) => {
        const m = matchRole(s, profile);
        if (m) expect(Object.keys(profile.fields)).toContain(m.role);
      }),
    );
  });
});
