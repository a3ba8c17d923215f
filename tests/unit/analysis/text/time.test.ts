import { describe, expect, it } from 'vitest';
import { captureCount, DIGIT_PATTERNS, findTimeExpressions, isTimeBound, PATTERNS } from '@/lib/analysis/text/time';

const show = (t: string) => findTimeExpressions(t).map((e) => [e.kind, t.slice(e.start, e.end)]);

describe('findTimeExpressions', () => {
  it.each([
    ['Du vil søge job inden d. 05.02', 'deadline', 'inden d. 05.02'],
    ['Du ringer senest fredag d. 7. marts.', 'deadline', 'senest fredag d. 7. marts'],
    ['Det sker i uge 12.', 'week', 'i uge 12'],
    ['Du vil de næste 4 uger søge job.', 'duration', 'de næste 4 uger'],
    ['Det aftales inden næste møde d. 3.5', 'deadline', 'inden næste møde d. 3.5'],
    ['Møde 1/3 hos arbejdsgiver', 'date', '1/3'],
    ['Den 3. maj 2026 kl. 10.30', 'date', 'Den 3. maj 2026 kl. 10.30'],
    ['Du vil i løbet af maj ringe', 'date', 'i løbet af maj'],
    ['Du søger inden for 14 dage', 'duration', 'inden for 14 dage'],
    ['Praktik til og med 30.4.', 'deadline', 'til og med 30.4'],
    ['Du ringer i morgen', 'relative', 'i morgen'],
    ['Inden udgangen af marts', 'deadline', 'Inden udgangen af marts'],
    ['Du søger i 2026', 'date', 'i 2026'],
  ])('%s', (text, kind, excerpt) => {
    expect(show(text)).toEqual([[kind, excerpt]]);
    expect(isTimeBound(findTimeExpressions(text))).toBe(true);
  });

  it('reads a range or a list of weeks as one expression, never a counted number after it (its numbers are no amounts)', () => {
    expect(show('Praktik i uge 30-33.')).toEqual([['week', 'i uge 30-33']]);
    expect(show('Helle lærer Mehmet op i uge 37 og 38.')).toEqual([['week', 'i uge 37 og 38']]);
    expect(show('Praktik i ugerne 34–45 og derefter opfølgning.')).toEqual([['week', 'i ugerne 34–45']]);
    expect(show('Opstart ugerne 30 til 33')).toEqual([['week', 'ugerne 30 til 33']]);
    expect(show('Du søger job i uge 12 og 2 gange om ugen.')).toEqual([['week', 'i uge 12'], ['frequency', '2 gange om ugen']]);
    expect(show('Inden uge 9 og 3 timer om dagen')).toEqual([['deadline', 'Inden uge 9'], ['frequency', 'om dagen']]);
  });

  it('reads a date before a comma, and keeps how often and until when apart', () => {
    expect(show('Du lægger CV på Jobnet inden d. 10/1, og skriver 2 linjer.')).toEqual([['deadline', 'inden d. 10/1']]);
    // A decimal after a date-like number is still no date.
    expect(show('Han løfter 10/1,5 kg.')).toEqual([]);
    expect(show('Du går til fysioterapeut to gange om ugen frem til d. 15.03.')).toEqual([
      ['frequency', 'to gange om ugen'],
      ['deadline', 'frem til d. 15.03'],
    ]);
    expect(show('Du møder hver mandag kl. 9')).toEqual([['recurring', 'hver mandag kl. 9']]);
  });

  // How often, not until when: measurable, but no bound in time.
  it.each([
    ['Du møder hver mandag', 'recurring', 'hver mandag'],
    ['Du søger 2 gange om ugen', 'frequency', '2 gange om ugen'],
  ])('%s', (text, kind, excerpt) => {
    expect(show(text)).toEqual([[kind, excerpt]]);
    expect(isTimeBound(findTimeExpressions(text))).toBe(false);
  });

  it.each(['på sigt', 'snart', 'hurtigst muligt', 'løbende', 'med tiden', 'når du er klar'])('vague: %s', (phrase) => {
    const t = `Du vil ${phrase} finde job.`;
    expect(show(t)).toEqual([['vague', phrase]]);
    expect(isTimeBound(findTimeExpressions(t))).toBe(false);
  });

  it('ignores numbers that are not dates: experience, decimals, clock times, invalid day/month', () => {
    for (const t of ['Hun har 12 års erfaring', 'Du har 2,5 timer', '10.30', 'Score 45/67', '10 kg']) {
      expect(isTimeBound(findTimeExpressions(t))).toBe(false);
    }
  });

  it('respects `within` and returns offsets into the whole text', () => {
    const t = 'Inden d. 1.2 skal du. Og i uge 9.';
    const within = { start: t.indexOf('Og'), end: t.length };
    expect(findTimeExpressions(t, within).map((e) => t.slice(e.start, e.end))).toEqual(['i uge 9']);
  });
});

