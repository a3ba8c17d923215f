/**
 * Word lists for the SMART check of Min Plan agreements. The model is the guide's SMART questions (001 L3037–3045:
 * S "Hvad vil du gøre for at nå målet?", M "synligt bevis", A "Hvad vil det give dig", R "Hvem eller hvad kan støtte
 * dig", T "Hvornår vil du starte? Hvor ofte? Hvornår vil du være i mål?") and the guide's own SMART agreements
 * (000 L209–227: "Du vil kontakte og mødes med tre personer …", "Du vil finde tre jobmuligheder via Jobindex …",
 * "Du vil tage ud og besøge Hans Hansen i Tømrerlusen …", each "inden d. …"). Concrete verbs also from 003 L2851–2853
 * ("lave en bruttoliste med jobønsker, researche virksomheder i nærområdet … søge et bestemt antal job").
 * Entry syntax: see vocab/lexicon.ts ("søg*" = prefix). All lists join the one shared lexicon pass over the words.
 */
import { compileLexicon } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';
import {
  AGREEMENT_DOCUMENTS,
  ATTEMPTS,
  ACCOMPANY_VERBS,
  ARRANGE_VERBS,
  CONTACT_FORMS,
  DELIBERATIONS,
  FOLLOW_UP_VERBS,
  HEDGES,
  HELP,
  INQUIRIES,
  MEETING_NOUNS,
  MEET_VERBS,
  MEETING_VERBS,
  PURPOSE_MARKERS,
  STAFF_VERBS,
  VAGUE_ACTIONS_THIRD_PERSON,
} from './agreement-actors';
import { QUANTITY_WORDS } from './numbers';

/** Concrete action verbs (all inflections by prefix, or listed). */
export const CONCRETE_VERBS = compileLexicon('smart:concrete_verbs', [
  'søg*', 'send*', 'kontakt*', 'ringe', 'ringer', 'ring', 'ringede', 'besøg*', 'møde', 'mødes', 'møder', 'mød',
  'mødte', 'deltag*', 'opdater*', 'skrive', 'skriver', 'skriv', 'skrev', 'lave', 'laver', 'lav', 'lavet',
  'research*', 'udarbejd*', 'aflever*', 'tilmeld*', 'starte', 'starter', 'start', 'påbegynd*', 'gennemfør*',
  'afslut*', 'øve', 'øver', 'træne', 'træner', 'finde', 'finder', 'find', 'afsøg*', 'opret*', 'book*', 'ansøg*',
  'hente', 'henter', 'udfyld*', 'spørg*', 'tage', 'tager', 'tag', 'gå', 'går', 'indsend*', 'upload*', 'forbered*',
  'præsenter*', 'fremsend*', 'indhent*', 'afprøv*', 'tale med', 'taler med', 'snakke med', 'henvend*', 'opsøg*',
  'skaffe', 'undersøge hvilke', 'undersøge om', 'lave en liste', 'udfylde',
  // The jobcentre or a third person as actor, the passive and the perfect ("Jobcentret bestiller …", "Der afholdes …",
  // "Inden uge 47 har du skrevet …"): the same concrete actions in the forms Min Plan texts also use.
  'skrevet', 'bestil*', 'afhold*', 'øge', 'øger', 'øg', 'øget', 'arranger*', 'sendt', 'ringet', 'besøgt',
  // The perfect ("Der aftales, at borger inden næste samtale har talt med …").
  'talt med', 'snakket med', 'fundet', 'taget kontakt', 'lavet', 'afleveret', 'udfyldt',
  // An employer or colleague as actor, and meeting again ("giver 2 timers oplæring", "sætter Søren på ordremodtagelse",
  // "lægger billeder ind i dit CV", "Vi ses igen d. 19/9").
  'give', 'giver', 'gav', 'sætte', 'sætter', 'satte', 'lægge', 'lægger', 'lagde', 'lagt', 'ses igen', 'ses',
  // Working through and adding to a named document ("gennemgår CV'et og tilføjer 3 arbejdsopgaver").
  'gennemgå', 'gennemgår', 'gennemgås', 'gennemgået', 'tilføje', 'tilføjer', 'tilføjes', 'tilføjet',
  ...STAFF_VERBS,
]);

/** Verbs whose object makes the agreement checkable as done / not done (a "synligt bevis", 001 L3040–3041). */
export const COMPLETION_VERBS = compileLexicon('smart:completion_verbs', [
  'søg*', 'send*', 'kontakt*', 'ringe', 'ringer', 'ring', 'besøg*', 'møde', 'mødes', 'møder', 'mød', 'deltag*',
  'opdater*', 'aflever*', 'tilmeld*', 'gennemfør*', 'afslut*', 'opret*', 'book*', 'ansøg*', 'udfyld*', 'indsend*',
  'upload*', 'fremsend*', 'indhent*', 'starte', 'starter', 'start', 'påbegynd*', 'tale med', 'taler med',
  'snakke med', 'henvend*', 'opsøg*', 'lave en liste', 'lave', 'laver', 'skrive', 'skriver', 'udarbejd*',
  'finde', 'finder', 'skaffe', 'besøge', 'tage kontakt', 'tage ud', 'tage', 'tager', 'tag', 'talt med',
  'snakket med', 'fundet', 'taget kontakt', 'skrevet', 'sendt', 'ringet', 'besøgt', 'lavet', 'udfyldt', 'give', 'giver',
  'lægge', 'lægger', 'sætte', 'sætter', 'ses igen', 'ses', 'gennemgå', 'gennemgår', 'gennemgås', 'gennemgået',
  'tilføje', 'tilføjer', 'tilføjes', 'tilføjet',
  ...STAFF_VERBS,
]);

