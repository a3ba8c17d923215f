/**
 * In-field highlights that never add a node inside the host's field:
 * - contenteditable: CSS Custom Highlight API (ranges registered in CSS.highlights, styled by one
 *   injected <style> with ::highlight() rules in the host document's <head>);
 * - textarea/input (and contenteditable where the API is missing): an overlay in its own shadow root,
 *   appended to <html>, pointer-events:none, drawing underline bars at rectangles measured on a mirror.
 * While the user types, spans are remapped through the edit (diffEdit + remapSpans); spans whose own
 * text changed disappear until the next analysis calls set() again.
 */
import { ACTIVE_HIGHLIGHT, CATEGORY_COLOR, OVERLAY_TAG, SEVERITY_LINE, STYLE_ID, highlightCss, highlightName } from './highlight-style';
import { createMirror, type Mirror } from './mirror';
import { frameCoalescer } from './schedule';
import { diffEdit, remapSpans } from './text-edit';
import type { FieldAdapter, HighlightSpan, Highlighter } from './types';

export { OVERLAY_TAG, STYLE_ID };

export type HighlightStrategy = 'css-highlight' | 'overlay';

export interface HighlighterOptions {
  /** Force a strategy (tests); default: CSS highlights for contenteditable when supported, else overlay. */
  strategy?: HighlightStrategy;
}

export function supportsCssHighlights(win: Window): boolean {
  const w = win as Window & { Highlight?: unknown; CSS?: { highlights?: unknown } };
  return typeof w.Highlight === 'function' && !!w.CSS && typeof w.CSS.highlights === 'object' && w.CSS.highlights !== null;
}

export function createHighlighter(adapter: FieldAdapter, options: HighlighterOptions = {}): Highlighter & { readonly strategy: HighlightStrategy; spans(): HighlightSpan[] } {
  const el = adapter.element;
  const doc = el.ownerDocument;
  const win = doc.defaultView ?? window;
  const strategy: HighlightStrategy =
    options.strategy ?? (adapter.kind === 'contenteditable' && supportsCssHighlights(win) ? 'css-highlight' : 'overlay');
  const renderer = strategy === 'css-highlight' ? cssHighlightRenderer(adapter) : overlayRenderer(adapter);

  let spans: HighlightSpan[] = [];
  let text = adapter.getText();
  const stopObserving = adapter.observe(() => {
    const now = adapter.getText();
    if (now !== text) {
      spans = remapSpans(spans, diffEdit(text, now));
      text = now;
    }
    // Editors re-create text nodes on re-render: ranges/rects are rebuilt from offsets every time.
    renderer.render(spans); // adapter.observe already calls at most once per frame
  });

  return {
    strategy,
    spans: () => spans.slice(),
    set(next, analysedText?: string) {
      text = adapter.getText();
      const valid = next.filter((s) => s.start >= 0 && s.end > s.start);
      // Spans computed on an older text are carried through the edits since (or dropped when touched).
      spans = analysedText !== undefined && analysedText !== text ? remapSpans(valid, diffEdit(analysedText, text)) : valid;
      spans = spans.filter((s) => s.end <= text.length);
      renderer.render(spans);
    },
    clear() {
      spans = [];
      renderer.render(spans);
    },
    destroy() {
      stopObserving();
      spans = [];
      renderer.destroy();
    },
  };
}

interface Renderer {
  render(spans: readonly HighlightSpan[]): void;
  destroy(): void;
}

// ---------------------------------------------------------------- CSS Custom Highlight API

type HighlightCtor = new (...ranges: AbstractRange[]) => Set<AbstractRange> & { priority: number };
type Registry = Map<string, Set<AbstractRange> & { priority: number }>;

/** Shadow roots that already adopted the highlight sheet. */
const adoptedIn = new WeakSet<ShadowRoot>();

/**
 * ::highlight() rules apply from the styles of the tree that holds the text: the document's <head> for
 * light DOM, the shadow root itself (as an adopted sheet, no node added) for an editor inside a shadow root.
 */