describe('findTimeExpressions: more Danish forms', () => {
  it.each([
    ['Du ringer frem til jul', 'deadline', 'frem til jul'],
    ['Du søger job inden mødet.', 'deadline', 'inden mødet'],
    ['Aftalen gælder til opfølgningssamtalen', 'relative', 'til opfølgningssamtalen'],
    ['Du søger i løbet af ugen', 'relative', 'i løbet af ugen'],
    ['Praktikken starter i foråret 2027', 'relative', 'i foråret 2027'],
    ['Du søger i løbet af de næste 14 dage', 'duration', 'i løbet af de næste 14 dage'],
    ['Du ringer senest om en uge', 'duration', 'om en uge'],
    ['Vi ses hver 14. dag', 'frequency', 'hver 14. dag'],
  ])('%s', (text, kind, excerpt) => {
    expect(show(text)).toEqual([[kind, excerpt]]);
  });

  it('"om ugen" after hours is a frequency, never a deadline; "inden længe" and "fremover" are vague', () => {
    expect(show('10 timer om ugen')).toEqual([['frequency', 'om ugen']]);
    expect(show('Du finder et job inden længe')).toEqual([['vague', 'inden længe']]);
    expect(show('Fremover søger du job')).toEqual([['vague', 'Fremover']]);
  });
});

describe('timeExpressionsOf / timeExpressionsIn', () => {
  it('gives the same expressions per span from the cached whole-text list as from a scan of the span', async () => {
    const { buildModel } = await import('@/lib/analysis/text');
    const { timeExpressionsIn, timeExpressionsOf } = await import('@/lib/analysis/text/time');
    const t = '- Du søger inden d. 5.3.\n- Du ringer i morgen.\n- Du møder hver mandag og snart igen.';
    const spans = buildModel(t).blocks.map((b) => ({ start: b.contentStart, end: b.end }));
    const scanned = spans.map((s) => timeExpressionsIn(buildModel(t), s));
    const model = buildModel(t);
    expect(timeExpressionsOf(model)).toBe(timeExpressionsOf(model));
    expect(spans.map((s) => timeExpressionsIn(model, s))).toEqual(scanned);
    expect(scanned.map((list) => list.map((e) => [e.kind, t.slice(e.start, e.end)]))).toEqual([
      [['deadline', 'inden d. 5.3']],
      [['relative', 'i morgen']],
      [['recurring', 'hver mandag'], ['vague', 'snart']],
    ]);
  });
});

describe('numbers that only look like dates', () => {
  it.each(['Du søger 2-3 job', '5-10 kg løft', '2.5 timer om dagen', '1/3 af tiden', '3.5 kg'])('%s', (text) => {
    expect(findTimeExpressions(text).filter((e) => e.kind === 'date' || e.kind === 'deadline')).toEqual([]);
  });
  it('still reads d-m-y and d/m as dates', () => {
    expect(show('Møde 15-03-26')).toEqual([['date', '15-03-26']]);
    expect(show('Møde 1/3')).toEqual([['date', '1/3']]);
  });
});

