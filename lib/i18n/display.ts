/**
 * Names users read for internal ids, shared by the overview, the CSV export and the options page
 * (the panel reads the same names from locales/*.yml: panel.kind.*).
 */
export type DisplayLocale = 'da' | 'en';

const FORM_NAMES: Record<string, { da: string; en: string }> = {
  cv: { da: 'Jobnet-CV', en: 'Jobnet CV' },
  minplan: { da: 'Min Plan', en: 'Min Plan' },
  rehab: { da: 'Rehabiliteringsplan', en: 'Rehabilitation plan' },
  indstilling: { da: 'Rehabiliteringsteamets indstilling', en: 'Rehabilitation team’s recommendation' },
};

/** The form's name ("Min Plan"), or "–" when unknown. */
export function formKindName(kind: string | null | undefined, locale: DisplayLocale, subKind?: string | null): string {
  if (subKind === 'indstilling') return FORM_NAMES.indstilling[locale];
  return kind ? (FORM_NAMES[kind]?.[locale] ?? kind) : '–';
}

/** The publications behind the rules and baselines, by seed number (never shown as file paths). */
const SOURCES: Record<string, { da: string; en: string }> = {
  '000': { da: 'STAR-guiden', en: 'The STAR guide' },
  '001': { da: 'Udvikling i fleksjob II', en: 'Udvikling i fleksjob II' },
  '002': { da: 'STAR-guiden', en: 'The STAR guide' },
  '003': { da: 'Rundt om fleksjob', en: 'Rundt om fleksjob' },
  '004': { da: 'Udvikling i fleksjob II, tillæg', en: 'Udvikling i fleksjob II, supplement' },
};

/** "Udvikling i fleksjob II, afsnit 5.3" for seed "001" and section "5.3"; the STAR guide counts in phases. */
export function sourceName(seed: string, locale: DisplayLocale, section?: string): string {
  const pub = SOURCES[seed]?.[locale] ?? (locale === 'da' ? 'Evalueringen' : 'The evaluation');
  if (!section) return pub;
  const isGuide = seed === '000' || seed === '002';
  const word = isGuide ? (locale === 'da' ? 'fase' : 'phase') : locale === 'da' ? 'afsnit' : 'section';
  return `${pub}, ${word} ${section}`;
}