/** Intentions and efforts that name no concrete action (research/seed-001.md R-15; 001 L3050–3052). */
export const VAGUE_ACTIONS = compileLexicon('smart:vague_actions', [
  'arbejde på', 'arbejder på', 'arbejde med', 'arbejder med', 'fokus på', 'fokusere på', 'fokuserer på',
  'forsøge at', 'forsøger at', 'prøve at', 'prøver at', 'afklare', 'afklarer', 'afklaring', 'blive afklaret',
  'være aktiv', 'være aktivt', 'være mere aktiv', 'tænke over', 'tænker over', 'overveje', 'overvejer', 'se på',
  'kigge på', 'kigger på', 'undersøge muligheder*', 'undersøge mulighed*', 'komme videre', 'komme i gang',
  'finde ud af', 'have styr på', 'få styr på', 'være opmærksom på', 'holde sig opdateret', 'være åben for',
  'være motiveret', 'gøre en indsats', 'gøre sit bedste', 'gøre dit bedste', 'arbejde hen imod',
  ...VAGUE_ACTIONS_THIRD_PERSON,
]);

/** Objects too general to be specific on their own; with a number they are measurable. */
export const GENERIC_OBJECTS = compileLexicon('smart:generic_objects', [
  'job', 'jobs', 'jobbet', 'arbejde', 'arbejdet', 'stilling', 'stillinger', 'stillingen', 'ansøgning',
  'ansøgninger', 'ansøgningen', 'virksomhed', 'virksomheder', 'virksomheden', 'virksomhederne', 'arbejdsgiver',
  'arbejdsgivere', 'arbejdsgiveren', 'personer', 'jobmuligheder', 'muligheder', 'jobopslag', 'opslag',
  'jobannoncer', 'annoncer', 'uopfordrede ansøgninger', 'uopfordrede stillinger', 'jobsøgning', 'jobsøgningen',
  'firmaer', 'steder', 'praktikpladser', 'praktiksteder',
]);

/** Named activities, tools and documents: concrete objects of an agreement. */
export const NAMED_ACTIVITIES = compileLexicon('smart:named_activities', [
  'jobklub*', 'jobcafé*', 'jobcafe*', 'jobmesse*', 'jobsamtale*', 'ansættelsessamtale*', 'samtale*', 'møde',
  'mødet', 'opfølgningsmøde*', 'rundbordssamtale*', 'trepartsmøde*', 'virksomhedspraktik*', 'praktik*',
  'løntilskud*', 'kursus', 'kurset', 'kurser', '*kursus', '*kurset', '*kurser', 'amu*', 'truckcertifikat*', 'kørekort*', 'certifikat*', 'cv',
  "cv'et", 'cvet', 'cv-*', 'jobnet', 'jobindex*', 'linkedin*', 'jobportal*', 'bruttoliste*', 'netværk*',
  'mentor*', 'jobkonsulent*', 'virksomhedskonsulent*', 'jobformidler*', 'sagsbehandler*', 'kontaktperson*',
  'uddannelse*', 'opkvalificering*',
  'motivationsbrev*', 'ansøgningsskabelon*', 'præsentation*', 'video-cv*', 'jobprofil*', 'joblog*', 'min plan',
  'dagpengekort*', 'virksomhedsbesøg*', 'informationsmøde*', 'rekrutteringsmøde*', 'rekrutteringsdag*',
  'jobcenter', 'jobcentret', 'jobcenteret', 'a-kasse*', 'fagforening*',
  'forløb*', 'workshop*', 'gruppeforløb*', 'samtaleforløb*',
  'jobsøgningskursus*', 'arbejdspladsvurdering*', 'arbejdsprøvning*', 'ergoterapeut*', 'personlig assistance',
  // Aids and the places that grant them ("ansøgning om hæve/sænkebord til hjælpemiddelcentret").
  'hjælpemiddel*', 'hjælpemidl*', 'sænkebord*', 'arbejdsstol*', 'høreværn*',
  ...AGREEMENT_DOCUMENTS,
]);

/**
 * Health activities: a concrete object only with what makes them a plan for work — a named provider or place, a
 * treatment by a profession at a set dose ("til psykolog hver 14. dag"), or a link to work ("for at blive klar til job
 * som lagermedarbejder"). "Borger skal gå til fysioterapi" alone names a treatment, not what will be done for the job
 * goal (001 L524–526: "fokus på helbred").
 */
