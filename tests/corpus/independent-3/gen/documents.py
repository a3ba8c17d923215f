import json
DOCS = []
def doc(title, secs, judg, src):
    """secs: list of (heading, role, body); judg: list of (heading|None, cat, flag)"""
    parts = [title] if title else []
    for h, r, b in secs:
        parts.append(h); parts.append(b)
    text = "\n".join(parts)
    heads = [h for h, _, _ in secs]
    for h, c, f in judg:
        assert h is None or h in heads, h
    present = sorted({c for h, c, f in judg if f})
    absent = sorted({c for h, c, f in judg if not f} - set(present))
    DOCS.append({"id": f"doc3-{len(DOCS)+1:03d}", "text": text, "form": secs and SUBFORM or None, "field": None,
                 "source": src, "sections": [{"heading": h, "role": r} for h, r, _ in secs],
                 "judgements": [{"section": h, "category": c, "flag": f} for h, c, f in judg],
                 "present": present, "absent": absent})

# ---------- 1 forberedende del, good
SUBFORM = "rehab"
doc("Rehabiliteringsplan – forberedende del", [
 ("Uddannelses- og beskæftigelsesmål", "job-goal",
  "Susanne vil gerne arbejde som pædagogmedhjælper i en børnehave eller som køkkenmedhjælper i en daginstitution, hvor hun kan bruge sine 14 år som dagplejer. Hun har selv talt med lederen af Børnehuset Mejsen i Bjerringbro, som er åben for en praktik med opgaver i køkkenet og på legepladsen."),
 ("Erfaringer og ressourcer i forhold til job og uddannelse", "resources",
  "Susanne har planlagt hverdagen for 4-5 børn, lavet mad efter institutionens kostpolitik og holdt forældresamtaler om børnenes trivsel. Hun har et hygiejnekursus fra 2019, førstehjælpsbevis og kørekort B. Hun er vant til at arbejde selvstændigt og til at tage imod nye børn og forældre."),
 ("Helbredsforhold og betydning for arbejdsevnen", "health",
  "Susanne har fibromyalgi, diagnosticeret i 2017. Smerterne sidder især i skuldre og lænd og tager til, når hun er længe i samme stilling. Hun har erfaret, at hun kan arbejde ca. 3 timer i træk, når hun kan skifte mellem at sidde og gå. Hun bruger selv daglige udstrækningsøvelser, som hun har lært hos fysioterapeut."),
 ("Skånehensyn", "accommodations",
  "Ingen løft over 10 kg, dvs. ikke løft af børn over 1 år fra gulv til puslebord. Højst 3 timers arbejde ad gangen med en pause på 15 minutter midt i vagten. Ikke arbejde siddende på gulvet i mere end 20 minutter ad gangen."),
], [("Uddannelses- og beskæftigelsesmål", "job-focus", False), ("Skånehensyn", "vague-accommodation", False),
    (None, "deficit-language", False), (None, "personal-data", False)], "000 L155-162; 001 L3810-3819")

# ---------- 2 forberedende del, poor
doc("Forberedende del\nVedr.: Kim Andersen, cpr-nr. 020571-1437", [
 ("Borgers mål", "job-goal",
  "Borger siger, at han gerne vil have et fleksjob med noget praktisk. Han vil ikke tilbage til byggeriet."),
 ("Borgers ressourcer", "resources",
  "Borger oplyser, at han ikke rigtig har nogen ressourcer længere pga. ryggen. Han fortæller, at han har svært ved at sove og ikke kan overskue ret meget."),
 ("Helbred", "health",
  "Borger siger, at han har haft ondt i ryggen i 6 år og at det bliver værre og værre. Adspurgt fortæller borger, at han ikke kan gå længere end til postkassen. Han har prolaps og slidgigt i knæene og tager smertestillende hver dag."),
 ("Hensyn", "accommodations",
  "Skal skånes for tunge løft og have pauser efter behov."),
], [("Borgers mål", "job-focus", True), ("Hensyn", "vague-accommodation", True),
    (None, "deficit-language", True), (None, "personal-data", True)], "001 L3735-3745; 001 L3816-3819")

