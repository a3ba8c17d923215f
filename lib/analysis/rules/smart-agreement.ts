import { defineRule, type RuleReport } from '../rule';
import type { Smart } from '../types';
import { findAgreements } from '../smart';

const PARTS: readonly [keyof Smart, string][] = [
  ['specific', 'en konkret handling (hvad, hvor, hvem)'],
  ['measurable', 'noget målbart (hvor mange, hvor ofte)'],
  ['timeBound', 'en tidsfrist (hvornår)'],
];

/** Messages by which parts are missing (16 combinations), built once each. */
const messages = new Map<number, string>();

/** The Danish message: which SMART parts the agreement lacks. */
export function smartMessage(smart: Smart): string {
  const key =
    (smart.specific === false ? 1 : 0) | (smart.measurable === false ? 2 : 0) | (smart.timeBound === false ? 4 : 0) | (smart.realistic === false ? 8 : 0);
  let message = messages.get(key);
  if (message === undefined) messages.set(key, (message = buildMessage(smart)));
  return message;
}

function buildMessage(smart: Smart): string {
  const missing = PARTS.filter(([k]) => smart[k] === false).map(([, label]) => label);
  const list = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} og ${missing[missing.length - 1]}` : (missing[0] ?? '');
  const realistic = smart.realistic === false ? ' Overvej også, om omfanget er realistisk.' : '';
  if (!missing.length) return 'Aftalen virker ikke realistisk: tjek antal og timer.';
  return `Aftalen er ikke SMART: den mangler ${list}.${realistic}`;
}

export default defineRule({
  id: 'smart-agreement',
  category: 'smart',
  severity: 'warning',
  appliesTo: { forms: ['minplan'], roles: ['agreement', 'meeting-summary', 'activity'], unknownField: true },
  message: 'Aftalen er ikke SMART: skriv hvad, hvor meget og hvornår.',
  rationale:
    'Kun 25 % af aftalerne i Min Plan lever op til SMART-kriterierne (001 L3907); SMART-modellens spørgsmål ' +
    '(001 L3037–3045). Guidens egne SMART-aftaler har form som "Du vil … inden d. …" (000 L205–227).',
  check(ctx) {
    const reports: RuleReport[] = [];
    for (const { agreement: a } of findAgreements(ctx)) {
      if (a.smart.specific && a.smart.measurable && a.smart.timeBound && a.smart.realistic !== false) continue;
      reports.push({
        start: a.start,
        end: a.end,
        message: smartMessage(a.smart),
        suggestions: a.rewrite ? [{ label: 'Omskriv som SMART-aftale', replacement: a.rewrite }] : [],
      });
    }
    return reports;
  },
  examples: {
    valid: [
      { text: '- Du vil søge 3 stillinger som lagermedarbejder i Kolding inden d. 15.03.', form: 'minplan', field: 'agreement' },
      {
        text:
          'Du vil tage ud og besøge Hans Hansen i Tømrerlusen for at søge job som pladsmand/forefaldende arbejde inden d. 15.02. ' +
          'Du tager på besøg inden klokken 7.30 for at møde Hans Hansen, inden arbejdsdagen starter.',
        form: 'minplan',
        field: 'agreement',
      },
      { text: 'Du deltager i jobklub hver mandag frem til d. 1.4.', form: 'minplan', field: 'agreement' },
      { text: 'Borger fortæller, at hun har ondt i ryggen.', form: 'minplan', field: 'meeting-summary' },
    ],
    invalid: [
      // A frequency answers "Hvor ofte?" but bounds nothing: the agreement needs an end.
      { text: 'Du skal deltage i jobklub hver mandag.', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'Du skal deltage i jobklub hver mandag.', output: ['Du vil deltage i jobklub hver mandag frem til d. [dato].'] }] },
      { text: '- Du skal arbejde på din jobsøgning.', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'Du skal arbejde på din jobsøgning.', output: ['- Du vil arbejde på din jobsøgning ved at søge [antal] stillinger som [stilling] inden d. [dato].'] }] },
      { text: 'Borger skal være aktivt jobsøgende på sigt.', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'Borger skal være aktivt jobsøgende på sigt.', output: ['Borger skal være aktivt jobsøgende ved at søge [antal] stillinger som [stilling] inden d. [dato].'] }] },
      {
        text: '- Du skal søge job.\n- Du vil søge 3 stillinger som kok hos Netto inden d. 1.4.\n- Du skal opdatere dit CV.',
        form: 'minplan',
        field: 'agreement', errors: [{ excerpt: 'Du skal søge job.', output: ['- Du vil søge [antal] job som [stilling] inden d. [dato].\n- Du vil søge 3 stillinger som kok hos Netto inden d. 1.4.\n- Du skal opdatere dit CV.'] }, { excerpt: 'Du skal opdatere dit CV.', output: ['- Du skal søge job.\n- Du vil søge 3 stillinger som kok hos Netto inden d. 1.4.\n- Du vil opdatere dit CV inden d. [dato].'] }] },
      { text: 'På mødet aftalte vi:\n- Du vil kontakte virksomheder.\n- Du vil ringe.', errors: [{ excerpt: 'Du vil kontakte virksomheder.', output: ['På mødet aftalte vi:\n- Du vil kontakte [antal] virksomheder (fx [virksomhed]) inden d. [dato].\n- Du vil ringe.'] }, { excerpt: 'Du vil ringe.', output: ['På mødet aftalte vi:\n- Du vil kontakte virksomheder.\n- Du vil ringe til [virksomhed] inden d. [dato].'] }] },
    ],
  },
});
