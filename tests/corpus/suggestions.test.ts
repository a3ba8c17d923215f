/**
 * Invariants of every finding over the whole corpus: offsets and excerpts match the text, suggestions fill gaps with
 * visible placeholders instead of invented facts, and rules that extend the user's sentence keep it verbatim.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import { DEV } from './dev';
import { HOLDOUT } from './holdout';

const ALL = [...DEV, ...HOLDOUT];
/** Rules whose suggestion appends to the flagged text (the user's own words stay first). */
const EXTENDS = new Set(['progression-only-hours', 'reported-speech', 'deficit-balance', 'missing-job-goal', 'illness-focus', 'documentation-only-praktik', 'cv-experience-without-tasks']);
const PLACEHOLDER = /\[[^\]\n]+\]/;

describe('findings over the corpus', () => {
  const results = ALL.map((e) => ({ e, r: analyse(e.text, { form: e.form ?? undefined, field: e.field ?? undefined, subKind: e.subKind }) }));

  it('have in-range, non-empty spans whose excerpt is the text slice', () => {
    let n = 0;
    for (const { e, r } of results) {
      for (const f of r.findings) {
        n++;
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(e.text.length);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.excerpt).toBe(e.text.slice(f.start, f.end));
        expect(f.message.length).toBeGreaterThan(10);
      }
    }
    expect(n).toBeGreaterThan(60);
  });

  it('suggest placeholders, a removal or a mask — never bare invented facts', () => {
    for (const { r } of results) {
      for (const f of r.findings) {
        for (const s of f.suggestions) {
          expect(s.label.length).toBeGreaterThan(0);
          if (f.ruleId === 'cpr-number') expect(s.replacement === '' || /^\d{6}-XXXX$/.test(s.replacement)).toBe(true);
          else if (f.ruleId === 'health-in-cv' && s.replacement === '') continue;
          else if ((f.ruleId === 'cv-vague-job-wish' || f.ruleId === 'vague-job-goal') && !PLACEHOLDER.test(s.replacement)) expect(s.replacement).toMatch(/ eller /);
          else if (f.ruleId !== 'smart-agreement' && f.ruleId !== 'cv-flexjob-label') expect(s.replacement, `${f.ruleId}: ${s.replacement}`).toMatch(PLACEHOLDER);
        }
      }
    }
  });

  it('keep the user’s own words first when they extend a sentence', () => {
    for (const { r } of results) {
      for (const f of r.findings) {
        if (!EXTENDS.has(f.ruleId)) continue;
        for (const s of f.suggestions) expect(s.replacement.startsWith(f.excerpt)).toBe(true);
      }
    }
  });

  it('give every vague skånehensyn a concrete dimension to fill in', () => {
    const va = results.flatMap(({ r }) => r.findings.filter((f) => f.ruleId === 'vague-accommodation'));
    expect(va.length).toBeGreaterThan(20);
    for (const f of va) {
      expect(f.suggestions.length).toBeGreaterThan(0);
      expect(f.suggestions[0]!.replacement).toMatch(/\[antal\]|\[belastning\]|\[kontaktperson\]|\[ugedage\]|\[støjkilde\]/);
    }
  });
});
