import { z } from 'zod/mini';
import { getDb, type JobrettetDB } from './db';
import { containsCpr, maskDeep } from './cpr';
import { throwIfWriteShouldFail } from './errors';
import { NoteRecordSchema, ReviewRecordSchema, type NoteRecord, type ReviewRecord } from './records';

export const EXPORT_FORMAT = 'jobrettet-export';
export const EXPORT_VERSION = 1;
/** Larger files are refused before they are read (a year of heavy use is a few MB). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const IMPORT_MAX_RECORDS = 200_000;

export const ExportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().check(z.maxLength(40)),
  notes: z.array(NoteRecordSchema).check(z.maxLength(IMPORT_MAX_RECORDS)),
  reviews: z.array(ReviewRecordSchema).check(z.maxLength(IMPORT_MAX_RECORDS)),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

export async function exportJson(db: JobrettetDB = getDb(), now = new Date()): Promise<ExportFile> {
  const [notes, reviews] = await Promise.all([db.notes.toArray(), db.reviews.toArray()]);
  // Masked again on the way out: records stored before the recogniser knew a form (dots, no-break spaces) too.
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), notes: notes.map(maskDeep), reviews: reviews.map(maskDeep) };
}

export type ImportProblem = 'too-large' | 'corrupt' | 'hostile' | 'wrong-format' | 'invalid' | 'cpr' | 'duplicate-id' | 'write-failed';

/** `notes`/`reviews`: records written; `skippedNotes`/`skippedReviews`: kept because this browser's copy is newer. */
export type ImportResult =
  | { ok: true; notes: number; reviews: number; skippedNotes: number; skippedReviews: number }
  | { ok: false; problem: ImportProblem; path?: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class HostileKeyError extends Error {}

/** Parses untrusted JSON; refuses prototype-pollution keys anywhere in it. */
function parseStrictJson(text: string): unknown {
  return JSON.parse(text, (key, value) => {
    if (FORBIDDEN_KEYS.has(key)) throw new HostileKeyError(key);
    return value;
  });
}

/** Path of the first string that contains a CPR number, or null. One shared path stack: no copying per node. */
function findCpr(root: unknown): string | null {
  const path: string[] = [];
  const walk = (value: unknown): boolean => {
    if (typeof value === 'string') return containsCpr(value);
    if (value === null || typeof value !== 'object') return false;
    const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
    for (const [k, v] of entries) {
      path.push(k);
      if (walk(v)) return true;
      path.pop();
    }
    return false;
  };
  return walk(root) ? path.join('.') : null;
}

/** Checks a file's text completely without touching the database. */
export function validateImport(text: string, byteLength = text.length): { ok: true; data: ExportFile } | { ok: false; problem: ImportProblem; path?: string } {
  if (byteLength > IMPORT_MAX_BYTES || text.length > IMPORT_MAX_BYTES) return { ok: false, problem: 'too-large' };
  let raw: unknown;
  try {
    raw = parseStrictJson(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, problem: err instanceof HostileKeyError ? 'hostile' : 'corrupt' };
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== EXPORT_FORMAT) return { ok: false, problem: 'wrong-format' };
  const parsed = ExportFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: 'invalid', path: issue ? issue.path.map(String).join('.') : undefined };
  }
  const cprAt = findCpr(parsed.data);
  if (cprAt !== null) return { ok: false, problem: 'cpr', path: cprAt };
  for (const list of [parsed.data.notes, parsed.data.reviews] as Array<Array<{ id: string }>>) {
    const seen = new Set<string>();
    for (const r of list) {
      if (seen.has(r.id)) return { ok: false, problem: 'duplicate-id', path: r.id };
      seen.add(r.id);
    }
  }
  return { ok: true, data: parsed.data };
}

/**
 * Imports a JSON export: validated completely first, then written in ONE transaction. A record whose id exists
 * here with a newer `updatedAt` is kept (restoring an old backup never overwrites work done since); others are
 * added or replaced. Any failure leaves the database exactly as it was.
 */
export async function importJson(text: string, byteLength = text.length, db: JobrettetDB = getDb()): Promise<ImportResult> {
  const v = validateImport(text, byteLength);
  if (!v.ok) return v;
  const newer = async <T extends { id: string; updatedAt: number }>(table: { bulkGet(ids: string[]): Promise<Array<T | undefined>> }, rows: T[]) => {
    const existing = await table.bulkGet(rows.map((r) => r.id));
    return rows.filter((r, i) => !existing[i] || existing[i]!.updatedAt <= r.updatedAt);
  };
  try {
    return await db.transaction('rw', db.notes, db.reviews, async () => {
      const notes = await newer(db.notes, v.data.notes as NoteRecord[]);
      const reviews = await newer(db.reviews, v.data.reviews as ReviewRecord[]);
      await db.notes.bulkPut(notes);
      throwIfWriteShouldFail();
      await db.reviews.bulkPut(reviews);
      return {
        ok: true as const,
        notes: notes.length,
        reviews: reviews.length,
        skippedNotes: v.data.notes.length - notes.length,
        skippedReviews: v.data.reviews.length - reviews.length,
      };
    });
  } catch {
    return { ok: false, problem: 'write-failed' };
  }
}
