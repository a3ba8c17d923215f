import { afterEach, describe, expect, it } from 'vitest';
import { forcedLocale } from '@/lib/i18n';
import { formKindName, sourceName } from '@/lib/i18n/display';
import { allRules } from '@/lib/analysis/rules';
import { ruleName, scoreHelp } from '@/components/panel/Panel';

afterEach(() => {
  forcedLocale.value = null;
});

describe('names users read', () => {
  it('every rule has a Danish and an English name in the panel (the list of dismissals shows it)', () => {
    for (const locale of ['da', 'en'] as const) {
      forcedLocale.value = locale;
      for (const r of allRules) expect(ruleName(r.id), `${locale} ${r.id}`).not.toBe(r.id);
    }
    forcedLocale.value = 'da';
    expect(ruleName('smart-agreement')).toBe('Aftale, der ikke er SMART');
    expect(ruleName('no-such-rule')).toBe('no-such-rule');
  });

  it('"Hvad betyder tallet?" has a text per role, and a general one for the rest', () => {
    forcedLocale.value = 'da';
    const general = scoreHelp(null);
    expect(general).toContain('Tallet');
    expect(scoreHelp('accommodations')).toContain('skånehensyn');
    expect(scoreHelp('accommodations')).not.toBe(general);
    expect(scoreHelp('meeting-summary')).toBe(general);
  });

  it('forms and sources by their names, never ids or file paths', () => {
    expect(formKindName('minplan', 'da')).toBe('Min Plan');
    expect(formKindName('rehab', 'da', 'indstilling')).toBe('Rehabiliteringsteamets indstilling');
    expect(formKindName(null, 'da')).toBe('–');
    expect(sourceName('001', 'da', '5.3')).toBe('Udvikling i fleksjob II, afsnit 5.3');
    expect(sourceName('000', 'da', '2.2')).toBe('STAR-guiden, fase 2.2');
  });
});
