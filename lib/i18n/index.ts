/**
 * UI strings of the side panel. The messages live in locales/{da,en}.yml (@wxt-dev/i18n builds them into
 * _locales for the manifest and `i18n.t`). `browser.i18n` can only follow the browser's language, but the
 * user (or municipal IT) may force Danish or English in the settings, so both tables are also bundled here
 * and the setting picks one. Until settings are known, the browser's language decides.
 */
import { signal } from '@preact/signals';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import daSource from '@/locales/da.yml?raw';
import enSource from '@/locales/en.yml?raw';
import { parseMessagesYaml } from './yaml';

export type UiLocale = 'da' | 'en';

const SOURCES: Record<UiLocale, string> = { da: daSource, en: enSource };
const tables: Partial<Record<UiLocale, Record<string, string>>> = {};
/** One language's table, read on first use (a Danish panel never reads the English file; it is on the start-up path). */
function table(locale: UiLocale): Record<string, string> {
  return (tables[locale] ??= parseMessagesYaml(SOURCES[locale]));
}

/** The browser's UI language mapped to ours (Danish unless it is clearly English). */
export function browserLocale(): UiLocale {
  let lang = '';
  try {
    lang = browser?.i18n?.getUILanguage?.() ?? '';
  } catch {
    lang = '';
  }
  if (!lang && typeof navigator !== 'undefined') lang = navigator.language ?? '';
  return /^en\b/i.test(lang) ? 'en' : 'da';
}

/** The user's forced language (settings `locale`), or null to follow the browser. */
export const forcedLocale = signal<UiLocale | null>(null);

export function currentLocale(): UiLocale {
  return forcedLocale.value ?? browserLocale();
}

/** `$1`, `$2` … are replaced by `subs` (the same placeholders chrome.i18n uses). Falls back to Danish, then the key. */
export function t(key: string, ...subs: (string | number)[]): string {
  if (forcedLocale.value === null) {
    // Following the browser: the extension's own _locales via @wxt-dev/i18n.
    const fromBrowser = viaBrowserI18n(key, subs);
    if (fromBrowser) return fromBrowser;
  }
  const locale = currentLocale();
  const template = table(locale)[key] ?? table('da')[key] ?? key;
  return subs.length ? template.replace(/\$(\d)/g, (whole, n: string) => (subs[Number(n) - 1] ?? whole).toString()) : template;
}

/** Message keys use "_" where roles and categories use "-" (chrome.i18n names allow only [A-Za-z0-9_]). */
export function keyPart(id: string): string {
  return id.replace(/-/g, '_');
}

function viaBrowserI18n(key: string, subs: (string | number)[]): string {
  try {
    const t = i18n.t as unknown as (k: string, s?: string[]) => string;
    return t(key, subs.length ? subs.map(String) : undefined) || '';
  } catch {
    return '';
  }
}
