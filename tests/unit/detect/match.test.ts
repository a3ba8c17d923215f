import { describe, expect, it } from 'vitest';
import { ROLES_BY_FORM } from '@/lib/analysis/types';
import {
  BUILTIN_PROFILES,
  DETECTION_THRESHOLD,
  JOBNET_CV,
  MIN_PLAN,
  REHAB_FORBEREDENDE,
  REHAB_INDSTILLING,
  countSignatures,
  foldLabel,
  labelWords,
  matchRole,
  matchRoleInSources,
  matchUrl,
  scoreProfile,
} from '@/lib/detect';
import { compilePhrase, phraseIn, labelKeys } from '@/lib/detect/fold';

describe('foldLabel', () => {
  it('lower-cases, strips accents but keeps æ/ø/å, reads "aa" as "å"', () => {
    expect(foldLabel('SKÅNEHENSYN')).toBe('skånehensyn');
    expect(foldLabel('Résumé af mødet')).toBe('resume af mødet');
    expect(foldLabel('Skaanehensyn')).toBe('skånehensyn');
    expect(foldLabel('Ønsker')).toBe('ønsker');
  });
  it('splits camelCase, PascalCase, snake_case, kebab-case and punctuation into words', () => {
    expect(labelWords('txtMinPlanAftale')).toEqual(['txt', 'min', 'plan', 'aftale']);
    expect(labelWords('rehab_tidligere-indsatser')).toEqual(['rehab', 'tidligere', 'indsatser']);
    expect(labelWords('CVStatus')).toEqual(['cv', 'status']);
    expect(labelWords('ctl00$main$txtNaesteSkridt')).toEqual(['ctl00', 'main', 'txt', 'naeste', 'skridt']);
    expect(labelWords('  ')).toEqual([]);
  });
});

describe('phrase matching', () => {
  const match = (label: string, phrase: string) => phraseIn(labelKeys(label), compilePhrase(phrase));
  it('matches ASCII spellings (ae/oe/aa) and bare ones (a/o) of æ/ø/å', () => {
    expect(match('Borgerens oensker', 'ønsker')).toBe(true);
    expect(match('BESKAEFTIGELSESMAAL', 'beskæftigelsesmål')).toBe(true);
    expect(match('skanehensyn', 'skånehensyn')).toBe(true);
    expect(match('Naeste skridt', 'næste skridt')).toBe(true);
  });
  it('lets words of 4+ letters match the start of a longer word, but short words only whole', () => {
    expect(match('Aftalerne', 'aftale')).toBe(true);
    expect(match('Målgruppe', 'mål')).toBe(false);
    expect(match('Mit mål', 'mål')).toBe(true);
    expect(match('jobmål', 'mål')).toBe(false);
  });
  it('needs the words of a phrase in order and next to each other', () => {
    expect(match('Jeg søger job som', 'søger job som')).toBe(true);
    expect(match('Job som jeg søger', 'søger job som')).toBe(false);
  });
});

