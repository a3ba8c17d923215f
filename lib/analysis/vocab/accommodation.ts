/**
 * Skånehensyn: what makes one vague and what makes it concrete.
 *
 * The seed's own poor examples: "Ingen tunge løft", "skal ikke være omgivet af mange mennesker", "skal skånes for høje
 * lyde" (001 L3817–3819: "Skånehensynene beskrives ofte ukonkret, idet de ikke bindes op på de udpegede arbejdsopgaver");
 * concrete only in 30 % (forberedende del) / 37 % (Min Plan) of cases (001 L3814–3815); they must be tied to the jobmål
 * and its tasks (001 L3810–3811) and written as conditions an employer can meet (003 L430–432, L3161–3163; 000 L157–159
 * "konkrete skånehensyn"). The best concrete model: "løfte de tunge madkasser fra gulvet … løfter de dem op på bordet"
 * (004 L570–572). Dimensions the seeds name: løft, mennesker, lyde (001 L3819), mødetider, timer (001 L1290, L515),
 * intensitet (001 L512–514), opgavesammensætning, rammer (001 L508–509), hjælpemidler (001 L2168; 003 L2158–2162),
 * mentor/få personer (003 L4000–4006), stress (003 L2868–2870), belastende opgaver (003 L5671–5675).
 * Pauses, standing/sitting, temperature, screen time are NOT in the seeds (research/seed-001.md §3.3): they are added
 * as common dimensions of Danish skånehensyn, so that the rule generalises.
 */

/** Words that announce a skånehensyn in any field (a sentence with one is in scope of `vague-accommodation`). */
export const ACCOMMODATION_MARKERS: readonly string[] = [
  'skånehensyn*', 'skånebehov*', 'skånes', 'skånet', 'skånede', 'skåne', 'skånsom*', 'skåneopgave*', 'hensyn',
  'hensynet', 'hensynene', 'hensyntagen', 'tage hensyn', 'tages hensyn', 'tager hensyn', 'behov for hensyn',
  'særlige hensyn', 'må ikke', 'bør ikke', 'skal undgå', 'bør undgå', 'skal ikke udsættes', 'tåler ikke',
];

/** "med hensyn til" = regarding; "deltidsjob – med hensyn" is the seed's GOOD job framing (001 L1989–1991, L2418). */
export const ACCOMMODATION_NOT_MARKERS: readonly string[] = [
  'med hensyn til', 'under hensyn til', 'under hensyntagen til', 'med hensyn', 'mht',
];

/** A restriction without content. */
export const RESTRICTION_WORDS: readonly string[] = [
  'ingen', 'ikke', 'undgå*', 'undgås', 'må ikke', 'skal ikke', 'bør ikke', 'kan ikke', 'begrænset', 'begrænse*',
  'mindre', 'få', 'færre', 'let', 'lette', 'lettere', 'skånsom*', 'skånes', 'skånet', 'skåne', 'hensyn*',
  'for mange', 'for meget', 'for lang*', 'for længe', 'for tung*', 'tung', 'tunge', 'tungt', 'behov for', 'brug for',
  'rolig*', 'stille', 'fleksib*', 'belast*', 'krævende', 'hård*', 'hårdt', 'langvarig*', 'længe', 'meget',
  'afveksling*', 'varieret', 'variation',
];

/**
 * Body parts and complaints: the reason for a hensyn, not an open limit. A ban that names them with a task or a
 * movement ("intet vådt arbejde med hænderne", "må ikke bøje ryggen") is concrete; alone they are still vague.
 */
export const REASON_WORDS: readonly string[] = [
  'ryg', 'ryggen', 'lænd*', 'nakke*', 'skulder', 'skuldre*', 'knæ', 'knæene', 'hofte*', 'arm', 'arme', 'armene', 'hånd',
  'hånden', 'hænder', 'hænderne', 'helbred*', 'smerte*', 'ondt', 'sygdom*', 'diagnose*',
];

/**
 * Words that leave the limit open: gradable adjectives ("tunge", "mange", "høje", "for længe"), strains that are not an
 * observable work condition ("stress", "støj", "kulde", "ryggen") and generic markers ("skal skånes", "hensyn til").
 * A hensyn with one of these and no measure, arrangement or task is vague; a plain prohibition of a specific thing
 * ("ingen nattevagter", "ingen trapper", "ingen kundekontakt", "ingen løft") is concrete.
 */
