/**
 * Output snapshot of the analysis core: analyse() over every corpus text, every rule example, the demo pages' fields (in
 * every role of their form) and long mixed texts like the bench's, plus analyseForm() over each demo page. Refactors of
 * lib/analysis must keep it byte-identical; a change of behaviour updates it on purpose (`npx vitest run -u`).
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analyseWithDiagnostics } from '@/lib/analysis/analyse';
import { analyseForm } from '@/lib/analysis/form';
import { allRules } from '@/lib/analysis/rules';
import { ROLES_BY_FORM, type AnalyseOptions, type FieldRole, type FormKind } from '@/lib/analysis/types';
import { DEV } from '../../corpus/dev';
import { HOLDOUT } from '../../corpus/holdout';

interface Case {
  id: string;
  text: string;
  options: AnalyseOptions;
}

const opts = (e: { form?: FormKind | null; field?: FieldRole | null; subKind?: 'indstilling' }): AnalyseOptions => ({
  form: e.form ?? undefined,
  field: e.field ?? undefined,
  subKind: e.subKind,
});

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };
const DEMO_PAGES: readonly [string, FormKind][] = [
  ['cv.html', 'cv'],
  ['minplan.html', 'minplan'],
  ['indstilling.html', 'rehab'],
  ['partials/rehab-form.html', 'rehab'],
];

function demoFields(): { page: string; form: FormKind; id: string; text: string }[] {
  const out: { page: string; form: FormKind; id: string; text: string }[] = [];
  for (const [page, form] of DEMO_PAGES) {
    const html = readFileSync(new URL(`../../demo/${page}`, import.meta.url), 'utf8');
    for (const m of html.matchAll(/<textarea\b([^>]*)>([^<]*)<\/textarea>/g)) {
      const text = m[2]!.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]!);
      if (!text.trim()) continue;
      out.push({ page, form, id: /\bid="([^"]+)"/.exec(m[1]!)?.[1] ?? '?', text });
    }
  }
  return out;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const e of [...DEV, ...HOLDOUT]) out.push({ id: `corpus ${e.id}`, text: e.text, options: opts(e) });
  for (const name of ['accommodations', 'agreements', 'documents', 'graded', 'roles', 'shorthand']) {
    const list = JSON.parse(readFileSync(new URL(`../../corpus/independent/${name}.json`, import.meta.url), 'utf8')) as {
      id: string;
      text: string;
      form: FormKind | null;
      field: FieldRole | null;
      subKind?: 'indstilling';
    }[];
    for (const e of list) {
      out.push({ id: `independent ${e.id}`, text: e.text, options: opts(e) });
      // The same text as a whole document (no field), where the document split applies.
      if (e.field) out.push({ id: `independent ${e.id} no-field`, text: e.text, options: { form: e.form ?? undefined } });
    }
  }
  for (const rule of allRules) {
    const { valid, invalid } = rule.examples;
    valid.forEach((v, i) => {
      const ex = typeof v === 'string' ? { text: v } : v;
      out.push({ id: `rule ${rule.id} valid ${i}`, text: ex.text, options: opts(ex) });
    });
    invalid.forEach((ex, i) => out.push({ id: `rule ${rule.id} invalid ${i}`, text: ex.text, options: opts(ex) }));
  }
  for (const d of demoFields()) {
    for (const field of [undefined, ...(ROLES_BY_FORM[d.form] as readonly FieldRole[])]) {
      out.push({ id: `demo ${d.page}#${d.id} ${field ?? '-'}`, text: d.text, options: { form: d.form, field } });
    }
  }
  // Long mixed texts (corpus texts and demo fields concatenated, as the bench builds its inputs).
  const pool = [...DEV.map((e) => e.text), ...demoFields().map((d) => d.text)].filter((t) => t.length > 30);
  for (const n of [2_000, 10_000, 40_000]) {
    let s = '';
    for (let i = 0; s.length < n; i++) s += pool[(i * 7 + 3) % pool.length] + '\n\n';
    const text = s.slice(0, n);
    for (const o of [{}, { form: 'minplan', field: 'agreement' }, { form: 'rehab', field: 'resources' }, { form: 'rehab' }] as AnalyseOptions[]) {
      out.push({ id: `mixed ${n} ${o.form ?? '-'} ${o.field ?? '-'}`, text, options: o });
    }
  }
  return out;
}

it('analyse() output over the corpus, rule examples, demo fields and long texts is unchanged', async () => {
  const lines: string[] = [];
  for (const c of cases()) {
    const { result, failures } = analyseWithDiagnostics(c.text, c.options);
    lines.push(JSON.stringify({ id: c.id, failures: failures.map((f) => f.ruleId), result }));
  }
  const byPage = new Map<string, { form: FormKind; fields: { role: FieldRole | null; text: string }[] }>();
  for (const d of demoFields()) {
    const entry = byPage.get(d.page) ?? { form: d.form, fields: [] };
    // Each field with no role, then with its form's first role, keeps analyseForm's inputs deterministic.
    entry.fields.push({ role: null, text: d.text });
    byPage.set(d.page, entry);
  }
  for (const [page, { form, fields }] of byPage) {
    for (const role of ROLES_BY_FORM[form] as readonly FieldRole[]) {
      lines.push(JSON.stringify({ id: `form ${page} ${role}`, result: analyseForm(fields.map((f) => ({ ...f, role })), { form }) }));
    }
    lines.push(JSON.stringify({ id: `form ${page} -`, result: analyseForm(fields, { form }) }));
  }
  await expect(lines.join('\n') + '\n').toMatchFileSnapshot('./__snapshots__/analyses.jsonl');
}, 120_000);
