/**
 * Mirror layout for <textarea>/<input>: an invisible element that copies the field's text layout, so
 * Range.getClientRects() on its text gives the on-screen boxes of any character span (the technique of
 * Harper's TextFieldRange and textarea-caret). The mirror lives in the overlay's shadow root, never in
 * the host's field.
 */

/** Computed properties that decide where characters land. */
const COPIED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'font-kerning',
  'font-feature-settings', 'font-variation-settings', 'letter-spacing', 'word-spacing', 'line-height', 'text-transform',
  'text-indent', 'text-align', 'tab-size', 'direction', 'writing-mode', 'word-break', 'overflow-wrap', 'hyphens',
  'text-rendering', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
] as const;

export interface Mirror {
  /** Lays the mirror over the field's client box (viewport coordinates) and syncs text and scroll. */
  sync(): boolean;
  /** Viewport rectangles of [start, end) as currently shown in the field (clipped to its client box). */
  rects(start: number, end: number): DOMRect[];
  /** The field's client box in viewport coordinates (after sync). */
  clientBox(): DOMRect;
  /** Content-space top of the line holding `offset` (for scrolling a textarea). */
  lineTop(offset: number): number | null;
  destroy(): void;
}

export function createMirror(field: HTMLTextAreaElement | HTMLInputElement, container: ShadowRoot | HTMLElement): Mirror {
  const doc = field.ownerDocument;
  const win = doc.defaultView ?? window;
  const isInput = field.tagName === 'INPUT';
  const box = doc.createElement('div');
  const textNode = doc.createTextNode('');
  box.append(textNode);
  box.setAttribute('aria-hidden', 'true');
  container.append(box);
  let client = new DOMRect();
  let scale = 1;
  let lastCss = '';

  const sync = (): boolean => {
    if (!field.isConnected) return false;
    const rect = field.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return false;
    const cs = win.getComputedStyle(field);
    // Effective scale from CSS zoom/transform on ancestors: the laid-out box vs. its layout width.
    scale = field.offsetWidth > 0 ? rect.width / field.offsetWidth : 1;
    const decl: string[] = COPIED.map((p) => `${p}:${cs.getPropertyValue(p)}`);
    decl.push(
      'position:fixed', 'visibility:hidden', 'pointer-events:none', 'box-sizing:border-box', 'border:0', 'margin:0',
      'overflow:hidden', 'transform-origin:0 0', `transform:${scale === 1 ? 'none' : `scale(${scale})`}`,
      `left:${rect.left + field.clientLeft * scale}px`, `top:${rect.top + field.clientTop * scale}px`,
      `width:${field.clientWidth}px`, `height:${field.clientHeight}px`,
    );
    if (isInput) {
      // An input shows one line, vertically centred in its content box.
      const contentH = field.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
      decl.push('white-space:pre', `line-height:${Math.max(contentH, 0)}px`, 'overflow-wrap:normal');
    } else {
      decl.push(`white-space:${cs.whiteSpace === 'normal' || !cs.whiteSpace ? 'pre-wrap' : cs.whiteSpace}`);
      if (cs.overflowWrap === 'normal' || !cs.overflowWrap) decl.push('overflow-wrap:break-word');
    }
    // Only touch the mirror's style when something changed (each write invalidates its layout).
    const cssText = decl.join(';');
    if (cssText !== lastCss) {
      box.style.cssText = cssText;
      lastCss = cssText;
    }
    const bl = field.clientLeft;
    const bt = field.clientTop;
    // A trailing newline needs a character after it to make its line exist.
    const value = field.value;
    const shown = value.endsWith('\n') ? value + '\u200b' : value;
    if (textNode.data !== shown) textNode.data = shown;
    box.scrollTop = field.scrollTop;
    box.scrollLeft = field.scrollLeft;
    client = new DOMRect(rect.left + bl * scale, rect.top + bt * scale, field.clientWidth * scale, field.clientHeight * scale);
    return true;
  };

  const rects = (start: number, end: number): DOMRect[] => {
    const len = field.value.length;
    if (start < 0 || end > len || start >= end) return [];
    const range = doc.createRange();
    range.setStart(textNode, start);
    range.setEnd(textNode, end);
    const out: DOMRect[] = [];
    for (const r of Array.from(range.getClientRects())) {
      // Keep a line while its underline (its bottom edge) shows in the field's client box; clip it to the box.
      if (r.bottom > client.bottom + 1 || r.bottom < client.top + 2) continue;
      const left = Math.max(r.left, client.left);
      const right = Math.min(r.right, client.right);
      if (right - left < 0.5) continue;
      const top = Math.max(r.top, client.top);
      out.push(new DOMRect(left, top, right - left, r.bottom - top));
    }
    return out;
  };

  const lineTop = (offset: number): number | null => {
    if (!sync()) return null;
    const range = doc.createRange();
    const o = Math.min(offset, textNode.data.length);
    range.setStart(textNode, o);
    range.setEnd(textNode, Math.min(o + 1, textNode.data.length));
    const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
    const boxRect = box.getBoundingClientRect();
    return (r.top - boxRect.top) / scale + box.scrollTop;
  };

  return { sync, rects, clientBox: () => client, lineTop, destroy: () => box.remove() };
}