# ---------- 3 indstilling, good
doc("Rehabiliteringsteamets indstilling", [
 ("Indstilling", "recommendation",
  "Rehabiliteringsteamet indstiller, at Bo Kristensen tilkendes fleksjob med jobmål som lagerassistent med plukning på truck eller som kontrollør af varemodtagelse i en grossistvirksomhed."),
 ("Begrundelse", "justification",
  "Bo har 18 års erfaring fra Dagrofa Logistik, heraf 9 år som truckfører med A- og B-certifikat. Arbejdsprøvningen hos PostNord i Fredericia (uge 3-12) viste, at han kan udføre plukning og scanning i 12 timer om ugen med en effektivitet på ca. 60 %. Lager- og logistikområdet i Trekantområdet mangler arbejdskraft."),
 ("Jobmål og arbejdsfunktioner", "job-goal",
  "1) Lagerassistent: plukning af ordrer fra lav reol og fra truck, scanning og etikettering. 2) Varemodtager: kontrol af følgesedler, registrering i lagersystem og melding af fejlleverancer."),
 ("Skånehensyn", "accommodations",
  "Løft højst 8 kg og kun mellem knæ- og skulderhøjde. Ingen arbejde på stige eller i reolhøjde over 1,8 m. Truckkørsel højst 1 time i træk pga. vibrationer i lænden. Ikke natarbejde."),
 ("Timeinterval og arbejdsintensitet", "hours",
  "Teamet vurderer, at Bo realistisk kan arbejde 12-16 timer om ugen med en intensitet svarende til ca. 60 %. Arbejdstiden kan ændre sig, hvis arbejdsevnen udvikles."),
 ("Progressionsmål", "progression-goal",
  "Efter 6 måneder forventes Bo at kunne arbejde 16 timer om ugen fordelt på 4 dage, fordi smerteforløbet på Regionshospitalet er afsluttet, og han har fået en fast daglig rytme."),
], [("Indstilling", "job-focus", False), ("Jobmål og arbejdsfunktioner", "job-focus", False),
    ("Skånehensyn", "vague-accommodation", False), (None, "deficit-language", False), (None, "personal-data", False)],
 "000 L155-162; 001 L2377-2378")

# ---------- 4 indstilling, mixed
doc("Indstilling fra rehabiliteringsteamet – Gentofte Kommune", [
 ("Teamets indstilling", "recommendation",
  "Teamet indstiller til fleksjob inden for kontorarbejde."),
 ("Jobmål", "job-goal",
  "Receptionist i en tandlægeklinik eller lægehus: modtagelse af patienter, tidsbestilling i bookingsystem og besvarelse af mails. Alternativt journalskrivning/indscanning i en administrativ enhed."),
 ("Hensyn", "accommodations",
  "Højst 4 timer foran skærm om dagen med 10 minutters pause hver time. Et roligt miljø."),
 ("Begrundelse for indstillingen", "justification",
  "Maja har uddannelse som lægesekretær og 7 års erfaring fra Gentofte Hospital. Efter hjernerystelsen i 2021 har hun nedsat tolerance for lyd og skærmlys, men praktikken hos Tandklinikken Ordrup viste, at hun kan klare 10 timer om ugen med patientmodtagelse, når opgaverne er planlagt dagen før."),
], [("Teamets indstilling", "job-focus", True), ("Jobmål", "job-focus", False), ("Hensyn", "vague-accommodation", True),
    (None, "deficit-language", False), (None, "personal-data", False)], "000 L155-162; 001 L3816-3819")

