import { formatDate } from '@/lib/settings/i18n';
import { maskCpr } from './cpr';
import type { Locale } from '@/lib/settings/schema';
import type { CheckState, NoteRecord, ReviewRecord } from './records';
import { ACCOMMODATION_ITEMS, itemState, JOB_GOAL_ITEMS, PROGRESSION_ITEMS, stateCounts } from './review-summary';

/**
 * CSV that Danish Excel opens as intended: UTF-8 with BOM, `;` as separator (Danish list separator),
 * CRLF line ends, dates dd-mm-yyyy. Text cells that start with = + - @ (or tab/CR) are prefixed with `'`
 * so Excel never evaluates them as formulas (CSV/formula injection).
 */
export const CSV_BOM = '\uFEFF';
export const CSV_SEP = ';';

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  let s = maskCpr(value).text; // never a CPR number in an export, whatever is stored
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  if (/[";\r\n]/.test(s) || /^\s|\s$/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

export function csvRow(cells: Array<string | number | null | undefined>): string {
  return cells.map(csvCell).join(CSV_SEP);
}

const HEADERS: Record<Locale, string[]> = {
  da: ['Type', 'Oprettet', 'Ændret', 'Tid', 'Formular', 'Fase', 'Sagsnavn', 'Side', 'Tekst', 'Mærker', 'Jobfokus', 'SMART-aftaler', 'Aftaler i alt', 'Opfyldt', 'Ikke opfyldt', 'Ved ikke', 'Konkret jobmål', 'Konkrete skånehensyn', 'Progressionsmål', 'Kommentarer', 'Uddrag'],
  en: ['Type', 'Created', 'Changed', 'Time', 'Form', 'Phase', 'Case label', 'Page', 'Text', 'Tags', 'Job focus', 'SMART agreements', 'Agreements', 'Met', 'Not met', 'Unknown', 'Concrete job goal', 'Concrete accommodations', 'Progression goal', 'Comments', 'Excerpt'],
};

const YES_NO: Record<Locale, Record<CheckState, string>> = {
  da: { met: 'Ja', 'not-met': 'Nej', unknown: 'Ved ikke' },
  en: { met: 'Yes', 'not-met': 'No', unknown: 'Unknown' },
};

const STATE_WORDS: Record<Locale, Record<CheckState, string>> = {
  da: { met: 'Opfyldt', 'not-met': 'Ikke opfyldt', unknown: 'Ved ikke' },
  en: { met: 'Met', 'not-met': 'Not met', unknown: 'Unknown' },
};

/** Readable names for the ids in records (the overview passes the checklist's and the forms' names). */
export interface CsvNames {
  form(kind: string | null, subKind: string | null): string;
  phase(id: string): string;
  item(id: string): string;
}

const ID_NAMES: CsvNames = { form: (k) => k ?? '', phase: (p) => p, item: (i) => i };

function time(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/**
 * One row per review and note. After the summary columns comes one column per checklist item (every item any
 * review has, in order of first appearance), holding its state and the reviewer's comment.
 */
export function toCsv(notes: readonly NoteRecord[], reviews: readonly ReviewRecord[], locale: Locale = 'da', names: CsvNames = ID_NAMES): string {
  const yn = (s: CheckState | null) => (s ? YES_NO[locale][s] : '');
  const itemIds = [...new Set(reviews.flatMap((r) => r.items.map((i) => i.id)))];
  const lines = [csvRow([...HEADERS[locale], ...itemIds.map((id) => names.item(id))])];
  const typeNote = locale === 'da' ? 'Note' : 'Note';
  const typeReview = locale === 'da' ? 'Kvalitetstjek' : 'Quality check';
  const blanks = itemIds.map(() => '');
  for (const r of reviews) {
    const c = stateCounts(r);
    const comments = r.items.filter((i) => i.comment.trim()).map((i) => `${names.item(i.id)}: ${i.comment}`).join('\n');
    const perItem = itemIds.map((id) => {
      const item = r.items.find((i) => i.id === id);
      if (!item) return '';
      const word = STATE_WORDS[locale][item.state];
      return item.comment.trim() ? `${word}: ${item.comment}` : word;
    });
    lines.push(
      csvRow([
        typeReview,
        formatDate(r.createdAt),
        formatDate(r.updatedAt),
        time(r.updatedAt),
        names.form(r.formKind, r.subKind),
        names.phase(r.phase),
        r.caseLabel,
        r.formKey,
        '',
        '',
        r.metrics.jobFocusScore,
        r.metrics.agreementsSmart,
        r.metrics.agreementsTotal,
        c.met,
        c['not-met'],
        c.unknown,
        yn(itemState(r, JOB_GOAL_ITEMS)),
        yn(itemState(r, ACCOMMODATION_ITEMS)),
        yn(itemState(r, PROGRESSION_ITEMS)),
        comments,
        r.excerpt ?? '',
        ...perItem,
      ]),
    );
  }
  for (const n of notes) {
    lines.push(csvRow([typeNote, formatDate(n.createdAt), formatDate(n.updatedAt), time(n.updatedAt), names.form(n.formKind, null), '', n.caseLabel, n.formKey, n.text, n.tags.join(', '), null, null, null, null, null, null, '', '', '', '', '', ...blanks]));
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}
