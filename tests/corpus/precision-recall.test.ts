/**
 * Precision/recall per category over the labelled corpus (issue 3, quality bar). Prints the markdown table; fails below
 * the thresholds. Thresholds are set from the measured figures, not above them (see README).
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, FIELD_ROLES, FORM_KINDS } from '@/lib/analysis/types';
import { DEV } from './dev';
import { HOLDOUT } from './holdout';
import { evaluate, table } from './metrics';

const ALL = [...DEV, ...HOLDOUT];

/** Minimum precision and recall per split, over all categories together and per labelled category. */
const THRESHOLDS = {
  dev: { precision: 0.9, recall: 0.95, perCategory: { precision: 0.8, recall: 0.9 } },
  // Unseen batches measured before fixes: batch 2 job-focus recall 0.69 (11/16), batch 3 two misses in 31 labels.
  holdout: { precision: 0.9, recall: 0.85, perCategory: { precision: 0.8, recall: 0.75 } },
};
/** Per-category bars apply to categories with at least this many labelled texts on that side. */
const MIN_LABELLED = 5;

describe('labelled corpus', () => {
  it('is well-formed: unique ids, known categories/forms/roles, a source, disjoint labels', () => {
    const ids = ALL.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of ALL) {
      expect(e.source.length).toBeGreaterThan(0);
      if (e.form) expect(FORM_KINDS).toContain(e.form);
      if (e.field) expect(FIELD_ROLES).toContain(e.field);
      for (const c of [...e.present, ...e.absent]) expect(CATEGORIES).toContain(c);
      expect(e.present.filter((c) => e.absent.includes(c))).toEqual([]);
      expect(e.present.length + e.absent.length).toBeGreaterThan(0);
    }
    expect(HOLDOUT.length).toBeGreaterThanOrEqual(40);
  });

  for (const [name, entries] of [['dev', DEV], ['holdout', HOLDOUT]] as const) {
    it(`meets the thresholds on the ${name} split`, () => {
      const { rows, misses } = evaluate(entries);
      console.log(table(`${name} (${entries.length} texts)`, rows));
      if (misses.length) console.log(`${name} misses:`, misses.map((m) => `${m.kind} ${m.category} ${m.id} ${m.rules.join(',')}`).join('; '));
      const t = THRESHOLDS[name];
      const tot = rows.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
      expect(tot.tp / (tot.tp + tot.fp)).toBeGreaterThanOrEqual(t.precision);
      expect(tot.tp / (tot.tp + tot.fn)).toBeGreaterThanOrEqual(t.recall);
      for (const r of rows) {
        if (r.tp + r.fn >= MIN_LABELLED) expect(r.recall, `${r.category} recall`).toBeGreaterThanOrEqual(t.perCategory.recall);
        if (r.tp + r.fp >= MIN_LABELLED) expect(r.precision, `${r.category} precision`).toBeGreaterThanOrEqual(t.perCategory.precision);
      }
    });
  }

  for (const prefix of ['h3-', 'h4-', 'h5-']) {
    it(`prints the hold-out batch ${prefix} alone`, () => {
      const batch = HOLDOUT.filter((e) => e.id.startsWith(prefix));
      const { rows, misses } = evaluate(batch);
      console.log(table(`holdout batch ${prefix} (${batch.length} texts)`, rows));
      if (misses.length) console.log(`${prefix} misses:`, misses.map((m) => `${m.kind} ${m.category} ${m.id} ${m.rules.join(',')}`).join('; '));
      expect(batch.length).toBeGreaterThanOrEqual(20);
    });
  }

  it('prints the table over the whole corpus', () => {
    const { rows } = evaluate(ALL);
    console.log(table(`all (${ALL.length} texts)`, rows));
    expect(rows.length).toBe(CATEGORIES.length);
  });
});
