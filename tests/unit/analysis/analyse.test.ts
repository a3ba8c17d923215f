import { describe, expect, it } from 'vitest';
import { analyse, analyseWithDiagnostics, lix, ruleApplies } from '@/lib/analysis/analyse';
import { inferContext } from '@/lib/analysis/infer';
import { defineRule, type Rule } from '@/lib/analysis/rule';
import { buildModel } from '@/lib/analysis/text';

const probe = (over: Partial<Rule> = {}): Rule =>
  defineRule({
    id: 'probe',
    category: 'plain-language',
    severity: 'info',
    appliesTo: { forms: '*', roles: '*', unknownField: true },
    message: 'Standardbesked',
    rationale: '000 L1',
    check: () => [{ start: 0, end: 3 }],
    examples: { valid: [], invalid: [] },
    ...over,
  });

describe('analyse: rule runner', () => {
  it('wraps reports into findings with rule meta, excerpt = slice and the default message', () => {
    const { result, failures } = analyseWithDiagnostics('Hej verden', {}, [probe()]);
    expect(failures).toEqual([]);
    expect(result.findings).toEqual([
      { ruleId: 'probe', category: 'plain-language', severity: 'info', start: 0, end: 3, excerpt: 'Hej', message: 'Standardbesked', suggestions: [] },
    ]);
  });

  it('clamps out-of-range spans, drops non-spans and duplicates, and sorts by start', () => {
    const rule = probe({
      check: () => [
        { start: 5, end: 999 },
        { start: -4, end: 2, message: 'egen' },
        { start: Number.NaN, end: 2 },
        { start: 3, end: 1 },
        { start: 5, end: 999 },
        { start: 1.7, end: 2.2, suggestions: [{ label: 'x', replacement: 'y' }, { label: 1 } as never] },
      ],
    });
    const text = 'Hej verden';
    const f = analyseWithDiagnostics(text, {}, [rule]).result.findings;
    expect(f.map((x) => [x.start, x.end, x.excerpt])).toEqual([
      [0, 2, 'He'],
      [1, 2, 'e'],
      [5, 10, 'erden'],
    ]);
    expect(f[0]!.message).toBe('egen');
    expect(f[1]!.suggestions).toEqual([{ label: 'x', replacement: 'y' }]);
  });

  it('survives a throwing rule and reports it', () => {
    const bad = probe({ id: 'bad', check: () => { throw new Error('boom'); } });
    const { result, failures } = analyseWithDiagnostics('tekst', {}, [bad, probe()]);
    expect(failures.map((x) => x.ruleId)).toEqual(['bad']);
    expect(result.findings.map((x) => x.ruleId)).toEqual(['probe']);
  });

  it('runs rules by form and field: field-less texts only get unknownField rules; disabled categories are skipped', () => {
    const onlyRehab = probe({ appliesTo: { forms: ['rehab'], roles: ['accommodations'] } });
    expect(ruleApplies(onlyRehab, { form: 'rehab', field: 'accommodations' }, new Set())).toBe(true);
    expect(ruleApplies(onlyRehab, { form: 'cv', field: 'cv-profile' }, new Set())).toBe(false);
    expect(ruleApplies(onlyRehab, { form: 'rehab', field: 'health' }, new Set())).toBe(false);
    expect(ruleApplies(onlyRehab, { form: 'rehab', field: null }, new Set())).toBe(false);
    expect(ruleApplies(onlyRehab, { form: null, field: 'accommodations' }, new Set())).toBe(true);
    expect(ruleApplies(probe(), { form: null, field: null }, new Set())).toBe(true);
    expect(ruleApplies(probe(), { form: null, field: null }, new Set(['plain-language']))).toBe(false);
    expect(analyse('Du skal søge job.', { form: 'minplan', field: 'agreement', disabledCategories: ['smart'] }).findings.filter((f) => f.category === 'smart')).toEqual([]);
  });

  it('runs CV-only rules only on a CV: not on rehab-style prose when form and field are unknown', () => {
    const ids = (text: string, opts = {}): string[] => analyse(text, opts).findings.map((f) => f.ruleId);
    const prose = 'Borger fortæller at hun har ondt i ryggen og går til fysioterapi.';
    const noForm = analyse(prose, {});
    expect(noForm.form).toBeNull();
    expect(noForm.findings.map((f) => f.ruleId)).not.toContain('health-in-cv');
    // The same health detail in a CV (given, or inferred from "Jeg søger job som …") is a warning.
    expect(ids('Jeg har ondt i ryggen og går til fysioterapi.', { form: 'cv' })).toContain('health-in-cv');
    const cv = analyse('Jeg søger job som lagermedarbejder. Jeg har diabetes og går til fysioterapi.', {});
    expect(cv.form).toBe('cv');
    expect(cv.findings.map((f) => f.ruleId)).toContain('health-in-cv');
  });

  it('reports the form and field it used', () => {
    expect(analyse('x', { form: 'rehab', field: 'accommodations' })).toMatchObject({ form: 'rehab', field: 'accommodations' });
    expect(analyse('x', { field: 'agreement' })).toMatchObject({ form: 'minplan', field: 'agreement' });
    expect(analyse('x', { field: 'job-goal' })).toMatchObject({ form: null, field: 'job-goal' });
    expect(analyse('Borger har ondt.')).toMatchObject({ form: null, field: null });
    // Roles do not depend on the form kind: a field labelled as agreements is one in any form.
    expect(analyse('x', { form: 'cv', field: 'agreement' })).toMatchObject({ form: 'cv', field: 'agreement' });
    expect(analyse('x', { form: 'minplan', field: 'accommodations' })).toMatchObject({ form: 'minplan', field: 'accommodations' });
  });

  it('returns agreements and smart-agreement findings over exactly the agreement span, with the rewrite as replacement', () => {
    const text = '- Du skal arbejde på din jobsøgning.\n- Du vil søge 3 stillinger som lagermedarbejder i Kolding inden d. 15.03.\n';
    const r = analyse(text, { form: 'minplan', field: 'agreement' });
    expect(r.agreements).toHaveLength(2);
    const f = r.findings.filter((x) => x.ruleId === 'smart-agreement');
    expect(f).toHaveLength(1);
    expect(f[0]!.excerpt).toBe('Du skal arbejde på din jobsøgning.');
    expect(f[0]!.suggestions[0]!.replacement).toBe(r.agreements[0]!.rewrite);
    const applied = text.slice(0, f[0]!.start) + f[0]!.suggestions[0]!.replacement + text.slice(f[0]!.end);
    expect(applied.startsWith('- Du vil arbejde på din jobsøgning ved at søge')).toBe(true);
    expect(applied.endsWith('- Du vil søge 3 stillinger som lagermedarbejder i Kolding inden d. 15.03.\n')).toBe(true);
  });

  it('handles empty and odd input without throwing', () => {
    expect(analyse('')).toEqual({ form: null, field: null, jobFocus: expect.any(Object), findings: [], agreements: [], lix: 0 });
    expect(() => analyse(undefined as unknown as string)).not.toThrow();
    expect(() => analyse('Du skal søge job.', null as never)).not.toThrow();
    expect(() => analyse('Du skal søge job.', { disabledCategories: 5 as never })).not.toThrow();
    expect(() => analyse('\uD800\u0301'.repeat(1000), { form: 'nonsense' as never, field: 'x' as never })).not.toThrow();
  });
});

