import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseWithDiagnostics } from '@/lib/analysis/analyse';
import { analyseIncrementalWithDiagnostics, chunksOf, incrementalModel, paragraphsOf, type IncrementalState } from '@/lib/analysis/incremental';
import { allRules } from '@/lib/analysis/rules';
import { buildModel } from '@/lib/analysis/text/model';
import { CATEGORIES, FIELD_ROLES, type AnalyseOptions, type Category, type FieldRole, type FormKind } from '@/lib/analysis/types';
import { DEV } from '../../corpus/dev';
import { HOLDOUT } from '../../corpus/holdout';
import { load, type IndependentEntry } from '../../corpus/independent';

/** Every corpus text with the form and field it was written in. */
const ENTRIES: { text: string; form: FormKind | null; field: FieldRole | null; subKind?: 'indstilling' }[] = [
  ...DEV,
  ...HOLDOUT,
  ...['accommodations', 'agreements', 'documents', 'graded', 'roles', 'shorthand'].flatMap((n) => load<IndependentEntry>(n)),
];

/** Fragments an edit inserts: headings that start sections, bullets, placeholders, CPR numbers, units, ascii spellings. */
const FRAGMENTS = [
  'Skånehensyn:', 'Skånehensyn', 'JOBMÅL', 'Jobmål: ', '3. Hensyn', 'Timetal:', 'Aftaler', 'Ressourcer\n', '- ', '• ', '* ', '1. ',
  'a) ', '(2) ', 'Du vil søge 3 stillinger som lagermedarbejder hos Netto inden d. 15.03.', 'Du skal arbejde på din jobsøgning.',
  'Borger kan arbejde 8 timer om ugen.', 'ca. 6–10 timer', '10', ' t', 't ', '10 t', '[dato]', '[antal]', '[stilling]',
  '010190-1234', 'Sagsnr. ', 'Borger fortæller, at hun har ondt i ryggen.', 'Jobcentret vurderer', 'arbejdsintensitet på 60 %',
  'Borger er informeret om mulighederne for praktik.', 'vil overveje', 'fleksjobber', 'Jeg søger job som kok.',
  'ingen tunge løft', 'højst 5 kg', 'hos ', 'Netto', 'kl. 10.30', 'd. 7. marts', 'f.eks. ', 'bl.a. ', 'uge 12', 'fortaeller',
  'loefte', 'æ', 'ø', 'å', 'aa', ' ', '  ', '\t', '\u00a0', '\u200b', '\n', '\n\n', '\n\n\n', '\r\n', ' \n', '\n \n', '.', ':',
  ',', '!', '?', '…', '"', '»', '(', ')', 'og ', 'men ', 'Progression: fra 9 til 11 timer.', 'Rehabiliteringsteamet indstiller til fleksjob.',
  // Across a paragraph break: what a rule that wrongly claims to be paragraph-local would get wrong.
  'Sagsnr.\n\n010190-1234', 'Skånehensyn:\n\n', 'Skånehensyn\n\n- ', '\n\n- ingen tunge løft', '\n\nSkånehensyn:\n', 'hos\n\nNetto',
  'inden\n\n5.3.', '10\n\nt', 'Jobmål:\n\n', '\n\nKan ikke tåle kulde.', '\n\nDu skal søge job.', 'fleksjobber\n\nJeg',
  'Borger kan arbejde 8 timer om ugen.\n\nTimetallet forventes at kunne øges.',
];
/** Sentences of the corpus, to put two of them on either side of a paragraph break. */
const SENTENCES = [...new Set(ENTRIES.flatMap((e) => e.text.split(/(?<=[.!?])\s+|\n+/)).filter((x) => x.trim().length > 3))];