function ensureStyle(el: Element): void {
  const doc = el.ownerDocument;
  const root = el.getRootNode();
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (win && root instanceof win.ShadowRoot) {
    if (adoptedIn.has(root)) return;
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(highlightCss());
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      adoptedIn.add(root);
    } catch {
      // no constructable stylesheets: the highlights stay unstyled; the panel still lists the findings
    }
    return;
  }
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = highlightCss();
  (doc.head ?? doc.documentElement).append(style);
}

function cssHighlightRenderer(adapter: FieldAdapter): Renderer {
  const doc = adapter.element.ownerDocument;
  const win = (doc.defaultView ?? window) as Window & { Highlight: HighlightCtor; CSS: { highlights: Registry } };
  ensureStyle(adapter.element);
  // This highlighter's own ranges per highlight name; other fields share the same names.
  const mine = new Map<string, AbstractRange[]>();
  const registry = win.CSS.highlights;

  const removeMine = () => {
    for (const [name, ranges] of mine) {
      const h = registry.get(name);
      if (!h) continue;
      for (const r of ranges) h.delete(r);
      if (h.size === 0) registry.delete(name);
    }
    mine.clear();
  };
  const add = (name: string, range: Range, priority: number) => {
    let h = registry.get(name);
    if (!h) {
      h = new win.Highlight();
      h.priority = priority;
      registry.set(name, h);
    }
    h.add(range);
    const list = mine.get(name) ?? [];
    list.push(range);
    mine.set(name, list);
  };

  return {
    render(spans) {
      removeMine();
      if (!adapter.isConnected) return;
      for (const s of spans) {
        const range = adapter.domRange(s.start, s.end);
        if (!range) continue;
        add(highlightName(s.category, s.severity), range, s.severity === 'error' ? 2 : 1);
        if (s.active) add(ACTIVE_HIGHLIGHT, range.cloneRange(), 0);
      }
    },
    destroy: removeMine,
  };
}

// ---------------------------------------------------------------- overlay (textarea/input, fallback)

/** Above this many characters a textarea's underlines are redrawn only after typing pauses. */
export const LARGE_FIELD_CHARS = 3000;
const IDLE_REDRAW_MS = 250;

/** Below the panel's z-index (2147483000): a panel lying over the field in a narrow window covers its underlines. */
const OVERLAY_HOST_STYLE =
  'all:initial!important;position:fixed!important;left:0!important;top:0!important;width:0!important;height:0!important;' +
  'overflow:visible!important;pointer-events:none!important;z-index:2147482000!important;display:block!important;';

