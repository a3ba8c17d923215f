import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { GOAL_MESSAGE, vagueJobWishReports } from './job-wish';

/** A Min Plan or rehab job goal / wish that names an area instead of a job ("noget med dyr"). */
function check(ctx: RuleContext): RuleReport[] {
  return ctx.form === 'cv' ? [] : vagueJobWishReports(ctx);
}

export default defineRule({
  id: 'vague-job-goal',
  category: 'job-focus',
  severity: 'warning',
  appliesTo: { forms: ['minplan', 'rehab'], roles: ['job-goal', 'wishes'], unknownField: true },
  message: GOAL_MESSAGE,
  rationale:
    'Konkrete jobmål er begrundet i borgerens kompetencer og arbejdsmarkedets behov (001 L3786–3787); stillingsbetegnelser skal ' +
    '"dekonstrueres" til konkrete og realistiske jobmål (001 L2076–2078); "ikke selv ved, hvad de kunne tænke sig at arbejde med" ' +
    '(003 L2411–2414).',
  check,
  examples: {
    valid: [
      { text: 'Jobmål: dyrepasser eller medhjælper i dyrehandel.', form: 'minplan', field: 'job-goal' },
      { text: 'Borger vil gerne arbejde som gartner i en planteskole.', form: 'rehab', field: 'wishes' },
      // A field with the functions named is concrete.
      { text: 'Jobmål: fleksjob inden for kontorarbejde med scanning og arkivering af post.', form: 'rehab', field: 'job-goal' },
      { text: 'Fleksjob som lagermedarbejder inden for detailhandel.', form: 'minplan', field: 'job-goal' },
    ],
    invalid: [
      { text: 'Jeg vil gerne have noget med dyr.', form: 'minplan', field: 'job-goal', errors: [{ excerpt: 'noget med dyr', output: ['Jeg vil gerne have job som [stilling] eller [beslægtet stilling].'] }] },
      { text: 'Jobmål: noget på et kontor.', form: 'rehab', field: 'job-goal', errors: [{ excerpt: 'noget', output: ['Jobmål: job som [stilling] eller [beslægtet stilling] på et kontor.'] }] },
      { text: 'Borger søger et job, hvor hun kan være udendørs.', form: 'rehab', field: 'wishes', errors: [{ excerpt: 'søger et job', output: ['Borger søger et job som [stilling] eller [beslægtet stilling], hvor hun kan være udendørs.'] }] },
      // A kind of job and a broad field name no job (000 L157–159 "konkrete jobmål/funktioner").
      { text: 'Jobmål: fleksjob inden for kontorarbejde.', form: 'rehab', field: 'job-goal', errors: [{ excerpt: 'fleksjob inden for', output: ['Jobmål: fleksjob som [stilling] eller [beslægtet stilling] inden for kontorarbejde.'] }] },
    ],
  },
});
