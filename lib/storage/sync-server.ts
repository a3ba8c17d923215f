import { liveQuery, type Subscription } from 'dexie';
import { browser, type Browser } from 'wxt/browser';
import { SYNC_PORT, SyncSubscribeSchema } from '@/lib/messaging/protocol';
import { getDb, type JobrettetDB } from './db';
import { listNotes } from './repositories';

/**
 * Keeps open panels in sync across tabs: each panel connects a port and subscribes to its form; a Dexie
 * liveQuery here (in the extension origin) re-runs whenever the notes change — from any tab, the overview
 * page, an import or retention — and pushes the new list. When the service worker stops, the port closes
 * and the panel reconnects (and refetches when its tab becomes visible again).
 */
export function startSyncServer(db: JobrettetDB = getDb()): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== SYNC_PORT) return;
    let sub: Subscription | null = null;
    port.onMessage.addListener((raw: unknown) => {
      const msg = SyncSubscribeSchema.safeParse(raw);
      if (!msg.success) return;
      sub?.unsubscribe();
      const { formKey, caseLabel } = msg.data;
      sub = liveQuery(() => listNotes(formKey, caseLabel, db)).subscribe({
        next: (notes) => {
          try {
            port.postMessage({ ns: 'jobrettet', type: 'notes', formKey, caseLabel, notes });
          } catch {
            sub?.unsubscribe();
          }
        },
        error: () => {},
      });
    });
    port.onDisconnect.addListener(() => sub?.unsubscribe());
  });
}
