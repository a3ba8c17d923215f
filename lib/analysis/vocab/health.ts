/**
 * Health, diagnosis, treatment, medication and sick-leave words.
 * Used for: the counterweight of the job-focus score (001 L524–526 "fokus på helbred og barrierer og i mindre grad på
 * ressourcer"; 001 L3770–3771 "fylder borgerens sociale forhold og helbred forholdsmæssigt meget"), `health-in-cv`
 * (a Jobnet CV is read by employers: 001 L3882–3884) and `illness-focus`.
 * Seed terms: helbred, sygdom, begrænsninger, psykiske udfordringer, lægepapirer (001 L525, L748, L2213, L2219);
 * behandling og genoptræning, sklerose, kræft, lidelser, sygemelding, psykolog, rygtræning, fysioterapeut
 * (003 L2430–2432, L2868, L5663, L432, L454, L2160); "medicin" (001 L2168). Note (research/seed-001.md §3.6):
 * "behandling" alone can mean case handling, so only treatment phrases are listed.
 * Diagnoses and drug names are completed from common Danish usage.
 */
export const DIAGNOSES: readonly string[] = [
  'diagnose*', 'diagnosticeret', 'depression*', 'depressiv*', 'angst', 'angsten', 'angstanfald', 'angstlidelse*',
  'panikangst', 'socialfobi*', 'ptsd', 'ptsd-diagnose', 'stress', 'stressen', 'stressramt', 'stresssygemeldt',
  'stressreaktion*', 'udbrændt', 'udbrændthed', 'adhd', 'add', 'autisme*', 'autist*', 'asperger*', 'ocd',
  'bipolar*', 'skizofreni*', 'psykose*', 'personlighedsforstyrrelse*', 'spiseforstyrrelse*', 'misbrug*',
  'alkoholmisbrug*', 'alkoholiker*', 'hashmisbrug*', 'diskusprolaps*', 'prolaps*', 'slidgigt*', 'gigt', 'gigten',
  'leddegigt*', 'artrose*', 'fibromyalgi*', 'piskesmæld*', 'whiplash*', 'hjernerystelse*', 'hjerneskade*',
  'sklerose*', 'parkinson*', 'epilepsi*', 'diabetes', 'sukkersyge', 'kræft*', 'cancer*', 'brystkræft*',
  'hjerneblødning*', 'blodprop*', 'apopleksi*', 'hjertesygdom*', 'kol', 'astma*', 'migræne*', 'tinnitus*',
  'kronisk*', 'smerte*', 'smertetilstand*', 'smerteproblematik*', 'ondt', 'gener', 'træthed*', 'udmattelse*',
  'fatigue', 'søvnproblemer', 'søvnbesvær', 'søvnløshed', 'hovedpine*', 'svimmelhed*', 'kvalme', 'nedslidt*',
  'nedslidning*', 'slidskade*', 'arbejdsskade*', 'skade', 'skaden', 'skader', 'brud', 'operation*', 'opereret',
  'handicap*', 'funktionsnedsættelse*', 'sygdom*', 'syg', 'syge', 'sygt', 'lidelse*', 'psykiske udfordringer',
  'psykisk sårbar*', 'psykiske problemer', 'psykiske vanskeligheder', 'kognitive vanskeligheder',
  'kognitive problemer', 'helbred*', 'helbredsmæssig*', 'helbredsproblem*', 'symptom*', 'ryg', 'ryggen',
  'lænd*', 'nakke*', 'skulder*', 'skuldre*', 'knæ*', 'hofte*', 'albue*', 'håndled*', 'lunge*', 'hjerte',
  'hjertet', 'overvægt*', 'allergi*', 'eksem*',
];

/** Compound health words ("rygsmerter", "knæskade", "nakkeproblemer", "lænderygsmerter"). */
export const DIAGNOSIS_HEADS: readonly string[] = [
  '*smerter', '*smerterne', '*skade', '*skaden', '*skader', '*gigt', '*sygdom', '*sygdomme', '*lidelse',
  '*lidelser', '*problemer', '*operation', '*diagnose', '*diagnoser', '*angst', '*prolaps', '*brud', '*betændelse',
];

export const DIAGNOSIS_EXCEPT: readonly string[] = [
  'arbejdsproblemer', 'samarbejdsproblemer', 'transportproblemer', 'økonomiproblemer', 'boligproblemer',
  'it-problemer', 'problemer', 'pengeproblemer', 'parkeringsproblemer', 'tømrerskade',
];

export const TREATMENT: readonly string[] = [
  'behandling hos', 'i behandling', 'medicinsk behandling', 'behandlingsforløb*', 'smertebehandling*',
  'genoptræning*', 'fysioterapi*', 'fysioterapeut*', 'kiropraktor*', 'psykolog*', 'psykiater*', 'psykiatri*',
  'ergoterapeut*', 'scanning*', 'mr-scanning*', 'røntgen*', 'udredning*', 'indlagt', 'indlæggelse*',
  'hospital*', 'sygehus*', 'læge', 'lægen', 'egen læge', 'speciallæge*', 'lægeattest*', 'lægeerklæring*',
  'lægepapirer', 'statusattest*', 'terapi', 'terapeut*', 'samtaleforløb*', 'rygtræning*', 'smerteklinik*',
  'smertecenter*', 'genoptræningsforløb*', 'ventetid*', 'venteliste*', 'konsultation*', 'kontrol hos',
  'rehabilitering hos', 'træning hos', 'holdtræning', 'varmtvandsbassin*', 'massage', 'akupunktur*',
];

