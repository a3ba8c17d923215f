/**
 * Content-script lifecycle: settings (site switch, language, rule categories, custom profiles) → detection on
 * load and on DOM changes → one `jobrettet-panel` per document while a form is recognised.
 */
import { render } from 'preact';
import panelCss from './style.css?inline';
import { effect, signal } from '@preact/signals';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { analyse } from '@/lib/analysis/analyse';
// Direct module imports (not '@/lib/detect'): its index also exports the full zod schema for the options page.
import { BUILTIN_PROFILES } from '@/lib/detect/builtin-profiles';
import type { FormProfile } from '@/lib/detect/compile';
import { detectForm, mayHaveForm, type Detection } from '@/lib/detect/detect';
import { createFieldAdapter, createHighlighter, OVERLAY_TAG, STYLE_ID } from '@/lib/dom';
import { forcedLocale } from '@/lib/i18n';
import { createPanelController, type PanelController } from '@/lib/panel/controller';
import { validCustomProfiles } from '@/lib/panel/custom-profiles';
import { createPanelState, type PanelState } from '@/lib/panel/state';
import { watchDom } from '@/lib/panel/watch';
import { isSiteEnabled, loadSettings, watchSettings, type EffectiveSettings } from '@/lib/settings';
import { Panel } from '@/components/panel/Panel';
import { PANEL_SECTIONS } from '@/components/panel/sections';

export const PANEL_TAG = 'jobrettet-panel';
const WIDTH = { open: 360, narrow: 280, collapsed: 48 };
/** Narrow documents (small windows, embedded frames) get a narrower panel so the form keeps most of the width. */
const openWidth = () => (window.innerWidth < 900 ? WIDTH.narrow : WIDTH.open);
/** A form that disappears for this long (not just during a framework re-render) takes the panel with it. */
const UNMOUNT_GRACE_MS = 400;

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

function profilesOf(s: EffectiveSettings | null): readonly FormProfile[] {
  if (!s || s.customProfiles.length === 0) return BUILTIN_PROFILES;
  // Invalid custom profiles are skipped here and reported on the options page; they never break the page.
  return [...validCustomProfiles(s.customProfiles), ...BUILTIN_PROFILES];
}

/** Marks in the page's performance timeline (read by `npm run bench:e2e`). */
export function mark(name: string): void {
  try {
    performance.clearMarks(`jobrettet:${name}`); // only the latest: re-detection must not fill the timeline
    performance.mark(`jobrettet:${name}`);
  } catch {
    // diagnostics only
  }
}

/** What the loader already knows: its built-in detection (null when it found none, e.g. custom profiles only). */
export interface Handed {
  detection: Detection | null;
}

export async function startPanel(ctx: ContentScriptContext, handed?: Handed): Promise<void> {
  mark('start');
  const host = siteHostname();
  const settings = await loadSettings().catch(() => null);
  mark('settings');
  let session: Session | null = null;
  const apply = (s: EffectiveSettings | null) => {
    forcedLocale.value = s?.locale ?? null;
    if (s && !isSiteEnabled(s, host)) {
      session?.dispose();
      session = null;
      return;
    }
    if (ctx.isInvalid) return;
    if (!session) session = startSession(ctx, s, handed?.detection ?? null);
    else session.update(s);
  };
  apply(settings);
  let unwatch: () => void = () => {};
  try {
    unwatch = watchSettings(apply);
  } catch {
    // storage unavailable: keep the defaults
  }
  ctx.onInvalidated(() => {
    unwatch();
    session?.dispose();
    session = null;
  });
}

interface Session {
  update(s: EffectiveSettings | null): void;
  dispose(): void;
}

