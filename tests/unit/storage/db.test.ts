import 'fake-indexeddb/auto';
import { describe, it, expect, beforeEach } from 'vitest';
import Dexie from 'dexie';
import { JobrettetDB, SCHEMA_V1, SCHEMA_V2 } from '@/lib/storage/db';
import { applyRetention, deleteAllData, latestReview, listCaseLabels, listNotes, saveNote, saveReview } from '@/lib/storage/repositories';
import { exportJson, importJson, IMPORT_MAX_BYTES, validateImport } from '@/lib/storage/import-export';
import { failNextWrite } from '@/lib/storage/errors';
import { toCsv } from '@/lib/storage/csv';

let n = 0;
const name = () => `db-test-${Date.now()}-${n++}`;
const KEY = 'https://x.dk/borger/*/minplan';
const DAY = 86_400_000;

function draft(id: string, text = 'Ring til virksomheden', caseLabel = '') {
  return { id, formKey: KEY, caseLabel, formKind: 'minplan' as const, text, tags: [] };
}

function reviewDraft(id: string) {
  return {
    id, formKey: KEY, caseLabel: '', formKind: 'minplan' as const, subKind: null, phase: 'minplan',
    items: [{ id: 'agreements-smart', state: 'not-met' as const, auto: 'not-met' as const, comment: 'Ring 010190-1234' }],
    metrics: { jobFocusScore: 40, agreementsTotal: 3, agreementsSmart: 1 }, excerpt: 'Borger 0101901234 siger', 
  };
}

describe('schema migration v1 → v2', () => {
  it('keeps v1 notes and fills the new fields; the new indexes work', async () => {
    const dbName = name();
    const v1 = new Dexie(dbName);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('notes').bulkAdd([
      { id: 'old1', formKey: KEY, text: 'fra version 1', createdAt: 10, updatedAt: 10 },
      { id: 'old2', formKey: KEY, text: 'også gammel', createdAt: 20, updatedAt: 20 },
    ]);
    await v1.table('reviews').add({ id: 'r1', formKey: KEY, updatedAt: 5 });
    v1.close();

    const db = new JobrettetDB(dbName);
    await db.open();
    expect(db.verno).toBe(3);
    const notes = await listNotes(KEY, '', db);
    expect(notes.map((x) => x.id)).toEqual(['old2', 'old1']);
    expect(notes[0]).toMatchObject({ tags: [], caseLabel: '', formKind: null, text: 'også gammel' });
    expect((await db.reviews.get('r1'))?.caseLabel).toBe('');
    await saveNote({ ...draft('new1'), tags: ['opfølgning'] }, 30, db);
    expect((await db.notes.where('tags').equals('opfølgning').toArray()).map((x) => x.id)).toEqual(['new1']);
    db.close();
  });
});

describe('schema migration v2 → v3', () => {
  it('masks CPR numbers the older masker kept (dotted, no-break space) in every stored string, ids untouched', async () => {
    const dbName = name();
    const v2 = new Dexie(dbName);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    const id = 'ab0101901234cd';
    await v2.table('notes').add({ id, formKey: KEY, caseLabel: '', formKind: null, text: 'CPR 04.01.90-1114', tags: ['050190\u00a01115'], createdAt: 1, updatedAt: 1 });
    await v2.table('reviews').add({ ...reviewDraft('r1'), items: [{ id: 'x', state: 'met', auto: 'met', comment: 'se 050190.1116' }], excerpt: '050190 1115', createdAt: 1, updatedAt: 1 });
    v2.close();
    const db = new JobrettetDB(dbName);
    await db.open();
    expect(await db.notes.get(id)).toMatchObject({ text: 'CPR ******-****', tags: ['******-****'] });
    expect(await db.reviews.get('r1')).toMatchObject({ excerpt: '******-****', items: [{ comment: 'se ******-****' }] });
    db.close();
  });
});

