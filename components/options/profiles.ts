import { FormProfilesSchema } from '@/lib/detect/profiles';
import { JsonSyntaxError, parseJsonWithLines } from '@/lib/settings/json-lines';
import type { Locale } from '@/lib/settings/schema';

export interface ProfileError {
  line: number;
  /** The path inside the JSON, e.g. "0.fields.job-goal" (empty for syntax errors). */
  path: string;
  message: string;
}

export type ProfilesCheck = { ok: true; profiles: unknown[] } | { ok: false; errors: ProfileError[] };

const SYNTAX: Record<Locale, string> = { da: 'Ugyldig JSON', en: 'Invalid JSON' };

/**
 * Validates custom form profiles written as JSON against the same schema as the built-in ones
 * (lib/detect/profiles.ts) and reports each problem at its line.
 */
export function checkProfilesJson(text: string, locale: Locale = 'da'): ProfilesCheck {
  if (!text.trim()) return { ok: true, profiles: [] };
  let located;
  try {
    located = parseJsonWithLines(text);
  } catch (err) {
    if (err instanceof JsonSyntaxError) return { ok: false, errors: [{ line: err.line, path: '', message: `${SYNTAX[locale]} (${err.message}, ${locale === 'da' ? 'kolonne' : 'column'} ${err.column})` }] };
    throw err;
  }
  const r = FormProfilesSchema.safeParse(located.value);
  if (r.success) return { ok: true, profiles: located.value as unknown[] };
  const errors = r.error.issues.map((issue) => ({
    line: located.lineOf(issue.path),
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  errors.sort((a, b) => a.line - b.line);
  return { ok: false, errors };
}
