/**
 * Occupations / job titles (task and function nouns such as "rengøring" live in tasks.ts) (jobmål must name one: 001 L3786–3787 "konkrete jobmål";
 * 000 L157–159 "konkrete jobmål/funktioner").
 *
 * Sources: the seeds name only a few (tømrer 001 L3304–3306; restaurationsbranchen, rengøring, kontor 001 L2104–2106;
 * pladsmand/forefaldende arbejde 000 L223–225; kundeservice, buschauffør, butiksarbejde, plejehjem - madlavning,
 * marketing, netbutik, administration/bogholderi 004 L472–510). research/seed-001.md §3.1 H says a title lexicon
 * "must come from another source": the rest are common Danish job titles in the style of the Danish occupation
 * classification (DISCO-08 titles as used on Jobnet), with an emphasis on part-time/fleksjob functions named in
 * 003 L3460–3496 (oprydning, lettere rengøring, serviceopgaver).
 */
export const OCCUPATIONS: readonly string[] = [
  // Seeds
  'tømrer*', 'pladsmand*', 'buschauffør*', 'studentermedhjælper*', 'bogholder*',
  // Trades and crafts
  'snedker*', 'murer*', 'maler*', 'elektriker*', 'smed*', 'vvs-montør*', 'vvs*', 'blikkenslager*', 'mekaniker*',
  'automekaniker*', 'cykelmekaniker*', 'klejnsmed*', 'svejser*', 'glarmester*', 'tagdækker*', 'anlægsgartner*',
  'gartner*', 'brolægger*', 'stilladsarbejder*', 'håndværker*', 'montør*', 'tekniker*', 'pedel*', 'vicevært*',
  'ejendomsfunktionær*', 'servicetekniker*', 'viceværtmedhjælper*', 'altmuligmand*', 'handyman*',
  // Retail and service
  'butiksassistent*', 'butiksmedhjælper*', 'ekspedient*', 'kassemedarbejder*', 'kassedame*', 'salgsassistent*',
  'sælger*', 'butiksleder*', 'købmand*', 'kundeservicemedarbejder*', 'kundeserviceassistent*',
  'telefonist*', 'receptionist*', 'servicemedarbejder*', 'servicemedhjælper*', 'budbringer*', 'bud',
  'avisbud*', 'postbud*', 'kurér*', 'frisør*', 'kosmetolog*', 'dyrepasser*', 'hundeluftere', 'hundelufter*',
  'tankpasser*', 'billetkontrollant*', 'parkeringsvagt*', 'vagt', 'vagtmand*', 'sikkerhedsvagt*', 'dørmand*',
  // Food and hospitality
  'kok', 'kokke', 'kokken', 'køkkenassistent*', 'køkkenmedhjælper*', 'køkkenhjælper*', 'ernæringsassistent*',
  'opvasker*', 'tjener*', 'servitrice*', 'bartender*', 'barista*', 'bager*', 'bagerekspedient*', 'slagter*',
  'smørrebrødsjomfru*', 'caféassistent*', 'cafemedarbejder*', 'kantinemedarbejder*', 'kantinemedhjælper*',
  'hotelmedarbejder*', 'stuepige*', 'piccolo*',
  // Cleaning, warehouse, logistics
  'rengøringsassistent*', 'rengøringsmedarbejder*', 'rengøringshjælp*',
  'vinduespudser*', 'lagermedarbejder*', 'lagerarbejder*', 'lagerassistent*', 'lagerekspedient*',
  'pakker', 'pakkere', 'pakkemedarbejder*', 'plukker*', 'truckfører*', 'chauffør*', 'lastbilchauffør*',
  'taxichauffør*', 'varebilschauffør*', 'flyttemand*', 'portør*', 'havnearbejder*', 'produktionsmedarbejder*',
  'produktionsarbejder*', 'fabriksarbejder*', 'maskinoperatør*', 'operatør*', 'montagemedarbejder*',
  'kvalitetskontrollant*', 'genbrugsmedarbejder*', 'genbrugspladsmedarbejder*', 'skraldemand*', 'renovationsarbejder*',
  // Office and IT
  'kontorassistent*', 'kontormedarbejder*', 'kontorfunktionær*', 'kontorelev*', 'administrativ medarbejder*',
  'administrationsmedarbejder*', 'sekretær*', 'lægesekretær*', 'sagsbehandler*', 'assistent*', 'bogholderassistent*',
  'regnskabsassistent*', 'lønbogholder*', 'dataregistrant*', 'it-supporter*', 'it-medarbejder*', 'supporter*',
  'programmør*', 'udvikler*', 'webudvikler*', 'grafiker*', 'designer*', 'marketingmedarbejder*', 'marketingassistent*',
  'kommunikationsmedarbejder*', 'journalist*', 'skribent*', 'oversætter*', 'tolk*', 'arkivmedarbejder*',
  'arkivassistent*', 'bibliotekar*', 'biblioteksassistent*', 'projektmedarbejder*', 'projektleder*', 'koordinator*',
  'konsulent*', 'rådgiver*', 'revisor*', 'jurist*', 'advokatsekretær*', 'ingeniør*', 'arkitekt*', 'tegner*',
  'landinspektør*', 'laborant*', 'økonom*', 'controller*', 'indkøber*', 'speditør*', 'disponent*',
  // Care, health and education (as occupations)
  'sosu-hjælper*', 'sosu-assistent*', 'social- og sundhedshjælper*', 'social- og sundhedsassistent*',
  'hjemmehjælper*', 'plejehjemsassistent*', 'plejer*', 'plejemedhjælper*', 'sygeplejerske*', 'sygehjælper*',
  'sundhedsmedarbejder*', 'terapeutassistent*', 'tandklinikassistent*', 'klinikassistent*', 'apoteksmedhjælper*',
  'farmakonom*', 'pædagog*', 'pædagogmedhjælper*', 'pædagogisk assistent*', 'dagplejer*', 'dagplejemor*',
  'barnepige*', 'lærer*', 'lærervikar*', 'underviser*', 'skolepædagog*', 'støttepædagog*', 'omsorgsmedhjælper*',
  'omsorgsassistent*', 'aktivitetsmedarbejder*', 'ledsager*', 'hjemmeplejer*', 'frivillig koordinator*',
  'vikar*', 'medhjælper*', 'hjælper*', 'landbrugsmedhjælper*', 'landmand*', 'staldmedarbejder*', 'fodermester*',
  'skovarbejder*', 'parkarbejder*', 'kirkegårdsgartner*', 'kirketjener*', 'graver*',
];

