import '@/lib/settings/zod-jitless';
import { browser } from 'wxt/browser';
import { createMessageListener } from '@/lib/messaging/server';
import { createHandlers, runRetention } from '@/lib/storage/handlers';
import { startSyncServer } from '@/lib/storage/sync-server';

// The background service worker owns the database (the extension's origin, never the host page's).
export default defineBackground(() => {
  browser.runtime.onMessage.addListener(createMessageListener(createHandlers()) as never);
  startSyncServer();
  void runRetention().catch(() => {});
  // The panel's shortcut (manifest `commands`, changeable in the browser's shortcut settings) goes to the tab's panels.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-panel' || tab?.id === undefined) return;
    void browser.tabs.sendMessage(tab.id, { ns: 'jobrettet', type: 'panel.toggle' }).catch(() => {});
  });
});
