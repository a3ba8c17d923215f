import { analyse } from '@/lib/analysis/analyse';
import { CATEGORIES, type Category } from '@/lib/analysis/types';
import type { CorpusEntry } from './types';

export interface Row {
  category: Category;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}

export interface Miss {
  id: string;
  category: Category;
  kind: 'fp' | 'fn';
  rules: string[];
}

/** Precision/recall per category over the labelled entries (unlabelled categories of an entry do not count). */
export function evaluate(entries: readonly CorpusEntry[]): { rows: Row[]; misses: Miss[] } {
  const counts = new Map<Category, { tp: number; fp: number; fn: number; tn: number }>();
  for (const c of CATEGORIES) counts.set(c, { tp: 0, fp: 0, fn: 0, tn: 0 });
  const misses: Miss[] = [];
  for (const e of entries) {
    const result = analyse(e.text, { form: e.form ?? undefined, field: e.field ?? undefined, subKind: e.subKind });
    const found = new Set(result.findings.map((f) => f.category));
    const rulesOf = (c: Category): string[] => [...new Set(result.findings.filter((f) => f.category === c).map((f) => f.ruleId))];
    for (const c of e.present) {
      const k = counts.get(c)!;
      if (found.has(c)) k.tp++;
      else {
        k.fn++;
        misses.push({ id: e.id, category: c, kind: 'fn', rules: [] });
      }
    }
    for (const c of e.absent) {
      const k = counts.get(c)!;
      if (found.has(c)) {
        k.fp++;
        misses.push({ id: e.id, category: c, kind: 'fp', rules: rulesOf(c) });
      } else k.tn++;
    }
  }
  const rows = CATEGORIES.map((category) => {
    const { tp, fp, fn, tn } = counts.get(category)!;
    return { category, tp, fp, fn, tn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
  });
  return { rows, misses };
}

export function table(title: string, rows: readonly Row[]): string {
  const pct = (x: number): string => x.toFixed(2);
  const lines = [
    `#### ${title}`,
    '',
    '| Category | TP | FP | FN | TN | Precision | Recall |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.category} | ${r.tp} | ${r.fp} | ${r.fn} | ${r.tn} | ${pct(r.precision)} | ${pct(r.recall)} |`),
  ];
  const tot = rows.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
  lines.push(`| **all** | ${tot.tp} | ${tot.fp} | ${tot.fn} | | ${pct(tot.tp / (tot.tp + tot.fp || 1))} | ${pct(tot.tp / (tot.tp + tot.fn || 1))} |`);
  return lines.join('\n');
}
