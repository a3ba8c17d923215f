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

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const oneLine = (s: string, max = 160): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
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
  out.push(paint('1', heading) + (where ? paint('2', ` (${where})`) : ''));
  const scoreColor = r.jobFocus.score >= 60 ? '32' : r.jobFocus.score >= 30 ? '33' : '31';
  out.push(`  Jobfokus: ${paint('1;' + scoreColor, `${r.jobFocus.score}/100`)}`);
  for (const c of r.jobFocus.criteria) {
    out.push(`    ${c.met ? paint('32', '✓') : paint('2', '·')} ${c.label} ${paint('2', `(${c.points}/${c.max})`)}`);
  }
  if (!r.findings.length) out.push(`  ${paint('32', 'Ingen fund.')}`);
  else out.push(`  Fund (${r.findings.length}):`);
  const sevColor: Record<Severity, string> = { error: '31', warning: '33', info: '36' };
  for (const f of r.findings as Finding[]) {
    const { line, column } = lineColumn(target.text, f.start);
    const pos = `${line + target.line - 1}:${column}`;
    out.push(`    ${pos.padEnd(7)} ${paint(sevColor[f.severity], SEVERITY_NAMES[f.severity].padEnd(8))} ${f.message} ${paint('2', f.ruleId)}`);
    if (f.excerpt.trim()) out.push(`            ${paint('2', `»${oneLine(f.excerpt)}«`)}`);
    for (const s of f.suggestions) out.push(`            ${paint('32', '→')} ${s.label}: ${oneLine(s.replacement, 240)}`);
  }
  if (r.agreements.length) {
    out.push(`  Aftaler (${r.agreements.length}):`);
    const mark = (v: boolean | null): string => (v === null ? paint('2', '?') : v ? paint('32', '✓') : paint('31', '✗'));
    r.agreements.forEach((a, i) => {
      const { line, column } = lineColumn(target.text, a.start);
      const s = a.smart;
      out.push(
        `    ${i + 1}. ${line + target.line - 1}:${column}  S ${mark(s.specific)}  M ${mark(s.measurable)}  A ${mark(s.attractive)}  R ${mark(s.realistic)}  T ${mark(s.timeBound)}  ${paint('2', `»${oneLine(a.text, 80)}«`)}`,
      );
      if (a.rewrite) out.push(`       ${paint('32', 'Omskrivning:')} ${oneLine(a.rewrite, 400)}`);
    });
  }
  out.push(`  LIX: ${r.lix} (${lixLabel(r.lix)})`);
  return out.join('\n');
}

/** The readable Danish report (no JSON): score, findings with line:column, agreements and rewrites. */
export function formatReport(name: string, targets: readonly ReportTarget[], results: readonly AnalysisResult[], opts: ReportOptions): string {
  const paint: Paint = opts.color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
  if (!targets.length) return `${name}: ingen tekst at tjekke.\n`;
  const parts = targets.map((t, i) => formatOne(t, results[i]!, paint, opts.eachLine ? `${name}, linje ${t.line}` : name));
  const total = results.reduce((n, r) => n + r.findings.length, 0);
  const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  const summary = `${total} fund i ${results.length} ${results.length === 1 ? 'tekst' : 'tekster'}${errors ? `, heraf ${errors} ${errors === 1 ? 'fejl' : 'fejl'}` : ''}.`;
  return parts.join('\n\n') + '\n\n' + paint(errors ? '31' : '2', summary) + '\n';
}
