import { describe, expect, it } from 'vitest';
import { validCustomProfiles } from '@/lib/panel/custom-profiles';
import { FormProfilesSchema } from '@/lib/detect';

const good = { id: 'kommune-plan', name: 'Kommunens plan', kind: 'minplan', urlHints: [{ host: 'kommune.dk' }], fields: { agreement: ['aftaler'] } };

describe('validCustomProfiles (content script, zod/mini)', () => {
  it('keeps valid profiles with defaults filled in', () => {
    expect(validCustomProfiles([good])).toEqual([{ ...good, signatures: [] }]);
  });

  it('skips each bad profile on its own and keeps the rest', () => {
    const bad = [
      { ...good, id: 'Bad Id' },
      { ...good, id: 'wrong-role', fields: { accommodations: ['skånehensyn'] } }, // not a minplan role
      { ...good, id: 'no-fields', fields: {} },
      { ...good, id: 'sub-kind', subKind: 'indstilling' }, // only for rehab
      { ...good, id: 'empty-hint', urlHints: [{}] },
      'not an object',
      null,
    ];
    expect(validCustomProfiles([...bad, good, { ...good }]).map((p) => p.id)).toEqual(['kommune-plan']);
    expect(validCustomProfiles('nope')).toEqual([]);
  });

  it('accepts what lib/detect\'s full schema accepts (same shape on both sides)', () => {
    const input = [good, { id: 'rehab-x', name: 'Indstilling', kind: 'rehab', subKind: 'indstilling', signatures: ['indstilling'], fields: { 'progression-goal': ['progressionsmål'] } }];
    const full = FormProfilesSchema.parse(input);
    expect(validCustomProfiles(input)).toEqual(full);
  });
});
