/**
 * Custom form profiles as the content script receives them (settings / managed policy: untrusted JSON).
 * Validated with zod/mini (the content script must stay small; lib/detect's full schema with its Danish
 * error messages is for the options page, which shows the errors). Each profile is checked on its own:
 * one bad entry is skipped, the others still work.
 */
import { z } from 'zod/mini';
import { FORM_KINDS, ROLES_BY_FORM, type FormKind } from '@/lib/analysis/types';
import type { FormProfile } from '@/lib/detect/compile';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

const buildSchema = () =>
  z.object({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/)),
    name: text(120),
    kind: z.enum(FORM_KINDS),
    subKind: z.optional(z.literal('indstilling')),
    urlHints: z._default(
      z.array(z.object({ host: z.optional(z.string().check(z.maxLength(253), z.regex(/^[a-z0-9.*-]+$/i))), path: z.optional(text(300)) })).check(z.maxLength(50)),
      [],
    ),
    signatures: z._default(z.array(text(200)).check(z.maxLength(200)), []),
    fields: z.record(z.string(), z.array(text(200)).check(z.minLength(1), z.maxLength(300))),
  });
/** Built on the first custom profile seen: most installations have none, so the panel starts without this schema. */
let profileSchema: ReturnType<typeof buildSchema> | null = null;

function rolesFit(kind: FormKind, roles: string[]): boolean {
  const allowed: readonly string[] = ROLES_BY_FORM[kind];
  return roles.length > 0 && roles.every((r) => allowed.includes(r));
}

/** The valid profiles among `input` (anything else is skipped), ids unique, at most 100. */
export function validCustomProfiles(input: unknown): FormProfile[] {
  if (!Array.isArray(input) || input.length === 0) return [];
  const out: FormProfile[] = [];
  const seen = new Set<string>();
  for (const raw of input.slice(0, 100)) {
    const r = (profileSchema ??= buildSchema()).safeParse(raw);
    if (!r.success) continue;
    const p = r.data;
    if (seen.has(p.id) || !rolesFit(p.kind, Object.keys(p.fields)) || (p.subKind && p.kind !== 'rehab')) continue;
    if (p.urlHints.some((h) => !h.host && !h.path)) continue;
    seen.add(p.id);
    out.push(p as FormProfile);
  }
  return out;
}
