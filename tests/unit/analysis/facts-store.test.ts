import { describe, expect, it } from 'vitest';
import { buildModel } from '@/lib/analysis/text/model';
import { factsOf } from '@/lib/analysis/facts';

const TEXT = 'Borger søger job som lagermedarbejder inden d. 5.3. Ingen tunge løft.';

describe('fact slots on a model', () => {
  it('leave the model equal to a fresh one (the slots are not enumerable)', () => {
    const a = buildModel(TEXT);
    void factsOf(a).times;
    void factsOf(a).signals.jobTitles;
    expect(a).toEqual(buildModel(TEXT));
    expect(Object.keys(a)).toEqual(Object.keys(buildModel(TEXT)));
    expect({ ...a }).toEqual(buildModel(TEXT));
  });

  it('are computed once per model and not shared with a copy', () => {
    const a = buildModel(TEXT);
    expect(factsOf(a)).toBe(factsOf(a));
    expect(factsOf({ ...a })).not.toBe(factsOf(a));
  });

  it('work on a frozen model, with the same facts as an unfrozen one', () => {
    const frozen = Object.freeze(buildModel(TEXT));
    const facts = factsOf(frozen);
    expect(factsOf(frozen)).toBe(facts);
    expect(facts.times).toEqual(factsOf(buildModel(TEXT)).times);
    expect(facts.times.map((t) => TEXT.slice(t.start, t.end))).toContain('inden d. 5.3');
  });
});