export const OPEN_LIMIT_WORDS: readonly string[] = [
  'tung', 'tunge', 'tungt', 'tungere', 'mange', 'høj', 'høje', 'højt', 'lang', 'lange', 'langt', 'længe', 'længere',
  'langvarig*', 'for meget', 'meget', 'megen', 'få', 'færre', 'mindre', 'begrænset', 'begrænsede', 'begrænse*', 'let',
  'lette', 'lettere', 'skånsom*', 'hård', 'hårde', 'hårdt', 'belast*', 'krævende', 'stærk', 'stærke', 'skarp*', 'kort',
  'korte', 'kortere', 'hurtig*', 'stress*', 'pres', 'presset', 'tidspres', 'travlhed', 'travl', 'travle', 'støj*', 'lyd', 'lyde',
  'larm*', 'kulde', 'kold', 'koldt', 'kolde', 'varme', 'træk', 'fugt*', 'lugt*', 'dufte*', 'lys', 'lyset', 'sanse*',
  'indtryk', 'psykisk*', 'kognitiv*', 'mental*', 'social', 'sociale', 'socialt', 'mennesker', 'folk', 'uro',
  ...REASON_WORDS, 'fysisk*', 'skånes', 'skånet', 'skåne', 'hensyn', 'hensynet',
  'hensynene', 'skånehensyn*', 'skånebehov*', 'behov for', 'brug for', 'passende', 'relevant*', 'særlig*', 'nødvendig*',
  'tilpas*', 'fleksib*', 'rolig*', 'roligt', 'stille', 'efter evne', 'i det omfang', 'vanskelig*', 'svær*', 'udfordr*',
  'energi', 'overskud', 'træthed', 'træt', 'udtrættelig*', 'pauser', 'pause', 'hvile',
  'omgivelser', 'omgivet', 'arbejdsstilling*', 'bevægelser', 'ensidig*', 'gentagne', 'monotont', 'monotone',
  'længerevarende', 'langvarende', 'længere tid', 'lang tid', 'overbelast*', 'varm', 'varmt', 'tørt',
  'god luft', 'frisk luft', 'ren luft', 'kølig', 'køligt', 'lun', 'lunt',
];


/**
 * Named things whose adjective is part of the name, not an open limit ("skarpe redskaber", "koldt vand", "tunge
 * maskiner"): a ban on one is concrete.
 */
export const NAMED_OBJECTS: readonly string[] = [
  'skarpe redskaber', 'skarpe genstande', 'skarpe knive', 'skarpe værktøjer', 'skarpt værktøj', 'koldt vand',
  'varmt vand', 'kolde rum', 'varme flader', 'varme maskiner', 'tunge maskiner', 'høje hylder', 'høje reoler',
  'høj højde', 'stor højde',
];

/**
 * Markers that name no content ("der tages hensyn til hånden", "skal skånes"): vague even beside a concrete clause,
 * unless a colon introduces the concrete limit ("Der tages hensyn til ryggen: løft højst 5 kg").
 */
export const GENERIC_HENSYN: readonly string[] = [
  'hensyn til', 'tages hensyn', 'tage hensyn', 'tager hensyn', 'taget hensyn', 'skånes', 'skånet', 'skåne',
];

/** The employer's side: a rewrite does not make them the subject of the person's hensyn ("Virksomheden tager hensyn …"). */
export const EMPLOYER_ACTORS: readonly string[] = [
  'virksomheden', 'virksomhed', 'arbejdsgiver', 'arbejdsgiveren', 'arbejdspladsen', 'leder', 'lederen', 'chefen',
  'mester', 'kollegerne', 'kollegaerne', 'jobcentret', 'jobcenteret', 'teamet', 'praktikstedet', 'butikken',
];

/** Named activities and documents a rewrite must keep, like names and numbers ("hensyn fra tidligere praktik"). */
export const FACT_NOUNS: readonly string[] = ['praktik*', 'kursus', 'kurset', 'kurser', 'uddannelse*', 'cv', "cv'et", 'fleksjob*'];

