import type { FieldAnalysis } from '@/components/panel/contracts';
import { sourceName } from '@/lib/i18n/display';
import { evaluateChecklist, agreementCounts, phaseFor } from '@/components/review/checklist';
import { CATEGORY_LABELS } from '@/components/options/strings';
import { tOverview } from '@/components/overview/strings';
import { BASELINES, percent, type MetricId, type Share } from '@/components/overview/stats';
import { CATEGORIES, type AnalysisResult, type Category, type FieldRole } from '@/lib/analysis/types';
import type { CheckState } from '@/lib/storage/records';
import { ACCOMMODATION_ITEMS, itemState, JOB_GOAL_ITEMS, PROGRESSION_ITEMS } from '@/lib/storage/review-summary';
import { CSV_BOM, csvRow } from '@/lib/storage/csv';

/**
 * `--report report.html|report.csv`: one row per document and a summary beside the seed baselines. The four
 * key figures are decided exactly as the overview page decides them for a review: the reviewer checklist of the
 * document's form, pre-filled from its analysis (unknown items are left out of the share).
 */

export interface DocumentRow {
  file: string;
  /** Danish reason when the document could not be read; then nothing else is set. */
  error: string | null;
  form: AnalysisResult['form'];
  field: AnalysisResult['field'];
  score: number | null;
  findings: number;
  byCategory: Record<Category, number>;
  agreementsSmart: number;
  agreementsTotal: number;
  accommodations: CheckState | null;
  jobGoal: CheckState | null;
  progression: CheckState | null;
}

interface SectionLike {
  start: number;
  end: number;
  role: FieldRole | null;
}

/**
 * The fields a review would see: one per document section with a role when the analysis split the document
 * (an optional `sections` array), else the whole text as one field.
 */
export function fieldsOf(result: AnalysisResult, textLength: number): FieldAnalysis[] {
  const sections = (result as { sections?: unknown }).sections;
  if (Array.isArray(sections) && sections.length) {
    return (sections as SectionLike[])
      .filter((s) => s && typeof s.start === 'number' && typeof s.end === 'number')
      .map((s, i) => {
        const inside = (x: { start: number }) => x.start >= s.start && x.start < s.end;
        return {
          fieldId: `section-${i}`,
          role: s.role ?? null,
          label: '',
          textLength: s.end - s.start,
          result: { ...result, field: s.role ?? null, findings: result.findings.filter(inside), agreements: result.agreements.filter(inside) },
        };
      });
  }
  return [{ fieldId: 'document', role: result.field, label: '', textLength, result }];
}

export function rowOf(file: string, result: AnalysisResult, textLength: number): DocumentRow {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const f of result.findings) byCategory[f.category]++;
  const fields = fieldsOf(result, textLength);
  const items = result.form ? evaluateChecklist(phaseFor(result.form, null), fields) : [];
  // As a saved review holds them: the pre-filled state, no comment.
  const review = { items: items.map((i) => ({ id: i.id, state: i.state, auto: i.state, comment: '' })) };
  const agreements = agreementCounts(fields);
  return {
    file,
    error: null,
    form: result.form,
    field: result.field,
    score: result.jobFocus.score,
    findings: result.findings.length,
    byCategory,
    agreementsSmart: agreements.smart,
    agreementsTotal: agreements.total,
    accommodations: itemState(review, ACCOMMODATION_ITEMS),
    jobGoal: itemState(review, JOB_GOAL_ITEMS),
    progression: itemState(review, PROGRESSION_ITEMS),
  };
}

export function errorRow(file: string, error: string): DocumentRow {
  return {
    file,
    error,
    form: null,
    field: null,
    score: null,
    findings: 0,
    byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>,
    agreementsSmart: 0,
    agreementsTotal: 0,
    accommodations: null,
    jobGoal: null,
    progression: null,
  };
}

export const METRICS: readonly MetricId[] = ['accommodations', 'smart', 'jobGoal', 'progression'];