describe('matchRole', () => {
  it.each([
    [MIN_PLAN, 'Mit mål', 'job-goal'],
    [MIN_PLAN, 'På mødet aftalte vi', 'agreement'],
    [MIN_PLAN, 'Næste skridt', 'agreement'],
    [MIN_PLAN, 'Tilbud', 'activity'],
    [MIN_PLAN, 'Virksomhedspraktik', 'activity'],
    [MIN_PLAN, 'Mødereferat', 'meeting-summary'],
    [JOBNET_CV, 'Jeg søger job som', 'cv-job-wish'],
    [JOBNET_CV, 'Om mig', 'cv-profile'],
    [JOBNET_CV, 'Arbejdserfaring', 'cv-experience'],
    [JOBNET_CV, 'Uddannelse', 'cv-education'],
    [JOBNET_CV, 'Kompetencer', 'cv-competences'],
    [JOBNET_CV, 'Kørekort', 'cv-other'],
    [REHAB_FORBEREDENDE, 'Beskæftigelses- og uddannelsesmål', 'job-goal'],
    [REHAB_FORBEREDENDE, 'Ressourcer', 'resources'],
    [REHAB_FORBEREDENDE, 'Udfordringer', 'challenges'],
    [REHAB_FORBEREDENDE, 'Helbredsmæssige forhold', 'health'],
    [REHAB_FORBEREDENDE, 'Skånehensyn', 'accommodations'],
    [REHAB_FORBEREDENDE, 'Tidligere indsatser', 'previous-efforts'],
    [REHAB_FORBEREDENDE, 'Ønsker til fremtidig job', 'wishes'],
    [REHAB_INDSTILLING, 'Rehabiliteringsteamets indstilling', 'recommendation'],
    [REHAB_INDSTILLING, 'Progressionsmål', 'progression-goal'],
    [REHAB_INDSTILLING, 'Timetal', 'hours'],
    [REHAB_INDSTILLING, 'Arbejdsintensitet', 'hours'],
    [REHAB_INDSTILLING, 'Faglig begrundelse', 'justification'],
  ] as const)('%#: "%s" in %s', (profile, label, role) => {
    expect(matchRole(label, profile)?.role).toBe(role);
  });

  it('prefers the longest (most specific) phrase when a label names two roles', () => {
    // "udfordringer" (challenges) is longer than "helbred" (health).
    expect(matchRole('Beskæftigelsesmæssige, sociale og helbredsmæssige udfordringer', REHAB_FORBEREDENDE)?.role).toBe('challenges');
    // "faglig begrundelse" beats "indstilling".
    expect(matchRole('Faglig begrundelse for indstillingen', REHAB_INDSTILLING)?.role).toBe('justification');
  });

  it('returns null for labels without any role word', () => {
    expect(matchRole('Din kommentar', MIN_PLAN)).toBeNull();
    expect(matchRole('', MIN_PLAN)).toBeNull();
  });

  it('takes the first label source that names a role; only a heading is weak evidence', () => {
    const m = matchRoleInSources(
      [
        { kind: 'label', text: 'Beskrivelse' },
        { kind: 'heading', text: 'Arbejdserfaring' },
      ],
      JOBNET_CV,
    );
    expect(m).toMatchObject({ role: 'cv-experience', source: 'heading', strong: false });
    const own = matchRoleInSources(
      [
        { kind: 'name', text: 'txtUddannelse' },
        { kind: 'heading', text: 'Arbejdserfaring' },
      ],
      JOBNET_CV,
    );
    expect(own).toMatchObject({ role: 'cv-education', strong: true });
  });
});

describe('matchUrl', () => {
  it('matches a host with its sub-domains and a path part', () => {
    expect(matchUrl('https://www.jobnet.dk/minplan/oversigt', MIN_PLAN)).toBe(true);
    expect(matchUrl('https://jobnet.dk/CV/rediger', JOBNET_CV)).toBe(true);
    expect(matchUrl('https://notjobnet.dk.evil.example/x', JOBNET_CV)).toBe(false);
    expect(matchUrl('https://example.org/', MIN_PLAN)).toBe(false);
    expect(matchUrl('not a url', MIN_PLAN)).toBe(false);
  });
  it('supports * globs in hosts and paths', () => {
    const profile = { ...MIN_PLAN, id: 'x', urlHints: [{ host: '*.kommune.dk', path: '/sag/*/plan' }] };
    expect(matchUrl('https://fagsystem.aaby.kommune.dk/sag/17/plan', profile)).toBe(true);
    expect(matchUrl('https://fagsystem.aaby.kommune.dk/sag/17/journal', profile)).toBe(false);
  });
});