export interface AccommodationDimension {
  id: string;
  /** Danish label of the dimension, shown in suggestion labels. */
  label: string;
  triggers: readonly string[];
  /**
   * The concrete form of this kind of hensyn, with visible placeholders: a present-tense predicate ("løfter højst
   * [antal] kg …") that keeps the restriction's subject matter and follows the clause's own subject ("Borger løfter …")
   * or stands alone as a list item ("Løfter …").
   */
  template: string;
  /** The same as a noun phrase, for a clause without a verb ("Ingen tunge løft" → "Løft på højst [antal] kg …"). */
  noun: string;
}

export const ACCOMMODATION_DIMENSIONS: readonly AccommodationDimension[] = [
  {
    id: 'lifting',
    label: 'vægt og hyppighed',
    triggers: ['løft*', 'bære*', 'bar', 'tung', 'tunge', 'tungt', 'tunget', 'vægt*', 'kasser', 'paller', 'skubbe*', 'trække*'],
    template: 'løfter højst [antal] kg ad gangen, højst [antal] gange i timen',
    noun: 'løft på højst [antal] kg ad gangen, højst [antal] gange i timen',
  },
  {
    id: 'standing',
    label: 'minutter stående',
    triggers: ['stå', 'står', 'stående', 'ståfunktion*', 'stillestående', 'ståtid'],
    template: 'står højst [antal] minutter ad gangen og sidder så ned i [antal] minutter',
    noun: 'stående arbejde i højst [antal] minutter ad gangen, derefter [antal] minutter siddende',
  },
  {
    id: 'sitting',
    label: 'minutter siddende',
    triggers: ['sidde', 'sidder', 'siddende', 'stillesidde*', 'stillesiddende'],
    template: 'sidder højst [antal] minutter ad gangen og skifter derefter stilling',
    noun: 'siddende arbejde i højst [antal] minutter ad gangen, derefter skift af stilling',
  },
  {
    id: 'walking',
    label: 'gang og trapper',
    triggers: ['gå', 'går', 'gående', 'gangdistance*', 'gåafstand*', 'trapper', 'trappe*', 'trappegang', 'gangfunktion*'],
    template: 'går højst [antal] meter ad gangen og højst [antal] etager på trapper',
    noun: 'gang på højst [antal] meter ad gangen og højst [antal] etager på trapper',
  },
  {
    id: 'posture',
    label: 'arbejdsstilling og bevægelser',
    triggers: [
      'ryg', 'ryggen', 'lænd*', 'nakke*', 'skulder*', 'skuldre*', 'knæ', 'knæene', 'hofte*', 'arm', 'arme', 'armene',
      'hånd', 'hænder', 'hænderne', 'håndled*', 'albue*', 'fødder*', 'ben', 'benene', 'bøje*', 'bøjning*', 'foroverbøj*',
      'vrid*', 'knæle*', 'ensidig*', 'gentagne bevægelser', 'arbejdsstilling*', 'fysisk*', 'kroppen', 'krop', 'led',
      'leddene', 'bevægeapparat*',
    ],
    template: 'arbejder højst [antal] minutter ad gangen med [bevægelse]',
    noun: 'arbejde med [bevægelse] i højst [antal] minutter ad gangen',
  },
  {
    id: 'noise',
    label: 'støjniveau',
    triggers: ['lyd', 'lyde', 'lydene', 'støj*', 'larm*', 'høje lyde', 'høj musik', 'lydniveau*', 'hørelse*', 'høreværn*'],
    template: 'arbejder uden støj fra [støjkilde] og bruger høreværn ved [arbejdsopgave]',
    noun: 'arbejde uden støj fra [støjkilde] og høreværn ved [arbejdsopgave]',
  },
  {
    id: 'senses',
    label: 'lys, lugt og sanseindtryk',
    triggers: ['lys', 'lyset', 'skarpt lys', 'lysstofrør', 'lugt*', 'dufte*', 'parfume*', 'sanse*', 'indtryk', 'syn', 'synet', 'øjne*'],
    template: 'arbejder højst [antal] timer om dagen med [sanseindtryk]',
    noun: 'højst [antal] timer om dagen med [sanseindtryk]',
  },
  {
    id: 'people',
    label: 'antal personer og kontakter',
    triggers: [
      'mennesker', 'personer', 'folk', 'kolleger', 'kollegaer', 'kunder*', 'borgere', 'menneskemængde*',
      'mange mennesker', 'sociale', 'socialt', 'kontakt', 'kundekontakt*', 'storrumskontor*', 'åbent kontor',
      'kontorlandskab*', 'fællesskab*', 'omgivet', 'grupper', 'store grupper',
    ],
    template: 'arbejder sammen med højst [antal] personer ad gangen',
    noun: 'højst [antal] personer ad gangen',
  },
  {
    id: 'stress',
    label: 'pres, tempo og psykisk belastning',
    triggers: [
      'stress*', 'pres', 'presset', 'tidspres', 'deadline*', 'tidsfrist*', 'travlhed', 'travle', 'travl', 'psykisk*',
      'kognitiv*', 'koncentration*', 'overblik', 'angst', 'uro', 'forstyrrelse*', 'afbrydelse*', 'forandring*',
      'omstilling*', 'uforudsigelig*', 'konflikt*', 'ansvar', 'mange opgaver', 'for mange opgaver', 'krav', 'tempo',
      'tempoet', 'arbejdstempo', 'arbejdstempoet', 'hurtigt', 'hurtig', 'akkord', 'intensitet', 'mental*', 'belastning*', 'belastende', 'rolig*',
      'roligt', 'stille',
    ],
    template: 'har højst [antal] opgaver ad gangen og en fast kontaktperson, [kontaktperson]',
    noun: 'højst [antal] opgaver ad gangen og en fast kontaktperson, [kontaktperson]',
  },
  {
    id: 'time',
    label: 'arbejdstid og tidspunkt',
    triggers: [
      'arbejdstid*', 'mødetid*', 'lange dage', 'lange arbejdsdage', 'tidlig*', 'sent', 'sene', 'aften*', 'nat*',
      'natarbejde', 'skiftehold*', 'vagter', 'weekend*', 'fleksibel arbejdstid', 'fleksible arbejdstider',
      'fleksibilitet', 'timer', 'dage', 'arbejdsdage', 'opstart', 'gradvis*', 'optrapning', 'dagsform*', 'hjem tidligere',
    ],
    template: 'arbejder [ugedage] kl. [fra]–[til]',
    noun: 'arbejdstid [ugedage] kl. [fra]–[til]',
  },
  {
    id: 'pauses',
    label: 'pauser',
    triggers: ['pause*', 'hvil*', 'restitution*', 'restituere*', 'træthed', 'træt', 'udtrættelig*', 'energi', 'hvile'],
    template: 'holder en pause på [antal] minutter hver time',
    noun: 'en pause på [antal] minutter hver time',
  },
  {
    id: 'temperature',
    label: 'temperatur og indeklima',
    triggers: ['kulde', 'kold', 'koldt', 'kolde', 'varme', 'varmt', 'træk', 'fugt*', 'udendørs', 'udenfor', 'vejr*', 'temperatur*', 'indeklima*', 'frost', 'køl*', 'frys*', 'tørt', 'luft', 'god luft', 'frisk luft', 'ventilation'],
    template: 'arbejder indendørs ved mindst [antal] grader',
    noun: 'indendørs arbejde ved mindst [antal] grader',
  },
  {
    id: 'screen',
    label: 'skærmtid',
    triggers: ['skærm*', 'computer*', 'pc', 'pc-arbejde', 'skærmarbejde', 'edb'],
    template: 'arbejder højst [antal] minutter ad gangen ved skærmen',
    noun: 'skærmarbejde i højst [antal] minutter ad gangen',
  },
  {
    id: 'aids',
    label: 'hjælpemiddel og opgave',
    triggers: ['hjælpemiddel*', 'hjælpemidler*', 'redskab*', 'værktøj*'],
    template: 'bruger [hjælpemiddel] ved [arbejdsopgave]',
    noun: 'brug af [hjælpemiddel] ved [arbejdsopgave]',
  },
  {
    id: 'climate',
    label: 'den konkrete betingelse',
    triggers: [
      'god stemning', 'godt arbejdsmiljø', 'godt miljø', 'god atmosfære', 'forstående*', 'rummelig*', 'tålmodig*',
      'tryg', 'trygt', 'trygge', 'tryghed', 'imødekommende', 'anerkendende', 'søde kolleger', 'gode kolleger',
      'hjælpsomme kolleger', 'venlige kolleger', 'plads til', 'forståelse', 'rolig arbejdsplads', 'roligt miljø',
      'godt arbejdsklima', 'arbejdsklima*', 'godt klima', 'godt psykisk arbejdsmiljø', 'godt socialt miljø', 'god trivsel',
    ],
    template: 'har en fast kontaktperson, [kontaktperson], og kollegerne kender hensynet: [skånehensyn]',
    noun: 'en fast kontaktperson, [kontaktperson], og kolleger, der kender hensynet: [skånehensyn]',
  },
  {
    id: 'variation',
    label: 'skift mellem opgaver',
    triggers: ['afveksl*', 'varieret', 'varierede', 'varierende', 'variation', 'variere', 'skiftende opgaver', 'forskellige opgaver'],
    template: 'skifter mellem [arbejdsopgave] og [arbejdsopgave] mindst hver [antal]. time',
    noun: 'skift mellem [arbejdsopgave] og [arbejdsopgave] mindst hver [antal]. time',
  },
  {
    id: 'home',
    label: 'hjemmearbejdsdage',
    triggers: ['hjemme', 'hjemmefra', 'hjemmearbejde*'],
    template: 'arbejder hjemme [ugedage]',
    noun: 'hjemmearbejde [ugedage]',
  },
  {
    id: 'general',
    label: 'konkret opgave og grænse',
    triggers: [
      'skånes', 'skånet', 'skåne', 'skånsom*', 'hensyn', 'hensynet', 'helbred*', 'lettere arbejde', 'let arbejde',
      'lette opgaver', 'lettere opgaver', 'skånejob', 'skånehensyn*', 'skånebehov*', 'behov', 'sygdom*', 'diagnose*',
      'smerte*', 'ondt', 'belast*', 'krævende', 'hårdt', 'hårde',
    ],
    template: 'undgår [belastning] ved [arbejdsopgave]',
    noun: 'ingen [belastning] ved [arbejdsopgave]',
  },
];

