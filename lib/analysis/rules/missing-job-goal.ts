import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { compileLexicon, findLex } from '../vocab/lexicon';
import { sentenceAt } from '../text/search';
import { sentenceBody } from './support';
import { GOAL_SUBJECTS, UNDECIDED } from '../vocab/job-goal';

const ADDITION = '. Jobmål: [stilling] inden for [branche] med opgaver som [arbejdsopgave] og [arbejdsopgave]';
const GOAL_WORDS = compileLexicon('goalWords', ['jobmål*', 'mål', 'målet', 'indstil*', 'anbefal*', 'fleksjob*', 'ønsker*', 'job']);
const GOAL_SUBJECT = compileLexicon('goalSubjects', GOAL_SUBJECTS);
const UNDECIDED_GOAL = compileLexicon('undecidedGoal', UNDECIDED);
/** A workplace word that names no branch ("en virksomhed", "arbejdspladsen"). */
const GENERIC_WORKPLACE = /^(?:virksomhed|arbejdsplads|arbejdsgiver|firma|branche)/i;

/**
 * An indstilling or job-goal field with no concrete job goal (occupation, function, branch or tasks). "fleksjob" alone is
 * no goal (research/seed-003.md CF-07). Seeds: "Teamet angiver et klart jobmål" (001 L889–891), "konkrete jobmål/funktioner"
 * (000 L157–159), concrete jobmål in 84 % of indstillinger (001 L3786–3787).
 */
function check(ctx: RuleContext): RuleReport[] {
  const { model, text } = ctx;
  if (!model.sentences.length) return [];
  // Without a field, only an indstilling is judged as a whole, and a job goal that is "endnu ikke afklaret" wherever it stands.
  if (!ctx.field && ctx.subKind !== 'indstilling') return undecidedGoals(ctx);
  // An agreement or meeting note that puts the job goal off ("aftalt at bgr. tænker over jobmål").
  // Only when no job or task is named anywhere in the field (another agreement may hold the goal).
  if (ctx.field === 'agreement' || ctx.field === 'meeting-summary' || ctx.field === 'activity') {
    const s = ctx.facts.signals;
    return s.jobTitles.length || s.tasks.length ? [] : undecidedGoals(ctx);
  }
  const s = ctx.facts.signals;
  const specificWorkplace = s.workplaces.some((w) => !GENERIC_WORKPLACE.test(text.slice(w.start, w.end)));
  if (s.jobTitles.length || s.tasks.length || specificWorkplace) return [];
  // Report on the sentence that states the goal or the recommendation, else the first one.
  const goal = findLex(model, GOAL_WORDS)[0];
  const si = goal ? sentenceAt(model, goal.start) : 0;
  const body = sentenceBody(text, model.sentences[Math.max(0, si)]!);
  return [{
    start: body.start,
    end: body.end,
    suggestions: [{ label: 'Tilføj et konkret jobmål', replacement: text.slice(body.start, body.end) + ADDITION }],
  }];
}

/** "Jobmål er endnu ikke afklaret": a sentence about the job goal that says it is not decided, and names no job. */
function undecidedGoals(ctx: RuleContext): RuleReport[] {
  const { model, text } = ctx;
  const undecided = findLex(model, UNDECIDED_GOAL);
  if (!undecided.length) return [];
  const subjects = new Set(findLex(model, GOAL_SUBJECT).map((h) => sentenceAt(model, h.start)));
  const s = ctx.facts.signals;
  const named = new Set([...s.jobTitles, ...s.tasks].map((h) => sentenceAt(model, h.start)));
  const out: RuleReport[] = [];
  const seen = new Set<number>();
  for (const h of undecided) {
    const si = sentenceAt(model, h.start);
    if (si < 0 || seen.has(si) || !subjects.has(si) || named.has(si)) continue;
    seen.add(si);
    const body = sentenceBody(text, model.sentences[si]!);
    out.push({ start: body.start, end: body.end, suggestions: [{ label: 'Tilføj et konkret jobmål', replacement: text.slice(body.start, body.end) + ADDITION }] });
  }
  return out;
}

