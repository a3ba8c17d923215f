/**
 * A cheap gate before a full detection: does any editable field of the page carry a word from a profile's role
 * vocabulary in its own label, name, placeholder, aria-label, the short text just before it, or in one of the
 * first headings of the page? Pages where nothing does (news, shops, web apps with a search box) never pay
 * for a full detection. Deliberately generous: visibility is not checked and any role phrase of any profile
 * counts, so every page the full detection recognises passes (the full detection then decides). Only the page's first
 * MAX_SHADOW_PROBE elements are probed for web components' fields.
 */
import { deepQueryAll, hasOpenShadowRoots } from '@/lib/dom/shadow';
import { labelKeys, phraseIn } from './fold';
import { compileProfile, phrasesStartedBy, type CompiledProfile, type FormProfile } from './compile';

/** Anything a user could type text into, and iframes (whole-document editors are labelled from outside). */
export const EDITABLE_SELECTOR =
  'textarea, input:not([type]), input[type="text" i], input[type="search" i], [contenteditable]:not([contenteditable="false" i]), iframe';
/** Read through live per-tag collections, which stop at the first N: one selector query walks a 50,000-element page. */
const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'caption'];
/** Bounds so a huge page costs a bounded amount of work. */
export const MAX_GATE_FIELDS = 200;
export const MAX_GATE_HEADINGS = 200;
/**
 * Elements probed for open shadow roots (web components' fields). A form of web components further down a larger page
 * is found at the first idle moment, when the fields watcher (appear.ts) walks the page once for its shadow roots.
 */
export const MAX_SHADOW_PROBE = 10_000;
const MAX_TEXT = 200;

type Vocabulary = readonly CompiledProfile[];

const vocabCache = new WeakMap<readonly FormProfile[], Vocabulary>();

/** The given profiles (built-in and custom) compiled once per profile list: their role phrases, indexed by first word. */
function roleVocabulary(profiles: readonly FormProfile[]): Vocabulary {
  let v = vocabCache.get(profiles);
  if (!v) {
    v = profiles.map(compileProfile);
    vocabCache.set(profiles, v);
  }
  return v;
}

function clip(s: string | null | undefined): string {
  if (!s) return '';
  return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
}

/** Texts a field names itself with: attributes, its <label>s, aria-labelledby targets, the element just before it. */
export function fieldTexts(el: Element): string[] {
  const out: string[] = [];
  for (const attr of ['aria-label', 'placeholder', 'name', 'id', 'title', 'data-placeholder']) {
    const v = el.getAttribute(attr);
    if (v) out.push(clip(v));
  }
  const labelledby = el.getAttribute('aria-labelledby');
  const root = el.getRootNode() as Document | ShadowRoot;
  if (labelledby && typeof root.getElementById === 'function') {
    for (const id of labelledby.split(/\s+/)) out.push(clip(root.getElementById(id)?.textContent));
  }
  const labels = (el as HTMLInputElement).labels;
  if (labels) for (const l of labels) out.push(clip(l.textContent));
  const wrapping = el.closest('label');
  if (wrapping) out.push(clip(wrapping.textContent));
  // The short text before the field or before one of its first ancestors (a div or cell acting as a label).
  let node: Element | null = el;
  for (let level = 0; node && level < 4; level++) {
    let prev: Element | null = node.previousElementSibling;
    // Two siblings: a toolbar may stand between an editor and its label.
    for (let k = 0; prev && k < 2; k++, prev = prev.previousElementSibling) {
      // Editors hide the element they replaced (the one the page labelled) right before their own UI.
      for (const a of ['name', 'id']) out.push(clip(prev.getAttribute(a)));
      // Another field's surroundings are not this field's label (as in the full detection).
      if (prev.matches(EDITABLE_SELECTOR) || prev.querySelector(EDITABLE_SELECTOR)) break;
      out.push(clip(prev.textContent));
    }
    node = node.parentElement;
  }
  // Inside a web component: the host names the field (a `label` attribute, slotted label text), up to two hosts out.
  // nodeType, not instanceof ShadowRoot: a field in a same-origin frame belongs to that frame's realm.
  let host = root.nodeType === 11 ? (root as ShadowRoot).host : null;
  for (let level = 0; host && level < 2; level++) {
    for (const attr of ['label', 'aria-label', 'placeholder', 'name', 'id', 'title']) {
      const v = host.getAttribute(attr);
      if (v) out.push(clip(v));
    }
    out.push(clip(host.textContent));
    const r = host.getRootNode();
    host = r.nodeType === 11 ? (r as ShadowRoot).host : null;
  }
  return out.filter(Boolean);
}

