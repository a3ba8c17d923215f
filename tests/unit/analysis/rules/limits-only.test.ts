import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import type { FieldRole } from '@/lib/analysis/types';

/** The challenges and health fields as caseworkers fill them in a hurry: limits, diagnoses and treatments only. */
const deficit = (text: string, field: FieldRole) =>
  analyse(text, { form: 'rehab', field })
    .findings.filter((f) => f.category === 'deficit-language')
    .map((f) => [f.ruleId, f.excerpt, f.suggestions[0]?.replacement]);

const ADDITION = '. For arbejdet betyder det, at borger kan klare [arbejdsopgave] i [antal] timer ad gangen, når [skånehensyn]';

describe('limits only, never what they mean for work (deficit-balance in the challenges and health fields)', () => {
  it('flags a list of limits in the challenges field, also in shorthand and on several lines', () => {
    const a = 'kan ikke stå længe, kan ikke bære tungt, har svært ved at koncentrere sig';
    expect(deficit(a, 'challenges')).toEqual([['deficit-balance', a, a + ADDITION]]);
    const b = 'Bgr. kan ikke tåle larm. Kan ikke arbejde om aftenen. Har svært ved at huske beskeder.';
    expect(deficit(b, 'challenges')).toEqual([['deficit-balance', b.slice(0, -1), b.slice(0, -1) + ADDITION]]);
    const c = 'kan ikke gå paa trapper\nkan ikke sidde stille\nkan ikke koncentrere sig i larm';
    expect(deficit(c, 'challenges').map(([id, excerpt]) => [id, excerpt])).toEqual([['deficit-balance', c]]);
  });

  it('flags diagnoses and treatments with no translation in the health field', () => {
    const a = 'Diabetes, KOL og depression. Går til egen læge og psykiatrisk ambulatorium og venter på en scanning.';
    expect(deficit(a, 'health')).toEqual([['deficit-balance', a.slice(0, -1), a.slice(0, -1) + ADDITION]]);
    // Four in one list count, though they stand close together.
    const l = 'bgr. har astma, migræne og angst, går til psykolog og egen læge';
    expect(deficit(l, 'health').map(([id, excerpt]) => [id, excerpt])).toEqual([['deficit-balance', l]]);
    const b = 'bgr. har migræne, er sygemeldt, gaar til psykolog og venter paa scanning';
    expect(deficit(b, 'health').map(([id, excerpt]) => [id, excerpt])).toEqual([['deficit-balance', b]]);
  });

  it('leaves limits alone that are translated into work, beside a task or resource, or few', () => {
    expect(deficit('Migrænen betyder, at hun skal arbejde i et stille lokale; hun mestrer det med pauser og klarer kontorarbejde 4 timer.', 'health')).toEqual([]);
    expect(deficit('kan ikke løfte over 10 kg, kan ikke stå længe, har svært ved trapper, men kan køre truck og pakke varer', 'challenges')).toEqual([]);
    expect(deficit('Har svært ved at sidde længe og kan ikke løfte tungt.', 'challenges')).toEqual([]);
    expect(deficit('Borger har smerter, angst og kan ikke sidde længe.', 'health')).toEqual([]);
    expect(deficit('Diskusprolaps og migræne. For arbejdet betyder det, at borger kan klare kassearbejde 3 timer ad gangen.', 'health')).toEqual([]);
  });

  it('converges: filled in, the text is no longer flagged', () => {
    const text = 'kan ikke stå længe, kan ikke bære tungt, har svært ved at koncentrere sig';
    const filled = deficit(text, 'challenges')[0]![2]!
      .replace('[arbejdsopgave]', 'kasse og opfyldning')
      .replace('[antal]', '2')
      .replace('[skånehensyn]', 'hun kan sidde ned ved kassen');
    expect(deficit(filled, 'challenges')).toEqual([]);
  });
});