export const HEALTH_ACTIVITIES = compileLexicon('smart:health_activities', [
  'træning', 'træningen', 'genoptræning*', 'fysioterapi*', 'motion', 'fitness*', 'holdtræning*', 'behandling*',
  'egen læge', 'lægen', 'psykolog*', 'fysioterapeut*', 'misbrugscenter*', 'smerteskole*', 'gåtur*', 'gå tur',
  'går tur', 'gå en tur', 'går en tur', 'gå ture', 'går ture', 'svømning', 'yoga', 'mindfulness*',
]);

/** The lists of vocab/agreement-actors.ts that the SMART check reads by their position in the agreement. */
export const FOLLOW_UP_LEX = compileLexicon('smart:follow_up', FOLLOW_UP_VERBS);
export const CONTACT_FORM_LEX = compileLexicon('smart:contact_forms', CONTACT_FORMS);
export const ATTEMPT_LEX = compileLexicon('smart:attempts', ATTEMPTS);
export const DELIBERATION_LEX = compileLexicon('smart:deliberations', DELIBERATIONS);
export const HELP_LEX = compileLexicon('smart:help', HELP);
export const HEDGE_LEX = compileLexicon('smart:hedges', HEDGES);
export const PURPOSE_LEX = compileLexicon('smart:purpose', PURPOSE_MARKERS);
export const INQUIRY_LEX = compileLexicon('smart:inquiries', INQUIRIES);
export const MEETING_VERB_LEX = compileLexicon('smart:meeting_verbs', MEETING_VERBS);
export const ACCOMPANY_LEX = compileLexicon('smart:accompany', ACCOMPANY_VERBS);
export const ARRANGE_LEX = compileLexicon('smart:arrange', ARRANGE_VERBS);
export const MEET_LEX = compileLexicon('smart:meet', MEET_VERBS);

/** A meeting that is the agreement itself (vocab/agreement-actors.ts). */
export const MEETING_LEX = compileLexicon('smart:meetings', MEETING_NOUNS);

/** The citizen's own goal or wish (A, 001 L3040–3041: "Hvad vil det give dig at nå målet?"; 000 L212 "dine jobmål"). */
export const OWN_GOAL = compileLexicon('smart:own_goal', [
  'du ønsker', 'du gerne vil', 'du selv ønsker', 'du har ønsket', 'dit ønske', 'dine ønsker', 'dit mål', 'dine mål',
  'dit jobmål', 'dine jobmål', 'din drøm', 'dit drømmejob', 'du har lyst', 'du brænder for', 'du interesserer dig',
  'din interesse', 'dine interesser', 'du selv har foreslået', 'du selv foreslog', 'du selv har valgt',
  'du selv valgte', 'efter eget ønske', 'dit eget ønske', 'ønsker du', 'så du kan', 'så du kommer', 'for at du kan',
  'for at kunne', 'med henblik på', 'mhp', 'borgers ønske', 'borgerens ønske', 'eget ønske',
  'vil gerne', 'gerne vil', 'ønsker at', 'har lyst til', 'drømmer om',
]);

/** Support and own pace (R, 001 L3042–3043: "Hvem eller hvad kan støtte dig …? Med hvem?"). */
export const SUPPORT = compileLexicon('smart:support', [
  'med støtte fra', 'med hjælp fra', 'sammen med', 'med din mentor', 'med din jobkonsulent', 'i dit eget tempo',
  'i eget tempo', 'som du selv', 'du selv har', 'efter aftale med', 'med støtte af', 'hjælper dig', 'støtter dig',
]);

/** Numbers as words (quantities; "en"/"et" are articles and do not count): vocab/numbers.ts. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(QUANTITY_WORDS);

/** The shared lists (one trie branch each, not a second copy). */
export const OCCUPATION_LEX = LEX.occupations;
export const WORKPLACE_LEX = LEX.workplaces;
export const TASK_LEX = LEX.tasks;

/** Words between an actor and its verb ("Sagsbehandler og borger gennemgår", "Mentor skal …"). */
export const ACTOR_LINKS: ReadonlySet<string> = new Set(['og', 'vil', 'skal', 'kan', 'må', 'er', 'bliver']);
/** The citizen as the one an action is done for, right after the verb ("sender dig", "ringer borger op"). */
export const RECIPIENTS: ReadonlySet<string> = new Set(['dig', 'borger', 'borgeren', 'ham', 'hende', 'jer']);

/** Capitalised words that are not names when they open a clause inside an agreement. */
export const NOT_NAMES = new Set([
  'du', 'dit', 'din', 'dine', 'jeg', 'vi', 'borger', 'borgeren', 'det', 'der', 'de', 'den', 'og', 'i', 'min',
  'aftale', 'aftaler', 'mål', 'næste', 'hvis', 'når', 'inden', 'senest', 'efter', 'på', 'til', 'med', 'hun', 'han',
  'jobcenter', 'jobcentret', 'jobcenteret', 'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august',
  'september', 'oktober', 'november', 'december', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag',
  'søndag', 'uge', 'cv', 'ok',
]);
