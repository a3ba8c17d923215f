/**
 * Graded job focus: per form and role, texts at four levels — 0 nothing about work, 1 a vague wish for work, 2 a job
 * named, 3 a concrete job with tasks, workplace and next step — score in that order; for skånehensyn and timetal the
 * levels are the field's own (vague → tied to a task → measured → measured and tied; no hours → one figure → interval →
 * interval, intensity and change).
 * Hand-written groups in the seeds' terms (001 L3786–3795, L3629; 000 L157–171, L213–227).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import type { FieldRole, FormKind } from '@/lib/analysis/types';

interface Group {
  form: FormKind;
  field: FieldRole;
  levels: [string, string, string, string];
}

const GROUPS: readonly Group[] = [
  { form: 'cv', field: 'cv-profile', levels: [
    'Jeg bor i Vejle med min mand og vores hund.',
    'Jeg er positiv og vil gerne have et arbejde igen.',
    'Jeg søger job som kantinemedarbejder.',
    'Jeg har 8 års erfaring med madlavning og opvask fra Meyers Køkken og søger job som kantinemedarbejder.',
  ] },
  { form: 'minplan', field: 'job-goal', levels: [
    'Du har det bedre og sover godt.',
    'Dit mål er at komme i arbejde.',
    'Dit jobmål er lagermedarbejder.',
    'Dit jobmål er lagermedarbejder med plukning og pakning på et centrallager; du besøger PostNord i Kolding inden d. 10.4.',
  ] },
  { form: 'minplan', field: 'agreement', levels: [
    'Vi talte om din familie.',
    'Du skal søge job.',
    'Du søger job som chauffør.',
    'Du sender 2 ansøgninger til stillinger som chauffør hos Arla inden d. 1.5.',
  ] },
  { form: 'rehab', field: 'resources', levels: [
    'Borger har ondt i ryggen og går til fysioterapi.',
    'Borger er motiveret for at komme i arbejde.',
    'Borger har arbejdet som rengøringsassistent.',
    'Borger har 12 års erfaring som rengøringsassistent hos ISS med gulvvask og vinduespudsning og har kørekort.',
  ] },
  { form: 'rehab', field: 'accommodations', levels: [
    'Skal skånes.',
    'Ingen tunge løft ved varemodtagelse.',
    'Løft højst 8 kg.',
    'Ved varemodtagelse løfter borger højst 8 kg; tungere kasser flyttes med sækkevogn.',
  ] },
  { form: 'rehab', field: 'hours', levels: [
    'Borger er træt om eftermiddagen.',
    'Borger kan arbejde 8 timer om ugen.',
    'Borger kan arbejde 8–10 timer om ugen.',
    'Borger kan arbejde 8–10 timer om ugen med en intensitet på 50 %; timetallet forventes at kunne øges.',
  ] },
];

describe('graded job focus: levels 0–3 are ordered', () => {
  it.each(GROUPS.map((g) => [`${g.form}/${g.field}`, g] as const))('%s', (_n, g) => {
    const scores = g.levels.map((t) => analyse(t, { form: g.form, field: g.field }).jobFocus.score);
    for (let i = 1; i < scores.length; i++) expect(scores[i], `level ${i} vs ${i - 1}: ${scores.join(' < ')}`).toBeGreaterThan(scores[i - 1]!);
  });
});
