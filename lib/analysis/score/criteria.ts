/**
 * Job-focus criterion ids: a public contract (`jobFocus.criteria[].id` in `jobrettet check --json`, the reviewer
 * checklist, other tools). An id keeps its meaning in every form and field role where it appears; only its weight differs.
 */
export const CRITERION_IDS = [
  'job-title',
  'workplace',
  'tasks',
  'employer-contact',
  'next-step',
  'hours-interval',
  'resources',
  'illness-balance',
  'experience',
  'accommodation-concrete',
  'intensity',
  'hours-may-change',
  'progression-dimensions',
  'progression-reason',
  'work-ability',
  'smart-share',
] as const;

export type CriterionId = (typeof CRITERION_IDS)[number];

/** Named constants, so that code outside the score refers to an id by name, never by a pattern. */
export const CRITERION = {
  jobTitle: 'job-title',
  workplace: 'workplace',
  tasks: 'tasks',
  employerContact: 'employer-contact',
  nextStep: 'next-step',
  hoursInterval: 'hours-interval',
  resources: 'resources',
  illnessBalance: 'illness-balance',
  experience: 'experience',
  accommodationConcrete: 'accommodation-concrete',
  intensity: 'intensity',
  hoursMayChange: 'hours-may-change',
  progressionDimensions: 'progression-dimensions',
  progressionReason: 'progression-reason',
  workAbility: 'work-ability',
  smartShare: 'smart-share',
} as const satisfies Record<string, CriterionId>;

/** Danish labels shown in the panel (what is met, in the users' terms). */
export const CRITERION_LABELS: Record<CriterionId, string> = {
  'job-title': 'Konkret stillingsbetegnelse eller funktion',
  workplace: 'Branche eller arbejdsplads',
  tasks: 'Konkrete arbejdsopgaver',
  'employer-contact': 'Kontakt med en arbejdsgiver',
  'next-step': 'Næste skridt med dato eller frist',
  'hours-interval': 'Timer som interval',
  resources: 'Ressourcer og kompetencer med indhold',
  'illness-balance': 'Fokus på job frem for sygdom, behandling og privatliv',
  experience: 'Erfaring med tid, sted eller opgaver',
  'accommodation-concrete': 'Hvert skånehensyn er konkret (opgave, mål, hjælpemiddel eller tidspunkt)',
  intensity: 'Arbejdsintensitet',
  'hours-may-change': 'At timetallet kan ændre sig',
  'progression-dimensions': 'Udvikling ud over timer (opgaver, ansvar, tempo, skånehensyn)',
  'progression-reason': 'Hvorfor og hvordan progression forventes',
  'work-ability': 'Hvad helbredet betyder for arbejdet (mestring, skånehensyn)',
  'smart-share': 'Andel SMART-aftaler',
};

export const isCriterionId = (x: unknown): x is CriterionId => (CRITERION_IDS as readonly unknown[]).includes(x);
