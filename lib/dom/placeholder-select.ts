/**
 * Placeholders in an inserted rewrite ("[antal]", "[dato]"): find them, read the field's selection as text offsets,
 * and select one through the field adapter, so the user can fill them in one pass (Tab / Shift+Tab).
 */
import type { FieldAdapter } from './types';

/** A placeholder: a short bracketed name on one line, brackets included. */
const PLACEHOLDER_RE = /\[[^[\]\n]{1,60}\]/g;

export interface Span {
  start: number;
  end: number;
}

/** The placeholders of `text` inside [from, to), in text order. */
export function placeholdersIn(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  const part = text.slice(Math.max(0, from), Math.max(from, to));
  for (const m of part.matchAll(PLACEHOLDER_RE)) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** The field's current selection as text offsets (null when the selection is not in the field). */
export function selectionOffsets(adapter: FieldAdapter): Span | null {
  const el = adapter.element;
  // Tag names, not instanceof: a field in a same-origin frame belongs to that frame's realm.
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
    const tc = el as HTMLTextAreaElement | HTMLInputElement;
    if (tc.selectionStart === null || tc.selectionEnd === null) return null;
    return { start: tc.selectionStart, end: tc.selectionEnd };
  }
  const root = el.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  const sel = (typeof root.getSelection === 'function' ? root.getSelection() : null) ?? el.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  return adapter.offsetsOf(sel.getRangeAt(0));
}

/** The placeholder Tab (or Shift+Tab) moves to from `current`, wrapping around; null when there is none. */
export function nextPlaceholder(list: readonly Span[], current: Span | null, back: boolean): Span | null {
  if (list.length === 0) return null;
  if (!current) return back ? list[list.length - 1] : list[0];
  if (back) return [...list].reverse().find((p) => p.end <= current.start) ?? list[list.length - 1];
  return list.find((p) => p.start >= current.end) ?? list[0];
}

/** Selects `span` in the field; true when the field now shows it selected. */
export function selectPlaceholder(adapter: FieldAdapter, span: Span): boolean {
  return adapter.select(span.start, span.end);
}
