import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { findLex } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';

/** In job-search material the citizen presents a "deltidsjob – med hensyn", not "fleksjobber" (001 L1989–1991). */
function check(ctx: RuleContext): RuleReport[] {
  if (ctx.form !== 'cv') return [];
  return findLex(ctx.model, LEX.flexjobLabel).map((h) => {
    // "… – med hensyn – og søger job": the aside closes when the sentence goes on.
    const goesOn = /^\s*[\p{L}\p{N}]/u.test(ctx.text.slice(h.end));
    return {
      start: h.start,
      end: h.end,
      suggestions: [{ label: 'Skriv deltidsjob med hensyn', replacement: `jobsøgende til et deltidsjob – med hensyn${goesOn ? ' –' : ''}` }],
    };
  });
}

export default defineRule({
  id: 'cv-flexjob-label',
  category: 'job-focus',
  severity: 'info',
  appliesTo: { forms: ['cv'], roles: '*', unknownField: true },
  message: 'Foreslå borgeren at præsentere sig som en, der søger et deltidsjob med hensyn, frem for som "fleksjobber".',
  rationale:
    'Borgerne præsenterer sig "ikke som ”fleksjobber” overfor en arbejdsgiver, men … at de søger et deltidsjob – med hensyn" ' +
    '(001 L1989–1991); "Det gav mig mere blod på tanden" (001 L2208–2211); fleksjob som "deltidsansættelse – med hensyn" (000 L124–126).',
  check,
  examples: {
    valid: [{ text: 'Jeg søger et deltidsjob som lagermedarbejder.', form: 'cv', field: 'cv-profile' }],
    invalid: [{ text: 'Jeg er fleksjobber og søger job.', form: 'cv', field: 'cv-profile', errors: [{ excerpt: 'fleksjobber', output: ['Jeg er jobsøgende til et deltidsjob – med hensyn – og søger job.'] }] }],
  },
});
