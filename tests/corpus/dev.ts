/**
 * Development corpus: verbatim seed examples (with their line citations) and the constructed good/poor pairs of
 * research/seed-001.md §2.5 and research/seed-003.md §2.6 (placeholders filled with invented names/dates).
 */
import type { CorpusEntry } from './types';

type E = Omit<CorpusEntry, 'split'>;
const dev = (e: E): CorpusEntry => ({ ...e, split: 'dev' });

export const DEV: readonly CorpusEntry[] = [
  // --- Skånehensyn: the seed's three poor examples (001 L3817–3819), in the fields where they occur ---
  dev({ id: 'seed-va-1', text: 'Ingen tunge løft', form: 'rehab', field: 'accommodations', source: '001 L3818–3819', present: ['vague-accommodation'], absent: ['personal-data'] }),
  dev({ id: 'seed-va-2', text: 'skal ikke være omgivet af mange mennesker', form: 'rehab', field: 'accommodations', source: '001 L3819', present: ['vague-accommodation'], absent: [] }),
  dev({ id: 'seed-va-3', text: 'skal skånes for høje lyde', form: 'rehab', field: 'accommodations', source: '001 L3819', present: ['vague-accommodation'], absent: [] }),
  dev({ id: 'seed-va-4', text: 'Skånehensyn: Ingen tunge løft, skal ikke være omgivet af mange mennesker, skal skånes for høje lyde.', form: 'rehab', field: null, source: '001 L3818–3819 (as one list)', present: ['vague-accommodation'], absent: ['personal-data'] }),
  dev({ id: 'seed-va-5', text: 'Jobmål: lagermedarbejder. Skånehensyn: ingen tunge løft.', form: 'minplan', field: 'job-goal', source: '001 L3814–3819 (Min Plan, 37 % concrete)', present: ['vague-accommodation'], absent: ['job-focus'] }),
  // Constructed better versions (research/seed-001.md §2.5)
  dev({ id: 'r1-va-good-1', text: 'Jobmål lagermedarbejder: kan varetage plukning af småvarer; løft over 10 kg (fx paller) varetages af kollega eller med palleløfter.', form: 'rehab', field: 'accommodations', source: 'research 001 §2.5 row 1', present: [], absent: ['vague-accommodation'] }),
  dev({ id: 'r1-va-good-2', text: 'Ved opvask arbejder borger i rummet bag køkkenet uden maskinstøj og med høreværn; opgaver ved opvaskemaskinen indgår ikke i opstarten.', form: 'rehab', field: 'accommodations', source: 'research 001 §2.5 row 2', present: [], absent: ['vague-accommodation'] }),
  dev({ id: 'r1-va-good-3', text: 'Opgaver i varemodtagelsen frem for kundevendt kasse; fast kontaktperson: butikschef Lone.', form: 'rehab', field: 'accommodations', source: 'research 001 §2.5 row 3', present: [], absent: ['vague-accommodation'] }),
  // research/seed-003.md §2.6 pairs
  dev({ id: 'cf01-poor', text: 'Borger skal tage hensyn til sit helbred.', form: 'rehab', field: 'accommodations', subKind: 'indstilling', source: 'research 003 CF-01 poor', present: ['vague-accommodation'], absent: [] }),
  dev({ id: 'cf01-good', text: 'Skånehensyn: ingen løft af tunge kasser fra gulvhøjde (løft fra bordhøjde er muligt); fritages for særligt belastende opgaver som gulvvask; arbejdsopgaver, der ikke skal løses på et bestemt tidspunkt.', form: 'rehab', field: 'accommodations', subKind: 'indstilling', source: 'research 003 CF-01 good; 004 L570–572', present: [], absent: ['vague-accommodation'] }),
  dev({ id: 'cf02-poor', text: 'Skal skånes. Kan ikke tåle stress.', form: 'rehab', field: 'accommodations', source: 'research 003 CF-02 poor', present: ['vague-accommodation'], absent: [] }),
  dev({ id: 'cf02-good', text: 'Skånehensyn: opgaver uden skarpe deadlines; fast kontaktperson/mentor de første måneder for at skabe struktur; ved forværring aftales kortvarig nedsættelse af timetallet.', form: 'rehab', field: 'accommodations', source: 'research 003 CF-02 good', present: [], absent: ['vague-accommodation'] }),
  dev({ id: 'cf16-poor', text: 'Har sociale vanskeligheder.', form: 'rehab', field: 'accommodations', source: 'research 003 CF-16 poor', present: ['vague-accommodation'], absent: [] }),
  dev({ id: 'cf16-good', text: 'Trives med faste opgaver og få, kendte kolleger; mentor de første 3 måneder; introduktion til arbejdspladsens frokost og morgenmøde for at skabe tilknytning.', form: 'rehab', field: 'accommodations', source: 'research 003 CF-16 good; 003 L4000–4006', present: [], absent: ['vague-accommodation'] }),
  dev({ id: 'cf17-good', text: 'Timetal: 10 timer om ugen, mandag/onsdag/fredag 9–12.20. Arbejdsopgaver: opfyldning, varemodtagelse, oprydning. Skånehensyn: ingen løft over skulderhøjde; mulighed for pause efter behov. Ændringer i timetal aftales løbende.', form: 'rehab', field: null, source: 'research 003 CF-17', present: [], absent: ['vague-accommodation', 'personal-data'] }),
  dev({ id: 'x10-good', text: 'I køkkenet løfter kollegerne de tunge madkasser op på bordet, så borger kan pakke dem uden at løfte fra gulvet.', form: 'rehab', field: 'accommodations', source: '004 L570–572', present: [], absent: ['vague-accommodation'] }),
  dev({ id: 'issue-va-good-1', text: 'Max 5 kg løft, højst 10 gange i timen.', form: 'rehab', field: 'accommodations', source: 'issue 3 item 4 (concrete example)', present: [], absent: ['vague-accommodation'] }),
  dev({ id: 'seed-deltid', text: 'Du søger et deltidsjob – med hensyn – som kundeservicemedarbejder.', form: 'minplan', field: 'job-goal', source: '001 L1989–1991, L2418–2419 (GOOD framing)', present: [], absent: ['vague-accommodation', 'job-focus'] }),

  // --- Reported speech (001 L3740–3743) ---
  dev({ id: 'seed-rs-1', text: 'Borger siger, at hun ikke kan tåle stress og ikke kan arbejde mere end få timer.', form: 'rehab', field: 'resources', source: '001 L3741–3742 ("borger siger…"); research 001 §2.5 row 6', present: ['deficit-language'], absent: ['personal-data'] }),
  dev({ id: 'seed-rs-2', text: 'Adspurgt fortæller borger, at han gerne vil arbejde med noget praktisk.', form: 'rehab', field: 'wishes', source: '001 L3742 ("adspurgt fortæller borger...")', present: ['deficit-language'], absent: [] }),
  dev({ id: 'r1-rs-good', text: 'Borger har erfaring med kundebetjening og kasse fra 8 år i Netto. Vurderet sammen med borger kan hun varetage opfyldning og varemodtagelse i roligt tempo; udviklingsmulighed: kasse på travle tidspunkter.', form: 'rehab', field: 'resources', source: 'research 001 §2.5 row 6 (better)', present: [], absent: ['deficit-language'] }),
  dev({ id: 'rs-qualified', text: 'Borger fortæller, at hun har arbejdet 8 år i Netto. Jobcentret vurderer på baggrund af praktikrapporten, at hun kan varetage opfyldning og varemodtagelse.', form: 'rehab', field: 'resources', source: '001 L3745–3747 (qualified by caseworker)', present: [], absent: ['deficit-language'] }),

  // --- Deficit balance (001 L524–526, L2219–2220; 003 L2780–2782) ---
  dev({ id: 'cf06-poor', text: 'Borger har kroniske smerter og angst, kan ikke klare pres, har svært ved at møde stabilt og har ikke overskud til at søge job.', form: 'rehab', field: 'resources', source: 'research 003 CF-06 poor', present: ['deficit-language'], absent: ['personal-data'] }),
  dev({ id: 'cf06-good', text: 'Borger har erfaring fra kundeservice og interesse for dyr og butik. Har i praktik hos Fakta mødt stabilt 3 formiddage om ugen og løst varemodtagelse og opfyldning.', form: 'rehab', field: 'resources', source: 'research 003 CF-06 good', present: [], absent: ['deficit-language', 'vague-accommodation'] }),
  dev({ id: 'cf15-poor', text: 'Borger går til fysioterapi 2 gange om ugen, venter på scanning og er i medicinsk behandling.', form: 'rehab', field: 'resources', source: 'research 003 CF-15 poor', present: ['deficit-language'], absent: [] }),
  dev({ id: 'cf15-good', text: 'Borger kan arbejde formiddage; fysioterapi ligger tirsdag eftermiddag. På sigt kan behandlingstimer konverteres til arbejdstid.', form: 'rehab', field: 'resources', source: 'research 003 CF-15 good; 003 L2430–2432', present: [], absent: ['deficit-language'] }),
  dev({ id: 'seed-ex24', text: 'I hele forløbet har der været så meget snak om min sygdom, mine begrænsninger og alt det, jeg ikke kunne, og jeg har svært ved at se mig selv i et job.', form: 'rehab', field: 'wishes', source: '001 L2219–2220 (adapted to first person)', present: ['deficit-language'], absent: [] }),
  dev({ id: 'health-field-ok', text: 'Borger har diskusprolaps og kroniske smerter i lænden og går til fysioterapi. For arbejdet betyder det højst 5 kg løft og skift mellem at stå og sidde hver halve time.', form: 'rehab', field: 'health', source: '000 L169–171 (helbred oversat til skånehensyn)', present: [], absent: ['deficit-language', 'vague-accommodation'] }),

  // --- Fixed hours and progression (001 L1104–1118; 000 L159–163; 003 L2426–2428) ---
  dev({ id: 'cf03-poor', text: 'Borger kan arbejde 8 timer om ugen.', form: 'rehab', field: 'hours', subKind: 'indstilling', source: 'research 003 CF-03 poor; 001 L1108–1109', present: ['job-focus'], absent: [] }),
  dev({ id: 'cf03-good', text: 'Teamet vurderer, at borger realistisk kan arbejde ca. 6–10 timer om ugen med lav arbejdsintensitet; timetallet afhænger af det konkrete job og forventes at kunne øges, efterhånden som borger falder til.', form: 'rehab', field: 'hours', subKind: 'indstilling', source: 'research 003 CF-03 good; 000 L159–163', present: [], absent: ['job-focus'] }),
  dev({ id: 'r1-hours-poor', text: 'Arbejdsevne: 8 timer.', form: 'rehab', field: 'hours', source: 'research 001 §2.5 row 7 poor', present: ['job-focus'], absent: [] }),
  dev({ id: 'r1-hours-good', text: 'Arbejdsevnen vurderes aktuelt til 7–10 timer med forventet udvikling via nye opgaver og justerede mødetider.', form: 'rehab', field: 'hours', source: 'research 001 §2.5 row 7 good', present: [], absent: ['job-focus'] }),
  dev({ id: 'r1-prog-poor', text: 'Borger skal op i timer.', form: 'rehab', field: 'progression-goal', source: 'research 001 §2.5 row 4 poor; 001 L1104–1106', present: ['job-focus'], absent: [] }),
  dev({ id: 'r1-prog-good', text: 'Progression: fra 9 til forventet 11–13 timer ved at tilføje varemodtagelse og justere mødetiden; afprøves inden næste opfølgning d. 12.5.; ansvarlig: borger og virksomhed.', form: 'rehab', field: 'progression-goal', source: 'research 001 §2.5 row 4 good', present: [], absent: ['job-focus'] }),
  dev({ id: 'seed-ex20', text: 'Vi lavede løbende en status på mine arbejdsopgaver, min effektivitet og tilrettelæggelsen af opgaverne. Jeg gik fra en arbejdstid på ni timer med 75 % effektivitet, og jeg har nu øget til 12 timer med 85 % effektivitet.', form: 'rehab', field: 'progression-goal', source: '001 L2375–2378', present: [], absent: ['job-focus'] }),
  dev({ id: 'seed-ex09', text: 'Progressionsmål: øget timetal.', form: 'rehab', field: null, subKind: 'indstilling', source: '001 L1104–1106', present: ['job-focus'], absent: [] }),

  // --- Job goal in the indstilling / Min Plan (001 L889–891, L3786–3787; 000 L157–159) ---
  dev({ id: 'cf07-poor', text: 'Borger ønsker et fleksjob.', form: 'rehab', field: 'job-goal', subKind: 'indstilling', source: 'research 003 CF-07 poor', present: ['job-focus'], absent: [] }),
  dev({ id: 'cf07-good', text: 'Jobmål: 1) lettere serviceopgaver (oprydning, opfyldning) i mindre butik; 2) kundeservice/telefon i mindre virksomhed. Begge afprøvet eller drøftet med virksomhedskonsulent.', form: 'rehab', field: 'job-goal', subKind: 'indstilling', source: 'research 003 CF-07 good', present: [], absent: ['job-focus'] }),
  dev({ id: 'cf08-good', text: 'Jobmål: pladsmand/forefaldende arbejde i mindre tømrerfirma, uden tunge løft; alternativt værktøjsudlevering i byggemarked.', form: 'minplan', field: 'job-goal', source: 'research 003 CF-08 good; 000 L223–225', present: [], absent: ['job-focus'] }),
  dev({ id: 'cf20-poor', text: 'Indstilles til fleksjob.', form: 'rehab', field: 'recommendation', subKind: 'indstilling', source: 'research 003 CF-20 poor', present: ['job-focus'], absent: [] }),
  dev({ id: 'seed-ex21', text: 'Jobmål: medhjælper i tømrerfirma med at rydde op på arbejdspladsen, køre affald på lossepladsen og pakke bilerne.', form: 'rehab', field: 'job-goal', source: '001 L3304–3308', present: [], absent: ['job-focus'] }),

  // --- Min Plan agreements (000 L209–227; 001 L3907–3908) ---
  dev({ id: 'seed-x01-1', text: 'Du vil kontakte og mødes med tre personer fra dit netværk, som du vil tage en snak med, ift. hvor du uopfordret kunne søge et fleksjob inden d. 05.02. Dit mål er at søge 2 uopfordrede stillinger inden d. 15.02.', form: 'minplan', field: 'agreement', source: '000 L213–217', present: [], absent: ['smart', 'job-focus'] }),
  dev({ id: 'seed-x01-2', text: 'Du vil finde tre jobmuligheder via Jobindex og afsøge kompetencebehovet i lignende stillinger via Jobindex Arkiv for at kunne målrette dit CV og ansøgning inden d. 12.02.', form: 'minplan', field: 'agreement', source: '000 L219–222', present: [], absent: ['smart'] }),
  dev({ id: 'seed-x01-3', text: 'Du vil tage ud og besøge Hans Hansen i Tømrerlusen for at søge job som pladsmand/forefaldende arbejde inden d. 15.02. Du tager på besøg inden klokken 7.30 for at møde Hans Hansen, inden arbejdsdagen starter.', form: 'minplan', field: 'agreement', source: '000 L223–227', present: [], absent: ['smart', 'job-focus'] }),
  dev({ id: 'r1-mp-poor', text: 'Borger søger job.', form: 'minplan', field: 'agreement', source: 'research 001 §2.5 row 5 poor', present: ['smart'], absent: [] }),
  dev({ id: 'r1-mp-good', text: 'Du søger 2 konkrete stillinger som lagermedarbejder inden d. 1.3. og sender 1 uopfordret ansøgning til Dagrofa inden d. 8.3.', form: 'minplan', field: 'agreement', source: 'research 001 §2.5 row 5 good', present: [], absent: ['smart'] }),
  dev({ id: 'cf10-poor', text: 'Borger søger job og jobcentret følger op.', form: 'minplan', field: 'agreement', source: 'research 003 CF-10 poor', present: ['smart'], absent: [] }),
  dev({ id: 'cf10-good', text: 'Inden 1. marts laver du en bruttoliste med 10 jobønsker og researcher 5 virksomheder i nærområdet. Inden 15. marts søger du 2 konkrete fleksjob.', form: 'minplan', field: 'agreement', source: 'research 003 CF-10 good; 003 L2851–2853', present: [], absent: ['smart'] }),
  dev({ id: 'cf11-poor', text: 'Der skal findes en praktik.', form: 'minplan', field: 'agreement', source: 'research 003 CF-11 poor', present: ['smart'], absent: [] }),
  dev({ id: 'cf11-good', text: 'Virksomhedskonsulent Anne Holm kontakter Bageriet Brød om en 3-ugers praktik inden 1. april; du forbereder, hvilke opgaver du gerne vil afprøve, inden d. 25.3.', form: 'minplan', field: 'agreement', source: 'research 003 CF-11 good', present: [], absent: ['smart'] }),
  dev({ id: 'cf12-poor', text: 'Praktik med henblik på afklaring.', form: 'minplan', field: 'activity', source: 'research 003 CF-12 poor; 001 L1039–1041', present: ['job-focus'], absent: [] }),
  dev({ id: 'cf12-good', text: 'Praktik 3 uger hos Jysk, 3 × 3 timer om ugen. Mål: afprøve pakke- og lageropgaver og afklare timetal, arbejdsintensitet og skånehensyn med henblik på et fleksjob hos Jysk.', form: 'minplan', field: 'activity', source: 'research 003 CF-12 good; 003 L3705–3709', present: [], absent: ['job-focus'] }),
  dev({ id: 'r15-advice', text: 'Borger er informeret om muligheden for løntilskud og vil overveje at søge.', form: 'minplan', field: 'agreement', source: 'research 001 R-15; 001 L3050–3052', present: ['smart'], absent: [] }),

  // --- Jobnet CV (001 L3626–3629, L3876–3884, L1989–1991) ---
  dev({ id: 'issue-cv-wish-poor', text: 'Jeg søger job som noget med mennesker.', form: 'cv', field: 'cv-job-wish', source: 'issue 3 item 9; 001 L3876–3877', present: ['job-focus'], absent: ['personal-data'] }),
  dev({ id: 'issue-cv-wish-good', text: 'Jeg søger job som pædagogmedhjælper, butiksassistent eller kundeservicemedarbejder.', form: 'cv', field: 'cv-job-wish', source: 'issue 3 item 9 (better)', present: [], absent: ['job-focus'] }),
  dev({ id: 'issue-cv-profile-poor', text: 'Jeg er glad og positiv og mødestabil.', form: 'cv', field: 'cv-profile', source: 'issue 3 item 9; 001 L3629', present: ['job-focus'], absent: ['personal-data'] }),
  dev({ id: 'issue-cv-profile-good', text: 'Jeg har 6 års erfaring med kundeservice og kasse fra Føtex og søger job som butiksassistent. Jeg er glad og positiv.', form: 'cv', field: 'cv-profile', source: 'issue 3 item 9 ("6 års erfaring med kundeservice og kasse")', present: [], absent: ['job-focus', 'personal-data'] }),
  dev({ id: 'cv-exp-poor', text: 'Ansat i Bilka 2016–2021.', form: 'cv', field: 'cv-experience', source: '001 L3626–3627', present: ['job-focus'], absent: [] }),
  dev({ id: 'cv-exp-good', text: 'Salgsassistent i Bilka 2016–2021: kasseekspedition, vareopfyldning og kundebetjening i elektronikafdelingen.', form: 'cv', field: 'cv-experience', source: '001 L3626–3627 (better)', present: [], absent: ['job-focus', 'personal-data'] }),
  dev({ id: 'seed-fleksjobber', text: 'Jeg er fleksjobber og søger arbejde.', form: 'cv', field: 'cv-profile', source: '001 L1989–1991', present: ['job-focus'], absent: [] }),
  dev({ id: 'cv-health-1', text: 'Jeg har haft en diskusprolaps og er sygemeldt, men vil gerne tilbage på arbejdsmarkedet.', form: 'cv', field: 'cv-profile', source: '001 L3882–3884 (CV read by employers)', present: ['personal-data'], absent: [] }),
  dev({ id: 'cv-health-prof', text: 'Erfaring med borgere med demens og ADHD fra plejehjem og bosted; medicinhåndtering og personlig pleje.', form: 'cv', field: 'cv-experience', source: '001 L3626–3627 (professional context, not health)', present: [], absent: ['personal-data', 'job-focus'] }),

  // --- CPR and look-alikes (issue 3 item 8) ---
  dev({ id: 'cpr-1', text: 'Borger (CPR 120385-1234) deltog i mødet.', form: 'rehab', field: null, source: 'issue 3 item 8', present: ['personal-data'], absent: [] }),
  dev({ id: 'cpr-2', text: 'Ring til borger på 22 33 44 55 vedr. sagsnr. 2023-0012345.', form: 'rehab', field: null, source: 'issue 3 item 8 (look-alikes)', present: [], absent: ['personal-data'] }),

  // --- Plain language ---
  dev({ id: 'long-1', text: 'Borger har i forbindelse med det forløb, som har været i gang i det meste af det seneste år, og hvor der har været flere samtaler med både sagsbehandler, jobformidler og virksomhedskonsulent, givet udtryk for, at hun gerne vil arbejde med noget, hvor hun kan bruge sine erfaringer fra detailhandlen.', form: 'rehab', field: 'wishes', source: '003 L2801, L3027–3029', present: ['plain-language'], absent: [] }),
  dev({ id: 'short-1', text: 'Du vil søge to job som lagermedarbejder inden d. 15.02. Vi følger op på næste møde.', form: 'minplan', field: 'agreement', source: '000 L213–227 (style)', present: [], absent: ['plain-language'] }),
];
