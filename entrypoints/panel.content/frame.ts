/**
 * The panel's frame, drawn by the loader the moment its detection finds a form, before the panel bundle has
 * loaded: the host element with the form's name, the fields' roles and a placeholder for the score, laid out
 * like the full panel (same CSS, width and page margin), so nothing moves when the panel takes the element over.
 * Built with DOM calls only (page text goes in as text nodes); strings come from the extension's own _locales.
 */
import { browser } from 'wxt/browser';
import type { Detection } from '@/lib/detect/detect';
import { FRAME_DA } from './frame-strings';
import { createPanelHost, FRAME_ATTR, type PanelHost } from './host';
import type { PanelLayout } from './layout';

const SHORTCUT = 'Alt+Shift+J';

/** The frame's words in one language: a panel message by key (`panel.role.job-goal`). */
export type FrameText = (key: string) => string;

/** Danish from the frame's own table (also where the settings force Danish in a browser in another language). */
export const danishText: FrameText = (key) => FRAME_DA[key.replace(/-/g, '_')] ?? '';

/** The browser's language: the extension's _locales (chrome.i18n names use "_" for "." and "-"). */
export const browserText: FrameText = (key) => {
  try {
    return browser.i18n.getMessage(key.replace(/[.-]/g, '_') as '@@ui_locale') || '';
  } catch {
    return '';
  }
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string | null, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  e.append(...kids);
  return e;
}

const clip = (s: string, n: number) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/** The field that holds the focus, else the first: the one the full panel shows first. */
function activeIndex(d: Detection): number {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  const i = a ? d.fields.findIndex((f) => f.element === a || f.element.contains(a)) : -1;
  return Math.max(0, i);
}

/** Creates the host with the frame inside and appends it to the page. */
export function showFrame(d: Detection, layout: PanelLayout, collapsed: boolean, msg: FrameText): PanelHost {
  const parts = createPanelHost(document);
  const { host, container } = parts;
  host.setAttribute(FRAME_ATTR, '');
  host.setAttribute('data-form-kind', d.kind);
  if (d.subKind) host.setAttribute('data-sub-kind', d.subKind);
  host.toggleAttribute('data-collapsed', collapsed);
  host.setAttribute('data-layout', layout.mode);
  host.style.setProperty('--jr-width', `${layout.width}px`);

  const roleName = (role: string) => msg(`panel.role.${role}`) || msg('panel.noRole');
  const title = (f: Detection['fields'][number]) => {
    const role = roleName(f.role);
    const label = f.label.trim();
    return label && label.toLowerCase() !== role.toLowerCase() ? `${role} – ${label}` : role;
  };
  const toggle = el('button', 'jr-toggle', el('span', null, collapsed ? '«' : '»'), el('span', 'sr-only', msg(collapsed ? 'panel.expand' : 'panel.collapse')));
  toggle.type = 'button';
  toggle.disabled = true; // works once the panel has loaded, a moment later
  toggle.firstElementChild!.setAttribute('aria-hidden', 'true');
  const head = el('div', 'jr-head', toggle);
  if (!collapsed) head.append(el('h2', 'jr-title', msg('panel.title') || 'Jobrettet'), el('p', 'jr-shortcut', el('kbd', null, SHORTCUT)));

  const active = activeIndex(d);
  const field = d.fields[active];
  const activeSection = el('section', 'jr-active');
  if (field) {
    const role = roleName(field.role);
    activeSection.append(el('h3', null, `${msg('panel.focusedField')}: `, el('span', null, role)));
    if (field.label && field.label.toLowerCase() !== role.toLowerCase()) activeSection.append(el('p', 'jr-label', clip(field.label, 80)));
    // The score's box, without a number yet: the full panel writes the score (and data-job-focus-score).
    const meter = el('span', 'jr-meter');
    meter.setAttribute('aria-hidden', 'true');
    activeSection.append(el('div', 'jr-score', el('span', 'jr-k', msg('panel.score')), el('span', 'jr-score-num', '…'), el('span', 'jr-score-max', '/100'), meter));
  }
  const others = d.fields.filter((_, i) => i !== active);
  const list = el('ul', null, ...others.map((f) => el('li', null, el('span', 'jr-link jr-other', el('span', 'jr-other-name', title(f))))));
  // The section buttons' row, as text only (the panel's buttons replace it).
  const tabs = el('div', 'jr-tabs', ...['findings', 'notes', 'review'].map((id) => el('span', 'jr-tab', msg(`panel.tab.${id}`))));
  tabs.setAttribute('aria-hidden', 'true');
  const body = el(
    'div',
    'jr-body',
    el('p', 'jr-form', el('span', 'jr-k', `${msg('panel.form')}:`), ' ', el('strong', null, msg(d.subKind === 'indstilling' ? 'panel.kind.indstilling' : `panel.kind.${d.kind}`))),
    el('p', 'jr-hint', msg('panel.shortcutHelp')),
    tabs,
    el('div', 'jr-section', activeSection, el('p', 'jr-status'), ...(others.length ? [el('section', 'jr-others', el('h3', null, msg('panel.otherFields')), list)] : [])),
  );
  body.hidden = collapsed;
  const aside = el('aside', 'jr', head, body);
  aside.setAttribute('aria-label', msg('panel.region'));
  aside.setAttribute('aria-busy', 'true');
  container.append(aside);
  (document.body ?? document.documentElement).append(host);
  return parts;
}
