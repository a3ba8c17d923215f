/**
 * The RuleTester: runs every rule's own valid/invalid examples through the whole analyser (ESLint's RuleTester
 * pattern). Adding a rule = adding its file with examples; nothing to add here.
 */
import { describe, expect, it } from 'vitest';
import { analyseWithDiagnostics } from '@/lib/analysis/analyse';
import { allRules } from '@/lib/analysis/rules';
import type { Rule, RuleExample, InvalidRuleExample } from '@/lib/analysis/rule';
import { CATEGORIES, ROLES_BY_FORM, SEVERITIES, FORM_KINDS, type AnalyseOptions, type FieldRole, type FormKind } from '@/lib/analysis/types';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEED_CITATION = /\b00\d\s+L\d+/;

/** The example's own form/field, or the rule's first applicable form and role. */
function optionsFor(rule: Rule, example: string | RuleExample): AnalyseOptions {
  const ex: RuleExample = typeof example === 'string' ? { text: example } : example;
  if (ex.form || ex.field) return { form: ex.form, field: ex.field, subKind: ex.subKind };
  const forms: readonly FormKind[] = rule.appliesTo.forms === '*' ? FORM_KINDS : rule.appliesTo.forms;
  for (const form of forms) {
    const roles = ROLES_BY_FORM[form] as readonly FieldRole[];
    const role = rule.appliesTo.roles === '*' ? roles[0] : roles.find((r) => (rule.appliesTo.roles as readonly FieldRole[]).includes(r));
    if (role) return { form, field: role, subKind: ex.subKind };
  }
  return { subKind: ex.subKind };
}

const textOf = (e: string | RuleExample): string => (typeof e === 'string' ? e : e.text);

it('has rules', () => {
  expect(allRules.length).toBeGreaterThan(0);
});

it('rule ids are unique kebab-case', () => {
  const ids = allRules.map((r) => r.id);
  for (const id of ids) expect(id).toMatch(KEBAB);
  expect(new Set(ids).size).toBe(ids.length);
});

describe.each(allRules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('declares a valid category, severity, message, rationale with a seed citation, and examples', () => {
    expect(CATEGORIES).toContain(rule.category);
    expect(SEVERITIES).toContain(rule.severity);
    expect(rule.message.trim().length).toBeGreaterThan(0);
    expect(rule.rationale).toMatch(SEED_CITATION);
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.valid.map((e) => [textOf(e).slice(0, 60), e] as const))('valid: %s', (_t, example) => {
    const { result, failures } = analyseWithDiagnostics(textOf(example), optionsFor(rule, example));
    expect(failures).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
  });

  it.each(rule.examples.invalid.map((e) => [textOf(e).slice(0, 60), e] as const))('invalid: %s', (_t, example) => {
    const text = textOf(example);
    const ex = (typeof example === 'string' ? { text } : example) as InvalidRuleExample;
    const { result, failures } = analyseWithDiagnostics(text, optionsFor(rule, example));
    expect(failures).toEqual([]);
    const mine = result.findings.filter((f) => f.ruleId === rule.id);
    if (ex.findings !== undefined) expect(mine).toHaveLength(ex.findings);
    else expect(mine.length).toBeGreaterThan(0);
    for (const f of mine) {
      expect(f.excerpt).toBe(text.slice(f.start, f.end));
      expect(f.category).toBe(rule.category);
      expect(f.severity === rule.severity || (rule.id === 'unfilled-placeholder' && f.severity === 'error')).toBe(true);
      expect(f.message.trim().length).toBeGreaterThan(0);
    }
    if (ex.suggestions !== undefined) expect(mine[0]!.suggestions.length).toBeGreaterThanOrEqual(ex.suggestions);
  });
});
