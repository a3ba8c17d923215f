import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse, analyseWithDiagnostics } from '@/lib/analysis/analyse';
import { buildModel } from '@/lib/analysis/text';
import { findTimeExpressions } from '@/lib/analysis/text/time';
import { ROLES_BY_FORM, type AnalyseOptions, type AnalysisResult, type FieldRole, type FormKind } from '@/lib/analysis/types';

const int = (x: unknown) => Number.isInteger(x);

/** Every offset-bearing part of a result is an integer span inside the text and its text is the slice. */
function assertValid(text: string, r: AnalysisResult): void {
  const inRange = (s: { start: number; end: number }) => int(s.start) && int(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;
  expect(int(r.jobFocus.score) && r.jobFocus.score >= 0 && r.jobFocus.score <= 100).toBe(true);
  for (const c of r.jobFocus.criteria) for (const e of c.evidence) expect(inRange(e)).toBe(true);
  for (const f of r.findings) {
    expect(inRange(f)).toBe(true);
    expect(f.excerpt).toBe(text.slice(f.start, f.end));
    expect(f.message.trim().length).toBeGreaterThan(0);
  }
  for (let i = 1; i < r.findings.length; i++) expect(r.findings[i]!.start).toBeGreaterThanOrEqual(r.findings[i - 1]!.start);
  for (const a of r.agreements) {
    expect(inRange(a)).toBe(true);
    expect(a.text).toBe(text.slice(a.start, a.end));
  }
  expect(int(r.lix) && r.lix >= 0).toBe(true);
}

const DANISH = [
  'Du skal arbejde på din jobsøgning.', 'Du vil søge 3 stillinger som lagermedarbejder i Kolding inden d. 15.03.',
  'Han skal skånes.', 'Max 5 kg løft, højst 10 gange i timen.', 'Borgers CPR-nummer er 010190-1234.',
  'Borger fortæller, at hun har ondt i ryggen.', 'Jeg søger job som kok.', '- ', '• ', '1. ', 'a) ', 'kl. 10.30', 'd. 7. marts',
  'f.eks. ', 'bl.a. ', 'uge 12', 'på sigt', 'Aabenraa', '\n', '\r\n', '\n\n', ' ', '\u00a0', '\u200b', '\u200d', '\ufeff',
  '😀', '👩‍👩‍👧', 'e\u0301', 'a\u030a', '\ud800', '\udc00', '.', '!', '?', ':', '…', '"', '»', '«', '(', ')', '10-15 timer', '1/3',
];
const danishText = fc.array(fc.constantFrom(...DANISH), { maxLength: 30 }).map((p) => p.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  danishText,
  fc.tuple(danishText, fc.string({ unit: 'binary', maxLength: 30 }), danishText).map((t) => t.join('')),
);
const FORMS = Object.keys(ROLES_BY_FORM) as FormKind[];
const options: fc.Arbitrary<AnalyseOptions> = fc.oneof(
  fc.constant({}),
  fc.constantFrom(...FORMS).map((form) => ({ form })),
  fc.constantFrom(...FORMS).chain((form) => fc.constantFrom(...(ROLES_BY_FORM[form] as readonly FieldRole[])).map((field) => ({ form, field }))),
  fc.constantFrom(...(Object.values(ROLES_BY_FORM).flat() as FieldRole[])).map((field) => ({ field })),
  fc.record({ form: fc.constant('minplan' as const), field: fc.constant('agreement' as const), subKind: fc.constant('indstilling' as const) }),
);

describe('analyse on any input', () => {
  it('never throws, no rule fails, offsets valid, excerpts match, deterministic', () => {
    fc.assert(
      fc.property(anyText, options, (text, opts) => {
        const { result, failures } = analyseWithDiagnostics(text, opts);
        expect(failures).toEqual([]);
        assertValid(text, result);
        expect(analyse(text, opts)).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });

  it('model and time expressions: spans in range, words are slices, in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const m = buildModel(text);
        let last = -1;
        for (const w of m.words) {
          expect(w.text).toBe(text.slice(w.start, w.end));
          expect(w.start).toBeGreaterThan(last);
          last = w.start;
        }
        for (const s of m.sentences) expect(s.text).toBe(text.slice(s.start, s.end));
        for (const b of m.blocks) {
          expect(b.text).toBe(text.slice(b.start, b.end));
          expect(b.contentStart >= b.start && b.contentStart <= b.end).toBe(true);
        }
        for (const t of findTimeExpressions(text)) expect(t.start >= 0 && t.end <= text.length && t.start < t.end).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('analyse on extreme input', () => {
  const cases: [string, string][] = [
    ['1 MB of one letter', 'a'.repeat(1 << 20)],
    ['1 MB of periods', '.'.repeat(1 << 20)],
    ['1 MB of newlines', '\n'.repeat(1 << 20)],
    ['40 kB of agreement bullets', '- Du skal søge job.\n'.repeat(2_000)],
    ['lone surrogates', '\ud800\udc00\ud800x\udc00'.repeat(20_000)],
    ['combining marks', 'e\u0301\u0301\u0301'.repeat(50_000)],
    ['emoji and ZWJ', '👩‍👩‍👧 😀\u200d'.repeat(30_000)],
    ['CRLF and NBSP', 'Du vil søge\u00a03 job.\r\n'.repeat(2_000)],
    ['digits', '0123456789'.repeat(100_000)],
  ];
  it.each(cases)('%s', (_name, text) => {
    for (const opts of [{}, { form: 'minplan', field: 'agreement' }, { form: 'rehab', field: 'accommodations' }] as AnalyseOptions[]) {
      const { result, failures } = analyseWithDiagnostics(text, opts);
      expect(failures).toEqual([]);
      assertValid(text, result);
    }
  });
});
