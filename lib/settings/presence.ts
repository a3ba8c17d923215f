import { browser } from 'wxt/browser';

/**
 * Zod-free look at the stored settings for the content script's small loader (entrypoints/panel.content):
 * it must decide whether to load the panel bundle without pulling in the schema library. Nothing read here is
 * used as a setting; the panel bundle validates the settings itself (lib/settings, lib/panel/custom-profiles).
 */

/** The browser.storage.local key of the user settings (re-exported by lib/settings). */
export const SETTINGS_KEY = 'settings';

const nonEmptyArray = (v: unknown): boolean => Array.isArray(v) && v.length > 0;

/**
 * True when the user settings or the managed policy hold any custom form profiles: then only the full
 * detection (with those profiles) can tell whether this page has a form. Storage errors count as none.
 */
export async function hasCustomProfiles(): Promise<boolean> {
  const [local, managed] = await Promise.all([
    browser.storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>),
    // Firefox rejects when no policy is installed; fakeBrowser may lack the area.
    Promise.resolve()
      .then(() => browser.storage.managed?.get(null) ?? {})
      .catch(() => ({}) as Record<string, unknown>),
  ]);
  const user = (local as Record<string, unknown>)[SETTINGS_KEY];
  const userProfiles = user && typeof user === 'object' ? (user as { customProfiles?: unknown }).customProfiles : undefined;
  return nonEmptyArray(userProfiles) || nonEmptyArray((managed as { profiles?: unknown } | undefined)?.profiles);
}