function overlayRenderer(adapter: FieldAdapter): Renderer {
  const el = adapter.element;
  const doc = el.ownerDocument;
  const win = doc.defaultView ?? window;
  const host = doc.createElement(OVERLAY_TAG);
  host.setAttribute('style', OVERLAY_HOST_STYLE);
  host.setAttribute('aria-hidden', 'true');
  const shadow = host.attachShadow({ mode: 'open' });
  const layer = doc.createElement('div');
  layer.setAttribute('part', 'layer');
  layer.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;pointer-events:none;';
  shadow.append(layer);
  doc.documentElement.append(host);
  const mirror: Mirror | null =
    adapter.kind === 'contenteditable' ? null : createMirror(el as HTMLTextAreaElement | HTMLInputElement, shadow);
  let current: readonly HighlightSpan[] = [];
  /** The field value the mirror was last laid out with. */
  let drawnValue: string | null = null;

  const draw = () => {
    layer.replaceChildren();
    if (current.length === 0 || !adapter.isConnected) return;
    let clip: DOMRect | null;
    if (mirror) {
      if (!mirror.sync()) return;
      drawnValue = (el as HTMLTextAreaElement).value;
      clip = intersect(mirror.clientBox(), visibleArea(el));
    } else {
      clip = visibleArea(el);
    }
    if (!clip) return;
    // Measure everything first, then write: appending between measurements would force a re-layout
    // of the mirror for every span.
    const measured = current.map((s) => ({
      s,
      rects: mirror ? mirror.rects(s.start, s.end) : Array.from(adapter.domRange(s.start, s.end)?.getClientRects() ?? []),
    }));
    const frag = doc.createDocumentFragment();
    for (const { s, rects } of measured) {
      const line = SEVERITY_LINE[s.severity];
      const color = CATEGORY_COLOR[s.category];
      for (const r of rects) {
        // The underline sits on the rect's bottom edge: draw it only where that edge is visible.
        if (r.bottom > clip.bottom + 1 || r.bottom < clip.top + 2) continue;
        const v = intersect(r, clip);
        if (!v || v.width < 1) continue;
        const bar = doc.createElement('div');
        bar.className = 'jr-underline';
        bar.dataset.start = String(s.start);
        bar.dataset.end = String(s.end);
        bar.dataset.category = s.category;
        bar.dataset.severity = s.severity;
        const thick = line.thickness + 1;
        bar.style.cssText =
          `position:fixed;left:${v.left}px;top:${Math.min(v.bottom, clip.bottom) - thick}px;width:${v.width}px;height:${thick}px;` +
          `border-bottom:${line.thickness}px ${line.style === 'wavy' ? 'double' : line.style} ${color};box-sizing:border-box;` +
          'pointer-events:none;';
        frag.append(bar);
        if (s.active) {
          // The span the user picked in the panel: a light fill over the whole text box as well.
          const fill = doc.createElement('div');
          fill.className = 'jr-active';
          fill.style.cssText = `position:fixed;left:${v.left}px;top:${v.top}px;width:${v.width}px;height:${v.height}px;background:#ffd54f55;pointer-events:none;`;
          frag.append(fill);
        }
      }
    }
    layer.append(frag);
  };
  const frame = frameCoalescer(win, draw);
  const request = () => frame.request();
  // Scroll of the page or any scroll container (capture catches the field's own scroll), resize, zoom.
  doc.addEventListener('scroll', request, { capture: true, passive: true });
  win.addEventListener('resize', request, { passive: true });
  win.visualViewport?.addEventListener('resize', request, { passive: true });
  // Big fields: re-measuring the mirror costs a full text layout, so while the user types the underlines
  // are hidden and redrawn once typing pauses (small fields redraw every frame).
  let idleTimer = 0;
  const drawWhenIdle = () => {
    layer.replaceChildren();
    win.clearTimeout(idleTimer);
    idleTimer = win.setTimeout(request, IDLE_REDRAW_MS);
  };
  const ro = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(request) : null;
  ro?.observe(el);
  // The field can also move without scrolling or resizing itself: a docked panel narrowing the page, content
  // growing above it, a CSS transition. The page's own size changes and transition ends catch most of that.
  ro?.observe(doc.documentElement);
  if (doc.body) ro?.observe(doc.body);
  doc.addEventListener('transitionend', request, { passive: true });
  doc.addEventListener('focusin', request, { passive: true });

  return {
    render(spans) {
      current = spans;
      // New text in a big field (typing, or a new analysis arriving while the user types): wait for a pause.
      const value = mirror ? (el as HTMLTextAreaElement).value : '';
      if (mirror && value.length > LARGE_FIELD_CHARS && value !== drawnValue) drawWhenIdle();
      else draw();
    },
    destroy() {
      frame.cancel();
      doc.removeEventListener('scroll', request, { capture: true });
      win.removeEventListener('resize', request);
      win.visualViewport?.removeEventListener('resize', request);
      win.clearTimeout(idleTimer);
      ro?.disconnect();
      doc.removeEventListener('transitionend', request);
      doc.removeEventListener('focusin', request);
      mirror?.destroy();
      host.remove();
    },
  };
}

function intersect(a: DOMRect, b: DOMRect | null): DOMRect | null {
  if (!b) return a;
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  if (right <= left || bottom <= top) return null;
  return new DOMRect(left, top, right - left, bottom - top);
}

/** The part of the viewport where el can be seen: its box clipped by scrolling/overflow ancestors. */
function visibleArea(el: Element): DOMRect | null {
  const win = el.ownerDocument.defaultView ?? window;
  let area: DOMRect | null = el.getBoundingClientRect();
  for (let p = el.parentElement; p && area; p = p.parentElement) {
    const cs = win.getComputedStyle(p);
    if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') area = intersect(area, p.getBoundingClientRect());
    if (cs.position === 'fixed') break;
  }
  return area ? intersect(area, new DOMRect(0, 0, win.innerWidth, win.innerHeight)) : null;
}