/**
 * What makes a hensyn concrete besides a number with a unit: named aids and arrangements, positions and named
 * tasks (CF-01/CF-17 in research/seed-003.md §2.6: "fra gulvhøjde", "bordhøjde", "over skulderhøjde", "gulvvask",
 * 003 L4000–4006 mentor/few persons; 004 L570–572 "op på bordet").
 */
export const CONCRETE_ARRANGEMENTS: readonly string[] = [
  'hæve-sænkebord*', 'hævesænkebord*', 'løftebord*', 'løftevogn*', 'sækkevogn*', 'rullebord*', 'palleløfter*',
  'lift', 'loftlift*', 'høreværn*', 'ørepropper', 'støjdæmpende*', 'hovedtelefoner', 'ergonomisk stol',
  'ergonomiske', 'arbejdsstol*', 'ståmåtte*', 'skærmbriller', 'solbriller', 'fast kontaktperson', 'kontaktperson*', 'mentor*', 'personlig assistance', 'eget kontor',
  'enekontor*', 'eget rum', 'skærmet arbejdsplads', 'skærmet plads', 'hjemmearbejde*', 'hjemmearbejdsplads*',
  'hvilerum*', 'kollega løfter', 'kollegaer løfter', 'kolleger løfter',
  'løfter dem', 'løftes af', 'gulvhøjde', 'bordhøjde', 'skulderhøjde', 'hoftehøjde', 'knæhøjde', 'hovedhøjde',
  'over hovedet', 'fra gulvet', 'selv tilrettelægge', 'selv planlægge', 'selv bestemme',
  'kl', 'klokken', 'formiddag*', 'eftermiddag*', 'mandag*', 'tirsdag*', 'onsdag*', 'torsdag*', 'fredag*',
  'lørdag*', 'søndag*', 'hver time', 'hver halve time', 'hvert kvarter',
  'i stedet', 'i stedet for', 'frem for', 'fremfor', 'dagslys', 'vinduesplads', 'skriftlige instruktioner',
  'skriftlig instruktion', 'tjekliste*', 'fast plan', 'faste opgaver', 'ugeplan*', 'dagsplan*',
  // Leaving at once is a condition the workplace can meet ("kan gå hjem straks ved anfald").
  'gå hjem', 'går hjem', 'gå fra arbejdet', 'går fra arbejdet', 'forlade arbejdet', 'forlade arbejdspladsen',
  'tage hjem', 'tager hjem', 'straks', 'med det samme', 'uden forudgående aftale',
  // A day off between working days is a schedule the workplace can plan.
  'fridag mellem', 'fridag imellem', 'hviledag mellem', 'hviledag imellem', 'fri mellem arbejdsdagene', 'fridag efter hver', 'hviledag efter hver',
];

