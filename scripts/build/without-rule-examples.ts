import type { Plugin } from 'vite';

/**
 * Rule examples are the rule tester's cases (tests/unit/analysis/rules.test.ts) and the corpus's convergence checks:
 * the extension never reads them, so its bundles leave them out (about 45 KB of the panel bundle that the browser
 * would transfer and parse before the panel starts). The CLI and the tests build from the sources and keep them.
 *
 * The block is the rule's `examples:` property as every rule file formats it (two-space indent, closed by `  },`).
 * A rule file (one that calls defineRule) without that block fails the build, so the step cannot silently stop working.
 */
const RULE_FILE = /[\\/]lib[\\/]analysis[\\/]rules[\\/][a-z-]+\.ts$/;
const EXAMPLES = /^ {2}examples: \{\n[\s\S]*?^ {2}\},?\n/m;
export const NO_EXAMPLES = '  examples: { valid: [], invalid: [] },\n';

/** The rule file's source without its examples (null: not a rule file). Throws when a rule has no examples block. */
export function withoutExamples(code: string, id: string): string | null {
  if (!RULE_FILE.test(id.split('?')[0]!) || !code.includes('defineRule(')) return null;
  if (!EXAMPLES.test(code)) throw new Error(`without-rule-examples: no examples block in ${id} (formatted differently?)`);
  return code.replace(EXAMPLES, NO_EXAMPLES);
}

export function withoutRuleExamples(): Plugin {
  return {
    name: 'jobrettet:without-rule-examples',
    enforce: 'pre',
    transform(code, id) {
      const out = withoutExamples(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
