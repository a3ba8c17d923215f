/**
 * Min Plan agreements as fagsystemer and caseworkers also write them: in the third person ("Borger søger …",
 * "Peter kontakter …"), with the jobcentre or a colleague as actor ("Jobcentret bestiller …", "Jobkonsulenten følger op
 * …") and in the passive ("Der afholdes opfølgningsmøde …", "Der sendes henvisning …"). The guide's SMART questions are
 * the same whoever acts (001 L3037–3045: "Hvem gør hvad, hvornår", 001 L3936–3937).
 */

/** Actions of the jobcentre and its staff, and their passive forms (concrete, and checkable as done). */
export const STAFF_VERBS: readonly string[] = [
  'følge op', 'følger op', 'følges op', 'fulgte op', 'fulgt op', 'henvis*', 'indkald*', 'bevilg*', 'visiter*',
  'etabler*', 'tilbyd*', 'tilbød', 'udsend*', 'ringes', 'skrives', 'afhold*', 'bestil*', 'arranger*', 'evaluer*',
];

/** Vague efforts in the present tense and the passive ("Peter undersøger muligheder", "Der arbejdes videre med …"). */
export const VAGUE_ACTIONS_THIRD_PERSON: readonly string[] = [
  'undersøger muligheder*', 'undersøger mulighed*', 'undersøges muligheder*', 'undersøges mulighed*', 'ser på',
  'ses på', 'kigges på', 'finder ud af', 'kommer videre', 'kommer i gang', 'får styr på', 'er aktiv', 'er mere aktiv',
  'arbejdes på', 'arbejdes med', 'arbejdes videre med', 'arbejder videre med', 'arbejde videre med', 'afklares',
  'overvejes', 'tænkes over',
];

/** Meetings named as the agreement itself ("Opf. samtale d. 12/6 kl. 13 hos Kvickly"): held or not, at a set time. */
export const MEETING_NOUNS: readonly string[] = [
  'samtale*', 'møde', 'mødet', 'opfølgningsmøde*', 'opfølgningssamtale*', 'opfølgning', 'jobsamtale*',
  'trepartsmøde*', 'rundbordssamtale*', 'virksomhedsbesøg*', 'statusmøde*', 'netværksmøde*', 'praktikbesøg*',
];

/** Documents and lists an agreement produces ("skriver 5 virksomheder ned på en liste", "en oversigt over …"). */
export const AGREEMENT_DOCUMENTS: readonly string[] = ['liste', 'listen', 'lister', 'oversigt*', 'udkast*'];

/**
 * Words that open a clause with its own subject (folded, shorthand read: "bgr." is "borger", "sb." "sagsbehandler"):
 * a rewrite keeps them and the person they write in.
 */
export const AGREEMENT_SUBJECTS: readonly string[] = [
  'du', 'jeg', 'vi', 'i', 'borger', 'borgeren', 'sagsbehandler', 'sagsbehandleren', 'jobcentret', 'jobcenteret',
  'jobkonsulent', 'jobkonsulenten', 'virksomhedskonsulent', 'virksomhedskonsulenten', 'mentor', 'mentoren',
  'kontaktperson', 'kontaktpersonen', 'jobformidler', 'jobformidleren', 'hun', 'han', 'de', 'der', 'det', 'man',
];

/** Words ending in "-er"/"-es" that are no present-tense or passive verb after a first word ("Jobsøgning hver uge"). */
export const NOT_FINITE_VERBS: readonly string[] = [
  'hver', 'efter', 'over', 'under', 'eller', 'mere', 'flere', 'andre', 'der', 'her', 'være', 'omkring', 'senere',
  'inden', 'for', 'fra', 'med', 'hos', 'til', 'som', 'samt', 'og',
];
