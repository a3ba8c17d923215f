import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { findLex } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';
import { sentenceBody } from './support';

const EVIDENCE = '[antal] års erfaring med [arbejdsopgave] fra [arbejdsplads]. ';

/**
 * A CV profile of personality words only ("glad og positiv", "mødestabil") tells an employer nothing they can search on.
 * The faglig profil must be job-directed (001 L3629) and match what the person can do today: "Hvad kan de? Hvad brænder de
 * for? Hvad er deres interesseområder?" (001 L3698–3700); profiles are found via their competences (001 L3882–3884).
 */
function check(ctx: RuleContext): RuleReport[] {
  const { model, text } = ctx;
  const traits = findLex(model, LEX.personality);
  if (!traits.length) return [];
  const s = ctx.facts.signals;
  const traitStarts = new Set(traits.map((t) => t.start));
  const evidence = s.jobTitles.length + s.tasks.length + findLex(model, LEX.evidence).length +
    s.resources.filter((r) => !traitStarts.has(r.start)).length;
  if (evidence > 0) return [];
  const first = model.sentences.find((x) => x.end > traits[0]!.start) ?? model.sentences[0];
  if (!first) return [];
  const body = sentenceBody(text, first);
  return [{
    start: body.start,
    end: body.end,
    suggestions: [{ label: 'Begynd med erfaring og kompetencer', replacement: EVIDENCE + text.slice(body.start, body.end) }],
  }];
}

export default defineRule({
  id: 'cv-personality-only',
  category: 'job-focus',
  severity: 'warning',
  appliesTo: { forms: ['cv'], roles: ['cv-profile'], unknownField: false },
  message: 'Profilen beskriver kun personlighed. Foreslå borgeren at begynde med erfaring, kompetencer og det job, borgeren søger – gerne med et eksempel.',
  rationale:
    'Den faglige profil er kun jobrettet i 66 % af CV’erne (001 L3629); kompetenceprofilen skal passe med "det, de kan i dag" (001 ' +
    'L3698–3700); arbejdsgivere søger på "faglig profil" og "faglige kvalifikationer" (001 L3882–3884).',
  check,
  examples: {
    valid: [
      { text: 'Jeg har 6 års erfaring med kundeservice og kasse fra Netto. Jeg er glad og positiv.', form: 'cv', field: 'cv-profile' },
      { text: 'Uddannet kok med hygiejnebevis; mødestabil og grundig.', form: 'cv', field: 'cv-profile' },
    ],
    invalid: [
      { text: 'Jeg er glad og positiv og mødestabil.', form: 'cv', field: 'cv-profile', errors: [{ excerpt: 'Jeg er glad og positiv og mødestabil', output: ['[antal] års erfaring med [arbejdsopgave] fra [arbejdsplads]. Jeg er glad og positiv og mødestabil.'] }] },
      { text: 'Jeg er en loyal, fleksibel og ansvarsfuld person, der altid har godt humør.', form: 'cv', field: 'cv-profile', errors: [{ excerpt: 'Jeg er en loyal, fleksibel og ansvarsfuld person, der altid har godt humør', output: ['[antal] års erfaring med [arbejdsopgave] fra [arbejdsplads]. Jeg er en loyal, fleksibel og ansvarsfuld person, der altid har godt humør.'] }] },
    ],
  },
});
