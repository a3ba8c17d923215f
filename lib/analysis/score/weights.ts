/**
 * Criterion weights by form kind and field role (each row sums to 100): what good looks like in THAT field.
 * - Skånehensyn: each restriction concrete and tied to tasks, aids or schedule (001 L3810–3819, R-08; 003 CF-01/02/16).
 * - Timetal: an interval, the intensity, and that hours may change (000 L159–163; 001 L1108–1118, R-19; 003 CF-03).
 * - Progressionsmål: dimensions beyond hours and why progression is expected (001 L1104–1118, L532–535, L4050–4052,
 *   003 CF-14).
 * - Helbred: what the health situation means for work, not diagnoses (001 L1924 R-10; 000 L169–171).
 * - Jobmål: title or function, branch, tasks, hours, next step (001 L3786–3795, R-01/R-03; 000 L157–163, L213–227).
 * - Aftaler: the SMART share of the agreements and concrete job search (001 L3907–3908; 000 L213–227).
 * - CV: experience tasks (001 L3626–3627); "Jeg søger job som": occupations (L3876–3877); faglig profil: experience,
 *   competences and the job sought, with evidence (L3629, L3698–3700).
 * - Ressourcer, ønsker, indsatser, indstilling, begrundelse: 001 L3553–3554, L3603–3604; 003 L1715–1721; 000 L157–163.
 */
import type { FieldRole, FormKind } from '../types';
import type { CriterionId } from './criteria';

export type Weights = Partial<Record<CriterionId, number>>;

/** No field known: the whole text, judged on everything job-directed. */
export const DEFAULT_WEIGHTS: Weights = {
  'job-title': 20, workplace: 10, tasks: 15, 'hours-interval': 10, 'employer-contact': 10, 'next-step': 15, resources: 10,
  'illness-balance': 10,
};

const CV_WEIGHTS: Partial<Record<FieldRole, Weights>> = {
  'cv-profile': { 'job-title': 30, experience: 25, resources: 20, tasks: 25 },
  'cv-job-wish': { 'job-title': 80, workplace: 10, tasks: 10 },
  'cv-experience': { tasks: 70, 'job-title': 15, workplace: 15 },
  'cv-education': { resources: 60, 'job-title': 25, tasks: 15 },
  'cv-competences': { tasks: 60, resources: 40 },
  'cv-other': { tasks: 50, resources: 30, workplace: 20 },
};

const MINPLAN_WEIGHTS: Partial<Record<FieldRole, Weights>> = {
  'job-goal': { 'job-title': 35, workplace: 20, tasks: 25, 'next-step': 10, 'hours-interval': 10 },
  agreement: { 'smart-share': 80, 'employer-contact': 20 },
  activity: { 'employer-contact': 20, workplace: 15, tasks: 25, 'next-step': 25, 'job-title': 15 },
  'meeting-summary': { 'next-step': 30, 'employer-contact': 20, 'job-title': 15, tasks: 15, 'illness-balance': 20 },
};

const REHAB_WEIGHTS: Partial<Record<FieldRole, Weights>> = {
  'job-goal': { 'job-title': 35, workplace: 20, tasks: 25, 'hours-interval': 10, 'next-step': 10 },
  resources: { resources: 30, experience: 25, tasks: 20, 'job-title': 10, workplace: 5, 'illness-balance': 10 },
  wishes: { 'job-title': 35, workplace: 20, tasks: 25, resources: 10, 'next-step': 10 },
  challenges: { 'work-ability': 45, tasks: 20, resources: 15, 'illness-balance': 20 },
  health: { 'work-ability': 60, tasks: 15, 'illness-balance': 25 },
  'previous-efforts': { 'employer-contact': 25, tasks: 25, workplace: 20, experience: 15, 'job-title': 15 },
  accommodations: { 'accommodation-concrete': 85, tasks: 15 },
  recommendation: { 'job-title': 30, tasks: 25, 'hours-interval': 25, workplace: 10, 'hours-may-change': 10 },
  'progression-goal': { 'progression-dimensions': 45, 'progression-reason': 35, 'next-step': 10, 'hours-interval': 10 },
  hours: { 'hours-interval': 50, 'hours-may-change': 30, intensity: 20 },
  justification: { 'progression-reason': 30, resources: 20, experience: 15, tasks: 20, 'job-title': 15 },
};

export function weightsFor(form: FormKind | null, field: FieldRole | null, subKind: 'indstilling' | null = null): Weights {
  // A whole indstilling with no field is judged as the team's recommendation.
  if (!field && subKind === 'indstilling') return REHAB_WEIGHTS.recommendation!;
  if (!field) return DEFAULT_WEIGHTS;
  const table = form === 'cv' ? CV_WEIGHTS : form === 'minplan' ? MINPLAN_WEIGHTS : form === 'rehab' ? REHAB_WEIGHTS : null;
  return table?.[field] ?? CV_WEIGHTS[field] ?? REHAB_WEIGHTS[field] ?? MINPLAN_WEIGHTS[field] ?? DEFAULT_WEIGHTS;
}
