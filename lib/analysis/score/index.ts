import type { RuleContext } from '../rule';
import type { JobFocus } from '../types';

/** Job-focus score 0–100 with its explained criteria. (Skeleton: replaced by the real score.) */
export function scoreJobFocus(_ctx: RuleContext): JobFocus {
  return { score: 0, criteria: [] };
}
