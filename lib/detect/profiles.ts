/**
 * Form profiles as data: which page is which form, and which field has which role.
 * Built-in profiles live in builtin-profiles.ts; administrators and users can add their own (validated with
 * `FormProfilesSchema`; the zod issue paths say exactly which entry is wrong).
 */
import { z } from 'zod';
import { FIELD_ROLES, FORM_KINDS } from '@/lib/analysis/types';
import type { FormProfile } from './compile';

const phrase = z.string().trim().min(1, 'Tom tekst er ikke tilladt').max(200);

export const UrlHintSchema = z
  .strictObject({
    /** Host name or a parent domain: "jobnet.dk" matches "jobnet.dk" and "www.jobnet.dk". */
    host: z.string().trim().min(1).max(253).regex(/^[a-z0-9.*-]+$/i, 'Ugyldigt værtsnavn').optional(),
    /** Part of the path (case-insensitive); `*` matches anything: "/cv", "minplan", "/sag/*\/rehab". */
    path: z.string().trim().min(1).max(300).optional(),
  })
  .refine((hint) => hint.host !== undefined || hint.path !== undefined, { message: 'Angiv host eller path' });

export const FormProfileSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'Id må kun indeholde a-z, 0-9 og bindestreg'),
    /** Display name (Danish), e.g. "Jobnet CV". */
    name: z.string().trim().min(1).max(120),
    kind: z.enum(FORM_KINDS),
    subKind: z.literal('indstilling').optional(),
    urlHints: z.array(UrlHintSchema).max(50).default([]),
    /** Words in the page title or headings that identify the form. */
    signatures: z.array(phrase).max(200).default([]),
    /** Per field role: words and phrases of its label (any role, whatever the `kind`). */
    fields: z.record(z.string(), z.array(phrase).min(1).max(300)),
  })
  .superRefine((profile, ctx) => {
    // Any role with any form kind: roles do not depend on the form.
    const allowed: readonly string[] = FIELD_ROLES;
    const roles = Object.keys(profile.fields);
    if (roles.length === 0) ctx.addIssue({ code: 'custom', path: ['fields'], message: 'Mindst én feltrolle kræves' });
    for (const role of roles) {
      if (!allowed.includes(role)) {
        ctx.addIssue({
          code: 'custom',
          path: ['fields', role],
          message: `Rollen "${role}" findes ikke (tilladt: ${allowed.join(', ')})`,
        });
      }
    }
    if (profile.subKind !== undefined && profile.kind !== 'rehab') {
      ctx.addIssue({ code: 'custom', path: ['subKind'], message: 'subKind "indstilling" kræver kind "rehab"' });
    }
  });

export const FormProfilesSchema = z.array(FormProfileSchema).max(100).superRefine((profiles, ctx) => {
  const seen = new Set<string>();
  profiles.forEach((p, i) => {
    if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `Id "${p.id}" er brugt to gange` });
    seen.add(p.id);
  });
});

/** A profile as written by an administrator (before defaults are filled in). */
export type FormProfileInput = z.input<typeof FormProfileSchema>;
export type { FormProfile, CompiledProfile } from './compile';
export { compileProfile } from './compile';

/** Validates user-supplied profiles; throws a ZodError whose issue paths point at the wrong entry. */
export function parseProfiles(input: unknown): FormProfile[] {
  return FormProfilesSchema.parse(input) as FormProfile[];
}
