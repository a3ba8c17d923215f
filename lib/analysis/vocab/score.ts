/**
 * Word lists of the job-focus score (lib/analysis/score). What good looks like per field comes from
 * research/seed-001.md §1 and §6 (R-01…R-05, R-08, R-10, R-18–R-20) and seed 000's guide (L157–171, L209–227).
 */

/** Words before a job title ("job som lagermedarbejder", "Jobmål: pladsmand"). */
export const TITLE_INTRO: readonly string[] = [
  'job som', 'jobbet som', 'arbejde som', 'stilling som', 'stillinger som', 'ansat som', 'ansættelse som',
  'uddannet som', 'udlært som', 'uddannet', 'udlært', 'arbejdet som', 'arbejdede som', 'arbejder som', 'jobmål',
  'jobmålet', 'jobmål er', 'jobønske', 'jobønsker', 'beskæftigelse som', 'funktion som', 'erfaring som', 'år som',
  'fleksjob som', 'deltidsjob som', 'søger job som', 'job inden for', 'arbejde inden for', 'branchen',
];

/** Words after a title intro that are not a title ("job som noget med mennesker"). */
export const NOT_TITLE: readonly string[] = [
  'noget', 'det', 'den', 'de', 'hvad', 'alt', 'alle', 'fleksjobber', 'borger', 'borgeren', 'hun', 'han', 'at', 'i',
  'og', 'som', 'ved', 'der', 'mere', 'mange', 'forskellige', 'diverse', 'fleksjob', 'job', 'arbejde', 'deltidsjob',
  'skånejob', 'ikke', 'er', 'var', 'kan', 'vil', 'skal', 'for', 'til', 'med', 'på', 'af', 'om', 'sig', 'sin', 'sit',
  'sine', 'et', 'en', 'ufaglært', 'ordinært', 'afklaret', 'uafklaret', 'endnu', 'mangler', 'foreligger', 'ukendt',
  'hvilket', 'inden', 'indenfor', 'flere', 'nye', 'andet', 'andre', 'ønsker', 'ønske', 'vides', 'relevant',
  'ingen', 'intet', 'uvist', 'usikkert', 'nej', 'ubestemt', 'afventer', 'drøftes', 'følger', 'eller', 'lignende',
];

/** Verbs of a step the citizen or the jobcentre takes (the S of a next step: 001 L3037–3045). */
export const ACTION_VERBS: readonly string[] = [
  'søg*', 'send*', 'kontakt*', 'ring*', 'besøg*', 'mød*', 'deltag*', 'lav*', 'opdater*', 'skriv*', 'find*', 'undersøg*',
  'research*', 'tag* ud', 'aflever*', 'start*', 'begynd*', 'afprøv*', 'prøv*', 'gennemfør*', 'udarbejd*', 'book*',
  'tilmeld*', 'henvend*', 'opsøg*', 'aftal*', 'forbered*', 'udfyld*', 'øv*', 'træn*', 'hent*', 'tilføj*',
  'overtag*', 'udvid*', 'øg*', 'går fra', 'lær*', 'ansæt*',
];

/**
 * Treatment providers and the jobcentre's own staff: contacting them is no employer contact, and in a plan about the
 * citizen they are not the job sought (issue: "kontakte din læge" is not "Kontakt med en arbejdsgiver"). They count as a
 * title only after a title intro ("job som fysioterapeut", "uddannet psykolog") or in a CV.
 */
export const NON_EMPLOYER_CONTACTS: readonly string[] = [
  'læge', 'lægen', 'læger', 'lægerne', 'egen læge', 'praktiserende læge', 'speciallæge*', 'overlæge*', 'psykiater*',
  'psykolog*', 'terapeut*', 'fysioterapeut*', 'ergoterapeut*', 'kiropraktor*', 'zoneterapeut*', 'massør*',
  'sygeplejerske*', 'distriktssygeplejerske*', 'jordemoder*', 'tandlæge*', 'behandler*', 'misbrugsbehandler*',
  'sagsbehandler*', 'jobformidler*', 'jobkonsulent*', 'jobcenter*', 'jobcentret', 'kommunen', 'rådgiver*',
  'mentor*', 'kontaktperson*', 'a-kasse*', 'fagforening*', 'hospital*', 'sygehus*', 'klinik*', 'lægehus*',
  'sundhedscenter*', 'genoptræning*', 'praksis',
];

