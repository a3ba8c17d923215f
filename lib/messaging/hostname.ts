import { browser } from 'wxt/browser';

/**
 * How the popup learns the current site without the `tabs` permission. Chromium does NOT expose `tab.url`
 * for hosts the extension only reaches through content-script matches (verified in
 * tests/e2e/storage-notes.spec.ts), so:
 * 1. `activeTab` (no install warning) grants the URL of the active tab while the user has the popup open;
 * 2. as a fallback the popup asks our content script in that tab (tabs.sendMessage needs no permission).
 */
const REQUEST = { ns: 'jobrettet', type: 'page.hostname' } as const;

/** Content script (top frame): answers the popup with this page's host. Call before any early return. */
export function answerHostnameRequests(): void {
  if (typeof window === 'undefined' || window.top !== window) return;
  browser.runtime.onMessage.addListener(((msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (!msg || typeof msg !== 'object' || (msg as { ns?: unknown }).ns !== 'jobrettet' || (msg as { type?: unknown }).type !== REQUEST.type) return false;
    sendResponse({ host: location.protocol === 'http:' || location.protocol === 'https:' ? location.hostname : null });
    return true;
  }) as never);
}

/** Popup: the host of the page in `tabId`, as reported by our content script there (null if none answers). */
export async function askTabHostname(tabId: number): Promise<string | null> {
  try {
    const r = (await browser.tabs.sendMessage(tabId, REQUEST, { frameId: 0 })) as { host?: unknown } | undefined;
    return typeof r?.host === 'string' && r.host ? r.host : null;
  } catch {
    return null;
  }
}