# ---------- 5 Min Plan export mixed
SUBFORM = "minplan"
doc("Min Plan – Jobnet\nSenest opdateret 14.03.", [
 ("Mit mål", "job-goal",
  "Mit mål er at blive ansat i et fleksjob som buschauffør på bybusserne hos Arriva i Esbjerg, 15-20 timer om ugen."),
 ("På mødet aftalte vi:", "agreement",
  "• Du søger stillingen som buschauffør (deltid) hos Arriva Esbjerg, opslag fra d. 10.03, senest d. 24.03.\n• Du arbejder videre med din ansøgning.\n• Virksomhedskonsulent Rasmus Juhl ringer til driftslederen hos Sydtrafik inden d. 21.03 for at høre om fleksjobmuligheder."),
 ("Skånehensyn", "accommodations",
  "Vagter på højst 4 timer. Ingen delte vagter. Du kører ikke i tidsrummet 22-06."),
], [("Mit mål", "job-focus", False), ("På mødet aftalte vi:", "smart", True), ("Skånehensyn", "vague-accommodation", False),
    (None, "deficit-language", False), (None, "personal-data", False)], "000 L209-225")

# ---------- 6 Min Plan all SMART
doc("Min Plan", [
 ("Jobmål", "job-goal",
  "1. Rengøringsassistent på skoler og kontorer (fx ISS, Elite Miljø).\n2. Opvasker/køkkenhjælper i kantine."),
 ("Aftaler", "agreement",
  "- Du søger 3 stillinger som rengøringsassistent på Jobnet eller Jobindex inden d. 5/4.\n- Du kontakter kantinen på Ballerup Rådhus og spørger efter køkkenleder Lis om en praktik som opvasker inden d. 29/3.\n- Du møder til samtale hos jobformidler Nadia Sørensen d. 8/4 kl. 10.30 og har dine ansøgninger med."),
 ("Referat", "meeting-summary",
  "Vi talte om dit arbejde hos Elite Miljø fra 2015-2019, hvor du gjorde rent på 3 skoler om eftermiddagen. Du fortalte, at du er god til at planlægge din rute og arbejde alene."),
], [("Jobmål", "job-focus", False), ("Aftaler", "smart", False), (None, "deficit-language", False), (None, "personal-data", False)],
 "000 L209-225")

# ---------- 7 opfølgningsnotat, vague
SUBFORM = None
doc("Opfølgning på fleksjob – virksomhedsbesøg 12/9", [
 ("Deltagere", "meeting-summary",
  "Camilla Holm (fleksjobansat), afdelingsleder Jens Riber, Bygma Thisted, virksomhedskonsulent Anne Kirk."),
 ("Status på arbejdsopgaver", "meeting-summary",
  "Camilla arbejder 14 timer om ugen i butikkens farveafdeling med farveblanding, opfyldning af hylder og kundebetjening ved disken. Jens oplyser, at hun er blevet hurtigere til farveblandingen og nu selv håndterer bestillinger fra to faste malerfirmaer."),
 ("Hensyn", "accommodations",
  "Hun har brug for forstående kolleger og at der bliver taget hensyn på dårlige dage."),
 ("Aftaler", "agreement",
  "Der følges op igen senere. Camilla og Jens taler om flere timer, når det passer."),
], [("Hensyn", "vague-accommodation", True), ("Aftaler", "smart", True), (None, "deficit-language", False),
    (None, "personal-data", False)], "000 L293-305")

# ---------- 8 opfølgningsnotat, good
doc("Opfølgningsnotat – fase 4\nVirksomhed: Vestjysk Gartneri ApS, Lemvig", [
 ("Arbejdsopgaver, som den ansatte varetager i dag", "meeting-summary",
  "Ole prikler planter ud, sætter potter på vogne og pakker til Coop-ordrer 3 formiddage om ugen (i alt 12 timer). Han har siden juni også overtaget den daglige vanding af væksthus 2."),
 ("Hvordan lykkes opgaverne", "meeting-summary",
  "Gartneriejer Lise Bach fortæller, at Ole pakker ca. 40 kasser i timen mod 25 i foråret og selv melder fra, hvis han har brug for at skifte opgave."),
 ("Skånehensyn", "accommodations",
  "Fortsat højst 30 minutter i foroverbøjet stilling ved priklebordet, derefter skift til vogne eller vanding. Ingen løft af fyldte potter over 12 kg. Ikke arbejde med sprøjtemidler."),
 ("Aftaler frem mod næste opfølgning", "agreement",
  "• Ole afprøver at køre en eftermiddag mere om ugen (i alt 16 timer) fra uge 42 til uge 47.\n• Lise registrerer antal pakkede kasser pr. time hver fredag og sender oversigten til virksomhedskonsulent Henrik Dam inden mødet d. 25/11.\n• Henrik indkalder til opfølgning på gartneriet d. 25/11 kl. 9."),
], [("Skånehensyn", "vague-accommodation", False), ("Aftaler frem mod næste opfølgning", "smart", False),
    (None, "deficit-language", False), (None, "personal-data", False)], "000 L293-305; 001 L2377-2378")

