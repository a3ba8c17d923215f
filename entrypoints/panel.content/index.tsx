import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BUILTIN_PROFILES } from '@/lib/detect/builtin-profiles';
import { watchFieldsAppear } from '@/lib/detect/appear';
import { detectForm, mayHaveForm, type Detection } from '@/lib/detect/detect';
import { detectHere, hostedByTop, someDocumentHere, watchFrameDocuments } from './frames';
import { fieldMayMatch, isEditableTarget, pageMayMatch } from '@/lib/detect/gate';
import { answerHostnameRequests } from '@/lib/messaging/hostname';
import { hasCustomProfiles, loaderView } from '@/lib/settings/presence';
import { browserText, danishText, showFrame } from './frame';
import { createPanelHost, FRAME_ATTR, type PanelHost } from './host';
import { initialCollapsed, layoutFor, loadCollapsed, reserveSpace, siteHostname } from './layout';
import type { Handed } from './runtime';

type StartPanel = (ctx: ContentScriptContext, handed: Handed) => Promise<void>;
// The global `chrome` (Firefox has it too): web-ext lint accepts import() of `chrome.runtime.getURL(...)` only when
// written so, and the bundler would rename the polyfill's `browser`.
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * The page-side of Jobrettet: a small loader in every frame. Only where a form is recognised (built-in
 * profiles, checked here without zod) or the settings hold custom profiles (only the full detection can judge
 * those) does it import the panel bundle (entrypoints/panel-app.ts: analysis, UI, zod). It is web-accessible
 * with `use_dynamic_url`, so a page cannot probe a fixed URL for the extension.
 */
