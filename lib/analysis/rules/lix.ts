import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { trimmedText } from './support';

export { lixOf } from '../text/lix';

export const LIX_LIMIT = 55;
export const MIN_WORDS = 80;

/** A text written in long words (the invalid example: flagged as a whole). */
const HARD = Array.from({ length: 9 }, () =>
  'Rehabiliteringsteamets medlemmer vurderede arbejdsevnebeskrivelsens konklusioner vedrørende beskæftigelsesmulighederne ' +
  'utilstrækkeligt dokumenterede, hvorfor supplerende arbejdsprøvningsforløb iværksættes.').join(' ');

function check(ctx: RuleContext): RuleReport[] {
  const { model, text } = ctx;
  if (model.words.length < MIN_WORDS) return [];
  const lix = ctx.facts.lix;
  if (lix <= LIX_LIMIT) return [];
  const span = trimmedText(text);
  if (!span) return [];
  return [{ start: span.start, end: span.end, message: `Teksten har LIX ${lix} (svær). Brug kortere sætninger og kortere ord, så borgeren kan læse den (sigt efter under 45).` }];
}

export default defineRule({
  id: 'lix',
  category: 'plain-language',
  severity: 'info',
  appliesTo: { forms: '*', roles: '*', unknownField: true },
  message: 'Teksten er svær at læse (høj LIX).',
  rationale:
    'Min Plan og rehabiliteringsplanen skal kunne læses af borgeren (001 L3346–3352 "involvering af borgeren"); mange har ' +
    '"læse- og skrivevanskeligheder" (003 L2801) og har "ikke kunnet overskue informationsmængden" (003 L3027–3029).',
  check,
  examples: {
    valid: ['Du vil søge to job som lagermedarbejder inden d. 15.02. Du ringer til Netto på mandag. Vi ses igen om to uger.'],
    invalid: [{ text: HARD, errors: [{ excerpt: HARD }] }],
  },
});
