/**
 * Criterion weights by form kind and field role (each row sums to 100). What a field is judged on follows the seeds:
 * - CV work experience: its tasks (001 L3626–3627); "Jeg søger job som": concrete occupations (001 L3876–3877);
 *   faglig profil: job-directed, competences (001 L3629, L3698–3700).
 * - Min Plan jobmål: concrete job + next step (001 L3786–3787, L3800); agreements: concrete job search with an
 *   employer, dated (001 L3907–3908; 000 L213–227).
 * - Rehab: resources and experience (001 L3553–3554, L3603–3604); indstilling: job goal, tasks and an hour interval
 *   (000 L157–163; 001 L3795, L1117–1118); progression: where the change happens and what is tried next
 *   (001 L1117–1118, L4050–4052).
 */
import type { FieldRole, FormKind } from '../types';

export type CriterionId = 'job-title' | 'workplace' | 'tasks' | 'hours-interval' | 'employer-contact' | 'next-step' | 'resources';

export type Weights = Partial<Record<CriterionId, number>>;

export const DEFAULT_WEIGHTS: Weights = {
  'job-title': 20, workplace: 10, tasks: 15, 'hours-interval': 10, 'employer-contact': 10, 'next-step': 15, resources: 20,
};

const CV_WEIGHTS: Partial<Record<FieldRole, Weights>> = {
  'cv-profile': { 'job-title': 25, resources: 30, tasks: 25, workplace: 10, 'hours-interval': 10 },
  'cv-job-wish': { 'job-title': 50, workplace: 20, tasks: 20, 'hours-interval': 10 },
  'cv-experience': { tasks: 45, 'job-title': 20, workplace: 20, resources: 15 },
  'cv-education': { resources: 40, tasks: 30, 'job-title': 30 },
  'cv-competences': { resources: 40, tasks: 40, 'job-title': 20 },
  'cv-other': { resources: 40, tasks: 30, 'job-title': 30 },
};

const MINPLAN_WEIGHTS: Partial<Record<FieldRole, Weights>> = {
  'job-goal': { 'job-title': 30, workplace: 15, tasks: 15, 'next-step': 20, 'employer-contact': 10, 'hours-interval': 10 },
  agreement: { 'next-step': 35, 'employer-contact': 25, 'job-title': 15, workplace: 10, tasks: 15 },
  activity: { 'next-step': 30, 'employer-contact': 25, 'job-title': 15, workplace: 15, tasks: 15 },
};

const REHAB_WEIGHTS: Partial<Record<FieldRole, Weights>> = {
  'job-goal': { 'job-title': 30, tasks: 20, workplace: 15, resources: 15, 'hours-interval': 10, 'next-step': 10 },
  resources: { resources: 40, tasks: 25, 'job-title': 15, workplace: 10, 'employer-contact': 10 },
  wishes: { 'job-title': 35, workplace: 20, tasks: 20, resources: 15, 'next-step': 10 },
  challenges: { tasks: 30, resources: 30, 'job-title': 20, 'hours-interval': 20 },
  health: { tasks: 35, resources: 30, 'job-title': 15, 'hours-interval': 20 },
  'previous-efforts': { 'employer-contact': 25, tasks: 30, workplace: 15, resources: 20, 'job-title': 10 },
  accommodations: { tasks: 40, 'job-title': 25, workplace: 10, 'hours-interval': 25 },
  recommendation: { 'job-title': 25, tasks: 20, 'hours-interval': 20, workplace: 10, resources: 15, 'next-step': 10 },
  'progression-goal': { tasks: 35, 'hours-interval': 20, 'next-step': 25, 'employer-contact': 10, 'job-title': 10 },
  hours: { 'hours-interval': 60, tasks: 20, 'job-title': 20 },
  justification: { resources: 30, tasks: 20, 'job-title': 20, 'hours-interval': 15, workplace: 15 },
};

export function weightsFor(form: FormKind | null, field: FieldRole | null, subKind: 'indstilling' | null = null): Weights {
  // A whole indstilling with no field is judged as the team's recommendation.
  if (!field && subKind === 'indstilling') return REHAB_WEIGHTS.recommendation!;
  if (!field) return DEFAULT_WEIGHTS;
  const table = form === 'cv' ? CV_WEIGHTS : form === 'minplan' ? MINPLAN_WEIGHTS : form === 'rehab' ? REHAB_WEIGHTS : null;
  return table?.[field] ?? CV_WEIGHTS[field] ?? REHAB_WEIGHTS[field] ?? MINPLAN_WEIGHTS[field] ?? DEFAULT_WEIGHTS;
}

/** The counterweight's largest penalty; the health field describes health by design, so it weighs half there. */
export function illnessPenaltyMax(field: FieldRole | null): number {
  return field === 'health' || field === 'challenges' ? 15 : 30;
}
