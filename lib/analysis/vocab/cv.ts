/**
 * Jobnet CV wording. The CV is a search tool: employers and the jobcentre find candidates through "faglige
 * kvalifikationer", "søger job som" and "faglig profil" (001 L3882–3884); the faglig profil is job-directed in only 66 %
 * (001 L3629); each work experience should list its tasks (001 L3626–3627); "Jeg søger job som" is where related
 * trades and tasks are named (001 L3876–3877); competences must match what the person can do today: "Hvad kan de? Hvad
 * brænder de for? Hvad er deres interesseområder?" (001 L3698–3700).
 */

/** Personality words that, alone, do not tell an employer what the person can do (the "glad og positiv"). */
export const PERSONALITY: readonly string[] = [
  'glad', 'positiv', 'positive', 'smilende', 'udadvendt', 'social', 'sociale', 'hjælpsom', 'venlig', 'rar',
  'sød', 'imødekommende', 'åben', 'ærlig', 'loyal', 'pålidelig', 'ansvarsfuld', 'ansvarsbevidst', 'mødestabil',
  'stabil', 'punktlig', 'fleksibel', 'omstillingsparat', 'engageret', 'energisk', 'initiativrig', 'selvstændig',
  'struktureret', 'grundig', 'omhyggelig', 'samarbejdsvillig', 'samarbejdsorienteret', 'teamplayer', 'kvalitetsbevidst',
  'serviceminded', 'servicemindet', 'arbejdsom', 'flittig', 'nysgerrig', 'lærenem', 'lærevillig', 'motiveret',
  'robust', 'rolig', 'tålmodig', 'humoristisk', 'omgængelig', 'god humør', 'godt humør', 'godt gå-på-mod',
  'gå-på-mod', 'god til at samarbejde', 'god til mennesker', 'menneskekender', 'empatisk', 'omsorgsfuld',
  'kreativ', 'løsningsorienteret', 'effektiv', 'præcis', 'vedholdende', 'stædig', 'tillidsvækkende',
];

/**
 * Vague job wishes ("noget med mennesker"; 003 L2411–2414 "ikke selv ved, hvad de kunne tænke sig at arbejde med").
 * Each maps to example occupations the message can name as a starting point (examples in the message, never inserted).
 */
export const VAGUE_JOB_WISHES: readonly { phrase: string; examples: string }[] = [
  { phrase: 'noget med mennesker', examples: 'pædagogmedhjælper, butiksassistent eller kundeservicemedarbejder' },
  { phrase: 'noget med børn', examples: 'pædagogmedhjælper, dagplejer eller SFO-medhjælper' },
  { phrase: 'noget med dyr', examples: 'dyrepasser, medhjælper i dyrehandel eller staldmedarbejder' },
  { phrase: 'noget med hænderne', examples: 'pakkemedarbejder, montagemedarbejder eller pedelmedhjælper' },
  { phrase: 'noget praktisk', examples: 'pedelmedhjælper, lagermedarbejder eller rengøringsassistent' },
  { phrase: 'noget kreativt', examples: 'dekoratør, grafisk assistent eller medhjælper på værksted' },
  { phrase: 'noget med computer', examples: 'kontorassistent, dataregistrant eller it-supporter' },
  { phrase: 'noget med computere', examples: 'kontorassistent, dataregistrant eller it-supporter' },
  { phrase: 'noget på kontor', examples: 'kontorassistent, receptionist eller arkivmedarbejder' },
  { phrase: 'noget udendørs', examples: 'gartnermedhjælper, parkarbejder eller vicevært' },
  { phrase: 'noget med mad', examples: 'køkkenmedhjælper, kantinemedarbejder eller smørrebrødsmedhjælper' },
  { phrase: 'noget med biler', examples: 'klargører, bilplejer eller medhjælper på værksted' },
  { phrase: 'noget med service', examples: 'servicemedarbejder, receptionist eller kassemedarbejder' },
  { phrase: 'noget med omsorg', examples: 'hjemmehjælper, omsorgsmedhjælper eller aktivitetsmedarbejder' },
  { phrase: 'noget med salg', examples: 'salgsassistent, butiksassistent eller telefonsælger' },
  // Any "noget med/på/i/inden for …" names an area, not a job: no examples to offer.
  { phrase: 'noget med', examples: '' },
  { phrase: 'noget på', examples: '' },
  { phrase: 'noget i', examples: '' },
  { phrase: 'noget inden for', examples: '' },
  { phrase: 'noget indenfor', examples: '' },
  { phrase: 'et eller andet', examples: '' },
  { phrase: 'alt muligt', examples: '' },
  { phrase: 'hvad som helst', examples: '' },
];

