/** Adapter for <textarea> and text <input>: the value is the text, offsets are value indices. */
import { OVERLAY_TAG } from './highlight-style';
import { createMirror } from './mirror';
import { frameCoalescer, nextFrame } from './schedule';
import type { FieldAdapter, InsertRequest, InsertResult } from './types';

export function createTextControlAdapter(el: HTMLTextAreaElement | HTMLInputElement): FieldAdapter {
  const doc = el.ownerDocument;
  const win = doc.defaultView ?? window;
  return {
    element: el,
    kind: el.tagName === 'TEXTAREA' ? 'textarea' : 'input',
    editor: 'none',
    getText: () => el.value,
    domRange: () => null,
    offsetsOf: () => null,
    select(start, end) {
      const len = el.value.length;
      if (start < 0 || end > len || start > end) return false;
      el.focus({ preventScroll: true });
      el.setSelectionRange(start, end);
      scrollTextControlTo(el, start);
      el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
      return true;
    },
    replace: (req) => replaceInTextControl(el, req),
    observe(onChange) {
      // Frameworks may also set .value without any event (a re-render, a reset): the cheap focus/blur/key
      // events catch those, and onChange fires only when the value really differs from the last call.
      let last = el.value;
      const tick = frameCoalescer(win, () => {
        if (el.value === last) return;
        last = el.value;
        onChange();
      });
      const handler = () => tick.request();
      // selectionchange: a script setting .value moves the caret (Chromium, Firefox fire it on the control).
      const events = ['input', 'change', 'compositionend', 'cut', 'paste', 'drop', 'focus', 'blur', 'keyup', 'selectionchange'];
      for (const t of events) el.addEventListener(t, handler);
      return () => {
        for (const t of events) el.removeEventListener(t, handler);
        tick.cancel();
      };
    },
    get isConnected() {
      return el.isConnected;
    },
    dispose() {},
  };
}

export async function replaceInTextControl(
  el: HTMLTextAreaElement | HTMLInputElement,
  { start, end, expected, replacement }: InsertRequest,
): Promise<InsertResult> {
  if (!el.isConnected) return { ok: false, reason: 'disconnected' };
  if (el.disabled || el.readOnly) return { ok: false, reason: 'read-only' };
  const before = el.value;
  if (start < 0 || end > before.length || start > end) return { ok: false, reason: 'out-of-range' };
  if (before.slice(start, end) !== expected) return { ok: false, reason: 'stale' };
  const wanted = before.slice(0, start) + replacement + before.slice(end);
  // The browser would silently truncate the insert at maxlength: refuse up front instead of half-applying.
  if (el.maxLength >= 0 && wanted.length > el.maxLength && wanted.length > before.length) return { ok: false, reason: 'not-applied' };
  const doc = el.ownerDocument;

  el.focus({ preventScroll: true });
  // execCommand edits whatever has focus: if the field could not take it (hidden, inert), go straight
  // to the fallback instead of typing into some other element. (getRootNode: fields in shadow DOM.)
  const focused = (el.getRootNode() as Document | ShadowRoot).activeElement === el;
  let applied = false;
  if (focused) {
    el.setSelectionRange(start, end);
    try {
      // The editing path: fires beforeinput/input (frameworks see it) and joins the native undo stack.
      applied =
        replacement === '' ? start === end || doc.execCommand('delete', false) : doc.execCommand('insertText', false, replacement);
    } catch {
      applied = false;
    }
  }
  if (applied && el.value === wanted) return { ok: true, path: 'execCommand', undoable: true };
  if (el.value !== before) {
    // Something changed, but not to what we asked for (a framework rewrote it): do not pile on.
    await nextFrame(doc.defaultView ?? window);
    return el.value === wanted ? { ok: true, path: 'execCommand', undoable: true } : { ok: false, reason: 'not-applied' };
  }
  // Fallback (execCommand unavailable, e.g. some Firefox versions for inputs): setRangeText + input
  // event so frameworks still see the change. Ctrl+Z may not undo this path.
  el.setRangeText(replacement, start, end, 'end');
  el.dispatchEvent(
    new (doc.defaultView ?? window).InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }),
  );
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return el.value === wanted ? { ok: true, path: 'setRangeText', undoable: false } : { ok: false, reason: 'not-applied' };
}

/**
 * Scrolls a textarea so the line holding `offset` is visible (setSelectionRange alone does not reveal a
 * selection made by script), measuring the line on a temporary mirror (wrapped lines included).
 */
function scrollTextControlTo(el: HTMLTextAreaElement | HTMLInputElement, offset: number): void {
  if (el.tagName !== 'TEXTAREA' || el.scrollHeight <= el.clientHeight) return;
  const doc = el.ownerDocument;
  const holder = doc.createElement(OVERLAY_TAG);
  holder.setAttribute('style', 'all:initial!important;position:fixed!important;left:0!important;top:0!important;width:0!important;height:0!important;overflow:hidden!important;');
  const shadow = holder.attachShadow({ mode: 'open' });
  doc.documentElement.append(holder);
  try {
    const mirror = createMirror(el, shadow);
    const top = mirror.lineTop(offset);
    mirror.destroy();
    if (top === null) return;
    const cs = (doc.defaultView ?? window).getComputedStyle(el);
    const lineHeight = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.2 || 16;
    if (top < el.scrollTop || top + lineHeight > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, top - el.clientHeight / 3);
    }
  } finally {
    holder.remove();
  }
}
