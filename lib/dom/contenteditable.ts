/** Adapter for contenteditable roots: plain, CKEditor 5, Quill, TinyMCE inline, ProseMirror, Lexical, Slate. */
import { editorKindOf, prefersBeforeInput } from './detect-editor';
import { frameCoalescer, nextFrame } from './schedule';
import { buildTextMap, offsetAt, rangeFor, type TextMap, type WhiteSpaceCache } from './text-map';
import type { EditorKind, FieldAdapter, InsertPath, InsertRequest, InsertResult } from './types';

export function createContentEditableAdapter(root: HTMLElement): FieldAdapter {
  const doc = root.ownerDocument;
  const win = doc.defaultView ?? window;
  const editor = editorKindOf(root);
  // The map is rebuilt lazily: any DOM change invalidates it (cheap check via a mutation counter).
  let cached: TextMap | null = null;
  let dirty = true;
  let wsCache: WhiteSpaceCache = new WeakMap();
  /** When the editor's DOM last changed (typing): editors that group edits by time need it (Quill). */
  let lastChange = 0;
  const invalidate = new MutationObserver((records) => onRecords(records));
  const onRecords = (records: MutationRecord[]) => {
    if (records.length === 0) return;
    dirty = true;
    lastChange = win.performance.now();
    if (records.some((r) => r.type === 'attributes')) wsCache = new WeakMap();
  };
  invalidate.observe(root, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
  const map = (): TextMap => {
    // MutationObserver callbacks are async: also drain pending records so a read right after an edit is fresh.
    onRecords(invalidate.takeRecords());
    if (dirty || !cached) {
      cached = buildTextMap(root, wsCache);
      dirty = false;
    }
    return cached;
  };

  const adapter: FieldAdapter = {
    element: root,
    kind: 'contenteditable',
    editor,
    getText: () => map().text,
    domRange: (start, end) => rangeFor(map(), start, end),
    offsetsOf(range) {
      const m = map();
      const a = offsetAt(m, range.startContainer, range.startOffset);
      const b = offsetAt(m, range.endContainer, range.endOffset);
      return a === null || b === null ? null : { start: a, end: b };
    },
    select(start, end) {
      const range = rangeFor(map(), start, end);
      if (!range) return false;
      root.focus({ preventScroll: true });
      const sel = doc.getSelection();
      if (!sel) return false;
      sel.removeAllRanges();
      sel.addRange(range);
      const anchor = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
      anchor?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
      return true;
    },
    replace: (req) =>
      replaceInContentEditable(root, editor, map, req, () => {
        onRecords(invalidate.takeRecords());
        return lastChange;
      }),
    observe(onChange) {
      const tick = frameCoalescer(win, onChange);
      const handler = () => tick.request();
      const events = ['input', 'compositionend'];
      for (const t of events) root.addEventListener(t, handler);
      // Editors change their DOM from their model without input events (undo, collaboration, setData).
      const mo = new MutationObserver(handler);
      mo.observe(root, { childList: true, characterData: true, subtree: true });
      return () => {
        for (const t of events) root.removeEventListener(t, handler);
        mo.disconnect();
        tick.cancel();
      };
    },
    get isConnected() {
      return root.isConnected;
    },
    dispose() {
      invalidate.disconnect();
      cached = null;
    },
  };
  return adapter;
}

async function replaceInContentEditable(
  root: HTMLElement,
  editor: EditorKind,
  map: () => TextMap,
  { start, end, expected, replacement }: InsertRequest,
  lastChange: () => number = () => 0,
): Promise<InsertResult> {
  if (!root.isConnected) return { ok: false, reason: 'disconnected' };
  const win0 = root.ownerDocument.defaultView ?? window;
  // Quill merges every change less than its history delay (1 s) after the last undo step it started into that
  // step, and offers no DOM-level way to close it: wait until the delay since the last edit has passed, so the
  // insert becomes its own step.
  // ProseMirror's history (Tiptap) does the same for adjacent changes within its newGroupDelay (500 ms).
  const groupDelay = HISTORY_GROUP_DELAY_MS[editor];
  if (groupDelay) {
    const wait = groupDelay - (win0.performance.now() - lastChange());
    if (wait > 0) await new Promise((r) => win0.setTimeout(r, wait));
  }
  if (!root.isContentEditable && root.getAttribute('contenteditable') === 'false') return { ok: false, reason: 'read-only' };
  const before = map().text;
  if (start < 0 || end > before.length || start > end) return { ok: false, reason: 'out-of-range' };
  if (before.slice(start, end) !== expected) return { ok: false, reason: 'stale' };
  const wanted = before.slice(0, start) + replacement + before.slice(end);
  const doc = root.ownerDocument;
  const win = win0;

  const attempts: InsertPath[] = prefersBeforeInput(editor) ? ['beforeinput'] : ['execCommand', 'beforeinput'];
  for (const path of attempts) {
    const range = rangeFor(map(), start, end);
    if (!range) return { ok: false, reason: 'out-of-range' };
    root.focus({ preventScroll: true });
    const sel = doc.getSelection();
    if (!sel) return { ok: false, reason: 'not-applied' };
    sel.removeAllRanges();
    sel.addRange(range);
    // Never edit through a selection or focus that ended up elsewhere (execCommand acts on the focus).
    const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
    const focusInside = active !== null && (active === root || root.contains(active));
    if (!focusInside || sel.rangeCount === 0 || !root.contains(sel.getRangeAt(0).commonAncestorContainer)) {
      return { ok: false, reason: 'not-applied' };
    }

    if (path === 'beforeinput') {
      // Let the editor adopt the new selection first (selectionchange is async): browsers without
      // InputEventInit.targetRanges (Firefox) leave the editor to read the target from its selection.
      // CKEditor 5 also closes its typing batch on that selection change (its ChangeBuffer resets on a new
      // model selection); it takes the DOM selection over only after its focus observer settles (~50 ms).
      await nextFrame(win);
      if (editor === 'ckeditor5') {
        await new Promise((r) => win.setTimeout(r, CKEDITOR_SELECTION_SETTLE_MS));
        await nextFrame(win);
      }
      if (map().text !== before) return { ok: false, reason: 'stale' }; // changed meanwhile: do not guess
      const handled = dispatchBeforeInput(root, range, replacement);
      if (!handled) continue; // nobody took it; nothing changed
    } else {
      // TinyMCE records typing as one pending undo level and treats a native insertText as more typing; an
      // `input` of type insertReplacementText (what a spell-check replacement fires) makes it store a level of
      // its own: once before the edit (the typing so far) and once after it (the insert).
      if (editor === 'tinymce') closeUndoLevel(root);
      let ok = false;
      try {
        ok =
          replacement === '' ? start === end || doc.execCommand('delete', false) : doc.execCommand('insertText', false, replacement);
      } catch {
        ok = false;
      }
      if (!ok) continue;
      if (editor === 'tinymce') closeUndoLevel(root);
    }
    // An editor that took the beforeinput applies it to its model and may redraw only in a later render
    // (Slate through React's scheduler): the unchanged text is not yet a revert.
    const after = await settle(win, map, before, wanted, path === 'beforeinput' ? 6 : 1);
    if (after === wanted) return { ok: true, path, undoable: true };
    if (after !== before) return { ok: false, reason: 'not-applied' }; // changed into something else: stop
  }
  return { ok: false, reason: 'not-applied' };
}

/** How long after the last edit each editor that groups undo steps by time starts a new step (plus a margin). */
const HISTORY_GROUP_DELAY_MS: Partial<Record<EditorKind, number>> = { quill: 1050, prosemirror: 550 };
const CKEDITOR_SELECTION_SETTLE_MS = 80;

function closeUndoLevel(root: HTMLElement): void {
  const win = root.ownerDocument.defaultView ?? window;
  root.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: null }));
}