/** Wording that names no occupation at all. */
export const VAGUE_JOB_WORDS: readonly string[] = [
  'noget med', 'hvad som helst', 'alt muligt', 'et eller andet', 'ved ikke', 'ikke afklaret', 'uafklaret',
  'alt', 'alle slags', 'hvad der byder sig', 'ikke så vigtigt', 'forskellige ting', 'et job', 'job', 'arbejde',
  'fleksjob', 'et fleksjob', 'deltidsjob', 'et deltidsjob', 'skånejob', 'ufaglært arbejde', 'ufaglært',
  'ordinært job', 'ordinært arbejde', 'ledige stillinger', 'noget',
];

/** Self-labelling as "fleksjobber" in job-search material; the seed's GOOD framing is "deltidsjob – med hensyn" (001 L1989–1991). */
export const FLEXJOB_SELF_LABEL: readonly string[] = ['fleksjobber', 'fleksjobberen', 'fleksjobbere', 'visiteret til fleksjob', 'fleksjobvisiteret'];

/** Evidence that backs a claim: years, numbers, examples ("6 års erfaring med kundeservice og kasse", issue 3 item 9). */
export const EVIDENCE_CUES: readonly string[] = [
  '# år', '# års', 'års erfaring', 'fx', 'f.eks', 'eksempelvis', 'blandt andet', 'bl.a', 'erfaring med',
  'erfaring fra', 'erfaring som', 'uddannet', 'udlært', 'certifikat*', 'kørekort*', 'svendebrev*', 'kursus', 'kurser',
];

/**
 * Function words and generic nouns that carry no job content in a "Jeg søger job som" field (a general Danish stop list
 * plus "kompetencer", "erfaringer", "udfordringer" …): a job wish made only of these names no occupation.
 */
export const JOB_WISH_FILLER: readonly string[] = [
  'jeg', 'du', 'han', 'hun', 'vi', 'man', 'mig', 'dig', 'sig', 'min', 'mit', 'mine', 'din', 'dit', 'dine', 'sin', 'sit',
  'sine', 'det', 'den', 'de', 'der', 'som', 'hvor', 'hvad', 'hvis', 'når', 'at', 'og', 'eller', 'men', 'så', 'også',
  'bare', 'kun', 'gerne', 'helst', 'lige', 'nu', 'igen', 'altid', 'ikke', 'meget', 'mere', 'noget', 'nogen', 'alt',
  'alle', 'andet', 'andre', 'anden', 'en', 'et', 'i', 'på', 'med', 'til', 'af', 'for', 'om', 'fra', 'ved', 'efter',
  'inden', 'under', 'over', 'hos', 'er', 'var', 'være', 'blive', 'har', 'have', 'kan', 'kunne', 'vil', 'ville', 'skal',
  'må', 'får', 'få', 'søger', 'søge', 'ønsker', 'ønske', 'leder', 'efter', 'tænke', 'bruge', 'arbejde', 'arbejder',
  'job', 'jobbet', 'jobs', 'stilling', 'stillinger', 'deltid', 'fuldtid', 'deltidsjob', 'fleksjob', 'skånejob', 'timer',
  'uge', 'ugen', 'kompetencer', 'evner', 'erfaring', 'erfaringer', 'udfordringer', 'muligheder', 'mulighed', 'ting',
  'sted', 'område', 'nærheden', 'nærområdet', 'kommune', 'hele', 'landet', 'spændende', 'godt', 'god', 'gode', 'nyt',
  'nye', 'ny', 'fast', 'faste', 'relevant', 'relevante', 'passende', 'muligt', 'helst', 'helt', 'slags', 'type',
];
