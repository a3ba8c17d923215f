import { browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messaging/server';
import { loadSettings } from '@/lib/settings';
import { applyRetention, deleteNote, latestReview, listCaseLabels, listNotes, saveNote, saveReview } from './repositories';
import type { JobrettetDB } from './db';
import { addDismissal, listDismissals, pruneDismissals, removeDismissal } from './dismissals';
import { getDb } from './db';

const RETENTION_EVERY_MS = 60 * 60 * 1000;
let lastRetention = 0;

/** Retention runs at start-up and after writes (at most hourly): no `alarms` permission needed. */
export async function runRetention(db: JobrettetDB = getDb(), now = Date.now()): Promise<number> {
  lastRetention = now;
  const s = await loadSettings();
  await pruneDismissals(s.retentionDays, now).catch(() => 0);
  return applyRetention(s.retentionDays, now, db);
}

function retentionAfterWrite(db: JobrettetDB): void {
  if (Date.now() - lastRetention < RETENTION_EVERY_MS) return;
  void runRetention(db).catch(() => {});
}

export function createHandlers(db: JobrettetDB = getDb()): Handlers {
  return {
    ping: async () => ({ pong: true }),
    'notes.list': async (req) => ({ notes: await listNotes(req.formKey, req.caseLabel, db), labels: await listCaseLabels(req.formKey, db) }),
    'notes.save': async (req) => {
      const r = await saveNote(req.note, Date.now(), db);
      retentionAfterWrite(db);
      return r;
    },
    'notes.delete': async (req) => {
      await deleteNote(req.id, db);
      return { deleted: true };
    },
    'notes.get': async (req) => {
      const note = await db.notes.get(req.id);
      return { note: note && note.formKey === req.formKey ? note : null };
    },
    'reviews.latest': async (req) => ({ review: await latestReview(req.formKey, req.caseLabel, db) }),
    'reviews.save': async (req) => {
      const r = await saveReview(req.review, Date.now(), db);
      retentionAfterWrite(db);
      return r;
    },
    'overview.open': async () => {
      await browser.tabs.create({ url: browser.runtime.getURL('/overview.html') });
      return { opened: true };
    },
    'dismissals.list': async (req) => ({ dismissals: await listDismissals(req.host) }),
    'dismissals.add': async (req) => ({ dismissal: await addDismissal(req.dismissal) }),
    'dismissals.remove': async (req) => {
      await removeDismissal(req.id);
      return { removed: true };
    },
  };
}
