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
];

/** "kan" + verb is a resource ("kan arbejde 3 timer", "kan løfte 5 kg"), unless followed by a negation. */
export const CAN_WORDS: readonly string[] = ['kan', 'kunne', 'magter', 'klarer'];
export const NEGATIONS: readonly string[] = ['ikke', 'ikk', 'aldrig', 'næppe', 'hverken', 'intet', 'ingen'];
