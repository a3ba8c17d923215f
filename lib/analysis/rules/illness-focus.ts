import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { illnessPenalty } from '../facts/signals';
import { trimmedText } from './support';
import { compileLexicon, findLex } from '../vocab/lexicon';
import { WORK_ABILITY_TRANSLATION } from '../vocab/health';

const TRANSLATION = compileLexicon('workAbilityTranslation', WORK_ABILITY_TRANSLATION);

const ADDITION = ' For arbejdet betyder det, at borger kan klare [arbejdsopgave] i [antal] timer ad gangen, når [skånehensyn]';

/**
 * A text (outside the health field) that is mostly illness, treatment and private life. "Når planen ikke kvalificeres
 * fagligt, så fylder borgerens sociale forhold og helbred forholdsmæssigt meget ift. det erhvervsrettede" (001 L3770–3771);
 * the health member translates "fra helbred til mestring og skånehensyn" (000 L169–171).
 */
function check(ctx: RuleContext): RuleReport[] {
  const { model, text } = ctx;
  const s = ctx.facts.signals;
  if (s.health.length < 3) return [];
  const penalty = illnessPenalty(s, 30);
  if (penalty.points > -12) return [];
  // Already translated into what it means for a job ("For arbejdet betyder det, at borger kan klare opfyldning …").
  if (s.tasks.length > 0 && findLex(model, TRANSLATION).length > 0) return [];
  const span = trimmedText(text);
  if (!span) return [];
  let end = span.end;
  while (end > span.start && /[.!?;:]/.test(text[end - 1]!)) end--;
  return [{
    start: span.start,
    end,
    suggestions: [{ label: 'Oversæt helbred til betydning for arbejdet', replacement: text.slice(span.start, end) + '.' + ADDITION }],
  }];
}

export default defineRule({
  id: 'illness-focus',
  category: 'deficit-language',
  severity: 'info',
  appliesTo: {
    forms: ['rehab', 'minplan'],
    roles: ['resources', 'job-goal', 'wishes', 'previous-efforts', 'recommendation', 'justification', 'meeting-summary', 'agreement', 'activity'],
    unknownField: true,
  },
  message: 'Teksten handler mest om sygdom og behandling. Beskriv, hvad det betyder for arbejdet: opgaver, timer og skånehensyn.',
  rationale:
    '"Når planen ikke kvalificeres fagligt, så fylder borgerens sociale forhold og helbred forholdsmæssigt meget ift. det ' +
    'erhvervsrettede" (001 L3770–3771); fokus på "helbred og barrierer" frem for ressourcer (001 L524–526); sundhed: "oversætte fra ' +
    'helbred til mestring og skånehensyn" (000 L169–171).',
  check,
  examples: {
    valid: [
      { text: 'Borger kan arbejde formiddage som kontorassistent; fysioterapi ligger tirsdag eftermiddag.', form: 'rehab', field: 'resources' },
      { text: 'Borger har diskusprolaps, går til fysioterapi og tager smertestillende.', form: 'rehab', field: 'health' },
    ],
    invalid: [
      {
        text: 'Borger går til fysioterapi 2 gange om ugen, venter på scanning og er i medicinsk behandling for smerter.',
        form: 'rehab', field: 'previous-efforts', errors: [{ excerpt: 'Borger går til fysioterapi 2 gange om ugen, venter på scanning og er i medicinsk behandling for smerter', output: ['Borger går til fysioterapi 2 gange om ugen, venter på scanning og er i medicinsk behandling for smerter. For arbejdet betyder det, at borger kan klare [arbejdsopgave] i [antal] timer ad gangen, når [skånehensyn].'] }] },
    ],
  },
});
