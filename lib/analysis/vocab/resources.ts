/**
 * Resources, competences and experience (001 L459–461 "fokus på ressourcer og udviklingsmuligheder"; 001 L3553–3554
 * "ressourcer, kompetencer, skånebehov, jobmål og udviklingsmål"; 003 L1740–1744 "holde fokus på job og ressourcer";
 * 003 L3092–3098 interests; 003 L2292 "netværk og kontakter til arbejdsmarkedet"; 003 L969–971, L4156 "mødestabil",
 * "stabilt fremmøde"; 001 §3.1 G competence words: kompetencer, kvalifikationer, erhvervserfaring, brancheneutrale
 * kompetencer).
 */
export const RESOURCES: readonly string[] = [
  'erfaring*', 'erhvervserfaring*', 'joberfaring*', 'arbejdserfaring*', 'kompetence*', 'kvalifikation*',
  'ressource*', 'styrke', 'styrker', 'stærk', 'stærke', 'god til', 'gode til', 'dygtig*', 'interesse*',
  'interesseret', 'motiveret', 'motivation*', 'engageret', 'engagement', 'uddannet', 'uddannelse*', 'udlært',
  'faglært', 'svendebrev*', 'kursus', 'kurser', 'kurset', 'certifikat*', 'truckcertifikat*', 'kørekort*',
  'hygiejnebevis*', 'førstehjælp*', 'mødestabil*', 'stabilt fremmøde', 'fremmøde', 'pålidelig*', 'ansvarsfuld*',
  'netværk*', 'sprog', 'engelsk', 'tysk', 'it-kundskaber', 'it-kompetencer', 'edb', 'mestrer', 'mestring*',
  'trives', 'trivedes', 'glæde ved', 'glad for at', 'brænder for', 'lyst til', 'ønsker at arbejde',
  'vil gerne arbejde', 'gerne vil arbejde', 'har arbejdet', 'arbejdede', 'har været ansat', 'var ansat',
  'ansat som', 'ansat i', 'ansat hos', 'års erfaring', 'år som', 'år hos', 'løste', 'klarede', 'klarer',
  'lykkedes', 'formår', 'fritidsinteresse*', 'frivillig*', 'hobby*', 'selvstændig*',
  'samarbejdsevne*', 'omstillingsparat*', 'serviceminded', 'kundevant', 'praktisk anlagt', 'håndelag',
  'udvikling*', 'udvikle*', 'progression*', 'muligheder', 'mulighed for',
  // Managing one's own condition is a resource too (003 L1762–1768 "ressourcer/manglende ressourcer").
  'har selv lavet', 'har selv lært', 'har selv fundet', 'har selv sat', 'har selv taget', 'har selv opsøgt',
  'har selv kontaktet', 'har selv meldt', 'selv lavet', 'selv lært', 'går selv til', 'tager selv til', 'træner selv',
  'sørger selv for', 'styrer selv', 'planlægger selv', 'har lært at', 'har klaret', 'klaret', 'mestringsstrategi*',
  'strategier', 'redskaber til',
];

/** "kan" + verb is a resource ("kan arbejde 3 timer", "kan løfte 5 kg"), unless followed by a negation. */
export const CAN_WORDS: readonly string[] = ['kan', 'kunne', 'magter', 'klarer'];
export const NEGATIONS: readonly string[] = ['ikke', 'ikk', 'aldrig', 'næppe', 'hverken', 'intet', 'ingen'];

/**
 * A resource that the text says is missing or scarce is a limit, not a resource: after a negation or one of these ("ingen
 * erfaring", "ikke motiveret", "få ressourcer", "manglende uddannelse"), at most one word between ("ingen formel uddannelse").
 */
export const LACK_BEFORE: readonly string[] = ['få', 'meget få', 'manglende', 'uden', 'begrænsede', 'begrænset'];
/** Amount words that lack only after a negation a few words before ("har ikke rigtig nogen ressourcer"). */
export const NEGATED_AMOUNTS: readonly string[] = ['nogen', 'noget'];
/** After a resource label: "ressourcer: få", "ressourcerne er begrænsede". */
export const LACK_AFTER: readonly string[] = [
  'få', 'meget få', 'ingen', 'begrænsede', 'begrænset', 'ikke mange', 'ikke nogen', 'er få', 'er meget få', 'er begrænsede',
  'er ikke mange', 'er ikke til stede', 'mangler',
];
/** Words that emphasise rather than deny after a negation ("ikke kun erfaring, men også …"). */
export const EMPHASIS_WORDS: readonly string[] = ['kun', 'bare', 'blot', 'alene'];
/** Words before "få" that make it the verb "get" ("at få erfaring"): no lack then. */
export const GET_BEFORE: readonly string[] = ['at', 'vil', 'skal', 'kan', 'må', 'gerne', 'for'];
