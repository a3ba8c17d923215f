/**
 * Hold-out corpus: texts written after the rules, with new wording, body parts, strains, branches and phrasings the rules'
 * own examples do not use. Labels follow the seeds' criteria (cited per entry); the rules were not tuned against these.
 */
import type { CorpusEntry } from './types';

type E = Omit<CorpusEntry, 'split'>;
const hold = (e: E): CorpusEntry => ({ ...e, split: 'holdout' });

export const HOLDOUT: readonly CorpusEntry[] = [
  // Skånehensyn (001 L3810–3819; 000 L157–159)
  hold({ id: 'h-va-1', text: 'Kan ikke tåle kulde.', form: 'rehab', field: 'accommodations', source: '001 L3817–3819 (criterion)', present: ['vague-accommodation'], absent: [] }),
  hold({ id: 'h-va-2', text: 'Undgå stressende situationer og for meget pres.', form: 'rehab', field: 'accommodations', source: '001 L3817–3819', present: ['vague-accommodation'], absent: [] }),
  hold({ id: 'h-va-3', text: 'Borger bør skånes for skarpt lys og stærke dufte.', form: 'rehab', field: 'accommodations', source: '001 L3817–3819', present: ['vague-accommodation'], absent: [] }),
  hold({ id: 'h-va-4', text: 'Hun har svært ved at stå op i længere tid ad gangen.', form: 'rehab', field: 'accommodations', source: '001 L3817–3819', present: ['vague-accommodation'], absent: [] }),
  hold({ id: 'h-va-5', text: 'Der skal tages hensyn til hans knæ og skulder.', form: 'rehab', field: 'health', source: '001 L3817–3819', present: ['vague-accommodation'], absent: [] }),
  hold({ id: 'h-va-6', text: 'Skånebehov: lettere fysisk arbejde og et roligt miljø.', form: 'rehab', field: null, source: '001 L3817–3819', present: ['vague-accommodation'], absent: [] }),
  hold({ id: 'h-va-7', text: 'Aftalt i Min Plan: du skal skånes for travle perioder i butikken.', form: 'minplan', field: 'agreement', source: '001 L3814–3815 (Min Plan)', present: ['vague-accommodation'], absent: [] }),
  hold({ id: 'h-va-8', text: 'Han har brug for pauser og må ikke arbejde for længe ved skærmen.', form: 'rehab', field: 'accommodations', source: '001 L3817–3819', present: ['vague-accommodation'], absent: [] }),
  hold({ id: 'h-va-9', text: 'Ingen nattevagter og ingen kundekontakt i kassen.', form: 'rehab', field: 'accommodations', source: '001 L3810–3811 (specific conditions)', present: [], absent: ['vague-accommodation'] }),
  hold({ id: 'h-va-10', text: 'Skifter mellem stående og siddende arbejde hvert 20. minut; hæve-sænkebord ved pakkebordet.', form: 'rehab', field: 'accommodations', source: '000 L157–159 (concrete)', present: [], absent: ['vague-accommodation'] }),
  hold({ id: 'h-va-11', text: 'Arbejder i et lokale med højst fire kolleger; ingen telefonvagt.', form: 'rehab', field: 'accommodations', source: '001 L3819 (concrete people limit)', present: [], absent: ['vague-accommodation'] }),
  hold({ id: 'h-va-12', text: 'Bærer højst 8 kg ad gangen og skubber varer på rullebord i stedet for at bære dem.', form: 'rehab', field: 'accommodations', source: '004 L570–572 (model)', present: [], absent: ['vague-accommodation'] }),
  hold({ id: 'h-va-13', text: 'Pause på 5 minutter hver halve time ved rengøring af trapper.', form: 'rehab', field: 'accommodations', source: '000 L157–159', present: [], absent: ['vague-accommodation'] }),
  hold({ id: 'h-va-14', text: 'Med hensyn til transport kører borger selv til arbejdspladsen.', form: 'rehab', field: 'resources', source: '001 L1989–1991 ("med hensyn" not a hensyn)', present: [], absent: ['vague-accommodation'] }),
  hold({ id: 'h-va-15', text: 'Arbejdstid kl. 8–12 mandag til torsdag; fri om fredagen til genoptræning.', form: 'rehab', field: 'accommodations', source: '001 L1290 (mødetider)', present: [], absent: ['vague-accommodation'] }),

  // Reported speech and deficit balance (001 L3740–3747; 001 L524–526; 003 L2780–2782)
  hold({ id: 'h-rs-1', text: 'Borgeren oplyser, at hun har ondt i nakken og ikke kan sidde ved en computer.', form: 'rehab', field: 'challenges', source: '001 L3740–3743', present: ['deficit-language'], absent: [] }),
  hold({ id: 'h-rs-2', text: 'Han fortæller, at han tidligere har kørt truck og gerne vil tilbage til et lager.', form: 'rehab', field: 'wishes', source: '001 L3740–3743', present: ['deficit-language'], absent: [] }),
  hold({ id: 'h-rs-3', text: 'Ifølge borger kan hun ikke arbejde om morgenen.', form: 'rehab', field: null, source: '001 L3740–3743', present: ['deficit-language'], absent: [] }),
  hold({ id: 'h-rs-4', text: 'Borger beretter om gode erfaringer fra en praktik i SuperBrugsen. Det fremgår af praktikevalueringen, at hun mødte stabilt og selv tog initiativ til opfyldning.', form: 'rehab', field: 'previous-efforts', source: '001 L3745–3747 (qualified)', present: [], absent: ['deficit-language'] }),
  hold({ id: 'h-def-1', text: 'Borger har ingen energi, magter ikke sociale sammenhænge, har problemer med hukommelsen og er begrænset af smerter i begge hænder.', form: 'rehab', field: 'resources', source: '001 L524–526', present: ['deficit-language'], absent: [] }),
  hold({ id: 'h-def-2', text: 'Mål: borger kan ikke arbejde fuld tid og har svært ved at holde fokus pga. sin depression og søvnproblemer.', form: 'rehab', field: 'job-goal', source: '001 L524–526; 003 L2780–2782', present: ['deficit-language'], absent: [] }),
  hold({ id: 'h-def-3', text: 'Borger er udlært smed og har 12 års erfaring med svejsning. Har i dag svært ved arbejde over hovedhøjde, men kan montere og kontrollere emner ved et bord.', form: 'rehab', field: 'resources', source: '003 L1762–1768 (balance)', present: [], absent: ['deficit-language'] }),
  hold({ id: 'h-def-4', text: 'Hun er god til at strukturere, har kørekort og har været frivillig i genbrugsbutikken i to år.', form: 'rehab', field: 'resources', source: '003 L1740–1744', present: [], absent: ['deficit-language'] }),
  hold({ id: 'h-ill-1', text: 'Borger har været indlagt to gange, venter på en MR-scanning og skal til kontrol hos speciallæge. Hun får smertestillende medicin og går til psykolog hver anden uge.', form: 'rehab', field: 'previous-efforts', source: '001 L3770–3771', present: ['deficit-language'], absent: [] }),

  // Hours and progression (001 L1104–1118; 000 L159–163)
  hold({ id: 'h-hours-1', text: 'Rehabiliteringsteamet indstiller til fleksjob på 15 timer ugentligt.', form: 'rehab', field: 'recommendation', subKind: 'indstilling', source: '001 L1108–1109', present: ['job-focus'], absent: [] }),
  hold({ id: 'h-hours-2', text: '10 timer pr. uge.', form: 'rehab', field: 'hours', source: '001 L1108–1109', present: ['job-focus'], absent: [] }),
  hold({ id: 'h-hours-3', text: 'Forventet timeinterval: mellem 12 og 16 timer om ugen ved en intensitet på 60 %; kan ændre sig over tid.', form: 'rehab', field: 'hours', source: '000 L159–163', present: [], absent: ['job-focus'] }),
  hold({ id: 'h-hours-4', text: 'Arbejdsevnen skønnes at ligge på 4-6 timer om ugen med mulighed for at gå op i tid.', form: 'rehab', field: 'hours', source: '001 L1117–1118', present: [], absent: ['job-focus'] }),
  hold({ id: 'h-prog-1', text: 'Målet er at komme op på flere timer inden næste opfølgning.', form: 'rehab', field: 'progression-goal', source: '001 L1104–1106', present: ['job-focus'], absent: [] }),
  hold({ id: 'h-prog-2', text: 'Progression: øge timetallet fra 6 til 9 timer.', form: 'minplan', field: 'agreement', source: '001 L4011–4013', present: ['job-focus'], absent: [] }),
  hold({ id: 'h-prog-3', text: 'Borger overtager selvstændigt bestillingen af varer til kantinen og går fra 8 til 10 timer, når det fungerer; status ved opfølgning d. 3.6.', form: 'rehab', field: 'progression-goal', source: '001 L1117–1118, L4050–4052', present: [], absent: ['job-focus'] }),
  hold({ id: 'h-prog-4', text: 'Udvikling: højere tempo i opfyldningen og færre pauser.', form: 'rehab', field: 'progression-goal', source: '003 L4322–4326', present: [], absent: ['job-focus'] }),

  // Job goal (001 L889–891, L3786–3787)
  hold({ id: 'h-jg-1', text: 'Borgers mål er at komme i arbejde igen.', form: 'minplan', field: 'job-goal', source: '001 L3786–3787', present: ['job-focus'], absent: [] }),
  hold({ id: 'h-jg-2', text: 'Teamet anbefaler et fleksjob på nedsat tid og et forløb med mentorstøtte.', form: 'rehab', field: 'recommendation', subKind: 'indstilling', source: '001 L889–891', present: ['job-focus'], absent: [] }),
  hold({ id: 'h-jg-3', text: 'Jobmål: chauffør for skolekørsel eller budchauffør i et mindre vognmandsfirma.', form: 'rehab', field: 'job-goal', source: '004 L472–510 (Buschauffør for skolekørsel)', present: [], absent: ['job-focus'] }),
  hold({ id: 'h-jg-4', text: 'Mit mål er at blive ansat som frisørassistent i en salon i Vejle.', form: 'minplan', field: 'job-goal', source: '001 L3786–3787', present: [], absent: ['job-focus'] }),

  // Agreements (000 L213–227; 001 L3050–3052)
  hold({ id: 'h-ag-1', text: 'Du skal være aktivt jobsøgende.', form: 'minplan', field: 'agreement', source: '001 L3907–3908', present: ['smart'], absent: [] }),
  hold({ id: 'h-ag-2', text: 'Borger er vejledt om jobsøgning og har fokus på at finde et job.', form: 'minplan', field: 'agreement', source: '001 L3050–3052', present: ['smart'], absent: [] }),
  hold({ id: 'h-ag-3', text: 'Du ringer til tre genbrugsbutikker i Horsens og spørger efter småjob senest fredag d. 14. marts.', form: 'minplan', field: 'agreement', source: '000 L213–227 (style)', present: [], absent: ['smart'] }),
  hold({ id: 'h-ag-4', text: 'Du opdaterer dit CV med dine opgaver fra Lidl og sender det til jobformidleren inden uge 12.', form: 'minplan', field: 'agreement', source: '000 L219–222 (style)', present: [], absent: ['smart'] }),
  hold({ id: 'h-ag-5', text: 'Praktikken skal afklare borgers arbejdsevne.', form: 'minplan', field: 'activity', source: '001 L1039–1041', present: ['job-focus'], absent: [] }),

  // CV (001 L3626–3629, L3876–3884)
  hold({ id: 'h-cv-1', text: 'Alt muligt, bare det er på deltid.', form: 'cv', field: 'cv-job-wish', source: '001 L3876–3877', present: ['job-focus'], absent: [] }),
  hold({ id: 'h-cv-2', text: 'Tjener, bartender eller opvasker.', form: 'cv', field: 'cv-job-wish', source: '001 L3876–3877', present: [], absent: ['job-focus'] }),
  hold({ id: 'h-cv-3', text: 'Jeg er en ærlig, pålidelig og hjælpsom person med masser af gå-på-mod.', form: 'cv', field: 'cv-profile', source: '001 L3629, L3698–3700', present: ['job-focus'], absent: [] }),
  hold({ id: 'h-cv-4', text: 'Uddannet ernæringsassistent med 10 års erfaring fra storkøkken, hvor jeg stod for madlavning, bestilling af varer og hygiejne. Søger deltidsjob i en kantine.', form: 'cv', field: 'cv-profile', source: '001 L3629', present: [], absent: ['job-focus', 'personal-data'] }),
  hold({ id: 'h-cv-5', text: 'Pedel på Vestskolen 2012–2019.', form: 'cv', field: 'cv-experience', source: '001 L3626–3627', present: ['job-focus'], absent: [] }),
  hold({ id: 'h-cv-6', text: 'Receptionist hos Danhostel: modtagelse af gæster, booking af værelser og besvarelse af telefoner.', form: 'cv', field: 'cv-experience', source: '001 L3626–3627', present: [], absent: ['job-focus'] }),
  hold({ id: 'h-cv-7', text: 'Jeg lider af piskesmæld og fibromyalgi, så jeg kan kun arbejde få timer.', form: 'cv', field: 'cv-profile', source: '001 L3882–3884', present: ['personal-data'], absent: [] }),
  hold({ id: 'h-cv-8', text: 'Har arbejdet som hjemmehjælper med personlig pleje af ældre med KOL og diabetes.', form: 'cv', field: 'cv-experience', source: '001 L3626–3627 (professional context)', present: [], absent: ['personal-data'] }),

  // Personal data (issue 3 item 8)
  hold({ id: 'h-cpr-1', text: 'Personnummer: 3108901234.', form: 'minplan', field: 'meeting-summary', source: 'issue 3 item 8', present: ['personal-data'], absent: [] }),
  hold({ id: 'h-cpr-2', text: 'Faktura nr. 1203851234 er betalt; CVR 29403473.', form: 'rehab', field: null, source: 'issue 3 item 8 (look-alikes)', present: [], absent: ['personal-data'] }),
  hold({ id: 'h-cpr-3', text: 'Mødet blev holdt 12.03.2025 kl. 13.15 i lokale 2.14.', form: 'minplan', field: 'meeting-summary', source: 'issue 3 item 8 (dates)', present: [], absent: ['personal-data'] }),

  // Plain language
  hold({ id: 'h-plain-1', text: 'Det blev på mødet, hvor både borger, jobformidler, virksomhedskonsulent og en repræsentant fra kommunens sundhedsafdeling deltog, aftalt, at borger i den kommende periode skal afprøve forskellige arbejdsopgaver i en virksomhed inden for detailhandlen for at afklare, hvilke opgaver der passer bedst.', form: 'minplan', field: 'meeting-summary', source: '003 L2801', present: ['plain-language'], absent: [] }),

  // --- Second hold-out batch: longer, mixed, realistic texts (written before any rule change after batch 1) ---
  hold({ id: 'h2-fd-1', text: 'Borger er 52 år og har arbejdet som sosu-hjælper i 20 år. Hun stoppede pga. slidgigt i knæene. Hun fortæller, at hun savner kontakten med de ældre og gerne vil arbejde med mennesker igen, fx som aktivitetsmedarbejder.', form: 'rehab', field: 'resources', source: '001 L3740–3743 (reported speech, no assessment)', present: ['deficit-language'], absent: ['personal-data', 'vague-accommodation'] }),
  hold({ id: 'h2-fd-2', text: 'Borger har erfaring fra lager og produktion. I praktikken hos Danish Crown har han pakket og mærket varer 3 timer dagligt. Virksomheden melder, at han arbejder stabilt og hurtigt lærer nye opgaver.', form: 'rehab', field: 'previous-efforts', source: '003 L1715–1721 (concrete functions from praktik)', present: [], absent: ['deficit-language', 'job-focus', 'vague-accommodation'] }),
  hold({ id: 'h2-fd-3', text: 'Hensyn: Borger skal have et skånsomt job uden for meget fysisk belastning.', form: 'rehab', field: null, source: '001 L3817–3819', present: ['vague-accommodation'], absent: [] }),
  hold({ id: 'h2-fd-4', text: 'Skånehensyn i jobbet som køkkenmedhjælper: løfter ikke gryder over 10 kg; står højst 30 minutter ad gangen ved opvasken, derefter siddende arbejde med grøntsager.', form: 'rehab', field: 'accommodations', source: '001 L3810–3811 (tied to tasks)', present: [], absent: ['vague-accommodation'] }),
  hold({ id: 'h2-fd-5', text: 'Borger er bekymret for fremtiden, sover dårligt og har mistet troen på sig selv. Hun har svært ved at se sig selv på en arbejdsplads og frygter at blive syg igen.', form: 'rehab', field: 'wishes', source: '001 L524–526', present: ['deficit-language'], absent: [] }),
  hold({ id: 'h2-in-1', text: 'Rehabiliteringsteamet indstiller til fleksjob. Teamet vurderer, at borger kan arbejde 8-12 timer om ugen som lagermedarbejder eller chauffør med opgaver som pakning og udbringning, og at timetallet kan øges.', form: 'rehab', field: 'recommendation', subKind: 'indstilling', source: '000 L157–163', present: [], absent: ['job-focus', 'deficit-language'] }),
  hold({ id: 'h2-in-2', text: 'Teamet indstiller til fleksjob, da borgers arbejdsevne er varigt og væsentligt nedsat. Borger kan arbejde 10 timer om ugen.', form: 'rehab', field: 'recommendation', subKind: 'indstilling', source: '001 L1108–1109, L889–891', present: ['job-focus'], absent: [] }),
  hold({ id: 'h2-in-3', text: 'Progressionsmål: borger skal på sigt op på 15 timer.', form: 'rehab', field: 'progression-goal', subKind: 'indstilling', source: '001 L1104–1106', present: ['job-focus'], absent: [] }),
  hold({ id: 'h2-in-4', text: 'Progressionsmål: borger lærer kasseafstemning og kan efter 3 måneder stå alene i butikken om formiddagen; herefter drøftes flere timer.', form: 'rehab', field: 'progression-goal', subKind: 'indstilling', source: '001 L1117–1118', present: [], absent: ['job-focus'] }),
  hold({ id: 'h2-mp-1', text: '- Du søger mindst 2 stillinger om ugen via Jobnet\n- Du kontakter Netto i Brande om et småjob inden d. 20.4.\n- Jobformidler Mette sender dig 3 jobopslag inden fredag.', form: 'minplan', field: 'agreement', source: '000 L209–227 (style)', present: [], absent: ['smart', 'job-focus'] }),
  hold({ id: 'h2-mp-2', text: '- Borger arbejder videre med sin jobsøgning\n- Vi tager en snak om det på næste møde', form: 'minplan', field: 'agreement', source: '001 L3050–3052, L3907', present: ['smart'], absent: [] }),
  hold({ id: 'h2-mp-3', text: 'Borger skal finde en praktikplads hurtigst muligt.', form: 'minplan', field: 'agreement', source: 'issue 3 item 5 ("hurtigst muligt")', present: ['smart'], absent: [] }),
  hold({ id: 'h2-mp-4', text: 'Jobmål: noget på et kontor.', form: 'minplan', field: 'job-goal', source: '001 L3786–3787', present: ['job-focus'], absent: [] }),
  hold({ id: 'h2-mp-5', text: 'Dine jobmål er butiksassistent i byggemarked (A) og lagermedarbejder (B). Du besøger Silvan i Herning inden d. 2.5.', form: 'minplan', field: 'job-goal', source: '001 L2045–2059 (ABC), L3786–3787', present: [], absent: ['job-focus', 'smart'] }),
  hold({ id: 'h2-cv-1', text: 'Jeg søger et job hvor jeg kan bruge mine kompetencer.', form: 'cv', field: 'cv-job-wish', source: '001 L3876–3877', present: ['job-focus'], absent: [] }),
  hold({ id: 'h2-cv-2', text: 'Butiksmedarbejder, lagerassistent, pakkeriarbejde.', form: 'cv', field: 'cv-job-wish', source: '001 L3876–3877', present: [], absent: ['job-focus'] }),
  hold({ id: 'h2-cv-3', text: 'Jeg er en stabil og mødestabil medarbejder, som altid møder til tiden og er klar på nye udfordringer.', form: 'cv', field: 'cv-profile', source: '001 L3629 (unbacked claims)', present: ['job-focus'], absent: ['personal-data'] }),
  hold({ id: 'h2-cv-4', text: 'Efter et langt sygdomsforløb med kræft er jeg klar til at komme tilbage på arbejdsmarkedet.', form: 'cv', field: 'cv-profile', source: '001 L3882–3884', present: ['personal-data'], absent: [] }),
  hold({ id: 'h2-cv-5', text: 'Chauffør hos Arla 2010–2018. Kørte mejerivarer ud til butikker på Fyn og stod for af- og pålæsning.', form: 'cv', field: 'cv-experience', source: '001 L3626–3627', present: [], absent: ['job-focus', 'personal-data'] }),
  hold({ id: 'h2-cv-6', text: 'Rengøringsassistent.', form: 'cv', field: 'cv-experience', source: '001 L3626–3627 (title without tasks)', present: ['job-focus'], absent: [] }),
  hold({ id: 'h2-cpr-1', text: 'Kontakt: Jens Jensen, 051278-2231, tlf. 40 50 60 70.', form: 'minplan', field: null, source: 'issue 3 item 8', present: ['personal-data'], absent: [] }),
  hold({ id: 'h2-cpr-2', text: 'Ordrenr. 2403191122 og reg.nr. 1551 kontonr. 3456789012.', form: null, field: null, source: 'issue 3 item 8 (look-alikes)', present: [], absent: ['personal-data'] }),
  hold({ id: 'h2-ac-1', text: 'Skal kunne sidde ned efter behov, og tunge opgaver som at flytte borde klares af kollegerne.', form: 'rehab', field: 'accommodations', source: '004 L570–572 (arrangement)', present: [], absent: ['vague-accommodation'] }),
  hold({ id: 'h2-ac-2', text: 'Borger tåler ikke larm og skal ikke arbejde i store grupper.', form: 'rehab', field: 'accommodations', source: '001 L3819', present: ['vague-accommodation'], absent: [] }),
  hold({ id: 'h2-ac-3', text: 'Hun kan ikke bøje sig ned og skal undgå gentagne bevægelser med armene.', form: 'rehab', field: 'accommodations', source: '001 L3817–3819', present: ['vague-accommodation'], absent: [] }),

  // --- Third hold-out batch (written after the fixes that followed batch 2; measured once, never tuned against) ---
  hold({ id: 'h3-1', text: 'Borger kan ikke holde til at gå på hårdt underlag i længere tid.', form: 'rehab', field: 'accommodations', source: '001 L3817–3819', present: ['vague-accommodation'], absent: [] }),
  hold({ id: 'h3-2', text: 'Skal undgå monotont arbejde og arbejde i højt tempo.', form: 'rehab', field: 'accommodations', source: '001 L3817–3819', present: ['vague-accommodation'], absent: [] }),
  hold({ id: 'h3-3', text: 'Borger har behov for en skærmet arbejdsplads med højst 2 kolleger i rummet og mulighed for at gå en tur hver time.', form: 'rehab', field: 'accommodations', source: '000 L157–159', present: [], absent: ['vague-accommodation'] }),
  hold({ id: 'h3-4', text: 'Ingen arbejde med rengøringsmidler pga. eksem; handsker ved opvask.', form: 'rehab', field: 'accommodations', source: '001 L3810–3811', present: [], absent: ['vague-accommodation'] }),
  hold({ id: 'h3-5', text: 'I praktikken skal der tages særligt hensyn til borgers psykiske tilstand.', form: 'minplan', field: 'activity', source: '001 L3814–3815', present: ['vague-accommodation'], absent: [] }),
  hold({ id: 'h3-6', text: 'Borger siger, at hun har været ked af det og ikke har lyst til at komme ud.', form: 'rehab', field: 'wishes', source: '001 L3740–3743', present: ['deficit-language'], absent: [] }),
  hold({ id: 'h3-7', text: 'Borger har gennem 15 år drevet egen frisørsalon og har stærke kompetencer i kundebetjening, booking og regnskab. Hun har ondt i skuldrene.', form: 'rehab', field: 'resources', source: '003 L1762–1768', present: [], absent: ['deficit-language', 'job-focus'] }),
  hold({ id: 'h3-8', text: 'Borger magter ikke at være blandt mennesker, har dårlig koncentration, er ofte træt og har mange smerter. Har ikke overskud til jobsøgning.', form: 'rehab', field: 'job-goal', source: '001 L524–526', present: ['deficit-language', 'job-focus'], absent: [] }),
  hold({ id: 'h3-9', text: 'Teamet indstiller til fleksjob med et forventet timetal på 5 timer om ugen.', form: 'rehab', field: 'recommendation', subKind: 'indstilling', source: '001 L1108–1109', present: ['job-focus'], absent: [] }),
  hold({ id: 'h3-10', text: 'Teamet vurderer, at borger kan arbejde 10–15 timer om ugen som receptionist eller kontorassistent, og at arbejdsevnen kan udvikles.', form: 'rehab', field: 'recommendation', subKind: 'indstilling', source: '000 L157–163', present: [], absent: ['job-focus'] }),
  hold({ id: 'h3-11', text: 'Progression: flere arbejdstimer.', form: 'rehab', field: 'progression-goal', source: '001 L1104–1106', present: ['job-focus'], absent: [] }),
  hold({ id: 'h3-12', text: 'Udvikling: borger lærer at betjene opvaskemaskinen alene og tager flere ture med madvognen.', form: 'rehab', field: 'progression-goal', source: '003 L4322–4326', present: [], absent: ['job-focus'] }),
  hold({ id: 'h3-13', text: 'Du skal kigge efter job.', form: 'minplan', field: 'agreement', source: '001 L3907–3908', present: ['smart'], absent: [] }),
  hold({ id: 'h3-14', text: 'Du sender en uopfordret ansøgning til Lego i Billund inden d. 30.9. og ringer til dem ugen efter.', form: 'minplan', field: 'agreement', source: '000 L213–217', present: [], absent: ['smart'] }),
  hold({ id: 'h3-15', text: 'Du overvejer at tage et truckcertifikat.', form: 'minplan', field: 'agreement', source: '001 L3050–3052', present: ['smart'], absent: [] }),
  hold({ id: 'h3-16', text: 'Jeg vil gerne arbejde med noget kreativt.', form: 'cv', field: 'cv-job-wish', source: '001 L3876–3877', present: ['job-focus'], absent: [] }),
  hold({ id: 'h3-17', text: 'Tandklinikassistent eller receptionist i sundhedssektoren.', form: 'cv', field: 'cv-job-wish', source: '001 L3876–3877', present: [], absent: ['job-focus'] }),
  hold({ id: 'h3-18', text: 'Positiv, engageret og altid klar med et smil.', form: 'cv', field: 'cv-profile', source: '001 L3629', present: ['job-focus'], absent: [] }),
  hold({ id: 'h3-19', text: 'Sygemeldt med depression 2020.', form: 'cv', field: 'cv-experience', source: '001 L3882–3884', present: ['personal-data'], absent: [] }),
  hold({ id: 'h3-20', text: 'Skolebuschauffør i Ikast Kommune; kørte morgen- og eftermiddagsruter og hjalp børnene ind og ud af bussen.', form: 'cv', field: 'cv-experience', source: '004 L472–510; 001 L3626–3627', present: [], absent: ['job-focus', 'personal-data'] }),
  hold({ id: 'h3-21', text: 'Medhjælper i Føtex.', form: 'cv', field: 'cv-experience', source: '001 L3626–3627', present: ['job-focus'], absent: [] }),
  hold({ id: 'h3-22', text: 'Borgers cpr-nr. er 221174-3389, og hun bor i Holstebro.', form: 'rehab', field: 'resources', source: 'issue 3 item 8', present: ['personal-data'], absent: [] }),
  hold({ id: 'h3-23', text: 'Reference 300575 4412 ved henvendelse til Udbetaling Danmark.', form: 'rehab', field: null, source: 'issue 3 item 8 (reference number)', present: [], absent: ['personal-data'] }),
  hold({ id: 'h3-24', text: 'Virksomhedspraktik hos Bauhaus med henblik på at afklare, om borger kan varetage vareopfyldning 3 timer om dagen.', form: 'minplan', field: 'activity', source: '001 L386–390', present: [], absent: ['job-focus'] }),
  hold({ id: 'h3-25', text: 'Borger fortæller, at hun elsker at bage. Jobcentret vurderer, at hun kan arbejde som bagermedhjælper med udgangspunkt i praktikken hos Lagkagehuset.', form: 'rehab', field: 'wishes', source: '001 L3745–3747', present: [], absent: ['deficit-language', 'job-focus'] }),

  // --- Fourth hold-out batch (written last, after every rule change; the figures reported are from its first run) ---
  hold({ id: 'h4-1', text: 'Borger tåler ikke at arbejde i kolde lokaler i lang tid.', form: 'rehab', field: 'accommodations', source: '001 L3817–3819', present: ['vague-accommodation'], absent: [] }),
  hold({ id: 'h4-2', text: 'Han må ikke udsættes for stærke vibrationer fra maskiner.', form: 'rehab', field: 'accommodations', source: '001 L3817–3819', present: ['vague-accommodation'], absent: [] }),
  hold({ id: 'h4-3', text: 'Arbejdet skal foregå i stueplan, da borger ikke kan gå på trapper.', form: 'rehab', field: 'accommodations', source: '001 L3810–3811 (specific condition)', present: [], absent: ['vague-accommodation'] }),
  hold({ id: 'h4-4', text: 'Borger kan højst arbejde 3 timer ad gangen og skal have en pause på 15 minutter efter hver time ved skærmen.', form: 'rehab', field: 'accommodations', source: '000 L157–159', present: [], absent: ['vague-accommodation'] }),
  hold({ id: 'h4-5', text: 'Skånehensyn: skal skånes for ensidigt gentaget arbejde.', form: 'minplan', field: 'job-goal', source: '001 L3814–3819', present: ['vague-accommodation'], absent: [] }),
  hold({ id: 'h4-6', text: 'Borger oplyser, at hendes mand er syg, og at hun derfor ikke kan arbejde om eftermiddagen.', form: 'rehab', field: 'challenges', source: '001 L3740–3743', present: ['deficit-language'], absent: [] }),
  hold({ id: 'h4-7', text: 'Borger har været ansat 9 år som kassemedarbejder i Rema 1000 og trives med faste rutiner. Det er jobcentrets vurdering, at hun kan varetage kasse og opfyldning i et mindre tempo.', form: 'rehab', field: 'resources', source: '001 L3745–3747', present: [], absent: ['deficit-language', 'vague-accommodation'] }),
  hold({ id: 'h4-8', text: 'Borger er præget af træthed, smerter og angst og har begrænset overskud. Hun har svært ved at overskue nye situationer og magter ikke kundekontakt.', form: 'rehab', field: 'resources', source: '001 L524–526', present: ['deficit-language'], absent: [] }),
  hold({ id: 'h4-9', text: 'Borger kan arbejde 7 timer om ugen.', form: 'rehab', field: 'recommendation', subKind: 'indstilling', source: '001 L1108–1109', present: ['job-focus'], absent: [] }),
  hold({ id: 'h4-10', text: 'Timetal: mellem 5 og 8 timer om ugen, forventes at kunne øges gradvist.', form: 'rehab', field: 'hours', source: '000 L159–163', present: [], absent: ['job-focus'] }),
  hold({ id: 'h4-11', text: 'Målet er, at borger arbejder flere timer om et halvt år.', form: 'rehab', field: 'progression-goal', source: '001 L1104–1106', present: ['job-focus'], absent: [] }),
  hold({ id: 'h4-12', text: 'Progressionsmål: borger lærer at modtage varer selvstændigt og kan på sigt tage ansvar for bestillinger.', form: 'rehab', field: 'progression-goal', source: '001 L1117–1118', present: [], absent: ['job-focus'] }),
  hold({ id: 'h4-13', text: 'Teamet indstiller borger til fleksjob inden for et relevant område.', form: 'rehab', field: 'recommendation', subKind: 'indstilling', source: '001 L889–891', present: ['job-focus'], absent: [] }),
  hold({ id: 'h4-14', text: 'Jobmål: medhjælper i dagpleje eller vuggestue med fokus på leg og måltider.', form: 'rehab', field: 'job-goal', source: '001 L3786–3787', present: [], absent: ['job-focus'] }),
  hold({ id: 'h4-15', text: 'Du skal arbejde på at blive mere aktiv i din jobsøgning.', form: 'minplan', field: 'agreement', source: '001 L3050–3052', present: ['smart'], absent: [] }),
  hold({ id: 'h4-16', text: 'Du møder op til jobsamtale hos Stark i Viborg tirsdag d. 4. juni kl. 10 og tager dit CV med.', form: 'minplan', field: 'agreement', source: '000 L223–227', present: [], absent: ['smart', 'job-focus'] }),
  hold({ id: 'h4-17', text: 'Jobcentret undersøger muligheder for praktik.', form: 'minplan', field: 'agreement', source: '001 L3056–3058', present: ['smart'], absent: [] }),
  hold({ id: 'h4-18', text: 'Jeg søger et job, hvor der er gode kolleger og en god stemning.', form: 'cv', field: 'cv-job-wish', source: '001 L3876–3877', present: ['job-focus'], absent: [] }),
  hold({ id: 'h4-19', text: 'Bogholderassistent, lønbogholder eller administrativ medarbejder.', form: 'cv', field: 'cv-job-wish', source: '001 L3876–3877', present: [], absent: ['job-focus'] }),
  hold({ id: 'h4-20', text: 'Jeg er omgængelig, humoristisk og har let ved at falde til.', form: 'cv', field: 'cv-profile', source: '001 L3629', present: ['job-focus'], absent: [] }),
  hold({ id: 'h4-21', text: 'Efter min hjerneblødning i 2021 har jeg gået til genoptræning og er nu klar til et job på få timer.', form: 'cv', field: 'cv-profile', source: '001 L3882–3884', present: ['personal-data'], absent: [] }),
  hold({ id: 'h4-22', text: 'Lagerarbejder hos Bestseller 2014–2019.', form: 'cv', field: 'cv-experience', source: '001 L3626–3627', present: ['job-focus'], absent: [] }),
  hold({ id: 'h4-23', text: 'Servicemedarbejder på Hotel Scandic: oprydning af værelser, vask af linned og opfyldning af minibarer.', form: 'cv', field: 'cv-experience', source: '001 L3626–3627', present: [], absent: ['job-focus', 'personal-data'] }),
  hold({ id: 'h4-24', text: 'Borger, cpr 0703921357, mødte ikke op.', form: 'minplan', field: 'meeting-summary', source: 'issue 3 item 8', present: ['personal-data'], absent: [] }),
  hold({ id: 'h4-25', text: 'Telefon 70 20 30 40, journalnr. 150392-0012 og dato 15.03.92.', form: 'rehab', field: null, source: 'issue 3 item 8 (look-alikes)', present: [], absent: ['personal-data'] }),
];