# ---------- 9 forberedende del, deficit heavy
SUBFORM = "rehab"
doc("Den forberedende del af rehabiliteringsplanen", [
 ("1. Borgerens uddannelses- og beskæftigelsesmål", "job-goal",
  "Borger ved ikke, hvad hun vil. Hun vil gerne have det bedre først."),
 ("2. Helbredsmæssige udfordringer", "challenges",
  "Adspurgt fortæller borger, at hun ikke kan klare noget som helst efter angsten tog til i 2022. Borger siger, at hun får hjertebanken i supermarkeder og ikke kan tage bussen. Hun har PTSD, depression og migræne og sover dårligt. Bgr. oplyser, at hun har været sygemeldt i 3 år og ikke tror, hun kommer tilbage."),
 ("3. Skånehensyn", "accommodations",
  "Ikke natarbejde. Ingen kundevendt telefonarbejde. Ikke arbejde alene i lokalet."),
 ("4. Tidligere indsatser", "previous-efforts",
  "Borger har været i praktik i en genbrugsbutik i 2023, som stoppede efter 2 uger pga. fravær."),
], [("1. Borgerens uddannelses- og beskæftigelsesmål", "job-focus", True), ("3. Skånehensyn", "vague-accommodation", False),
    (None, "deficit-language", True), (None, "personal-data", False)], "001 L3735-3745")

# ---------- 10 indstilling with CPR, otherwise good
doc("INDSTILLING – REHABILITERINGSTEAMET, FREDERIKSHAVN\nSag: Lars Thomsen (cpr 17.09.68-2243)", [
 ("Rehabiliteringsteamets anbefaling", "recommendation",
  "Teamet anbefaler fleksjob som havnearbejder med fortøjning og vejning af fisk på auktionen i Skagen Havn eller som pladsmand med oprydning og affaldssortering på en genbrugsplads."),
 ("Skånehensyn", "accommodations",
  "Ingen løft over 15 kg. Ikke arbejde i frostrum eller kølerum under 5 grader pga. Raynauds fænomen. Højst 2 timer udendørs ad gangen i vinterhalvåret, herefter 20 minutter indendørs."),
 ("Faglig begrundelse", "justification",
  "Lars har 25 år på fiskefartøjer og kender havnens procedurer. Han har vist i praktikken på Frederikshavn Genbrugsplads (8 uger), at han kan sortere og vejlede borgere 10 timer om ugen."),
 ("Timeinterval", "hours",
  "10-15 timer om ugen, intensitet ca. 50 % i starten."),
], [("Rehabiliteringsteamets anbefaling", "job-focus", False), ("Skånehensyn", "vague-accommodation", False),
    (None, "deficit-language", False), (None, "personal-data", True)], "000 L155-162")

