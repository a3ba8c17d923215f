/**
 * Min Plan agreements as fagsystemer and caseworkers also write them: in the third person ("Borger søger …",
 * "Peter kontakter …"), with the jobcentre or a colleague as actor ("Jobcentret bestiller …", "Jobkonsulenten følger op
 * …") and in the passive ("Der afholdes opfølgningsmøde …", "Der sendes henvisning …"). The guide's SMART questions are
 * the same whoever acts (001 L3037–3045: "Hvem gør hvad, hvornår", 001 L3936–3937).
 */

/** Actions of the jobcentre and its staff, and their passive forms (concrete, and checkable as done). */
export const STAFF_VERBS: readonly string[] = [
  'henvis*', 'indkald*', 'bevilg*', 'visiter*', 'etabler*', 'tilbyd*', 'tilbød', 'udsend*', 'ringes', 'skrives',
  'afhold*', 'bestil*', 'arranger*', 'evaluer*',
  // Going along with the citizen ("Mentor ledsager borger til første arbejdsdag", "følger med til samtalen").
  'ledsag*', 'følge med', 'følger med', 'følges med', 'fulgte med',
  // The employer or a colleague training the citizen ("Butikschefen oplærer Mehmet i kasseopgaver i uge 37").
  'oplær*',
];

/**
 * Following up: the action is decided by its object and context, not by the verb. A follow-up that names how or with
 * whom ("følger op med Lise hos Føtex", "ved et møde på arbejdspladsen") is a concrete action, held or not; "Der følges
 * op på praktikken" or "Vi følger op" alone says nothing a reader could check (001 L3936–3937: "Hvem gør hvad, hvornår").
 */
export const FOLLOW_UP_VERBS: readonly string[] = ['følge op', 'følger op', 'følges op', 'fulgte op', 'fulgt op'];

/** How a follow-up or inquiry is done, when no meeting is named: by phone, by a visit, by mail. */
export const CONTACT_FORMS: readonly string[] = ['telefonisk', 'pr. telefon', 'på telefon', 'ved et besøg', 'på mail', 'pr. mail', 'på e-mail'];

/**
 * Attempts, help and hedges that govern the action after them ("forsøger at finde …", "hjælpe dig med at finde …",
 * "i videst muligt omfang søger …"): an attempt is no binding action (001 L3054–3055), so the verb it governs is not the
 * agreement's action and its frequency measures nothing ("prøver at gå tur hver dag").
 */
export const ATTEMPTS: readonly string[] = [
  'forsøge at', 'forsøger at', 'forsøges at', 'prøve at', 'prøver at', 'prøves at',
  'arbejde videre med at', 'arbejder videre med at', 'arbejdes videre med at', 'arbejde på at', 'arbejder på at',
  'arbejde hen imod at', 'arbejder hen imod at', 'gøre en indsats for at', 'gør en indsats for at',
  // Expectation and hope: whether the action happens is still open ("forventer at finde en virksomhed").
  'forvente at', 'forventer at', 'forventes at', 'håbe at', 'håber at', 'håbe på at', 'håber på at', 'regne med at', 'regner med at',
  'satse på at', 'satser på at', 'tænke på at', 'tænker på at',
];

/**
 * Deliberation: every action in the rest of its clause is only thought about ("overvejer at tage truckcertifikat",
 * "overvejer, om hun vil tage et AMU-kursus"), so none is the agreement's action.
 */
export const DELIBERATIONS: readonly string[] = [
  'overveje', 'overvejer', 'overvejes', 'overvejet', 'overvejede', 'tænke over', 'tænker over', 'tænkes over',
  'tvivler på', 'er i tvivl om', 'er usikker på',
];

/**
 * Help from the jobcentre: it governs the action when the action names no party, job or task ("hjælpe dig med at
 * finde et godt fleksjob"); with one, who does what is clear ("hjælper dig med at skrive en ansøgning til Netto").
 */
export const HELP: readonly string[] = [
  'hjælpe dig med at',
  'hjælper dig med at', 'hjælpe med at', 'hjælper med at', 'hjælpe borger med at', 'hjælper borger med at',
  'hjælpe borgeren med at', 'hjælper borgeren med at', 'hjælpe ham med at', 'hjælpe hende med at', 'hjælper ham med at',
  'hjælper hende med at', 'støtte dig i at', 'støtter dig i at', 'støtte borger i at', 'støtter borger i at',
  'være behjælpelig med at', 'er behjælpelig med at', 'være behjælpelig med', 'er behjælpelig med',
];

/** Hedges on the whole commitment: the extent is left open; they govern the verb next to them, before or after. */
export const HEDGES: readonly string[] = [
  'i videst muligt omfang', 'i videst mulig omfang', 'så vidt muligt', 'så meget som muligt', 'efter bedste evne',
  'efter evne', 'om muligt', 'hvis muligt', 'i det omfang det er muligt',
];

/**
 * Purpose clauses say why, not what ("for at blive klar til job", "med henblik på at finde frem til et jobmål"): a verb in
 * them is not the agreement's action. Their objects still tie the action to work.
 */
