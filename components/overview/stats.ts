import type { ReviewRecord } from '@/lib/storage/records';
import { ACCOMMODATION_ITEMS, itemState, JOB_GOAL_ITEMS, PROGRESSION_ITEMS } from '@/lib/storage/review-summary';

/**
 * Baselines from the seed's case review (research/seed-001.md §5.3; "001 L…" = line in the seed report),
 * shown beside the reviewer's own sample (R-37, seed-001.md §6.7). Framing only: the seed's sample is
 * 9 project municipalities in 2019–2020.
 */
export const BASELINES = {
  smart: { low: 25, high: 25, source: '001 L3907' },
  jobGoal: { low: 21, high: 21, source: '001 L3907–3908' },
  accommodations: { low: 30, high: 37, source: '001 L3814–3815' },
  progression: { low: 6, high: 6, source: '001 L1005–1006, L3999' },
} as const;
export type MetricId = keyof typeof BASELINES;

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
