/** Pure helpers for keeping spans in step with a text that the user is editing. */
import type { TextEdit } from './types';

/**
 * The single edit that turns oldText into newText: longest common prefix, then longest common suffix
 * of the rest. Never splits a UTF-16 surrogate pair.
 */
export function diffEdit(oldText: string, newText: string): TextEdit | null {
  if (oldText === newText) return null;
  const max = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  // Do not end the prefix between a high and a low surrogate.
  if (prefix > 0 && isHighSurrogate(oldText.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  const maxSuffix = max - prefix;
  while (
    suffix < maxSuffix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  )
    suffix++;
  // Do not start the suffix on a low surrogate whose high half is in the edit.
  if (suffix > 0 && isLowSurrogate(oldText.charCodeAt(oldText.length - suffix))) suffix--;
  return {
    start: prefix,
    deletedLength: oldText.length - prefix - suffix,
    insertedLength: newText.length - prefix - suffix,
  };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Moves spans through an edit: spans wholly before the edit stay, spans wholly after it shift by the
 * length delta (an insertion exactly at a span's start or end leaves the span's own text intact), and
 * spans whose own text the edit touched are dropped, since they no longer cover what was analysed.
 */
export function remapSpans<T extends { start: number; end: number }>(spans: readonly T[], edit: TextEdit | null): T[] {
  if (!edit) return spans.slice();
  const editEnd = edit.start + edit.deletedLength;
  const delta = edit.insertedLength - edit.deletedLength;
  const out: T[] = [];
  for (const s of spans) {
    if (s.end <= edit.start) out.push(s);
    else if (s.start >= editEnd) out.push({ ...s, start: s.start + delta, end: s.end + delta });
  }
  return out;
}
