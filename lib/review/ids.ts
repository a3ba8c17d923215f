/**
 * Typed ids the reviewer checklist decides by: rule ids (the stable list in README "Rule ids") and the job-focus
 * criterion ids (lib/analysis/score/criteria.ts). Never match ids by pattern: a typo here fails the type check and
 * tests/unit/storage/review.test.tsx checks each rule id against the registered rules.
 */
export { CRITERION, type CriterionId } from '@/lib/analysis/score/criteria';

export const RULE = {
  smartAgreement: 'smart-agreement',
  vagueAccommodation: 'vague-accommodation',
  fixedHours: 'fixed-hours',
  progressionOnlyHours: 'progression-only-hours',
  missingJobGoal: 'missing-job-goal',
  reportedSpeech: 'reported-speech',
  deficitBalance: 'deficit-balance',
  cprNumber: 'cpr-number',
  healthInCv: 'health-in-cv',
  vagueJobGoal: 'vague-job-goal',
  cvVagueJobWish: 'cv-vague-job-wish',
  cvPersonalityOnly: 'cv-personality-only',
  cvExperienceWithoutTasks: 'cv-experience-without-tasks',
  cvFlexjobLabel: 'cv-flexjob-label',
  illnessFocus: 'illness-focus',
  documentationOnlyPraktik: 'documentation-only-praktik',
  adviceNotAction: 'advice-not-action',
  intensityReference: 'intensity-reference',
  longSentence: 'long-sentence',
  lix: 'lix',
} as const;

export type RuleId = (typeof RULE)[keyof typeof RULE];
