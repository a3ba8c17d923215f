import { describe, it, expect } from 'vitest';
import { containsCpr, maskCpr } from '@/lib/storage/cpr';
import { checkCaseLabel, formKeyFromUrl, looksLikeIdentifier } from '@/lib/storage/form-key';
import { csvCell, csvRow, toCsv } from '@/lib/storage/csv';
import type { NoteRecord, ReviewRecord } from '@/lib/storage/records';

describe('CPR masking', () => {
  it.each([
    ['CPR 010190-1234 ringet', 'CPR ******-**** ringet'],
    ['0101901234', '******-****'],
    ['født 311299 1234.', 'født ******-****.'],
    ['erstatning 610190-1234', '******-****'],
    ['to: 010190-1234 og 150285-4321', 'to: ******-**** og ******-****'],
  ])('masks %j', (input, expected) => {
    const r = maskCpr(input);
    expect(r.masked).toBe(true);
    expect(r.text).toContain(expected.split(' ').pop()!.replace('.', ''));
    expect(containsCpr(r.text)).toBe(false);
    expect(r.text).not.toMatch(/\d{6}-?\d{4}/);
  });

  it.each(['Ring 12345678 (telefon)', 'beløb 1.234.567 kr', '991399-1234 er ikke en dato', '12345678901234', 'uge 12, 2024'])('leaves %j alone', (input) => {
    expect(maskCpr(input)).toEqual({ text: input, masked: false });
  });
});

describe('form key', () => {
  it.each([
    ['https://fagsystem.kommune.dk/borger/0101901234/minplan?cpr=0101901234#top', 'https://fagsystem.kommune.dk/borger/*/minplan'],
    ['https://x.dk/citizen/jens-hansen/plan', 'https://x.dk/citizen/*/plan'],
    ['https://x.dk/sag/123456/rehab/forberedende', 'https://x.dk/sag/*/rehab/forberedende'],
    ['https://x.dk/plan/3f2a9c1e-7b4d-4e8a-9c1e-7b4d4e8a9c1e/edit', 'https://x.dk/plan/*/edit'],
    ['https://x.dk/doc/a3f9b2c4d5e6f708/edit', 'https://x.dk/doc/*/edit'],
    ['https://x.dk/p/Jens%20Hansen/cv', 'https://x.dk/p/*/cv'],
    ['https://x.dk/p/jens@example.dk/cv', 'https://x.dk/p/*/cv'],
    ['https://WWW.Jobnet.dk/CV/Rediger;jsessionid=ABC123', 'https://www.jobnet.dk/cv/rediger'],
    ['http://127.0.0.1:4321/minplan.html', 'http://127.0.0.1:4321/minplan.html'],
  ])('%s → %s', (url, key) => {
    expect(formKeyFromUrl(url)).toBe(key);
  });

  it('never contains a CPR number or digits runs from the URL', () => {
    const key = formKeyFromUrl('https://a.dk/x/010190-1234/y/0101901234');
    expect(containsCpr(key)).toBe(false);
    expect(key).toBe('https://a.dk/x/*/y/*');
  });

  it('keeps ordinary words', () => {
    expect(looksLikeIdentifier('minplan')).toBe(false);
    expect(looksLikeIdentifier('rehabiliteringsplan')).toBe(false);
    expect(looksLikeIdentifier('v2')).toBe(false);
    expect(looksLikeIdentifier('2024')).toBe(true);
  });

  it('case labels: short, no CPR, no long numbers', () => {
    expect(checkCaseLabel('  Sag   A ')).toEqual({ ok: true, label: 'Sag A' });
    expect(checkCaseLabel('Sag 010190-1234')).toEqual({ ok: false, problem: 'cpr' });
    expect(checkCaseLabel('Sag 1234567')).toEqual({ ok: false, problem: 'cpr' });
    expect(checkCaseLabel('x'.repeat(41))).toEqual({ ok: false, problem: 'too-long' });
    expect(checkCaseLabel('a<b>')).toEqual({ ok: false, problem: 'chars' });
  });
});

describe('CSV', () => {
  it('escapes quotes, separators and newlines', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('sagde "ja"')).toBe('"sagde ""ja"""');
    expect(csvCell('linje 1\nlinje 2')).toBe('"linje 1\nlinje 2"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
    expect(csvCell(2.5)).toBe('2,5');
    expect(csvRow(['a', 'b;c', 3])).toBe('a;"b;c";3');
  });

  it.each(['=1+1', '+45 1234', '-2', '@SUM(A1)', '=HYPERLINK("http://x")', '\t=1'])('neutralises a leading formula character in %j', (v) => {
    const cell = csvCell(v);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unquoted.startsWith("'")).toBe(true);
    expect(unquoted.slice(1)).toBe(v);
  });

  it('writes BOM, semicolons, CRLF and Danish dates', () => {
    const created = new Date(2025, 2, 7, 9, 5).getTime();
    const note: NoteRecord = { id: 'n1', formKey: 'https://a.dk/p', caseLabel: 'Sag A', formKind: 'cv', text: '=cmd|x; "hej"\nnæste', tags: ['a', 'b'], createdAt: created, updatedAt: created };
    const review: ReviewRecord = {
      id: 'r1', formKey: 'https://a.dk/p', caseLabel: '', formKind: 'minplan', subKind: null, phase: 'minplan',
      items: [{ id: 'job-goal-oriented', state: 'met', auto: 'met', comment: '' }, { id: 'accommodations-concrete', state: 'not-met', auto: 'unknown', comment: '+ ring' }],
      metrics: { jobFocusScore: 72, agreementsTotal: 4, agreementsSmart: 1 }, excerpt: null, createdAt: created, updatedAt: created,
    };
    const names = { form: (k: string | null) => (k === 'minplan' ? 'Min Plan' : 'Jobnet-CV'), phase: () => 'Min Plan (fase 2–3)', item: (id: string) => (id === 'job-goal-oriented' ? 'Jobmålet peger mod job' : 'Skånehensyn er konkrete') };
    const csv = toCsv([note], [review], 'da', names);
    expect(csv.startsWith('\uFEFFType;Oprettet;')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[0].endsWith(';Kommentarer;Uddrag;Jobmålet peger mod job;Skånehensyn er konkrete')).toBe(true);
    expect(lines[1]).toContain('Kvalitetstjek;07-03-2025;07-03-2025;09:05;Min Plan;Min Plan (fase 2–3);');
    expect(lines[1]).toContain(';72;1;4;1;1;0;Ja;Nej;;');
    // One column per item: its state, and the comment after it (a comment never starts a cell, so no formula).
    expect(lines[1].endsWith(';Opfyldt;Ikke opfyldt: + ring')).toBe(true);
    expect(lines[2].startsWith('Note;07-03-2025;07-03-2025;09:05;Jobnet-CV;')).toBe(true);
    expect(lines[2].endsWith(';;')).toBe(true);
    expect(csv).toContain(`"'=cmd|x; ""hej""\nnæste"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('record ids', () => {
  it('are made without crypto.randomUUID (missing outside secure contexts, e.g. plain-http intranet hosts)', async () => {
    const { newId } = await import('@/lib/storage/records');
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true, writable: true });
    try {
      const ids = new Set(Array.from({ length: 200 }, () => newId()));
      expect(ids.size).toBe(200);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true, writable: true });
    }
  });
});