type Edit =
  | { kind: 'insert'; at: number; s: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; s: string }
  | { kind: 'insertLine'; line: number; s: string }
  | { kind: 'deleteLine'; line: number }
  | { kind: 'joinLines'; line: number }
  | { kind: 'atBreak'; at: number; s: string };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 4 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(...ENTRIES.map((e) => e.text.split('\n')[0]!)) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...SENTENCES), fc.constantFrom('\n\n', '\n', '\n\n\n', ' '), fc.constantFrom(...SENTENCES)).map((t) => t.join('')) },
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fraction, s: fragment }),
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fraction, length: fc.integer({ min: 1, max: 20 }), s: fragment }),
  fc.record({ kind: fc.constant('insertLine' as const), line: fraction, s: fc.oneof(fragment, fc.constant('')) }),
  fc.record({ kind: fc.constant('deleteLine' as const), line: fraction }),
  fc.record({ kind: fc.constant('joinLines' as const), line: fraction }),
  fc.record({ kind: fc.constant('atBreak' as const), at: fraction, s: fragment }),
);

function apply(text: string, e: Edit): string {
  const pos = (f: number, n: number) => Math.min(n, Math.floor(f * (n + 1)));
  switch (e.kind) {
    case 'insert': {
      const at = pos(e.at, text.length);
      return text.slice(0, at) + e.s + text.slice(at);
    }
    case 'delete': {
      const at = pos(e.at, text.length);
      return text.slice(0, at) + text.slice(at + e.length);
    }
    case 'replace': {
      const at = pos(e.at, text.length);
      return text.slice(0, at) + e.s + text.slice(at + e.length);
    }
    case 'atBreak': {
      // Right before or after a line break (where paragraphs meet).
      const breaks = [...text.matchAll(/\n/g)].map((m) => m.index);
      if (!breaks.length) return text + e.s;
      const k = pos(e.at, breaks.length * 2 - 1);
      const at = breaks[Math.min(breaks.length - 1, k >> 1)]! + (k & 1);
      return text.slice(0, at) + e.s + text.slice(at);
    }
    default: {
      const lines = text.split('\n');
      const i = pos(e.line, lines.length - 1);
      if (e.kind === 'insertLine') lines.splice(i, 0, e.s);
      else if (e.kind === 'deleteLine') lines.splice(i, 1);
      else if (i + 1 < lines.length) lines.splice(i, 2, lines[i]! + ' ' + lines[i + 1]!);
      return lines.join('\n');
    }
  }
}

/** A starting text: one corpus text, or several joined as paragraphs (with the first one's form and field). */
const start = fc
  .array(fc.integer({ min: 0, max: ENTRIES.length - 1 }), { minLength: 1, maxLength: 4 })
  .chain((ids) => fc.constantFrom('\n\n', '\n', '\n\n\n', ' \n\n').map((sep) => ({ ids, sep })));

/** The entry's own options, or the same text in another field (the panel always passes a field), or no field at all. */
const variant = fc.record({
  role: fc.oneof({ weight: 3, arbitrary: fc.constant('own' as const) }, fc.constant(null), fc.constantFrom(...FIELD_ROLES)),
  disabled: fc.oneof({ weight: 3, arbitrary: fc.constant<Category[]>([]) }, fc.subarray([...CATEGORIES], { minLength: 1, maxLength: 2 })),
});

const RUNS = Number(process.env.INCREMENTAL_RUNS ?? 300);

