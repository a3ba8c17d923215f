import type { AnalysisResult, Finding, Severity } from '@/lib/analysis/types';

/** One analysed text and the input line it starts on (1 unless --each-line). */
export interface ReportTarget {
  text: string;
  line: number;
}

export interface ReportOptions {
  color: boolean;
  eachLine: boolean;
}

const FORM_NAMES: Record<string, string> = { cv: 'Jobnet CV', minplan: 'Min Plan', rehab: 'Rehabiliteringsplan' };
const SEVERITY_NAMES: Record<Severity, string> = { error: 'fejl', warning: 'advarsel', info: 'info' };

type Paint = (code: string, s: string) => string;

/** Offsets of line starts, built once per text, so each line:column lookup is a binary search. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 1-based line and column of a UTF-16 offset. */
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** 1-based line and column of a UTF-16 offset (one lookup; use LineIndex for many). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return new LineIndex(text).at(offset);
}

/**
 * Characters a terminal would act on rather than show: C0 controls except tab and line feed, DEL, C1 controls
 * (ESC sequences, OSC 52 clipboard writes, cursor moves), and the bidi overrides and isolates that reorder what
 * is shown (U+202A–202E, U+2066–2069).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Input text made safe for a terminal: each control character shown escaped, as `\x1b` or `\u202e`. */
export function escapeControls(s: string): string {
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Input text on one line, escaped and shortened; looks only at the start of a long excerpt. */
const oneLine = (s: string, max = 160): string => {
  const first = s.search(/\S/);
  if (first < 0) return '';
  const head = first < 0 ? '' : s.slice(first, first + max * 4);
  const flat = escapeControls(head).replace(/\s+/g, ' ').trim();
  return flat.length > max || head.length < s.length - first ? flat.slice(0, max - 1) + '…' : flat;
};

function lixLabel(lix: number): string {
  if (lix < 25) return 'meget let';
  if (lix < 35) return 'let';
  if (lix < 45) return 'middel';
  if (lix < 55) return 'svær';
  return 'meget svær';
}

function formatOne(target: ReportTarget, r: AnalysisResult, paint: Paint, heading: string): string {
  const out: string[] = [];
  const where = [r.form ? FORM_NAMES[r.form] : null, r.field].filter(Boolean).join(' · ');
  out.push(paint('1', escapeControls(heading)) + (where ? paint('2', ` (${where})`) : ''));
  let index: LineIndex | null = null;
  const position = (offset: number): string => {
    index ??= new LineIndex(target.text);
    const { line, column } = index.at(offset);
    return `${line + target.line - 1}:${column}`;
  };
  const scoreColor = r.jobFocus.score >= 60 ? '32' : r.jobFocus.score >= 30 ? '33' : '31';
  out.push(`  Jobfokus: ${paint('1;' + scoreColor, `${r.jobFocus.score}/100`)}`);
  for (const c of r.jobFocus.criteria) {
    out.push(`    ${c.met ? paint('32', '✓') : paint('2', '·')} ${escapeControls(c.label)} ${paint('2', `(${c.points}/${c.max})`)}`);
  }
  if (!r.findings.length) out.push(`  ${paint('32', 'Ingen fund.')}`);
  else out.push(`  Fund (${r.findings.length}):`);
  const sevColor: Record<Severity, string> = { error: '31', warning: '33', info: '36' };
  for (const f of r.findings as Finding[]) {
    const pos = position(f.start);
    out.push(`    ${pos.padEnd(7)} ${paint(sevColor[f.severity], SEVERITY_NAMES[f.severity].padEnd(8))} ${oneLine(f.message, 400)} ${paint('2', f.ruleId)}`);
    const excerpt = oneLine(f.excerpt);
    if (excerpt) out.push(`            ${paint('2', `»${excerpt}«`)}`);
    for (const s of f.suggestions) out.push(`            ${paint('32', '→')} ${oneLine(s.label, 160)}: ${oneLine(s.replacement, 240)}`);
  }
  if (r.agreements.length) {
    out.push(`  Aftaler (${r.agreements.length}):`);
    const mark = (v: boolean | null): string => (v === null ? paint('2', '?') : v ? paint('32', '✓') : paint('31', '✗'));
    r.agreements.forEach((a, i) => {
      const s = a.smart;
      out.push(
        `    ${i + 1}. ${position(a.start)}  S ${mark(s.specific)}  M ${mark(s.measurable)}  A ${mark(s.attractive)}  R ${mark(s.realistic)}  T ${mark(s.timeBound)}  ${paint('2', `»${oneLine(a.text, 80)}«`)}`,
      );
      if (a.rewrite) out.push(`       ${paint('32', 'Omskrivning:')} ${oneLine(a.rewrite, 400)}`);
    });
  }
  out.push(`  LIX: ${r.lix} (${lixLabel(r.lix)})`);
  return out.join('\n');
}

const painter = (color: boolean): Paint => (color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s);

/** One text's block of the readable report (no trailing line break). */
export function formatTarget(name: string, target: ReportTarget, result: AnalysisResult, opts: ReportOptions): string {
  return formatOne(target, result, painter(opts.color), opts.eachLine ? `${name}, linje ${target.line}` : name);
}

/** Counts for the closing line of the readable report. */
export interface ReportTotals {
  texts: number;
  findings: number;
  errors: number;
}

export function addTotals(totals: ReportTotals, r: AnalysisResult): void {
  totals.texts++;
  totals.findings += r.findings.length;
  for (const f of r.findings) if (f.severity === 'error') totals.errors++;
}

/** The closing line; `note` (e.g. the number of documents) goes in parentheses before the full stop. */
export function formatSummary(t: ReportTotals, color: boolean, note = ''): string {
  const summary = `${t.findings} fund i ${t.texts} ${t.texts === 1 ? 'tekst' : 'tekster'}${t.errors ? `, heraf ${t.errors} fejl` : ''}${note ? ` (${note})` : ''}.`;
  return painter(color)(t.errors ? '31' : '2', summary);
}

export const formatEmpty = (name: string): string => `${escapeControls(name)}: ingen tekst at tjekke.`;

/** The readable Danish report (no JSON): score, findings with line:column, agreements and rewrites. */
export function formatReport(name: string, targets: readonly ReportTarget[], results: readonly AnalysisResult[], opts: ReportOptions): string {
  if (!targets.length) return formatEmpty(name) + '\n';
  const totals: ReportTotals = { texts: 0, findings: 0, errors: 0 };
  const parts = targets.map((t, i) => {
    addTotals(totals, results[i]!);
    return formatTarget(name, t, results[i]!, opts);
  });
  return parts.join('\n\n') + '\n\n' + formatSummary(totals, opts.color) + '\n';
}