/** Units that make a number a measure ("5 kg", "10 minutter", "3 personer", "højst 2 timer"). */
export const MEASURE_UNITS: readonly string[] = [
  'kg', 'kilo', 'kilogram', 'g', 'gram', 'minut*', 'min', 'timer', 'time', 't', 'sekunder', 'gange', 'gang',
  'personer', 'person', 'mennesker', 'kolleger', 'kollegaer', 'kunder', 'borgere', 'db', 'decibel', 'grader',
  'meter', 'm', 'km', 'skridt', 'etager', 'etage', 'trin', 'procent', '%', 'dage', 'dag', 'uger', 'uge',
  'opgaver', 'opgave', 'pauser', 'pause',
];

/** A limit word before a number ("højst 5", "max 10", "under 70 dB"). */
export const LIMIT_WORDS: readonly string[] = [
  'højst', 'max', 'maks', 'maksimalt', 'maksimum', 'mindst', 'minimum', 'min', 'op til', 'under', 'over',
  'ikke over', 'ikke mere end', 'ikke længere end', 'mere end', 'mindre end', 'ca', 'cirka', 'omkring',
];

/**
 * Qualifiers that leave the limit to the day: vague even beside a clause with a number ("Max 5 kg løft og pauser efter
 * behov"), because nobody can tell from them what the workplace must do (001 L3817–3819).
 */
