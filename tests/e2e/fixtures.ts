import { test as base, chromium, expect, type BrowserContext, type Request } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM } from '../../playwright.config';
import { startDemoServer } from '../demo/server.mjs';
import { chromiumArgs } from '../../scripts/lib/browser.mjs';

const OUT = process.env.JOBRETTET_OUT ?? '.output';
export const EXT_DIR = path.resolve(process.env.EXT_DIR ?? path.join(OUT, 'chrome-mv3'));
export const DEMO_DIR = path.resolve(path.join(OUT, 'demo'));

export const CHROMIUM_ARGS = chromiumArgs(EXT_DIR);
/** The test build with its fault-injection hook: `JOBRETTET_OUT=.output-test JOBRETTET_TEST=1 npx wxt build`. */
export const TEST_EXT_DIR = path.resolve(process.env.TEST_EXT_DIR ?? '.output-test/chrome-mv3');

/** Launches Debian Chromium with the built extension and a persistent profile (a fresh one when dir is ''). */
export async function launchWithExtension(userDataDir = '', extDir = EXT_DIR): Promise<BrowserContext> {
  if (!fs.existsSync(path.join(extDir, 'manifest.json'))) throw new Error(`build first: ${extDir} missing`);
  return chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: chromiumArgs(extDir) });
}

/**
 * Every request a context makes that is neither to the local demo server nor inside the extension
 * itself. The extension must never cause one: each test asserts this list is empty at its end.
 */
export function recordForeignRequests(context: BrowserContext, site: string): string[] {
  const foreign: string[] = [];
  const port = new URL(site).port;
  // The demo server also answers under other *.test names (chromiumArgs maps them to 127.0.0.1).
  const local = (url: string) => {
    try {
      const u = new URL(url);
      return u.protocol === 'http:' && u.port === port && (u.hostname === '127.0.0.1' || u.hostname.endsWith('.test'));
    } catch {
      return false;
    }
  };
  const allowed = (url: string) =>
    url.startsWith(site) || local(url) || url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank';
  context.on('request', (r: Request) => {
    if (!allowed(r.url())) foreign.push(`${r.method()} ${r.url()}`);
  });
  return foreign;
}

/** A second origin of the same demo server: another site with look-alike forms. */
export function otherOrigin(site: string): string {
  const u = new URL(site);
  u.hostname = 'kommune-b.test';
  return u.origin;
}

export const test = base.extend<
  { context: BrowserContext; extensionId: string; foreignRequests: string[] },
  { site: string; siteHost: string }
>({
  // The host name the demo pages are served under: 127.0.0.1 (a secure context, like localhost), or a plain-http
  // intranet name in the `chromium-plain-http` project, where secure-context-only APIs are missing.
  siteHost: ['127.0.0.1', { scope: 'worker', option: true }],
  // Worker-scoped static server on 127.0.0.1:<random port> serving the built demo pages.
  site: [
    // Playwright fixtures need an object pattern for their first argument.
    async ({ siteHost }, use) => {
      if (!fs.existsSync(DEMO_DIR)) throw new Error(`build the demo pages first: node tests/demo/build.mjs (${DEMO_DIR} missing)`);
      const server = await startDemoServer(DEMO_DIR);
      const origin = new URL(server.origin);
      origin.hostname = siteHost;
      await use(origin.origin);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ site }, use) => {
    const context = await launchWithExtension();
    const foreign = recordForeignRequests(context, site);
    (context as BrowserContext & { __foreign?: string[] }).__foreign = foreign;
    await use(context);
    await context.close();
    expect(foreign, 'requests that left the machine').toEqual([]);
  },
  foreignRequests: async ({ context }, use) => {
    await use((context as BrowserContext & { __foreign?: string[] }).__foreign ?? []);
  },
  extensionId: async ({ context }, use) => {
    let [sw] = context.serviceWorkers();
    if (!sw) sw = await context.waitForEvent('serviceworker');
    await use(new URL(sw.url()).host);
  },
});
export { expect };

// ---- Panel helpers (shared by the panel specs, the demo script's checks and the benchmark) ----
import type { Frame, Locator, Page } from '@playwright/test';

/** The one `jobrettet-panel` of a page or frame (Playwright's CSS locators pierce its open shadow root). */
export function panelOf(scope: Page | Frame): Locator {
  return scope.locator('jobrettet-panel');
}

/** Number of `jobrettet-panel` elements in the document (not counting frames). */
export async function panelCount(scope: Page | Frame): Promise<number> {
  return scope.evaluate(() => document.querySelectorAll('jobrettet-panel').length);
}

/** Waits until the score the panel shows was computed from exactly `length` characters of the active field. */
export async function expectAnalysedLength(scope: Page | Frame, length: number): Promise<void> {
  await expect(panelOf(scope).locator('[data-job-focus-score]')).toHaveAttribute('data-text-length', String(length));
}

/** Writes the extension's user settings (browser.storage.local `settings`) from its service worker. */
export async function setUserSettings(context: BrowserContext, settings: Record<string, unknown>): Promise<void> {
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  await sw.evaluate(async (s) => {
    await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ settings: s });
  }, settings);
}
