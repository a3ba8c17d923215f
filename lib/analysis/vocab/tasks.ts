/**
 * Concrete work tasks (arbejdsopgaver): verbs with their typical objects and task nouns.
 * Sources: 001 L3307–3308 ("rydde op på arbejdspladsen, køre affald på lossepladsen og pakke bilerne"); 003 L3494–3496
 * ("oprydning, lettere rengøring eller andre serviceopgaver"); 004 L472–510 (kundeservice, bogholderi, skolekørsel,
 * madlavning, madpakning, salg af dyrefoder); 000 L223–225 (pladsmand/forefaldende arbejde); research/seed-003.md
 * CF-06/CF-13/CF-17 (varemodtagelse, opfyldning, kasseafstemning). 001 L3626–3627: work experience must list tasks.
 * Completed with everyday task words from Danish job ads in the same branches.
 */
export const TASKS: readonly string[] = [
  // Seeds
  'rydde op', 'rydder op', 'ryddede op', 'oprydning*', 'køre affald', 'kørte affald', 'pakke bilerne', 'pakke*',
  'pakning*', 'rengøring*', 'lettere rengøring', 'serviceopgave*', 'madlavning*', 'lave mad', 'lavede mad',
  'madpakning*', 'madpakker', 'skolekørsel*', 'kørsel*', 'salg af', 'bogholderi*', 'administration*',
  'varemodtagelse*', 'opfyldning*', 'fylde varer op', 'fyldte varer op', 'kasseafstemning*', 'kasse', 'kassen',
  'kasseekspedition*', 'kundeservice*', 'kundebetjening*', 'betjene kunder', 'betjente kunder', 'betjening af',
  // Retail and service
  'ekspedition*', 'ekspedere*', 'ekspederede', 'salg', 'sælge', 'solgte', 'rådgive kunder', 'vejlede kunder',
  'vejledte kunder', 'prismærkning*', 'etikettering*', 'skiltning*', 'vareopfyldning*', 'varebestilling*',
  'bestilling af varer', 'vareoptælling*', 'optælling*', 'lageroptælling*', 'udstilling*', 'facing',
  'åbne butikken', 'lukke butikken', 'bagning', 'bage', 'smøre*', 'anretning*', 'anrette', 'servering*', 'servere',
  'dække bord', 'tørre borde', 'opvask*', 'tage opvask', 'kaffebrygning', 'brygge kaffe', 'barista',
  'tilberede*', 'tilberedning*', 'skrælle*', 'snitte grønt', 'madudbringning*', 'udbringning*', 'levering*',
  'levere', 'leverede', 'varelevering*', 'omdeling*', 'omdele', 'uddele aviser', 'posten', 'sortere*',
  'sortering*', 'affaldssortering*', 'genbrugssortering*',
  // Cleaning and maintenance
  'gulvvask*', 'vaske gulv*', 'støvsug*', 'aftørring*', 'vinduespuds*', 'pudse vinduer', 'toiletrengøring*',
  'tøjvask*', 'vaske tøj', 'strygning*', 'rengøre', 'rengjorde', 'desinfektion*', 'vedligehold*', 'reparation*',
  'reparere*', 'småreparationer', 'pasning af', 'græsslåning*', 'slå græs', 'slog græs', 'lugning*',
  'luge', 'beskæring*', 'beskære', 'hækklipning*', 'klippe hæk*', 'feje*', 'fejning*', 'snerydning*', 'saltning*',
  'rydde sne', 'havearbejde*', 'grønne områder', 'vande blomster', 'plante*', 'plantning*',
  // Warehouse, logistics, production
  'plukke*', 'plukning*', 'pluk', 'emballering*', 'emballere*', 'truckkørsel*', 'køre truck', 'kørte truck',
  'stable*', 'stabling*', 'palle*', 'palleløfter*', 'læsse*', 'losse*', 'aflæsning*', 'pålæsning*', 'forsendelse*',
  'ordrepluk*', 'scanning af varer', 'scanne varer', 'montage*', 'montering*', 'montere*', 'samle', 'samler', 'samling af',
  'kvalitetskontrol*', 'kontrollere*', 'maskinbetjening*', 'betjene maskine*', 'pasning af maskine*',
  'svejsning*', 'svejse*', 'slibning*', 'slibe*', 'male*', 'maling*', 'lakere*', 'spartle*', 'tapetsere*',
  'opmåling*', 'opmåle*', 'nedrivning*', 'flytning*', 'flytte møbler', 'bære varer', 'køre varer ud',
  'køre varer', 'kørte varer', 'transport af', 'vask af biler', 'vaske biler', 'klargøring*', 'klargøre*',
  'bilpleje*', 'dækskift*', 'skifte dæk', 'service på', 'fejlfinding*',
  // Office and IT
  'telefonpasning*', 'passe telefon*', 'besvare telefon*', 'telefonbetjening*', 'besvare mails', 'besvarelse af',
  'mails', 'e-mails', 'korrespondance*', 'arkivering*', 'arkivere*', 'journalisering*', 'journalisere*',
  'indtastning*', 'taste*', 'registrering*', 'registrere*', 'kopiering*', 'kopiere*',
  'fakturering*', 'fakturere*', 'faktura*', 'telefonordre*', 'ordremodtagelse*', 'tage imod ordre*', 'tager imod ordre*',
  'tage imod telefon*', 'tager imod telefon*', 'bogføring*', 'bogføre*', 'afstemning*', 'afstemme*', 'lønkørsel*',
  'regnskab*', 'budget*', 'booking*', 'booke*', 'mødebooking*', 'kalenderstyring*', 'reception', 'receptionen',
  'modtage gæster', 'kundehenvendelse*', 'henvendelser', 'excel', 'word', 'outlook', 'økonomisystem*',
  'it-support*', 'support*', 'programmering*', 'programmere*', 'hjemmeside*', 'sociale medier', 'markedsføring*',
  'nyhedsbrev*', 'opslag på', 'grafisk*', 'layout*', 'tekstforfatning*', 'oversættelse*', 'dataindtastning*',
  'dokumenthåndtering*', 'postsortering*', 'posthåndtering*', 'sagsbehandling*', 'indkøb*', 'bestilling*',
  // Care and education
  'personlig pleje', 'pleje af', 'hjælp til personlig pleje', 'madservice', 'madudlevering*', 'aktiviteter for', 'aktivere beboere',
  'gåture med', 'ledsage*', 'ledsagelse*', 'medicinhåndtering*', 'undervisning*', 'undervise*',
  'lektiehjælp*', 'pasning af børn', 'passe børn', 'legepladstilsyn*', 'bleskift*', 'hente og bringe',
  'påklædning*', 'forflytning*', 'sårpleje*', 'rengøring hos',
  // Everyday task verbs, present and past tense (CV experience is written in the past: "kørte", "hjalp")
  'kører', 'kørte', 'køre ud', 'hjælpe kunder', 'hjælpe borgere', 'hjalp', 'passede', 'passer børn', 'lavede', 'laver', 'ordne*', 'ordnede',
  'underviste', 'betjente', 'serverede', 'vaskede', 'gjorde rent', 'gør rent', 'ryddede', 'sorterede', 'solgte',
  'byggede', 'bygge*', 'malede', 'plejede', 'hentede', 'bragte', 'tog imod', 'svarede', 'styrede', 'planlagde',
  'planlægning*', 'koordinerede', 'koordinering*', 'skrev', 'tilså', 'tilse*', 'tjekkede', 'tjekke*', 'fyldte',
  'bar', 'slæbte', 'lossede', 'læssede', 'kontrollerede', 'gravede', 'passede dyr', 'fodrede', 'fodring*', 'malkning*',
  'malke*', 'rute*', 'ruter', 'ruterne',
  // Generic task cues that introduce a concrete task
  'ansvar for', 'ansvarlig for', 'stod for', 'står for', 'håndtere*',
  'håndtering af', 'håndterede', 'opgaver som', 'opgaver med',
];

/**
 * Generic wording that sounds like a task but names none ("diverse opgaver", "forefaldende"): 001 L2076–2078 asks to
 * "’dekonstruere’ stillingsbetegnelser" into concrete tasks.
 */
export const VAGUE_TASKS: readonly string[] = [
  'diverse opgaver', 'forskellige opgaver', 'alle opgaver', 'alt muligt', 'lidt af hvert', 'almindelige opgaver',
  'praktiske opgaver', 'lettere opgaver', 'mange opgaver', 'mange forskellige', 'hvad der nu var',
];