export const ACCOMMODATION_QUALIFIERS: readonly string[] = [
  'efter behov', 'ved behov', 'når der er behov', 'hvis der er behov', 'om nødvendigt', 'hvis nødvendigt',
  'hvis det bliver nødvendigt', 'hvis det er nødvendigt', 'når det er nødvendigt', 'når det er muligt',
  'i passende omfang', 'i rimeligt omfang', 'i det omfang', 'så vidt muligt', 'efter evne', 'efter dagsform*',
  'dagsform*', 'tilpasses', 'tilpasset', 'på de dårlige dage', 'dårlige dage', 'ikke for længe', 'ikke for meget',
  'ikke for mange', 'gradvis*', 'en gang imellem', 'ind imellem', 'moderat*',
  // A duration without a measure ('bør undgå længerevarende gang').
  'længerevarende', 'langvarende', 'i længere tid', 'i lang tid', 'længere tid ad gangen',
  // "Too much" without a measure ('undgå at arbejde for længe ad gangen').
  'for længe', 'for meget', 'for mange', 'for tungt', 'for tunge', 'for varmt', 'for koldt', 'for hurtigt',
  // A pace left to the person ('i eget tempo', 'tempoet skal passe til hende').
  'eget tempo', 'sit eget tempo', 'hans eget tempo', 'hendes eget tempo', 'dit eget tempo', 'sit tempo',
  ...['ham', 'hende', 'dig', 'borger', 'borgeren', 'vedkommende', 'mig'].flatMap((o) => [`passe til ${o}`, `passer til ${o}`, `tilpasses ${o}`]),
  // "When he needs it" in any person ('holder pause, når du har brug for det', 'hvis hun bliver træt').
  ...['når', 'hvis'].flatMap((when) =>
    ['han', 'hun', 'du', 'jeg', 'borger', 'borgeren', 'vedkommende'].flatMap((who) => [
      `${when} ${who} har brug for det`, `${when} ${who} har behov for det`, `${when} ${who} har brug for en pause`,
      `${when} ${who} har behov`, `${when} ${who} føler behov*`, `${when} ${who} mærker behov*`, `${when} ${who} selv vurderer*`,
      `${when} ${who} bliver træt`, `${when} ${who} er træt`, `${when} ${who} føler sig træt`, `${when} ${who} har en dårlig dag`,
    ]),
  ),
  ...['han', 'hun', 'du', 'jeg', 'borger', 'borgeren', 'vedkommende'].flatMap((who) => [
    `som ${who} har brug for`, `som ${who} har behov for`, `når ${who} føler for det`, `når ${who} selv vil`,
  ]),
  ...['ham', 'hende', 'dig', 'borger', 'borgeren'].map((o) => `når det passer ${o}`),
  'hvis det bliver for meget', 'når det bliver for meget', 'efter eget behov', 'efter eget ønske', 'efter eget valg',
];