/** A mark in the page's performance timeline (read by `npm run bench:e2e`). */
function mark(name: string): void {
  try {
    performance.mark(`jobrettet:${name}`);
  } catch {
    // diagnostics only
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  // Chromium: document_end (DOM parsed, before images and the load event), so the panel bundle's import overlaps the
  // rest of the page load; forms rendered later are found by the watcher below. Firefox's dynamic import of the
  // bundle fails that early (seen in the firefox-esr smoke test), so it waits for document_idle.
  runAt: import.meta.env.FIREFOX ? 'document_idle' : 'document_end',
  // The panel's shadow-root CSS is bundled as a string (runtime.tsx, `style.css?inline`).
  cssInjectionMode: 'manual',
  async main(ctx) {
    // The toolbar popup asks the page for its host (no `tabs` permission); answered even where the panel is off.
    answerHostnameRequests();
    // A form in a same-origin frame gets its panel from the top document's script (frames.ts).
    if (hostedByTop()) return;
    let loading = false;
    let unwatch = () => {};
    const stopWatching = () => {
      unwatch();
      browser.storage.onChanged.removeListener(onStorage);
    };
    const load = async (formFound: boolean) => {
      if (loading || ctx.isInvalid) return;
      loading = true;
      stopWatching();
      // Started at the gate on the first look (its fetch and off-thread parse overlap the detection), else now.
      const bundle = importBundle();
      // Where the site is not switched off: reserve the panel's space and draw its frame now, before the panel
      // bundle loads, so the page reflows once (often before its first paint) and the panel is there at once.
      let frame: PanelHost | null = null;
      if (formFound && found) {
        const [remembered, view] = await (early ?? readView());
        if (view.enabled && !ctx.isInvalid) {
          const collapsed = initialCollapsed(remembered, window.innerWidth);
          const layout = layoutFor(window.innerWidth, collapsed);
          reserveSpace(layout.reserve);
          // The panel's language (the settings', Danish by default). English comes from the browser's own _locales,
          // so English set in a browser in another language gets no frame: the panel alone draws, nothing flips.
          const english = view.locale === 'en';
          if (!english || /^en\b/i.test(browser.i18n.getUILanguage())) {
            const shown = (frame = showFrame(found, layout, collapsed, english ? browserText : danishText));
            ctx.onInvalidated(() => {
              if (shown.host.hasAttribute(FRAME_ATTR)) shown.host.remove(); // not taken over by the panel
            });
            mark('frame');
          }
        }
      }
      try {
        await bundle;
      } catch (err) {
        frame?.host.remove(); // no panel will take it over
        throw err;
      }
      // The loader's detection and frame are handed over: the panel neither detects again nor draws a second host.
      await (globalThis as unknown as { __jobrettetStartPanel: StartPanel }).__jobrettetStartPanel(ctx, {
        detection: found,
        frame,
        createHost: createPanelHost,
        detect: { detectForm, mayHaveForm, builtinProfiles: BUILTIN_PROFILES },
      });
    };
    let bundlePromise: Promise<unknown> | null = null;
    const importBundle = () => {
      if (bundlePromise) return bundlePromise;
      // The panel bundle uses this script's polyfilled `browser` (entrypoints/panel.content/handed-browser.ts).
      (globalThis as unknown as { __jobrettetBrowser: typeof browser }).__jobrettetBrowser = browser;
      mark('import');
      bundlePromise = import(/* @vite-ignore */ chrome.runtime.getURL('/panel-app.js'));
      bundlePromise.catch(() => {}); // handled in load(); not an unhandled rejection meanwhile
      return bundlePromise;
    };
    // Full detection only behind the cheap gate (a field or heading names a profile's role).
    let found: Detection | null = null;
    const readView = () => Promise.all([loadCollapsed(siteHostname()), loaderView(siteHostname())]);
    /**
     * On the first look, the frame's settings read starts as soon as the gate passes, so it overlaps the full detection
     * (a later look reads them afresh: the user may have switched the site off meanwhile).
     */
    let early: ReturnType<typeof readView> | null = null;
    let firstLook = true;
    const gate = (d: Document) => {
      const pass = pageMayMatch(d, BUILTIN_PROFILES);
      if (pass && firstLook) {
        mark('gate');
        early ??= readView();
        // The gate rarely lets a page without a form through; there the bundle loads for nothing, but on a form page
        // its fetch and parse (the longest step before the score) run during the detection instead of after it.
        void importBundle();
      }
      return pass;
    };
    // This document's form, else one in a same-origin frame it hosts.
    const formHere = () => (found = detectHere(document, BUILTIN_PROFILES, gate, detectForm)) !== null;
    const mayMatchHere = () => someDocumentHere(document, gate);
    const onStorage = () => {
      void hasCustomProfiles().then((yes) => {
        if (yes) void load(false);
      });
    };
    // Built-in detection first (synchronous); the settings read only matters where it finds nothing.
    const foundAtStart = formHere();
    firstLook = false;
    if (foundAtStart) return load(true);
    early = null;
    /**
     * Where the gate passed but the form is not complete yet (an editor such as TinyMCE makes its iframe editable a
     * moment after the frame loads), look again a few times, backing off: bounded, and only on pages the gate let in.
     */
    const lookAgain = (attempt = 0) => {
      if (loading || ctx.isInvalid) return;
      found = detectHere(document, BUILTIN_PROFILES, () => true, detectForm);
      if (found) return void load(true);
      if (attempt < 4) setTimeout(() => lookAgain(attempt + 1), 250 * 2 ** attempt);
    };
    // After load, no document-wide re-detection: a look when the user focuses a field (also inside a shadow root) …
    const onFocus = (e: Event) => {
      if (isEditableTarget(e.composedPath()[0]) && formHere()) void load(true);
    };
    document.addEventListener('focusin', onFocus, true);
    // … when a frame finishes loading (an editor such as TinyMCE fills its iframe after the page's own load) …
    const onFrameLoad = (e: Event) => {
      if (e.target instanceof HTMLIFrameElement && mayMatchHere()) lookAgain();
    };
    document.addEventListener('load', onFrameLoad, true);
    // … and when new fields appear whose own label names a role (late rendering, SPA routes). Both start before the
    // settings read, so nothing the page renders meanwhile is missed.
    const onAppear = (fresh: Element[]) => {
      // A field names a role itself, or (an editor's iframe deep inside its own UI, labelled only around the element it
      // replaced) the page's fields and headings do.
      if (!fresh.some((el) => fieldMayMatch(el, BUILTIN_PROFILES)) && !mayMatchHere()) return;
      lookAgain();
    };
    const unappear = watchFieldsAppear(document, onAppear);
    // The same looks inside the same-origin frames this document hosts (focus and new fields stay in their document).
    const unframes = watchFrameDocuments(document, (d) => {
      d.addEventListener('focusin', onFocus, true);
      const stop = watchFieldsAppear(d, onAppear);
      if (gate(d)) lookAgain(); // a frame that loaded after this script started
      return () => {
        stop();
        d.removeEventListener('focusin', onFocus, true);
      };
    });
    unwatch = () => {
      unappear();
      unframes();
      document.removeEventListener('focusin', onFocus, true);
      document.removeEventListener('load', onFrameLoad, true);
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(stopWatching);
    if (await hasCustomProfiles()) return load(false);
  },
});