# ---------- 11 Min Plan, vague goal, SMART agreements
SUBFORM = "minplan"
doc("MIN PLAN – Jobcenter Tønder", [
 ("Mål", "job-goal",
  "Et job med mennesker."),
 ("Næste skridt", "agreement",
  "• Abdi deltager i informationsmødet om SOSU-uddannelsen på EUC Syd i Tønder d. 6/2 kl. 14.\n• Abdi skriver navnene på 3 plejecentre i Tønder Kommune ned, hvor han kunne tænke sig en praktik, og tager listen med til samtalen d. 13/2.\n• Jobformidler Karen Lind sender Abdi en oversigt over ledige stillinger som servicemedarbejder på plejecentre inden d. 9/2."),
 ("Aktiviteter", "activity",
  "Virksomhedspraktik planlægges efter samtalen d. 13/2."),
], [("Mål", "job-focus", True), ("Næste skridt", "smart", False), (None, "deficit-language", False), (None, "personal-data", False)],
 "000 L209-225; 001 L3784-3800")

# ---------- 12 forberedende del, one vague restriction
SUBFORM = "rehab"
doc("Forberedende del – rehabiliteringsplan (Faxe Kommune)", [
 ("Jobmål", "job-goal",
  "Dennis ønsker at arbejde som lagerarbejder med truck på et tømmerlager, fx XL-Byg i Haslev, eller som chauffør på varebil med lokale leverancer."),
 ("Ønsker til fremtidigt job og uddannelse", "wishes",
  "Han vil gerne tage et opfriskningskursus i truckkørsel (AMU) og evt. kranbevis på sigt."),
 ("Ressourcer", "resources",
  "Dennis har 11 års erfaring som tømrer og kender materialerne på et trælast. Han er stabil, møder til tiden og har kørekort B og C. I fritiden træner han fodbold-U10 i Rønnede IF."),
 ("Skånehensyn", "accommodations",
  "Maks 15 kg løft. Ingen arbejde over skulderhøjde. Skal ikke stå for længe."),
 ("Tidligere indsatser og resultater", "previous-efforts",
  "Arbejdsprøvning hos Haslev Tømmerhandel i 12 uger i 2023: Dennis kunne udføre truckkørsel og ordreplukning 12 timer om ugen, men måtte stoppe arbejdet med at bære lægter pga. skulderen."),
], [("Jobmål", "job-focus", False), ("Skånehensyn", "vague-accommodation", True), (None, "deficit-language", False),
    (None, "personal-data", False)], "001 L3810-3819")

# ---------- 13 indstilling ressourceforløb, vague job goal, reported speech
doc("Rehabiliteringsteamets indstilling – ressourceforløb", [
 ("Indstilling", "recommendation",
  "Teamet indstiller til et ressourceforløb på 2 år med henblik på, at borger på sigt kommer i job."),
 ("Mål for forløbet", "job-goal",
  "At borger bliver mere afklaret og får det bedre."),
 ("Begrundelse", "justification",
  "Bgr. oplyser, at hun ikke kan arbejde pga. smerter og træthed. Borger siger, at lægen har sagt, hun aldrig kommer til at arbejde igen. Borger har fibromyalgi, kronisk træthedssyndrom og IBS og har ikke arbejdet siden 2016."),
 ("Hensyn", "accommodations",
  "Lettere arbejde i eget tempo."),
], [("Indstilling", "job-focus", True), ("Mål for forløbet", "job-focus", True), ("Hensyn", "vague-accommodation", True),
    (None, "deficit-language", True), (None, "personal-data", False)], "001 L3735-3745; 001 L3780-3782")

# ---------- 14 opfølgningsnotat efter praktik, mixed agreements
SUBFORM = None
doc("Notat: opfølgning på virksomhedspraktik\nPraktiksted: Café Klitten, Blokhus", [
 ("Formål med mødet", "meeting-summary",
  "At se på, hvordan de første 4 uger af praktikken som køkkenhjælper er gået, og om praktikken kan pege mod et fleksjob."),
 ("Praktikstedets vurdering", "meeting-summary",
  "Køkkenchef Morten Vinter fortæller, at Emma klarer salatbaren og anretning af smørrebrød selvstændigt og har lært at lave dagens suppe efter opskrift. Hun har mødt stabilt alle 16 aftalte vagter."),
 ("Skånehensyn i praktikken", "accommodations",
  "Emma står ikke ved opvaskemaskinen pga. eksem på hænderne og bruger nitrilhandsker ved rengøring af grønt. Vagterne er kl. 10-13."),
 ("Aftaler", "agreement",
  "1. Morten og Emma aftaler en prøveperiode med én ekstra vagt om ugen i uge 30-33.\n2. Jobcentret afklarer muligheden for fleksjob.\n3. Emma tilmelder sig hygiejnekurset på Tech College Aalborg senest d. 15/7."),
], [("Skånehensyn i praktikken", "vague-accommodation", False), ("Aftaler", "smart", True), (None, "deficit-language", False),
    (None, "personal-data", False)], "000 L96-99; 000 L293-305")

