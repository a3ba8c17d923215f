import { describe, expect, it } from 'vitest';
import { buildModel } from '@/lib/analysis/text';
import { analyseAgreement, findAgreements, inferAgreements, splitAgreements } from '@/lib/analysis/smart';
import type { Smart } from '@/lib/analysis/types';

const spans = (t: string, f: typeof splitAgreements) => f(buildModel(t)).map((s) => t.slice(s.start, s.end));
const one = (t: string) => analyseAgreement(buildModel(t), { start: 0, end: t.length }).agreement;
const verdict = (s: Smart) => [s.specific, s.measurable, s.timeBound];

describe('splitAgreements', () => {
  it('splits bullet and numbered items, dropping markers, headings and labels', () => {
    const t = 'Min Plan - På mødet aftalte vi:\nKonkrete aftaler ift. dine jobmål:\n• Du vil A.\n1. Du vil B.\na) Aftale: Du vil C.';
    expect(spans(t, splitAgreements)).toEqual(['Du vil A.', 'Du vil B.', 'Du vil C.']);
  });

  it('keeps follow-up sentences with the agreement they belong to (000 L213–217)', () => {
    const t = 'Du vil kontakte tre personer fra dit netværk inden d. 05.02. Dit mål er at søge 2 uopfordrede stillinger inden d. 15.02. Du skal opdatere dit CV.';
    expect(spans(t, splitAgreements)).toEqual([
      'Du vil kontakte tre personer fra dit netværk inden d. 05.02. Dit mål er at søge 2 uopfordrede stillinger inden d. 15.02.',
      'Du skal opdatere dit CV.',
    ]);
  });

  it('starts a new agreement at a sentence on its own line (editor paragraphs are single line breaks)', () => {
    const t = 'Du vil kontakte tre personer fra dit netværk inden d. 05.02.\nBorger er informeret om muligheden for virksomhedspraktik.\nDu skal søge job.';
    expect(spans(t, splitAgreements)).toEqual([
      'Du vil kontakte tre personer fra dit netværk inden d. 05.02.',
      'Borger er informeret om muligheden for virksomhedspraktik.',
      'Du skal søge job.',
    ]);
    // A line wrapped inside a sentence (as in the guide's PDF text) does not split it.
    expect(spans('Du vil kontakte tre personer fra dit\nnetværk inden d. 05.02. Dit mål er at søge 2 stillinger inden d. 15.02.', splitAgreements)).toHaveLength(1);
  });

  it('treats each sentence as an agreement in prose without openers, and one line as one agreement', () => {
    expect(spans('Søge 3 job som kok. Opdatere CV.', splitAgreements)).toEqual(['Søge 3 job som kok.', 'Opdatere CV.']);
    expect(spans('Jobsøgning', splitAgreements)).toEqual(['Jobsøgning']);
  });

  it('leaves a leading label out of the agreement, in any case, and keeps words that only start like one', () => {
    const t =
      '- Aftale 2: Du vil søge job.\n- NÆSTE SKRIDT: Ringe til Netto.\n- Delmål 1. Opdatere CV.\n- handling - Besøge Føtex.\n' +
      '- Opgave: Skrive ansøgning.\n- Aftalt med Netto.\n- Delvis fleksjob.\n- Opgaver i lager.';
    expect(spans(t, splitAgreements)).toEqual([
      'Du vil søge job.',
      'Ringe til Netto.',
      'Opdatere CV.',
      'Besøge Føtex.',
      'Skrive ansøgning.',
      'Aftalt med Netto.',
      'Delvis fleksjob.',
      'Opgaver i lager.',
    ]);
    expect(spans('', splitAgreements)).toEqual([]);
  });
});

