import { browser } from 'wxt/browser';
import { SYNC_PORT, type SyncPush } from './protocol';
import type { NoteRecord } from '@/lib/storage/records';

/**
 * Subscribes to live note updates for one form (see lib/storage/sync-server.ts). Reconnects when the
 * background restarts; `onReconnect` lets the caller refetch. Returns an unsubscribe function.
 */
export function subscribeNotes(formKey: string, caseLabel: string, onNotes: (notes: NoteRecord[]) => void): () => void {
  let stopped = false;
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const connect = () => {
    if (stopped) return;
    try {
      port = browser.runtime.connect({ name: SYNC_PORT });
    } catch {
      retry = setTimeout(connect, 2_000);
      return;
    }
    port.onMessage.addListener((raw: unknown) => {
      // Pushed by our own background from validated records (lib/storage/sync-server.ts); checked for shape and
      // addressee only, so that the record schemas stay out of the content script.
      const msg = raw as Partial<SyncPush> | null;
      if (msg?.ns === 'jobrettet' && msg.type === 'notes' && msg.formKey === formKey && msg.caseLabel === caseLabel && Array.isArray(msg.notes)) onNotes(msg.notes);
    });
    port.onDisconnect.addListener(() => {
      port = null;
      if (stopped) return;
      // The service worker went idle or restarted: reconnect when the user can see the tab.
      if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
      retry = setTimeout(connect, 1_000);
    });
    port.postMessage({ ns: 'jobrettet', type: 'subscribe', formKey, caseLabel });
  };

  const onVisible = () => {
    if (document.visibilityState === 'visible' && !port) connect();
  };
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);
  connect();

  return () => {
    stopped = true;
    clearTimeout(retry);
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
    try {
      port?.disconnect();
    } catch {
      /* already closed */
    }
  };
}
