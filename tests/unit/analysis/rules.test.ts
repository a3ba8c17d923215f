/**
 * The RuleTester: runs every rule's own valid/invalid examples through the whole analyser (ESLint's RuleTester; Harper's
 * assert_suggestion_result). Each invalid example pins the flagged excerpts and, for each suggestion, the whole text after
 * applying it. Adding a rule = adding its file with examples and its line in rules/index.ts; nothing to add here.
 */
import { describe, expect, it } from 'vitest';
import { analyseWithDiagnostics } from '@/lib/analysis/analyse';
import { allRules } from '@/lib/analysis/rules';
import type { Rule, RuleExample } from '@/lib/analysis/rule';
import { CATEGORIES, ROLES_BY_FORM, SEVERITIES, FORM_KINDS, type AnalyseOptions, type FieldRole, type Finding, type FormKind } from '@/lib/analysis/types';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEED_CITATION = /\b00\d\s+L\d+/;
/** Modules in rules/ that hold shared helpers, not a rule. */
const HELPERS = new Set(['index', 'support', 'job-wish']);
const modules = import.meta.glob<{ default?: unknown }>('../../../lib/analysis/rules/*.ts', { eager: true });

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
const keyOf = (e: string | RuleExample): string => {
  const ex = typeof e === 'string' ? { text: e } : e;
  return JSON.stringify([ex.text, ex.form ?? null, ex.field ?? null, ex.subKind ?? null]);
};
/** The text after applying a suggestion: its finding's range replaced. */
const applied = (text: string, f: Finding, replacement: string): string => text.slice(0, f.start) + replacement + text.slice(f.end);

it('has rules', () => {
  expect(allRules.length).toBeGreaterThan(0);
});

it('rule ids are unique kebab-case', () => {
  const ids = allRules.map((r) => r.id);
  for (const id of ids) expect(id).toMatch(KEBAB);
  expect(new Set(ids).size).toBe(ids.length);
});

it('every file in rules/ is a registered rule named by its id (helpers excepted), and every rule has its file', () => {
  const files = Object.keys(modules).map((p) => p.replace(/^.*\/([^/]+)\.ts$/, '$1'));
  expect(files.length).toBeGreaterThan(HELPERS.size);
  for (const [path, mod] of Object.entries(modules)) {
    const name = path.replace(/^.*\/([^/]+)\.ts$/, '$1');
    if (HELPERS.has(name)) {
      expect(allRules.some((r) => r === mod.default), `${name} is a helper module, yet exports a registered rule`).toBe(false);
      continue;
    }
    const rule = mod.default as Rule | undefined;
    expect(rule?.id, `${name}.ts must default-export a rule whose id is its file name`).toBe(name);
    expect(allRules.includes(rule!), `${name} is not registered in rules/index.ts`).toBe(true);
  }
  for (const r of allRules) expect(files).toContain(r.id);
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

  it('has no duplicate examples, and no text both valid and invalid', () => {
    const keys = [...rule.examples.valid, ...rule.examples.invalid].map(keyOf);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it.each(rule.examples.valid.map((e) => [textOf(e).slice(0, 60), e] as const))('valid: %s', (_t, example) => {
    const { result, failures } = analyseWithDiagnostics(textOf(example), optionsFor(rule, example));
    expect(failures).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
  });

  it.each(rule.examples.invalid.map((e) => [e.text.slice(0, 60), e] as const))('invalid: %s', (_t, example) => {
    const { text, errors } = example;
    expect(errors.length, 'an invalid example pins at least one finding').toBeGreaterThan(0);
    const { result, failures } = analyseWithDiagnostics(text, optionsFor(rule, example));
    expect(failures).toEqual([]);
    const mine = result.findings.filter((f) => f.ruleId === rule.id);
    expect(mine.map((f) => f.excerpt)).toEqual(errors.map((e) => e.excerpt));
    mine.forEach((f, i) => {
      const want = errors[i]!;
      expect(f.excerpt).toBe(text.slice(f.start, f.end));
      expect(f.category).toBe(rule.category);
      expect(f.severity).toBe(want.severity ?? rule.severity);
      expect(f.message.trim().length).toBeGreaterThan(0);
      if (want.message !== undefined) expect(f.message).toBe(want.message);
      expect(f.suggestions.map((s) => applied(text, f, s.replacement)), `suggestions for "${f.excerpt}"`).toEqual(want.output ?? []);
    });
  });
});
