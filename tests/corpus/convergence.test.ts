import { expect, it } from 'vitest';
import { convergenceChecks, convergenceTable } from './convergence';

it('every suggestion converges: placeholders flagged, filled it stands, agreements SMART, the user’s facts kept', () => {
  const checks = convergenceChecks();
  console.log(`#### Rewrite convergence\n\n${convergenceTable(checks)}`);
  const failed = checks.filter((c) => !c.ok);
  if (failed.length) console.log(failed.map((c) => `${c.kind} ${c.ruleId} (${c.source}): ${c.detail}`).join('\n'));
  expect(checks.length).toBeGreaterThan(200);
  expect(failed.map((c) => `${c.kind} ${c.ruleId} (${c.source})`)).toEqual([]);
});
