import { defineRule, type RuleContext, type RuleReport } from '../rule';
import type { FieldRole } from '../types';
import { findLex } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';
import { sentenceAt } from '../text/search';
import { sentenceBody } from './support';
import { compileLexicon } from '../vocab/lexicon';
import { WORK_ABILITY_TRANSLATION } from '../vocab/health';

const LIMITS_ADDITION = ' For arbejdet betyder det, at borger kan klare [arbejdsopgave] i [antal] timer ad gangen, når [skånehensyn]';
const LIMITS_MESSAGE = 'Teksten opregner kun begrænsninger, diagnoser og behandling. Beskriv, hvad de betyder for arbejdet: hvad borger kan, og på hvilke vilkår.';
const TRANSLATION = compileLexicon('workAbilityTranslation:balance', WORK_ABILITY_TRANSLATION);

const ADDITION = ' Borger kan klare [arbejdsopgave] og har erfaring med [arbejdsopgave] fra [arbejdsplads], som kan bruges i et job som [stilling]';

/** Fields that should describe resources and goals; the health and challenges fields describe limits by design. */
const STRICT: readonly FieldRole[] = ['resources', 'job-goal', 'wishes', 'cv-profile', 'recommendation', 'justification'];

/**
 * Hits close together ("kroniske smerter i lænden", "har svært ved at møde stabilt") count as one mention; items of a
 * list ("ingen uddannelse, ingen erfaring") are separate ones.
 */
function mentions(hits: readonly { start: number; end: number }[], text: string): number {
  let n = 0;
  let lastEnd = -Infinity;
  for (const h of hits) {
    if (h.start - lastEnd > 4 || (h.start > lastEnd && /[,;.]/.test(text.slice(lastEnd, h.start)))) n++;
    lastEnd = Math.max(lastEnd, h.end);
  }
  return n;
}

/**
 * Deficit-heavy text where resources and goals belong. The seed: the forberedende del has "fokus på helbred og barrierer og
 * i mindre grad på ressourcer" (001 L524–526); "så meget snak om ens sygdom, ens begrænsninger og alt det, man ikke kunne"
 * (001 L2219–2220); "det nu handler om job og kompetencer og ikke om det, borgerne ikke kan" (003 L2780–2782). Mapping
 * limitations is legitimate (003 L1762–1768): the rule weighs balance, never mere presence.
 */
function check(ctx: RuleContext): RuleReport[] {
  const { model, text } = ctx;
  if (!model.words.length) return [];
  if (ctx.field === 'accommodations') return [];
  const s = ctx.facts.signals;
  // A resource the text says is missing ("ingen erfaring", "ressourcer: få") is a limit, not a resource.
  const deficits = [...findLex(model, LEX.deficits), ...s.health, ...s.lackingResources];
  // A resources field (or a section under "Ressourcer:") that opens with its lack: "Ingen pt.", "Få."
  if (ctx.field === 'resources') {
    const lead = findLex(model, LEX.lackAfter).find((h) => h.wordIndex === 0);
    if (lead) deficits.push({ start: lead.start, end: lead.end });
  }
  deficits.sort((a, b) => a.start - b.start);
  const deficitCount = mentions(deficits, text);
  const resourceCount = mentions(s.resources, text) + s.jobTitles.length + s.tasks.length;
  // The health and challenges fields describe limits by design, but a list of limits, diagnoses and treatments that
  // never says what they mean for work is the seed's "fokus på helbred og barrierer" (001 L524–526; 000 L169–171).
  if (ctx.field === 'health' || ctx.field === 'challenges') {
    // Three separate mentions, or four in one list ("astma, migræne og angst, går til psykolog og egen læge").
    if ((deficitCount < 3 && deficits.length < 4) || resourceCount > 0 || s.workAbility.length > 0 || findLex(model, TRANSLATION).length > 0) return [];
    const span = { start: deficits[0]!.start, end: deficits[deficits.length - 1]!.end };
    const first = model.sentences[Math.max(0, sentenceAt(model, span.start))]!;
    const last = model.sentences[Math.max(0, sentenceAt(model, span.end - 1))]!;
    const body = { start: sentenceBody(text, first).start, end: sentenceBody(text, last).end };
    return [{
      start: body.start,
      end: body.end,
      message: LIMITS_MESSAGE,
      suggestions: [{ label: 'Oversæt til betydning for arbejdet', replacement: text.slice(body.start, body.end) + '.' + LIMITS_ADDITION }],
    }];
  }
  // Resource and goal fields: more than twice as many limits as resources; elsewhere more than three times.
  const strict = ctx.field !== null && STRICT.includes(ctx.field);
  const minDeficits = strict ? 2 : 3;
  const ratio = strict ? 2 : 3;
  if (deficitCount < minDeficits || deficitCount <= ratio * resourceCount) return [];
  // Report on the sentence with the most deficit words.
  const perSentence = new Map<number, number>();
  for (const d of deficits) {
    const si = sentenceAt(model, d.start);
    perSentence.set(si, (perSentence.get(si) ?? 0) + 1);
  }
  let best = -1;
  let bestCount = 0;
  for (const [si, c] of perSentence) if (si >= 0 && (c > bestCount || (c === bestCount && si < best))) [best, bestCount] = [si, c];
  if (best < 0) return [];
  const body = sentenceBody(text, model.sentences[best]!);
  return [{
    start: body.start,
    end: body.end,
    message: `Teksten nævner ${deficitCount} begrænsninger og ${resourceCount} ressourcer eller opgaver. Beskriv også, hvad borger kan, og hvad det kan bruges til i et job.`,
    suggestions: [{ label: 'Tilføj ressourcer og erfaring', replacement: text.slice(body.start, body.end) + '.' + ADDITION }],
  }];
}

