/**
 * Form detection: which of the known forms (if any) a document holds, and the role of each of its fields.
 *
 * Frames: `detectForm` reads ONE document. Which documents a panel looks at is decided outside (the top document's
 * script also passes its same-origin frames' documents, one by one, entrypoints/panel.content/frames.ts, and those
 * frames' own scripts stand down), so a form is never detected twice. Within a document, the one exception is an
 * editor iframe whose whole document is the editable area (TinyMCE classic, designMode): it has no labels of its
 * own, so its own script finds nothing, and the parent reports it as a field (see `editorFrameFields`).
 */
import type { FieldRole, FormKind } from '@/lib/analysis/types';
import { deepQueryAll } from '@/lib/dom/shadow';
import { BUILTIN_PROFILES } from './builtin-profiles';
import { CLEAR_ROLE_NAMES } from '@/lib/analysis/vocab/roles';
import { labelKeys, labelWords } from './fold';
import { DETECTION_THRESHOLD, countSignatureKeys, matchRoleInSources, matchUrl, scoreProfile, type LabelSource } from './match';
import { compileProfile, type FormProfile } from './compile';
import { findCandidateFields, labelSourcesFor, type CandidateField, type EditorKind, type FieldKind } from './fields';

export { mayHaveForm } from './fields';

export interface DetectedField {
  element: HTMLElement;
  role: FieldRole;
  /** The field's visible label (for the panel), or its name/id when it has none. */
  label: string;
  kind: FieldKind;
  editor: EditorKind | null;
  /** Stable within the page: derived from role, label and position among equal ones, never from the element. */
  fieldId: string;
}

export interface Detection {
  profileId: string;
  kind: FormKind;
  subKind: 'indstilling' | null;
  /** 0..1 */
  confidence: number;
  fields: DetectedField[];
}

const PAGE_TEXT_SELECTOR = 'h1, h2, h3, h4, [role="heading"], legend, caption, nav [aria-current], .breadcrumb';

/** A page names its form near the top: later headings (a 5,000-heading archive) are not read. */
export const MAX_PAGE_TEXTS = 200;

/** Title and the first headings: where a page says which form it is. */
export function pageTexts(doc: Document): string[] {
  const texts = [doc.title];
  for (const el of deepQueryAll(doc, PAGE_TEXT_SELECTOR)) {
    if (texts.length > MAX_PAGE_TEXTS) break;
    if (el.closest('jobrettet-panel')) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t && t.length <= 200) texts.push(t);
  }
  return texts;
}

const DISPLAY_ORDER: LabelSource['kind'][] = ['label', 'placeholder', 'title', 'nearby', 'heading', 'name'];

function displayLabel(sources: readonly LabelSource[]): string {
  for (const kind of DISPLAY_ORDER) {
    const s = sources.find((x) => x.kind === kind);
    if (s) return s.text;
  }
  return '';
}

/** Label words without numbers: a live character counter in a label ("Aftaler (120/4000 tegn)") must not change the id. */
function slug(label: string): string {
  return (
    labelWords(label)
      .filter((w) => !/\d/.test(w))
      .join('-')
      .slice(0, 40) || 'felt'
  );
}

