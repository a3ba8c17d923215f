import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { findLex } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';
import { sentenceAt } from '../text/search';
import { sentenceBody } from './support';
import { adviceRewrite } from '../smart/rewrite';

const LABEL = 'Skriv en handling med dato';

/**
 * An agreement that records advice or an intention instead of an action ("Borger er informeret om…", "vil overveje…").
 * Agreements must be "handlingsbærende aftaler, som reelt ændrer og optimerer borgerens søgeadfærd" (001 L3050–3052),
 * binding (001 L3054–3055), with a clear "hvem gør hvad, hvornår" (001 L3936–3937).
 */
function check(ctx: RuleContext): RuleReport[] {
  const { model, text } = ctx;
  const out: RuleReport[] = [];
  const seen = new Set<number>();
  const hits = findLex(model, LEX.adviceOnly);
  for (const h of hits) {
    const si = sentenceAt(model, h.start);
    if (si < 0 || seen.has(si)) continue;
    seen.add(si);
    const body = sentenceBody(text, model.sentences[si]!);
    const mine = hits.filter((x) => x.start >= body.start && x.end <= body.end);
    out.push({ start: body.start, end: body.end, suggestions: [{ label: LABEL, replacement: adviceRewrite(text, body, mine) }] });
  }
  return out;
}

export default defineRule({
  id: 'advice-not-action',
  category: 'smart',
  severity: 'warning',
  scope: 'sentence',
  appliesTo: { forms: ['minplan'], roles: ['agreement', 'activity', 'meeting-summary'], unknownField: false },
  message: 'Aftalen beskriver vejledning eller en hensigt, ikke en handling. Skriv, hvem der gør hvad, hvornår.',
  rationale:
    'Vejledning skal omsættes "til handlingsbærende aftaler, som reelt ændrer og optimerer borgerens søgeadfærd" (001 L3050–3052); ' +
    'aftaler skal være forpligtende (001 L3054–3055) og vise "hvem gør hvad, hvornår" (001 L3936–3937).',
  check,
  examples: {
    valid: [{ text: 'Du vil sende 2 ansøgninger til lagerjob inden d. 15.02.', form: 'minplan', field: 'agreement' }],
    invalid: [
      { text: 'Borger er informeret om muligheden for løntilskud.', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'Borger er informeret om muligheden for løntilskud', output: ['Borger vil kontakte [virksomhed] om muligheden for løntilskud inden d. [dato].'] }] },
      // The rewrite keeps the person the agreement is written in (the citizen, a name, "Du").
      { text: 'Borger vil overveje at søge job i detailhandlen.', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'Borger vil overveje at søge job i detailhandlen', output: ['Borger vil søge [antal] job som [stilling] i detailhandlen inden d. [dato].'] }] },
      // A course the user named stays in the rewrite (also as a compound), a bare "kursus" becomes the placeholder.
      { text: 'Hun overvejer, om hun vil tage et AMU-kursus.', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'Hun overvejer, om hun vil tage et AMU-kursus', output: ['Hun vil kontakte [uddannelsessted] om AMU-kursus inden d. [dato].'] }] },
      { text: 'Borger vil overveje hygiejnekurset.', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'Borger vil overveje hygiejnekurset', output: ['Borger vil kontakte [uddannelsessted] om hygiejnekurset inden d. [dato].'] }] },
    ],
  },
});
