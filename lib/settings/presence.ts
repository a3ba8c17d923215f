import { browser } from 'wxt/browser';
import { obj, readManagedRaw } from './managed-read';
import { isSiteEnabled } from './sites';

/**
 * Zod-free look at the stored settings for the content script's small loader (entrypoints/panel.content):
 * it must decide whether to load the panel bundle without pulling in the schema library. Nothing read here is
 * used as a setting; the panel bundle validates the settings itself (lib/settings, lib/panel/custom-profiles).
 */

/** The browser.storage.local key of the user settings (re-exported by lib/settings). */
export const SETTINGS_KEY = 'settings';

const nonEmptyArray = (v: unknown): boolean => Array.isArray(v) && v.length > 0;

async function readRaw(): Promise<{ user: Record<string, unknown>; managed: Record<string, unknown> }> {
  const [local, managed] = await Promise.all([
    browser.storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>),
    readManagedRaw(),
  ]);
  return { user: obj((local as Record<string, unknown>)[SETTINGS_KEY]) ?? {}, managed };
}

const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);

/**
 * True when the user settings or the managed policy hold any custom form profiles: then only the full
 * detection (with those profiles) can tell whether this page has a form. Storage errors count as none.
 */
export async function hasCustomProfiles(): Promise<boolean> {
  const { user, managed } = await readRaw();
  return nonEmptyArray(user.customProfiles) || nonEmptyArray(managed.profiles);
}

/**
 * The loader's view before the panel bundle loads: custom profiles present, and whether the per-site switch (user
 * setting, or the policy's disabledSites / urlPatterns, which win) lets the panel show on `host`, and the forced
 * language (policy, then user; null: the default, Danish). Only decides
 * whether to draw the panel's frame early; the panel bundle validates the settings and decides for good.
 */
export async function loaderView(host: string): Promise<{ customProfiles: boolean; enabled: boolean; locale: 'da' | 'en' | null }> {
  const { user, managed } = await readRaw();
  const locale = [managed.locale, user.locale].find((l): l is 'da' | 'en' => l === 'da' || l === 'en') ?? null;
  const disabledSites = strings(managed.disabledSites) ?? strings(user.disabledSites) ?? [];
  const allowedSites = strings(managed.urlPatterns) ?? [];
  return {
    customProfiles: nonEmptyArray(user.customProfiles) || nonEmptyArray(managed.profiles),
    enabled: isSiteEnabled({ disabledSites, allowedSites }, host),
    locale,
  };
}
