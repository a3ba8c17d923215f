/**
 * Open shadow roots: walking into web components' shadow trees at any depth. Closed shadow roots are not
 * reachable from page scripts (nor from a content script's `element.shadowRoot`) and are skipped.
 */

/** Our own UI and anything a page marks as off-limits: never walked into. */
export const SHADOW_SKIP = 'jobrettet-panel, jobrettet-highlights, jobrettet-measure, jobrettet-overlay, [data-jobrettet-ignore]';

type Root = Document | ShadowRoot;

/** Elements of `root` (not of nested shadow trees) that host an open shadow root, in tree order. */
export function shadowHostsIn(root: Root | Element): Element[] {
  const out: Element[] = [];
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return out;
  const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    if (n.shadowRoot && !n.matches(SHADOW_SKIP)) out.push(n);
  }
  return out;
}

/** Every open shadow root under `root`, at any depth (outer ones first). */
export function openShadowRoots(root: Root): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (r: Root) => {
    for (const host of shadowHostsIn(r)) {
      const sr = host.shadowRoot!;
      out.push(sr);
      visit(sr);
    }
  };
  visit(root);
  return out;
}

/**
 * querySelectorAll through open shadow roots, in composed document order: a host's shadow content comes right
 * after the host (before its light children, which it renders through slots).
 */
export function deepQueryAll<E extends Element = Element>(root: Root, selector: string): E[] {
  const light = [...root.querySelectorAll<E>(selector)];
  const hosts = shadowHostsIn(root);
  if (hosts.length === 0) return light;
  const out: E[] = [];
  let i = 0;
  for (const host of hosts) {
    // Light elements before the host (its ancestors included: PRECEDING = 2), and the host itself.
    while (i < light.length && (light[i] === host || host.compareDocumentPosition(light[i]) & 2)) {
      out.push(light[i++]);
    }
    out.push(...deepQueryAll<E>(host.shadowRoot!, selector));
  }
  while (i < light.length) out.push(light[i++]);
  return out;
}

/**
 * True when one of the document's first `max` elements (tree order) hosts an open shadow root, outside our own UI.
 * Every element a content script touches gets a wrapper of its own world: walking a 50,000-element page cost
 * 30–35 ms here, and the garbage collection it caused as much again.
 */
export function hasOpenShadowRoots(doc: Document, max: number): boolean {
  const walker = doc.createTreeWalker(doc, 1);
  let seen = 0;
  for (let n = walker.nextNode() as Element | null; n && seen < max; n = walker.nextNode() as Element | null, seen++) {
    if (n.shadowRoot && !n.matches(SHADOW_SKIP)) return true;
  }
  return false;
}

/** The parent in the composed tree: the parent element, or the host when `el` is at the top of a shadow root. */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && root.nodeType === 11 && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}

/** `closest` that continues through shadow hosts. */
export function closestDeep<E extends Element = Element>(el: Element, selector: string): E | null {
  for (let n: Element | null = el; n; ) {
    const hit = n.closest<E>(selector);
    if (hit) return hit;
    const root = n.getRootNode();
    n = root.nodeType === 11 ? (root as ShadowRoot).host : null;
  }
  return null;
}

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/**
 * Text of an element as rendered: slots show their assigned nodes (or their fallback content when none are
 * assigned), and the element's own shadow tree is used where it has one.
 */
export function composedText(node: Node, skip?: (el: Element) => boolean): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 && node.nodeType !== 11) return '';
  const el = node as Element;
  if (node.nodeType === 1) {
    if (skip?.(el)) return '';
    if (el.tagName === 'SLOT') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      if (assigned.length) return assigned.map((n) => composedText(n, skip)).join('');
    } else if (el.tagName === 'STYLE' || el.tagName === 'SCRIPT' || el.tagName === 'TEMPLATE') {
      return '';
    } else if (el.shadowRoot) {
      return composedText(el.shadowRoot, skip);
    }
  }
  let s = '';
  for (const child of node.childNodes) s += composedText(child, skip);
  return s;
}
