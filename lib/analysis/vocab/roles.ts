/**
 * Role names and the label words that signal them: one source for form detection (lib/detect/builtin-profiles.ts)
 * and for the headings of whole documents (lib/analysis/document.ts). Vocabulary from ../shared/spec/FORMS.md and
 * research/seed-001.md §3.7. Phrases are matched word by word after label folding (lib/analysis/text/labels.ts); a word
 * of 4+ letters also matches longer words that start with it ("aftale" → "aftalerne"), so compounds that start
 * differently ("jobmål", "beskæftigelsesmål") are listed explicitly. The longest matching phrase decides.
 */
import type { FieldRole } from '../types';

export type RoleLabels = Partial<Record<FieldRole, readonly string[]>>;

/** The label words of each built-in form profile, by role. */
export const ROLE_LABELS = {
  cv: {
    'cv-job-wish': [
      'jeg søger job som', 'søger job som', 'søger arbejde som', 'jobønske', 'ønsket job', 'ønskede job',
      'ønsket stilling', 'stillingsønske', 'ønskede stillinger', 'jobønsker og jobtitler', 'jobs jeg søger', 'job wish',
      'desired job', 'wanted job',
    ],
    'cv-profile': [
      'om mig', 'profil', 'profiltekst', 'faglig profil', 'personlig profil', 'beskriv dig selv', 'præsentation',
      'kort om dig', 'personlige egenskaber', 'personlig beskrivelse', 'hvem er du', 'about me', 'profile', 'summary',
    ],
    'cv-experience': [
      'arbejdserfaring', 'erhvervserfaring', 'beskæftigelse', 'arbejdsopgaver', 'jobbeskrivelse', 'beskrivelse af job',
      'beskrivelse af stilling', 'beskrivelse af arbejdsopgaver', 'erhvervserfaringer', 'erfaring', 'stilling',
      'ansættelse', 'tidligere job', 'arbejdsgiver', 'work experience', 'experience', 'job description',
    ],
    'cv-education': [
      'uddannelse', 'uddannelser', 'uddannelsessted', 'uddannelsesniveau', 'eksamen', 'skolegang', 'education',
      'degree',
    ],
    'cv-competences': [
      'kompetencer', 'kompetence', 'faglige kompetencer', 'personlige kompetencer', 'faglige kvalifikationer',
      'kvalifikationer', 'færdigheder', 'kvalifikationsord', 'personlige kvalifikationer', 'it kompetencer',
      'it kundskaber', 'skills', 'competences',
    ],
    'cv-other': [
      'kurser', 'kursus', 'sprog', 'sprogkundskaber', 'kørekort', 'certifikater', 'fritidsinteresser', 'interesser',
      'erfaringer', 'kompetencer og erfaringer', 'hvad kan borgeren', 'frivilligt arbejde', 'øvrige oplysninger',
      'supplerende oplysninger', 'andre oplysninger', 'andet', 'languages', 'courses', 'other',
    ],
  },
  minplan: {
    'job-goal': [
      'mit mål', 'mine mål', 'mål', 'mit jobmål', 'jobmål', 'jobmålet', 'mål for job', 'mål med forløbet',
      'beskæftigelsesmål', 'beskrivelse af fleksjob', 'arbejdsopgaver', 'konkrete arbejdsopgaver', 'uddannelsesmål',
      'målsætning', 'delmål', 'mit næste mål', 'mine jobmål', 'jobspor', 'hvad vil du', 'job goal', 'goal',
      'arbejdsmål', 'erhvervsmål', 'jobperspektiv', 'beskæftigelsesperspektiv',
    ],
    'agreement': [
      'aftale', 'aftaler', 'aftalefelt', 'aftalt', 'aftalte', 'på mødet aftalte vi', 'det har vi aftalt',
      'næste skridt', 'hvem gør hvad', 'det gør jeg', 'det gør du', 'opgaver til næste møde', 'status på aftaler',
      'aftaler om jobsøgning', 'jobsøgningsaftaler', 'plan for jobsøgning', 'til næste samtale', 'agreement', 'agreed',
      'next steps', 'det aftalte vi', 'vi aftalte', 'det aftaler vi', 'videre forløb', 'det videre forløb',
      'plan for det videre forløb', 'aftaler for det videre forløb',
    ],
    'activity': [
      'aktivitet', 'aktiviteter', 'planlagte aktiviteter', 'tilbud', 'virksomhedspraktik', 'praktik', 'løntilskud',
      'mentor', 'opkvalificering', 'indsats', 'indsatser', 'støtteaktiviteter', 'virksomhedsrettede aktiviteter',
      'forløb', 'uddannelsesaktiviteter', 'småjob', 'activity', 'activities',
    ],
    'meeting-summary': [
      'mødereferat', 'referat', 'samtalereferat', 'samtalenotat', 'samtale', 'resumé', 'opsummering', 'opfølgning',
      'status', 'statusfelt', 'journalnotat', 'notat', 'noter fra mødet', 'samtaleresumé', 'opsummering af samtalen',
      'jobsamtale', 'meeting notes', 'meeting summary', 'minutes',
    ],
  },
  forberedende: {
    'job-goal': [
      'beskæftigelses og uddannelsesmål', 'beskæftigelsesmål', 'uddannelsesmål', 'mål for beskæftigelse', 'jobmål',
      'borgerens mål', 'mål for job og uddannelse', 'jobmål og uddannelsesmål', 'mål', 'job goal', 'employment goal',
      'arbejdsmål', 'erhvervsmål', 'jobperspektiv', 'beskæftigelsesperspektiv',
    ],
    'resources': [
      'ressourcer', 'ressource', 'erfaringer og ressourcer', 'personlige ressourcer', 'faglige ressourcer',
      'kompetencer', 'styrker', 'netværk', 'familie og netværk', 'interesser', 'resources', 'strengths',
    ],
    'challenges': [
      'udfordringer', 'udfordring', 'beskæftigelsesmæssige udfordringer', 'sociale udfordringer', 'sociale forhold',
      'barrierer', 'problemer', 'vanskeligheder', 'challenges', 'barriers',
    ],
    'health': [
      'helbred', 'helbredsmæssige forhold', 'helbredsforhold', 'helbredssituation', 'helbredsoplysninger',
      'helbredsmæssige forhold og betydning for arbejdsevnen', 'betydning for arbejdsevnen', 'sundhed', 'diagnoser',
      'behandling', 'helbredets betydning', 'helbred og betydning for arbejde', 'helbred og betydning for arbejdet',
      'helbredsforhold og betydning for arbejdet', 'betydning for arbejdet', 'helbredets betydning for arbejdet', 'health',
    ],
    'wishes': [
      'ønsker', 'ønske', 'ønsker til fremtidig job', 'ønsker til fremtidigt job', 'ønsker til job og uddannelse',
      'fremtidigt job', 'drømme', 'borgerens ønsker', 'ønsker og drømme', 'ønskejob', 'wishes',
    ],
    'previous-efforts': [
      'tidligere indsatser', 'tidligere indsats', 'hidtidige indsatser', 'tidligere forløb', 'tidligere tilbud',
      'indsatser og resultater', 'resultater af tidligere', 'tidligere aktiviteter', 'afprøvede indsatser',
      'tidligere praktikker', 'forløb og resultater', 'previous efforts',
    ],
    'accommodations': [
      'skånehensyn', 'skånebehov', 'skånehensyn og støtte', 'hensyn', 'særlige hensyn', 'accommodations',
      'accommodation',
    ],
  },
  indstilling: {
    'recommendation': [
      'indstilling', 'indstillingen', 'rehabiliteringsteamets indstilling', 'teamets indstilling', 'anbefaling',
      'teamets anbefaling', 'indstilles til', 'konklusion', 'formål', 'indstilles', 'fleksjob', 'ressourceforløb',
      'teamets anbefalinger', 'vurdering og indstilling', 'teamets vurdering og indstilling', 'samlet vurdering og indstilling',
      'recommendation',
    ],
    'job-goal': [
      'jobmål', 'konkrete jobmål', 'jobfunktioner', 'arbejdsfunktioner', 'job og funktioner', 'jobmål og funktioner',
      'beskæftigelsesmål', 'job goal',
    ],
    'accommodations': [
      'skånehensyn', 'skånebehov', 'hensyn', 'særlige hensyn', 'accommodations',
    ],
    'progression-goal': [
      'progressionsmål', 'progression', 'udviklingsmål', 'udvikling i arbejdsevnen', 'udviklingsmuligheder',
      'forventet udvikling', 'progression i fleksjob', 'udvikling af arbejdsevnen', 'progression goal',
    ],
    'hours': [
      'timetal', 'timer', 'timeinterval', 'timer om ugen', 'ugentlige timer', 'arbejdstid', 'arbejdsintensitet',
      'intensitet', 'arbejdsevne', 'timeinterval og arbejdsintensitet', 'forventet timetal', 'hours', 'working hours',
    ],
    'justification': [
      'faglig begrundelse', 'begrundelse', 'teamets begrundelse', 'rehabiliteringsteamets begrundelse', 'vurdering',
      'teamets vurdering', 'begrundelse for indstillingen', 'faglig vurdering', 'justification',
    ],
  },
} as const satisfies Record<'cv' | 'minplan' | 'forberedende' | 'indstilling', RoleLabels>;

