import { describe, expect, it } from 'vitest';
import { buildModel } from '@/lib/analysis/text';
import { signalsOf } from '@/lib/analysis/score';

const hours = (text: string) => signalsOf(buildModel(text)).hours.map((h) => ({ t: text.slice(h.start, h.end), i: h.interval, b: h.bounded, w: h.weekly }));

describe('signals', () => {
  it('finds hour figures, intervals and weekly wording', () => {
    expect(hours('12 timer om ugen')).toEqual([{ t: '12 timer om ugen', i: false, b: false, w: true }]);
    expect(hours('6–10 timer ugentligt')).toEqual([{ t: '6–10 timer ugentligt', i: true, b: false, w: true }]);
    expect(hours('mellem 6 og 10 timer')).toEqual([{ t: 'mellem 6 og 10 timer', i: true, b: false, w: false }]);
    expect(hours('6-10 timer pr. uge')[0]).toMatchObject({ i: true, w: true });
    expect(hours('højst 10 timer')[0]).toMatchObject({ b: true });
    expect(hours('otte timer om ugen')[0]).toMatchObject({ t: 'otte timer om ugen', w: true });
    expect(hours('12 ugentlige timer')[0]).toMatchObject({ w: true });
  });

  it('reads the title after "job som" / "Jobmål:" but not vague words', () => {
    const t = (text: string) => signalsOf(buildModel(text)).jobTitles.map((s) => text.slice(s.start, s.end));
    expect(t('Jeg søger job som bademester.')).toEqual(['bademester']);
    expect(t('Jobmål: dyrepasser')).toEqual(['dyrepasser']);
    expect(t('Jeg søger job som noget med mennesker.')).toEqual([]);
  });

  it('reads a resource the text says is missing as lacking, not as a resource', () => {
    const of = (text: string) => {
      const s = signalsOf(buildModel(text));
      const ex = (spans: { start: number; end: number }[]) => spans.map((x) => text.slice(x.start, x.end));
      return { has: ex(s.resources), lacks: ex(s.lackingResources) };
    };
    expect(of('Han har ingen erfaring og ingen uddannelse.')).toEqual({ has: [], lacks: ['ingen erfaring', 'ingen uddannelse'] });
    expect(of('ressourcer: få, er præget af smerter')).toEqual({ has: [], lacks: ['ressourcer: få'] });
    expect(of('Hun har ikke rigtig nogen ressourcer lige nu.')).toEqual({ has: [], lacks: ['ikke rigtig nogen ressourcer'] });
    expect(of('Han er ikke motiveret.')).toEqual({ has: [], lacks: ['ikke motiveret'] });
    expect(of('Hun er ikke syg, har meget erfaring.')).toEqual({ has: ['erfaring'], lacks: [] });
    expect(of('Hun er ikke syg, noget erfaring har hun.').lacks).toEqual([]);
    // One word may stand between; an emphasis ("ikke kun") and the verb "få" deny nothing.
    expect(of('ingen formel uddannelse, men 9 års erfaring')).toEqual({ has: ['års erfaring'], lacks: ['ingen formel uddannelse'] });
    expect(of('Hun er ikke kun uddannet frisør.').has).toEqual(['uddannet']);
    expect(of('Han vil gerne få erfaring med truck.')).toEqual({ has: ['erfaring'], lacks: [] });
    // Managing one's own condition is a resource.
    expect(of('Hun går selv til træning og har lært at bruge en dagsplan.').has).toEqual(['går selv til', 'har lært at']);
  });

  it('reads no task in work the person rejects', () => {
    const tasks = (text: string) => signalsOf(buildModel(text)).tasks.map((x) => text.slice(x.start, x.end));
    expect(tasks('Han vil ikke tilbage til byggeriet.')).toEqual([]);
    expect(tasks('Hun ønsker ikke at arbejde med rengøring, men gerne med opvask.')).toEqual(['opvask']);
    expect(tasks('Hun vil gerne arbejde med rengøring.')).toEqual(['rengøring']);
  });

  it('counts a task inside a job title as the title only', () => {
    const s = signalsOf(buildModel('Rengøringsassistent.'));
    expect(s.tasks).toEqual([]);
    expect(s.jobTitles.length).toBe(1);
  });

  it('separates dated from undated steps and finds employer contact', () => {
    const text = 'Du kontakter Netto inden d. 5.3. Du søger job om ugen.';
    const s = signalsOf(buildModel(text));
    const ex = (spans: { start: number; end: number }[]) => spans.map((x) => text.slice(x.start, x.end));
    expect(ex(s.datedSteps)).toEqual(['kontakter', 'inden d. 5.3']);
    expect(ex(s.undatedSteps)).toEqual(['søger']);
    expect(ex(s.employerSteps)).toEqual(['kontakter']);
  });

  it('ignores health words in a professional context', () => {
    expect(signalsOf(buildModel('Erfaring med borgere med ADHD.')).health).toEqual([]);
    expect(signalsOf(buildModel('Jeg har ADHD.')).health.length).toBe(1);
  });

  it('is memoised per model', () => {
    const m = buildModel('Kasse.');
    expect(signalsOf(m)).toBe(signalsOf(m));
  });
});
