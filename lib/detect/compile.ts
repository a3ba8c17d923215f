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
  /** Every role phrase in matching order (roles in order, then their phrases). */
  phrases: { role: FieldRole; phrase: CompiledPhrase }[];
  /** `phrases` by their first word (`indexByFirstWord`). */
  byFirstWord: Map<string, number[]>;
}

/** At most the length from which a phrase word may match the start of a longer word (`phraseIn`'s PREFIX_MIN, 4). */
export const PREFIX_KEY = 4;

/**
 * Positions in `phrases` by the key a label word must have to match the phrase's first word: the whole word, or
 * its first PREFIX_KEY characters when the phrase word may be the start of a longer label word.
 */
export function indexByFirstWord(phrases: readonly CompiledPhrase[]): Map<string, number[]> {
  const byFirstWord = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = byFirstWord.get(key);
    if (!list) byFirstWord.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  phrases.forEach((phrase, i) => {
    const w = phrase.words[0];
    if (!w) return;
    // A prefix word's keys are at least PREFIX_KEY long (the folded word is, and its ASCII keys are no shorter).
    const cut = (k: string) => (w.prefix ? k.slice(0, PREFIX_KEY) : k);
    add(cut(w.ascii), i);
    add(cut(w.bare), i);
  });
  return byFirstWord;
}

/** Positions (ascending, each once) of the indexed phrases whose first word one of `keys` can match. */
export function phrasesStartedBy(keys: readonly string[], byFirstWord: Map<string, number[]>): number[] {
  const at: number[] = [];
  for (const key of keys) {
    const list = byFirstWord.get(key);
    if (list) for (const i of list) at.push(i);
    if (key.length > PREFIX_KEY) {
      const cut = byFirstWord.get(key.slice(0, PREFIX_KEY));
      if (cut) for (const i of cut) at.push(i);
    }
  }
  at.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < at.length; i++) if (i === 0 || at[i] !== at[i - 1]) at[n++] = at[i]!;
  at.length = n;
  return at;
}

function indexPhrases(roles: CompiledProfile['roles']): Pick<CompiledProfile, 'phrases' | 'byFirstWord'> {
  const phrases = roles.flatMap(({ role, phrases: list }) => list.map((phrase) => ({ role, phrase })));
  return { phrases, byFirstWord: indexByFirstWord(phrases.map((p) => p.phrase)) };
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
  const roles = (Object.entries(profile.fields) as [FieldRole, string[]][]).map(([role, phrases]) => ({
    role,
    phrases: phrases.map(compilePhrase).filter((p) => p.words.length > 0),
  }));
  const result: CompiledProfile = {
    profile,
    signatures: profile.signatures.map(compilePhrase),
    roles,
    ...indexPhrases(roles),
    urlHints: profile.urlHints.map((h) => ({
      // "jobnet.dk" also matches sub-domains; "*.kommune.dk" style globs work too.
      host: h.host ? hostRegExp(h.host) : null,
      path: h.path ? globToRegExp(h.path, false) : null,
    })),
  };
  compiled.set(profile, result);
  return result;
}

