import { describe, expect, it } from 'vitest';
import { buildModel } from '@/lib/analysis/text';
import { compileLexicon, findLex, hasLex, primeHitsFrom } from '@/lib/analysis/vocab/lexicon';
import { LEX } from '@/lib/analysis/vocab/lexicons';
import * as occupations from '@/lib/analysis/vocab/occupations';
import * as health from '@/lib/analysis/vocab/health';
import * as accommodation from '@/lib/analysis/vocab/accommodation';

const words = (text: string, lex: ReturnType<typeof compileLexicon>) => {
  const model = buildModel(text);
  return findLex(model, lex).map((h) => text.slice(h.start, h.end));
};

describe('compileLexicon / findLex', () => {
  const lex = compileLexicon('t', ['tunge løft', 'løft*', '*smerter', 'kasse'], ['samarbejdssmerter']);

  it('matches phrases, prefixes and compound heads, leftmost-longest, one hit per word', () => {
    expect(words('Ingen tunge løft, men løfter kasser og har rygsmerter.', lex)).toEqual(['tunge løft', 'løfter', 'rygsmerter']);
  });

  it('needs a longer word for a compound head and honours exceptions', () => {
    expect(words('smerter samarbejdssmerter knæsmerter', lex)).toEqual(['knæsmerter']);
  });

  it('folds case and the old "aa" spelling', () => {
    const l = compileLexicon('t', ['åbenrå', 'skånes']);
    expect(words('AABENRAA og Skaanes', l)).toEqual(['AABENRAA', 'Skaanes']);
  });

  it('limits hits to a span', () => {
    const text = 'kasse kasse kasse';
    const model = buildModel(text);
    expect(findLex(model, lex, { start: 6, end: 11 }).map((h) => h.start)).toEqual([6]);
    expect(hasLex(model, lex, { start: 0, end: 3 })).toBe(false);
  });
});

describe('vocabulary data', () => {
  it('has no empty or duplicated entries in the main lists', () => {
    for (const list of [occupations.OCCUPATIONS, health.DIAGNOSES, health.TREATMENT, accommodation.CONCRETE_ARRANGEMENTS]) {
      expect(list.every((e) => e.trim().length > 0)).toBe(true);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('every skånehensyn dimension has triggers and a template with visible placeholders (≤ 31 dimensions: a 32-bit mask)', () => {
    expect(accommodation.ACCOMMODATION_DIMENSIONS.length).toBeLessThanOrEqual(31);
    for (const d of accommodation.ACCOMMODATION_DIMENSIONS) {
      expect(d.triggers.length).toBeGreaterThan(0);
      expect(d.template).toMatch(/\[[^\]]+\]/);
    }
  });

  it('recognises job titles by list and by compound head, but not bare heads', () => {
    expect(words('Lagermedarbejder og pædagogmedhjælper søges; medarbejder og samarbejder.', LEX.occupations)).toEqual([
      'Lagermedarbejder', 'pædagogmedhjælper',
    ]);
    expect(words('Hun var kantineassistent og skovhjælper.', LEX.occupations)).toEqual(['kantineassistent', 'skovhjælper']);
  });

  it('recognises health words in compounds ("rygsmerter", "knæskade") but not "arbejdsproblemer"', () => {
    expect(words('rygsmerter, knæskade og arbejdsproblemer', LEX.diagnoses)).toEqual(['rygsmerter', 'knæskade']);
  });
});

describe('primeHitsFrom', () => {
  const lex = compileLexicon('p', ['tunge løft', 'løft*', '*smerter', 'kasse']);
  const whole = 'Jobmål: Ingen tunge løft og rygsmerter.\nSkånehensyn: løfter kasse';
  const cut = (start: number, end: number) => {
    const part = buildModel(whole.slice(start, end));
    const primed = primeHitsFrom(part, buildModel(whole), start);
    return { primed, hits: findLex(part, lex).map((h) => [h.start, h.end, h.wordIndex, h.wordCount]) };
  };

  it("gives a part the whole text's hits there, as the part's own", () => {
    const start = whole.indexOf('Ingen');
    const { primed, hits } = cut(start, whole.indexOf('\n'));
    expect(primed).toBe(true);
    const own = findLex(buildModel(whole.slice(start, whole.indexOf('\n'))), lex).map((h) => [h.start, h.end, h.wordIndex, h.wordCount]);
    expect(hits).toEqual(own);
    expect(hits.length).toBe(2);
  });

  it('finds its own hits when a hit of the whole crosses the edge of the part', () => {
    const own = (start: number, end: number) => findLex(buildModel(whole.slice(start, end)), lex).map((h) => [h.start, h.end, h.wordIndex, h.wordCount]);
    // "tunge løft" is cut to "løft" (a hit of its own in the part), or to "tunge" (none).
    const tail = [whole.indexOf('løft og'), whole.length] as const;
    expect(cut(...tail).hits).toEqual(own(...tail));
    expect(cut(...tail).hits[0]).toEqual([0, 4, 0, 1]);
    const head = [whole.indexOf('Ingen'), whole.indexOf(' løft og')] as const;
    expect(cut(...head).hits).toEqual(own(...head));
    expect(cut(...head).hits).toEqual([]);
  });

  it('declines when the words of the part are not the whole text\'s there', () => {
    // "løft" cut out of "løfter": the part's word is not the whole's.
    const start = whole.indexOf('løfter');
    expect(cut(start, start + 4).primed).toBe(false);
  });
});
