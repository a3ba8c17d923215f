import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import { findSections, roleOfLabel } from '@/lib/analysis/document';

const rules = (text: string, opts: Parameters<typeof analyse>[1] = {}) => analyse(text, opts).findings.map((f) => [f.ruleId, f.excerpt]);

describe('document model: sections by headings', () => {
  it('reads short lines alone, numbered and upper-case headings, and labels with a colon', () => {
    const text = 'Skånehensyn\n- må ikke løfte over 10 kg\n\n3. Hensyn\nIngen natarbejde.\n\nJOBMÅL\nLagermedarbejder.\nTimetal: 8-12 timer om ugen.';
    expect(findSections(text, 'rehab').map((s) => [s.heading, s.role, text.slice(s.bodyStart, s.end)])).toEqual([
      ['Skånehensyn', 'accommodations', '- må ikke løfte over 10 kg'],
      ['3. Hensyn', 'accommodations', 'Ingen natarbejde.'],
      ['JOBMÅL', 'job-goal', 'Lagermedarbejder.'],
      ['Timetal', 'hours', '8-12 timer om ugen.'],
    ]);
  });

  it('finds no headings in one field’s text: sentences, agreement lists, numbered items', () => {
    expect(findSections('Borger har ondt i ryggen.\nHun kan ikke løfte.')).toEqual([]);
    expect(findSections('1. Du skal søge job\n2. Du skal opdatere dit CV')).toEqual([]);
    expect(findSections('Borger har hensyn\nHun kan ikke løfte tungt')).toEqual([]);
    expect(findSections('Jobmål: lagermedarbejder')).toEqual([]);
  });

  it('gives headings the roles that field detection uses, in any form', () => {
    expect(roleOfLabel('Skånehensyn', 'minplan')).toBe('accommodations');
    expect(roleOfLabel('Aftaler', 'minplan')).toBe('agreement');
    expect(roleOfLabel('Ressourcer', 'rehab')).toBe('resources');
    expect(roleOfLabel('SKAANEHENSYN')).toBe('accommodations');
    expect(roleOfLabel('Baggrund')).toBeNull();
  });

  it('reads headings that name the citizen’s job goal in other words as the job goal, in every form', () => {
    for (const label of ['Borgers mål', 'Borgerens mål', 'Mit jobmål', 'Mål for beskæftigelse', 'Erhvervsmål', 'Arbejdsmål', 'Jobperspektiv']) {
      for (const form of ['rehab', 'minplan', null] as const) expect(roleOfLabel(label, form), `${label} ${form}`).toBe('job-goal');
    }
    expect(roleOfLabel('Borgers mål', 'cv')).toBe('job-goal');
    // A vague goal under such a heading gets the job-goal checks.
    const text = 'Erhvervsmål\nHan vil gerne have noget med dyr.\nHelbred\nHan har ondt i knæet.';
    expect(rules(text, { form: 'rehab' })).toContainEqual(['vague-job-goal', 'noget med dyr']);
  });

  it('reads agreement headings that name the next steps, and a combined assessment-and-recommendation heading', () => {
    for (const label of ['Det aftalte vi', 'Videre forløb', 'Det videre forløb', 'Plan for det videre forløb', 'Næste skridt']) {
      expect(roleOfLabel(label, 'minplan'), label).toBe('agreement');
      expect(roleOfLabel(label), label).toBe('agreement');
    }
    expect(roleOfLabel('Forløb', 'minplan')).toBe('activity');
    expect(roleOfLabel('Teamets vurdering og indstilling', 'rehab')).toBe('recommendation');
    expect(roleOfLabel('Samlet vurdering og indstilling', 'rehab')).toBe('recommendation');
    expect(roleOfLabel('Teamets vurdering', 'rehab')).toBe('justification');
    for (const label of ['Helbred og betydning for arbejde', 'Helbredsforhold og betydning for arbejdet', 'Betydning for arbejdet']) {
      expect(roleOfLabel(label, 'rehab'), label).toBe('health');
    }
    const text = 'Dit jobmål\nDu søger job som pedel.\nDet aftalte vi\n1. Du ringer til 3 skoler inden d. 12/9.\nDine hensyn\nIngen arbejde på tag.';
    expect(findSections(text, 'minplan').map((s) => [s.heading, s.role])).toEqual([
      ['Dit jobmål', 'job-goal'],
      ['Det aftalte vi', 'agreement'],
      ['Dine hensyn', 'accommodations'],
    ]);
  });
});