describe('inferAgreements (field unknown)', () => {
  it('finds "Du vil/skal" items and sentences and items under an agreement heading, not the rest', () => {
    const t =
      'Mit mål: job som lagermedarbejder 10-15 timer om ugen.\n- Du skal arbejde på din jobsøgning.\n- Du vil søge 3 stillinger.\n' +
      'Borger fortæller om ryggen. Du vil ringe til Netto i morgen.\n\nNæste skridt:\n- Opdatere CV inden fredag.';
    expect(spans(t, inferAgreements)).toEqual([
      'Du skal arbejde på din jobsøgning.',
      'Du vil søge 3 stillinger.',
      'Du vil ringe til Netto i morgen.',
      'Opdatere CV inden fredag.',
    ]);
  });

  it('finds none in a text without agreements', () => {
    expect(spans('Borger har 12 års erfaring som kontorassistent. Hun ønsker job på et kontor.', inferAgreements)).toEqual([]);
  });
});

describe('SMART verdict', () => {
  it.each([
    // The guide's own SMART agreements (000 L213–227).
    ['Du vil kontakte og mødes med tre personer fra dit netværk, som du vil tage en snak med, ift. hvor du uopfordret kunne søge et fleksjob inden d. 05.02.', [true, true, true]],
    ['Du vil finde tre jobmuligheder via Jobindex og afsøge kompetencebehovet i lignende stillinger via Jobindex Arkiv for at kunne målrette dit CV og ansøgning inden d. 12.02.', [true, true, true]],
    ['Du vil tage ud og besøge Hans Hansen i Tømrerlusen for at søge job som pladsmand/forefaldende arbejde inden d. 15.02.', [true, true, true]],
    ['Du vil søge 3 stillinger som lagermedarbejder i Kolding inden d. 15.03.', [true, true, true]],
    ['Du skal deltage i jobklub hver mandag.', [true, true, false]],
    ['Du skal deltage i jobklub hver mandag frem til d. 1.4.', [true, true, true]],
    ['Du skal møde op til jobsamtale hos Føtex senest fredag d. 7. marts.', [true, true, true]],
    ['Du skal arbejde på din jobsøgning.', [false, false, false]],
    ['Du skal søge job.', [false, false, false]],
    ['Borger skal være aktivt jobsøgende på sigt.', [false, false, false]],
    ['Du vil søge 3 stillinger inden d. 1.4.', [false, true, true]],
    ['Du skal opdatere dit CV.', [true, true, false]],
    ['Du vil søge job som kok hurtigst muligt.', [true, false, false]],
    ['Du vil søge 2 stillinger som chauffør om ugen de næste 4 uger.', [true, true, true]],
    ['Du deltager i jobcafé på biblioteket hver tirsdag kl. 10.', [true, true, false]],
    ['Jobkonsulenten sender dig 3 jobopslag inden næste møde.', [true, true, true]],
    ['Du vil lave en bruttoliste med 10 jobønsker inden d. 1. marts.', [true, true, true]],
    ['Vi aftalte, at du søger job som kok hos Restaurant Noma inden udgangen af april.', [true, true, true]],
    ['Du skal være aktivt jobsøgende.', [false, false, false]],
    ['Hurtigst muligt skal du finde et job.', [false, true, false]],
    ['Du vil søge 2 stillinger som kok og 1 som tjener inden d. 31/12 2026.', [true, true, true]],
    ['Du skal søge job inden for lager.', [true, false, false]],
  ] as const)('%s', (text, expected) => {
    expect(verdict(one(text).smart)).toEqual(expected);
  });

  it('attractive is true when the agreement refers to the citizen’s own goal, else null', () => {
    expect(one('Du vil søge 2 stillinger som kok, som du ønsker, inden d. 1.3.').smart.attractive).toBe(true);
    expect(one('Du vil søge 2 stillinger som kok inden d. 1.3. Det er dit mål at arbejde i et køkken.').smart.attractive).toBe(true);
    expect(one('Du vil søge 2 stillinger som kok inden d. 1.3.').smart.attractive).toBeNull();
    expect(one('Borgeren vil gerne søge job som kok inden d. 1.3.').smart.attractive).toBe(true);
  });

  it('realistic: moderate numbers or support → true, extreme numbers → false, nothing to judge → null', () => {
    expect(one('Du vil søge 2 stillinger som kok inden d. 1.3.').smart.realistic).toBe(true);
    expect(one('Du vil søge 60 stillinger som kok inden i morgen.').smart.realistic).toBe(false);
    expect(one('Du skal arbejde 45 timer om ugen som kok.').smart.realistic).toBe(false);
    expect(one('Du vil opdatere dit CV sammen med din mentor inden fredag.').smart.realistic).toBe(true);
    expect(one('Du skal opdatere dit CV.').smart.realistic).toBeNull();
    // A year is not an amount.
    expect(one('Du vil søge 2 stillinger som kok inden d. 31/12 2026.').smart.realistic).toBe(true);
  });
});

