import { describe, expect, it } from 'vitest';
import { analyseForm, FORM_FIXED_HOURS, FORM_MISSING_JOB_GOAL } from '@/lib/analysis/form';

const INDSTILLING = { form: 'rehab', subKind: 'indstilling' } as const;

describe('analyseForm: the form as a whole', () => {
  it('an indstilling is not "mangler jobmål" when its Jobmål field holds one', () => {
    const r = analyseForm(
      [
        { role: 'recommendation', text: 'Teamet indstiller til fleksjob.' },
        { role: 'job-goal', text: 'Køkkenmedhjælper med opvask og anretning.' },
      ],
      INDSTILLING,
    );
    expect(r.findings).toEqual([]);
    expect(r.superseded).toEqual([{ field: 0, ruleId: 'missing-job-goal' }]);
  });

  it('says once that the form has no job goal when every job-goal field is empty', () => {
    const r = analyseForm(
      [
        { role: 'job-goal', text: '' },
        { role: 'agreement', text: '- Du vil søge 3 stillinger som lagermedarbejder inden d. 1.4.' },
      ],
      { form: 'minplan' },
    );
    expect(r.findings).toEqual([{ ruleId: 'missing-job-goal', category: 'job-focus', severity: 'warning', message: FORM_MISSING_JOB_GOAL, fields: [0] }]);
    // An empty form is not judged; a field that itself lacks the goal keeps its own finding.
    expect(analyseForm([{ role: 'job-goal', text: '' }, { role: 'agreement', text: ' ' }], { form: 'minplan' }).findings).toEqual([]);
    const own = analyseForm([{ role: 'recommendation', text: 'Teamet indstiller til fleksjob.' }, { role: 'job-goal', text: '' }], INDSTILLING);
    expect(own).toEqual({ findings: [], superseded: [] });
  });

  it('judges hour figures against the hours field: an interval there answers a fixed figure elsewhere', () => {
    const r = analyseForm(
      [
        { role: 'recommendation', text: 'Teamet indstiller til fleksjob som kok på 12 timer om ugen.' },
        { role: 'hours', text: '10-14 timer om ugen med en intensitet på ca. 60 %.' },
      ],
      INDSTILLING,
    );
    expect(r.superseded).toEqual([{ field: 0, ruleId: 'fixed-hours' }]);
    const fixed = analyseForm([{ role: 'job-goal', text: 'Kok, 12 timer.' }, { role: 'hours', text: '' }], INDSTILLING);
    expect(fixed.findings).toEqual([{ ruleId: 'fixed-hours', category: 'job-focus', severity: 'warning', message: FORM_FIXED_HOURS, fields: [0] }]);
  });

  it('respects switched-off categories and never judges a CV', () => {
    const fields = [{ role: 'job-goal', text: '' }, { role: 'agreement', text: 'Du skal søge job.' }] as const;
    expect(analyseForm(fields, { form: 'minplan', disabledCategories: ['job-focus'] }).findings).toEqual([]);
    expect(analyseForm(fields, { form: 'cv' })).toEqual({ findings: [], superseded: [] });
  });
});