describe('times of day', () => {
  it('"kl. 9.05" and "klokken 7.30" are clock times, not dates or deadlines', () => {
    expect(show('Du møder kl. 9.05')).toEqual([['clock', 'kl. 9.05']]);
    expect(show('Du tager på besøg inden klokken 7.30')).toEqual([['clock', 'klokken 7.30']]);
    expect(isTimeBound(findTimeExpressions('Du møder kl. 9.05'))).toBe(false);
    expect(show('Møde d. 3.5 kl. 9.05')).toEqual([['date', 'd. 3.5 kl. 9.05']]);
  });
});

describe('captureCount (read from the pattern source)', () => {
  // The engine's own count: an empty alternative matches '' and reports every group.
  const engine = (re: RegExp) => new RegExp(`(?:${re.source})|`, re.flags.replace('y', '')).exec('')!.length - 1;
  it('agrees with the regex engine on every time pattern', () => {
    for (const p of [...PATTERNS, ...DIGIT_PATTERNS]) expect(captureCount(p.re), p.re.source).toBe(engine(p.re));
  });
  it.each([
    [/a(b)c/u, 1],
    [/(?:x)(?=y)(?!z)(?<=w)(?<!v)/u, 0],
    [/(?<year>\d+)-(\d+)/u, 2],
    [/\(not\)[(]x[)\]](y)/u, 1],
    [/[\\](z)/u, 1],
  ])('%s has %i groups', (re, n) => {
    expect(captureCount(re)).toBe(n);
    expect(engine(re)).toBe(n);
  });
});

describe('upper case and the pattern tiers', () => {
  const text = 'INDEN D. 5. MARTS søger du 2 job, Næste Uge ringer du 3 gange om ugen, senest Fredag kl. 10.';
  const expected = [
    ['deadline', 'INDEN D. 5. MARTS'],
    ['relative', 'Næste Uge'],
    ['frequency', '3 gange om ugen'],
    ['deadline', 'senest Fredag kl. 10'],
  ];
  it('reads dates written in capitals as in lower case', () => {
    expect(show(text)).toEqual(expected);
  });
  it('reads a text whose lower-casing is no plain fold ("İ", "ſ") the same way', () => {
    expect(show(`İ ${text}`)).toEqual(expected);
    expect(show(`Kaſper: ${text}`)).toEqual(expected);
  });
  it('finds the same expressions once the gates are compiled (after many texts)', () => {
    const first = show(text);
    for (let i = 0; i < 600; i++) {
      findTimeExpressions(text);
      findTimeExpressions(`İ ${text}`);
    }
    expect(show(text)).toEqual(first);
    expect(show(`İ ${text}`)).toEqual(expected);
  });
});

describe('the digit patterns', () => {
  // NUMERIC, ORDINAL and FREQUENCY (PATTERNS 0, 1, 10) where the text starts with a digit.
  const whole = [PATTERNS[0]!, PATTERNS[1]!, PATTERNS[10]!];
  it.each(['05.02. og', '3.5', '1/3 af tiden', '30.4.2026', '15-03-26', '2-3 job', '7. marts 2026', '3. maj', '1. feb.', '12 marts',
    '2 gange om ugen', '3-4 gange hver uge', '1 gang om måneden', '2 gange hver 14. dag', '10.30', '12.5.', '5 kg', '2 gangex'])(
    'match what the whole patterns match at a digit: %s',
    (text) => {
      DIGIT_PATTERNS.forEach((p, k) => {
        const full = new RegExp(whole[k]!.re.source, whole[k]!.re.flags);
        const part = new RegExp(p.re.source, p.re.flags);
        expect(part.exec(text)).toEqual(full.exec(text));
      });
    },
  );
});
