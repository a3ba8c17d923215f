/**
 * Content-script lifecycle: settings (site switch, language, rule categories, custom profiles) → detection on
 * load and on DOM changes → one `jobrettet-panel` per document while a form is recognised (in the top document for
 * a form in a same-origin frame, frames.ts).
 */
import { render } from 'preact';
import { effect, signal, type ReadonlySignal } from '@preact/signals';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyse } from '@/lib/analysis/analyse';
// Direct module imports (not '@/lib/detect'): its index also exports the full zod schema for the options page.
import type { FormProfile } from '@/lib/detect/compile';
import type { detectForm, Detection, mayHaveForm } from '@/lib/detect/detect';
import { createFieldAdapter, createHighlighter, OVERLAY_TAG, STYLE_ID } from '@/lib/dom';
import { forcedLocale, t } from '@/lib/i18n';
import { createPanelController, type PanelController } from '@/lib/panel/controller';
import { validCustomProfiles } from '@/lib/panel/custom-profiles';
import { createPanelState, type PanelState } from '@/lib/panel/state';
import { whenIdle } from '@/lib/panel/scheduler';
import { watchDom } from '@/lib/panel/watch';
import { isSiteEnabled, loadSettings, watchSettings, type EffectiveSettings } from '@/lib/settings';
import { browser } from 'wxt/browser';
import type { Finding } from '@/lib/analysis/types';
import { request } from '@/lib/messaging/client';
import { dismissKey } from '@/lib/panel/dismiss-key';
import type { FieldInfo } from '@/lib/panel/state';
import { DISMISSALS_KEY, listDismissals, type Dismissal, type DismissalDraft } from '@/lib/storage/dismissals';
import { formKeyFromUrl } from '@/lib/storage/form-key';
import { Panel } from '@/components/panel/Panel';
import type { PanelSection } from '@/components/panel/Panel';
import type { PanelSectionProps } from '@/components/panel/contracts';
import { FRAME_ATTR, PANEL_TAG, type PanelHost } from './host';
import { createFieldAnalysers } from './field-analysers';
import { detectHere, formUrl, watchFrameDocuments } from './frames';
import { initialCollapsed, layoutFor, loadCollapsed, releaseSpace, reserveSpace, saveCollapsed, siteHostname } from './layout';

export { PANEL_TAG, siteHostname };
/** A form that disappears for this long (not just during a framework re-render) takes the panel with it. */
const UNMOUNT_GRACE_MS = 400;

