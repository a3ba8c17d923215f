import { z } from 'zod/mini';
import { CATEGORIES, type Category } from '@/lib/analysis/types';

// zod/mini (not classic zod): this module is in the panel bundle, which every form page loads.

export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_RETENTION_DAYS = 90;
export const MAX_RETENTION_DAYS = 3650;

/*
 * The schemas are built on first use (`userSettingsSchema()`, …), not when the module loads: the panel bundle starts
 * with this module, and on a browser without stored settings or policy it never needs to build them (building zod
 * schemas was a quarter of the bundle's start-up evaluation).
 */

/** A hostname or a host pattern: `jobnet.dk`, `*.kommune.dk`, `localhost`, `127.0.0.1`. */
const buildHostPattern = () =>
  z.string().check(
    z.minLength(1),
    z.maxLength(253),
    z.regex(/^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i),
  );
let hostPattern: ReturnType<typeof buildHostPattern> | null = null;
export const hostPatternSchema = /* @__NO_SIDE_EFFECTS__ */ () => (hostPattern ??= buildHostPattern());

/** What the user can set (browser.storage.local key `settings`). Every key optional: defaults fill the rest. */
const buildUserSettings = () =>
  z.object({
    locale: z.optional(z.enum(LOCALES)),
    disabledSites: z.optional(z.array(hostPatternSchema()).check(z.maxLength(1000))),
    disabledCategories: z.optional(z.array(z.enum(CATEGORIES))),
    retentionDays: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_RETENTION_DAYS))),
    customProfiles: z.optional(z.array(z.unknown()).check(z.maxLength(200))),
  });
let userSettings: ReturnType<typeof buildUserSettings> | null = null;
export const userSettingsSchema = /* @__NO_SIDE_EFFECTS__ */ () => (userSettings ??= buildUserSettings());
export type UserSettings = z.infer<ReturnType<typeof buildUserSettings>>;

/**
 * Managed policy (browser.storage.managed; public/managed_schema.json is the same shape for the admin).
 * `urlPatterns`: when set, Jobrettet runs only on matching hosts. `profiles`: form profiles that replace the user's own.
 */
const buildManagedPolicy = () =>
  z.object({
    locale: z.optional(z.enum(LOCALES)),
    disabledSites: z.optional(z.array(hostPatternSchema())),
    urlPatterns: z.optional(z.array(hostPatternSchema())),
    disabledCategories: z.optional(z.array(z.enum(CATEGORIES))),
    retentionDays: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_RETENTION_DAYS))),
    profiles: z.optional(z.array(z.unknown())),
  });
let managedPolicy: ReturnType<typeof buildManagedPolicy> | null = null;
export const managedPolicySchema = /* @__NO_SIDE_EFFECTS__ */ () => (managedPolicy ??= buildManagedPolicy());
export type ManagedPolicy = z.infer<ReturnType<typeof buildManagedPolicy>>;

/** The managed-policy key that sets and locks each setting (public/managed_schema.json declares them all). */
export const MANAGED_KEY_OF = {
  locale: 'locale',
  disabledSites: 'disabledSites',
  disabledCategories: 'disabledCategories',
  retentionDays: 'retentionDays',
  customProfiles: 'profiles',
} as const satisfies Record<keyof UserSettings, keyof ManagedPolicy>;

export interface Settings {
  locale: Locale;
  disabledSites: string[];
  disabledCategories: Category[];
  retentionDays: number;
  customProfiles: unknown[];
}

export interface EffectiveSettings extends Settings {
  /** Keys set by the organisation's managed policy: the user cannot change them. */
  locked: Partial<Record<keyof Settings, true>>;
  /** From managed `urlPatterns`: when non-empty, Jobrettet runs only on these hosts. */
  allowedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  locale: 'da',
  disabledSites: [],
  disabledCategories: [],
  retentionDays: DEFAULT_RETENTION_DAYS,
  customProfiles: [],
};
