import Dexie, { type EntityTable } from 'dexie';
import { maskDeep } from './cpr';
import type { NoteRecord, ReviewRecord } from './records';

/**
 * The extension's own IndexedDB (opened only in the background service worker and extension pages, never in a
 * content script: there it would belong to the host page's origin).
 *
 * Schema history:
 * - v1: notes { id, formKey, text, createdAt, updatedAt }, reviews { id, formKey, …, updatedAt }.
 * - v2: notes gain `caseLabel`, `formKind` and `tags` (multi-entry index) plus a [formKey+caseLabel] index;
 *       reviews gain a [formKey+caseLabel] index. The upgrade fills the new note fields for old rows.
 * - v3: same schema; the upgrade masks CPR numbers the older masker missed (dotted, no-break space) in every string.
 */
export const DB_NAME = 'jobrettet';

export const SCHEMA_V1 = {
  notes: '&id, formKey, updatedAt',
  reviews: '&id, formKey, updatedAt',
};

export const SCHEMA_V2 = {
  notes: '&id, formKey, [formKey+caseLabel], updatedAt, *tags',
  reviews: '&id, formKey, [formKey+caseLabel], updatedAt',
};

export class JobrettetDB extends Dexie {
  notes!: EntityTable<NoteRecord, 'id'>;
  reviews!: EntityTable<ReviewRecord, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx
          .table('notes')
          .toCollection()
          .modify((n: Record<string, unknown>) => {
            if (!Array.isArray(n.tags)) n.tags = [];
            if (typeof n.caseLabel !== 'string') n.caseLabel = '';
            if (n.formKind === undefined) n.formKind = null;
          });
        await tx
          .table('reviews')
          .toCollection()
          .modify((r: Record<string, unknown>) => {
            if (typeof r.caseLabel !== 'string') r.caseLabel = '';
          });
      });
    this.version(3)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        for (const name of ['notes', 'reviews']) {
          await tx
            .table(name)
            .toCollection()
            .modify((row: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
              ref.value = maskDeep(row);
            });
        }
      });
  }
}

let shared: JobrettetDB | null = null;

/** The one DB instance of this context. */
export function getDb(): JobrettetDB {
  if (!shared) shared = new JobrettetDB();
  return shared;
}

/** Tests: use a fresh DB (e.g. a fake-indexeddb instance under another name). */
export function setDbForTests(db: JobrettetDB | null): void {
  shared = db;
}
