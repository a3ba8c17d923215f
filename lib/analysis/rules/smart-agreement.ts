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

/**
 * Each Min Plan agreement against the guide's SMART questions, whoever acts (the citizen in any person, the jobcentre,
 * a colleague, the passive; 001 L3037–3045, L3936–3937). Specific: a reader can tell what will be done, by whom, about
 * what — a concrete action on a concrete object or a named party or place. Attempts, help and hedges ("forsøger at",
 * "hjælpe dig med at finde et godt fleksjob", "i videst muligt omfang") and purpose clauses ("for at …") are no action;
 * "følge op" is decided by its object and context: with a named party, a meeting or a contact form it is concrete, alone
 * ("Der følges op på praktikken") it is not. A health activity counts with a provider, a link to work or a profession at
 * a set dose. Measurable: how many, how often, or checkable as done; a single event (a meeting, a call, one document) is
 * done or not, and is never asked for a count; a frequency of an uncounted object ("søge job hver uge") is not. Time-
 * bound: a date, a week, a deadline or "til næste samtale"; a bare frequency bounds nothing. The word lists are in
 * vocab/smart.ts and vocab/agreement-actors.ts.
 */
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
      // Third person, the jobcentre as actor, the passive: the content of an "aftales, at"-clause is the agreement; a
      // meeting held with named parties is the action; one document sent needs no count; a form number is no amount.
      { text: 'Det aftales, at borger inden d. 12/4 har ringet til Kvickly i Randers om praktik.', form: 'minplan', field: 'agreement' },
      { text: 'Virksomhedskonsulenten holder statusmøde med Ahmed og hans leder hos Vestas d. 2/10.', form: 'minplan', field: 'agreement' },
      { text: 'Sagsbehandler sender lægeerklæring LÆ 265 til egen læge inden d. 3/4.', form: 'minplan', field: 'agreement' },
      { text: 'Der følges op telefonisk med praktikvejleder Hanne fredag i uge 12.', form: 'minplan', field: 'agreement' },
      // The staff member next to the citizen is the actor; a named document is the object.
      { text: 'Sagsbehandler og borger gennemgår jobprofilen sammen d. 4/5 og tilføjer 2 nye kompetencer.', form: 'minplan', field: 'agreement' },
      { text: 'Sagsbehandler bestiller en statusattest hos egen læge inden uge 15.', form: 'minplan', field: 'agreement' },
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
      // "Følge op" alone names neither how nor with whom: the rewrite asks for the meeting, not for a count.
      { text: 'Der følges op på praktikken.', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'Der følges op på praktikken.', output: ['Der følges op på praktikken ved et møde med [kontaktperson] inden d. [dato].'] }] },
      // Help and attempts govern the action: with a general object nothing concrete is agreed.
      { text: 'Jobcentret vil hjælpe dig med at finde et godt fleksjob.', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'Jobcentret vil hjælpe dig med at finde et godt fleksjob.', output: ['Jobcentret vil hjælpe dig med at finde et godt fleksjob ved at [handling] inden d. [dato].'] }] },
      { text: 'Borger forsøger at finde en praktikplads snarest.', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'Borger forsøger at finde en praktikplads snarest.', output: ['Borger forsøger at finde en praktikplads ved at kontakte [virksomhed] om en praktik som [stilling] inden d. [dato].'] }] },
      // Deliberation governs the action after it; the actor ("Sagsbehandler") is no object.
      { text: 'Borger overvejer at starte på et svejsekursus.', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'Borger overvejer at starte på et svejsekursus.', output: ['Borger vil starte på et svejsekursus inden d. [dato].'] }] },
      { text: 'Sagsbehandler tager kontakt til nogle relevante arbejdsgivere.', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'Sagsbehandler tager kontakt til nogle relevante arbejdsgivere.', output: ['Sagsbehandler tager kontakt til [antal] relevante arbejdsgivere (fx [virksomhed]) inden d. [dato].'] }] },
      // Keeping in touch is no event; a meeting that only dates a follow-up says neither how nor with whom.
      { text: 'Der følges op på jobsøgningen inden næste møde.', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'Der følges op på jobsøgningen inden næste møde.', output: ['Der følges op på jobsøgningen ved et møde med [kontaktperson] inden næste møde.'] }] },
      // How often is not how many: a countable object needs its number.
      { text: 'Du skal søge job hver uge.', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'Du skal søge job hver uge.', output: ['Du vil søge [antal] job som [stilling] hver uge frem til d. [dato].'] }] },
      { text: 'På mødet aftalte vi:\n- Du vil kontakte virksomheder.\n- Du vil ringe.', errors: [{ excerpt: 'Du vil kontakte virksomheder.', output: ['På mødet aftalte vi:\n- Du vil kontakte [antal] virksomheder (fx [virksomhed]) inden d. [dato].\n- Du vil ringe.'] }, { excerpt: 'Du vil ringe.', output: ['På mødet aftalte vi:\n- Du vil kontakte virksomheder.\n- Du vil ringe til [virksomhed] inden d. [dato].'] }] },
    ],
  },
});