describe('countSignatures and scoreProfile', () => {
  it('counts distinct signature phrases in title and headings', () => {
    expect(countSignatures(['Min Plan – Fagsystem', 'Aftaler'], MIN_PLAN)).toBe(2);
    expect(countSignatures(['Nyheder'], MIN_PLAN)).toBe(0);
  });

  const field = (role: 'agreement' | 'job-goal' | 'activity', strong = true) => ({ role, strong });
  it('is 0 without a field role, or with a single role known only from a heading', () => {
    expect(scoreProfile({ urlMatched: true, signatureHits: 5, fields: [null, null], roleCount: 4 })).toBe(0);
    expect(scoreProfile({ urlMatched: true, signatureHits: 5, fields: [field('agreement', false)], roleCount: 4 })).toBe(0);
  });
  it('grows with URL, signature and field evidence and stays within 0..1', () => {
    const fields = [field('job-goal'), field('agreement'), field('activity')];
    const all = scoreProfile({ urlMatched: true, signatureHits: 3, fields, roleCount: 4 });
    const noUrl = scoreProfile({ urlMatched: false, signatureHits: 3, fields, roleCount: 4 });
    const noSig = scoreProfile({ urlMatched: false, signatureHits: 0, fields, roleCount: 4 });
    expect(all).toBe(1);
    expect(noUrl).toBeLessThan(all);
    expect(noSig).toBeLessThan(noUrl);
    expect(noSig).toBeGreaterThanOrEqual(DETECTION_THRESHOLD);
    // One strong field among many unrelated ones, nothing else: below the threshold.
    expect(scoreProfile({ urlMatched: false, signatureHits: 0, fields: [field('agreement'), null, null], roleCount: 4 })).toBeLessThan(
      DETECTION_THRESHOLD,
    );
  });
});

describe('built-in profiles', () => {
  it('cover every role of their form kind', () => {
    const covered = (kind: 'cv' | 'minplan' | 'rehab') =>
      new Set(BUILTIN_PROFILES.filter((p) => p.kind === kind).flatMap((p) => Object.keys(p.fields)));
    for (const kind of ['cv', 'minplan', 'rehab'] as const) {
      expect([...covered(kind)].sort()).toEqual([...ROLES_BY_FORM[kind]].sort());
    }
  });
});

describe('matchRole reads only the phrases a label word can start', () => {
  // Reference: every phrase of the profile in order, longest wins, ties to the one listed first.
  const scanAll = (label: string, profile: (typeof BUILTIN_PROFILES)[number]) => {
    const keys = labelKeys(label);
    let best: { role: string; weight: number } | null = null;
    for (const [role, phrases] of Object.entries(profile.fields)) {
      for (const p of phrases ?? []) {
        const c = compilePhrase(p);
        if (c.words.length > 0 && (!best || c.weight > best.weight) && phraseIn(keys, c)) best = { role, weight: c.weight };
      }
    }
    return best?.role ?? null;
  };
  const phrases = BUILTIN_PROFILES.flatMap((p) => Object.values(p.fields).flat() as string[]);
  // Each phrase as written, upper-case, in ASCII spelling, inside a longer label, as an id, and cut short.
  const labels = phrases.flatMap((p) => [
    p,
    p.toUpperCase(),
    p.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa'),
    p.replace(/[æå]/g, 'a').replace(/ø/g, 'o'),
    `Borgerens ${p}erne (skriv her)`,
    `txt${p.replace(/(^|\s)(\p{L})/gu, (_, _s: string, c: string) => c.toUpperCase())}`,
    p.slice(0, 3),
    p.slice(0, 5),
  ]);
  it('finds the same role as a scan over every phrase, in every built-in profile', () => {
    for (const profile of BUILTIN_PROFILES) {
      const got = labels.map((l) => matchRole(l, profile)?.role ?? null);
      expect(got).toEqual(labels.map((l) => scanAll(l, profile)));
      expect(got.filter(Boolean).length).toBeGreaterThan(phrases.length);
    }
  });
});