export default defineRule({
  id: 'missing-job-goal',
  category: 'job-focus',
  severity: 'warning',
  appliesTo: { forms: ['rehab', 'minplan'], roles: ['recommendation', 'job-goal', 'agreement', 'meeting-summary', 'activity'], unknownField: true },
  message: 'Teksten nævner ikke et konkret jobmål: en stillingsbetegnelse, en funktion eller en branche.',
  rationale:
    '"Teamet angiver et klart jobmål og progressionsmål" (001 L889–891); "konkrete jobmål/funktioner" i indstillingen (000 L157–159); ' +
    'konkrete jobmål er begrundet i borgerens kompetencer og arbejdsmarkedets behov (001 L3786–3787); uden jobmål bliver ydre faktorer ' +
    'bestemmende (001 L3779–3782).',
  check,
  examples: {
    valid: [
      { text: 'Jobmål: lagermedarbejder eller pakkemedarbejder i en mindre virksomhed.', form: 'rehab', field: 'job-goal' },
      { text: 'Teamet indstiller til fleksjob som køkkenmedhjælper med opgaver som opvask og anretning.', form: 'rehab', field: 'recommendation' },
      { text: 'Mit mål er et job som bademester.', form: 'minplan', field: 'job-goal' },
      { text: 'Borger er endnu ikke afklaret om sin økonomi. Målet er at søge job som lagermedarbejder.', form: 'rehab' },
      { text: 'Du overvejer at søge job som buschauffør, som er dit jobmål, inden uge 12.', form: 'minplan', field: 'agreement' },
    ],
    invalid: [
      { text: 'Borger ønsker et fleksjob.', form: 'rehab', field: 'job-goal', errors: [{ excerpt: 'Borger ønsker et fleksjob', output: ['Borger ønsker et fleksjob. Jobmål: [stilling] inden for [branche] med opgaver som [arbejdsopgave] og [arbejdsopgave].'] }] },
      { text: 'Teamet indstiller til fleksjob. Borger er motiveret.', form: 'rehab', field: 'recommendation', errors: [{ excerpt: 'Teamet indstiller til fleksjob', output: ['Teamet indstiller til fleksjob. Jobmål: [stilling] inden for [branche] med opgaver som [arbejdsopgave] og [arbejdsopgave]. Borger er motiveret.'] }] },
      { text: 'Rehabiliteringsteamet anbefaler fleksjob på nedsat tid.', form: 'rehab', subKind: 'indstilling', errors: [{ excerpt: 'Rehabiliteringsteamet anbefaler fleksjob på nedsat tid', output: ['Rehabiliteringsteamet anbefaler fleksjob på nedsat tid. Jobmål: [stilling] inden for [branche] med opgaver som [arbejdsopgave] og [arbejdsopgave].'] }] },
      { text: 'Borger er motiveret. Jobmål er endnu ikke afklaret.', form: 'rehab', errors: [{ excerpt: 'Jobmål er endnu ikke afklaret', output: ['Borger er motiveret. Jobmål er endnu ikke afklaret. Jobmål: [stilling] inden for [branche] med opgaver som [arbejdsopgave] og [arbejdsopgave].'] }] },
      { text: 'aftalt at bgr. overvejer sit jobmål til nst. samtale', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'aftalt at bgr. overvejer sit jobmål til nst. samtale', output: ['aftalt at bgr. overvejer sit jobmål til nst. samtale. Jobmål: [stilling] inden for [branche] med opgaver som [arbejdsopgave] og [arbejdsopgave]'] }] },
      { text: 'Jobmålet er ikke afklaret', form: 'minplan', field: 'job-goal', errors: [{ excerpt: 'Jobmålet er ikke afklaret', output: ['Jobmålet er ikke afklaret. Jobmål: [stilling] inden for [branche] med opgaver som [arbejdsopgave] og [arbejdsopgave]'] }] },
    ],
  },
});
