/** Every vocabulary list compiled once, at module load (never per call). */
import { compileLexicon } from './lexicon';
import { FUNCTION_EXCEPT, FUNCTION_HEADS, OCCUPATION_EXCEPT, OCCUPATION_HEADS, OCCUPATIONS } from './occupations';
import { CONTACT_VERBS, EMPLOYER_CONTACT, WORKPLACE_EXCEPT, WORKPLACE_HEADS, WORKPLACES } from './workplaces';
import { TASKS, VAGUE_TASKS } from './tasks';
import {
  DIAGNOSES, DIAGNOSIS_EXCEPT, DIAGNOSIS_HEADS, HEALTH_WORKPLACE_CONTEXT, MEDICATION, PERSONAL_MARKERS, PRIVATE_LIFE,
  PROFESSIONAL_HEALTH_CONTEXT, SICK_LEAVE, TREATMENT,
} from './health';
import { CAN_WORDS, EMPHASIS_WORDS, GET_BEFORE, LACK_AFTER, LACK_BEFORE, NEGATED_AMOUNTS, NEGATIONS, RESOURCES } from './resources';
import { DEFICITS } from './deficit';
import {
  ACCOMMODATION_MARKERS, ACCOMMODATION_NOT_MARKERS, CONCRETE_ARRANGEMENTS, LIMIT_WORDS, MEASURE_UNITS,
  OPEN_LIMIT_WORDS, RESTRICTION_WORDS,
} from './accommodation';
import { EVIDENCE_CUES, FLEXJOB_SELF_LABEL, PERSONALITY, VAGUE_JOB_WORDS } from './cv';
import { ASSESSMENT_MARKERS, WISH_MARKERS, REPORTED_SPEECH } from './speech';
import { CAPACITY_CONTEXT, DYNAMIC_HOURS, HOURS_CHANGE, PROGRESSION_DIMENSIONS, PROGRESSION_MARKERS } from './hours';
import {
  ACTION_VERBS, EXPERIENCE, GENERIC_JOB_SEARCH, GENERIC_JOB_WORDS, INTENSITY, LEISURE, NON_EMPLOYER_CONTACTS, REJECTED_WORK, PROGRESSION_REASONS, TITLE_INTRO, WORK_ABILITY,
} from './score';
import { ADVICE_ONLY, DOCUMENTATION_ONLY, JOB_DIRECTED_PURPOSE, PRAKTIK_WORDS } from './agreement';

export const LEX = {
  occupations: compileLexicon('occupations', [...OCCUPATIONS, ...OCCUPATION_HEADS], OCCUPATION_EXCEPT),
  functions: compileLexicon('functions', FUNCTION_HEADS, FUNCTION_EXCEPT),
  workplaces: compileLexicon('workplaces', [...WORKPLACES, ...WORKPLACE_HEADS], WORKPLACE_EXCEPT),
  employerContact: compileLexicon('employerContact', EMPLOYER_CONTACT),
  contactVerbs: compileLexicon('contactVerbs', CONTACT_VERBS),
  tasks: compileLexicon('tasks', TASKS),
  vagueTasks: compileLexicon('vagueTasks', VAGUE_TASKS),
  diagnoses: compileLexicon('diagnoses', [...DIAGNOSES, ...DIAGNOSIS_HEADS], DIAGNOSIS_EXCEPT),
  treatment: compileLexicon('treatment', TREATMENT),
  medication: compileLexicon('medication', MEDICATION),
  sickLeave: compileLexicon('sickLeave', SICK_LEAVE),
  privateLife: compileLexicon('privateLife', PRIVATE_LIFE),
  professionalHealth: compileLexicon('professionalHealth', PROFESSIONAL_HEALTH_CONTEXT),
  healthWorkplace: compileLexicon('healthWorkplace', HEALTH_WORKPLACE_CONTEXT),
  personalMarkers: compileLexicon('personalMarkers', PERSONAL_MARKERS),
  resources: compileLexicon('resources', RESOURCES),
  can: compileLexicon('can', CAN_WORDS),
  negations: compileLexicon('negations', NEGATIONS),
  lackBefore: compileLexicon('lackBefore', LACK_BEFORE),
  lackAfter: compileLexicon('lackAfter', LACK_AFTER),
  negatedAmounts: compileLexicon('negatedAmounts', NEGATED_AMOUNTS),
  getBefore: compileLexicon('getBefore', GET_BEFORE),
  emphasisWords: compileLexicon('emphasisWords', EMPHASIS_WORDS),
  deficits: compileLexicon('deficits', DEFICITS),
  accommodationMarkers: compileLexicon('accommodationMarkers', ACCOMMODATION_MARKERS),
  accommodationNotMarkers: compileLexicon('accommodationNotMarkers', ACCOMMODATION_NOT_MARKERS),
  restrictions: compileLexicon('restrictions', RESTRICTION_WORDS),
  openLimits: compileLexicon('openLimits', OPEN_LIMIT_WORDS),
  arrangements: compileLexicon('arrangements', CONCRETE_ARRANGEMENTS),
  units: compileLexicon('units', MEASURE_UNITS),
  limitWords: compileLexicon('limitWords', LIMIT_WORDS),
  personality: compileLexicon('personality', PERSONALITY),
  vagueJobWords: compileLexicon('vagueJobWords', VAGUE_JOB_WORDS),
  flexjobLabel: compileLexicon('flexjobLabel', FLEXJOB_SELF_LABEL),
  evidence: compileLexicon('evidence', EVIDENCE_CUES),
  reportedSpeech: compileLexicon('reportedSpeech', REPORTED_SPEECH),
  assessment: compileLexicon('assessment', ASSESSMENT_MARKERS),
  wish: compileLexicon('wish', WISH_MARKERS),
  dynamicHours: compileLexicon('dynamicHours', DYNAMIC_HOURS),
  capacityContext: compileLexicon('capacityContext', CAPACITY_CONTEXT),
  hoursChange: compileLexicon('hoursChange', HOURS_CHANGE),
  progressionDimensions: compileLexicon('progressionDimensions', PROGRESSION_DIMENSIONS),
  progressionMarkers: compileLexicon('progressionMarkers', PROGRESSION_MARKERS),
  adviceOnly: compileLexicon('adviceOnly', ADVICE_ONLY),
  documentationOnly: compileLexicon('documentationOnly', DOCUMENTATION_ONLY),
  praktik: compileLexicon('praktik', PRAKTIK_WORDS),
  jobDirectedPurpose: compileLexicon('jobDirectedPurpose', JOB_DIRECTED_PURPOSE),
  titleIntro: compileLexicon('titleIntro', TITLE_INTRO),
  actionVerbs: compileLexicon('actionVerbs', ACTION_VERBS),
  nonEmployerContacts: compileLexicon('nonEmployerContacts', NON_EMPLOYER_CONTACTS),
  intensity: compileLexicon('intensity', INTENSITY),
  progressionReasons: compileLexicon('progressionReasons', PROGRESSION_REASONS),
  workAbility: compileLexicon('workAbility', WORK_ABILITY),
  leisure: compileLexicon('leisure', LEISURE),
  rejectedWork: compileLexicon('rejectedWork', REJECTED_WORK),
  experience: compileLexicon('experience', EXPERIENCE),
  genericJobWords: compileLexicon('genericJobWords', GENERIC_JOB_WORDS),
  genericJobSearch: compileLexicon('genericJobSearch', GENERIC_JOB_SEARCH),
} as const;
