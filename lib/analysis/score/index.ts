/**
 * Job-focus score 0–100 per text, explained by criteria (issue 3 item 3; research/seed-001.md R-04, seed-003.md R-J7).
 * Positive criteria: a concrete job title or function, a branch or workplace, concrete tasks, hours as an interval,
 * contact with an employer, a dated next step and resources/experience; their weights depend on form and field
 * (weights.ts). The counterweight: texts that are mostly illness, treatment and private life lose up to 30 points
 * (001 L524–526, L3770–3771; 003 L1740–1744).
 */
import type { RuleContext } from '../rule';
import type { Criterion, JobFocus, Span } from '../types';
import { signalsOf, type Signals } from './signals';
import { illnessPenaltyMax, weightsFor, type CriterionId } from './weights';

export { signalsOf, sentenceAt } from './signals';
export type { Signals, HourFigure } from './signals';

const LABELS: Record<CriterionId | 'illness-balance', string> = {
  'job-title': 'Konkret stillingsbetegnelse eller funktion',
  workplace: 'Branche eller arbejdsplads',
  tasks: 'Konkrete arbejdsopgaver',
  'hours-interval': 'Timer som interval',
  'employer-contact': 'Kontakt med en arbejdsgiver',
  'next-step': 'Dateret næste skridt mod job',
  resources: 'Ressourcer og erfaring',
  'illness-balance': 'Fokus på job frem for sygdom, behandling og privatliv',
};

const ORDER: readonly CriterionId[] = ['job-title', 'workplace', 'tasks', 'hours-interval', 'employer-contact', 'next-step', 'resources'];

/** Fraction of the criterion met (0–1) and its evidence. */
function judge(id: CriterionId, s: Signals): { fraction: number; evidence: Span[] } {
  switch (id) {
    case 'job-title':
      return { fraction: s.jobTitles.length ? 1 : 0, evidence: s.jobTitles };
    case 'workplace':
      return { fraction: s.workplaces.length ? 1 : 0, evidence: s.workplaces };
    case 'tasks':
      return { fraction: s.tasks.length >= 2 ? 1 : s.tasks.length ? 0.6 : 0, evidence: s.tasks };
    case 'hours-interval': {
      const intervals = s.hours.filter((h) => h.interval);
      if (intervals.length) return { fraction: 1, evidence: intervals };
      return { fraction: s.hours.length ? 0.4 : 0, evidence: s.hours };
    }
    case 'employer-contact':
      if (s.employerSteps.length) return { fraction: 1, evidence: s.employerSteps };
      return { fraction: s.workplaces.length ? 0.3 : 0, evidence: [] };
    case 'next-step':
      if (s.datedSteps.length) return { fraction: 1, evidence: s.datedSteps };
      return { fraction: s.undatedSteps.length ? 0.4 : 0, evidence: s.undatedSteps };
    case 'resources': {
      const n = s.resources.length;
      return { fraction: n >= 3 ? 1 : n === 2 ? 0.8 : n === 1 ? 0.5 : 0, evidence: s.resources };
    }
  }
}

/** Penalty for texts that are mostly illness, treatment and private life (private life counts half). */
export function illnessPenalty(s: Signals, max: number): { points: number; evidence: Span[] } {
  const illness = s.health.length + s.privateLife.length / 2;
  const job = s.jobTitles.length + s.workplaces.length + s.tasks.length + s.resources.length + s.employerSteps.length;
  if (illness < 2 || illness <= job) return { points: 0, evidence: [] };
  const share = (illness - job) / (illness + job);
  return { points: -Math.round(max * Math.min(1, share)), evidence: [...s.health, ...s.privateLife].sort((a, b) => a.start - b.start) };
}

export function scoreJobFocus(ctx: RuleContext): JobFocus {
  const s = signalsOf(ctx.model);
  const weights = weightsFor(ctx.form, ctx.field, ctx.subKind);
  const criteria: Criterion[] = [];
  let total = 0;
  for (const id of ORDER) {
    const max = weights[id];
    if (!max) continue;
    const { fraction, evidence } = judge(id, s);
    const points = Math.round(max * fraction);
    total += points;
    criteria.push({ id, label: LABELS[id], met: fraction >= 1, points, max, evidence: evidence.map((e) => ({ start: e.start, end: e.end })) });
  }
  const penalty = illnessPenalty(s, illnessPenaltyMax(ctx.field));
  criteria.push({
    id: 'illness-balance',
    label: LABELS['illness-balance'],
    met: penalty.points === 0,
    points: penalty.points,
    max: 0,
    evidence: penalty.evidence.map((e) => ({ start: e.start, end: e.end })),
  });
  total += penalty.points;
  return { score: Math.max(0, Math.min(100, Math.round(total))), criteria };
}
