import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NO_EXAMPLES, withoutExamples } from '../../../scripts/build/without-rule-examples';
import type { Rule } from '@/lib/analysis/rule';

const DIR = path.resolve(__dirname, '../../../lib/analysis/rules');
const ruleFiles = readdirSync(DIR).filter((f) => f.endsWith('.ts') && readFileSync(path.join(DIR, f), 'utf8').includes('defineRule('));

describe('the extension build leaves the rule examples out (scripts/build/without-rule-examples.ts)', () => {
  it('finds rule files', () => expect(ruleFiles.length).toBeGreaterThan(15));

  it.each(ruleFiles)('%s: removes exactly its examples block and keeps the rest', async (file) => {
    const source = readFileSync(path.join(DIR, file), 'utf8');
    const out = withoutExamples(source, path.join(DIR, file))!;
    expect(out).not.toBeNull();
    const at = out.indexOf(NO_EXAMPLES);
    expect(at).toBeGreaterThan(0);
    // Everything before and after the block is the source's own text.
    const after = out.slice(at + NO_EXAMPLES.length);
    expect(source.startsWith(out.slice(0, at))).toBe(true);
    expect(source.endsWith(after)).toBe(true);
    const removed = source.slice(at, source.length - after.length);
    expect(removed.startsWith('  examples: {')).toBe(true);
    // What was removed holds every example of the rule (and the rule's check, message and id were kept).
    const rule = ((await import(path.join(DIR, file))) as { default: Rule }).default;
    const texts = [...rule.examples.valid, ...rule.examples.invalid].map((e) => (typeof e === 'string' ? e : e.text));
    expect(texts.length).toBeGreaterThan(0);
    // (Some examples are built by expressions or named constants outside the block, e.g. lix.ts's HARD.)
    for (const t of texts) {
      const first = t.trim().split(/[\s,.:]+/)[0]!;
      expect(removed.includes(first) || out.includes(first), first).toBe(true);
    }
    expect(removed.split('\n').length).toBeGreaterThan(3);
    expect(out).toContain(`id: '${rule.id}'`);
  });

  it('leaves other files alone and refuses a rule file whose examples it cannot find', () => {
    expect(withoutExamples("export const x = defineRule({ id: 'a' });", '/p/lib/analysis/rule.ts')).toBeNull();
    expect(withoutExamples('export const x = 1;', '/p/lib/analysis/rules/support.ts')).toBeNull();
    expect(() => withoutExamples("export default defineRule({ id: 'a', examples: { valid: [], invalid: [] } });", '/p/lib/analysis/rules/a.ts')).toThrow(/no examples block/);
  });
});
