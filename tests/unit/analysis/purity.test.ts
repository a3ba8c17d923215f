import { ESLint } from 'eslint';
import { expect, it } from 'vitest';

/** The lint config keeps lib/analysis pure: only its own modules, no browser globals. */
it('ESLint rejects imports from outside lib/analysis, packages and DOM globals in the analysis core', async () => {
  const eslint = new ESLint();
  const lint = async (filePath: string, code: string) =>
    (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.ruleId);
  expect(await lint('lib/analysis/rules/probe.ts', "import { x } from '../../storage/db';\nexport const y = x;\n")).toEqual(['no-restricted-imports']);
  expect(await lint('lib/analysis/probe.ts', "import { x } from '../dom/range';\nexport const y = x;\n")).toEqual(['no-restricted-imports']);
  expect(await lint('lib/analysis/probe.ts', "import { z } from 'zod';\nexport const y = z;\n")).toEqual(['no-restricted-imports']);
  expect(await lint('lib/analysis/probe.ts', 'export const y = () => document.title;\n')).toEqual(['no-restricted-globals']);
  expect(await lint('lib/analysis/rules/probe.ts', "import { sentenceAt } from '../text/search';\nexport const y = sentenceAt;\n")).toEqual([]);
}, 60_000);
