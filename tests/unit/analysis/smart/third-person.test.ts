import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import type { Smart } from '@/lib/analysis/types';

/**
 * Min Plan agreements in the third person, with the jobcentre or a colleague as actor, in the passive, with the dates
 * caseworkers write ("d. 3/4", "uge 14", "til næste samtale", "inden fre."). Each verdict is [specific, measurable,
 * time-bound] as the guide's SMART questions answer it (001 L3037–3045).
 */
const run = (text: string) => analyse(text, { form: 'minplan', field: 'agreement' });
const verdict = (text: string): boolean[] => {
  const a = run(text).agreements;
  expect(a, text).toHaveLength(1);
  const s: Smart = a[0]!.smart;
  return [s.specific, s.measurable, s.timeBound];
};
const rewrite = (text: string, ruleId = 'smart-agreement') => run(text).findings.find((f) => f.ruleId === ruleId)?.suggestions[0]?.replacement;

describe('third person, jobcentre and passive: the verdict', () => {
  it.each([
    ['Borger søger 5 stillinger som chauffør inden d. 3/4', [true, true, true]],
    ['Jobcentret sender henvisning til praktik i uge 14', [true, true, true]],
    ['Der aftales møde med virksomheden til næste samtale', [true, true, true]],
    ['Peter undersøger muligheder', [false, false, false]],
    ['Sagsbehandler kontakter Netto i Viborg om praktik inden udgangen af marts', [true, true, true]],
    // Variants: names, abbreviated subjects, colleagues, the passive, notes' dates.
    ['Hanne sender 3 ansøgninger som sosu-hjælper inden d. 12/5', [true, true, true]],
    ['sb. ringer til Coop i Vejle om løntilskud inden uge 3', [true, true, true]],
    ['Der sendes henvisning til AMU-kursus i truck inden uge 9', [true, true, true]],
    ['Jobkonsulenten følger op med Lise på praktikken hos Føtex i uge 22', [true, true, true]],
    ['Der afholdes opfølgningsmøde med Netto i Holstebro d. 14/6', [true, true, true]],
    ['Jobcentret bestiller en arbejdspladsvurdering hos Falck inden uge 30', [true, true, true]],
    ['Du og din mentor evaluerer praktikken med Jonas d. 2/9 kl. 10', [true, true, true]],
    ['Ali afprøver varemodtagelse 2 timer om ugen fra uge 40', [true, true, true]],
    ['Mette afklarer sine muligheder', [false, false, false]],
    ['Der arbejdes videre med jobsøgningen', [false, false, false]],
    ['Borger tænker over jobmål til næste samtale', [false, false, true]],
    ['Borger søger 5 stillinger inden d. 3/4', [false, true, true]],
    ['Borger søger 5 stillinger som chauffør', [true, true, false]],
  ])('%s', (text, want) => {
    expect(verdict(text)).toEqual(want);
  });

  it('a meeting named as the agreement, at a set date or time, is the action (held or not)', () => {
    expect(verdict('opf. samtale d. 12/6 kl. 13 i praktikken hos Kvickly m. afd.leder Bo')).toEqual([true, true, true]);
    expect(verdict('Næste opfølgning d. 3/12 kl. 13 på værkstedet')).toEqual([true, true, true]);
    expect(verdict('Opfølgningsmøde med butikschef Lone i uge 22')).toEqual([true, true, true]);
    // Without a time it is only a word.
    expect(verdict('Samtale med Lone')).toEqual([false, false, false]);
  });

  it('a number in a name is no amount ("Rema 1000"): nothing is flagged as unrealistic', () => {
    expect(run('Borger kontakter Rema 1000 i Skive om praktik inden d. 20/3').findings).toEqual([]);
  });
});

