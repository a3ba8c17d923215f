/**
 * Agreement wording (Min Plan). Agreements must be action-bearing ("handlingsbærende aftaler, som reelt ændrer og
 * optimerer borgerens søgeadfærd", 001 L3050–3052), binding (001 L3054–3055) and say who does what, when (001 L3056–3058,
 * L3936–3937). SMART is the guide's model (001 L3037–3045; 000 L205–227).
 */

/** Advice or intention instead of an action: research/seed-001.md R-15 ("borger er informeret om …", "vil overveje"). */
export const ADVICE_ONLY: readonly string[] = [
  'er informeret om', 'er blevet informeret om', 'er orienteret om', 'er blevet orienteret om', 'er vejledt om',
  'er blevet vejledt om', 'er vejledt i', 'har fået information om', 'har fået vejledning om', 'er gjort opmærksom på',
  'er gjort bekendt med', 'er bekendt med', 'vil overveje', 'skal overveje', 'overvejer', 'vil tænke over',
  'skal tænke over', 'tænker over', 'vil tænke på', 'vil se på', 'vil kigge på', 'skal kigge på', 'vil prøve at',
  'vil forsøge at', 'vil arbejde på', 'skal arbejde på', 'arbejder på at', 'vil have fokus på', 'skal have fokus på',
  'har fokus på', 'fokuserer på', 'er motiveret for', 'er indforstået med', 'er enig i',
];

/** Vague verbs that name no concrete action (for SMART "specific"; 003 L2851–2853 lists concrete ones). */
export const VAGUE_AGREEMENT_VERBS: readonly string[] = [
  'arbejde med', 'arbejde på', 'overveje', 'tænke over', 'se på', 'kigge på', 'undersøge muligheder', 'være aktiv',
  'være aktivt jobsøgende', 'fokusere på', 'have fokus på', 'blive afklaret', 'afklare', 'forsøge', 'prøve at',
  'søge job', 'søge arbejde', 'komme videre', 'komme i gang', 'finde et job', 'finde job', 'finde arbejde',
];

/** Hedges that are not deadlines ("på sigt", "snart", "hurtigst muligt": issue 3 item 5). */
export const VAGUE_DEADLINES: readonly string[] = [
  'på sigt', 'snart', 'snarest', 'snarest muligt', 'hurtigst muligt', 'så hurtigt som muligt', 'inden længe',
  'løbende', 'i nær fremtid', 'på et tidspunkt', 'når det passer', 'når borger er klar', 'efter behov', 'med tiden',
  'i løbet af forløbet', 'fremover', 'fremadrettet',
];

/** Praktik whose only purpose is to document limitations (001 L1039–1041, L463–469; 003 L3691–3709). */
export const DOCUMENTATION_ONLY: readonly string[] = [
  'med henblik på afklaring', 'mhp afklaring', 'med henblik på dokumentation', 'mhp dokumentation',
  'afklaring af arbejdsevne*', 'afklare arbejdsevne*', 'afklare borgers arbejdsevne', 'dokumentere arbejdsevne*',
  'dokumentation af arbejdsevne*', 'dokumentation af nedsat arbejdsevne', 'dokumentere begrænsninger',
  'dokumentere nedsat arbejdsevne', 'afprøvning af arbejdsevne*', 'arbejdsprøvning*', 'afklaring', 'afklaringsforløb*',
  'dokumentation', 'dokumentere',
];

export const PRAKTIK_WORDS: readonly string[] = ['praktik*', 'virksomhedspraktik*', 'arbejdsprøvning*', 'afklaringsforløb*'];

/** Purposes that make a praktik job-directed (the seed accepts "afklare muligheder for progression", 001 L386–390). */
export const JOB_DIRECTED_PURPOSE: readonly string[] = [
  'muligheder', 'mulighed', 'progression*', 'timer', 'timetal*', 'opgaver', 'arbejdsopgaver', 'jobmål*',
  'ansættelse*', 'fleksjob hos', 'job hos', 'ordinært job', 'udvikling*', 'udvikle*', 'afprøve*', 'kompetence*',
  'skånehensyn*',
];
