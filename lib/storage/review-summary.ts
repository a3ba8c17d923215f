import type { CheckState, ReviewRecord } from './records';

/** Item ids (components/review/checklist.ts) that answer the overview's questions, across phases. */
export const JOB_GOAL_ITEMS = ['job-goal-concrete', 'job-goal-oriented', 'job-wish-concrete'];
export const ACCOMMODATION_ITEMS = ['accommodations-concrete'];
export const PROGRESSION_ITEMS = ['progression-goal'];

/**
 * Baselines from the seed's case review (research/seed-001.md §5.3; "001 L…" = line in the seed report),
 * shown beside the reviewer's own sample (R-37, seed-001.md §6.7): on the overview page and in the report of
 * `jobrettet check --report`. Framing only: the seed's sample is 9 project municipalities in 2019–2020.
 */
export const BASELINES = {
  smart: { low: 25, high: 25, source: '001 L3907' },
  jobGoal: { low: 21, high: 21, source: '001 L3907–3908' },
  accommodations: { low: 30, high: 37, source: '001 L3814–3815' },
  progression: { low: 6, high: 6, source: '001 L1005–1006, L3999' },
} as const;
export type MetricId = keyof typeof BASELINES;

/** The state of the first matching item in a review, or null when the review's checklist has none. */
export function itemState(review: Pick<ReviewRecord, 'items'>, ids: readonly string[]): CheckState | null {
  const item = review.items.find((i) => ids.includes(i.id));
  return item ? item.state : null;
}

export function stateCounts(review: Pick<ReviewRecord, 'items'>): Record<CheckState, number> {
  const c: Record<CheckState, number> = { met: 0, 'not-met': 0, unknown: 0 };
  for (const i of review.items) c[i.state]++;
  return c;
}