describe('incremental analysis equals analyse()', () => {
  it('some rules are sentence rules (the cache is exercised)', () => {
    expect(allRules.filter((r) => r.scope === 'sentence').map((r) => r.id).sort()).toEqual(
      ['advice-not-action', 'intensity-reference', 'long-sentence', 'unfilled-placeholder'],
    );
  });

  it('paragraphs split at blank lines, keep a number and its unit together', () => {
    const text = 'Aftale 1\nfortsat\n\n  - Du vil søge\n \nkl. 10\n\nt om ugen';
    expect(paragraphsOf(text).map((c) => text.slice(c.start, c.end))).toEqual(['Aftale 1\nfortsat', '  - Du vil søge', 'kl. 10\n\nt om ugen']);
  });

  it('over corpus texts under random edits in sequence (model and result, each step)', () => {
    fc.assert(
      fc.property(start, variant, fc.array(edit, { minLength: 1, maxLength: 12 }), ({ ids, sep }, v, edits) => {
        const first = ENTRIES[ids[0]!]!;
        let text = ids.map((i) => ENTRIES[i]!.text).join(sep);
        const field = v.role === 'own' ? first.field : v.role;
        const opts: AnalyseOptions = {
          ...(first.form ? { form: first.form } : {}),
          ...(field ? { field } : {}),
          ...(first.subKind ? { subKind: first.subKind } : {}),
          ...(v.disabled.length ? { disabledCategories: v.disabled } : {}),
        };
        let state: IncrementalState | null = null;
        let modelState: IncrementalState | null = null;
        for (const e of [null, ...edits]) {
          if (e) text = apply(text, e);
          const m = incrementalModel(text, modelState);
          modelState = m.state;
          expect(m.model).toEqual(buildModel(text));
          const full = analyseWithDiagnostics(text, opts);
          const inc = analyseIncrementalWithDiagnostics(text, opts, state);
          state = inc.state;
          expect(inc.failures).toEqual(full.failures);
          expect(inc.result).toEqual(full.result);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('keystroke by keystroke at a cursor in a long multi-paragraph text', () => {
    const key = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzæøå ') },
      { weight: 1, arbitrary: fc.constantFrom('\n', '.', ',', ':', '-', '1', '0', '[', ']', 'Backspace', 'Backspace', 'Left', 'Right', 'Up') },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: ENTRIES.length - 1 }),
        fc.constantFrom<FieldRole>('agreement', 'accommodations', 'resources', 'job-goal', 'hours', 'cv-profile'),
        fraction,
        fc.array(key, { minLength: 5, maxLength: 60 }),
        (offset, field, at, keys) => {
          let text = Array.from({ length: 12 }, (_, i) => ENTRIES[(offset + i * 13) % ENTRIES.length]!.text).join('\n\n');
          let cursor = Math.floor(at * text.length);
          const opts: AnalyseOptions = { field };
          let state: IncrementalState | null = null;
          for (const k of keys) {
            if (k === 'Backspace') {
              text = text.slice(0, Math.max(0, cursor - 1)) + text.slice(cursor);
              cursor = Math.max(0, cursor - 1);
            } else if (k === 'Left') cursor = Math.max(0, cursor - 1);
            else if (k === 'Right') cursor = Math.min(text.length, cursor + 1);
            else if (k === 'Up') cursor = Math.max(0, text.lastIndexOf('\n', cursor - 1));
            else {
              text = text.slice(0, cursor) + k + text.slice(cursor);
              cursor += k.length;
            }
            const inc = analyseIncrementalWithDiagnostics(text, opts, state);
            state = inc.state;
            expect(inc.result).toEqual(analyseWithDiagnostics(text, opts).result);
          }
        },
      ),
      { numRuns: Math.max(20, Math.round(RUNS / 5)) },
    );
  }, 300_000);

  it('cuts a long paragraph between sentences only, the same chunks before and after an edit elsewhere', () => {
    const para = Array.from({ length: 40 }, (_, i) => ENTRIES[(i * 7) % ENTRIES.length]!.text.replace(/\s*\n\s*/g, ' ')).join(' ');
    const chunks = chunksOf(para);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.slice(1).every((c) => c.continues && para[c.start - 1] === ' ' && /[.!?]/.test(para[c.start - 2]!))).toBe(true);
    const at = chunks[Math.floor(chunks.length / 2)]!.start + 3;
    const edited = para.slice(0, at) + 'xyz' + para.slice(at);
    const after = new Set(chunksOf(edited).map((c) => edited.slice(c.start, c.end)));
    const kept = chunks.filter((c) => after.has(para.slice(c.start, c.end))).length;
    expect(kept).toBeGreaterThanOrEqual(chunks.length - 2);
  });

  it('time expressions across a blank line are found as analyse() finds them', () => {
    for (const text of ['Du vil søge job inden\n\n5.3. Godt.', 'Mødet er kl.\n\n10.30 hver uge.', 'Du kommer hver tirsdag.\n\nMandag d. 5.3 ringer du.', 'Hun kan arbejde kl. 10\n\nuge 12', 'Inden d. 7.\n\nkl. 10 ringer du.', 'Skånehensyn:\n\nkl. 10 hver uge', 'Pause hver time;\n\nuge 12', 'Hun arbejder mandag,\n\nkl. 10.', 'Mødet er tirs.\n\nkl. 10', 'Op til uge 12 -\n\n14 arbejder hun.']) {
      for (const field of ['agreement', 'accommodations'] as const) {
        expect(analyseIncrementalWithDiagnostics(text, { field }, null).result).toEqual(analyseWithDiagnostics(text, { field }).result);
      }
    }
  });

  it('in long single paragraphs (corpus texts joined without blank lines) under random edits, for every field role', () => {
    const flat = ENTRIES.map((e) => e.text.replace(/\s*\n\s*/g, ' ')).filter((t) => t.length > 20);
    const inside = fc.oneof(
      { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, s: fragment.map((x) => x.replace(/\n/g, ' ')) }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 40 }) }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fraction, length: fc.integer({ min: 1, max: 20 }), s: fragment }) },
      { weight: 1, arbitrary: edit },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: flat.length - 1 }),
        fc.integer({ min: 2_000, max: 20_000 }),
        fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...FIELD_ROLES) }, { weight: 1, arbitrary: fc.constant<FieldRole>('accommodations') }),
        fc.constantFrom<FormKind | null>('rehab', 'minplan', 'cv', null),
        fc.array(inside, { minLength: 1, maxLength: 6 }),
        (offset, length, field, form, edits) => {
          let text = '';
          for (let i = 0; text.length < length; i++) text += (i ? ' ' : '') + flat[(offset + i * 11) % flat.length]!;
          const opts: AnalyseOptions = { field, ...(form ? { form } : {}) };
          let state: IncrementalState | null = null;
          for (const e of [null, ...edits]) {
            if (e) text = apply(text, e);
            const full = analyseWithDiagnostics(text, opts);
            const inc = analyseIncrementalWithDiagnostics(text, opts, state);
            state = inc.state;
            expect(inc.failures).toEqual(full.failures);
            expect(inc.result).toEqual(full.result);
          }
          expect(incrementalModel(text, null).model).toEqual(buildModel(text));
        },
      ),
      { numRuns: Math.max(10, Math.round(RUNS / 6)) },
    );
  }, 300_000);

  it('a keystroke in a long skånehensyn paragraph runs vague-accommodation on the changed chunks only', () => {
    const flat = ENTRIES.filter((e) => e.field === 'accommodations').map((e) => e.text.replace(/\s*\n\s*/g, ' '));
    let text = '';
    for (let i = 0; text.length < 20_000; i++) text += (i ? ' ' : '') + flat[i % flat.length]!;
    const seen: number[] = [];
    const rules = allRules.map((r) => (r.id === 'vague-accommodation' ? { ...r, check: (ctx: Parameters<typeof r.check>[0]) => (seen.push(ctx.text.length), r.check(ctx)) } : r));
    const opts: AnalyseOptions = { form: 'rehab', field: 'accommodations' };
    const first = analyseIncrementalWithDiagnostics(text, opts, null, rules);
    const at = text.indexOf('. ', 10_000) + 1;
    const edited = text.slice(0, at) + ' Han kan løfte højst 5 kg.' + text.slice(at);
    seen.length = 0;
    const inc = analyseIncrementalWithDiagnostics(edited, opts, first.state, rules);
    expect(inc.result).toEqual(analyseWithDiagnostics(edited, opts).result);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((n) => n < 2_000)).toBe(true);
  });

  it('reuses unchanged paragraphs: their models are the same objects after an edit elsewhere', () => {
    const a = 'Du vil søge 3 stillinger som kok inden d. 1.4.';
    const b = 'Du skal opdatere dit CV.';
    const one = incrementalModel(`${a}\n\n${b}`, null);
    const two = incrementalModel(`${a}\n\n${b} Og ringe til Netto.`, one.state);
    expect(two.entries[0]).toBe(one.entries[0]);
    expect(two.entries[1]).not.toBe(one.entries[1]);
    // The first paragraph did not move: its words are the very same objects.
    expect(two.model.words[0]).toBe(one.model.words[0]);
  });
});
