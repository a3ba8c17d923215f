import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { findLex } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';
import { sentenceAt } from '../text/search';
import { sentenceBody } from './support';

const ADDITION = ', så borger kan afprøve [arbejdsopgave] som [stilling] hos [virksomhed]';

/**
 * A praktik described only as clarification or documentation of reduced work capacity. Praktik should aim at "udvikling og
 * muligt job og ikke alene afklaring og dokumentation af en nedsat arbejdsevne" (001 L1039–1041; 001 L463–469); "et klart
 * defineret mål om, at borgeren afprøver sig selv i en branche eller særlige arbejdsopgaver" (003 L3705–3709). "Afklare
 * muligheder for progression" is job-directed (001 L386–390).
 */
function check(ctx: RuleContext): RuleReport[] {
  const { model, text } = ctx;
  const praktik = findLex(model, LEX.praktik);
  if (!praktik.length) return [];
  const docs = new Set(findLex(model, LEX.documentationOnly).map((h) => sentenceAt(model, h.start)));
  const purpose = new Set(findLex(model, LEX.jobDirectedPurpose).map((h) => sentenceAt(model, h.start)));
  const s = ctx.facts.signals;
  const jobSentences = new Set([...s.jobTitles, ...s.tasks].map((h) => sentenceAt(model, h.start)));
  const out: RuleReport[] = [];
  const seen = new Set<number>();
  for (const p of praktik) {
    const si = sentenceAt(model, p.start);
    if (si < 0 || seen.has(si) || !docs.has(si) || purpose.has(si) || jobSentences.has(si)) continue;
    seen.add(si);
    const body = sentenceBody(text, model.sentences[si]!);
    out.push({ start: body.start, end: body.end, suggestions: [{ label: 'Angiv praktikkens jobrettede mål', replacement: text.slice(body.start, body.end) + ADDITION }] });
  }
  return out;
}

export default defineRule({
  id: 'documentation-only-praktik',
  category: 'job-focus',
  severity: 'info',
  appliesTo: { forms: ['rehab', 'minplan'], roles: '*', unknownField: true },
  message: 'Praktikken beskrives kun som afklaring eller dokumentation. Skriv, hvilket job og hvilke opgaver den skal afprøve.',
  rationale:
    'Virksomhedspraktik skal have "sigte mod udvikling og muligt job og ikke alene afklaring og dokumentation af en nedsat ' +
    'arbejdsevne" (001 L1039–1041); "dokumenterer vi begrænsninger ud fra sidste praktik" (001 L463–469); praktik med "et klart ' +
    'defineret mål" (003 L3705–3709).',
  check,
  examples: {
    valid: [
      { text: 'Praktik hos Netto med henblik på at afprøve varemodtagelse og opfyldning.', form: 'rehab', field: 'previous-efforts' },
      { text: 'Parallel virksomhedspraktik for at afklare muligheder for progression.', form: 'minplan', field: 'activity' },
    ],
    invalid: [
      { text: 'Borger starter i virksomhedspraktik med henblik på afklaring af arbejdsevnen.', form: 'rehab', field: 'previous-efforts', errors: [{ excerpt: 'Borger starter i virksomhedspraktik med henblik på afklaring af arbejdsevnen', output: ['Borger starter i virksomhedspraktik med henblik på afklaring af arbejdsevnen, så borger kan afprøve [arbejdsopgave] som [stilling] hos [virksomhed].'] }] },
      { text: 'Praktikken skal dokumentere borgers nedsatte arbejdsevne.', form: 'minplan', field: 'activity', errors: [{ excerpt: 'Praktikken skal dokumentere borgers nedsatte arbejdsevne', output: ['Praktikken skal dokumentere borgers nedsatte arbejdsevne, så borger kan afprøve [arbejdsopgave] som [stilling] hos [virksomhed].'] }] },
    ],
  },
});
