import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { CV_MESSAGE, vagueJobWishReports } from './job-wish';

/** The CV's "Jeg søger job som" / profile: only for a CV (the runner also runs it when the form is unknown). */
function check(ctx: RuleContext): RuleReport[] {
  return ctx.form === 'cv' ? vagueJobWishReports(ctx) : [];
}

export default defineRule({
  id: 'cv-vague-job-wish',
  category: 'job-focus',
  severity: 'warning',
  appliesTo: { forms: ['cv'], roles: ['cv-job-wish', 'cv-profile'], unknownField: true },
  message: CV_MESSAGE,
  rationale:
    'Arbejdsgivere og jobcentret søger kandidater ud fra "faglige kvalifikationer", "søger job som" og "faglig profil" (001 L3882–3884); ' +
    '"Jeg søger job som" er stedet at tale "beslægtede fag og arbejdsopgaver" (001 L3876–3877); jobmål skal stå i "Jeg søger job som" ' +
    '(001 L338–341).',
  check,
  examples: {
    valid: [
      { text: 'Lagermedarbejder, pakkemedarbejder eller chauffør.', form: 'cv', field: 'cv-job-wish' },
      { text: 'Jeg søger job som bademester eller livredder.', form: 'cv', field: 'cv-job-wish' },
      { text: 'Jeg søger job som pædagogmedhjælper i en børnehave.', form: 'cv', field: 'cv-job-wish' },
      { text: 'Jeg søger et job i detailhandlen, gerne i Netto eller Føtex.', form: 'cv', field: 'cv-job-wish' },
    ],
    invalid: [
      { text: 'Jeg søger noget med mennesker.', form: 'cv', field: 'cv-job-wish', errors: [{ excerpt: 'noget med mennesker', output: ['Jeg søger job som [stilling] eller [beslægtet stilling].'] }] },
      { text: 'Fleksjob.', form: 'cv', field: 'cv-job-wish', errors: [{ excerpt: 'Fleksjob', output: ['Fleksjob som [stilling] eller [beslægtet stilling].'] }] },
      { text: 'Jeg søger et job med faste arbejdstider tæt på hjemmet.', form: 'cv', field: 'cv-job-wish', errors: [{ excerpt: 'søger et job', output: ['Jeg søger et job som [stilling] eller [beslægtet stilling] med faste arbejdstider tæt på hjemmet.'] }] },
    ],
  },
});
