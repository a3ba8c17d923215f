import { describe, expect, it } from 'vitest';
import { buildModel, foldDanish } from '@/lib/analysis/text';
import { compileLexicon, findLex } from '@/lib/analysis/vocab/lexicon';

const sentences = (t: string) => buildModel(t).sentences.map((s) => s.text);

describe('buildModel: sentences', () => {
  it('does not end a sentence after Danish abbreviations, ordinal dates, times or numeric dates', () => {
    expect(sentences('Møde d. 7. marts kl. 10.30 med bl.a. Netto. Ca. halvdelen er ok.')).toEqual([
      'Møde d. 7. marts kl. 10.30 med bl.a. Netto.',
      'Ca. halvdelen er ok.',
    ]);
    expect(sentences('Du søger f.eks. job som chauffør, evt. i Vejle, jf. planen. Inden d. 05.02. Ring på tlf. 12345678.')).toEqual([
      'Du søger f.eks. job som chauffør, evt. i Vejle, jf. planen.',
      'Inden d. 05.02.',
      'Ring på tlf. 12345678.',
    ]);
    expect(sentences('Senest fredag d. 7. Marts. Mht. ferie inkl. weekend og nr. 3 er fx aftalt.')).toHaveLength(2);
  });

  it('ends sentences at ! and ?, and at a line break before a capitalised line', () => {
    expect(sentences('Hvad vil du? Jeg vil arbejde! Godt.\nNy linje her\nfortsat linje')).toEqual([
      'Hvad vil du?',
      'Jeg vil arbejde!',
      'Godt.',
      'Ny linje her\nfortsat linje',
    ]);
  });

  it('does not split at an initial', () => {
    expect(sentences('Kontakt J. Hansen i morgen.')).toEqual(['Kontakt J. Hansen i morgen.']);
  });
});

describe('buildModel: blocks', () => {
  it('finds paragraphs and bullet/numbered items with markers and contentStart', () => {
    const t = 'Aftale:\n- Du vil søge job.\n• Du vil ringe.\n* Tre.\n1. Fire.\na) Fem.\n2) Seks.\n\nEt afsnit.\nSamme afsnit.';
    const m = buildModel(t);
    expect(m.blocks.map((b) => [b.kind, b.marker])).toEqual([
      ['paragraph', null],
      ['item', '-'],
      ['item', '•'],
      ['item', '*'],
      ['item', '1.'],
      ['item', 'a)'],
      ['item', '2)'],
      ['paragraph', null],
    ]);
    for (const b of m.blocks) {
      expect(b.text).toBe(t.slice(b.start, b.end));
      expect(b.contentStart).toBeGreaterThanOrEqual(b.start);
    }
    expect(t.slice(m.blocks[1]!.contentStart, m.blocks[1]!.end)).toBe('Du vil søge job.');
    expect(m.blocks[7]!.sentences.map((s) => s.text)).toEqual(['Et afsnit.', 'Samme afsnit.']);
  });

  it('does not take a date at the start of a line for a numbered item', () => {
    const m = buildModel('5. februar skal du møde op.');
    expect(m.blocks[0]!.kind).toBe('paragraph');
  });

  it('continues an item over an indented or lower-case wrapped line', () => {
    const m = buildModel('- Du vil søge\n  tre job.\n- Næste');
    expect(m.blocks).toHaveLength(2);
    expect(m.blocks[0]!.text).toBe('- Du vil søge\n  tre job.');
  });

  it('handles CRLF and empty text', () => {
    const t = '- En.\r\n- To.\r\n';
    const m = buildModel(t);
    expect(m.blocks.map((b) => b.text)).toEqual(['- En.', '- To.']);
    expect(buildModel('')).toEqual({ text: '', blocks: [], sentences: [], words: [] });
  });
});

describe('buildModel: words', () => {
  it('gives words with offsets and folded norms, keeping numbers like 10.30, 05.02, 1/3 and 10-15 whole', () => {
    const t = 'Sosu-hjælper i Aabenraa kl. 10.30, d. 05.02 og 1/3, 10-15 timer.';
    const m = buildModel(t);
    expect(m.words.map((w) => w.text)).toEqual(['Sosu-hjælper', 'i', 'Aabenraa', 'kl', '10.30', 'd', '05.02', 'og', '1/3', '10-15', 'timer']);
    for (const w of m.words) expect(w.text).toBe(t.slice(w.start, w.end));
    expect(m.words[2]!.norm).toBe('åbenrå');
    expect(m.sentences[0]!.words).toHaveLength(11);
  });
});

describe('foldDanish', () => {
  it('keeps æøå, reads aa as å, folds other accents', () => {
    expect(foldDanish('Aabenraa')).toBe('åbenrå');
    expect(foldDanish('ÆBLE Øl Ål')).toBe('æble øl ål');
    expect(foldDanish('Café Müller')).toBe('cafe muller');
    expect(foldDanish('a\u030Ar')).toBe('år');
    expect(foldDanish('Ärger')).toBe('ærger');
  });
});

describe('phrase matching (vocab/lexicon.ts)', () => {
  const t = 'Du vil søge job og arbejde på din jobsøgning. Hun har 12 års erfaring i Aabenraa. Arbejde. På.';
  const m = buildModel(t);
  it('matches case-insensitively, with prefixes, numbers and folding; not across sentence punctuation', () => {
    const lex = compileLexicon('test-phrases', ['søg*', 'arbejde på', 'åbenrå', '# års erfaring', 'jobsøgning']);
    const found = findLex(m, lex).map((x) => [t.slice(x.start, x.end), x.entry]);
    expect(found).toEqual([
      ['søge', 0],
      ['arbejde på', 1],
      ['jobsøgning', 4],
      ['12 års erfaring', 3],
      ['Aabenraa', 2],
    ]);
  });
  it('prefers the longest phrase and respects word boundaries and `within`', () => {
    const lex = compileLexicon('test-longest', ['job', 'job og', 'øge']);
    expect(findLex(m, lex).map((x) => t.slice(x.start, x.end))).toEqual(['job og']);
    const within = { start: t.indexOf('Hun'), end: t.length };
    expect(findLex(m, compileLexicon('test-within', ['du', 'hun']), within).map((x) => x.start)).toEqual([within.start]);
  });
});

describe('buildModel: sentence ends after words that look like abbreviations', () => {
  it('splits after the pronoun "man" and the noun "søn" before a capitalised word', () => {
    expect(sentences('Det ved man. Han kommer. Hun har en søn. Han er 5 år.')).toEqual([
      'Det ved man.',
      'Han kommer.',
      'Hun har en søn.',
      'Han er 5 år.',
    ]);
  });
});
