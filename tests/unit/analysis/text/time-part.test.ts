import { describe, expect, it } from 'vitest';
import { buildModel, modelOfPart, writtenInAscii } from '@/lib/analysis/text/model';
import { breaksCleanly, findTimeExpressions, primeTimesFrom, timeExpressionsOf } from '@/lib/analysis/text/time';
import { slotsOf } from '@/lib/analysis/facts/store';

/** The part's model with the whole's time expressions primed where primeTimesFrom allows it; null where it does not. */
function primed(whole: string, start: number, end: number) {
  const model = buildModel(whole);
  timeExpressionsOf(model);
  const part = modelOfPart(model, start, end, writtenInAscii(whole));
  primeTimesFrom(part, model, start);
  return slotsOf(part).times ?? null;
}

describe('primeTimesFrom (a section takes the whole text’s time expressions)', () => {
  it('takes them, shifted, where both edges break cleanly: they are what the section finds alone', () => {
    const whole = 'Jobmål: lagermedarbejder inden d. 15.03.\n\nAftaler: Du ringer til Netto senest fredag d. 7. marts hver uge og igen i uge 12 på lageret.\n\nTimer: 10 timer om ugen.';
    const start = whole.indexOf('Du ringer');
    const end = whole.indexOf('Timer:');
    const times = primed(whole, start, end);
    expect(times).not.toBeNull();
    expect(times!.map((t) => whole.slice(start + t.start, start + t.end))).toEqual(['senest fredag d. 7. marts', 'hver uge', 'i uge 12']);
    expect(times).toEqual(findTimeExpressions(whole.slice(start, end)));
  });

  it('scans the section itself where the whole text reads an edge differently ("d. 3.5" before the heading "Timer")', () => {
    const whole = 'Aftaler: Mødet er d. 3.5\n\nTimer: 10 timer om ugen.';
    const start = whole.indexOf('Mødet');
    const end = whole.indexOf('Timer:');
    // Whole: "3.5" followed by "Timer" is an amount of hours, no date; the section alone ends at the date.
    expect(findTimeExpressions(whole).some((t) => whole.slice(t.start, t.end).includes('3.5'))).toBe(false);
    expect(findTimeExpressions(whole.slice(start, end)).map((t) => t.kind)).toEqual(['date']);
    expect(breaksCleanly(whole, end)).toBe(false);
    expect(primed(whole, start, end)).toBeNull();
  });

  it('scans the section itself where an expression of the whole runs across an edge', () => {
    const whole = 'inden d. 5/3 kl. 10 og mere';
    expect(primed(whole, whole.indexOf('5/3'), whole.length)).toBeNull();
  });

  it('leaves the section alone when the whole text’s expressions were never computed', () => {
    const whole = 'Jobmål: kok.\n\nAftaler: Du søger 2 job inden d. 1.3.\n\n';
    const model = buildModel(whole);
    const start = whole.indexOf('Du');
    const part = modelOfPart(model, start, whole.length, writtenInAscii(whole));
    primeTimesFrom(part, model, start);
    expect(slotsOf(part).times).toBeUndefined();
  });
});
