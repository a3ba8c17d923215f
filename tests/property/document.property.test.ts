import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse, analyseText, type TextParts } from '@/lib/analysis/analyse';
import { analyseDocument } from '@/lib/analysis/analyse-document';
import { findSections } from '@/lib/analysis/document';
import { allRules } from '@/lib/analysis/rules';
import type { AnalyseOptions, AnalysisResult, FormKind } from '@/lib/analysis/types';
import { DEV } from '../corpus/dev';

/**
 * A document's sections are analysed on models cut from the whole text's model, with the whole text's lexicon hits and
 * time expressions (modelOfPart, primeHitsFrom, primeTimesFrom). The reference: the same document analysis with every
 * section's model built from its own text alone. They must be equal.
 */
function reference(text: string, options: AnalyseOptions): AnalysisResult | null {
  const sections = findSections(text, options.form ?? null);
  if (!sections.length) return null;
  const alone = (t: string, o: AnalyseOptions, rules: Parameters<typeof analyseText>[2], failures: Parameters<typeof analyseText>[3], parts: TextParts = {}) => {
    const { model: _shared, ...rest } = parts;
    return analyseText(t, o, rules, failures, rest);
  };
  return analyseDocument(text, options, sections, allRules, [], alone);
}

const HEADINGS = [
  'Jobmål', 'Jobmål:', 'JOBMÅL', 'Skånehensyn', 'Skånehensyn:', '3. Hensyn', 'Timetal', 'Timetal:', 'Ressourcer', 'Helbred',
  'Aftaler:', 'Det aftalte vi', 'Videre forløb:', 'Baggrund', 'Indstilling', 'Progressionsmål', 'Dine hensyn', 'Mit jobmål',
];
const FRAGMENTS = [
  'Du vil søge 3 stillinger som lagermedarbejder i Kolding inden d. 15.03.', 'Ingen tunge løft.', 'Max 5 kg løft, højst 10 gange i timen.',
  '8-12 timer om ugen', '12', 'timer', 'Borger har ondt i ryggen og går til fysioterapi 2 gange om ugen.', '- Du skal søge job.',
  '1. Du ringer til 3 skoler inden d. 12/9.', 'Endnu ikke afklaret.', 'kl. 10.30', 'uge 12', 'på sigt', 'fredag d. 7. marts',
  'Praktik hos Netto i Vejle fra d. 1. marts', 'Jeg søger job som kok.', 'ingen erfaring', 'Aabenraa', 'Borger kan arbejde 6-10 timer.',
];
const CORPUS = DEV.map((e) => e.text).filter((t) => t.length > 20);
const body = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...CORPUS)), { minLength: 1, maxLength: 4 }).chain((parts) =>
  fc.constantFrom(' ', '\n', '\n\n').map((sep) => parts.join(sep)),
);
const section = fc.tuple(fc.constantFrom(...HEADINGS), fc.constantFrom('\n', ' ', '\n\n'), body).map(([h, sep, b]) => `${h}${sep}${b}`);
const documentText = fc
  .tuple(fc.option(body, { nil: '' }), fc.array(section, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\n\n', '\n\n\n'))
  .map(([preamble, sections, sep]) => [preamble, ...sections].filter(Boolean).join(sep));
const FORMS: (FormKind | undefined)[] = [undefined, 'rehab', 'minplan', 'cv'];

describe('a document analysed on its whole text model equals its sections analysed alone', () => {
  it('random documents of headings, case-text fragments and corpus texts, in every form', () => {
    fc.assert(
      fc.property(documentText, fc.constantFrom(...FORMS), (text, form) => {
        const options: AnalyseOptions = form ? { form } : {};
        const expected = reference(text, options);
        if (expected) expect(analyse(text, options)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('corpus texts joined into long documents (as the benchmark builds them)', () => {
    for (let offset = 0; offset < 5; offset++) {
      let text = '';
      for (let i = 0; text.length < 6000; i++) text += `${CORPUS[(i * 7 + offset) % CORPUS.length]}\n\n`;
      const expected = reference(text, {});
      expect(expected).not.toBeNull();
      expect(analyse(text, {})).toEqual(expected);
    }
  });
});
