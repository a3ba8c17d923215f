/**
 * Each criterion is met for the right reason and not for look-alikes, and its evidence spans point at the words that met
 * it (excerpts written by hand). Criterion ids are a contract.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import { CRITERION_IDS } from '@/lib/analysis/score';
import { FIELD_ROLES, ROLES_BY_FORM, type FieldRole, type FormKind } from '@/lib/analysis/types';

function criterion(form: FormKind, field: FieldRole, text: string, id: string) {
  const c = analyse(text, { form, field }).jobFocus.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`${id} is not scored in ${form}/${field}`);
  return { met: c.met, points: c.points, max: c.max, evidence: c.evidence.map((e) => text.slice(e.start, e.end)) };
}

describe('criterion ids', () => {
  it('are the contract list, and every role reports only ids from it', () => {
    for (const id of ['job-title', 'workplace', 'tasks', 'employer-contact', 'next-step', 'hours-interval', 'resources', 'illness-balance'])
      expect(CRITERION_IDS).toContain(id);
    const seen = new Set<string>();
    for (const [form, roles] of Object.entries(ROLES_BY_FORM) as [FormKind, readonly FieldRole[]][]) {
      for (const field of roles) {
        const r = analyse('Du søger job som lagermedarbejder hos Netto inden d. 1.3.', { form, field });
        for (const c of r.jobFocus.criteria) {
          expect(CRITERION_IDS as readonly string[]).toContain(c.id);
          expect(c.max).toBeGreaterThan(0);
          seen.add(c.id);
        }
      }
    }
    expect(FIELD_ROLES.length).toBeGreaterThan(0);
    // Every id is used by some role.
    for (const id of CRITERION_IDS) expect(seen, id).toContain(id);
  });
});

describe('employer-contact', () => {
  it('is not contact with a doctor, therapist, psychologist or the jobcentre', () => {
    expect(criterion('minplan', 'agreement', 'Du skal kontakte din læge inden d. 5.3.', 'employer-contact')).toMatchObject({ met: false, evidence: [] });
    expect(criterion('minplan', 'agreement', 'Du ringer til din psykolog og taler med din fysioterapeut.', 'employer-contact')).toMatchObject({ met: false, evidence: [] });
    expect(criterion('minplan', 'meeting-summary', 'Du kontakter sagsbehandleren om din sag.', 'employer-contact')).toMatchObject({ met: false, evidence: [] });
  });
  it('is contact with a named employer or a concrete application', () => {
    expect(criterion('minplan', 'agreement', 'Du kontakter Netto i Vejle inden d. 5.3.', 'employer-contact')).toEqual({ met: true, points: 20, max: 20, evidence: ['kontakter'] });
    expect(criterion('minplan', 'agreement', 'Du sender en uopfordret ansøgning til Lego.', 'employer-contact').evidence).toEqual(['uopfordret', 'ansøgning']);
  });
});

describe('job-title', () => {
  it('a treatment provider is not the job in a plan about the citizen', () => {
    expect(criterion('rehab', 'job-goal', 'Borger går til fysioterapeut og psykolog.', 'job-title')).toMatchObject({ met: false, evidence: [] });
    // Only the wish for work counts, a little: the doctor is not the job.
    const c = criterion('minplan', 'job-goal', 'Du taler med din læge om at komme i arbejde.', 'job-title');
    expect(c).toMatchObject({ met: false, evidence: ['arbejde'] });
    expect(c.points).toBeLessThan(c.max / 4);
  });
  it('is one when it is the job sought or held', () => {
    expect(criterion('rehab', 'job-goal', 'Jobmål: fysioterapeut på et privat hospital.', 'job-title').evidence).toEqual(['fysioterapeut']);
    expect(criterion('cv', 'cv-experience', 'Fysioterapeut på Aarhus Universitetshospital 2015–2020.', 'job-title').evidence).toEqual(['Fysioterapeut']);
    expect(criterion('minplan', 'job-goal', 'Jobmål: pladsmand i et tømrerfirma.', 'job-title').evidence).toEqual(['pladsmand']);
  });
});

describe('workplace', () => {
  it('names the branch or employer, not a city or an activity', () => {
    expect(criterion('cv', 'cv-experience', 'Fysioterapeut på Aarhus Universitetshospital 2015–2020.', 'workplace').evidence).toEqual(['Universitetshospital']);
    expect(criterion('minplan', 'activity', 'Virksomhedspraktik i 4 uger.', 'workplace')).toMatchObject({ met: false, evidence: [] });
    expect(criterion('rehab', 'previous-efforts', 'Praktik hos Danish Crown i 2024.', 'workplace').evidence).toEqual(['Danish Crown']);
  });
});

describe('next-step', () => {
  it('"om ugen", "løbende", "snart" are not a date', () => {
    for (const text of ['Du søger 2 job om ugen.', 'Du søger job løbende.', 'Du søger snart job.', 'Du søger job hver mandag.']) {
      const c = criterion('minplan', 'job-goal', text, 'next-step');
      expect(c.met, text).toBe(false);
      expect(c.evidence, text).toEqual(['søger']);
      expect(c.points).toBeLessThan(c.max);
    }
  });
  it('points at the step and its date or deadline', () => {
    expect(criterion('minplan', 'job-goal', 'Du søger 2 job som lagermedarbejder inden d. 15.3.', 'next-step')).toMatchObject({ met: true, evidence: ['søger', 'inden d. 15.3'] });
    expect(criterion('minplan', 'activity', 'Virksomhedspraktik hos Jysk fra d. 1.4.', 'next-step')).toMatchObject({ met: true, evidence: ['Virksomhedspraktik', 'fra d. 1.4'] });
  });
});

describe('hours-interval, intensity, hours-may-change', () => {
  it('one hour figure is not an interval', () => {
    const one = criterion('rehab', 'hours', 'Borger kan arbejde 8 timer om ugen.', 'hours-interval');
    expect(one).toMatchObject({ met: false, evidence: ['8 timer om ugen'] });
    expect(one.points).toBeLessThan(one.max / 2);
    expect(criterion('rehab', 'hours', 'Borger kan arbejde højst 10 timer om ugen.', 'hours-interval')).toMatchObject({ met: false, evidence: ['10 timer om ugen'] });
    expect(criterion('rehab', 'hours', 'Borger er træt om eftermiddagen.', 'hours-interval')).toMatchObject({ met: false, points: 0, evidence: [] });
  });
  it('an interval, the intensity and that hours may change, each with its words', () => {
    const text = 'Borger kan arbejde 10–12 timer om ugen med en intensitet på 60 % i forhold til en kollega; timetallet kan ændre sig.';
    expect(criterion('rehab', 'hours', text, 'hours-interval').evidence).toEqual(['10–12 timer om ugen']);
    expect(criterion('rehab', 'hours', text, 'intensity').evidence).toEqual(['intensitet', '60 %', 'i forhold til en kollega']);
    expect(criterion('rehab', 'hours', text, 'hours-may-change').evidence).toEqual(['kan ændre sig']);
    expect(analyse(text, { form: 'rehab', field: 'hours' }).jobFocus.score).toBe(100);
  });
});

describe('tasks', () => {
  it('leisure is not a work task', () => {
    expect(criterion('rehab', 'resources', 'Borger går til gymnastik og laver mad til familien.', 'tasks')).toMatchObject({ met: false, evidence: [] });
  });
  it('points at the work tasks', () => {
    expect(criterion('cv', 'cv-experience', 'Butiksassistent hos Netto: kasse, varemodtagelse og opfyldning.', 'tasks').evidence).toEqual(['kasse', 'varemodtagelse', 'opfyldning']);
  });
});

describe('resources', () => {
  it('personality words are not resources with evidence', () => {
    expect(criterion('cv', 'cv-profile', 'Jeg er glad, positiv og mødestabil.', 'resources')).toMatchObject({ met: false, evidence: [] });
    expect(criterion('rehab', 'resources', 'Hun er ærlig, pålidelig og engageret.', 'resources')).toMatchObject({ met: false, evidence: [] });
  });
  it('certificates and experience are', () => {
    expect(criterion('cv', 'cv-profile', 'Jeg har truckcertifikat og 5 års erfaring fra PostNord.', 'resources').evidence).toEqual(['truckcertifikat', 'års erfaring']);
  });
});

describe('accommodation-concrete', () => {
  it('each restriction counts: a measured one is concrete, "ingen tunge løft" next to it is not', () => {
    const c = criterion('rehab', 'accommodations', 'Løft højst 5 kg ved varemodtagelse; ingen tunge løft.', 'accommodation-concrete');
    expect(c.met).toBe(false);
    expect(c.evidence).toEqual(['5 kg', 'varemodtagelse']);
    expect(criterion('rehab', 'accommodations', 'Ingen tunge løft ved varemodtagelse.', 'accommodation-concrete')).toMatchObject({ met: false, evidence: ['varemodtagelse'] });
  });
  it('is met when every restriction names a task, a measure, an aid or a time', () => {
    const c = criterion('rehab', 'accommodations', 'Ved varemodtagelse løfter borger højst 5 kg; pause på 10 minutter hver time; hæve-sænkebord ved pakkebordet.', 'accommodation-concrete');
    expect(c.met).toBe(true);
    expect(c.evidence).toEqual(expect.arrayContaining(['varemodtagelse', '5 kg', '10 minutter', 'hæve-sænkebord']));
    expect(criterion('rehab', 'accommodations', 'Skal skånes. Ingen tunge løft.', 'accommodation-concrete')).toMatchObject({ met: false, points: 0, evidence: [] });
  });
});

describe('work-ability and illness-balance (health field)', () => {
  it('a diagnosis list says nothing about work', () => {
    const text = 'Diskusprolaps, kroniske smerter, venter på scanning og er i medicinsk behandling.';
    expect(criterion('rehab', 'health', text, 'work-ability')).toMatchObject({ met: false, evidence: [] });
    expect(criterion('rehab', 'health', text, 'illness-balance')).toMatchObject({ met: false, points: 0 });
    expect(analyse(text, { form: 'rehab', field: 'health' }).jobFocus.score).toBe(0);
  });
  it('what the health situation means for work', () => {
    const text = 'Kroniske smerter i lænden. Kan stå i 30 minutter ad gangen, derefter pause.';
    expect(criterion('rehab', 'health', text, 'work-ability')).toMatchObject({ met: true, evidence: ['Kan stå', 'ad gangen', 'pause'] });
    expect(criterion('rehab', 'health', text, 'illness-balance')).toMatchObject({ met: true, points: 25 });
  });
});

describe('progression-dimensions and progression-reason', () => {
  it('hours alone are no dimension, and "forventes" is no reason', () => {
    const text = 'Borger forventes at komme op i tid.';
    expect(criterion('rehab', 'progression-goal', text, 'progression-dimensions')).toMatchObject({ met: false, evidence: [] });
    expect(criterion('rehab', 'progression-goal', text, 'progression-reason')).toMatchObject({ met: false, evidence: [] });
  });
  it('where the change happens and why it is expected', () => {
    const text = 'Borger overtager varemodtagelsen, fordi hun i praktikken har vist overblik.';
    expect(criterion('rehab', 'progression-goal', text, 'progression-dimensions').evidence).toEqual(['varemodtagelsen', 'overblik']);
    expect(criterion('rehab', 'progression-goal', text, 'progression-reason').evidence).toEqual(['fordi', 'i praktikken', 'har vist']);
  });
});

describe('smart-share (the demo Min Plan agreements: 2 of 5 SMART)', () => {
  const text = [
    '- Du skal søge job.',
    '- Du vil kontakte og mødes med tre personer fra dit netværk for at høre om job som lagermedarbejder inden d. 05.02.',
    '- Jobformidler sender dig 3 jobopslag som chauffør senest fredag d. 14.02.',
    '- Borger er informeret om muligheden for virksomhedspraktik.',
    '- Du skal arbejde på dit CV.',
  ].join('\n');
  it('weighs the agreements by their SMART share and points at the SMART ones', () => {
    const r = analyse(text, { form: 'minplan', field: 'agreement' });
    const c = r.jobFocus.criteria.find((x) => x.id === 'smart-share')!;
    expect(c).toMatchObject({ met: false, points: 32, max: 80 });
    expect(c.evidence.map((e) => text.slice(e.start, e.end))).toEqual([
      'Du vil kontakte og mødes med tre personer fra dit netværk for at høre om job som lagermedarbejder inden d. 05.02.',
      'Jobformidler sender dig 3 jobopslag som chauffør senest fredag d. 14.02.',
    ]);
    expect(r.jobFocus.score).toBeLessThanOrEqual(60);
  });
});
