import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { sentenceBody } from './support';

export const MAX_WORDS = 30;

/** Very long sentences (> 30 words) are hard to read for citizens with "læse- og skrivevanskeligheder" (003 L2801). */
function check(ctx: RuleContext): RuleReport[] {
  const out: RuleReport[] = [];
  for (const s of ctx.model.sentences) {
    if (s.words.length <= MAX_WORDS) continue;
    const body = sentenceBody(ctx.text, s);
    out.push({ start: body.start, end: body.end, message: `Sætningen har ${s.words.length} ord. Del den op i kortere sætninger (højst ca. 20–25 ord).` });
  }
  return out;
}

export default defineRule({
  id: 'long-sentence',
  category: 'plain-language',
  severity: 'info',
  scope: 'sentence',
  appliesTo: { forms: '*', roles: '*', unknownField: true },
  message: 'Sætningen er meget lang. Del den op i kortere sætninger.',
  rationale:
    'Borgeren skal selv kunne læse og bruge planen (001 L3947–3949 "tjekke, hvilke opgaver der lå til mig"); mange har ' +
    '"læse- og skrivevanskeligheder" (003 L2801) og kan ikke overskue informationsmængden (003 L3027–3029).',
  check,
  examples: {
    valid: ['Du vil søge to stillinger som lagermedarbejder inden d. 15.02. Vi følger op på næste møde.'],
    invalid: [
      {
        text:
          'Borger har i forbindelse med det forløb, som har været i gang i det meste af det seneste år, og hvor der har været flere ' +
          'samtaler med både sagsbehandler, jobformidler og virksomhedskonsulent, givet udtryk for, at hun gerne vil arbejde med noget, ' +
          'hvor hun kan bruge sine erfaringer.',
        errors: [{
          excerpt:
            'Borger har i forbindelse med det forløb, som har været i gang i det meste af det seneste år, og hvor der har været flere ' +
            'samtaler med både sagsbehandler, jobformidler og virksomhedskonsulent, givet udtryk for, at hun gerne vil arbejde med noget, ' +
            'hvor hun kan bruge sine erfaringer',
        }],
      },
    ],
  },
});
