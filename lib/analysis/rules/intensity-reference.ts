import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { compileLexicon, findLex } from '../vocab/lexicon';
import { sentenceAt } from '../text/search';
import { sentenceBody } from './support';

const INTENSITY = compileLexicon('intensity', ['intensitet*', 'arbejdsintensitet*', 'effektivitet*', 'arbejdstempo']);
/** The reference point that makes an intensity readable (003 L985–991: "ift. en medarbejder uden skånehensyn"). */
const REFERENCE = compileLexicon('intensityReference', [
  'ift', 'i forhold til', 'sammenlignet med', 'kollega*', 'kolleger', 'medarbejder uden', 'uden skånehensyn',
  'af en fuldtidsansat', 'af normal', 'normalt tempo', 'betales for', 'lønnede timer', 'effektive timer', 'svarende til',
]);
const ADDITION = ' (vurderet i forhold til en kollega uden skånehensyn, ud fra [kilde])';

/**
 * An intensity or efficiency given as a percentage with no reference point. "Arbejdsintensitet" is the share of the hours
 * the employer pays for, judged against "en medarbejder uden skånehensyn" (003 L3807–3811, L985–991); citizens read
 * "100 %" as "all I can", so the reference must be written (003 L3829–3837).
 */
function check(ctx: RuleContext): RuleReport[] {
  const { model, text } = ctx;
  const hits = findLex(model, INTENSITY);
  if (!hits.length) return [];
  const withReference = new Set(findLex(model, REFERENCE).map((h) => sentenceAt(model, h.start)));
  const out: RuleReport[] = [];
  const seen = new Set<number>();
  for (const h of hits) {
    const si = sentenceAt(model, h.start);
    if (si < 0 || seen.has(si) || withReference.has(si)) continue;
    seen.add(si);
    const s = model.sentences[si]!;
    if (!/\d\s?%|\d+\s?procent/.test(s.text)) continue;
    const body = sentenceBody(text, s);
    out.push({ start: body.start, end: body.end, suggestions: [{ label: 'Skriv, hvad intensiteten er målt i forhold til', replacement: text.slice(body.start, body.end) + ADDITION }] });
  }
  return out;
}

export default defineRule({
  id: 'intensity-reference',
  // A readability matter: the reader cannot tell what the percentage means (003 L3829–3837).
  category: 'plain-language',
  severity: 'info',
  scope: 'sentence',
  appliesTo: {
    forms: ['rehab', 'minplan'],
    roles: ['hours', 'recommendation', 'justification', 'progression-goal', 'agreement', 'activity', 'meeting-summary', 'previous-efforts'],
    unknownField: true,
  },
  message: 'Skriv, hvad arbejdsintensiteten er målt i forhold til (fx en kollega uden skånehensyn). "100 %" læses ellers som "alt, hvad jeg kan".',
  rationale:
    'Arbejdsintensitet er den del af timerne, virksomheden betaler løn for (003 L3807–3811), vurderet "ift. en medarbejder uden ' +
    'skånehensyn" (003 L985–991); borgere forstår "100 %" som alt, hvad de kan (003 L3829–3837); intensitet angives i indstillingen ' +
    '(000 L159–161).',
  check,
  examples: {
    valid: [
      { text: 'Arbejdsintensitet ca. 50 % sammenlignet med en kollega uden skånehensyn.', form: 'rehab', field: 'hours' },
      { text: 'Borger arbejder med lav intensitet.', form: 'rehab', field: 'hours' },
    ],
    invalid: [
      { text: 'Arbejdsintensitet: 100 %.', form: 'rehab', field: 'hours', errors: [{ excerpt: 'Arbejdsintensitet: 100 %', output: ['Arbejdsintensitet: 100 % (vurderet i forhold til en kollega uden skånehensyn, ud fra [kilde]).'] }] },
      { text: 'Borger gik fra 75 % til 85 % effektivitet.', form: 'rehab', field: 'progression-goal', errors: [{ excerpt: 'Borger gik fra 75 % til 85 % effektivitet', output: ['Borger gik fra 75 % til 85 % effektivitet (vurderet i forhold til en kollega uden skånehensyn, ud fra [kilde]).'] }] },
    ],
  },
});
