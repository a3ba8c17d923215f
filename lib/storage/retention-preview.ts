import { getDb, type JobrettetDB } from './db';

const DAY_MS = 86_400_000;

/** How many notes and reviews a retention of `retentionDays` would delete now (shown before the user confirms). */
export async function countExpiring(retentionDays: number, now = Date.now(), db: JobrettetDB = getDb()): Promise<{ notes: number; reviews: number }> {
  if (!Number.isFinite(retentionDays) || retentionDays < 1) return { notes: 0, reviews: 0 };
  const cutoff = now - retentionDays * DAY_MS;
  const [notes, reviews] = await Promise.all([db.notes.where('updatedAt').below(cutoff).count(), db.reviews.where('updatedAt').below(cutoff).count()]);
  return { notes, reviews };
}
