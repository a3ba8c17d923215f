import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BUILTIN_PROFILES, FormProfileSchema, FormProfilesSchema, detectForm, parseProfiles } from '@/lib/detect';

const valid = {
  id: 'kommune-opfoelgning',
  name: 'Opfølgning (Åby)',
  kind: 'minplan',
  urlHints: [{ host: 'fagsystem.aaby.dk', path: '/opfolgning' }],
  signatures: ['Opfølgningsnotat'],
  fields: { agreement: ['Aftaler efter opfølgning'], 'meeting-summary': ['Notat'] },
};

function issuesOf(input: unknown) {
  const r = FormProfilesSchema.safeParse(input);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('FormProfileSchema', () => {
  it('accepts the built-in profiles and fills defaults for a minimal custom one', () => {
    expect(FormProfilesSchema.safeParse(BUILTIN_PROFILES).success).toBe(true);
    const parsed = FormProfileSchema.parse({ id: 'x', name: 'X', kind: 'cv', fields: { 'cv-profile': ['Om mig'] } });
    expect(parsed.urlHints).toEqual([]);
    expect(parsed.signatures).toEqual([]);
  });

  it('points at the exact entry that is wrong', () => {
    const issues = issuesOf([
      valid,
      { ...valid, id: 'b', fields: { agreement: ['ok'], 'no-such-role': ['wrong role'] } },
      { ...valid, id: 'c', signatures: ['ok', ''] },
      { ...valid, id: 'd', urlHints: [{}] },
      { ...valid, id: 'e', kind: 'cv', subKind: 'indstilling', fields: { 'cv-profile': ['Om mig'] } },
      { ...valid, id: 'Bad Id' },
      { ...valid, id: 'g', extra: true },
      valid,
    ]);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: '1.fields.no-such-role', message: expect.stringContaining('Rollen "no-such-role" findes ikke') },
        { path: '2.signatures.1', message: 'Tom tekst er ikke tilladt' },
        { path: '3.urlHints.0', message: 'Angiv host eller path' },
        { path: '4.subKind', message: expect.stringContaining('kræver kind "rehab"') },
        { path: '5.id', message: expect.stringContaining('Id må kun') },
        { path: '6', message: expect.stringContaining('extra') },
        { path: '7.id', message: 'Id "kommune-opfoelgning" er brugt to gange' },
      ]),
    );
  });

  it('rejects an unknown kind and a profile without field roles', () => {
    expect(issuesOf([{ ...valid, kind: 'journal' }])[0]!.path).toBe('0.kind');
    expect(issuesOf([{ ...valid, fields: {} }])).toEqual([{ path: '0.fields', message: 'Mindst én feltrolle kræves' }]);
  });

  it('parseProfiles throws a ZodError; a parsed custom profile is used by detectForm', () => {
    expect(() => parseProfiles([{ id: '' }])).toThrow(z.ZodError);
    const [custom] = parseProfiles([valid]);
    expect(custom!.kind).toBe('minplan');
    expect(detectForm).toBeTypeOf('function');
  });
});
