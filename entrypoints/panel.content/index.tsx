import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BUILTIN_PROFILES } from '@/lib/detect/builtin-profiles';
import { detectForm, mayHaveForm } from '@/lib/detect/detect';
import { answerHostnameRequests } from '@/lib/messaging/hostname';
import { watchDom } from '@/lib/panel/watch';
import { hasCustomProfiles } from '@/lib/settings/presence';
import { initialCollapsed, layoutFor, loadCollapsed, reserveSpace, siteHostname } from './layout';

type StartPanel = (ctx: ContentScriptContext) => Promise<void>;
// The global `chrome` (Firefox has it too): web-ext lint accepts import() of `chrome.runtime.getURL(...)` only when
// written so, and the bundler would rename the polyfill's `browser`.
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * The page-side of Jobrettet: a small loader in every frame. Only where a form is recognised (built-in
 * profiles, checked here without zod) or the settings hold custom profiles (only the full detection can judge
 * those) does it import the panel bundle (entrypoints/panel-app.ts: analysis, UI, zod). It is web-accessible
 * with `use_dynamic_url`, so a page cannot probe a fixed URL for the extension.
 */
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
      // Reserve the panel's space now, before the panel bundle loads, so the page reflows once (often before
      // its first paint) instead of jumping when the panel appears.
      const host = siteHostname();
      if (formFound) reserveSpace(layoutFor(window.innerWidth, initialCollapsed(await loadCollapsed(host), window.innerWidth)).reserve);
      await import(/* @vite-ignore */ chrome.runtime.getURL('/panel-app.js'));
      await (globalThis as unknown as { __jobrettetStartPanel: StartPanel }).__jobrettetStartPanel(ctx);
    };
    const formHere = () => mayHaveForm(document) && detectForm(document, location.href, BUILTIN_PROFILES) !== null;
    const onStorage = () => {
      void hasCustomProfiles().then((yes) => {
        if (yes) void load(false);
      });
    };
    // Built-in detection first (synchronous); the settings read only matters where it finds nothing.
    if (formHere()) return load(true);
    if (await hasCustomProfiles()) return load(false);
    // Late-rendering pages and SPAs: the same coalesced watcher the panel uses (at most one look per 200 ms).
    unwatch = watchDom(
      document,
      () => {
        if (formHere()) void load(true);
      },
      { ignore: () => false },
    );
    // The page may have changed while the settings were read (before the watcher existed): look once more.
    if (formHere()) return load(true);
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(stopWatching);
  },
});