function anyMatch(texts: readonly string[], vocab: Vocabulary): boolean {
  for (const t of texts) {
    const keys = labelKeys(t);
    if (keys.length === 0) continue;
    for (const p of vocab) for (const i of phrasesStartedBy(keys, p.byFirstWord)) if (phraseIn(keys, p.phrases[i]!.phrase)) return true;
  }
  return false;
}

/** The gate for one field (e.g. the one the user just focused): its own texts only. */
export function fieldMayMatch(el: Element, profiles: readonly FormProfile[]): boolean {
  return anyMatch(fieldTexts(el), roleVocabulary(profiles));
}

function take<T extends Element>(list: HTMLCollectionOf<T> | NodeListOf<T>, max: number, keep: (el: T) => boolean, out: T[]): void {
  for (let i = 0; out.length < max; i++) {
    const el = list[i];
    if (!el) return;
    if (keep(el)) out.push(el);
  }
}

/** The document's first editable fields (not in document order): text inputs, textareas, iframes, editables. */
export function editableFields(doc: Document, max = MAX_GATE_FIELDS): Element[] {
  const out: Element[] = [];
  const all = () => true;
  take(doc.getElementsByTagName('textarea'), max, all, out);
  take(doc.getElementsByTagName('input'), max, (el) => /^(?:|text|search)$/i.test(el.getAttribute('type') ?? ''), out);
  take(doc.getElementsByTagName('iframe'), max, all, out);
  if (out.length < max) {
    for (const el of doc.querySelectorAll('[contenteditable]')) {
      if (out.length >= max) break;
      if ((el.getAttribute('contenteditable') ?? '').toLowerCase() !== 'false') out.push(el);
    }
  }
  return out;
}

/** The gate for a whole document: its first fields' own texts, then its first headings. */
export function pageMayMatch(doc: Document, profiles: readonly FormProfile[], fields: readonly Element[] = editableFields(doc)): boolean {
  if (doc.designMode === 'on') return true;
  const vocab = roleVocabulary(profiles);
  for (const f of fields) if (anyMatch(fieldTexts(f), vocab)) return true;
  // Fields of web components live in open shadow roots, which the per-tag collections do not reach.
  if (fields.length < MAX_GATE_FIELDS && hasOpenShadowRoots(doc, MAX_SHADOW_PROBE)) {
    const deep = deepQueryAll(doc, EDITABLE_SELECTOR).slice(0, MAX_GATE_FIELDS);
    for (const f of deep) if (anyMatch(fieldTexts(f), vocab)) return true;
    if (deep.length === 0) return false;
  } else if (fields.length === 0) return false;
  const headings: Element[] = [];
  for (const tag of HEADING_TAGS) take(doc.getElementsByTagName(tag), MAX_GATE_HEADINGS, () => true, headings);
  return anyMatch(headings.map((h) => clip(h.textContent)), vocab);
}

/** True for an element the user can type text into (the target of a focus event, possibly inside a shadow root). */
export function isEditableTarget(t: EventTarget | null | undefined): t is HTMLElement {
  if (!t || (t as Node).nodeType !== 1) return false;
  const el = t as HTMLElement;
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') return /^(?:|text|search)$/i.test(el.getAttribute('type') ?? '');
  return el.isContentEditable;
}