/** Time-expression kinds that give a step a date or deadline. "om ugen", "hver mandag", "løbende", "snart" do not. */
export const DATED_KINDS: readonly string[] = ['deadline', 'date', 'week', 'duration', 'relative'];

/** Intensity: how much of a colleague's output ("60 % i forhold til en kollega", "lav arbejdsintensitet"; 000 L159–163). */
export const INTENSITY: readonly string[] = [
  'intensitet*', 'arbejdsintensitet*', 'effektivitet*', 'effektiv tid', 'effektive timer', 'arbejdstempo*', 'tempo',
  'procent', 'i forhold til en kollega', 'sammenlignet med en kollega', 'i forhold til kolleger', 'ydeevne*',
  'arbejdsevne på', 'arbejdsindsats*',
];

/**
 * Why progression is expected or how it comes about (001 L532–535 "hvorfor der forventes progression, eller hvad der kan
 * føre til den anførte progression"; L1117–1118; R-20 "fordi / ved at / hvis"; L4050–4052 what is tried next).
 */
export const PROGRESSION_REASONS: readonly string[] = [
  'fordi', 'da borger', 'da hun', 'da han', 'ved at', 'når', 'hvis', 'efterhånden som', 'i takt med', 'som følge af',
  'på baggrund af', 'ud fra', 'via', 'gennem', 'har vist', 'viser', 'viste', 'i praktikken', 'i praktik', 'erfaring*',
  'afprøv*', 'prøves af', 'prøve af', 'oplæring*', 'lærer', 'lære', 'med støtte', 'hjælpemiddel*', 'mestring*',
  'udvikling fra', 'gik fra', 'er gået fra', 'steget fra', 'øget fra',
];

/**
 * What the health situation means for work (seed 001 L1924 "oversætte fra helbred til mestring og skånehensyn"; R-10;
 * 000 L169–171): what the person can do, for how long, with which pauses or adjustments.
 */
export const WORK_ABILITY: readonly string[] = [
  'for arbejdet betyder', 'i arbejdet', 'i jobbet', 'på arbejdet', 'på arbejdspladsen', 'arbejdsmæssigt',
  'skånehensyn*', 'mestr*', 'mestring*', 'håndtere*', 'kan arbejde', 'kan varetage', 'kan løfte', 'kan stå', 'kan gå',
  'kan sidde', 'kan klare', 'kan køre', 'kan udføre', 'kan løse', 'kan tåle', 'kan holde til', 'klarer', 'varetager',
  'ad gangen', 'pause*', 'højst', 'maks', 'max', 'maksimalt', 'skift mellem', 'skifte mellem', 'hæve-sænkebord*',
  'hjælpemiddel*', 'hjælpemidler', 'tilrettelæg*', 'arbejdsstilling*', 'formiddag*', 'hver time', 'hver halve time',
  // Mestring: what helps the person manage the work (001 L1924, L2168–2169, L2390–2398 "Skånehensyn og mestring").
  'med støtte', 'støtte fra', 'mentor*', 'fast kontaktperson', 'struktur*', 'faste rammer', 'faste opgaver',
  'overskuelige opgaver', 'skriftlige instruktioner', 'tjekliste*', 'kortere arbejdsdage', 'kortere dage',
  'nedsat tid', 'gradvis opstart', 'fungerer bedst', 'fungerer godt', 'trives med', 'trives bedst', 'klarer sig',
  'strategi*', 'redskab*', 'ved forværring', 'i gode perioder', 'kan fortsætte',
];

/**
 * Leisure and home life: not a work task ("går til gymnastik", "passer sine børn", "går ture"). A task hit inside one of
 * these phrases is dropped.
 */
export const LEISURE: readonly string[] = [
  'gymnastik', 'fitness', 'motion', 'gåture', 'gå ture', 'går ture', 'gå en tur', 'går en tur', 'lufte hunden',
  'lufter hunden', 'haven derhjemme', 'i haven', 'egen have', 'hjemme', 'derhjemme', 'i hjemmet', 'sine børn',
  'mine børn', 'børnene', 'sin familie', 'min familie', 'familien', 'barnebarn', 'børnebørn', 'hobby*', 'fritid*',
  'i fritiden', 'strikke*', 'hækle*', 'fiskeri', 'fiske', 'lystfisk*', 'ferie*', 'weekend*', 'husarbejde',
  'eget hus', 'egen bolig', 'madlavning derhjemme', 'lave mad derhjemme', 'lave mad til familien',
];