# ---------- 15 Min Plan third person, vague staff agreements
SUBFORM = "minplan"
doc("Min Plan\nPlan for: Yasmin El-Sayed", [
 ("Jobmål", "job-goal",
  "Tandklinikassistent i privat klinik i Odense, alternativt sterilcentralassistent på OUH."),
 ("Aftaler", "agreement",
  "Jobcentret hjælper med jobsøgning.\nYasmin søger løbende relevante stillinger.\nDer følges op ved næste samtale."),
 ("Skånehensyn", "accommodations",
  "Yasmin kan arbejde 3 dage om ugen og har brug for en fridag mellem arbejdsdagene pga. sin sklerose. Hun kan ikke arbejde i rum over 25 grader, fordi varme forværrer symptomerne."),
], [("Jobmål", "job-focus", False), ("Aftaler", "smart", True), ("Skånehensyn", "vague-accommodation", False),
    (None, "deficit-language", False), (None, "personal-data", False)], "001 L3906-3912")

# ---------- 16 forberedende del good with CPR spaces
SUBFORM = "rehab"
doc("Rehabiliteringsplan – forberedende del\nBorger: Ib Mortensen, 290865 1123", [
 ("Mine job- og uddannelsesmål", "job-goal",
  "Jeg vil gerne være værkstedsmedhjælper på et cykelværksted, hvor jeg laver punkteringer, skifter kæder og samler nye cykler, eller arbejde i et genbrugsværksted, fx Cykelhjælpen i Viborg."),
 ("Mine ressourcer", "resources",
  "Jeg har repareret cykler for naboer og børnebørn i 20 år og har været smed i Viborg Maskinfabrik i 16 år. Jeg er god til at finde fejl og forklare kunder, hvad der er galt."),
 ("Mit helbred, og hvad det betyder for mit arbejde", "health",
  "Jeg har KOL og bliver forpustet, når jeg går op ad trapper eller bærer tungt. Jeg kan arbejde ved en arbejdsbænk i ca. 2 timer, og så skal jeg sidde ned i 15 minutter."),
 ("Hensyn", "accommodations",
  "Ikke arbejde i rum med støv, røg eller lakdampe. Ingen trapper i løbet af vagten. Løft højst 10 kg, dvs. at tunge el-cykler løftes af en kollega."),
], [("Mine job- og uddannelsesmål", "job-focus", False), ("Hensyn", "vague-accommodation", False), (None, "deficit-language", False),
    (None, "personal-data", True)], "000 L64-70")

# ---------- 17 indstilling old template 3.2 with vague hensyn
doc("Indstilling\n3.2 Fleksjob (hvis der foreligger et fleksjob)", [
 ("Beskrivelse af fleksjob", "job-goal",
  "Pernille har et fleksjob på hånden hos Stevns Kommunes Hjemmepleje som administrativ medarbejder i planlægningsenheden: vagtplanlægning i Planner, indkaldelse af vikarer og ajourføring af kørelister."),
 ("Hensyn", "accommodations",
  "Lettere arbejde og hensyn til hendes ryg og nakke."),
 ("Progression (beskriv mulighed for progression)", "progression-goal",
  "Pernille starter med 10 timer om ugen og forventes at kunne arbejde 15 timer inden for et år, når hun har fået hæve-sænkebord og lært planlægningssystemet."),
], [("Beskrivelse af fleksjob", "job-focus", False), ("Hensyn", "vague-accommodation", True), (None, "deficit-language", False),
    (None, "personal-data", False)], "001 L4000-4009")

