/**
 * Notices editable fields that appear after load (late rendering, SPA routes) at a cost a busy page does not feel:
 * the observer only collects added nodes; at most once per `interval` (at idle) the collected nodes are searched
 * for fields not seen before, and only those are reported. A page re-rendering a big DOM without fields costs one
 * selector query over the added subtrees per interval, never a detection.
 */
import { EDITABLE_SELECTOR, editableFields, fieldsUnder } from './gate';

export interface AppearOptions {
  /** At most one look per this many ms. */
  interval?: number;
}

/** Above this many collected nodes per interval, one query over the document is cheaper than one per node. */
const MAX_COLLECTED = 500;

export function watchFieldsAppear(doc: Document, onNewFields: (fields: Element[]) => void, opts: AppearOptions = {}): () => void {
  const win = doc.defaultView ?? window;
  const interval = opts.interval ?? 500;
  const seen = new WeakSet<Element>();
  for (const el of editableFields(doc, Infinity)) seen.add(el);
  let collected = new Set<Element>();
  let overflow = false;
  let timer: number | null = null;
  let idleHandle: number | null = null;
  const idle = (win as Partial<Pick<Window, 'requestIdleCallback'>>).requestIdleCallback;

  const look = () => {
    idleHandle = null;
    const roots = overflow ? [doc.documentElement] : [...collected];
    collected = new Set();
    overflow = false;
    const fresh: Element[] = [];
    const take = (el: Element) => {
      if (!seen.has(el)) {
        seen.add(el);
        fresh.push(el);
      }
    };
    for (const root of roots) {
      if (!root.isConnected) continue;
      for (const el of fieldsUnder(root)) take(el);
    }
    if (fresh.length) onNewFields(fresh);
  };
  const schedule = () => {
    if (timer !== null || idleHandle !== null) return;
    timer = win.setTimeout(() => {
      timer = null;
      if (idle) idleHandle = idle.call(win, look, { timeout: interval });
      else look();
    }, interval);
  };
  const observer = new win.MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        // A field made editable, shown or enabled again is looked at afresh.
        const t = r.target as Element;
        seen.delete(t);
        for (const el of t.querySelectorAll(EDITABLE_SELECTOR)) seen.delete(el);
        collected.add(t);
      } else {
        for (const n of r.addedNodes) if (n.nodeType === 1) collected.add(n as Element);
      }
    }
    if (collected.size > MAX_COLLECTED) {
      overflow = true;
      collected = new Set();
    }
    if (collected.size || overflow) schedule();
  });
  observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'hidden', 'disabled', 'readonly'] });
  return () => {
    observer.disconnect();
    if (timer !== null) win.clearTimeout(timer);
    if (idleHandle !== null) win.cancelIdleCallback(idleHandle);
    timer = idleHandle = null;
  };
}
