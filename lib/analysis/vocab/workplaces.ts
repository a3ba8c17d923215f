/**
 * Branches and workplaces (the jobmål is tied to "arbejdsmarkedets behov": 001 L3786–3787; "brancher i vækst"
 * 001 L3107–3110; "restaurationsbranchen, rengøring og kontor" 001 L2104–2106; "tømrerfirmaerne" 001 L3304;
 * "Plejehjem", "køkken", "butik", "Netbutik" 004 L472–510; "mindre butik", "byggemarked" research/seed-003.md CF-07/08).
 * Completed with common Danish workplace nouns.
 */
export const WORKPLACES: readonly string[] = [
  'branche*', 'virksomhed*', 'arbejdsplads*', 'arbejdsgiver*', 'firma*', 'butik*', 'netbutik*', 'supermarked*',
  'dagligvarebutik*', 'byggemarked*', 'varehus*', 'lager', 'lageret', 'lagre', 'centrallager*', 'fabrik*',
  'produktion', 'produktionen', 'værksted*', 'køkken*', 'storkøkken*', 'kantine*', 'restaurant*', 'café*', 'cafe*',
  'kro', 'kroen', 'hotel*', 'bageri*', 'slagteri*', 'plejehjem*', 'plejecenter*', 'bosted*', 'botilbud*',
  'hjemmepleje*', 'børnehave*', 'vuggestue*', 'daginstitution*', 'institution*', 'skole', 'skolen', 'skoler',
  'sfo', 'fritidshjem*', 'klub', 'hospital*', 'sygehus*', 'klinik*', 'tandlæge*', 'apotek*', 'kontor', 'kontoret',
  'kontorer', 'kommune*', 'forvaltning*', 'bibliotek*', 'museum*', 'kirke*', 'kirkegård*', 'genbrugsplads*',
  'genbrugsbutik*', 'genbrug', 'landbrug*', 'gård', 'gården', 'gartneri*', 'planteskole*', 'dyrehandel*',
  'dyreklinik*', 'stald*', 'rideskole*', 'vognmand*', 'vognmandsforretning*', 'transportfirma*', 'flyttefirma*',
  'rengøringsfirma*', 'tømrerfirma*', 'malerfirma*', 'murerfirma*', 'entreprenør*', 'byggeplads*', 'byggeri*',
  'forening*', 'sportsklub*', 'fitnesscenter*', 'svømmehal*', 'idrætshal*', 'hal', 'hallen', 'tankstation*',
  'servicestation*', 'kiosk*', 'frisørsalon*', 'salon*', 'callcenter*', 'kundecenter*', 'reception*',
  'detailhandel*', 'handel', 'transport', 'logistik*', 'byggebranche*', 'restaurationsbranche*', 'hotelbranche*',
  'servicebranche*', 'detailbranche*', 'rengøringsbranche*', 'it-branche*', 'industri*', 'landbrugsbranche*',
  'ældrepleje*', 'ældreplejen', 'ældreområde*', 'socialområde*', 'dagtilbud*', 'turisme*', 'kultur',
  'fødevarebranche*', 'metalindustri*', 'træindustri*', 'grafisk branche', 'kontorbranche*', 'butiksbranche*',
  'pakkeri*', 'a/s', 'aps', 'i/s', 'netto', 'føtex', 'bilka', 'rema', 'lidl', 'coop', 'kvickly', 'superbrugsen', 'brugsen',
  'meny', 'spar', 'jysk', 'ikea', 'harald nyborg', 'silvan', 'bauhaus', 'xl-byg', 'stark', 'postnord', 'dsb',
  'arriva', 'movia', 'mcdonalds', "mcdonald's", 'burger king', 'sunset boulevard', 'matas', 'normal', 'søstrene grene',
  'flying tiger', 'elgiganten', 'power', 'imerco', 'tømrerlusen',
];

/** Compound heads for workplaces ("Tømrerfirmaet", "byggemarkedet", "dyrehandlen"). */
export const WORKPLACE_HEADS: readonly string[] = [
  '*firma', '*firmaet', '*virksomhed', '*virksomheden', '*butik', '*butikken', '*branchen', '*branche',
  '*lager', '*lageret', '*køkken', '*køkkenet', '*center', '*centeret', '*værksted', '*værkstedet', '*fabrik',
  '*fabrikken', '*handel', '*forretning', '*forretningen', '*marked', '*markedet', '*hus', '*huset', '*klinik',
  '*klinikken', '*skole', '*skolen', '*institution', '*institutionen', '*afdeling', '*afdelingen', '*hospital',
  '*hospitalet', '*sygehus', '*sygehuset', '*plejehjem', '*plejehjemmet', '*børnehave', '*børnehaven', '*kantine',
  '*kantinen', '*hotel', '*hotellet', '*restaurant', '*restauranten', '*bageri', '*bageriet',
];

export const WORKPLACE_EXCEPT: readonly string[] = [
  'arbejdsmarked', 'arbejdsmarkedet', 'jobcenter', 'jobcenteret', 'jobcentret', 'sundhedscenter', 'hus', 'huset',
  'rådhus', 'rådhuset', 'hospitalsafdeling', 'forhus', 'baghus', 'sommerhus', 'sommerhuset', 'rækkehus',
  'rækkehuset', 'parcelhus', 'parcelhuset', 'bofællesskab', 'træningscenter', 'træningscenteret',
  'genoptræningscenter', 'genoptræningscenteret', 'rehabiliteringscenter', 'rehabiliteringscenteret',
  'smertecenter', 'smertecenteret', 'misbrugscenter', 'behandlingscenter', 'arbejdsmarkedsafdeling',
  'jobafdeling', 'handel', 'aftenskole', 'aftenskolen', 'jobmarked', 'jobmarkedet', 'aarhus', 'århus',
];

/**
 * Concrete steps towards an employer that need no employer noun in the sentence
 * (001 L3907–3908 "aftaler om søgning af konkrete jobs"; 000 L213–227 "søge 2 uopfordrede stillinger", "besøge Hans
 * Hansen i Tømrerlusen for at søge job som"; 003 L2851–2853 "researche virksomheder i nærområdet"; 001 L972 "fast
 * kontaktperson på virksomheden").
 */
export const EMPLOYER_CONTACT: readonly string[] = [
  'jobsamtale*', 'ansættelsessamtale*', 'ansøgning*', 'ansøge', 'uopfordret*', 'uopfordrede', 'søg* stilling*',
  'søg* job som', 'søg* jobbet', 'praktik hos', 'virksomhedspraktik*', 'praktikplads*', 'praktikaftale*',
  'løntilskud*', 'småjob*', 'snusepraktik*', 'fleksjobaftale*', 'ansættelsesaftale*', 'ansat hos',
  'ansættelse hos', 'jobåbning*', 'jobopslag*', 'stillingsopslag*', 'virksomhedsbesøg*', 'trepartsmøde*',
  'kontaktperson på virksomheden', 'researche virksomheder', 'research* virksomheder',
];

/** Contact verbs: a step towards an employer when the same sentence names a workplace or employer. */
export const CONTACT_VERBS: readonly string[] = [
  'kontakt*', 'ring*', 'besøg*', 'mød*', 'skriv* til', 'send*', 'tale med', 'taler med', 'snakke med', 'henvend*',
  'opsøg*', 'tag* ud til', 'tage ud til', 'aflever*', 'spørg*',
];