export const PURPOSE_MARKERS: readonly string[] = [
  'for at', 'med henblik på', 'mhp', 'så at', 'sådan at', 'med det mål at', 'med det formål at', 'så du', 'så han',
  'så hun', 'så borger', 'så borgeren', 'så vi', 'så det', 'så de',
];

/**
 * Investigations that are concrete when aimed at a named party ("undersøger muligheden for praktik hos Vestergaard",
 * "undersøger, om borger kan få løntilskud hos Bygma"); without one they are vague ("undersøger muligheder").
 */
export const INQUIRIES: readonly string[] = [
  'undersøge mulighed*', 'undersøger mulighed*', 'undersøges mulighed*', 'undersøge muligheder*', 'undersøger muligheder*',
  'undersøges muligheder*', 'undersøge', 'undersøger', 'undersøges', 'undersøgt',
];

/** Meeting as a verb ("Vi ses igen d. 19/9", "mødes med Lone"): one event, held or not, never counted. */
export const MEET_VERBS: readonly string[] = ['ses', 'ses igen', 'mødes', 'mødes igen', 'møde op', 'møder op', 'mødte op', 'mødt op'];

/** Accompanying a person ("Mentor følger Lene de første dage i praktikken"): an action with a person right after it. */
export const ACCOMPANY_VERBS: readonly string[] = ['følge', 'følger', 'følges', 'fulgte', 'fulgt'];

/** Agreeing a named activity ("Der aftales virksomhedspraktik hos Jysk …"): the activity right after it is the action. */
export const ARRANGE_VERBS: readonly string[] = ['aftale', 'aftaler', 'aftales', 'aftalt', 'aftalte'];

/** Light verbs that make a meeting noun the action ("holder trekantsmøde med …", "holdes statusmøde …"). */
export const MEETING_VERBS: readonly string[] = ['holde', 'holder', 'holdes', 'holdt', 'afholde', 'afholder', 'afholdes', 'afholdt'];

/** Vague efforts in the present tense and the passive ("Peter undersøger muligheder", "Der arbejdes videre med …"). */
export const VAGUE_ACTIONS_THIRD_PERSON: readonly string[] = [
  'undersøger muligheder*', 'undersøger mulighed*', 'undersøges muligheder*', 'undersøges mulighed*', 'ser på',
  'ses på', 'kigges på', 'finder ud af', 'kommer videre', 'kommer i gang', 'får styr på', 'er aktiv', 'er mere aktiv',
  'arbejdes på', 'arbejdes med', 'arbejdes videre med', 'arbejder videre med', 'arbejde videre med', 'afklares',
  'overvejes', 'tænkes over',
  // Keeping in touch goes on without an end or an event ("holder kontakten til arbejdspladsen").
  'holde kontakt*', 'holder kontakt*', 'holdes kontakt*', 'holde sig i kontakt', 'holder sig i kontakt',
  'være i kontakt', 'er i kontakt', 'bevare kontakt*', 'bevarer kontakt*',
];

/** Meetings named as the agreement itself ("Opf. samtale d. 12/6 kl. 13 hos Kvickly"): held or not, at a set time. */
export const MEETING_NOUNS: readonly string[] = [
  'samtale*', 'møde', 'mødet', 'opfølgningsmøde*', 'opfølgningssamtale*', 'opfølgning', 'jobsamtale*',
  'trepartsmøde*', 'rundbordssamtale*', 'virksomhedsbesøg*', 'statusmøde*', 'netværksmøde*', 'praktikbesøg*',
  // Compounds with the head last ("trekantsmøde", "afklaringssamtale").
  '*møde', '*mødet', '*samtale', '*samtalen',
];

/** Documents and lists an agreement produces ("skriver 5 virksomheder ned på en liste", "en oversigt over …"). */
export const AGREEMENT_DOCUMENTS: readonly string[] = [
  'liste', 'listen', 'lister', 'oversigt*', 'udkast*',
  // The case's own documents, which the jobcentre orders, sends or writes ("bestiller en speciallægeerklæring",
  // "sender indstillingen til borger"): done or not.
  'erklæring*', '*erklæring', '*erklæringen', 'attest*', '*attest', '*attesten', 'indstilling', 'indstillingen',
  'rehabiliteringsplan*', 'ressourceforløb*', 'bemærkning*', 'høring*', 'partshøring*',
];

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

/** Open quantifiers a rewrite replaces by "[antal]" ("nogle relevante arbejdsgivere"); folded. */
export const OPEN_QUANTIFIER_WORDS: readonly string[] = ['nogle', 'nogen', 'flere', 'diverse', 'forskellige'];

/** Adjectives a count goes before ("[antal] relevante arbejdsgivere"); folded. */
export const COUNTED_ADJECTIVE_WORDS: readonly string[] = [
  'relevante', 'lokale', 'mulige', 'passende', 'andre', 'nye', 'ledige', 'konkrete', 'større', 'mindre', 'private',
  'offentlige', 'nærliggende', 'egnede',
];