describe('rewrite', () => {
  it('is null when specific, measurable and time-bound', () => {
    expect(one('Du vil søge 3 stillinger som lagermedarbejder i Kolding inden d. 15.03.').rewrite).toBeNull();
  });

  it.each([
    ['Du skal arbejde på din jobsøgning.', 'Du vil arbejde på din jobsøgning ved at søge [antal] stillinger som [stilling] inden d. [dato].'],
    ['Du skal søge job.', 'Du vil søge [antal] job som [stilling] inden d. [dato].'],
    ['Borger skal være aktivt jobsøgende på sigt.', 'Borger skal være aktivt jobsøgende ved at søge [antal] stillinger som [stilling] inden d. [dato].'],
    ['Du vil søge 3 stillinger inden d. 1.4.', 'Du vil søge 3 stillinger som [stilling] inden d. 1.4.'],
    ['Du skal opdatere dit CV.', 'Du vil opdatere dit CV inden d. [dato].'],
    ['Du vil ringe.', 'Du vil ringe til [virksomhed] inden d. [dato].'],
    ['Du vil søge job som kok hurtigst muligt.', 'Du vil søge [antal] job som kok inden d. [dato].'],
    ['Søge job i Aarhus', 'Du vil søge [antal] job som [stilling] i Aarhus inden d. [dato]'],
    ['Du vil undersøge muligheder for uddannelse.', 'Du vil undersøge muligheder for uddannelse ved at kontakte [uddannelsessted] om [uddannelse/kursus] inden d. [dato].'],
    ['Borger skal overveje praktik på sigt.', 'Borger skal overveje praktik ved at kontakte [virksomhed] om en praktik som [stilling] inden d. [dato].'],
    ['Hurtigst muligt skal du finde et job.', 'Inden d. [dato] skal du finde et job som [stilling].'],
    ['Du skal søge job (gerne inden for lager).', 'Du vil søge [antal] job (gerne inden for lager) inden d. [dato].'],
    ['du skal ringe til jobcentret', 'Du vil ringe til jobcentret inden d. [dato]'],
    // An agreement with its own subject and no action verb keeps the subject and only gets the missing parts.
    ['Borger undersøger muligheder for uddannelse.', 'Borger undersøger muligheder for uddannelse ved at kontakte [uddannelsessted] om [uddannelse/kursus] inden d. [dato].'],
    // A bare heading of an agreement keeps its words and gets the action after a colon.
    ['Jobsøgning.', 'Jobsøgning: du vil søge [antal] stillinger som [stilling] inden d. [dato].'],
    // "din jobsøgning" is not counted: the action that is counted follows it.
    ['Borger arbejder videre med sin jobsøgning.', 'Borger arbejder videre med sin jobsøgning ved at søge [antal] stillinger som [stilling] inden d. [dato].'],
    // Advice received and intentions become the action itself, by the same person, about the same thing.
    ['Borger er informeret om muligheden for virksomhedspraktik.', 'Borger vil kontakte [virksomhed] om muligheden for virksomhedspraktik inden d. [dato].'],
    ['Du overvejer at tage et truckcertifikat.', 'Du vil tage et truckcertifikat inden d. [dato].'],
    // The caseworker goes on in the third person: the subject stays.
    ['Borgeren skal søge 2 stillinger som kok, og hun får hjælp af sin mentor.', 'Borgeren skal søge 2 stillinger som kok, og hun får hjælp af sin mentor inden d. [dato].'],
  ])('%s', (text, rewrite) => {
    expect(one(text).rewrite).toBe(rewrite);
  });

  it('is SMART once its placeholders are filled in as asked', () => {
    const filled: Record<string, string> = { antal: '2', stilling: 'lagermedarbejder', dato: '15.03', virksomhed: 'Netto', uddannelsessted: 'AMU Syd', 'uddannelse/kursus': 'truckcertifikat' };
    for (const text of ['Du skal arbejde på din jobsøgning.', 'Du skal søge job.', 'Borger skal overveje praktik på sigt.', 'Du vil undersøge muligheder for uddannelse.', 'Jobsøgning.']) {
      const rewrite = one(text).rewrite!.replace(/\[([^\]]+)\]/g, (_, name: string) => filled[name]!);
      expect(rewrite).not.toMatch(/\[|undefined/);
      expect(verdict(one(rewrite).smart), rewrite).toEqual([true, true, true]);
    }
  });

  it('keeps the user’s own words and never invents facts: everything added is a [placeholder] or guide wording', () => {
    for (const text of ['Du skal arbejde med at komme videre.', 'Jobsøgning.', 'Du skal kontakte virksomheder.', 'Du skal forsøge at finde praktik snart.']) {
      const rw = one(text).rewrite!;
      expect(rw).toBeTruthy();
      const added = rw.replace(/\[[^\]]+\]/g, '');
      // Every word of the rewrite outside placeholders comes from the original or the guide's frame.
      const frame = new Set(['du', 'vil', 'ved', 'at', 'søge', 'stillinger', 'som', 'inden', 'd', 'i', 'fx', 'om', 'en', 'til', 'kontakte', 'opdatere', 'dit', 'cv', 'praktik']);
      const original = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
      for (const w of added.toLowerCase().match(/\p{L}+/gu) ?? []) expect(original.has(w) || frame.has(w), `${w} in ${rw}`).toBe(true);
    }
  });
});

