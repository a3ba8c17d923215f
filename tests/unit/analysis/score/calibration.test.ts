/**
 * Per-role calibration of the job-focus score: the seeds' and the demo's good texts for a role score ≥ 80 there, their
 * poor texts ≤ 30. Prints (and with CALIBRATION_OUT=path writes) the per-role table for the README:
 * `node scripts/calibration.mjs`.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import { corpusEntries, independentEntries, SEED_AND_DEMO, type CalibrationEntry } from './calibration-data';

const GOOD_MIN = 80;
const POOR_MAX = 30;

const scoreOf = (e: CalibrationEntry) => analyse(e.text, { form: e.form, field: e.field, subKind: e.subKind }).jobFocus.score;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
};

function table(title: string, entries: readonly CalibrationEntry[]): string {
  const rows = new Map<string, { good: number[]; poor: number[] }>();
  for (const e of entries) {
    const key = `${e.form}/${e.field}`;
    if (!rows.has(key)) rows.set(key, { good: [], poor: [] });
    rows.get(key)![e.quality].push(scoreOf(e));
  }
  const fmt = (xs: number[], f: (x: number[]) => number) => (xs.length ? String(f(xs)) : '–');
  const lines = [`**${title}** (${entries.length} texts)`, '', '| role | n good | min / median good | n poor | max / median poor |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const [key, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| ${key} | ${r.good.length} | ${fmt(r.good, (x) => Math.min(...x))} / ${fmt(r.good, median)} | ${r.poor.length} | ${fmt(r.poor, (x) => Math.max(...x))} / ${fmt(r.poor, median)} |`);
  }
  const all = entries.map((e) => ({ e, s: scoreOf(e) }));
  const ok = all.filter(({ e, s }) => (e.quality === 'good' ? s >= GOOD_MIN : s <= POOR_MAX)).length;
  lines.push('', `Within bounds (good ≥ ${GOOD_MIN}, poor ≤ ${POOR_MAX}): ${ok} of ${all.length}.`);
  return lines.join('\n');
}

describe('job-focus calibration per field role', () => {
  it.each(SEED_AND_DEMO.map((e) => [`${e.form}/${e.field} ${e.quality}: ${e.text.slice(0, 60)}`, e] as const))('%s', (_n, e) => {
    const s = scoreOf(e);
    if (e.quality === 'good') expect(s, `${e.source}`).toBeGreaterThanOrEqual(GOOD_MIN);
    else expect(s, `${e.source}`).toBeLessThanOrEqual(POOR_MAX);
  });

  it('orders the labelled corpus by role: good texts score above poor texts (median good ≥ 60, median poor ≤ 30)', () => {
    const entries = corpusEntries();
    expect(entries.length).toBeGreaterThan(100);
    const good = entries.filter((e) => e.quality === 'good').map(scoreOf);
    const bad = entries.filter((e) => e.quality === 'poor').map(scoreOf);
    expect(median(good)).toBeGreaterThanOrEqual(60);
    expect(median(bad)).toBeLessThanOrEqual(POOR_MAX);
  });

  it('prints the per-role table', () => {
    const parts = [table('Seed pairs and demo pages', SEED_AND_DEMO), table('Labelled corpus (tests/corpus)', corpusEntries())];
    const independent = independentEntries();
    if (independent.length) parts.push(table('Independent texts (tests/corpus/independent/roles.json)', independent));
    const md = parts.join('\n\n');
    if (process.env.CALIBRATION_OUT) writeFileSync(process.env.CALIBRATION_OUT, md + '\n');
    else console.log(md);
    expect(md).toContain('| role |');
  });
});
