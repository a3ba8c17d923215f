import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageListener } from '@/lib/messaging/server';
import { JobrettetDB, setDbForTests } from '@/lib/storage/db';
import { createHandlers } from '@/lib/storage/handlers';

let n = 0;

/** A fresh, empty DB (unique name) installed as the shared one, plus the background's message listener. */
export async function freshBackground(): Promise<JobrettetDB> {
  fakeBrowser.reset();
  const db = new JobrettetDB(`test-${Date.now()}-${n++}`);
  await db.open();
  setDbForTests(db);
  fakeBrowser.runtime.onMessage.addListener(createMessageListener(createHandlers(db)) as never);
  return db;
}