function profilesOf(s: EffectiveSettings | null, builtin: readonly FormProfile[]): readonly FormProfile[] {
  if (!s || s.customProfiles.length === 0) return builtin;
  // Invalid custom profiles are skipped here and reported on the options page; they never break the page.
  return [...validCustomProfiles(s.customProfiles), ...builtin];
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

/** What the loader hands over. */
export interface Handed {
  /** Its built-in detection (null when it found none, e.g. custom profiles only). */
  detection: Detection | null;
  /** The host element with the panel's frame it drew (null where it drew none): the panel takes it over. */
  frame: PanelHost | null;
  /** Creates a host element (the panel's CSS lives in the loader's bundle only). */
  createHost(doc?: Document): PanelHost;
  /** The loader's detection code and built-in profiles (bundled once, in the loader). */
  detect: { detectForm: typeof detectForm; mayHaveForm: typeof mayHaveForm; builtinProfiles: readonly FormProfile[] };
}

export async function startPanel(ctx: ContentScriptContext, handed: Handed): Promise<void> {
  mark('start');
  const host = siteHostname();
  // Dismissals and the remembered collapsed state load with the settings, so nothing flashes up on reload.
  const [settings, dismissals, remembered] = await Promise.all([loadSettings().catch(() => null), loadDismissals(host), loadCollapsed(host)]);
  mark('settings');
  let session: Session | null = null;
  const apply = (s: EffectiveSettings | null) => {
    forcedLocale.value = s?.locale ?? null;
    if (s && !isSiteEnabled(s, host)) {
      session?.dispose();
      session = null;
      dropFrame(handed); // the loader may have drawn it before the settings said no
      releaseSpace();
      return;
    }
    if (ctx.isInvalid) return;
    if (!session) session = startSession(ctx, s, host, dismissals, remembered, handed);
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

/** Removes the loader's frame while no panel has taken it over. */
function dropFrame(handed: Handed): void {
  if (handed.frame?.host.hasAttribute(FRAME_ATTR)) handed.frame.host.remove();
  handed.frame = null;
}

/**
 * This site's dismissals, read from the extension's storage directly (the background writes them): a start-up
 * without a round trip to a service worker that may first have to wake. The background's answer is the fallback.
 */
async function loadDismissals(host: string): Promise<Dismissal[]> {
  try {
    return await listDismissals(host);
  } catch {
    try {
      return (await request({ type: 'dismissals.list', host }, { timeoutMs: 1_500 })).dismissals;
    } catch {
      return [];
    }
  }
}

export interface DismissActions {
  dismiss(fieldId: string, finding: Finding): void;
  muteRule(ruleId: string): void;
  restore(id: string): void;
}

interface Session {
  update(s: EffectiveSettings | null): void;
  dispose(): void;
}

function startSession(
  ctx: ContentScriptContext,
  initial: EffectiveSettings | null,
  host: string,
  dismissals: Dismissal[],
  remembered: boolean | undefined,
  handed: Handed,
): Session {
  let handedDetection = handed.detection;
  const doc = document;
  const state = createPanelState();
  state.collapsed.value = initialCollapsed(remembered, window.innerWidth);
  state.dismissals.value = dismissals;
  // The address of the document that holds the form (a same-origin frame's own, frames.ts): notes and keys follow it.
  const pageUrl = signal(formUrl({ fields: [] }));
  let formKey = formKeyFromUrl(pageUrl.peek());
  const findingKey = (info: FieldInfo, f: Finding) => dismissKey({ ruleId: f.ruleId, formKey, role: info.role, label: info.label, excerpt: f.excerpt });
  const refreshDismissals = () => void loadDismissals(host).then((list) => {
    if (!disposedSession) state.dismissals.value = list;
  });
  let disposedSession = false;
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.prototype.hasOwnProperty.call(changes, DISMISSALS_KEY)) refreshDismissals();
  };
  try {
    browser.storage.onChanged.addListener(onStorage);
  } catch {
    // no storage events: this tab still sees its own dismissals
  }
  const saveDismissal = (draft: DismissalDraft, id: string) => {
    state.dismissals.value = [...state.dismissals.peek().filter((d) => d.id !== id), { id, ...draft, createdAt: Date.now() }];
    void request({ type: 'dismissals.add', dismissal: draft }).catch(() => {
      state.status.value = { tone: 'error', text: t('panel.dismissNotSaved'), fieldId: null };
    });
  };
  const dismissActions: DismissActions = {
    dismiss(fieldId, f) {
      const info = state.fields.peek().find((x) => x.fieldId === fieldId);
      if (!info) return;
      const hash = findingKey(info, f);
      saveDismissal({ kind: 'finding', hash, ruleId: f.ruleId, host }, `f:${hash}`);
    },
    muteRule(ruleId) {
      saveDismissal({ kind: 'rule', ruleId, host }, `r:${host}:${ruleId}`);
    },
    restore(id) {
      state.dismissals.value = state.dismissals.peek().filter((d) => d.id !== id);
      void request({ type: 'dismissals.remove', id }).catch(() => {
        state.status.value = { tone: 'error', text: t('panel.dismissNotSaved'), fieldId: null };
      });
    },
  };
  state.disabledCategories.value = initial?.disabledCategories ?? [];
  const { detectForm, mayHaveForm, builtinProfiles } = handed.detect;
  let profiles = profilesOf(initial, builtinProfiles);
  let profilesJson = JSON.stringify(initial?.customProfiles ?? []);
  let controller: PanelController | null = null;
  let ui: { host: HTMLElement; cleanup: () => void } | null = null;
  let unmountTimer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const analysers = createFieldAnalysers(window);
  const ensureController = (): PanelController =>
    (controller ??= createPanelController(doc, state, {
      analyse,
      createAnalyser: analysers.createAnalyser,
      createAdapter: createFieldAdapter,
      createHighlighter: (a) => createHighlighter(a),
      findingKey,
    }));

  const detectNow = () => {
    if (disposed) return;
    // The loader's detection stands for the first look while it holds (built-in profiles only, fields still there).
    const first = handedDetection;
    handedDetection = null;
    // (A frame that navigated since leaves its old document connected but without a window.)
    const fresh = first && profiles === builtinProfiles && first.fields.every((f) => f.element.isConnected && f.element.ownerDocument.defaultView);
    const d = fresh ? first : detectHere(doc, profiles, mayHaveForm, detectForm);
    mark('detected');
    if (d) {
      const url = formUrl(d);
      if (url !== pageUrl.peek()) {
        pageUrl.value = url;
        formKey = formKeyFromUrl(url);
      }
      if (unmountTimer) clearTimeout(unmountTimer);
      unmountTimer = null;
      ensureController().setDetection(d);
      ensureUi();
    } else if (!controller) {
      dropFrame(handed); // drawn by the loader for a form that is gone (or only a custom profile's guess)
      releaseSpace();
    } else if (!unmountTimer) {
      unmountTimer = setTimeout(() => {
        unmountTimer = null;
        teardownPanel();
      }, UNMOUNT_GRACE_MS);
    }
  };

  const removeUi = () => {
    if (!ui) return;
    ui.cleanup();
    ui.host.remove();
    ui = null;
  };

  const teardownPanel = () => {
    removeUi();
    dropFrame(handed);
    controller?.dispose();
    controller = null;
    state.form.value = null;
    state.fields.value = [];
    state.results.value = new Map();
    state.focusedFieldId.value = null;
    state.status.value = null;
  };

  /** Mounts the panel: into the loader's frame while it is on the page, else into a new host element. */
  const ensureUi = () => {
    if (ui?.host.isConnected || disposed || !controller) return;
    // The page removed our element (e.g. a framework re-rendered <body>): mount it again.
    removeUi();
    const frame = handed.frame?.host.isConnected ? handed.frame : null;
    handed.frame = null;
    // One panel per document, even if an older instance of this script left one behind.
    for (const stale of doc.querySelectorAll(PANEL_TAG)) if (stale !== frame?.host) stale.remove();
    const parts = frame ?? handed.createHost(doc);
    parts.container.replaceChildren(); // the frame's content goes in the same task as the panel's first render
    parts.host.removeAttribute(FRAME_ATTR);
    if (!parts.host.isConnected) (doc.body ?? doc.documentElement).append(parts.host);
    ui = { host: parts.host, cleanup: mountPanel(parts.container, parts.host, state, controller, host, dismissActions, pageUrl) };
    mark('mounted');
  };

  const isOurs = (n: Node, removed: boolean): boolean => {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    if (!el) return false;
    return (
      el.closest(`${PANEL_TAG}, ${OVERLAY_TAG}`) !== null ||
      el.id === STYLE_ID ||
      // Typing inside a field is not a page change; a field leaving the page is.
      (!removed && (controller?.isFieldNode(n) ?? false))
    );
  };
  const onDomChange = () => {
    detectNow();
    if (ui && !ui.host.isConnected && controller) ensureUi();
  };
  const watchOptions = { ignore: (n: Node, removed: boolean) => isOurs(n, removed) && !(removed && n === ui?.host) };
  const stopWatch = watchDom(doc, onDomChange, watchOptions);

  // The shortcut arrives as a key (where the browser leaves it to the page) or as the manifest command via the
  // background; one press can bring both, so a second toggle within a moment is ignored.
  let lastToggle = -Infinity;
  const toggleOnce = () => {
    const now = performance.now();
    if (now - lastToggle < 700 || !state.form.peek()) return;
    lastToggle = now;
    state.collapsed.value = !state.collapsed.peek();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyJ' && state.form.peek()) {
      e.preventDefault();
      toggleOnce();
    }
  };
  window.addEventListener('keydown', onKey, true);
  const onPaste = (e: Event) => {
    const target = e.composedPath()[0] as Node | undefined;
    if (controller && target && controller.isFieldNode(target)) analysers.onPaste();
  };
  doc.addEventListener('paste', onPaste, true);
  let framesSeen = false;
  const stopFrames = watchFrameDocuments(doc, (d) => {
    // Keys typed in a hosted frame's field stay in that frame's document.
    d.addEventListener('keydown', onKey, true);
    // The top's watcher follows its own frames' documents (and their loads); deeper ones get a watcher of their own,
    // and one that appears later (a nested frame loads or navigates) is looked at once.
    const direct = d.defaultView?.frameElement?.ownerDocument === doc;
    const stopDeep = direct ? null : watchDom(d, onDomChange, watchOptions);
    if (framesSeen && !direct) detectNow();
    return () => {
      d.removeEventListener('keydown', onKey, true);
      stopDeep?.();
    };
  });
  framesSeen = true;
  const onCommand = (msg: unknown) => {
    const m = msg as { ns?: unknown; type?: unknown } | null;
    if (m && m.ns === 'jobrettet' && m.type === 'panel.toggle') toggleOnce();
  };
  try {
    browser.runtime.onMessage.addListener(onCommand);
  } catch {
    // no messaging: the key still works
  }

  const wasHanded = handedDetection !== null;
  detectNow();
  // The page may have rendered more fields while the panel bundle and the settings loaded, after the loader's look
  // and before the watcher started (seen in Firefox: React and Vue mounting meanwhile): one full look right after,
  // once the panel's first frame is painted (a timeout alone runs before that paint and holds the score back).
  if (wasHanded) requestAnimationFrame(() => setTimeout(detectNow, 0));

  return {
    update(s) {
      const json = JSON.stringify(s?.customProfiles ?? []);
      const profilesChanged = json !== profilesJson;
      if (profilesChanged) {
        profilesJson = json;
        profiles = profilesOf(s, builtinProfiles);
      }
      controller?.setDisabledCategories(s?.disabledCategories ?? []);
      if (!controller) state.disabledCategories.value = s?.disabledCategories ?? [];
      if (profilesChanged) detectNow();
    },
    dispose() {
      disposed = true;
      disposedSession = true;
      try {
        browser.storage.onChanged.removeListener(onStorage);
      } catch {
        // see addListener
      }
      stopWatch();
      window.removeEventListener('keydown', onKey, true);
      doc.removeEventListener('paste', onPaste, true);
      stopFrames();
      try {
        browser.runtime.onMessage.removeListener(onCommand);
      } catch {
        // see addListener
      }
      if (unmountTimer) clearTimeout(unmountTimer);
      teardownPanel();
    },
  };
}