/** The batch's share per key figure (over decided documents; SMART over all agreements). */
export function summarise(rows: readonly DocumentRow[]): Record<MetricId, Share> {
  const share = (pick: (r: DocumentRow) => CheckState | null): Share => {
    let met = 0;
    let of = 0;
    for (const r of rows) {
      const s = pick(r);
      if (s === 'met' || s === 'not-met') {
        of++;
        if (s === 'met') met++;
      }
    }
    return { met, of };
  };
  return {
    smart: { met: rows.reduce((n, r) => n + r.agreementsSmart, 0), of: rows.reduce((n, r) => n + r.agreementsTotal, 0) },
    jobGoal: share((r) => r.jobGoal),
    accommodations: share((r) => r.accommodations),
    progression: share((r) => r.progression),
  };
}

const FORM_NAMES: Record<string, string> = { cv: 'Jobnet-CV', minplan: 'Min Plan', rehab: 'Rehabiliteringsplan' };
const STATE_NAMES: Record<CheckState, string> = { met: 'Ja', 'not-met': 'Nej', unknown: 'Ved ikke' };
const metricLabel = (m: MetricId): string => tOverview('da', m);
const baselineText = (m: MetricId): string => {
  const b = BASELINES[m];
  return b.low === b.high ? `${b.low} %` : `${b.low}–${b.high} %`;
};
const shareText = (s: Share): string => {
  const p = percent(s);
  return p === null ? 'ingen data' : `${p} % (${s.met} af ${s.of})`;
};
const stateText = (s: CheckState | null): string => (s === null ? '–' : STATE_NAMES[s]);

const COLUMNS = [
  'Fil',
  'Formular',
  'Felt',
  'Jobfokus',
  'Fund i alt',
  ...CATEGORIES.map((c) => `Fund: ${CATEGORY_LABELS[c].da}`),
  'SMART-aftaler',
  'Aftaler i alt',
  metricLabel('accommodations'),
  metricLabel('jobGoal'),
  metricLabel('progression'),
  'Kunne ikke læses',
];

function cells(r: DocumentRow): Array<string | number | null> {
  if (r.error !== null) return [r.file, null, null, null, null, ...CATEGORIES.map(() => null), null, null, null, null, null, r.error];
  return [
    r.file,
    r.form ? FORM_NAMES[r.form]! : '',
    r.field ?? '',
    r.score,
    r.findings,
    ...CATEGORIES.map((c) => r.byCategory[c]),
    r.agreementsSmart,
    r.agreementsTotal,
    stateText(r.accommodations),
    stateText(r.jobGoal),
    stateText(r.progression),
    '',
  ];
}