describe('lix', () => {
  it('is words/sentences + 100 × long words/words, rounded', () => {
    // 6 words, 2 sentences, 2 long words (> 6 letters): 3 + 33.3 = 36
    expect(lix(buildModel('Hun søger arbejde. Det er spændende.'))).toBe(Math.round(6 / 2 + (100 * 2) / 6));
    expect(lix(buildModel(''))).toBe(0);
    expect(lix(buildModel('Lagermedarbejder'))).toBe(101);
  });
});

describe('inferContext', () => {
  it('recognises an agreement list, a CV job wish and skånehensyn; stays null when unsure', () => {
    const m = (t: string) => buildModel(t);
    expect(inferContext(m('- Du vil søge 3 job.\n- Du skal ringe til Netto.'))).toEqual({ form: 'minplan', field: 'agreement' });
    expect(inferContext(m('Jeg søger job som lagermedarbejder eller chauffør.'))).toEqual({ form: 'cv', field: 'cv-job-wish' });
    expect(inferContext(m('Han skal skånes for tunge løft.'))).toEqual({ form: 'rehab', field: 'accommodations' });
    expect(inferContext(m('Borger har været til samtale.'))).toEqual({ form: null, field: null });
    // A given form limits the guess to its roles.
    expect(inferContext(m('Jeg søger job som kok.'), { form: 'minplan' })).toEqual({ form: 'minplan', field: null });
    // Half agreements, half other things: not an agreement field.
    expect(inferContext(m('Mit mål: job som kok.\n- Du vil søge 3 job.\nBorger har ondt.'), { form: 'minplan' }).field).toBeNull();
  });
});