/**
 * Notes and Kvalitetstjek (they talk to the background and its database) are loaded and rendered when the page is
 * idle, never on the panel's start-up path. Their buttons and places are there from the first render.
 */
const loadedSections = signal<Partial<Record<PanelSection['id'], PanelSection['Component']>> | null>(null);
let sectionsRequested = false;
function requestSections(): void {
  if (sectionsRequested) return;
  sectionsRequested = true;
  const load = () =>
    void import('@/components/panel/sections').then((m) => {
      loadedSections.value = Object.fromEntries(m.PANEL_SECTIONS.map((x) => [x.id, x.Component]));
    });
  whenIdle(window, load);
}
const IDLE_SECTIONS: PanelSection[] = (['notes', 'review'] as const).map((id) => ({
  id,
  Component: (props: PanelSectionProps) => {
    requestSections();
    const Section = loadedSections.value?.[id];
    return Section ? <Section {...props} /> : null;
  },
}));

/** Renders the panel into the shadow root and keeps the host element's attributes and the page margin in step. */
function mountPanel(
  container: HTMLElement,
  hostEl: HTMLElement,
  state: PanelState,
  controller: PanelController,
  host: string,
  dismiss: DismissActions,
  pageUrl: ReadonlySignal<string>,
): () => void {
  const viewport = signal(window.innerWidth);
  const onResize = () => {
    viewport.value = window.innerWidth;
  };
  let restoreMargin: () => void = () => {};
  window.addEventListener('resize', onResize);
  const stopAttrs = effect(() => {
    const form = state.form.value;
    if (form) hostEl.setAttribute('data-form-kind', form.kind);
    if (form?.subKind) hostEl.setAttribute('data-sub-kind', form.subKind);
    else hostEl.removeAttribute('data-sub-kind');
    const collapsed = state.collapsed.value;
    const layout = layoutFor(viewport.value, collapsed);
    hostEl.toggleAttribute('data-collapsed', collapsed);
    hostEl.setAttribute('data-layout', layout.mode);
    hostEl.style.setProperty('--jr-width', `${layout.width}px`);
    // Reserve the page's right edge so the docked panel (or the rail) never covers the form; an overlay in a
    // narrow window keeps only the rail's margin.
    restoreMargin = reserveSpace(layout.reserve);
  });
  let firstRun = true;
  const stopRemember = effect(() => {
    const collapsed = state.collapsed.value;
    if (firstRun) {
      firstRun = false;
      return;
    }
    void saveCollapsed(host, collapsed);
  });
  const actions = {
    select: (fieldId: string, start: number, end: number, expected: string) => void controller.select(fieldId, start, end, expected),
    apply: (fieldId: string, req: Parameters<PanelController['apply']>[1]) => void controller.apply(fieldId, req),
    toggle: () => {
      state.collapsed.value = !state.collapsed.peek();
    },
    focusField: (fieldId: string) => void controller.focusField(fieldId),
    ...dismiss,
  };
  // A component reads the signal, so the notes follow when the form's document changes (a frame navigates).
  const Hosted = () => <Panel state={state} actions={actions} pageUrl={pageUrl.value} sections={IDLE_SECTIONS} />;
  render(<Hosted />, container);
  return () => {
    window.removeEventListener('resize', onResize);
    stopAttrs();
    stopRemember();
    render(null, container);
    restoreMargin();
  };
}
