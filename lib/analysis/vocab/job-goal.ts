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
