/**
 * Forms in same-origin iframes: their panel goes into the TOP document (beside the frame, with the top page's layout),
 * not squeezed inside the frame. The top frame's script reaches into the frames' documents directly (the DOM is
 * shared between same-origin documents; no message a page could forge is involved) for detection, listeners,
 * highlights and inserts; the frame's own script stands down. A frame the top cannot reach (cross-origin, or below a
 * cross-origin frame, or deeper than MAX_DEPTH) or whose top is no web page (where no content script runs) or a
 * frameset keeps its own panel. Both sides decide with the same rule, so each form has exactly one panel.
 */
import type { FormProfile } from '@/lib/detect/compile';
import type { detectForm, Detection } from '@/lib/detect/detect';
import { frameUrl } from '@/lib/storage/page-url';

/** Frames nested deeper than this below the top keep their own panel. */
export const MAX_DEPTH = 4;

/**
 * A top document that can show the panel: a web page (where the content script runs) with a real <body> (a frameset's
 * `document.body` is the <frameset>, which renders nothing else).
 */
const canHost = (win: Window): boolean => /^https?:$/.test(win.location.protocol) && win.document.body?.tagName === 'BODY';

/**
 * True when the top document's panel shows this frame's form: every ancestor up to the top is reachable (a frame's
 * `frameElement` is null below a cross-origin parent) and the top can host it (`canHost`).
 */
export function hostedByTop(win: Window = window): boolean {
  try {
    if (win.top === win || !win.top) return false;
    let w: Window = win;
    for (let depth = 1; ; depth++) {
      if (depth > MAX_DEPTH || !w.frameElement) return false;
      w = w.parent;
      if (w === win.top) break;
    }
    return canHost(w);
  } catch {
    return false; // a cross-origin ancestor
  }
}

/** A whole-document editor (TinyMCE classic, designMode): a field of its parent's form, not a form of its own. */
function isEditorDocument(doc: Document): boolean {
  const body = doc.body;
  return doc.designMode === 'on' || (!!body && (body.isContentEditable || body.getAttribute('contenteditable') === 'true'));
}

/** The documents of same-origin child frames the top document hosts (document order, depth-first), none in a frame. */
export function hostedFrameDocuments(doc: Document, depth = 1): Document[] {
  const win = doc.defaultView;
  if (depth === 1 && (!win || win.top !== win || !canHost(win))) return [];
  const out: Document[] = [];
  if (depth > MAX_DEPTH) return out;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    if (frame.closest('jobrettet-panel')) continue;
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
    if (!inner || !inner.documentElement || isEditorDocument(inner)) continue;
    out.push(inner, ...hostedFrameDocuments(inner, depth + 1));
  }
  return out;
}

/** The address a document's notes are filed under (a srcdoc frame takes its parent's, lib/storage/page-url.ts). */
export function documentUrl(doc: Document): string {
  const win = doc.defaultView;
  return win ? frameUrl(win) : frameUrl(window);
}

/** The address of the document that holds a detected form (of its first field; an editor iframe resolves to its parent's). */
export function formUrl(d: Pick<Detection, 'fields'>): string {
  const first = d.fields[0];
  return first ? documentUrl(first.element.ownerDocument) : documentUrl(document);
}

/**
 * The form this document's panel shows: the document's own first, else the first hosted frame's. `mayMatch` is the
 * cheap look before a full detection of each document. `detect` is passed in (the panel bundle gets the loader's copy,
 * so detection is bundled once).
 */
export function detectHere(
  doc: Document,
  profiles: readonly FormProfile[],
  mayMatch: (d: Document) => boolean,
  detect: typeof detectForm,
): Detection | null {
  for (const d of [doc, ...hostedFrameDocuments(doc)]) {
    if (!mayMatch(d)) continue;
    const found = detect(d, documentUrl(d), profiles);
    if (found) return found;
  }
  return null;
}

/** True when `test` holds for this document or one of the frame documents it hosts. */
export function someDocumentHere(doc: Document, test: (d: Document) => boolean): boolean {
  return test(doc) || hostedFrameDocuments(doc).some(test);
}

/**
 * Calls `attach` for each hosted frame document, now and whenever a frame loads (a frame added later, or one that
 * navigates); what `attach` returns is called on stop. Documents that went away take their listeners with them.
 */
export function watchFrameDocuments(doc: Document, attach: (frameDoc: Document) => () => void): () => void {
  const attached = new Map<Document, () => void>();
  const scan = () => {
    for (const [d, detach] of attached) {
      if (!d.defaultView) {
        detach();
        attached.delete(d);
      }
    }
    for (const d of hostedFrameDocuments(doc)) {
      if (attached.has(d)) continue;
      attached.set(d, attach(d));
      // A frame inside this frame loads: its load event stays in this document.
      d.addEventListener('load', onLoad, true);
    }
  };
  const onLoad = (e: Event) => {
    const t = e.target as Element | null;
    if (t && (t.tagName === 'IFRAME' || t.tagName === 'FRAME')) scan();
  };
  doc.addEventListener('load', onLoad, true);
  scan();
  return () => {
    doc.removeEventListener('load', onLoad, true);
    for (const [d, detach] of attached) {
      detach();
      d.removeEventListener('load', onLoad, true);
    }
    attached.clear();
  };
}
