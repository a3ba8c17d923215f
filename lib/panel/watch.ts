/**
 * Follows a page that renders late or re-renders (SPA routes, a framework replacing the form): one
 * MutationObserver per document, its records filtered (our own UI, the inside of fields the user is typing
 * in) and coalesced to one callback per idle period, so typing in an editor never triggers re-detection.
 */
import { openShadowRoots } from '@/lib/dom/shadow';

export interface WatchOptions {
  /**
   * True for nodes whose changes are not page structure: our panel, highlight overlays, field internals.
   * `removed` is true for a node that a record removed from the document.
   */
  ignore(node: Node, removed: boolean): boolean;
  /** Upper bound on the wait for an idle period (ms). */
  timeout?: number;
  /** At most one callback per this many ms (an editor that keeps touching its toolbar costs one detection per interval). */
  minInterval?: number;
}

export function watchDom(doc: Document, onChange: () => void, opts: WatchOptions): () => void {
  const win = doc.defaultView ?? window;
  const timeout = opts.timeout ?? 150;
  const minInterval = opts.minInterval ?? 200;
  let pending: number | null = null;
  let delayed: number | null = null;
  let lastFire = -Infinity;
  const idle: typeof requestIdleCallback | undefined = (win as Partial<Pick<Window, 'requestIdleCallback'>>).requestIdleCallback;

  const fire = () => {
    pending = null;
    lastFire = win.performance.now();
    observeShadowRoots();
    onChange();
  };
  const schedule = () => {
    if (pending !== null || delayed !== null) return;
    const wait = lastFire + minInterval - win.performance.now();
    const request = () => {
      delayed = null;
      pending = idle ? idle.call(win, fire, { timeout }) : win.setTimeout(fire, Math.min(timeout, 50));
    };
    if (wait > 0) delayed = win.setTimeout(request, wait);
    else request();
  };
  const relevant = (r: MutationRecord): boolean => {
    if (opts.ignore(r.target, false)) return false;
    if (r.type !== 'childList') return true;
    for (const n of r.addedNodes) if (!opts.ignore(n, false) && !isWhitespace(n)) return true;
    for (const n of r.removedNodes) if (!opts.ignore(n, true) && !isWhitespace(n)) return true;
    return false;
  };
  const observer = new win.MutationObserver((records) => {
    if (records.some(relevant)) schedule();
  });
  const init: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'hidden', 'disabled', 'readonly'] };
  observer.observe(doc, init);
  // Web components re-render inside their (open) shadow roots, which a document observer does not see.
  // New roots appear with new elements, which the observer reports: each callback looks for them.
  // Same-origin iframes likewise: an editor iframe (TinyMCE) becomes editable inside its own document.
  const observed = new WeakSet<Node>();
  function observeShadowRoots() {
    for (const root of openShadowRoots(doc)) {
      if (observed.has(root) || opts.ignore(root.host, false)) continue;
      observed.add(root);
      observer.observe(root, init);
    }
    for (const frame of doc.querySelectorAll('iframe')) {
      let inner: Document | null = null;
      try {
        inner = frame.contentDocument;
      } catch {
        inner = null; // cross-origin: its own content script watches it
      }
      if (!inner || observed.has(inner) || opts.ignore(frame, false)) continue;
      observed.add(inner);
      observer.observe(inner, init);
    }
  }
  observeShadowRoots();
  // An iframe that loads a new document (load does not bubble; a capturing listener sees it).
  const onLoad = (e: Event) => {
    if ((e.target as Element | null)?.tagName === 'IFRAME') schedule();
  };
  doc.addEventListener('load', onLoad, true);
  return () => {
    observer.disconnect();
    doc.removeEventListener('load', onLoad, true);
    if (delayed !== null) win.clearTimeout(delayed);
    delayed = null;
    if (pending !== null) {
      if (idle !== undefined) win.cancelIdleCallback(pending);
      else win.clearTimeout(pending);
    }
    pending = null;
  };
}

function isWhitespace(n: Node): boolean {
  return n.nodeType === 3 && !(n.textContent ?? '').trim();
}
