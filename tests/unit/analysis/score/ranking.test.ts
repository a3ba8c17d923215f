/**
 * The job-focus score must rank two texts for the same field the way the seeds' criteria would (issue 3 item 3).
 * Pairs are seed-derived: the good text applies the criterion the poor one misses (cited per pair).
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '@/lib/analysis/text';
import { scoreJobFocus } from '@/lib/analysis/score';
import type { FieldRole, FormKind } from '@/lib/analysis/types';

const MARGIN = 15;

interface Pair {
  form: FormKind;
  field: FieldRole;
  good: string;
  poor: string;
  why: string;
}

const PAIRS: readonly Pair[] = [
  // Jobnet CV
  { form: 'cv', field: 'cv-profile', why: '001 L3629, L3698–3700', good: 'Jeg har 6 års erfaring med kundeservice og kasse fra Føtex og søger job som butiksassistent.', poor: 'Jeg er glad og positiv og mødestabil.' },
  { form: 'cv', field: 'cv-job-wish', why: '001 L3876–3877', good: 'Lagermedarbejder, pakkemedarbejder eller chauffør i transportbranchen.', poor: 'Noget med mennesker.' },
  { form: 'cv', field: 'cv-experience', why: '001 L3626–3627', good: 'Butiksassistent hos Netto 2015–2020: kasse, varemodtagelse og opfyldning.', poor: 'Ansat 2015–2020.' },
  { form: 'cv', field: 'cv-education', why: '001 L3627–3629', good: 'Uddannet ernæringsassistent 2010; kursus i hygiejne og truckcertifikat.', poor: 'Folkeskole.' },
  { form: 'cv', field: 'cv-competences', why: '001 L3627–3629 (qualifications match tasks)', good: 'Kasseekspedition, varemodtagelse, Excel og kundeservice; kørekort B.', poor: 'Mange forskellige ting.' },
  { form: 'cv', field: 'cv-other', why: '001 L3698–3700', good: 'Frivillig i genbrugsbutik: sortering af tøj og kasse to dage om ugen.', poor: 'Jeg kan lide at gå ture.' },
  // Min Plan
  { form: 'minplan', field: 'job-goal', why: '001 L3786–3787, L3800; 000 L213–227', good: 'Jobmål: pladsmand i et tømrerfirma. Du besøger Tømrerlusen inden d. 15.02.', poor: 'Borger vil gerne i arbejde.' },
  { form: 'minplan', field: 'agreement', why: '000 L213–227; 001 L3907–3908', good: 'Du vil tage ud og besøge Hans Hansen i Tømrerlusen for at søge job som pladsmand inden d. 15.02.', poor: 'Borger søger job.' },
  { form: 'minplan', field: 'activity', why: '001 L1039–1041; 003 L3705–3709', good: 'Virksomhedspraktik hos Jysk i 3 uger fra d. 1.4. med pakning og lageropgaver.', poor: 'Praktik med henblik på afklaring.' },
  { form: 'minplan', field: 'meeting-summary', why: '001 L3947–3949', good: 'Vi aftalte, at du søger 2 stillinger som kantinemedarbejder inden d. 10.3., og at jeg kontakter Meyers Køkken.', poor: 'Vi talte om dit helbred, din ryg og din familie.' },
  // Rehabiliteringsplan
  { form: 'rehab', field: 'job-goal', why: '001 L3786–3787, L3795', good: 'Jobmål: køkkenmedhjælper i en kantine med opvask og anretning, 8–12 timer om ugen.', poor: 'Borger ønsker et fleksjob.' },
  { form: 'rehab', field: 'resources', why: '001 L524–526, L3603–3604', good: 'Borger har 10 års erfaring som chauffør, har kørekort C og er god til at planlægge ruter.', poor: 'Borger har smerter, angst og diskusprolaps og kan ikke arbejde.' },
  { form: 'rehab', field: 'challenges', why: '000 L169–171', good: 'Borger har svært ved tunge løft; kan varetage pakning og kontrol ved et bord i 3 timer ad gangen.', poor: 'Borger har smerter og går til fysioterapi og psykolog.' },
  { form: 'rehab', field: 'health', why: '000 L169–171 (helbred oversat til arbejde)', good: 'Diskusprolaps; kan arbejde 4–6 timer om ugen med siddende kontrolopgaver og pauser.', poor: 'Diskusprolaps, kroniske smerter, venter på scanning og er i medicinsk behandling.' },
  { form: 'rehab', field: 'wishes', why: '003 L3092–3098', good: 'Borger vil gerne arbejde som dyrepasser eller i en dyrehandel med fodring og rengøring af bure.', poor: 'Borger vil gerne have det bedre og have mere tid med familien.' },
  { form: 'rehab', field: 'previous-efforts', why: '003 L1715–1721', good: 'Praktik hos Danish Crown: pakkede varer 3 timer dagligt; virksomheden tilbød småjob.', poor: 'Borger har været til fysioterapi og psykolog og er blevet udredt.' },
  { form: 'rehab', field: 'accommodations', why: '001 L3810–3811', good: 'Ved varemodtagelse løfter borger højst 5 kg; står højst 20 minutter ad gangen ved kassen.', poor: 'Ingen tunge løft.' },
  { form: 'rehab', field: 'recommendation', why: '000 L157–163', good: 'Teamet indstiller til fleksjob som lagermedarbejder med pakning og plukning, 8–12 timer om ugen.', poor: 'Teamet indstiller til fleksjob.' },
  { form: 'rehab', field: 'progression-goal', why: '001 L1117–1118, L4050–4052', good: 'Fra 9 til 11–13 timer ved at tilføje varemodtagelse; afprøves inden d. 12.5.', poor: 'Borger skal op i timer.' },
  { form: 'rehab', field: 'hours', why: '001 L1108–1118; 000 L159–163', good: 'Borger kan arbejde 6–10 timer om ugen.', poor: 'Borger kan arbejde 8 timer om ugen.' },
  { form: 'rehab', field: 'justification', why: '001 L3786–3787; 003 L1715–1721', good: 'Borger har i praktik som kantinemedarbejder vist, at hun kan klare opvask og anretning 3 timer dagligt.', poor: 'Borgers arbejdsevne er varigt og væsentligt nedsat pga. sygdom.' },
];

const score = (form: FormKind, field: FieldRole, text: string) =>
  scoreJobFocus({ text, model: buildModel(text), form, field, subKind: null });

describe('job-focus score ranks seed-derived pairs', () => {
  it.each(PAIRS.map((p) => [`${p.form}/${p.field}`, p] as const))('%s', (_name, p) => {
    const good = score(p.form, p.field, p.good);
    const poor = score(p.form, p.field, p.poor);
    expect(good.score, `${p.why}: good ${good.score} vs poor ${poor.score}`).toBeGreaterThanOrEqual(poor.score + MARGIN);
  });

  it('covers every field role', () => {
    const roles = new Set(PAIRS.map((p) => p.field));
    for (const r of ['cv-profile', 'cv-job-wish', 'cv-experience', 'cv-education', 'cv-competences', 'cv-other', 'job-goal', 'agreement',
      'activity', 'meeting-summary', 'resources', 'challenges', 'health', 'wishes', 'previous-efforts', 'accommodations',
      'recommendation', 'progression-goal', 'hours', 'justification'] as const) expect(roles).toContain(r);
  });
});

describe('job-focus score contract', () => {
  it('is an integer 0–100 with explained criteria whose evidence lies in the text', () => {
    const text = 'Du vil søge 2 stillinger som lagermedarbejder hos PostNord inden d. 15.02. Du har erfaring med truckkørsel.';
    const r = score('minplan', 'job-goal', text);
    expect(Number.isInteger(r.score)).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(100);
    for (const c of r.criteria) {
      expect(c.label.length).toBeGreaterThan(0);
      expect(Number.isInteger(c.points)).toBe(true);
      if (c.max > 0) expect(c.points).toBeLessThanOrEqual(c.max);
      for (const e of c.evidence) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.end).toBeGreaterThan(e.start);
      }
    }
    const title = r.criteria.find((c) => c.id === 'job-title')!;
    expect(title.met).toBe(true);
    expect(title.evidence.map((e) => text.slice(e.start, e.end))).toContain('lagermedarbejder');
    const step = r.criteria.find((c) => c.id === 'next-step')!;
    expect(step.met).toBe(true);
  });

  it('gives 0 to empty text and shows, for every role, only criteria that carry points (max > 0, summing to 100)', () => {
    expect(score('rehab', 'resources', '').score).toBe(0);
    for (const p of PAIRS) {
      for (const text of [p.good, p.poor]) {
        const r = score(p.form, p.field, text);
        expect(r.criteria.every((c) => c.max > 0 && c.points >= 0 && c.points <= c.max)).toBe(true);
        expect(r.criteria.reduce((a, c) => a + c.max, 0)).toBe(100);
        expect(r.score).toBe(r.criteria.reduce((a, c) => a + c.points, 0));
      }
    }
  });

  it('weighs a text that is mostly illness, treatment and private life as not job-focused', () => {
    const r = score('rehab', 'resources', 'Borger har smerter, angst og diskusprolaps, går til psykolog og fysioterapi og passer sine børn.');
    const c = r.criteria.find((x) => x.id === 'illness-balance')!;
    expect(c.met).toBe(false);
    expect(c.points).toBeLessThan(c.max);
    const ok = score('rehab', 'resources', 'Borger har erfaring som kok og kan lave mad til 20 personer; har rygsmerter.');
    expect(ok.criteria.find((x) => x.id === 'illness-balance')).toMatchObject({ met: true, points: 10, max: 10 });
  });

  it('judges a whole indstilling (no field) like the recommendation', () => {
    const text = 'Teamet indstiller til fleksjob som lagermedarbejder med pakning, 8–12 timer om ugen.';
    const whole = scoreJobFocus({ text, model: buildModel(text), form: 'rehab', field: null, subKind: 'indstilling' });
    expect(whole).toEqual(score('rehab', 'recommendation', text));
    expect(whole.criteria.find((c) => c.id === 'hours-interval')).toMatchObject({ met: true, max: 25 });
    expect(whole.criteria.some((c) => c.id === 'employer-contact')).toBe(false);
  });

  it('weighs the same text by field: tasks decide a CV experience, a dated step an agreement', () => {
    const text = 'Kasse og varemodtagelse.';
    expect(score('cv', 'cv-experience', text).score).toBeGreaterThan(score('minplan', 'agreement', text).score);
    const step = 'Du sender 2 ansøgninger inden d. 1.3.';
    expect(score('minplan', 'agreement', step).score).toBeGreaterThan(score('cv', 'cv-experience', step).score);
  });
});
