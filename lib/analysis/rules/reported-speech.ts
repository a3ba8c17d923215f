import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { findLex } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';
import { sentenceAt } from '../text/search';
import { sentenceBody } from './support';

const ADDITION = ' Jobcentret vurderer på baggrund af [kilde], at [faglig vurdering]';
const WISH_MESSAGE = 'Borgers ønske er godt at have med, men det står kun som borgers udsagn. Tilføj jobcentrets vurdering af, hvordan ønsket kan blive til et konkret jobmål.';

/**
 * The reported clause is the citizen's own wish and nothing else ("Borger siger, at hun gerne vil arbejde med mennesker"):
 * a wish opens the clause (within its first five words) and no second claim is joined to it.
 */
function onlyAWish(ctx: RuleContext, from: number, to: number): boolean {
  const wish = findLex(ctx.model, LEX.wish, { start: from, end: to })[0];
  if (!wish) return false;
  const before = ctx.text.slice(from, wish.start).trim().split(/\s+/).filter(Boolean);
  if (before.length > 5) return false;
  return !/\b(?:og|men|samt|mens)\b|[;,]\s*\S+\s+(?:har|er|kan|skal)\b/i.test(ctx.text.slice(wish.end, to));
}

/**
 * "Borger fortæller…" with no professional assessment or source anywhere in the text. 31 % of forberedende dele pass on
 * the citizen's words this way, so that "borgers udsagn ikke nuanceret og udvidet i forhold til et muligt bredere
 * jobrettet perspektiv" (001 L3740–3743); only 12 % are qualified by the caseworker (001 L3745–3747).
 */
function check(ctx: RuleContext): RuleReport[] {
  const { model, text } = ctx;
  const speech = findLex(model, LEX.reportedSpeech);
  if (!speech.length) return [];
  if (findLex(model, LEX.assessment).length) return [];
  const out: RuleReport[] = [];
  const seen = new Set<number>();
  for (const h of speech) {
    const si = sentenceAt(model, h.start);
    if (si < 0 || seen.has(si)) continue;
    seen.add(si);
    const body = sentenceBody(text, model.sentences[si]!);
    const wish = onlyAWish(ctx, h.end, body.end);
    out.push({
      // The citizen's own wish is their voice on the goal, not a deficit; still the plan needs the caseworker's view of it.
      ...(wish ? { message: WISH_MESSAGE } : {}),
      start: body.start,
      end: body.end,
      suggestions: [{ label: 'Tilføj jobcentrets faglige vurdering og kilde', replacement: text.slice(body.start, body.end) + '.' + ADDITION }],
    });
  }
  return out;
}

export default defineRule({
  id: 'reported-speech',
  category: 'deficit-language',
  severity: 'warning',
  appliesTo: { forms: ['rehab', 'minplan'], roles: '*', unknownField: true },
  message: 'Teksten gengiver kun borgers udsagn. Tilføj jobcentrets faglige vurdering eller kilden (fx praktikrapport, lægeattest).',
  rationale:
    'Forberedende dele udfyldt med vendinger som "borger siger…" eller "adspurgt fortæller borger..." nuancerer ikke borgers udsagn ' +
    '"i forhold til et muligt bredere jobrettet perspektiv" (001 L3740–3743); kun 12 % er kvalificeret af sagsbehandler ' +
    '(001 L3745–3747, C-FD-04).',
  check,
  examples: {
    valid: [
      { text: 'Borger fortæller, at hun har arbejdet i Netto. Jobcentret vurderer, at hun kan varetage opfyldning.', form: 'rehab', field: 'resources' },
      { text: 'Adspurgt oplyser borger, at han har kørekort. Det fremgår af praktikrapporten, at han møder stabilt.', form: 'rehab', field: 'resources' },
      { text: 'Borger har erfaring som chauffør og kan køre varer ud.', form: 'rehab', field: 'resources' },
    ],
    invalid: [
      // A reported wish is flagged with a message that does not call the wish a deficit.
      { text: 'Borger siger, at hun gerne vil arbejde med mennesker.', form: 'rehab', field: 'wishes', errors: [{ excerpt: 'Borger siger, at hun gerne vil arbejde med mennesker', message: 'Borgers ønske er godt at have med, men det står kun som borgers udsagn. Tilføj jobcentrets vurdering af, hvordan ønsket kan blive til et konkret jobmål.', output: ['Borger siger, at hun gerne vil arbejde med mennesker. Jobcentret vurderer på baggrund af [kilde], at [faglig vurdering].'] }] },
      // A wish joined to a claim still passes on the claim unqualified.
      { text: 'Borger fortæller, at han gerne vil arbejde, men at han ikke kan sidde ned.', form: 'rehab', field: 'wishes', errors: [{ excerpt: 'Borger fortæller, at han gerne vil arbejde, men at han ikke kan sidde ned', output: ['Borger fortæller, at han gerne vil arbejde, men at han ikke kan sidde ned. Jobcentret vurderer på baggrund af [kilde], at [faglig vurdering].'] }] },
      { text: 'Borger fortæller, at hun ikke kan tåle stress.', form: 'rehab', field: 'challenges', errors: [{ excerpt: 'Borger fortæller, at hun ikke kan tåle stress', output: ['Borger fortæller, at hun ikke kan tåle stress. Jobcentret vurderer på baggrund af [kilde], at [faglig vurdering].'] }] },
      { text: 'Adspurgt oplyser borger, at han ikke ved, hvad han vil.', form: 'rehab', field: 'wishes', errors: [{ excerpt: 'Adspurgt oplyser borger, at han ikke ved, hvad han vil', output: ['Adspurgt oplyser borger, at han ikke ved, hvad han vil. Jobcentret vurderer på baggrund af [kilde], at [faglig vurdering].'] }] },
      { text: 'Borger siger, at hun har ondt i ryggen. Borger oplyser, at hun sover dårligt.', form: 'rehab', errors: [{ excerpt: 'Borger siger, at hun har ondt i ryggen', output: ['Borger siger, at hun har ondt i ryggen. Jobcentret vurderer på baggrund af [kilde], at [faglig vurdering]. Borger oplyser, at hun sover dårligt.'] }, { excerpt: 'Borger oplyser, at hun sover dårligt', output: ['Borger siger, at hun har ondt i ryggen. Borger oplyser, at hun sover dårligt. Jobcentret vurderer på baggrund af [kilde], at [faglig vurdering].'] }] },
    ],
  },
});