export const MEDICATION: readonly string[] = [
  'medicin', 'medicinen', 'medicinering', 'medicineret', 'medicinsk', 'smertestillende', 'antidepressiv*',
  'lykkepiller', 'morfin*', 'panodil', 'pinex', 'ipren', 'ibuprofen', 'paracetamol', 'tramadol', 'oxycodon*',
  'kodimagnyl', 'gabapentin', 'lyrica', 'sertralin', 'cipralex', 'ritalin', 'medikinet', 'concerta', 'sovepiller',
  'sovemedicin', 'nervemedicin', 'insulin', 'piller', 'bivirkning*',
];

/** Sick leave and benefit status: always personal (003 L2868, L3127 "sygemelding", "sygemelder sig"). */
export const SICK_LEAVE: readonly string[] = [
  'sygemeld*', 'langtidssygemeld*', 'deltidssygemeld*', 'raskmeld*', 'sygedagpenge*', 'sygefravær*',
  'sygeorlov*', 'syg i', 'blev syg', 'var syg', 'er syg', 'har været syg', 'førtidspension*', 'ressourceforløb*',
  'jobafklaringsforløb*', 'ledighedsydelse*', 'visiteret til fleksjob', 'visiteret til', 'fleksjobvisiteret',
  'nedsat arbejdsevne', 'varigt nedsat', 'væsentligt nedsat',
];

/**
 * Private life (counts half in the counterweight: the forberedende del legitimately describes family and network,
 * FORMS.md; only texts that are MOSTLY illness, treatment and private life lose points, 001 L3770–3771).
 */
export const PRIVATE_LIFE: readonly string[] = [
  'familie*', 'børn', 'børnene', 'barn', 'barnet', 'søn', 'sønnen', 'datter', 'datteren', 'ægtefælle*', 'kæreste*',
  'hustru*', 'kone', 'konen', 'skilsmisse*', 'skilt', 'bolig*', 'lejlighed*', 'hjemme', 'hjemmet', 'hund', 'hunden',
  'kat', 'katten', 'ferie*', 'fritid*', 'weekend*', 'økonomi*', 'gæld*', 'venner', 'veninde*', 'forældre*',
  'mor', 'moren', 'far', 'faren', 'svigerfamilie*', 'børnebørn*', 'barnebarn', 'husholdning*', 'indkøb', 'søvn',
  'sover', 'privatliv*', 'privat',
];

/** Professional context that makes a health word part of the work, not the citizen's health ("borgere med ADHD"). */
export const PROFESSIONAL_HEALTH_CONTEXT: readonly string[] = [
  'borgere med', 'børn med', 'unge med', 'voksne med', 'patienter*', 'beboere*', 'brugere med', 'brugerne',
  'elever med', 'klienter*', 'mennesker med', 'personer med', 'pårørende', 'ældre', 'de ældre', 'målgruppe*',
  'medicinhåndtering*', 'medicinadministration*', 'medicinudlevering*', 'sårpleje*', 'plejeopgaver', 'under stress',
  'under pres', 'sundhedsfaglig*', 'sosu*', 'sygeplejerske*', 'handicapområde*', 'psykiatrien',
];

/**
 * Workplaces in health care: a context only when the sentence does not speak of the writer ("portør på sygehuset" is
 * work, "jeg har været indlagt på sygehuset" is health).
 */
export const HEALTH_WORKPLACE_CONTEXT: readonly string[] = [
  'afdeling', 'afdelingen', 'klinik*', 'hospital*', 'sygehus*', 'apotek*', 'plejehjem*', 'hjemmepleje*', 'bosted*',
  'botilbud*',
];

/** First-person and possessive words: the sentence speaks of the writer or the citizen. */
export const PERSONAL_MARKERS: readonly string[] = [
  'jeg', 'mig', 'min', 'mit', 'mine', 'borger', 'borgeren', 'borgers', 'hun', 'han', 'hendes', 'hans', 'lider af',
  'diagnosticeret', 'fik konstateret', 'har fået konstateret', 'blev syg',
];

/**
 * Wording that translates health into work ability (000 L169–171 "fra helbred til mestring og skånehensyn"): with one
 * of these and a named task, a text about illness says what it means for a job.
 */
export const WORK_ABILITY_TRANSLATION: readonly string[] = [
  'for arbejdet betyder det', 'betyder for arbejdet', 'betyder det for arbejdet', 'i et job betyder det',
  'betyder i et job', 'det betyder i et job', 'i arbejdet betyder det', 'for jobbet betyder det', 'kan klare',
  'kan varetage', 'kan mestre', 'mestrer',
];
