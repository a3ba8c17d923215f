import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import { buildModel } from '@/lib/analysis/text/model';
import { findTimeExpressions } from '@/lib/analysis/text/time';

/** Case notes as caseworkers write them in a hurry: abbreviations, typos, lower-case starts, no æ/ø/å. */
const flagged = (text: string, opts: Parameters<typeof analyse>[1]) => analyse(text, opts).findings.map((f) => [f.ruleId, f.excerpt]);

describe('the text model reads shorthand as the word meant, offsets into the original text', () => {
  it('abbreviations, unit abbreviations after a number, typos and ASCII spellings', () => {
    const m = buildModel('bgr. fortællr at hun kan 10-12 t/uge, min plan');
    expect(m.words.map((w) => [w.text, w.norm])).toEqual([
      ['bgr', 'borger'], ['fortællr', 'fortæller'], ['at', 'at'], ['hun', 'hun'], ['kan', 'kan'], ['10-12', '10-12'],
      ['t', 'timer'], ['uge', 'uge'], ['min', 'min'], ['plan', 'plan'],
    ]);
    for (const w of m.words) expect(m.text.slice(w.start, w.end)).toBe(w.text);
    expect(buildModel('borger fortaeller at hun ikke kan loefte tungt').words.map((w) => w.norm).join(' ')).toBe(
      'borger fortæller at hun ikke kan løfte tungt',
    );
    // A text with æ/ø/å keeps "ae"/"oe"; plurals of vowel stems are no ASCII spellings.
    expect(buildModel('Israel er på ferie').words[0]!.norm).toBe('israel');
    expect(buildModel('kollegaer og radioer').words.map((w) => w.norm)).toEqual(['kollegaer', 'og', 'radioer']);
  });

  it('lower-case sentence starts after a full stop, but not after an abbreviation or an ordinal', () => {
    expect(buildModel('har ondt i ryggen. kan ikke løfte').sentences.map((s) => s.text)).toEqual(['har ondt i ryggen.', 'kan ikke løfte']);
    expect(buildModel('talt med bgr. om praktik d. 3. maj').sentences).toHaveLength(1);
    expect(buildModel('aftalt ift. praktik, evt. hos Netto').sentences).toHaveLength(1);
  });
});

describe('every rule benefits', () => {
  it('reported speech with an abbreviated subject, a typo or the past tense', () => {
    expect(flagged('bgr. fortæller at hun har ondt i ryggen', { form: 'rehab', field: 'challenges' })).toEqual([
      ['reported-speech', 'bgr. fortæller at hun har ondt i ryggen'],
    ]);
    expect(flagged('bg fortællr at hun sover dårligt', { form: 'rehab', field: 'challenges' })).toEqual([
      ['reported-speech', 'bg fortællr at hun sover dårligt'],
    ]);
    expect(flagged('Bgr. fortalte at han ikke kan løfte', { form: 'rehab', field: 'challenges' })).toEqual([
      ['reported-speech', 'Bgr. fortalte at han ikke kan løfte'],
    ]);
    expect(flagged('borger fortaeller at hun ikke kan taale stress', { form: 'rehab', field: 'challenges' })).toEqual([
      ['reported-speech', 'borger fortaeller at hun ikke kan taale stress'],
    ]);
    expect(flagged('bgr. fortæller at hun har ondt. sb. vurderer at hun kan arbejde', { form: 'rehab', field: 'challenges' })).toEqual([]);
  });

  it('abbreviated hour units', () => {
    expect(flagged('Fleksjob 10-12 t/uge', { form: 'rehab', field: 'hours' })).toEqual([]);
    expect(flagged('bgr. kan arbejde 10 t. om ugen', { form: 'rehab', field: 'hours' })).toEqual([['fixed-hours', '10 t. om ugen']]);
  });

  it('deadlines as notes write them', () => {
    expect(findTimeExpressions('søge 3 job til nst. samtale').map((e) => [e.kind, 'søge 3 job til nst. samtale'.slice(e.start, e.end)])).toEqual([
      ['relative', 'til nst. samtale'],
    ]);
    const smart = (t: string) => analyse(t, { form: 'minplan', field: 'agreement' }).agreements[0]!.smart.timeBound;
    expect(smart('du skal søge 3 job som lagermedarbejder til nst. samtale')).toBe(true);
    expect(smart('du skal søge 3 job som lagermedarbejder inden uge 14')).toBe(true);
    expect(smart('du skal søge 3 job som lagermedarbejder')).toBe(false);
  });
});
