/**
 * A job goal that only says it is not decided yet is no job goal: without one "bliver ydre faktorer bestemmende"
 * (001 L3779–3782), and the indstilling must state "konkrete jobmål/funktioner" (000 L157–159).
 */
export const GOAL_SUBJECTS: readonly string[] = ['jobmål*', 'mål', 'målet', 'beskæftigelsesmål*', 'uddannelsesmål*'];

export const UNDECIDED: readonly string[] = [
  'ikke afklaret', 'endnu ikke afklaret', 'uafklaret', 'uafklarede', 'ikke fastlagt', 'ikke besluttet', 'ikke på plads',
  'ikke fundet', 'ikke defineret', 'ikke aftalt', 'ikke fastsat', 'ikke kendt', 'ukendt', 'afventer', 'afklares',
  'skal afklares', 'endnu ikke', 'ved ikke', 'ikke klar', 'ikke besluttet endnu',
  // Deferred in an agreement ("aftalt at bgr. tænker over jobmål", "finder ud af sit jobmål til næste samtale").
  'tænke over', 'tænker over', 'overveje', 'overvejer', 'finde ud af', 'finder ud af', 'afklare', 'afklarer',
];

/**
 * A kind of job and a broad field ("fleksjob inden for kontorarbejde", "deltidsjob inden for lager"): the indstilling asks
 * for "konkrete jobmål/funktioner" (000 L157–159), and a field is neither a title nor a function an employer can search on
 * (001 L3882–3884). A title or named tasks elsewhere in the goal make it concrete.
 */
export const BROAD_FIELD_WISHES: readonly string[] = [
  'job inden for', 'job indenfor', 'jobs inden for', 'fleksjob inden for', 'fleksjob indenfor', 'deltidsjob inden for',
  'deltidsjob indenfor', 'skånejob inden for', 'skånejob indenfor', 'arbejde inden for', 'arbejde indenfor',
  'stilling inden for', 'stillinger inden for', 'job i branchen', 'fleksjob i branchen',
];