export default defineRule({
  id: 'deficit-balance',
  category: 'deficit-language',
  severity: 'warning',
  appliesTo: {
    forms: ['rehab', 'minplan', 'cv'],
    // "activity": a praktik's statement or evaluation ("Leder oplyser at hun ikke kan løfte …") is weighed too.
    roles: ['resources', 'job-goal', 'wishes', 'recommendation', 'justification', 'previous-efforts', 'meeting-summary', 'activity', 'cv-profile', 'health', 'challenges'],
    unknownField: true,
  },
  message: 'Teksten handler mest om det, borger ikke kan. Beskriv også ressourcer, erfaring og hvad de kan bruges til i et job.',
  rationale:
    'Forberedende dele har "fokus på helbred og barrierer og i mindre grad på ressourcer og muligheder for udvikling" (001 L524–526); ' +
    '"så meget snak om ens sygdom, ens begrænsninger og alt det, man ikke kunne" (001 L2219–2220); "det nu handler om job og ' +
    'kompetencer og ikke om det, borgerne ikke kan" (003 L2780–2782). Afdækning af begrænsninger er legitim (003 L1762–1768): reglen ' +
    'vejer balancen.',
  check,
  examples: {
    valid: [
      { text: 'Borger har erfaring fra kundeservice og interesse for dyr. Har svært ved tunge løft.', form: 'rehab', field: 'resources' },
      { text: 'Borger har smerter, angst og kan ikke sidde længe.', form: 'rehab', field: 'health' },
      { text: 'Smerterne i skulderen betyder, at hun ikke kan løfte over hovedet; hun klarer kasse og opfyldning i lav højde.', form: 'rehab', field: 'challenges' },
      { text: 'Diskusprolaps og migræne. For arbejdet betyder det, at borger kan klare kontorarbejde 3 timer ad gangen.', form: 'rehab', field: 'health' },
      { text: 'Borger er uddannet kok, har kørekort og er god til at planlægge.', form: 'rehab', field: 'resources' },
      { text: 'Borger har erfaring som kok, men har smerter i ryggen og kan ikke stå længe.', form: 'rehab', field: 'resources' },
      // A health note that also names how the person manages it has a resource.
      { text: 'depression og angst, i behandling hos psykolog, medicin øget i marts. har selv lavet en dagsplan, som hun følger de fleste dage', form: 'rehab', field: 'health' },
      { text: 'Gigt i hænderne og migræne; går til fysioterapeut. Hun går selv til træning 2 gange om ugen.', form: 'rehab', field: 'health' },
      { text: 'Hun har ingen formel uddannelse, men 12 års erfaring som rengøringsassistent og er god til at planlægge.', form: 'rehab', field: 'resources' },
    ],
    invalid: [
      {
        text: 'Borger har kroniske smerter og angst, kan ikke klare pres, har svært ved at møde stabilt og har ikke overskud til at søge job.',
        form: 'rehab', field: 'resources', errors: [{ excerpt: 'Borger har kroniske smerter og angst, kan ikke klare pres, har svært ved at møde stabilt og har ikke overskud til at søge job', output: ['Borger har kroniske smerter og angst, kan ikke klare pres, har svært ved at møde stabilt og har ikke overskud til at søge job. Borger kan klare [arbejdsopgave] og har erfaring med [arbejdsopgave] fra [arbejdsplads], som kan bruges i et job som [stilling].'] }] },
      // A resources field that says there are few or no resources lists limits only.
      { text: 'ressourcer: få. borger er meget mærket af sine smerter og har ikke overskud til at søge job', form: 'rehab', field: 'resources', errors: [{ excerpt: 'borger er meget mærket af sine smerter og har ikke overskud til at søge job', output: ['ressourcer: få. borger er meget mærket af sine smerter og har ikke overskud til at søge job. Borger kan klare [arbejdsopgave] og har erfaring med [arbejdsopgave] fra [arbejdsplads], som kan bruges i et job som [stilling]'] }] },
      { text: 'Ingen lige nu. Hun er meget præget af sin angst og magter ikke at komme ud.', form: 'rehab', field: 'resources', errors: [{ excerpt: 'Hun er meget præget af sin angst og magter ikke at komme ud', output: ['Ingen lige nu. Hun er meget præget af sin angst og magter ikke at komme ud. Borger kan klare [arbejdsopgave] og har erfaring med [arbejdsopgave] fra [arbejdsplads], som kan bruges i et job som [stilling].'] }] },
      { text: 'ingen uddannelse, ingen erfaring, kan ikke læse ret godt', form: 'rehab', field: 'resources', errors: [{ excerpt: 'ingen uddannelse, ingen erfaring, kan ikke læse ret godt', output: ['ingen uddannelse, ingen erfaring, kan ikke læse ret godt. Borger kan klare [arbejdsopgave] og har erfaring med [arbejdsopgave] fra [arbejdsplads], som kan bruges i et job som [stilling]'] }] },
      { text: 'Hun har ikke rigtig nogen ressourcer for tiden, fordi angsten fylder det hele.', form: 'rehab', field: 'resources', errors: [{ excerpt: 'Hun har ikke rigtig nogen ressourcer for tiden, fordi angsten fylder det hele', output: ['Hun har ikke rigtig nogen ressourcer for tiden, fordi angsten fylder det hele. Borger kan klare [arbejdsopgave] og har erfaring med [arbejdsopgave] fra [arbejdsplads], som kan bruges i et job som [stilling].'] }] },
      // Only limits, diagnoses and treatments in the challenges or health field: what do they mean for work?
      { text: 'kan ikke gå på trapper, kan ikke bære, kan ikke sidde stille, kan ikke arbejde om aftenen', form: 'rehab', field: 'challenges', errors: [{ excerpt: 'kan ikke gå på trapper, kan ikke bære, kan ikke sidde stille, kan ikke arbejde om aftenen', message: LIMITS_MESSAGE, output: ['kan ikke gå på trapper, kan ikke bære, kan ikke sidde stille, kan ikke arbejde om aftenen. For arbejdet betyder det, at borger kan klare [arbejdsopgave] i [antal] timer ad gangen, når [skånehensyn]'] }] },
      { text: 'Hun har astma og slidgigt. Går til fysioterapeut og venter på en operation. Tager smertestillende.', form: 'rehab', field: 'health', errors: [{ excerpt: 'Hun har astma og slidgigt. Går til fysioterapeut og venter på en operation. Tager smertestillende', message: LIMITS_MESSAGE, output: ['Hun har astma og slidgigt. Går til fysioterapeut og venter på en operation. Tager smertestillende. For arbejdet betyder det, at borger kan klare [arbejdsopgave] i [antal] timer ad gangen, når [skånehensyn].'] }] },
      // A praktik's statement (an activity field) that only lists what the citizen cannot do.
      { text: 'Leder oplyser at borger ikke kan løfte, ikke kan stå længe og ofte er træt.', form: 'minplan', field: 'activity', errors: [{ excerpt: 'Leder oplyser at borger ikke kan løfte, ikke kan stå længe og ofte er træt', output: ['Leder oplyser at borger ikke kan løfte, ikke kan stå længe og ofte er træt. Borger kan klare [arbejdsopgave] og har erfaring med [arbejdsopgave] fra [arbejdsplads], som kan bruges i et job som [stilling].'] }] },
      { text: 'Jobmål: ingen, da borger ikke kan arbejde pga. smerter og har svært ved alt.', form: 'rehab', field: 'job-goal', errors: [{ excerpt: 'Jobmål: ingen, da borger ikke kan arbejde pga. smerter og har svært ved alt', output: ['Jobmål: ingen, da borger ikke kan arbejde pga. smerter og har svært ved alt. Borger kan klare [arbejdsopgave] og har erfaring med [arbejdsopgave] fra [arbejdsplads], som kan bruges i et job som [stilling].'] }] },
    ],
  },
});
