import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { findLex } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';
import { sentenceAt } from '../score/signals';
import { sentenceBody } from './support';

const ADDITION = ' Jobcentret vurderer på baggrund af [kilde], at [faglig vurdering]';

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
    out.push({
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
      { text: 'Borger fortæller, at hun ikke kan tåle stress.', form: 'rehab', field: 'challenges', errors: [{ excerpt: 'Borger fortæller, at hun ikke kan tåle stress', output: ['Borger fortæller, at hun ikke kan tåle stress. Jobcentret vurderer på baggrund af [kilde], at [faglig vurdering].'] }] },
      { text: 'Adspurgt oplyser borger, at han ikke ved, hvad han vil.', form: 'rehab', field: 'wishes', errors: [{ excerpt: 'Adspurgt oplyser borger, at han ikke ved, hvad han vil', output: ['Adspurgt oplyser borger, at han ikke ved, hvad han vil. Jobcentret vurderer på baggrund af [kilde], at [faglig vurdering].'] }] },
      { text: 'Borger siger, at hun har ondt i ryggen. Borger oplyser, at hun sover dårligt.', form: 'rehab', errors: [{ excerpt: 'Borger siger, at hun har ondt i ryggen', output: ['Borger siger, at hun har ondt i ryggen. Jobcentret vurderer på baggrund af [kilde], at [faglig vurdering]. Borger oplyser, at hun sover dårligt.'] }, { excerpt: 'Borger oplyser, at hun sover dårligt', output: ['Borger siger, at hun har ondt i ryggen. Borger oplyser, at hun sover dårligt. Jobcentret vurderer på baggrund af [kilde], at [faglig vurdering].'] }] },
    ],
  },
});
