import { getDb, type JobrettetDB } from './db';
import { maskCpr } from './cpr';
import { throwIfWriteShouldFail, StorageError } from './errors';
import {
  NoteDraftSchema,
  NoteRecordSchema,
  ReviewDraftSchema,
  ReviewRecordSchema,
  type NoteRecord,
  type ReviewRecord,
} from './records';

const DAY_MS = 86_400_000;

function byNewest<T extends { updatedAt: number }>(a: T, b: T): number {
  return b.updatedAt - a.updatedAt;
}

// ---------- notes ----------

/** Saves (creates or updates) a note. Masks CPR numbers; keeps `createdAt` of an existing note. */
export async function saveNote(input: unknown, now = Date.now(), db: JobrettetDB = getDb()): Promise<{ note: NoteRecord; masked: boolean }> {
  const draft = NoteDraftSchema.parse(input);
  let masked = false;
  const mask = (s: string) => {
    const r = maskCpr(s);
    masked ||= r.masked;
    return r.text;
  };
  // Text, tags and the case label: every field the user typed (the notice must also cover a masked tag).
  const text = mask(draft.text);
  const tags = [...new Set(draft.tags.map((t) => mask(t.trim())).filter(Boolean))];
  const caseLabel = mask(draft.caseLabel);
  const note = await db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.get(draft.id);
    if (existing && existing.formKey !== draft.formKey) throw new StorageError('forbidden', 'note belongs to another form');
    const rec = NoteRecordSchema.parse({ ...draft, text, tags, caseLabel, createdAt: existing?.createdAt ?? now, updatedAt: now });
    throwIfWriteShouldFail();
    await db.notes.put(rec);
    return rec;
  });
  return { note, masked };
}

export async function listNotes(formKey: string, caseLabel: string, db: JobrettetDB = getDb()): Promise<NoteRecord[]> {
  const rows = await db.notes.where('[formKey+caseLabel]').equals([formKey, caseLabel]).toArray();
  return rows.sort(byNewest);
}

/** The case labels already used on this form (to offer them again). */
export async function listCaseLabels(formKey: string, db: JobrettetDB = getDb()): Promise<string[]> {
  const [notes, reviews] = await Promise.all([
    db.notes.where('formKey').equals(formKey).toArray(),
    db.reviews.where('formKey').equals(formKey).toArray(),
  ]);
  return [...new Set([...notes, ...reviews].map((r) => r.caseLabel).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'da'));
}

export async function deleteNote(id: string, db: JobrettetDB = getDb()): Promise<void> {
  throwIfWriteShouldFail();
  await db.notes.delete(id);
}

export async function allNotes(db: JobrettetDB = getDb()): Promise<NoteRecord[]> {
  return (await db.notes.toArray()).sort(byNewest);
}

// ---------- reviews ----------

export async function saveReview(input: unknown, now = Date.now(), db: JobrettetDB = getDb()): Promise<{ review: ReviewRecord; masked: boolean }> {
  const draft = ReviewDraftSchema.parse(input);
  let masked = false;
  const mask = (s: string) => {
    const r = maskCpr(s);
    masked ||= r.masked;
    return r.text;
  };
  const items = draft.items.map((i) => ({ ...i, comment: mask(i.comment) }));
  const excerpt = draft.excerpt === null ? null : mask(draft.excerpt);
  const caseLabel = mask(draft.caseLabel);
  const review = await db.transaction('rw', db.reviews, async () => {
    const existing = await db.reviews.get(draft.id);
    if (existing && existing.formKey !== draft.formKey) throw new StorageError('forbidden', 'review belongs to another form');
    const rec = ReviewRecordSchema.parse({ ...draft, items, excerpt, caseLabel, createdAt: existing?.createdAt ?? now, updatedAt: now });
    throwIfWriteShouldFail();
    await db.reviews.put(rec);
    return rec;
  });
  return { review, masked };
}

export async function latestReview(formKey: string, caseLabel: string, db: JobrettetDB = getDb()): Promise<ReviewRecord | null> {
  const rows = await db.reviews.where('[formKey+caseLabel]').equals([formKey, caseLabel]).toArray();
  return rows.sort(byNewest)[0] ?? null;
}

export async function deleteReview(id: string, db: JobrettetDB = getDb()): Promise<void> {
  throwIfWriteShouldFail();
  await db.reviews.delete(id);
}

export async function allReviews(db: JobrettetDB = getDb()): Promise<ReviewRecord[]> {
  return (await db.reviews.toArray()).sort(byNewest);
}

// ---------- retention and deletion ----------

/** Deletes notes and reviews not updated for `retentionDays` days. Returns how many were deleted. */
export async function applyRetention(retentionDays: number, now = Date.now(), db: JobrettetDB = getDb()): Promise<number> {
  if (!Number.isFinite(retentionDays) || retentionDays < 1) return 0; // never delete everything on a bad setting
  const cutoff = now - retentionDays * DAY_MS;
  return db.transaction('rw', db.notes, db.reviews, async () => {
    const n = await db.notes.where('updatedAt').below(cutoff).delete();
    const r = await db.reviews.where('updatedAt').below(cutoff).delete();
    return n + r;
  });
}

/**
 * "Slet alle mine data": empties both tables in one transaction, then deletes the IndexedDB database itself and
 * creates it again, empty, so no deleted record stays reachable through IndexedDB. Chromium may still keep the bytes
 * in a LevelDB table file until it compacts it (tests/e2e/storage-hostile.spec.ts pins this). Other open connections
 * (the background, an overview tab) are closed by Dexie on `versionchange` and reopen the new, empty database.
 */
export async function deleteAllData(db: JobrettetDB = getDb()): Promise<void> {
  await db.transaction('rw', db.notes, db.reviews, async () => {
    await db.notes.clear();
    await db.reviews.clear();
  });
  // If another connection blocks the deletion, the tables are already empty: do not hang the options page.
  await Promise.race([db.delete(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
  await db.open();
}