describe('findAgreements', () => {
  it('uses the whole text for the agreement field, inference with no field, and nothing for other fields', () => {
    const model = buildModel('Borger fortæller om sin ryg. Du vil søge job.');
    expect(findAgreements({ model, form: 'minplan', field: 'agreement' })).toHaveLength(2);
    expect(findAgreements({ model, form: null, field: null })).toHaveLength(1);
    expect(findAgreements({ model, form: 'rehab', field: 'health' })).toHaveLength(0);
  });

  it('gives offsets into the whole text with text === slice', () => {
    const t = 'Aftaler:\n  - Du skal søge job.\n  - Du vil ringe til Netto i morgen.';
    for (const { agreement: a } of findAgreements({ model: buildModel(t), form: 'minplan', field: 'agreement' })) {
      expect(a.text).toBe(t.slice(a.start, a.end));
    }
  });
});

describe('smart-agreement message', () => {
  it('names exactly the missing SMART parts in Danish', async () => {
    const { smartMessage } = await import('@/lib/analysis/rules/smart-agreement');
    const base = { specific: true, measurable: true, attractive: null, realistic: null, timeBound: true };
    expect(smartMessage({ ...base, timeBound: false })).toBe('Aftalen er ikke SMART: den mangler en tidsfrist (hvornår).');
    expect(smartMessage({ ...base, specific: false, measurable: false, timeBound: false })).toBe(
      'Aftalen er ikke SMART: den mangler en konkret handling (hvad, hvor, hvem), noget målbart (hvor mange, hvor ofte) og en tidsfrist (hvornår).',
    );
    expect(smartMessage({ ...base, realistic: false })).toMatch(/realistisk/);
  });
});

describe('week numbers and training by the employer', () => {
  it('counts no week number as an amount: a range or list of weeks is no unrealistic figure', () => {
    expect(one('Du sender 2 ansøgninger til Netto i uge 37 og 38.').smart.realistic).toBe(true);
    expect(one('Du tager én ekstra vagt om ugen i uge 30-33.').smart.realistic).not.toBe(false);
  });

  it('reads the employer training the citizen in a named task as a concrete, checkable action', () => {
    expect(verdict(one('Butikschefen oplærer Mehmet i kasseopgaver i uge 37.').smart)).toEqual([true, true, true]);
  });
});
