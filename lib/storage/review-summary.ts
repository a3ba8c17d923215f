import type { CheckState, ReviewRecord } from './records';

/** Item ids (components/review/checklist.ts) that answer the overview's questions, across phases. */
export const JOB_GOAL_ITEMS = ['job-goal-concrete', 'job-goal-oriented', 'job-wish-concrete'];
export const ACCOMMODATION_ITEMS = ['accommodations-concrete'];
export const PROGRESSION_ITEMS = ['progression-goal'];

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
