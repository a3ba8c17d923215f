import { it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import { readFileSync } from 'node:fs';
it('show', () => {
  const cases = JSON.parse(readFileSync('/tmp/adv/cases.json', 'utf8')) as { text: string; form?: any; field?: any }[];
  for (const c of cases) {
    const r = analyse(c.text, { form: c.form ?? 'rehab', field: c.field ?? 'accommodations' });
    console.log(`\n## ${c.text}`);
    for (const f of r.findings) console.log(`  ${f.ruleId} [${f.excerpt}] ${f.severity}\n    ${f.suggestions.map((s) => (c.text.slice(0, f.start) + s.replacement + c.text.slice(f.end))).join('\n    ')}`);
  }
});
