import type { ReviewRecord } from '@/lib/storage/records';
import { ACCOMMODATION_ITEMS, itemState, JOB_GOAL_ITEMS, PROGRESSION_ITEMS } from '@/lib/storage/review-summary';

export { BASELINES, type MetricId } from '@/lib/storage/review-summary';

export interface Share {
  /** Count that meets the criterion. */
  met: number;
  /** Count decided (met + not met); unknowns are left out. */
  of: number;
}

export interface OverviewStats {
  reviews: number;
  smart: Share;
  jobGoal: Share;
  accommodations: Share;
  progression: Share;
  /** Job-focus score histogram: 0–19, 20–39, 40–59, 60–79, 80–100. */
  jobFocusBins: number[];
}

export const BIN_LABELS = ['0–19', '20–39', '40–59', '60–79', '80–100'];

function share(reviews: readonly ReviewRecord[], ids: readonly string[]): Share {
  let met = 0;
  let of = 0;
  for (const r of reviews) {
    const s = itemState(r, ids);
    if (s === 'met' || s === 'not-met') {
      of++;
      if (s === 'met') met++;
    }
  }
  return { met, of };
}

export function computeStats(reviews: readonly ReviewRecord[]): OverviewStats {
  let smartMet = 0;
  let smartOf = 0;
  const bins = [0, 0, 0, 0, 0];
  for (const r of reviews) {
    smartMet += r.metrics.agreementsSmart;
    smartOf += r.metrics.agreementsTotal;
    if (r.metrics.jobFocusScore !== null) bins[Math.min(4, Math.floor(r.metrics.jobFocusScore / 20))]++;
  }
  return {
    reviews: reviews.length,
    smart: { met: smartMet, of: smartOf },
    jobGoal: share(reviews, JOB_GOAL_ITEMS),
    accommodations: share(reviews, ACCOMMODATION_ITEMS),
    progression: share(reviews, PROGRESSION_ITEMS),
    jobFocusBins: bins,
  };
}

/** Percentage rounded to whole numbers, or null when nothing was decided. */
export function percent(s: Share): number | null {
  return s.of === 0 ? null : Math.round((100 * s.met) / s.of);
}
