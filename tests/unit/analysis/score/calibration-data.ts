/**
 * Texts for the per-role calibration of the job-focus score: good texts of a role should score ≥ 80 there, poor ones
 * ≤ 30. Three sources:
 * - SEED_AND_DEMO: the seeds' constructed good/poor pairs (research/seed-001.md §2.5, research/seed-003.md §2.6, with
 *   placeholders filled), the seed-derived pairs of ranking.test.ts, and the demo pages' texts (tests/demo), each
 *   labelled by hand from the seeds' criteria for that field;
 * - corpusEntries(): the labelled corpus (tests/corpus), labelled by its category labels, not by the score;
 * - independentEntries(): `tests/corpus/independent/roles.json` when it exists (texts by someone who has not seen lib/).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEV } from '@/tests/corpus/dev';
import { HOLDOUT } from '@/tests/corpus/holdout';
import { FIELD_ROLES, FORM_KINDS, type FieldRole, type FormKind } from '@/lib/analysis/types';

export interface CalibrationEntry {
  text: string;
  form: FormKind;
  field: FieldRole;
  subKind?: 'indstilling';
  quality: 'good' | 'poor';
  source: string;
}

type E = Omit<CalibrationEntry, 'quality' | 'form' | 'field'>;
const good = (form: FormKind, field: FieldRole, e: E): CalibrationEntry => ({ ...e, form, field, quality: 'good' });
const poor = (form: FormKind, field: FieldRole, e: E): CalibrationEntry => ({ ...e, form, field, quality: 'poor' });

export const SEED_AND_DEMO: readonly CalibrationEntry[] = [
  // --- research/seed-001.md §2.5 (constructed from the seed's criteria) ---
  poor('rehab', 'accommodations', { text: 'Ingen tunge løft', source: '001 L3818–3819 (EX-01)' }),
  poor('rehab', 'accommodations', { text: 'skal skånes for høje lyde', source: '001 L3819 (EX-03)' }),
  poor('rehab', 'accommodations', { text: 'skal ikke være omgivet af mange mennesker', source: '001 L3819 (EX-02)' }),
  good('rehab', 'accommodations', { text: 'Jobmål lagermedhjælper: kan varetage plukning af småvarer; løft over 15 kg (fx paller) varetages af en kollega eller med palleløfter.', source: 'research 001 §2.5 row 1' }),
  good('rehab', 'accommodations', { text: 'Ved opvask arbejder borger i et rum uden maskinstøj og med høreværn; opgaver ved den store opvaskemaskine indgår ikke i opstarten.', source: 'research 001 §2.5 row 2' }),
  good('rehab', 'accommodations', { text: 'Bagvedliggende opgaver, fx varemodtagelse, frem for kundevendt kasse; fast kontaktperson: lagerchefen.', source: 'research 001 §2.5 row 3' }),
  poor('rehab', 'progression-goal', { text: 'Borger skal op i timer.', source: 'research 001 §2.5 row 4' }),
  good('rehab', 'progression-goal', { text: 'Progression: fra 9 til forventet 11–13 timer ved at tilføje opfyldning af kølediske og justere mødetiden; afprøves inden næste opfølgning d. 3.6.; ansvarlig: borger og virksomhed.', source: 'research 001 §2.5 row 4' }),
  poor('minplan', 'agreement', { text: 'Borger søger job.', source: 'research 001 §2.5 row 5' }),
  good('minplan', 'agreement', { text: 'Du søger 2 konkrete stillinger som lagermedarbejder inden d. 1.3. og sender 1 uopfordret ansøgning til Coop i Vejle inden d. 8.3.', source: 'research 001 §2.5 row 5' }),
  poor('rehab', 'resources', { text: 'Borger siger, at hun ikke kan tåle stress.', source: 'research 001 §2.5 row 6' }),
  good('rehab', 'resources', { text: 'Borger har erfaring med kundebetjening og kasse fra 8 år i Netto; vurderet sammen med borger kan hun varetage opfyldning i roligt tempo.', source: 'research 001 §2.5 row 6' }),
  poor('rehab', 'hours', { text: 'Arbejdsevne: 8 timer.', source: 'research 001 §2.5 row 7' }),
  good('rehab', 'hours', { text: 'Arbejdsevnen vurderes aktuelt til 7–10 timer med forventet udvikling via nye opgaver og justerede mødetider.', source: 'research 001 §2.5 row 7' }),

  // --- research/seed-003.md §2.6 (CF pairs) ---
  poor('rehab', 'accommodations', { text: 'Borger skal tage hensyn til sit helbred.', subKind: 'indstilling', source: '003 CF-01' }),
  good('rehab', 'accommodations', { text: 'Skånehensyn: ingen løft af tunge kasser fra gulvhøjde (løft fra bordhøjde er muligt); fritages for særligt belastende opgaver som gulvvask.', subKind: 'indstilling', source: '003 CF-01' }),
  poor('rehab', 'accommodations', { text: 'Skal skånes. Kan ikke tåle stress.', source: '003 CF-02' }),
  poor('rehab', 'hours', { text: 'Borger kan arbejde 8 timer om ugen.', subKind: 'indstilling', source: '003 CF-03' }),
  good('rehab', 'hours', { text: 'Teamet vurderer, at borger realistisk kan arbejde ca. 6–10 timer om ugen med lav arbejdsintensitet; timetallet afhænger af det konkrete job og forventes at kunne øges, efterhånden som borger falder til.', subKind: 'indstilling', source: '003 CF-03' }),
  poor('rehab', 'recommendation', { text: 'Indstilles til fleksjob på 2 timer om ugen.', subKind: 'indstilling', source: '003 CF-04' }),
  poor('rehab', 'hours', { text: 'Arbejdsintensitet: 100 %. Borger arbejder alt hvad hun kan.', source: '003 CF-05' }),
  poor('rehab', 'resources', { text: 'Borger har kroniske smerter og angst, kan ikke klare pres, har svært ved at møde stabilt og har ikke overskud til at søge job.', source: '003 CF-06' }),
  good('rehab', 'resources', { text: 'Borger har erfaring fra kundeservice og interesse for dyr og butik. Har i praktik hos Fakta mødt stabilt 3 formiddage om ugen og løst varemodtagelse og opfyldning.', source: '003 CF-06' }),
  poor('rehab', 'job-goal', { text: 'Borger ønsker et fleksjob.', subKind: 'indstilling', source: '003 CF-07' }),
  good('rehab', 'job-goal', { text: 'Jobmål: 1) lettere serviceopgaver (oprydning, opfyldning) i mindre butik; 2) kundeservice/telefon i mindre virksomhed. Begge afprøvet eller drøftet med virksomhedskonsulent.', subKind: 'indstilling', source: '003 CF-07' }),
  poor('minplan', 'agreement', { text: 'Borger søger job og jobcentret følger op.', source: '003 CF-10' }),
  poor('minplan', 'agreement', { text: 'Der skal findes en praktik.', source: '003 CF-11' }),
  good('minplan', 'agreement', { text: 'Virksomhedskonsulent Anne Holm kontakter Bageriet Brød om en 3-ugers praktik inden 1. april.', source: '003 CF-11' }),
  poor('minplan', 'activity', { text: 'Praktik med henblik på afklaring.', source: '003 CF-12' }),
  poor('rehab', 'progression-goal', { text: 'Ingen progression forventes.', source: '003 CF-14' }),
  good('rehab', 'progression-goal', { text: 'Progression drøftes ved MUS hvert halve år: mulige nye opgaver (varemodtagelse), højere intensitet i kendte opgaver, evt. flere timer, når der er opgaver og økonomi til det.', source: '003 CF-14' }),
  poor('rehab', 'resources', { text: 'Borger går til fysioterapi 2 gange om ugen, venter på scanning og er i medicinsk behandling.', source: '003 CF-15' }),
  poor('rehab', 'accommodations', { text: 'Har sociale vanskeligheder.', source: '003 CF-16' }),
  good('rehab', 'accommodations', { text: 'Faste opgaver og få, kendte kolleger; mentor de første 3 måneder.', source: '003 CF-16' }),

  // --- seed-derived pairs of ranking.test.ts (cited there) ---
  good('cv', 'cv-profile', { text: 'Jeg har 6 års erfaring med kundeservice og kasse fra Føtex og søger job som butiksassistent.', source: '001 L3629, L3698–3700' }),
  poor('cv', 'cv-profile', { text: 'Jeg er glad og positiv og mødestabil.', source: '001 L3629' }),
  good('cv', 'cv-job-wish', { text: 'Lagermedarbejder, pakkemedarbejder eller chauffør i transportbranchen.', source: '001 L3876–3877' }),
  poor('cv', 'cv-job-wish', { text: 'Noget med mennesker.', source: '001 L3876–3877' }),
  good('cv', 'cv-experience', { text: 'Butiksassistent hos Netto 2015–2020: kasse, varemodtagelse og opfyldning.', source: '001 L3626–3627' }),
  poor('cv', 'cv-experience', { text: 'Ansat 2015–2020.', source: '001 L3626–3627' }),
  good('cv', 'cv-education', { text: 'Uddannet ernæringsassistent 2010; kursus i hygiejne og truckcertifikat.', source: '001 L3627–3629' }),
  poor('cv', 'cv-education', { text: 'Folkeskole.', source: '001 L3627–3629' }),
  good('cv', 'cv-competences', { text: 'Kasseekspedition, varemodtagelse, Excel og kundeservice; kørekort B.', source: '001 L3627–3629' }),
  poor('cv', 'cv-competences', { text: 'Mange forskellige ting.', source: '001 L3627–3629' }),
  good('cv', 'cv-other', { text: 'Frivillig i genbrugsbutik: sortering af tøj og kasse to dage om ugen.', source: '001 L3698–3700' }),
  poor('cv', 'cv-other', { text: 'Jeg kan lide at gå ture.', source: '001 L3698–3700' }),
  good('minplan', 'job-goal', { text: 'Dit jobmål er pladsmand i et tømrerfirma med oprydning på byggepladsen og kørsel med affald; du besøger Tømrerlusen inden d. 15.02.', source: '001 L3304–3308 (EX-21), L3786–3795; 000 L223–225' }),
  poor('minplan', 'job-goal', { text: 'Borger vil gerne i arbejde.', source: '001 L3786–3787' }),
  good('minplan', 'agreement', { text: 'Du vil tage ud og besøge Hans Hansen i Tømrerlusen for at søge job som pladsmand inden d. 15.02.', source: '000 L213–227' }),
  good('minplan', 'activity', { text: 'Virksomhedspraktik hos Jysk i 3 uger fra d. 1.4. med pakning og lageropgaver.', source: '001 L1039–1041; 003 L3705–3709' }),
  good('minplan', 'meeting-summary', { text: 'Vi aftalte, at du søger 2 stillinger som kantinemedarbejder inden d. 10.3., og at jeg kontakter Meyers Køkken.', source: '001 L3947–3949' }),
  poor('minplan', 'meeting-summary', { text: 'Vi talte om dit helbred, din ryg og din familie.', source: '001 L3947–3949' }),
  good('rehab', 'job-goal', { text: 'Jobmål: køkkenmedhjælper i en kantine med opvask og anretning, 8–12 timer om ugen.', source: '001 L3786–3787, L3795' }),
  good('rehab', 'resources', { text: 'Borger har 10 års erfaring som chauffør, har kørekort C og er god til at planlægge ruter.', source: '001 L524–526, L3603–3604' }),
  good('rehab', 'challenges', { text: 'Borger har svært ved tunge løft; kan varetage pakning og kontrol ved et bord i 3 timer ad gangen.', source: '000 L169–171' }),
  poor('rehab', 'challenges', { text: 'Borger har smerter og går til fysioterapi og psykolog.', source: '000 L169–171' }),
  good('rehab', 'health', { text: 'Diskusprolaps; kan arbejde 4–6 timer om ugen med siddende kontrolopgaver og pauser.', source: '000 L169–171' }),
  poor('rehab', 'health', { text: 'Diskusprolaps, kroniske smerter, venter på scanning og er i medicinsk behandling.', source: '000 L169–171' }),
  good('rehab', 'wishes', { text: 'Borger vil gerne arbejde som dyrepasser eller i en dyrehandel med fodring og rengøring af bure.', source: '003 L3092–3098' }),
  poor('rehab', 'wishes', { text: 'Borger vil gerne have det bedre og have mere tid med familien.', source: '003 L3092–3098' }),
  good('rehab', 'previous-efforts', { text: 'Praktik hos Danish Crown: pakkede varer 3 timer dagligt; virksomheden tilbød småjob.', source: '003 L1715–1721' }),
  poor('rehab', 'previous-efforts', { text: 'Borger har været til fysioterapi og psykolog og er blevet udredt.', source: '003 L1715–1721' }),
  good('rehab', 'accommodations', { text: 'Ved varemodtagelse løfter borger højst 5 kg; står højst 20 minutter ad gangen ved kassen.', source: '001 L3810–3811' }),
  good('rehab', 'recommendation', { text: 'Teamet indstiller til fleksjob som lagermedarbejder med pakning og plukning, 8–12 timer om ugen.', source: '000 L157–163' }),
  poor('rehab', 'recommendation', { text: 'Teamet indstiller til fleksjob.', source: '000 L157–163' }),
  good('rehab', 'hours', { text: 'Borger kan arbejde 10–12 timer om ugen med en arbejdsintensitet på 60 % i forhold til en kollega; timetallet kan ændre sig, hvis arbejdsevnen udvikles.', source: '000 L159–163 (the issue\'s perfect hours field)' }),
  good('rehab', 'justification', { text: 'Borger har i praktik som kantinemedarbejder vist, at hun kan klare opvask og anretning 3 timer dagligt.', source: '001 L3786–3787; 003 L1715–1721' }),
  poor('rehab', 'justification', { text: 'Borgers arbejdsevne er varigt og væsentligt nedsat pga. sygdom.', source: '001 L473' }),

  // --- demo pages (tests/demo), labelled by the seeds' criteria for their field ---
  poor('cv', 'cv-job-wish', { text: 'Alt muligt. Gerne noget med mennesker, men ikke for mange timer.', source: 'demo cv.html #cv-jobonske' }),
  poor('cv', 'cv-profile', { text: 'Jeg er en glad og positiv person, der er god til at samarbejde. Jeg har været syg i lang tid og har mange begrænsninger, men jeg vil gerne i gang igen.', source: 'demo cv.html #cv-profil' }),
  poor('cv', 'cv-experience', { text: 'Diverse opgaver på lageret.', source: 'demo cv.html #exp1-desc' }),
  good('cv', 'cv-experience', { text: 'Rengøring af kontorer 20 timer om ugen: støvsugning, gulvvask, opfyldning af sæbe og papir. Selvstændigt ansvar for 3 etager og nøgler til bygningen.', source: 'demo cv.html #exp2-desc' }),
  poor('rehab', 'recommendation', { text: 'Rehabiliteringsteamet indstiller til fleksjob.', subKind: 'indstilling', source: 'demo indstilling.html #in-indstilling' }),
  poor('rehab', 'accommodations', { text: 'Skal skånes. Ingen tunge løft.', subKind: 'indstilling', source: 'demo indstilling.html #in-skaane' }),
  poor('rehab', 'progression-goal', { text: 'Borger forventes at komme op i tid.', subKind: 'indstilling', source: 'demo indstilling.html #in-progression' }),
  poor('rehab', 'hours', { text: 'Arbejdsevne: 8 timer.', subKind: 'indstilling', source: 'demo indstilling.html #in-timer' }),
  poor('minplan', 'job-goal', { text: 'At komme i arbejde igen. Borger vil gerne have et job inden for noget praktisk.', source: 'demo minplan.html #mp-maal' }),
  poor('minplan', 'activity', { text: 'Virksomhedspraktik i 4 uger. Formålet er afklaring af arbejdsevnen.', source: 'demo minplan.html #mp-aktiviteter' }),
  poor('minplan', 'meeting-summary', { text: 'Samtale afholdt d. 20.01. Borger fortæller, at hun har ondt i ryggen og ikke kan tåle stress. Borger siger, at hun gerne vil arbejde med mennesker.', source: 'demo minplan.html #mp-referat (CPR removed)' }),
  poor('rehab', 'job-goal', { text: 'Borger ønsker et fleksjob.', source: 'demo rehab-form.html #rp-maal' }),
  good('rehab', 'resources', { text: 'Borger har 6 års erfaring som lagermedarbejder med plukning, pakning og truckkørsel. Hun er mødestabil og har oplært nye kolleger.', source: 'demo rehab-form.html #rp-ressourcer' }),
  poor('rehab', 'resources', { text: 'Gift, to børn. Går til gymnastik en gang om ugen. Har en søster, der arbejder i en dagligvarebutik.', source: 'demo rehab-form.html #rp-personlige' }),
  poor('rehab', 'challenges', { text: 'Borger har mange barrierer og kan ikke tåle stress. Adspurgt fortæller borger, at hun ikke kan klare ret meget.', source: 'demo rehab-form.html #rp-udfordringer' }),
  poor('rehab', 'wishes', { text: 'Borger siger, at hun gerne vil noget med mennesker.', source: 'demo rehab-form.html #rp-onsker' }),
  good('rehab', 'health', { text: 'Kroniske smerter i lænden siden 2019. Kan stå og gå i ca. 30 minutter ad gangen, derefter behov for en kort pause.', source: 'demo rehab-form.html #rp-helbred' }),
  poor('rehab', 'previous-efforts', { text: 'Virksomhedspraktik i 2024 hos dem vi plejer at bruge. Praktikken dokumenterede nedsat arbejdsevne.', source: 'demo rehab-form.html #rp-indsatser (001 L467–469)' }),
  poor('rehab', 'accommodations', { text: 'Ingen tunge løft. Skal ikke være omgivet af mange mennesker. Skal skånes for høje lyde.', source: 'demo rehab-form.html #rp-skaane' }),
];

/** The category whose label decides a corpus text's quality in a field role. */
function decidingCategory(field: FieldRole): 'vague-accommodation' | 'smart' | 'job-focus' {
  if (field === 'accommodations') return 'vague-accommodation';
  if (field === 'agreement') return 'smart';
  return 'job-focus';
}

