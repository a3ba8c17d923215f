/**
 * Notices editable fields that appear after load (late rendering, SPA routes) at a cost a busy page does not feel:
 * the observers only collect added nodes; at most once per `interval` (at idle) the collected nodes are searched
 * for fields not seen before, and only those are reported. A page re-rendering a big DOM without fields costs one
 * walk over the added subtrees per look, never a detection, and ever fewer looks: each costly look that finds nothing
 * doubles the wait before the next (up to `maxWait`); a look that finds a field, or a new address (an SPA route),
 * starts again at `interval`. A field the user focuses meanwhile is the loader's own look, at once.
 *
 * Web components render into shadow roots, whose changes a document observer never sees: every open shadow root
 * met (at start and in each look) is observed too, and custom elements met before their definition (the upgrade
 * attaches and fills their shadow root, and no mutation reports it) are checked again, backing off, until defined.
 */
import { SHADOW_SKIP } from '@/lib/dom/shadow';
import { EDITABLE_SELECTOR, editableFields } from './gate';

export interface AppearOptions {
  /** At most one look per this many ms. */
  interval?: number;
  /** The longest wait between looks, reached after fruitless costly looks. */
  maxWait?: number;
}

/** Above this many collected nodes per interval, one walk over the document is cheaper than one per node. */
const MAX_COLLECTED = 500;
/** Checks for custom elements still undefined: after 250 ms, doubling, about 16 s in all. */
const UPGRADE_CHECKS = 6;
/** A look that walked at least this many elements and found no new field is costly: the next waits twice as long. */
const COSTLY_LOOK = 1_000;
const MAX_WAIT = 8_000;
const OBSERVED = { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'hidden', 'disabled', 'readonly'] };

export function watchFieldsAppear(doc: Document, onNewFields: (fields: Element[]) => void, opts: AppearOptions = {}): () => void {
  const win = doc.defaultView ?? window;
  const interval = opts.interval ?? 500;
  const maxWait = Math.max(interval, opts.maxWait ?? MAX_WAIT);
  let wait = interval;
  let lastHref = win.location.href;
  /** Elements the current look's walks visited. */
  let visited = 0;
  const seen = new WeakSet<Element>();
  for (const el of editableFields(doc, Infinity)) seen.add(el);
  let collected = new Set<Element>();
  let overflow = false;
  let timer: number | null = null;
  let idleHandle: number | null = null;
  const idle = (win as Partial<Pick<Window, 'requestIdleCallback'>>).requestIdleCallback;
  const observers: MutationObserver[] = [];
  const observed = new WeakSet<Node>();
  let undefinedEls = new Set<Element>();
  let upgradeTimer: number | null = null;
  let upgradeChecks = 0;

  /**
   * One walk of `root` (and, through them, of the open shadow roots under it): its editable fields go to `found`,
   * shadow roots not observed yet are observed, custom elements not defined yet are noted.
   */
  const walk = (root: Document | ShadowRoot | Element, found: Element[]) => {
    if (root.nodeType === 1) {
      const el = root as Element;
      if (el.matches(SHADOW_SKIP)) return;
      if (el.matches(EDITABLE_SELECTOR)) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot, found);
      else if (el.localName.includes('-') && !el.matches(':defined')) undefinedEls.add(el);
    } else if (root.nodeType === 11) {
      observe(root as ShadowRoot);
    }
    for (const f of root.querySelectorAll(EDITABLE_SELECTOR)) found.push(f);
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 1 /* SHOW_ELEMENT */);
    for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
      visited++;
      if (n.shadowRoot) {
        if (!n.matches(SHADOW_SKIP)) walk(n.shadowRoot, found);
      } else if (n.localName.includes('-') && !n.matches(':defined')) undefinedEls.add(n);
    }
    scheduleUpgradeCheck();
  };

  const look = () => {
    idleHandle = null;
    const roots = overflow ? [doc.documentElement] : [...collected];
    collected = new Set();
    overflow = false;
    const fresh: Element[] = [];
    visited = 0;
    for (const root of roots) {
      if (!root.isConnected) continue;
      const found: Element[] = [];
      walk(root, found);
      for (const el of found) {
        if (!seen.has(el)) {
          seen.add(el);
          fresh.push(el);
        }
      }
    }
    if (fresh.length) {
      wait = interval;
      onNewFields(fresh);
    } else if (visited >= COSTLY_LOOK) wait = Math.min(wait * 2, maxWait);
  };
  const schedule = () => {
    const href = win.location.href;
    if (href !== lastHref) {
      lastHref = href;
      wait = interval;
      // A look already waiting long is brought forward.
      if (timer !== null) win.clearTimeout(timer);
      timer = null;
    }
    if (timer !== null || idleHandle !== null) return;
    timer = win.setTimeout(() => {
      timer = null;
      if (idle) idleHandle = idle.call(win, look, { timeout: interval });
      else look();
    }, wait);
  };
  const onRecords = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        // A field made editable, shown or enabled again is looked at afresh.
        const t = r.target as Element;
        seen.delete(t);
        for (const el of t.querySelectorAll(EDITABLE_SELECTOR)) seen.delete(el);
        collected.add(t);
      } else {
        // A node removed before the look needs no look, and is not kept alive for it (a page re-rendering a big DOM
        // would otherwise leave every replaced subtree in memory until the next look).
        if (collected.size) for (const n of r.removedNodes) collected.delete(n as Element);
        for (const n of r.addedNodes) if (n.nodeType === 1) collected.add(n as Element);
      }
    }
    if (collected.size > MAX_COLLECTED) {
      overflow = true;
      collected = new Set();
    }
    if (collected.size || overflow) schedule();
  };
  function observe(root: Document | ShadowRoot) {
    if (observed.has(root)) return;
    observed.add(root);
    const observer = new win.MutationObserver(onRecords);
    observer.observe(root, OBSERVED);
    observers.push(observer);
  }
  /** Custom elements defined (or given a shadow root) since they were met are looked at like added nodes. */
  const checkUpgrades = () => {
    upgradeTimer = null;
    upgradeChecks++;
    const waiting = new Set<Element>();
    for (const el of undefinedEls) {
      if (!el.isConnected) continue;
      if (el.shadowRoot || el.matches(':defined')) collected.add(el);
      else waiting.add(el);
    }
    undefinedEls = waiting;
    if (collected.size) schedule();
    scheduleUpgradeCheck();
  };
  function scheduleUpgradeCheck() {
    if (undefinedEls.size && upgradeTimer === null && upgradeChecks < UPGRADE_CHECKS) {
      upgradeTimer = win.setTimeout(checkUpgrades, 250 * 2 ** upgradeChecks);
    }
  }

  observe(doc);
  // The shadow roots there now, at the first idle moment (one walk; their fields count as appeared: a look is cheap).
  collected.add(doc.documentElement);
  schedule();
  return () => {
    for (const o of observers) o.disconnect();
    if (timer !== null) win.clearTimeout(timer);
    if (idleHandle !== null) win.cancelIdleCallback(idleHandle);
    if (upgradeTimer !== null) win.clearTimeout(upgradeTimer);
    timer = idleHandle = upgradeTimer = null;
  };
}