describe('third person, jobcentre and passive: rewrites keep the person and the facts', () => {
  it.each([
    ['Peter undersøger muligheder', 'Peter undersøger muligheder ved at [handling] inden d. [dato]'],
    ['Borger skal søge 4 stillinger om ugen', 'Borger skal søge 4 stillinger som [stilling] om ugen frem til d. [dato]'],
    ['Borger søger 5 stillinger som chauffør', 'Borger søger 5 stillinger som chauffør inden d. [dato]'],
    ['Der arbejdes videre med jobsøgningen', 'Der arbejdes videre med jobsøgningen ved at søge [antal] stillinger som [stilling] inden d. [dato]'],
    ['Der ses på muligheder for praktik', 'Der ses på muligheder for praktik ved at kontakte [virksomhed] om en praktik som [stilling] inden d. [dato]'],
    ['bgr. søger job som kok inden uge 14', 'bgr. søger [antal] job som kok inden uge 14'],
    ['Jobcentret sender henvisning til praktik', 'Jobcentret sender henvisning til praktik inden d. [dato]'],
    // The subject is no topic: "Jobcentret" asks for no job search.
    ['Jobcentret undersøger muligheder for borger', 'Jobcentret undersøger muligheder for borger ved at [handling] inden d. [dato]'],
  ])('%s', (text, want) => {
    const got = rewrite(text)!;
    expect(got).toBe(want);
    expect(got).not.toMatch(/\bdu vil\b/i);
  });

  it('advice and intentions become the action by the same person, with the user’s own deadline', () => {
    expect(rewrite('Borger overvejer uddannelse', 'advice-not-action')).toBe('Borger vil kontakte [uddannelsessted] om [uddannelse/kursus] inden d. [dato]');
    expect(rewrite('Hanne er informeret om løntilskud', 'advice-not-action')).toBe('Hanne vil kontakte [virksomhed] om løntilskud inden d. [dato]');
    expect(rewrite('Borger tænker over jobmål til næste samtale', 'advice-not-action')).toBe('Borger vil søge [antal] stillinger som [stilling] til næste samtale');
    expect(rewrite('Du overvejer at tage et truckcertifikat', 'advice-not-action')).toBe('Du vil tage et truckcertifikat inden d. [dato]');
  });

  it('filled in as asked, every rewrite is SMART', () => {
    const fill: Record<string, string> = {
      antal: '3', stilling: 'lagermedarbejder', dato: '15.03', virksomhed: 'Netto', handling: 'sende 2 ansøgninger til Netto',
      uddannelsessted: 'AMU Syd', 'uddannelse/kursus': 'truckcertifikat',
    };
    for (const [text, ruleId] of [
      ['Peter undersøger muligheder', 'smart-agreement'],
      ['Der arbejdes videre med jobsøgningen', 'smart-agreement'],
      ['Borger skal søge 4 stillinger om ugen', 'smart-agreement'],
      ['Der ses på muligheder for praktik', 'smart-agreement'],
      ['Borger overvejer uddannelse', 'advice-not-action'],
      ['Hanne er informeret om løntilskud', 'advice-not-action'],
      ['Borger tænker over jobmål til næste samtale', 'advice-not-action'],
    ] as const) {
      const filled = rewrite(text, ruleId)!.replace(/\[([^\]]+)\]/g, (_, name: string) => fill[name]!);
      expect(filled, text).not.toMatch(/\[|undefined/);
      expect(verdict(filled), filled).toEqual([true, true, true]);
    }
  });
});

describe('an agreement that puts the job goal off (missing-job-goal)', () => {
  const goal = (text: string) => run(text).findings.filter((f) => f.ruleId === 'missing-job-goal').map((f) => f.excerpt);

  it('is flagged when no job is named anywhere in the field', () => {
    expect(goal('aftalt at bgr. tænker over jobmål')).toEqual(['aftalt at bgr. tænker over jobmål']);
    expect(goal('Borger finder ud af sit jobmål til næste samtale.')).toEqual(['Borger finder ud af sit jobmål til næste samtale']);
  });

  it('is not flagged when the field names a job, or the goal is not what is put off', () => {
    expect(goal('Borger søger 3 job som kok inden fre.\nBorger tænker over jobmål.')).toEqual([]);
    expect(goal('Borger overvejer praktik hos Netto inden uge 12.')).toEqual([]);
  });
});
