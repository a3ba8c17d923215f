import '@/lib/settings/zod-jitless';
import { browser } from 'wxt/browser';
import { createMessageListener } from '@/lib/messaging/server';
import { createHandlers, runRetention } from '@/lib/storage/handlers';
import { startSyncServer } from '@/lib/storage/sync-server';
import { installTestHooks } from '@/lib/storage/test-hooks';

// The background service worker owns the database (the extension's origin, never the host page's).
export default defineBackground(() => {
  browser.runtime.onMessage.addListener(createMessageListener(createHandlers()) as never);
  startSyncServer();
  // A constant at build time: production bundles drop the call and, with it, the whole test-hooks module.
  if (import.meta.env.JOBRETTET_TEST) installTestHooks();
  void runRetention().catch(() => {});
  // Started with the browser, so the first read of the managed policy (slow in Chromium right after start) happens here
  // and refreshes its copy (lib/settings/managed-read.ts) before the first page needs it; runRetention reads it.
  browser.runtime.onStartup.addListener(() => {});
  // The panel's shortcut (manifest `commands`, changeable in the browser's shortcut settings) goes to the tab's panels.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-panel' || tab?.id === undefined) return;
    void browser.tabs.sendMessage(tab.id, { ns: 'jobrettet', type: 'panel.toggle' }).catch(() => {});
  });
});
