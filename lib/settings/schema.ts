import { z } from 'zod/mini';
import { CATEGORIES, type Category } from '@/lib/analysis/types';

// zod/mini (not classic zod): this module is bundled into the content script, which must stay small.

export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_RETENTION_DAYS = 90;
export const MAX_RETENTION_DAYS = 3650;

/** A hostname or a host pattern: `jobnet.dk`, `*.kommune.dk`, `localhost`, `127.0.0.1`. */
export const HostPatternSchema = z.string().check(
  z.minLength(1),
  z.maxLength(253),
  z.regex(/^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i),
);

export const CategorySchema = z.enum(CATEGORIES);

/** What the user can set (browser.storage.local key `settings`). Every key optional: defaults fill the rest. */
export const UserSettingsSchema = z.object({
  locale: z.optional(z.enum(LOCALES)),
  disabledSites: z.optional(z.array(HostPatternSchema).check(z.maxLength(1000))),
  disabledCategories: z.optional(z.array(CategorySchema)),
  retentionDays: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_RETENTION_DAYS))),
  customProfiles: z.optional(z.array(z.unknown()).check(z.maxLength(200))),
});
export type UserSettings = z.infer<typeof UserSettingsSchema>;

/**
 * Managed policy (browser.storage.managed; public/managed_schema.json is the same shape for the admin).
 * `urlPatterns`: when set, Jobrettet runs only on matching hosts. `profiles`: form profiles that replace the user's own.
 */
export const ManagedPolicySchema = z.object({
  locale: z.optional(z.enum(LOCALES)),
  disabledSites: z.optional(z.array(HostPatternSchema)),
  urlPatterns: z.optional(z.array(HostPatternSchema)),
  disabledCategories: z.optional(z.array(CategorySchema)),
  retentionDays: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_RETENTION_DAYS))),
  profiles: z.optional(z.array(z.unknown())),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;

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
