/**
 * Pure matching and scoring: which role a label names, whether a URL or page headings fit a profile,
 * and how confident a whole-page match is. No DOM here, so every rule is unit-tested on plain strings.
 */
import type { FieldRole } from '@/lib/analysis/types';
import { labelKeys, phraseIn } from './fold';
import { compileProfile, phrasesStartedBy, type CompiledProfile, type FormProfile } from './compile';

export interface RoleMatch {
  role: FieldRole;
  /** Weight of the longest matching phrase: the more specific, the higher. */
  weight: number;
  phrase: string;
}

function compiledOf(profile: FormProfile | CompiledProfile): CompiledProfile {
  return 'profile' in profile ? profile : compileProfile(profile);
}

/** The role whose vocabulary best matches `labelText` (longest phrase wins; ties go to the role listed first). */
export function matchRole(labelText: string, profile: FormProfile | CompiledProfile): RoleMatch | null {
  return matchRoleKeys(labelKeys(labelText), compiledOf(profile));
}

function matchRoleKeys(keys: readonly string[], profile: CompiledProfile): RoleMatch | null {
  if (keys.length === 0) return null;
  let best: RoleMatch | null = null;
  // Only phrases whose first word one of the label's words can match, in the profile's order.
  for (const i of phrasesStartedBy(keys, profile.byFirstWord)) {
    const { role, phrase } = profile.phrases[i]!;
    if ((!best || phrase.weight > best.weight) && phraseIn(keys, phrase)) {
      best = { role, weight: phrase.weight, phrase: phrase.source };
    }
  }
  return best;
}

/** Where a label text was found. Everything but a heading belongs to the field itself ("strong" evidence). */
export type LabelSourceKind = 'label' | 'placeholder' | 'title' | 'nearby' | 'heading' | 'name';

export interface LabelSource {
  kind: LabelSourceKind;
  text: string;
  /** `labelKeys(text)`, when already computed (a page is matched against several profiles). */
  keys?: readonly string[];
}

export interface SourcedRoleMatch extends RoleMatch {
  source: LabelSourceKind;
  strong: boolean;
}

/**
 * Label texts of one field in priority order (own label first, then placeholder, title, nearby text, heading, name/id).
 * The first source that names a role decides: a field's own label beats the section heading above it.
 */
export function matchRoleInSources(sources: readonly LabelSource[], profile: FormProfile | CompiledProfile): SourcedRoleMatch | null {
  const compiled = compiledOf(profile);
  for (const source of sources) {
    const match = matchRoleKeys(source.keys ?? labelKeys(source.text), compiled);
    if (match) return { ...match, source: source.kind, strong: source.kind !== 'heading' };
  }
  return null;
}

/** True when one of the profile's URL hints fits (host suffix and/or path part; both must fit when both are given). */
export function matchUrl(url: string, profile: FormProfile | CompiledProfile): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  const path = decodeURIComponent(parsed.pathname + parsed.search + parsed.hash).toLowerCase();
  return compiledOf(profile).urlHints.some((h) => (!h.host || h.host.test(host)) && (!h.path || h.path.test(path)));
}

/** How many of the profile's signature phrases occur in the page's title and headings. */
export function countSignatures(pageTexts: readonly string[], profile: FormProfile | CompiledProfile): number {
  return countSignatureKeys(pageTexts.map(labelKeys), compiledOf(profile));
}

/** `countSignatures` on texts already folded with `labelKeys` (a page is matched against several profiles). */
export function countSignatureKeys(keyed: readonly (readonly string[])[], profile: CompiledProfile): number {
  return profile.signatures.filter((sig) => keyed.some((keys) => phraseIn(keys, sig))).length;
}

export interface FieldEvidence {
  role: FieldRole;
  /** True when the field's own label, placeholder, title or name/id named the role; false when only nearby text or a heading did. */
  strong: boolean;
}

export interface ProfileEvidence {
  urlMatched: boolean;
  signatureHits: number;
  /** Per candidate field on the page: its role in this profile, or null. */
  fields: readonly (FieldEvidence | null)[];
  /** Number of roles the profile defines. */
  roleCount: number;
}

/** Below this, a page is not treated as the form. */
export const DETECTION_THRESHOLD = 0.35;

/**
 * Confidence 0..1 from three kinds of evidence: URL (0.25), page signature (0.3) and fields (0.45; half for
 * how many different roles were found, half for the share of the page's fields that have a role, where a role
 * known only from a heading counts half). A page needs a field that names a role itself, or two different
 * roles: a comment box under a heading that happens to say "timetal" is not a form.
 */
export function scoreProfile(e: ProfileEvidence): number {
  const matched = e.fields.filter((f): f is FieldEvidence => f !== null);
  const distinct = new Set(matched.map((f) => f.role)).size;
  if (matched.length === 0 || (!matched.some((f) => f.strong) && distinct < 2)) return 0;
  const roleCover = Math.min(1, distinct / Math.min(3, Math.max(1, e.roleCount)));
  const fieldShare = matched.reduce((n, f) => n + (f.strong ? 1 : 0.5), 0) / e.fields.length;
  const fieldScore = 0.5 * roleCover + 0.5 * fieldShare;
  const signature = e.signatureHits >= 2 ? 1 : e.signatureHits === 1 ? 0.7 : 0;
  const score = 0.25 * (e.urlMatched ? 1 : 0) + 0.3 * signature + 0.45 * fieldScore;
  return Math.round(Math.min(1, score) * 1000) / 1000;
}