/**
 * Labels that name a role clearly in any form: a field or heading called "Skånehensyn" on a Min Plan screen or in a
 * journal note is about skånehensyn all the same (FORMS.md "other texts"). Used when the form's own vocabulary names no role.
 */
export const CLEAR_ROLE_NAMES: RoleLabels = {
  accommodations: ['skånehensyn', 'skånebehov', 'særlige hensyn', 'skånehensyn og støtte', 'hensyn på arbejdspladsen'],
  hours: ['timetal', 'timeinterval', 'timer om ugen', 'ugentlige timer', 'arbejdstid', 'forventet timetal', 'arbejdsintensitet', 'timeinterval og arbejdsintensitet'],
  'job-goal': [
    'jobmål', 'mit jobmål', 'borgerens jobmål', 'konkrete jobmål', 'beskæftigelsesmål', 'jobmål og funktioner', 'borgers mål',
    'borgerens mål', 'mål for beskæftigelse', 'arbejdsmål', 'erhvervsmål', 'jobperspektiv',
  ],
  agreement: [
    'aftaler', 'aftale', 'jobsøgningsaftaler', 'på mødet aftalte vi', 'det har vi aftalt', 'aftaler om jobsøgning', 'det aftalte vi',
    'videre forløb', 'det videre forløb',
  ],
  'progression-goal': ['progressionsmål', 'udviklingsmål', 'udvikling i arbejdsevnen', 'forventet udvikling'],
};

/** Headings of case documents that name no field role; a section under one is judged by its text alone. */
export const GENERIC_HEADINGS: readonly string[] = [
  'baggrund', 'indledning', 'bemærkninger', 'bemærkning', 'noter', 'note', 'andet', 'øvrigt', 'sammenfatning',
  'resumé', 'resume', 'plan', 'planen', 'formål', 'samtale', 'samtalen', 'opfølgning', 'status', 'situation',
  'borgerens situation', 'aktuel situation', 'sagens baggrund', 'konklusion', 'næste møde', 'fremadrettet',
];