function startSession(ctx: ContentScriptContext, initial: EffectiveSettings | null, handedDetection: Detection | null = null): Session {
  const doc = document;
  const state = createPanelState();
  state.disabledCategories.value = initial?.disabledCategories ?? [];
  let profiles = profilesOf(initial);
  let profilesJson = JSON.stringify(initial?.customProfiles ?? []);
  let controller: PanelController | null = null;
  let ui: ShadowRootContentScriptUi<() => void> | null = null;
  let mounting: Promise<void> | null = null;
  let unmountTimer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const ensureController = (): PanelController =>
    (controller ??= createPanelController(doc, state, {
      analyse,
      createAdapter: createFieldAdapter,
      createHighlighter: (a) => createHighlighter(a),
    }));

  const detectNow = () => {
    if (disposed) return;
    // The loader's detection stands for the first look while it holds (built-in profiles only, fields still there).
    const handed = handedDetection;
    handedDetection = null;
    const fresh = handed && profiles === BUILTIN_PROFILES && handed.fields.every((f) => f.element.isConnected);
    const d = fresh ? handed : mayHaveForm(doc) ? detectForm(doc, location.href, profiles) : null;
    mark('detected');
    if (d) {
      if (unmountTimer) clearTimeout(unmountTimer);
      unmountTimer = null;
      ensureController().setDetection(d);
      void ensureUi();
    } else if (controller && !unmountTimer) {
      unmountTimer = setTimeout(() => {
        unmountTimer = null;
        teardownPanel();
      }, UNMOUNT_GRACE_MS);
    }
  };

  const teardownPanel = () => {
    ui?.remove();
    ui = null;
    controller?.dispose();
    controller = null;
    state.form.value = null;
    state.fields.value = [];
    state.results.value = new Map();
    state.focusedFieldId.value = null;
    state.status.value = null;
  };

  const ensureUi = async () => {
    if (ui?.shadowHost.isConnected || disposed) return;
    if (mounting) return mounting;
    mounting = (async () => {
      if (ui) {
        // The page removed our element (e.g. a framework re-rendered <body>): mount it again.
        ui.remove();
        ui = null;
      }
      // One panel per document, even if an older instance of this script left one behind.
      for (const stale of doc.querySelectorAll(PANEL_TAG)) stale.remove();
      const created = await createShadowRootUi(ctx, {
        name: PANEL_TAG,
        position: 'inline',
        anchor: 'body',
        append: 'last',
        inheritStyles: true, // our own :host reset (style.css) is !important; page styles stay out
        css: panelCss,
        isolateEvents: true, // keys typed in the panel never reach the page's shortcuts
        onMount: (container, _shadow, hostEl) => mountPanel(container, hostEl, state, controller!),
        onRemove: (cleanup) => cleanup?.(),
      });
      if (disposed || !controller) return;
      mark('css');
      ui = created;
      ui.mount();
      mark('mounted');
    })().finally(() => {
      mounting = null;
    });
    return mounting;
  };

  const isOurs = (n: Node, removed: boolean): boolean => {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    if (!el) return false;
    return (
      el.closest(`${PANEL_TAG}, ${OVERLAY_TAG}`) !== null ||
      el.id === STYLE_ID ||
      el.hasAttribute('wxt-shadow-root-document-styles') ||
      // Typing inside a field is not a page change; a field leaving the page is.
      (!removed && (controller?.isFieldNode(n) ?? false))
    );
  };
  const stopWatch = watchDom(doc, () => {
    detectNow();
    if (ui && !ui.shadowHost.isConnected && controller) void ensureUi();
  }, { ignore: (n, removed) => isOurs(n, removed) && !(removed && n === ui?.shadowHost) });

  const onKey = (e: KeyboardEvent) => {
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyJ' && state.form.peek()) {
      e.preventDefault();
      state.collapsed.value = !state.collapsed.peek();
    }
  };
  window.addEventListener('keydown', onKey, true);

  detectNow();

  return {
    update(s) {
      const json = JSON.stringify(s?.customProfiles ?? []);
      const profilesChanged = json !== profilesJson;
      if (profilesChanged) {
        profilesJson = json;
        profiles = profilesOf(s);
      }
      controller?.setDisabledCategories(s?.disabledCategories ?? []);
      if (!controller) state.disabledCategories.value = s?.disabledCategories ?? [];
      if (profilesChanged) detectNow();
    },
    dispose() {
      disposed = true;
      stopWatch();
      window.removeEventListener('keydown', onKey, true);
      if (unmountTimer) clearTimeout(unmountTimer);
      teardownPanel();
    },
  };
}

/** Renders the panel into the shadow root and keeps the host element's attributes and the page margin in step. */
function mountPanel(container: HTMLElement, hostEl: HTMLElement, state: PanelState, controller: PanelController): () => void {
  const html = document.documentElement;
  const prevMargin = html.style.getPropertyValue('margin-right');
  const prevPriority = html.style.getPropertyPriority('margin-right');
  const width = signal(openWidth());
  const onResize = () => {
    width.value = openWidth();
  };
  window.addEventListener('resize', onResize);
  const stopAttrs = effect(() => {
    const form = state.form.value;
    if (form) hostEl.setAttribute('data-form-kind', form.kind);
    if (form?.subKind) hostEl.setAttribute('data-sub-kind', form.subKind);
    else hostEl.removeAttribute('data-sub-kind');
    const collapsed = state.collapsed.value;
    hostEl.toggleAttribute('data-collapsed', collapsed);
    hostEl.style.setProperty('--jr-width', `${width.value}px`);
    // Reserve the page's right edge so the docked panel never covers the form.
    html.style.setProperty('margin-right', `${collapsed ? WIDTH.collapsed : width.value}px`, 'important');
  });
  const actions = {
    select: (fieldId: string, start: number, end: number, expected: string) => void controller.select(fieldId, start, end, expected),
    apply: (fieldId: string, req: Parameters<PanelController['apply']>[1]) => void controller.apply(fieldId, req),
    toggle: () => {
      state.collapsed.value = !state.collapsed.peek();
    },
  };
  render(<Panel state={state} actions={actions} pageUrl={location.href} sections={PANEL_SECTIONS} />, container);
  return () => {
    window.removeEventListener('resize', onResize);
    stopAttrs();
    render(null, container);
    if (prevMargin) html.style.setProperty('margin-right', prevMargin, prevPriority);
    else html.style.removeProperty('margin-right');
  };
}