/**
 * Words that open the reason of a restriction ("…, da han ikke kan sidde stille længe"; "… pga. kulde og træk"): a
 * reason after a concrete ban is no second restriction. At a clause's start all of them; inside a clause the ones that
 * cannot mean "then" ("da") or "as" ("idet").
 */
export const REASON_OPENERS: readonly string[] = ['da', 'idet', 'fordi', 'eftersom', 'pga', 'på grund af', 'grundet', 'som følge af'];
export const REASON_CONNECTORS: readonly string[] = ['fordi', 'eftersom', 'pga', 'på grund af', 'grundet', 'som følge af'];

/** Words that open a new clause after "og", "samt", "men" ("… tunge løft og må ikke stå for længe"). */
export const CLAUSE_OPENERS: readonly string[] = [
  'må', 'skal', 'kan', 'bør', 'ikke', 'ingen', 'intet', 'undgå*', 'har', 'have', 'tåler', 'tåle', 'skånes', 'der',
  'hun', 'han', 'borger', 'borgeren', 'behov', 'brug', 'kun', 'mulighed', 'hensyn', 'får', 'få',
  // "… og i øvrigt let arbejde", "… og ellers skånsomme opgaver": the rest of the time, a limit of its own.
  'i øvrigt', 'ellers', 'derudover', 'desuden', 'resten',
];

/** A ban: a named task, position, tool, environment or schedule after one of these is concrete without a number. */
export const BAN_WORDS: readonly string[] = ['ingen', 'intet', 'ikke', 'undgå*', 'undgås', 'fritages', 'fritaget'];

/** Subjects a rewrite keeps at the start of a clause ("Borger skal skånes …" → "Borger løfter …"). */
export const CLAUSE_SUBJECTS: readonly string[] = ['borger', 'borgeren', 'hun', 'han', 'du', 'jeg', 'vedkommende'];

/** Conjunctions that may join two restrictions in one sentence. */
export const CLAUSE_CONJUNCTIONS: readonly string[] = ['og', 'samt', 'men', 'eller'];

/** Finite verbs after a name that make it the clause's subject ("Jens har brug for …"). */
export const FINITE_VERBS: readonly string[] = ['har', 'skal', 'må', 'kan', 'bør', 'er', 'tåler', 'bliver', 'får', 'vil'];

/** Capitalised sentence openers that are no subject to keep. */
export const NOT_SUBJECTS: readonly string[] = ['der', 'det', 'dette', 'her', 'nu', 'så', 'arbejdet', 'opgaverne', 'ikke', 'ingen', 'intet', 'behov', 'brug', 'kun', 'skal', 'må', 'kan', 'bør', 'har'];

/** Modal verbs a rewrite turns into "må" + infinitive. */
export const MODAL_VERBS: readonly string[] = ['skal', 'må', 'bør', 'kan'];

/** Prepositions that lead a clause by where it applies ("I praktikken skal …"). */
export const LEADING_PREPOSITIONS: readonly string[] = ['i', 'på', 'ved', 'under', 'hos', 'efter', 'til'];

/** The templates' present-tense verbs and their infinitives ("Må løfte …" after a modal). */
export const TEMPLATE_INFINITIVES: Readonly<Record<string, string>> = {
  løfter: 'løfte', står: 'stå', sidder: 'sidde', går: 'gå', arbejder: 'arbejde', bruger: 'bruge', har: 'have',
  holder: 'holde', undgår: 'undgå', skifter: 'skifte',
};

/** Verbs (besides the finite ones and modals) that make a clause a sentence rather than a list item. */
export const CLAUSE_VERBS: readonly string[] = ['skånes', 'undgå', 'undgår', 'undgås', 'tåle', 'tåler', 'have', 'være', 'stå', 'står', 'sidde', 'sidder', 'løfte', 'løfter', 'arbejde', 'arbejder', 'gå', 'går', 'bruge', 'bruger', 'holde', 'holder', 'kunne', 'omgivet', 'udsættes'];

/** Relative pronouns that tie a qualifier to the clause before it ("i et tempo, der passer til hende"). */
export const QUALIFIER_LINKS: readonly string[] = ['der', 'som'];

/** Subordinators a skånehensyn clause may open with ("at Bente ikke skal stå for længe"): kept, with the subject after them. */
export const SUBORDINATORS: readonly string[] = ['at', 'så', 'når', 'hvor', 'fordi', 'hvis'];