describe('repositories', () => {
  let db: JobrettetDB;
  beforeEach(async () => {
    db = new JobrettetDB(name());
    await db.open();
  });

  it('saves, updates (keeping createdAt) and lists notes per form and case label', async () => {
    await saveNote(draft('a', 'første'), 100, db);
    await saveNote(draft('b', 'anden', 'Sag B'), 200, db);
    await saveNote(draft('a', 'første, rettet'), 300, db);
    const a = await listNotes(KEY, '', db);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ text: 'første, rettet', createdAt: 100, updatedAt: 300 });
    expect((await listNotes(KEY, 'Sag B', db)).map((x) => x.text)).toEqual(['anden']);
    expect(await listCaseLabels(KEY, db)).toEqual(['Sag B']);
  });

  it('masks CPR numbers in notes, tags and reviews before storing', async () => {
    const r = await saveNote({ ...draft('c', 'CPR 010190-1234'), tags: ['0101901234'] }, 1, db);
    expect(r.masked).toBe(true);
    const stored = JSON.stringify(await db.notes.toArray());
    expect(stored).not.toMatch(/010190/);
    const rv = await saveReview(reviewDraft('r'), 1, db);
    expect(rv.masked).toBe(true);
    expect(JSON.stringify(await db.reviews.toArray())).not.toMatch(/010190/);
    expect((await latestReview(KEY, '', db))?.items[0].comment).toBe('Ring ******-****');
  });

  it('tells the user when only a tag or the case label held a CPR number (dotted, no-break space)', async () => {
    const r = await saveNote({ ...draft('t', 'Ingen numre her', '04.01.90-1114'), tags: ['opfølgning', 'cpr 050190\u00a01115'] }, 1, db);
    expect(r.masked).toBe(true);
    expect(r.note).toMatchObject({ text: 'Ingen numre her', tags: ['opfølgning', 'cpr ******-****'], caseLabel: '******-****' });
    const rv = await saveReview({ ...reviewDraft('r2'), items: [], excerpt: 'Født 04.01.90-1114' }, 1, db);
    expect(rv).toMatchObject({ masked: true, review: { excerpt: 'Født ******-****' } });
  });

  it('rejects invalid records before touching the DB', async () => {
    await expect(saveNote({ ...draft('x'), text: '' }, 1, db)).rejects.toThrow();
    await expect(saveNote({ ...draft('x'), extra: 1 }, 1, db)).rejects.toThrow();
    await expect(saveNote({ ...draft('x'), text: 'y'.repeat(20_001) }, 1, db)).rejects.toThrow();
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses to move a note to another form by reusing its id', async () => {
    await saveNote(draft('a'), 1, db);
    await expect(saveNote({ ...draft('a'), formKey: 'https://other.dk/x' }, 2, db)).rejects.toThrow();
    expect((await db.notes.get('a'))?.formKey).toBe(KEY);
  });

  it('a failed write (quota) stores nothing and keeps existing notes', async () => {
    await saveNote(draft('a', 'behold mig'), 1, db);
    failNextWrite('QuotaExceededError');
    await expect(saveNote(draft('a', 'overskriv'), 2, db)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect((await db.notes.get('a'))?.text).toBe('behold mig');
  });

  it('retention deletes only records older than N days, and never on a bad setting', async () => {
    const now = 1_000 * DAY;
    await saveNote(draft('old', 'gammel'), now - 91 * DAY, db);
    await saveNote(draft('new', 'ny'), now - 89 * DAY, db);
    await saveReview({ ...reviewDraft('rold'), excerpt: null }, now - 100 * DAY, db);
    await saveReview({ ...reviewDraft('rnew'), excerpt: null }, now - 1 * DAY, db);
    expect(await applyRetention(0, now, db)).toBe(0);
    expect(await applyRetention(Number.NaN, now, db)).toBe(0);
    expect(await applyRetention(90, now, db)).toBe(2);
    expect((await db.notes.toArray()).map((x) => x.id)).toEqual(['new']);
    expect((await db.reviews.toArray()).map((x) => x.id)).toEqual(['rnew']);
  });

  it('deletes all data', async () => {
    await saveNote(draft('a'), 1, db);
    await saveReview(reviewDraft('r'), 1, db);
    const other = new JobrettetDB(db.name); // e.g. the background's connection while the options page deletes
    await other.open();
    await deleteAllData(db);
    expect(await db.notes.count()).toBe(0);
    expect(await db.reviews.count()).toBe(0);
    // The database was deleted and made again (not only cleared); both connections go on working.
    expect(db.isOpen()).toBe(true);
    await saveNote(draft('after'), 2, other);
    expect((await db.notes.toArray()).map((x) => x.id)).toEqual(['after']);
  });
});

