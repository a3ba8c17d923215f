import type { Locale } from './schema';

/**
 * Tiny message lookup for the notes, review, options, overview and popup UI. It follows the user's `locale`
 * setting (browser.i18n would follow the browser's language instead). Danish is complete; English falls back to it.
 */
export type Messages<K extends string> = { da: Record<K, string>; en: Partial<Record<K, string>> };

export function makeT<K extends string>(messages: Messages<K>) {
  return (locale: Locale, key: K, vars?: Record<string, string | number>): string => {
    const template = (locale === 'en' ? messages.en[key] : undefined) ?? messages.da[key];
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}

/** Danish date dd-mm-yyyy (and time), in local time. */
export function formatDate(ms: number, withTime = false): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()}`;
  return withTime ? `${date} ${p(d.getHours())}:${p(d.getMinutes())}` : date;
}
