import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, managedPolicySchema, userSettingsSchema } from './schema';
import type { EffectiveSettings, ManagedPolicy, Settings, UserSettings } from './schema';
import { isPolicyChange, readManagedRaw } from './managed-read';
import { SETTINGS_KEY } from './presence';
import { hostMatches, normaliseHost } from './sites';

export * from './schema';

export { SETTINGS_KEY, hasCustomProfiles } from './presence';
export { hostMatches, isSiteEnabled, normaliseHost } from './sites';

/**
 * Validates an untrusted object key by key, so that one bad value (an old version, a hand-edited policy)
 * drops only that key instead of all settings.
 */
function parseByKey<T extends object>(schema: () => { shape: Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }> }, raw: unknown): Partial<T> {
  const out: Record<string, unknown> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out as Partial<T>;
  // Nothing stored (no settings saved, no policy): nothing to validate, and the schema is not built.
  if (!Object.values(raw).some((v) => v !== undefined)) return out as Partial<T>;
  for (const [key, field] of Object.entries(schema().shape)) {
    if (!Object.prototype.hasOwnProperty.call(raw, key)) continue;
    const value = (raw as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const r = field.safeParse(value);
    if (r.success && r.data !== undefined) out[key] = r.data;
  }
  return out as Partial<T>;
}

export function parseUserSettings(raw: unknown): UserSettings {
  return parseByKey<UserSettings>(userSettingsSchema as never, raw);
}

export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  return parseByKey<ManagedPolicy>(managedPolicySchema as never, raw);
}

/** Pure merge: defaults < user settings < managed policy; every managed key locks the matching setting. */
export function mergeSettings(user: UserSettings, managed: ManagedPolicy): EffectiveSettings {
  const s: Settings = { ...DEFAULT_SETTINGS, ...user };
  const locked: EffectiveSettings['locked'] = {};
  if (managed.locale) {
    s.locale = managed.locale;
    locked.locale = true;
  }
  if (managed.disabledSites) {
    s.disabledSites = [...managed.disabledSites];
    locked.disabledSites = true;
  }
  if (managed.disabledCategories) {
    s.disabledCategories = [...managed.disabledCategories];
    locked.disabledCategories = true;
  }
  if (managed.retentionDays !== undefined) {
    s.retentionDays = managed.retentionDays;
    locked.retentionDays = true;
  }
  if (managed.profiles) {
    s.customProfiles = [...managed.profiles];
    locked.customProfiles = true;
  }
  return {
    ...s,
    disabledSites: [...s.disabledSites],
    disabledCategories: [...s.disabledCategories],
    customProfiles: [...s.customProfiles],
    locked,
    allowedSites: managed.urlPatterns ? [...managed.urlPatterns] : [],
  };
}

async function readUser(): Promise<UserSettings> {
  try {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    return parseUserSettings(got[SETTINGS_KEY]);
  } catch {
    return {};
  }
}

async function readManaged(): Promise<ManagedPolicy> {
  try {
    return parseManagedPolicy(await readManagedRaw());
  } catch {
    return {};
  }
}

export async function loadSettings(): Promise<EffectiveSettings> {
  const [user, managed] = await Promise.all([readUser(), readManaged()]);
  return mergeSettings(user, managed);
}

/** Calls `cb` with fresh settings whenever user settings or managed policy change. Returns an unsubscribe. */
export function watchSettings(cb: (s: EffectiveSettings) => void): () => void {
  let stopped = false;
  let latest = 0;
  let delivered: string | null = null;
  const listener = (_changes: Record<string, unknown>, area: string) => {
    const userChange = area === 'local' && Object.prototype.hasOwnProperty.call(_changes, SETTINGS_KEY);
    if (!userChange && !isPolicyChange(_changes, area)) return;
    // Reads may resolve out of order (a policy removed while the user saves): only the newest one is delivered.
    const seq = ++latest;
    void loadSettings().then((s) => {
      if (stopped || seq !== latest) return;
      // A policy change arrives twice (the managed area, then its copy: managed-read.ts): delivered once.
      const json = JSON.stringify(s);
      if (json === delivered) return;
      delivered = json;
      cb(s);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

export class SettingLockedError extends Error {
  constructor(public readonly key: keyof Settings) {
    super(`Setting "${key}" is locked by managed policy`);
    this.name = 'SettingLockedError';
  }
}

/** Writes user settings (validated); refuses keys the managed policy locks. */
export async function saveUserSettings(patch: UserSettings): Promise<EffectiveSettings> {
  const current = await loadSettings();
  const clean = parseUserSettings(patch);
  for (const key of Object.keys(clean) as (keyof Settings)[]) {
    if (current.locked[key]) throw new SettingLockedError(key);
  }
  const stored = await readUser();
  const next = userSettingsSchema().parse({ ...stored, ...clean });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return loadSettings();
}

/** The per-site switch (popup). Stores the normalised hostname; enabling removes every entry that matches it. */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<EffectiveSettings> {
  const current = await loadSettings();
  if (current.locked.disabledSites) throw new SettingLockedError('disabledSites');
  const host = normaliseHost(hostname);
  const rest = current.disabledSites.filter((p) => !hostMatches(p, host));
  return saveUserSettings({ disabledSites: enabled ? rest : [...rest, host] });
}
