import { describe, expect, it } from 'vitest';
import { WordArrays } from '@/lib/analysis/rules/support';

describe('WordArrays (per-word arrays reused from run to run)', () => {
  it('gives zeroed, distinct arrays of exactly n words, also after a longer run wrote into them', () => {
    const arrays = new WordArrays();
    const a = arrays.start(10).flags();
    const b = arrays.flags();
    const m = arrays.masks();
    a.fill(1);
    b.fill(2);
    m.fill(0xffffffff);
    expect(a[0]).toBe(1);
    expect(b[0]).toBe(2);
    const c = arrays.start(4).flags();
    const d = arrays.flags();
    const e = arrays.masks();
    expect([c.length, d.length, e.length]).toEqual([4, 4, 4]);
    expect([...c, ...d, ...e]).toEqual(new Array(12).fill(0));
    // Past the end a view reads nothing, as a fresh array of n words does.
    expect(c[4]).toBeUndefined();
    const f = arrays.start(40).flags();
    expect(f.length).toBe(40);
    expect(f.every((x) => x === 0)).toBe(true);
  });
});
