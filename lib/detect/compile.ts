/**
 * Profiles compiled for matching (zod-free, so the detection runtime does not need the schema library).
 */
import type { FieldRole, FormKind } from '@/lib/analysis/types';
import { compilePhrase, type CompiledPhrase } from './fold';

/** A validated profile (defaults filled in). Built-in profiles are written in this shape directly. */
export interface FormProfile {
  id: string;
  name: string;
  kind: FormKind;
  subKind?: 'indstilling';
  urlHints: { host?: string; path?: string }[];
  signatures: string[];
  fields: Partial<Record<FieldRole, string[]>>;
}

/** A validated profile with its phrases compiled once (profiles are matched against every field on a page). */
export interface CompiledProfile {
  profile: FormProfile;
  signatures: CompiledPhrase[];
  roles: { role: FieldRole; phrases: CompiledPhrase[] }[];
  urlHints: { host: RegExp | null; path: RegExp | null }[];
}

function globToRegExp(glob: string, anchored: boolean): RegExp {
  const body = glob
    .toLowerCase()
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(anchored ? `^${body}$` : body);
}

/** "jobnet.dk" matches the host and its sub-domains; a pattern with `*` is a glob over the whole host. */
function hostRegExp(host: string): RegExp {
  if (host.includes('*')) return globToRegExp(host, true);
  const escaped = host.toLowerCase().replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(?:.+\\.)?${escaped}$`);
}

const compiled = new WeakMap<FormProfile, CompiledProfile>();

export function compileProfile(profile: FormProfile): CompiledProfile {
  const cached = compiled.get(profile);
  if (cached) return cached;
  const result: CompiledProfile = {
    profile,
    signatures: profile.signatures.map(compilePhrase),
    roles: (Object.entries(profile.fields) as [FieldRole, string[]][]).map(([role, phrases]) => ({
      role,
      phrases: phrases.map(compilePhrase).filter((p) => p.words.length > 0),
    })),
    urlHints: profile.urlHints.map((h) => ({
      // "jobnet.dk" also matches sub-domains; "*.kommune.dk" style globs work too.
      host: h.host ? hostRegExp(h.host) : null,
      path: h.path ? globToRegExp(h.path, false) : null,
    })),
  };
  compiled.set(profile, result);
  return result;
}

