import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { findPlaceholders } from '../text/placeholders';

/**
 * A placeholder left from a rewrite ("[dato]", "[antal]") is a gap, not text: in Min Plan the citizen reads it on
 * Jobnet, so there it is an error. Each placeholder is its own finding; there is nothing to suggest but the user's fact.
 */
function check(ctx: RuleContext): RuleReport[] {
  const severity = ctx.form === 'minplan' ? 'error' : 'warning';
  return findPlaceholders(ctx.text).map((p) => ({
    start: p.start,
    end: p.end,
    severity,
    message: `Udfyld pladsholderen ${ctx.text.slice(p.start, p.end)}, før teksten gemmes${ctx.form === 'minplan' ? ': borgeren ser Min Plan på Jobnet' : ''}.`,
  }));
}

export default defineRule({
  id: 'unfilled-placeholder',
  category: 'plain-language',
  severity: 'warning',
  scope: 'sentence',
  appliesTo: { forms: '*', roles: '*', unknownField: true },
  message: 'Udfyld pladsholderen, før teksten gemmes.',
  rationale:
    'Min Plan skal være forståelig og forpligtende for borgeren, der ser den på Jobnet (001 L3346–3352; guidens aftaler har ' +
    'konkrete datoer: "inden d. 05.02.", 000 L213); en tom pladsholder som "[dato]" er hverken en aftale eller en frist.',
  check,
  examples: {
    valid: [
      { text: 'Du vil søge 3 stillinger som lagermedarbejder inden d. 15.03.', form: 'minplan', field: 'agreement' },
      { text: 'Borger citerer lægen: "ingen løft [sic] over 5 kg" [1].', form: 'rehab', field: 'health' },
      { text: 'Borger har [efter eget udsagn og ifølge den seneste praktikrapport fra Netto] gode kollegiale evner.', form: 'rehab', field: 'resources' },
      { text: 'Aftalt med [Netto] og [x] tjekket af.', form: 'minplan', field: 'agreement' },
    ],
    invalid: [
      { text: 'Du vil søge [antal] stillinger som lagermedarbejder inden d. [dato].', form: 'minplan', field: 'agreement', errors: [{ excerpt: '[antal]', severity: 'error' }, { excerpt: '[dato]', severity: 'error' }] },
      { text: 'Løft højst [antal] kg ved [arbejdsopgave].', form: 'rehab', field: 'accommodations', errors: [{ excerpt: '[antal]' }, { excerpt: '[arbejdsopgave]' }] },
      { text: 'Jeg søger job som [stilling].', form: 'cv', field: 'cv-job-wish', errors: [{ excerpt: '[stilling]' }] },
      { text: 'Kontakt [hvem/hvor] om en praktik.', errors: [{ excerpt: '[hvem/hvor]' }] },
    ],
  },
});