/** Same role and label → numbered in document order, so ids stay put when a framework re-creates the elements. */
function assignFieldIds(fields: Omit<DetectedField, 'fieldId'>[]): DetectedField[] {
  const seen = new Map<string, number>();
  return fields.map((f) => {
    const base = `${f.role}:${slug(f.label)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { ...f, fieldId: `${base}:${n}` };
  });
}

interface Ranked {
  profile: FormProfile;
  confidence: number;
  fields: Omit<DetectedField, 'fieldId'>[];
}

function rankProfile(profile: FormProfile, candidates: readonly CandidateField[], url: string, texts: () => readonly (readonly string[])[]): Ranked {
  const compiled = compileProfile(profile);
  const matches = candidates.map((c) => matchRoleInSources(c.sources, compiled));
  // Without a single role the score is 0 whatever the headings say: they are not read.
  const anyRole = matches.some((m) => m !== null);
  const confidence = scoreProfile({
    urlMatched: matchUrl(url, compiled),
    signatureHits: anyRole ? countSignatureKeys(texts(), compiled) : 0,
    fields: matches.map((m) => (m ? { role: m.role, strong: m.strong } : null)),
    roleCount: compiled.roles.length,
  });
  const fields: Omit<DetectedField, 'fieldId'>[] = [];
  candidates.forEach((c, i) => {
    // A field whose own label clearly names a role of another form ("Skånehensyn" on a Min Plan screen) keeps that
    // role; it does not count towards the profile's confidence.
    const m = matches[i] ?? clearRoleOf(c.sources);
    if (m) fields.push({ element: c.element, role: m.role, label: displayLabel(c.sources), kind: c.kind, editor: c.editor });
  });
  return { profile, confidence, fields };
}

const CLEAR_ROLES: FormProfile = { id: 'clear-role-names', name: '', kind: 'rehab', urlHints: [], signatures: [], fields: CLEAR_ROLE_NAMES as FormProfile['fields'] };

const clearRoles = new WeakMap<readonly LabelSource[], { role: FieldRole } | null>();

/** The role a field's own label (not a heading above it) names clearly in any form, or null. */
function clearRoleOf(sources: readonly LabelSource[]): { role: FieldRole } | null {
  // Asked once per profile for the same field: answered once.
  if (clearRoles.has(sources)) return clearRoles.get(sources)!;
  const m = matchRoleInSources(sources, compileProfile(CLEAR_ROLES));
  const clear = m && m.strong ? { role: m.role } : null;
  clearRoles.set(sources, clear);
  return clear;
}

/** Fields of `doc` plus the body of same-origin editor iframes (whole-document editors) inside it. */
function candidatesOf(doc: Document): CandidateField[] {
  const fields = findCandidateFields(doc);
  // Put each editor iframe's body where its iframe is in document order (FOLLOWING = 4).
  for (const { frame, field } of editorFrames(doc)) {
    const at = fields.findIndex((f) => frame.compareDocumentPosition(f.element) & 4);
    if (at < 0) fields.push(field);
    else fields.splice(at, 0, field);
  }
  return fields;
}

/**
 * Same-origin iframes whose document is itself one editable area (TinyMCE classic, CKEditor 4, designMode editors).
 * Their label is around the iframe in this document, so this document reports them.
 */
export function editorFrameFields(doc: Document): CandidateField[] {
  return editorFrames(doc).map((f) => f.field);
}

function editorFrames(doc: Document): { frame: HTMLIFrameElement; field: CandidateField }[] {
  const out: { frame: HTMLIFrameElement; field: CandidateField }[] = [];
  for (const frame of doc.querySelectorAll('iframe')) {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument;
    } catch {
      inner = null; // cross-origin: its own content script handles it
    }
    const body = inner?.body;
    if (!inner || !body) continue;
    const editable = inner.designMode === 'on' || body.isContentEditable || body.getAttribute('contenteditable') === 'true';
    if (!editable || frame.closest('jobrettet-panel')) continue;
    // Label texts come from the iframe element (title, aria-label, label, nearby text) in this document.
    const editor = body.id === 'tinymce' || body.classList.contains('mce-content-body') ? 'tinymce' : null;
    out.push({ frame, field: { element: body, kind: 'contenteditable', editor, sources: findLabelsForFrame(frame) } });
  }
  return out;
}

function findLabelsForFrame(frame: HTMLIFrameElement): LabelSource[] {
  const extra: HTMLElement[] = [];
  // TinyMCE 5+ (.tox-tinymce), TinyMCE 4 (.mce-tinymce) and CKEditor 4 (.cke) wrap their iframe.
  const wrapper = frame.closest<HTMLElement>('.tox-tinymce, .mce-tinymce, .cke');
  if (wrapper) extra.push(wrapper);
  // The editor hides the textarea it replaced (the one the page labelled) right before its wrapper.
  const replaced = (wrapper ?? frame).previousElementSibling;
  if (replaced) extra.push(replaced as HTMLElement);
  return labelSourcesFor(frame, extra);
}

/**
 * Detects the best-matching form profile in `doc` (only this document, see the note at the top).
 * Returns null when no profile reaches the threshold or no field has a role.
 */
export function detectForm(doc: Document, url: string, profiles: readonly FormProfile[] = BUILTIN_PROFILES): Detection | null {
  const candidates = candidatesOf(doc);
  if (candidates.length === 0) return null;
  // Read and folded once for all profiles, and only when a profile finds a role.
  let texts: string[][] | null = null;
  const lazyTexts = () => (texts ??= pageTexts(doc).map(labelKeys));
  let best: Ranked | null = null;
  for (const profile of profiles) {
    const ranked = rankProfile(profile, candidates, url, lazyTexts);
    if (!best || ranked.confidence > best.confidence) best = ranked;
  }
  if (!best || best.confidence < DETECTION_THRESHOLD || best.fields.length === 0) return null;
  return {
    profileId: best.profile.id,
    kind: best.profile.kind,
    subKind: best.profile.subKind ?? null,
    confidence: best.confidence,
    fields: assignFieldIds(best.fields),
  };
}