/** CSV for Danish Excel (UTF-8 BOM, `;`, CRLF, formulas neutralised): the document rows, then the summary. */
export function toCsv(rows: readonly DocumentRow[]): string {
  const lines = [csvRow(COLUMNS), ...rows.map((r) => csvRow(cells(r)))];
  const summary = summarise(rows);
  lines.push('', csvRow(['Nøgletal', 'Dokumenterne', 'Baseline', 'Kilde']));
  for (const m of METRICS) lines.push(csvRow([metricLabel(m), shareText(summary[m]), baselineText(m), sourceName('001', 'da', '5.3')]));
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and attributes; control characters (except tab and line feed) become U+FFFD. */
export function escapeHtml(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  // eslint-disable-next-line no-control-regex
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd');
}

const CSS = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;margin:24px}
h1{font-size:1.5em;margin:0 0 .2em}h2{font-size:1.15em;margin:1.6em 0 .5em}
p.meta{color:#555;margin:0 0 1em}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{border:1px solid #c9c9c9;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eef1f5;font-weight:600}
td.n{text-align:right}
table.docs{font-size:13px}table.docs td:first-child{white-space:nowrap}
tr.err td{background:#fff4e5}
.summary{width:auto;min-width:50%}
.bar{display:inline-block;height:.7em;background:#2f5f9e;vertical-align:middle;margin-right:6px}
.bar.base{background:#9aa5b1}
.yes{color:#1d6b2f}.no{color:#a4262c}
@media print{body{margin:0}}
`;

/** One self-contained HTML page (no scripts, no external resources): summary beside the baselines, then a row per document. */
export function toHtml(rows: readonly DocumentRow[], generated: Date): string {
  const summary = summarise(rows);
  const read = rows.filter((r) => r.error === null).length;
  const bar = (p: number | null, cls = ''): string =>
    p === null ? '' : `<span class="bar${cls}" style="width:${Math.round(Math.max(0, Math.min(100, p)) * 1.6)}px" aria-hidden="true"></span>`;
  const summaryRows = METRICS.map((m) => {
    const b = BASELINES[m];
    return `<tr><th scope="row">${escapeHtml(metricLabel(m))}</th><td>${bar(percent(summary[m]))}${escapeHtml(shareText(summary[m]))}</td><td>${bar((b.low + b.high) / 2, ' base')}${escapeHtml(baselineText(m))}</td><td>${escapeHtml(sourceName('001', 'da', '5.3'))}</td></tr>`;
  }).join('\n');
  const stateCell = (s: CheckState | null): string =>
    `<td${s === 'met' ? ' class="yes"' : s === 'not-met' ? ' class="no"' : ''}>${escapeHtml(stateText(s))}</td>`;
  // Narrower than the CSV: form and field share a cell, the categories with findings are listed in one, SMART shows "n af m".
  const HTML_COLUMNS = ['Fil', 'Formular og felt', 'Jobfokus', 'Fund i alt', 'Fund pr. kategori', 'SMART-aftaler', metricLabel('accommodations'), metricLabel('jobGoal'), metricLabel('progression')];
  const docRows = rows
    .map((r) => {
      if (r.error !== null) return `<tr class="err"><td>${escapeHtml(r.file)}</td><td colspan="${HTML_COLUMNS.length - 1}">Kunne ikke læses: ${escapeHtml(r.error)}</td></tr>`;
      const num = (v: string | number | null): string => `<td class="n">${escapeHtml(v)}</td>`;
      const where = [r.form ? FORM_NAMES[r.form]! : '', r.field ?? ''].filter(Boolean).map(escapeHtml).join('<br>');
      return (
        '<tr>' +
        `<td>${escapeHtml(r.file)}</td><td>${where}</td>` +
        num(r.score) +
        num(r.findings) +
        `<td>${CATEGORIES.filter((cat) => r.byCategory[cat]).map((cat) => escapeHtml(`${CATEGORY_LABELS[cat].da}: ${r.byCategory[cat]}`)).join('<br>') || '–'}</td>` +
        `<td class="n">${escapeHtml(r.agreementsTotal ? `${r.agreementsSmart} af ${r.agreementsTotal}` : '–')}</td>` +
        stateCell(r.accommodations) +
        stateCell(r.jobGoal) +
        stateCell(r.progression) +
        '</tr>'
      );
    })
    .join('\n');
  const header = `<tr>${HTML_COLUMNS.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr>`;
  const stamp = `${String(generated.getDate()).padStart(2, '0')}-${String(generated.getMonth() + 1).padStart(2, '0')}-${generated.getFullYear()}`;
  return `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Jobrettet – rapport over ${rows.length} dokumenter</title>
<style>${CSS}</style>
</head>
<body>
<h1>Jobrettet – rapport</h1>
<p class="meta">${escapeHtml(`${rows.length} dokumenter, ${read} læst${rows.length - read ? `, ${rows.length - read} kunne ikke læses` : ''}. Lavet ${stamp} med jobrettet check. Intet er sendt videre.`)}</p>
<h2>Nøgletal</h2>
<p>${escapeHtml(tOverview('da', 'chartsIntro').replace('dine gennemgange', 'dokumenterne'))}</p>
<table class="summary">
<thead><tr><th scope="col">Nøgletal</th><th scope="col">Dokumenterne</th><th scope="col">Baseline</th><th scope="col">Kilde</th></tr></thead>
<tbody>
${summaryRows}
</tbody>
</table>
<h2>Dokumenter</h2>
<table class="docs">
<thead>${header}</thead>
<tbody>
${docRows}
</tbody>
</table>
</body>
</html>
`;
}
