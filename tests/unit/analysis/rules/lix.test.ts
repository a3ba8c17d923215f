import { expect, it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';

it('result.lix and the lix finding report the same figure', () => {
  const sentence =
    'Rehabiliteringsteamets medlemmer vurderede den 12. marts 2026 arbejdsevnebeskrivelsens konklusioner vedrørende ' +
    'beskæftigelsesmulighederne i 3 brancher utilstrækkeligt dokumenterede, hvorfor 2 supplerende arbejdsprøvningsforløb iværksættes.';
  const text = Array.from({ length: 6 }, () => sentence).join(' ');
  const result = analyse(text, { form: 'rehab', field: 'justification' });
  const finding = result.findings.find((f) => f.ruleId === 'lix');
  expect(finding).toBeDefined();
  expect(finding!.message).toContain(`LIX ${result.lix} `);
  // 6 sentences of 17 words (numbers are not words), 14 of 17 longer than six letters: 17 + 82.4 = 99.
  expect(result.lix).toBe(99);
});