/**
 * Fires a cancelable `beforeinput` like the browser does for spell-check replacements. Editors with their
 * own model (CKEditor 5, Lexical, Slate) apply it through their commands (and undo stack) and cancel it.
 */
function dispatchBeforeInput(root: HTMLElement, range: Range, text: string): boolean {
  const win = root.ownerDocument.defaultView ?? window;
  const staticRange = new win.StaticRange({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  });
  const inputType = range.collapsed ? 'insertText' : 'insertReplacementText';
  const event = new win.InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType,
    // The text goes in `data` only. A DataTransfer made by a content script is unreadable to the page in Firefox
    // (its items carry the extension's principal: getData returns ""), and Lexical and Slate prefer it over `data`.
    data: text,
    dataTransfer: null,
    targetRanges: [staticRange],
  });
  root.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Waits until the editor's DOM settles: at least one frame (CKEditor 5 lets execCommand change its DOM and
 * then redraws the old text from its model in the same task's mutation callback), then until it shows
 * `wanted` in two consecutive reads, or stops changing, for a few frames at most.
 */
async function settle(win: Window, map: () => TextMap, before: string, wanted: string, revertAfter = 1): Promise<string> {
  let previous = map().text;
  for (let i = 0; i < 8; i++) {
    await nextFrame(win);
    const text = map().text;
    if (text === before && i < revertAfter) continue;
    if (text === previous && (text === wanted || i >= 2)) return text;
    if (text === before) return text; // reverted by the editor
    previous = text;
  }
  return previous;
}
