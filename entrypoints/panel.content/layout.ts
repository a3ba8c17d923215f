/**
 * Where the panel sits. Wide windows: docked beside the page (the page's right margin is reserved, 360 px open,
 * a 48 px rail collapsed). Below NARROW_BELOW (150 % zoom on a 1280 px screen is 853 css px, small laptops) docking
 * would squeeze the form: the panel is a 48 px rail by default, and opened it lies over the page as an overlay
 * while the page keeps only the rail's margin. The user's open/collapsed choice is remembered per site in the
 * extension's storage (never the page's).
 */
import { browser } from 'wxt/browser';

export const PANEL_WIDTH = { open: 360, rail: 48 } as const;
export const NARROW_BELOW = 1100;
const STORAGE_KEY = 'panelCollapsed';

export type PanelLayout = { mode: 'docked' | 'overlay' | 'rail'; width: number; reserve: number };

/** The panel's width and the page margin it reserves for a viewport width and the collapsed state. */
export function layoutFor(viewportWidth: number, collapsed: boolean): PanelLayout {
  if (collapsed) return { mode: 'rail', width: PANEL_WIDTH.rail, reserve: PANEL_WIDTH.rail };
  if (viewportWidth >= NARROW_BELOW) return { mode: 'docked', width: PANEL_WIDTH.open, reserve: PANEL_WIDTH.open };
  return { mode: 'overlay', width: Math.min(PANEL_WIDTH.open, Math.max(PANEL_WIDTH.rail, viewportWidth - PANEL_WIDTH.rail)), reserve: PANEL_WIDTH.rail };
}

/** Collapsed when the user left it collapsed on this site; with no choice yet, collapsed in narrow windows. */
export function initialCollapsed(remembered: boolean | undefined, viewportWidth: number): boolean {
  return remembered ?? viewportWidth < NARROW_BELOW;
}

export async function loadCollapsed(host: string): Promise<boolean | undefined> {
  try {
    const got = (await browser.storage.local.get(STORAGE_KEY)) as Record<string, unknown>;
    const map = got[STORAGE_KEY];
    const v = map && typeof map === 'object' ? (map as Record<string, unknown>)[host] : undefined;
    return typeof v === 'boolean' ? v : undefined;
  } catch {
    return undefined;
  }
}

export async function saveCollapsed(host: string, collapsed: boolean): Promise<void> {
  try {
    const got = (await browser.storage.local.get(STORAGE_KEY)) as Record<string, unknown>;
    const prev = got[STORAGE_KEY];
    const map = prev && typeof prev === 'object' ? { ...(prev as Record<string, boolean>) } : {};
    map[host] = collapsed;
    await browser.storage.local.set({ [STORAGE_KEY]: map });
  } catch {
    // storage unavailable: the choice lasts for this page only
  }
}

/** The host name the per-site switch is about: the top page's, also for (same-origin or about:blank) frames. */
export function siteHostname(): string {
  try {
    if (window.top && window.top !== window && window.top.location.hostname) return window.top.location.hostname;
  } catch {
    // cross-origin parent: fall through
  }
  const ancestors = location.ancestorOrigins;
  if (!location.hostname && ancestors?.length) {
    try {
      return new URL(ancestors[ancestors.length - 1]).hostname;
    } catch {
      return '';
    }
  }
  return location.hostname;
}

const RESERVED_ATTR = 'data-jobrettet-reserved';

/**
 * Reserves the page's right edge (html margin-right) so the panel never covers the form. Called by the loader as
 * soon as a form is recognised (before the panel bundle loads, so the page does not reflow a second time when the
 * panel appears) and by the panel on each layout change. Returns a function that restores the page's own margin.
 */
export function reserveSpace(px: number): () => void {
  const html = document.documentElement;
  if (!html.hasAttribute(RESERVED_ATTR)) {
    // Remember the page's own inline margin once, whoever reserves first.
    html.setAttribute(RESERVED_ATTR, `${html.style.getPropertyValue('margin-right')}|${html.style.getPropertyPriority('margin-right')}`);
  }
  html.style.setProperty('margin-right', `${px}px`, 'important');
  return releaseSpace;
}

/** Gives the page back its own right margin (no-op when nothing is reserved). */
export function releaseSpace(): void {
  const html = document.documentElement;
  const saved = html.getAttribute(RESERVED_ATTR);
  if (saved === null) return;
  html.removeAttribute(RESERVED_ATTR);
  const [value, priority] = saved.split('|');
  if (value) html.style.setProperty('margin-right', value, priority ?? '');
  else html.style.removeProperty('margin-right');
}
