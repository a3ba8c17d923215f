import { browser } from 'wxt/browser';
import { isExtensionPage, type SenderInfo } from '@/lib/messaging/server';
import { failNextWrite } from './errors';

/**
 * Test builds only (`JOBRETTET_TEST=1 npx wxt build`, see entrypoints/background.ts): lets the E2E quota test make
 * the next write fail. Its own namespace, so the product's message listener never sees it; honoured only from an
 * extension page. Production bundles do not contain this module (the build-time flag removes the call).
 */
export function installTestHooks(): void {
  browser.runtime.onMessage.addListener(((msg: { ns?: unknown; type?: unknown; errorName?: unknown } | null, sender: SenderInfo, sendResponse: (r: unknown) => void) => {
    if (msg?.ns !== 'jobrettet-test' || msg.type !== 'failNextWrite') return false;
    const name = msg.errorName;
    if (!isExtensionPage(sender, browser.runtime.getURL('/')) || (name !== 'QuotaExceededError' && name !== 'DatabaseClosedError')) {
      sendResponse({ ok: false, error: { code: 'forbidden' } });
      return true;
    }
    failNextWrite(name);
    sendResponse({ ok: true, data: { armed: true } });
    return true;
  }) as never);
}