describe('analyse() on a whole document', () => {
  it('never flags a heading, and checks the items below it as skånehensyn', () => {
    const text = 'Skånehensyn\nHan skal have hensyn.\n\nJobmål\nLagermedarbejder i en mindre virksomhed.';
    const r = analyse(text, { form: 'rehab' });
    expect(r.findings.some((f) => f.excerpt.includes('Skånehensyn'))).toBe(false);
    expect(rules(text, { form: 'rehab' })).toContainEqual(['vague-accommodation', 'Han skal have hensyn']);
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(r.sections).toEqual([
      { start: 0, end: 33, heading: 'Skånehensyn', role: 'accommodations' },
      { start: 35, end: 82, heading: 'Jobmål', role: 'job-goal' },
    ]);
  });

  it('checks the agreement section of a Min Plan document against SMART and lists its agreements', () => {
    const text = 'Min Plan\n\nMit jobmål: Kok i et storkøkken.\n\nAftaler:\n- Du skal søge job.\n- Du vil søge 3 stillinger som kok hos Netto inden d. 1.4.';
    const r = analyse(text, { form: 'minplan' });
    expect(r.agreements.map((a) => [a.text, text.slice(a.start, a.end)])).toEqual([
      ['Du skal søge job.', 'Du skal søge job.'],
      ['Du vil søge 3 stillinger som kok hos Netto inden d. 1.4.', 'Du vil søge 3 stillinger som kok hos Netto inden d. 1.4.'],
    ]);
    expect(rules(text, { form: 'minplan' }).filter(([id]) => id === 'smart-agreement')).toEqual([['smart-agreement', 'Du skal søge job.']]);
    expect(rules(text, { form: 'minplan' }).map(([id]) => id)).not.toContain('missing-job-goal');
  });

  it('an indstilling is not missing a job goal when its Jobmål section has one', () => {
    const text = 'Indstilling\nTeamet indstiller til fleksjob.\n\nJobmål\nKøkkenmedhjælper med opvask og anretning.';
    expect(rules(text, { form: 'rehab', subKind: 'indstilling' }).map(([id]) => id)).not.toContain('missing-job-goal');
    const without = 'Indstilling\nTeamet indstiller til fleksjob.\n\nBaggrund\nBorger har været sygemeldt i et år.';
    expect(rules(without, { form: 'rehab', subKind: 'indstilling' })).toContainEqual(['missing-job-goal', 'Teamet indstiller til fleksjob']);
  });

  it('judges hours in the hours section, not by a figure in the progression section', () => {
    const text =
      'Timetal\nBorger vurderes at kunne arbejde 8-12 timer om ugen med en intensitet på ca. 50 %.\n\n' +
      'Progressionsmål\nBorger kan arbejde 8 timer om ugen og skal overtage varemodtagelse.';
    expect(rules(text, { form: 'rehab' }).map(([id]) => id)).not.toContain('fixed-hours');
    const fixed = 'Timetal\nBorger kan arbejde 12 timer om ugen.\n\nBaggrund\nBorger har været i praktik.';
    expect(rules(fixed, { form: 'rehab' })).toContainEqual(['fixed-hours', '12 timer om ugen']);
  });

  it('checks the next steps under "Videre forløb:" as agreements', () => {
    const text = 'Sagsbehandlers vurdering\nPraktikken er afsluttet.\n\nVidere forløb:\nSagen sendes videre.';
    expect(analyse(text).sections?.map((s) => s.role)).toEqual(['justification', 'agreement']);
    expect(rules(text)).toContainEqual(['smart-agreement', 'Sagen sendes videre.']);
  });

  it('ends the skånehensyn section at a long health heading, which is no hensyn', () => {
    const text = 'Skånehensyn\n- Ingen telefonvagt\nHelbred og betydning for arbejde\nHun arbejder bedst fra kl. 8 til 12.';
    expect(analyse(text, { form: 'rehab' }).sections?.map((s) => [s.heading, s.role])).toEqual([
      ['Skånehensyn', 'accommodations'],
      ['Helbred og betydning for arbejde', 'health'],
    ]);
    expect(rules(text, { form: 'rehab' }).map(([id]) => id)).not.toContain('vague-accommodation');
  });

  it('does not flag a skånehensyn section of concrete bans, and flags a vague clause beside them', () => {
    const concrete = 'Skånehensyn\nIntet arbejde på stige eller tag; må ikke betjene gaffeltruck. Kan gå hjem straks ved anfald.\n\nJobmål\nLagermedarbejder.';
    expect(rules(concrete, { form: 'rehab' }).map(([id]) => id)).not.toContain('vague-accommodation');
    const mixed = 'Dit jobmål\nDu søger job som pedel.\n\nDine hensyn\nDu skal ikke gå på stiger over 2 trin, og du skal undgå at løfte for meget.';
    expect(rules(mixed, { form: 'minplan' }).filter(([id]) => id === 'vague-accommodation')).toEqual([
      ['vague-accommodation', 'du skal undgå at løfte for meget'],
    ]);
  });

  it('flags a job goal that is not decided yet, with or without headings', () => {
    expect(rules('Jobmål\nEndnu ikke afklaret.\n\nRessourcer\nBorger er mødestabil.', { form: 'rehab' })).toContainEqual([
      'missing-job-goal',
      'Endnu ikke afklaret',
    ]);
    expect(rules('Borger er mødestabil. Jobmål er endnu ikke afklaret.', { form: 'rehab' })).toContainEqual([
      'missing-job-goal',
      'Jobmål er endnu ikke afklaret',
    ]);
  });
});