describe('export / import', () => {
  let db: JobrettetDB;
  beforeEach(async () => {
    db = new JobrettetDB(name());
    await db.open();
    await saveNote({ ...draft('a', 'note a'), tags: ['x'] }, 100, db);
    await saveReview({ ...reviewDraft('r'), excerpt: null }, 200, db);
  });

  async function snapshot(d: JobrettetDB) {
    return JSON.stringify({ n: await d.notes.orderBy('id').toArray(), r: await d.reviews.orderBy('id').toArray() });
  }

  it('exports (JSON and CSV) never carry a CPR number, even one stored unmasked', async () => {
    await db.notes.put({ id: 'raw', formKey: KEY, caseLabel: '', formKind: null, text: 'CPR 04.01.90-1114', tags: ['050190\u00a01115'], createdAt: 1, updatedAt: 1 });
    const file = await exportJson(db);
    expect(file.notes.find((x) => x.id === 'raw')).toMatchObject({ text: 'CPR ******-****', tags: ['******-****'] });
    const csv = toCsv(await db.notes.toArray(), []);
    expect(csv).toContain('CPR ******-****');
    expect(csv).not.toMatch(/1114|1115/);
  });

  it('round-trips: export → import into an empty DB gives the same data', async () => {
    const file = JSON.stringify(await exportJson(db));
    const other = new JobrettetDB(name());
    await other.open();
    expect(await importJson(file, file.length, other)).toEqual({ ok: true, notes: 1, reviews: 1, skippedNotes: 0, skippedReviews: 0 });
    expect(await snapshot(other)).toBe(await snapshot(db));
  });

  it('restoring an older backup keeps the newer copy of a record and says so; older and new records are imported', async () => {
    const backup = JSON.stringify(await exportJson(db)); // note a (t=100), review r (t=200)
    await saveNote({ ...draft('a', 'rettet efter backup'), tags: ['x'] }, 500, db);
    await db.notes.put({ id: 'gone', formKey: KEY, caseLabel: '', formKind: null, text: 'ældre her', tags: [], createdAt: 1, updatedAt: 1 });
    const file = JSON.parse(backup);
    file.notes.push({ id: 'gone', formKey: KEY, caseLabel: '', formKind: null, text: 'nyere i filen', tags: [], createdAt: 1, updatedAt: 50 });
    const r = await importJson(JSON.stringify(file), undefined, db);
    expect(r).toEqual({ ok: true, notes: 1, reviews: 1, skippedNotes: 1, skippedReviews: 0 });
    expect((await db.notes.get('a'))?.text).toBe('rettet efter backup');
    expect((await db.notes.get('gone'))?.text).toBe('nyere i filen');
  });

  const good = async () => JSON.parse(JSON.stringify(await exportJson(db)));

  it.each([
    ['corrupt', () => Promise.resolve('{"format": "jobrettet-export", "version": 1, "notes": [')],
    ['corrupt', () => Promise.resolve('not json at all')],
    ['hostile', async () => JSON.stringify(await good()).replace('"notes":[', '"__proto__":{"polluted":1},"notes":[')],
    ['hostile', async () => JSON.stringify(await good()).replace('"tags":["x"]', '"tags":["x"],"constructor":{"prototype":{"p":1}}')],
    ['wrong-format', () => Promise.resolve('{"hello": 1}')],
    ['wrong-format', () => Promise.resolve('[1,2,3]')],
    ['invalid', async () => JSON.stringify({ ...(await good()), notes: [{ ...(await good()).notes[0], createdAt: 'i går' }] })],
    ['invalid', async () => JSON.stringify({ ...(await good()), notes: [{ ...(await good()).notes[0], sneaky: 'extra key' }] })],
    ['invalid', async () => JSON.stringify({ ...(await good()), version: 99 })],
    ['cpr', async () => JSON.stringify({ ...(await good()), notes: [{ ...(await good()).notes[0], text: 'CPR 010190-1234' }] })],
    ['duplicate-id', async () => { const g = await good(); return JSON.stringify({ ...g, notes: [g.notes[0], g.notes[0]] }); }],
  ] as const)('rejects a %s file and changes nothing', async (problem, make) => {
    const before = await snapshot(db);
    const text = await make();
    const r = await importJson(text, text.length, db);
    expect(r).toMatchObject({ ok: false, problem });
    expect(await snapshot(db)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects an oversized file before parsing', () => {
    expect(validateImport('{}', IMPORT_MAX_BYTES + 1)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('applies in one transaction: a failure half-way leaves the DB untouched', async () => {
    const g = await good();
    g.notes.push({ ...g.notes[0], id: 'b', text: 'ny note' });
    g.reviews[0].caseLabel = 'ændret';
    const before = await snapshot(db);
    failNextWrite('QuotaExceededError');
    const text = JSON.stringify(g);
    expect(await importJson(text, text.length, db)).toEqual({ ok: false, problem: 'write-failed' });
    expect(await snapshot(db)).toBe(before);
  });
});