/**
 * Compound heads that make a word a job title ("lagermedarbejder", "køkkenhjælper", "pladsmand").
 * A bare "medarbejder"/"hjælper" is not concrete (no function): only compounds match (see lexicon.ts).
 */
export const OCCUPATION_HEADS: readonly string[] = [
  '*medarbejder', '*medarbejdere', '*medarbejderen', '*medhjælper', '*medhjælpere', '*hjælper', '*hjælpere',
  '*assistent', '*assistenter', '*arbejder', '*arbejdere', '*chauffør', '*chauffører', '*konsulent', '*sælger',
  '*tekniker', '*montør', '*mekaniker', '*operatør', '*fører', '*pakker', '*plukker', '*vagt', '*ekspedient',
  '*betjent', '*mand', '*pige', '*passer', '*passer', '*leder', '*koordinator', '*rådgiver', '*supporter',
  '*udvikler', '*elev', '*lærling', '*funktionær', '*sekretær', '*ansvarlig', '*kontrollant', '*sygeplejerske',
  '*terapeut', '*pædagog', '*lærer', '*assistenten', '*konsulenten',
];

/** Words that end like a job title but are not one. */
export const OCCUPATION_EXCEPT: readonly string[] = [
  'samarbejder', 'bearbejder', 'medarbejder', 'medarbejdere', 'medarbejderen', 'hjælper', 'formand', 'ægtemand',
  'niemand', 'jobleder', 'sagsleder', 'forleder', 'vejleder', 'ansvarlig', 'selvansvarlig', 'medansvarlig',
  'fører', 'anfører', 'opfører', 'medfører', 'udfører', 'tilfører', 'indfører', 'afleder', 'udleder', 'fremfører',
  'overfører', 'gennemfører', 'bortfører', 'pige', 'kontaktperson', 'jobformidler', 'fleksjobber',
  'plejer', 'tilpasser', 'anpasser', 'passer', 'tidsfører', 'sagsfører', 'omsorgsarbejder', 'modarbejder', 'udarbejder',
  'forarbejder', 'efterarbejder', 'indarbejder', 'gennemarbejder', 'omarbejder', 'tilarbejder',
];

/** A job function named as "X-arbejde" ("lagerarbejde", "kontorarbejde", "butiksarbejde"; 004 L472–510). */
export const FUNCTION_HEADS: readonly string[] = [
  '*arbejde', '*arbejdet', '*opgaver', '*opgaverne', '*funktion', '*funktioner',
];

export const FUNCTION_EXCEPT: readonly string[] = [
  'samarbejde', 'samarbejdet', 'bearbejde', 'medarbejde', 'deltidsarbejde', 'fuldtidsarbejde', 'ekstraarbejde',
  'skånearbejde', 'fleksjobarbejde', 'forarbejde', 'efterarbejde', 'teamarbejde', 'gruppearbejde', 'skolearbejde',
  'praktikarbejde', 'hjemmearbejde', 'frivilligarbejde', 'lønarbejde', 'netværksarbejde', 'udviklingsarbejde',
  'forandringsarbejde', 'jobsøgningsarbejde', 'arbejdsopgaver', 'arbejdsopgaverne', 'jobfunktion', 'jobfunktioner',
  'arbejdsfunktion', 'arbejdsfunktioner', 'hovedopgaver', 'kerneopgaver', 'deltidsopgaver', 'småopgaver',
  'støtteopgaver', 'nøgleopgaver', 'udviklingsopgaver', 'hjemmeopgaver', 'skåneopgaver', 'totalopgaver',
  'skriveopgaver', 'kropsfunktion', 'kropsfunktioner', 'funktion', 'hjernefunktion', 'lungefunktion',
  'nyrefunktion', 'leverfunktion', 'hjertefunktion', 'arbejde', 'arbejdet', 'opgaver', 'opgaverne', 'funktioner',
  'omsorgsarbejde', 'modarbejde', 'udarbejde', 'indarbejde', 'omarbejde', 'gennemarbejde', 'tilarbejde',
  'afklaringsarbejde', 'sagsarbejde', 'relationsarbejde', 'motivationsarbejde', 'afklaringsopgaver',
];
