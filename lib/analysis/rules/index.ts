import type { Rule } from '../rule';
import smartAgreement from './smart-agreement';
import vagueAccommodation from './vague-accommodation';
import fixedHours from './fixed-hours';
import intensityReference from './intensity-reference';
import progressionOnlyHours from './progression-only-hours';
import missingJobGoal from './missing-job-goal';
import reportedSpeech from './reported-speech';
import deficitBalance from './deficit-balance';
import illnessFocus from './illness-focus';
import cprNumber from './cpr-number';
import healthInCv from './health-in-cv';
import cvVagueJobWish from './cv-vague-job-wish';
import vagueJobGoal from './vague-job-goal';
import cvPersonalityOnly from './cv-personality-only';
import cvExperienceWithoutTasks from './cv-experience-without-tasks';
import cvFlexjobLabel from './cv-flexjob-label';
import documentationOnlyPraktik from './documentation-only-praktik';
import adviceNotAction from './advice-not-action';
import longSentence from './long-sentence';
import lix from './lix';
import unfilledPlaceholder from './unfilled-placeholder';

/** Every rule, in report order. Adding a rule = adding its file and one line here. */
export const allRules: readonly Rule[] = [
  cprNumber,
  unfilledPlaceholder,
  healthInCv,
  vagueAccommodation,
  smartAgreement,
  adviceNotAction,
  fixedHours,
  intensityReference,
  progressionOnlyHours,
  missingJobGoal,
  vagueJobGoal,
  reportedSpeech,
  deficitBalance,
  illnessFocus,
  documentationOnlyPraktik,
  cvVagueJobWish,
  cvPersonalityOnly,
  cvExperienceWithoutTasks,
  cvFlexjobLabel,
  longSentence,
  lix,
];