/**
 * Work the person rejects ("vil ikke tilbage til byggeriet", "ønsker ikke at arbejde med rengøring"): a task a few words
 * after one of these names no goal and no task the person will do.
 */
export const REJECTED_WORK: readonly string[] = [
  'vil ikke', 'ønsker ikke', 'gider ikke', 'ikke tilbage til', 'ikke vende tilbage til', 'ikke igen', 'aldrig igen', 'aldrig mere',
];

/** Experience with time, place or content ("6 års erfaring", "erfaring med kasse", "har arbejdet 8 år i Netto"). */
export const EXPERIENCE: readonly string[] = [
  'års erfaring', 'år som', 'år hos', 'år i', 'års ansættelse', 'erfaring med', 'erfaring fra', 'erfaring som',
  'erhvervserfaring*', 'arbejdserfaring*', 'joberfaring*', 'har arbejdet', 'har været ansat', 'var ansat', 'ansat som',
  'ansat i', 'ansat hos', 'arbejdede', 'arbejdet som', 'drevet egen', 'drev egen', 'i praktik', 'praktik hos',
  'uddannet', 'udlært', 'faglært',
];

/** A wish for work without a job named ("komme i arbejde", "et fleksjob"): worth a little more than nothing about work. */
export const GENERIC_JOB_WORDS: readonly string[] = [
  'job', 'jobbet', 'jobs', 'arbejde', 'arbejdet', 'arbejdsmarkedet', 'beskæftigelse', 'stilling', 'stillinger',
  'fleksjob', 'fleksjobbet', 'deltidsjob', 'ansættelse', 'jobmål', 'jobønske',
];

/** Job search without an employer ("søge job", "jobsøgning"): a step towards employers, not contact with one. */
export const GENERIC_JOB_SEARCH: readonly string[] = [
  'søg* job', 'søg* arbejde', 'søg* efter job', 'søg* efter arbejde', 'jobsøgning*', 'jobsøgende', 'jobsøge*',
  'kigge efter job', 'kigger efter job', 'finde et job', 'finde job', 'finde arbejde',
];

/** Hour figures ("12 timer om ugen", "Timetal: 12", "12 ugentlige timer", "højst 10 timer", "otte timer"). */
export const HOUR_UNIT_WORDS: readonly string[] = ['timer', 'time', 'timers', 'timerne'];
export const HOUR_LABEL_WORDS: readonly string[] = ['timetal', 'timer', 'timeantal', 'arbejdstid', 'ugentlig'];
export const HOUR_ADJECTIVES: readonly string[] = ['ugentlige', 'effektive', 'lønnede', 'ugentlig', 'effektiv', 'fremmødte'];
export const HOUR_BOUNDS: readonly string[] = ['højst', 'max', 'maks', 'maksimalt', 'maksimum', 'mindst', 'minimum', 'under', 'over'];
export { HOUR_NUMBER_WORDS } from './numbers';

/** Words that open a new restriction after a comma ("Ingen tunge løft, skal ikke være omgivet …"). */
export const RESTRICTION_OPENER_WORDS: readonly string[] = ['skal', 'ingen', 'må', 'bør', 'undgå', 'undgår', 'ikke', 'kan', 'har', 'tåler'];
/** "opgaver som gulvvask", "fx paller": the open limit is made concrete by a named example. */
export const EXAMPLE_CUE_PATTERN = /(?:^|[^\p{L}])(?:fx|f\.\s?eks|eksempelvis|herunder|såsom|opgaver som|arbejde som)(?![\p{L}])/iu;
/** Number words that are far more often articles ("en kollega"): no measure. */
export const ARTICLE_NUMBER_WORDS: readonly string[] = ['en', 'et', 'én', 'ét'];
/** Articles between a title intro and the title ("job som en pædagog"). */
export const TITLE_ARTICLES: readonly string[] = ['en', 'et', 'den', 'det'];
/** Words joining two numbers of an hour interval ("6 til 10 timer", "mellem 6 og 10 timer"). */
export const INTERVAL_JOIN_WORDS: readonly string[] = ['til', 'og'];