# ---------- 18 opfølgningsnotat journal caps, good
SUBFORM = None
doc("OPFØLGNING – FLEKSJOB HOS NETTO ALBERTSLUND", [
 ("STATUS:", "meeting-summary",
  "Mehmet arbejder nu 18 timer om ugen (var 12 ved start i marts) med varemodtagelse om morgenen og opfyldning af frost og mejeri. Butikschef Helle Nørby er tilfreds og vil gerne give ham ansvaret for datokontrol i mejeriet."),
 ("HENSYN:", "accommodations",
  "Mehmet arbejder ikke i frostrummet mere end 10 minutter ad gangen. Han har 2 pauser á 15 minutter i en vagt på 6 timer. Ingen kasseopgaver, da han ikke kan sidde stille i længere tid pga. diskusprolaps."),
 ("AFTALT:", "agreement",
  "- Helle lærer Mehmet op i datokontrol i uge 37 og 38.\n- Virksomhedskonsulent Sara Iversen ansøger om opjustering af fleksjobbet til 20 timer fra d. 1/10 og sender aftalen til underskrift senest d. 20/9."),
], [("HENSYN:", "vague-accommodation", False), ("AFTALT:", "smart", False), (None, "deficit-language", False),
    (None, "personal-data", False)], "000 L293-318")

# ---------- 19 Min Plan, all weak
SUBFORM = "minplan"
doc("Min Plan – oversigt", [
 ("Mit jobmål", "job-goal",
  "Kontorarbejde."),
 ("Skånehensyn", "accommodations",
  "Pauser efter behov. Ikke for mange mennesker omkring sig."),
 ("Aftaler", "agreement",
  "• Borger forsøger at søge nogle stillinger.\n• Sagsbehandler undersøger muligheder for praktik.\n• Næste samtale aftales senere."),
], [("Mit jobmål", "job-focus", True), ("Skånehensyn", "vague-accommodation", True), ("Aftaler", "smart", True),
    (None, "deficit-language", False), (None, "personal-data", False)], "001 L3816-3819; 001 L3906-3912")

# ---------- 20 forberedende del markdown headings, good, with wishes & challenges
SUBFORM = "rehab"
doc("", [
 ("## Mine jobmål", "job-goal",
  "A) Lagermedarbejder i en webshop med pakning af ordrer, fx Boozt i Ølstykke. B) Scanningsmedarbejder i et arkiv, hvor jeg scanner og registrerer papirsager. C) Servicemedarbejder på et bibliotek med opstilling af bøger."),
 ("## Det er jeg god til", "resources",
  "Jeg er meget omhyggelig og har i min praktik hos Egedal Kommunes arkiv scannet ca. 300 sager om ugen uden fejl i registreringen. Jeg kan lide faste rutiner og har let ved at lære nye IT-systemer."),
 ("## Mine udfordringer", "challenges",
  "Jeg har autisme og ADHD. Jeg bliver træt, hvis der sker mange uventede ting, og kan bruge dagen efter på at komme mig. Med en skriftlig dagsplan klarer jeg det meget bedre."),
 ("## Hensyn, jeg har brug for", "accommodations",
  "En skriftlig plan for dagens opgaver, som jeg får ved vagtens start. Ingen arbejde ved kassen eller i telefonen. Høreværn eller eget hjørne væk fra pakkebåndet. Højst 5 timer pr. dag."),
], [("## Mine jobmål", "job-focus", False), ("## Hensyn, jeg har brug for", "vague-accommodation", False),
    (None, "deficit-language", False), (None, "personal-data", False)], "000 L64-70; 001 L3810-3814")

for d in DOCS:
    assert d["text"].count("\n") >= len(d["sections"])
json.dump(DOCS, open("/work/corpus-writer3/out/documents.json", "w"), ensure_ascii=False, indent=1)
print(len(DOCS))
