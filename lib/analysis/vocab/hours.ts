/**
 * Hours, intensity and progression dimensions.
 * Fixed hours lock the citizen: "angivelsen af et fast timetal i indstillingen er med til at låse borgerens syn på
 * mulighed for udvikling" (001 L1108–1109); remedy "arbejdsevnen som et forventet timeinterval" (001 L1117–1118);
 * the team states "timeinterval … med hvilken intensitet" and "at arbejdstiden vil kunne ændre sig, fx hvis
 * arbejdsevnen kan udvikles" (000 L159–163); "gået bort fra at skrive et bestemt timetal" (003 L2426–2428).
 * Hours-only progression: "alene rettet mod et øget timetal uden kobling til, hvordan det skal lykkes at hæve
 * timetallet" (001 L1104–1106; 001 L4011–4013). Other dimensions: 001 L508–515, L2363–2364, L2390–2398, L4326–4327;
 * 000 L313–325; 003 L4322–4326, L4874 ("Hyppigst sker progression i kvaliteten af arbejdsudførelse").
 */

/** Wording that says hours may change (dynamic work capacity: 001 L1629–1630; 003 L349–351, L2426–2428). */
export const DYNAMIC_HOURS: readonly string[] = [
  'kan ændre sig', 'kan ændres', 'vil kunne ændre sig', 'kan øges', 'forventes at kunne øges', 'forventes øget',
  'kan justeres', 'justeres', 'justering*', 'op og ned i tid', 'gå op i tid', 'op i tid', 'øge sin arbejdsindsats',
  'øge arbejdsindsatsen', 'på sigt', 'efterhånden som', 'afhænger af det konkrete job', 'afhængig af',
  'dynamisk*', 'udvikle*', 'udvikling*', 'progression*', 'udvides', 'udvidelse*', 'trappes op', 'optrapning*',
  'gradvis*', 'stigende', 'øges gradvist', 'øges',
];

/** Interval wording around hour figures ("6–10 timer", "mellem 6 og 10 timer", "fra 8 til 12 timer"). */
export const INTERVAL_WORDS: readonly string[] = ['mellem', 'fra', 'til', 'og', 'op til', 'interval*', 'timeinterval*'];

/** Words that make an hour figure a statement about work capacity (not about a praktik in the past). */
export const CAPACITY_CONTEXT: readonly string[] = [
  'arbejdsevne*', 'kan arbejde', 'vil kunne arbejde', 'kan varetage', 'timetal*', 'fleksjob*', 'indstilles',
  'indstiller', 'indstilling*', 'vurderes', 'vurderer', 'realistisk*', 'forventet', 'forventes', 'arbejdstid*',
  'skånejob*', 'ansættelse*', 'ansættes',
];

/** Hours as the only named change. */
export const HOURS_CHANGE: readonly string[] = [
  'timer', 'timetal*', 'arbejdstime*', 'flere timer', 'op i tid', 'op i timer', 'gå op i tid', 'øge timetal*', 'øget timetal',
  'øgning af timetal*', 'hæve timetal*', 'arbejdstid*', 'timeantal*', 'antal timer', 'øge arbejdstid*',
  'øget arbejdstid', 'mere tid', 'længere tid', 'længere arbejdsdage',
];

/** Other progression dimensions (any one of them makes a progression goal more than hours). */
export const PROGRESSION_DIMENSIONS: readonly string[] = [
  'opgave*', 'arbejdsopgave*', 'opgavesammensætning*', 'opgaveløsning*', 'nye opgaver', 'flere opgaver',
  'ansvar*', 'selvstændig*', 'selv', 'alene', 'uden støtte', 'uden hjælp', 'tempo', 'arbejdstempo',
  'intensitet*', 'arbejdsintensitet*', 'effektivitet*', 'effektiv*', 'pause*', 'skånehensyn*', 'hensyn',
  'mødetid*', 'rammer', 'tilrettelæggelse*', 'støtte*', 'hjælpemiddel*', 'hjælpemidler', 'kvalitet*',
  'fleksibilitet*', 'tryghed*', 'stabilitet*', 'mestring*', 'kompetence*', 'oplæring*', 'kundekontakt*',
  'kunder', 'kollega*', 'kolleger', 'samarbejde*', 'rutine*', 'omstillingsparathed*', 'lønsomhed*',
  'funktion*', 'kasse', 'varemodtagelse*', 'telefon*', 'mentor*', 'kontaktperson*', 'overblik*',
];

/** Progression context (a sentence with one of these in a non-progression field is a progression statement). */
export const PROGRESSION_MARKERS: readonly string[] = [
  'progression*', 'progressionsmål*', 'udvikling i arbejdsevnen', 'udvikle sin arbejdsevne', 'udvikle arbejdsevnen',
  'udviklingsmål*', 'udviklingsmulighed*',
];
