import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { findLex } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';
import { sentenceAt } from '../text/search';

/** Keeps the user's figure as the starting point and adds the interval, the intensity and that the hours may change. */
const INTERVAL_ADDITION =
  ', med et forventet interval på [antal]–[antal] timer om ugen ved en arbejdsintensitet på ca. [procent] %; timetallet kan ændre sig, efterhånden som arbejdsevnen udvikles';

/**
 * A single fixed weekly hour figure where the work capacity is stated (indstilling, hours field).
 * The seed: a fixed figure "er med til at låse borgerens syn på mulighed for udvikling" (001 L1108–1109); state "et
 * forventet timeinterval" (001 L1117–1118), the intensity and that the hours can change (000 L159–163).
 */
function check(ctx: RuleContext): RuleReport[] {
  const { model } = ctx;
  const signals = ctx.facts.signals;
  if (!signals.hours.length) return [];
  const hoursField = ctx.field === 'hours';
  const dynamic = new Set(findLex(model, LEX.dynamicHours).map((h) => sentenceAt(model, h.start)));
  const capacity = new Set(findLex(model, LEX.capacityContext).map((h) => sentenceAt(model, h.start)));
  const intervalSentences = new Set(signals.hours.filter((h) => h.interval || h.bounded).map((h) => h.sentence));
  const out: RuleReport[] = [];
  for (const h of signals.hours) {
    if (h.interval || h.bounded) continue;
    if (intervalSentences.has(h.sentence)) continue;
    if (!hoursField && !(h.weekly && capacity.has(h.sentence))) continue;
    if (dynamic.has(h.sentence) || dynamic.has(h.sentence + 1)) continue;
    out.push({
      start: h.start,
      end: h.end,
      suggestions: [{ label: 'Skriv et realistisk timeinterval med intensitet', replacement: ctx.text.slice(h.start, h.end) + INTERVAL_ADDITION }],
    });
  }
  return out;
}

export default defineRule({
  id: 'fixed-hours',
  category: 'job-focus',
  severity: 'warning',
  appliesTo: { forms: ['rehab'], roles: ['hours', 'recommendation', 'justification', 'job-goal', 'progression-goal'], unknownField: true },
  message: 'Et fast timetal låser borgerens syn på udvikling. Angiv et realistisk timeinterval og arbejdsintensiteten, og at timetallet kan ændre sig.',
  rationale:
    '"angivelsen af et fast timetal i indstillingen er med til at låse borgerens syn på mulighed for udvikling" (001 L1108–1109); ' +
    'arbejdsevnen angives "som et forventet timeinterval" (001 L1117–1118); teamet vurderer "timeinterval … og med hvilken ' +
    'intensitet" og gør klart, "at arbejdstiden vil kunne ændre sig" (000 L159–163, guide fase 1.2 pkt. 4); teams er "gået bort fra at ' +
    'skrive et bestemt timetal" (003 L2426–2428).',
  check,
  examples: {
    valid: [
      { text: 'Borger vurderes realistisk at kunne arbejde 6–10 timer om ugen med en intensitet på ca. 50 %.', form: 'rehab', field: 'hours' },
      { text: 'Mellem 8 og 12 timer om ugen.', form: 'rehab', field: 'hours' },
      { text: 'Borger kan arbejde 8 timer om ugen, og timetallet forventes at kunne øges på sigt.', form: 'rehab', field: 'hours' },
      { text: 'Borger var i praktik 10 timer om ugen hos Netto og løste varemodtagelse.', form: 'rehab' },
    ],
    invalid: [
      { text: '12 timer om ugen.', form: 'rehab', field: 'hours', errors: [{ excerpt: '12 timer om ugen', output: ['12 timer om ugen, med et forventet interval på [antal]–[antal] timer om ugen ved en arbejdsintensitet på ca. [procent] %; timetallet kan ændre sig, efterhånden som arbejdsevnen udvikles.'] }] },
      { text: 'Arbejdsevne: 8 timer.', form: 'rehab', field: 'hours', errors: [{ excerpt: '8 timer', output: ['Arbejdsevne: 8 timer, med et forventet interval på [antal]–[antal] timer om ugen ved en arbejdsintensitet på ca. [procent] %; timetallet kan ændre sig, efterhånden som arbejdsevnen udvikles.'] }] },
      { text: 'Teamet indstiller til fleksjob på 12 timer om ugen.', form: 'rehab', field: 'recommendation', subKind: 'indstilling', errors: [{ excerpt: '12 timer om ugen', output: ['Teamet indstiller til fleksjob på 12 timer om ugen, med et forventet interval på [antal]–[antal] timer om ugen ved en arbejdsintensitet på ca. [procent] %; timetallet kan ændre sig, efterhånden som arbejdsevnen udvikles.'] }] },
      { text: 'Borger kan arbejde 8 timer om ugen.', form: 'rehab', errors: [{ excerpt: '8 timer om ugen', output: ['Borger kan arbejde 8 timer om ugen, med et forventet interval på [antal]–[antal] timer om ugen ved en arbejdsintensitet på ca. [procent] %; timetallet kan ændre sig, efterhånden som arbejdsevnen udvikles.'] }] },
      { text: 'Fleksjob 10 t/uge.', form: 'rehab', field: 'hours', errors: [{ excerpt: '10 t/uge', output: ['Fleksjob 10 t/uge, med et forventet interval på [antal]–[antal] timer om ugen ved en arbejdsintensitet på ca. [procent] %; timetallet kan ændre sig, efterhånden som arbejdsevnen udvikles.'] }] },
      { text: 'Timetal: 12', form: 'rehab', field: 'hours', errors: [{ excerpt: '12', output: ['Timetal: 12, med et forventet interval på [antal]–[antal] timer om ugen ved en arbejdsintensitet på ca. [procent] %; timetallet kan ændre sig, efterhånden som arbejdsevnen udvikles'] }] },
    ],
  },
});