/** Corpus texts whose labels decide their quality for their role (present = poor, absent = good). */
export function corpusEntries(): CalibrationEntry[] {
  const out: CalibrationEntry[] = [];
  for (const e of [...DEV, ...HOLDOUT]) {
    if (!e.form || !e.field) continue;
    const c = decidingCategory(e.field);
    const quality = e.present.includes(c) ? 'poor' : e.absent.includes(c) ? 'good' : null;
    if (!quality) continue;
    out.push({ text: e.text, form: e.form, field: e.field, subKind: e.subKind, quality, source: `corpus ${e.id}` });
  }
  return out;
}

export const INDEPENDENT_FILE = path.resolve(__dirname, '../../../corpus/independent/roles.json');

/** Independent texts, when the file exists: entries `{text, form, field, quality}`; malformed entries are an error. */
export function independentEntries(file = INDEPENDENT_FILE): CalibrationEntry[] {
  if (!existsSync(file)) return [];
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const list = Array.isArray(raw) ? raw : (raw as { entries?: unknown }).entries;
  if (!Array.isArray(list)) throw new Error(`${file}: expected an array of {text, form, field, quality}`);
  return list.map((x: unknown, i) => {
    const e = x as Partial<CalibrationEntry>;
    if (typeof e.text !== 'string' || !(FORM_KINDS as readonly unknown[]).includes(e.form) || !(FIELD_ROLES as readonly unknown[]).includes(e.field) ||
      (e.quality !== 'good' && e.quality !== 'poor')) {
      throw new Error(`${file}: entry ${i} is not {text, form, field, quality: "good"|"poor"}`);
    }
    return { text: e.text, form: e.form!, field: e.field!, subKind: e.subKind === 'indstilling' ? 'indstilling' : undefined, quality: e.quality, source: `independent ${i}` };
  });
}
