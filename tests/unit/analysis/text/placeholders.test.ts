import { describe, expect, it } from 'vitest';
import { findPlaceholders, hasPlaceholder, isPlaceholderName } from '@/lib/analysis/text/placeholders';

const names = (t: string) => findPlaceholders(t).map((p) => t.slice(p.start, p.end));

describe('placeholders', () => {
  it('are a short lower-case Danish name in square brackets, slash and space allowed', () => {
    expect(names('Du vil søge [antal] stillinger som [stilling] inden d. [dato].')).toEqual(['[antal]', '[stilling]', '[dato]']);
    expect(names('ud fra [hvad/hvor] og [beslægtet stilling] ved [hæve-sænkebord]')).toEqual(['[hvad/hvor]', '[beslægtet stilling]', '[hæve-sænkebord]']);
    expect(names('[antal]–[antal] timer')).toEqual(['[antal]', '[antal]']);
  });

  it('are not editorial marks, citations, names, check boxes or long remarks', () => {
    expect(names('"ingen løft [sic]" [1] [Netto] [x] [ ] [red.] [...]')).toEqual([]);
    expect(names('[efter eget udsagn og ifølge den seneste praktikrapport]')).toEqual([]);
    expect(names('[handling, fx sende 2 ansøgninger til]')).toEqual([]);
    expect(isPlaceholderName('a'.repeat(41))).toBe(false);
    expect(hasPlaceholder('Ingen pladsholdere her.')).toBe(false);
  });

  it('are found only inside the given span', () => {
    const t = '[dato] og [antal]';
    expect(findPlaceholders(t, { start: 1, end: t.length }).map((p) => p.name)).toEqual(['antal']);
  });
});
