import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { trimmedText } from './support';

const TASKS = '. Arbejdsopgaver: [arbejdsopgave], [arbejdsopgave] og [arbejdsopgave]';

/**
 * Each work experience in the Jobnet CV lists concrete tasks (001 L3626–3627: 90 % do), so that the faglige
 * kvalifikationer can match them (001 L3627–3629) and the CV can be searched (001 L3882–3884).
 */
function check(ctx: RuleContext): RuleReport[] {
  const { model, text } = ctx;
  const span = trimmedText(text);
  if (!span || !model.words.length) return [];
  if (ctx.facts.signals.tasks.length) return [];
  let end = span.end;
  while (end > span.start && /[.!?;:]/.test(text[end - 1]!)) end--;
  return [{
    start: span.start,
    end,
    suggestions: [{ label: 'Tilføj konkrete arbejdsopgaver', replacement: text.slice(span.start, end) + TASKS }],
  }];
}

export default defineRule({
  id: 'cv-experience-without-tasks',
  category: 'job-focus',
  severity: 'warning',
  appliesTo: { forms: ['cv'], roles: ['cv-experience'], unknownField: false },
  message: 'Erhvervserfaringen nævner ingen konkrete arbejdsopgaver. Foreslå borgeren at tilføje dem.',
  rationale:
    'Erhvervserfaringer og arbejdsopgaver skal beskrives (001 L3626–3627); de faglige kvalifikationer skal matche opgaverne ' +
    '(001 L3627–3629); afdæk "detaljeret på baggrund af de forskellige jobs" (001 L3889–3890).',
  check,
  examples: {
    valid: [
      { text: 'Butiksassistent hos Netto 2015–2020: kasse, varemodtagelse og opfyldning.', form: 'cv', field: 'cv-experience' },
      { text: 'Chauffør. Kørte varer ud til kunder og læssede bilen.', form: 'cv', field: 'cv-experience' },
    ],
    invalid: [
      { text: 'Ansat i Netto 2015-2020.', form: 'cv', field: 'cv-experience', errors: [{ excerpt: 'Ansat i Netto 2015-2020', output: ['Ansat i Netto 2015-2020. Arbejdsopgaver: [arbejdsopgave], [arbejdsopgave] og [arbejdsopgave].'] }] },
      { text: 'Lagermedarbejder hos PostNord i 3 år.', form: 'cv', field: 'cv-experience', errors: [{ excerpt: 'Lagermedarbejder hos PostNord i 3 år', output: ['Lagermedarbejder hos PostNord i 3 år. Arbejdsopgaver: [arbejdsopgave], [arbejdsopgave] og [arbejdsopgave].'] }] },
    ],
  },
});
